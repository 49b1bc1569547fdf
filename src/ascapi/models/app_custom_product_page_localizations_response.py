# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.app_custom_product_page_localization import AppCustomProductPageLocalization
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.app_custom_product_page_version import AppCustomProductPageVersion
    from ascapi.models.app_keyword import AppKeyword
    from ascapi.models.app_preview_set import AppPreviewSet
    from ascapi.models.app_screenshot_set import AppScreenshotSet

    _Included = (
        AppCustomProductPageVersion | AppKeyword | AppPreviewSet | AppScreenshotSet | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "appCustomProductPageVersions": "ascapi.models.app_custom_product_page_version:AppCustomProductPageVersion",
            "appKeywords": "ascapi.models.app_keyword:AppKeyword",
            "appPreviewSets": "ascapi.models.app_preview_set:AppPreviewSet",
            "appScreenshotSets": "ascapi.models.app_screenshot_set:AppScreenshotSet",
        }
    )

__all__ = ["AppCustomProductPageLocalizationsResponse"]


class AppCustomProductPageLocalizationsResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[AppCustomProductPageLocalization]
    else:
        data: list[AppCustomProductPageLocalization] | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: PagedDocumentLinks
    else:
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
