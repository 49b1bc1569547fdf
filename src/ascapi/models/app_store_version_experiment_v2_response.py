# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.app_store_version_experiment_v2 import AppStoreVersionExperimentV2
from ascapi.models.document_links import DocumentLinks

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.app import App
    from ascapi.models.app_store_version import AppStoreVersion
    from ascapi.models.app_store_version_experiment_treatment import (
        AppStoreVersionExperimentTreatment,
    )

    _Included = App | AppStoreVersion | AppStoreVersionExperimentTreatment | Resource
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "appStoreVersionExperimentTreatments": "ascapi.models.app_store_version_experiment_treatment:AppStoreVersionExperimentTreatment",
            "appStoreVersions": "ascapi.models.app_store_version:AppStoreVersion",
            "apps": "ascapi.models.app:App",
        }
    )

__all__ = ["AppStoreVersionExperimentV2Response"]


class AppStoreVersionExperimentV2Response(Document, kw_only=True):
    if TYPE_CHECKING:
        data: AppStoreVersionExperimentV2
    else:
        data: AppStoreVersionExperimentV2 | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: DocumentLinks
    else:
        links: DocumentLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
