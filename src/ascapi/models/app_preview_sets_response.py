# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.app_preview_set import AppPreviewSet
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.app_custom_product_page_localization import AppCustomProductPageLocalization
    from ascapi.models.app_preview import AppPreview
    from ascapi.models.app_store_version_experiment_treatment_localization import (
        AppStoreVersionExperimentTreatmentLocalization,
    )
    from ascapi.models.app_store_version_localization import AppStoreVersionLocalization

    _Included = (
        AppCustomProductPageLocalization
        | AppPreview
        | AppStoreVersionExperimentTreatmentLocalization
        | AppStoreVersionLocalization
        | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "appCustomProductPageLocalizations": "ascapi.models.app_custom_product_page_localization:AppCustomProductPageLocalization",
            "appPreviews": "ascapi.models.app_preview:AppPreview",
            "appStoreVersionExperimentTreatmentLocalizations": "ascapi.models.app_store_version_experiment_treatment_localization:AppStoreVersionExperimentTreatmentLocalization",
            "appStoreVersionLocalizations": "ascapi.models.app_store_version_localization:AppStoreVersionLocalization",
        }
    )

__all__ = ["AppPreviewSetsResponse"]


class AppPreviewSetsResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[AppPreviewSet]
    else:
        data: list[AppPreviewSet] | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: PagedDocumentLinks
    else:
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
