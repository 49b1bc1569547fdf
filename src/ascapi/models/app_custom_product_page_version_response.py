# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.app_custom_product_page_version import AppCustomProductPageVersion
from ascapi.models.document_links import DocumentLinks

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.app_custom_product_page import AppCustomProductPage
    from ascapi.models.app_custom_product_page_localization import AppCustomProductPageLocalization

    _Included = AppCustomProductPage | AppCustomProductPageLocalization | Resource
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "appCustomProductPageLocalizations": "ascapi.models.app_custom_product_page_localization:AppCustomProductPageLocalization",
            "appCustomProductPages": "ascapi.models.app_custom_product_page:AppCustomProductPage",
        }
    )

__all__ = ["AppCustomProductPageVersionResponse"]


class AppCustomProductPageVersionResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: AppCustomProductPageVersion
    else:
        data: AppCustomProductPageVersion | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: DocumentLinks
    else:
        links: DocumentLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
