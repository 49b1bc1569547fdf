# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "InAppPurchaseOfferCode",
    "InAppPurchaseOfferCodeAttributes",
    "InAppPurchaseOfferCodeRelationships",
    "InAppPurchaseOfferCodeRelationshipsOneTimeUseCodes",
    "InAppPurchaseOfferCodeRelationshipsOneTimeUseCodesData",
    "InAppPurchaseOfferCodeRelationshipsCustomCodes",
    "InAppPurchaseOfferCodeRelationshipsCustomCodesData",
    "InAppPurchaseOfferCodeRelationshipsPrices",
    "InAppPurchaseOfferCodeRelationshipsPricesData",
]

_E0 = frozenset({"inAppPurchaseOfferCodes"})
_E1 = frozenset({"NON_SPENDER", "ACTIVE_SPENDER", "CHURNED_SPENDER"})
_E2 = frozenset({"inAppPurchaseOfferCodeOneTimeUseCodes"})
_E3 = frozenset({"inAppPurchaseOfferCodeCustomCodes"})
_E4 = frozenset({"inAppPurchaseOfferPrices"})


class InAppPurchaseOfferCode(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseOfferCodes"] | str
        id: str
    else:
        type: _L["inAppPurchaseOfferCodes"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: InAppPurchaseOfferCodeAttributes | None | UnsetType = UNSET
    relationships: InAppPurchaseOfferCodeRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseOfferCodeAttributes(Model):
    name: str | None | UnsetType = UNSET
    customer_eligibilities: (
        list[_L["NON_SPENDER", "ACTIVE_SPENDER", "CHURNED_SPENDER"] | str] | None | UnsetType
    ) = msgspec.field(default=UNSET, name="customerEligibilities")
    production_code_count: int | None | UnsetType = msgspec.field(
        default=UNSET, name="productionCodeCount"
    )
    sandbox_code_count: int | None | UnsetType = msgspec.field(
        default=UNSET, name="sandboxCodeCount"
    )
    active: bool | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"customer_eligibilities": _E1}


class InAppPurchaseOfferCodeRelationships(Model):
    one_time_use_codes: InAppPurchaseOfferCodeRelationshipsOneTimeUseCodes | None | UnsetType = (
        msgspec.field(default=UNSET, name="oneTimeUseCodes")
    )
    custom_codes: InAppPurchaseOfferCodeRelationshipsCustomCodes | None | UnsetType = msgspec.field(
        default=UNSET, name="customCodes"
    )
    prices: InAppPurchaseOfferCodeRelationshipsPrices | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferCodeRelationshipsOneTimeUseCodes(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[InAppPurchaseOfferCodeRelationshipsOneTimeUseCodesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferCodeRelationshipsOneTimeUseCodesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseOfferCodeOneTimeUseCodes"] | str
        id: str
    else:
        type: _L["inAppPurchaseOfferCodeOneTimeUseCodes"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class InAppPurchaseOfferCodeRelationshipsCustomCodes(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[InAppPurchaseOfferCodeRelationshipsCustomCodesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferCodeRelationshipsCustomCodesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseOfferCodeCustomCodes"] | str
        id: str
    else:
        type: _L["inAppPurchaseOfferCodeCustomCodes"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class InAppPurchaseOfferCodeRelationshipsPrices(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[InAppPurchaseOfferCodeRelationshipsPricesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferCodeRelationshipsPricesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseOfferPrices"] | str
        id: str
    else:
        type: _L["inAppPurchaseOfferPrices"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
