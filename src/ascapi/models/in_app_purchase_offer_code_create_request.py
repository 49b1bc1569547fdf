# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.in_app_purchase_offer_price_inline_create import (
    InAppPurchaseOfferPriceInlineCreate,
)

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "InAppPurchaseOfferCodeCreateRequest",
    "InAppPurchaseOfferCodeCreateRequestData",
    "InAppPurchaseOfferCodeCreateRequestDataAttributes",
    "InAppPurchaseOfferCodeCreateRequestDataRelationships",
    "InAppPurchaseOfferCodeCreateRequestDataRelationshipsInAppPurchase",
    "InAppPurchaseOfferCodeCreateRequestDataRelationshipsInAppPurchaseData",
    "InAppPurchaseOfferCodeCreateRequestDataRelationshipsPrices",
    "InAppPurchaseOfferCodeCreateRequestDataRelationshipsPricesData",
]

_E0 = frozenset({"inAppPurchaseOfferCodes"})
_E1 = frozenset({"NON_SPENDER", "ACTIVE_SPENDER", "CHURNED_SPENDER"})
_E2 = frozenset({"inAppPurchases"})
_E3 = frozenset({"inAppPurchaseOfferPrices"})


class InAppPurchaseOfferCodeCreateRequest(Model):
    data: InAppPurchaseOfferCodeCreateRequestData | None | UnsetType = UNSET
    included: list[InAppPurchaseOfferPriceInlineCreate] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferCodeCreateRequestData(Model):
    type: _L["inAppPurchaseOfferCodes"] | str | None | UnsetType = UNSET
    attributes: InAppPurchaseOfferCodeCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: InAppPurchaseOfferCodeCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseOfferCodeCreateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    customer_eligibilities: (
        list[_L["NON_SPENDER", "ACTIVE_SPENDER", "CHURNED_SPENDER"] | str] | None | UnsetType
    ) = msgspec.field(default=UNSET, name="customerEligibilities")
    __ascapi_required__ = frozenset({"customer_eligibilities", "name"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"customer_eligibilities": _E1}


class InAppPurchaseOfferCodeCreateRequestDataRelationships(Model):
    in_app_purchase: (
        InAppPurchaseOfferCodeCreateRequestDataRelationshipsInAppPurchase | None | UnsetType
    ) = msgspec.field(default=UNSET, name="inAppPurchase")
    prices: InAppPurchaseOfferCodeCreateRequestDataRelationshipsPrices | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"in_app_purchase", "prices"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferCodeCreateRequestDataRelationshipsInAppPurchase(Model):
    data: (
        InAppPurchaseOfferCodeCreateRequestDataRelationshipsInAppPurchaseData | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferCodeCreateRequestDataRelationshipsInAppPurchaseData(Model):
    type: _L["inAppPurchases"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class InAppPurchaseOfferCodeCreateRequestDataRelationshipsPrices(Model):
    data: (
        list[InAppPurchaseOfferCodeCreateRequestDataRelationshipsPricesData] | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferCodeCreateRequestDataRelationshipsPricesData(Model):
    type: _L["inAppPurchaseOfferPrices"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
