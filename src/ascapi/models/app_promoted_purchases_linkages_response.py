# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Model, UnsetType
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["AppPromotedPurchasesLinkagesResponse", "AppPromotedPurchasesLinkagesResponseData"]

_E0 = frozenset({"promotedPurchases"})


class AppPromotedPurchasesLinkagesResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[AppPromotedPurchasesLinkagesResponseData]
        links: PagedDocumentLinks
    else:
        data: list[AppPromotedPurchasesLinkagesResponseData] | None | UnsetType = UNSET
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()


class AppPromotedPurchasesLinkagesResponseData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["promotedPurchases"] | str
        id: str
    else:
        type: _L["promotedPurchases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}
