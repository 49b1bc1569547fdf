# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.app_screenshot_set import AppScreenshotSet
from ascapi.models.document_links import DocumentLinks

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.app_custom_product_page_localization import AppCustomProductPageLocalization
    from ascapi.models.app_screenshot import AppScreenshot
    from ascapi.models.app_store_version_experiment_treatment_localization import (
        AppStoreVersionExperimentTreatmentLocalization,
    )
    from ascapi.models.app_store_version_localization import AppStoreVersionLocalization

    _Included = (
        AppCustomProductPageLocalization
        | AppScreenshot
        | AppStoreVersionExperimentTreatmentLocalization
        | AppStoreVersionLocalization
        | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "appCustomProductPageLocalizations": "ascapi.models.app_custom_product_page_localization:AppCustomProductPageLocalization",
            "appScreenshots": "ascapi.models.app_screenshot:AppScreenshot",
            "appStoreVersionExperimentTreatmentLocalizations": "ascapi.models.app_store_version_experiment_treatment_localization:AppStoreVersionExperimentTreatmentLocalization",
            "appStoreVersionLocalizations": "ascapi.models.app_store_version_localization:AppStoreVersionLocalization",
        }
    )

__all__ = ["AppScreenshotSetResponse"]


class AppScreenshotSetResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: AppScreenshotSet
    else:
        data: AppScreenshotSet | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: DocumentLinks
    else:
        links: DocumentLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
