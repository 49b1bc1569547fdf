# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.app_store_version_localization import AppStoreVersionLocalization
from ascapi.models.document_links import DocumentLinks

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.app_keyword import AppKeyword
    from ascapi.models.app_preview_set import AppPreviewSet
    from ascapi.models.app_screenshot_set import AppScreenshotSet
    from ascapi.models.app_store_version import AppStoreVersion

    _Included = AppKeyword | AppPreviewSet | AppScreenshotSet | AppStoreVersion | Resource
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "appKeywords": "ascapi.models.app_keyword:AppKeyword",
            "appPreviewSets": "ascapi.models.app_preview_set:AppPreviewSet",
            "appScreenshotSets": "ascapi.models.app_screenshot_set:AppScreenshotSet",
            "appStoreVersions": "ascapi.models.app_store_version:AppStoreVersion",
        }
    )

__all__ = ["AppStoreVersionLocalizationResponse"]


class AppStoreVersionLocalizationResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: AppStoreVersionLocalization
    else:
        data: AppStoreVersionLocalization | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: DocumentLinks
    else:
        links: DocumentLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
