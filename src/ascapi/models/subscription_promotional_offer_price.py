# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "SubscriptionPromotionalOfferPrice",
    "SubscriptionPromotionalOfferPriceRelationships",
    "SubscriptionPromotionalOfferPriceRelationshipsTerritory",
    "SubscriptionPromotionalOfferPriceRelationshipsTerritoryData",
    "SubscriptionPromotionalOfferPriceRelationshipsSubscriptionPricePoint",
    "SubscriptionPromotionalOfferPriceRelationshipsSubscriptionPricePointData",
]

_E0 = frozenset({"subscriptionPromotionalOfferPrices"})
_E1 = frozenset({"territories"})
_E2 = frozenset({"subscriptionPricePoints"})


class SubscriptionPromotionalOfferPrice(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionPromotionalOfferPrices"] | str
        id: str
    else:
        type: _L["subscriptionPromotionalOfferPrices"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    relationships: SubscriptionPromotionalOfferPriceRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionPromotionalOfferPriceRelationships(Model):
    territory: SubscriptionPromotionalOfferPriceRelationshipsTerritory | None | UnsetType = UNSET
    subscription_price_point: (
        SubscriptionPromotionalOfferPriceRelationshipsSubscriptionPricePoint | None | UnsetType
    ) = msgspec.field(default=UNSET, name="subscriptionPricePoint")
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPromotionalOfferPriceRelationshipsTerritory(Model):
    data: SubscriptionPromotionalOfferPriceRelationshipsTerritoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPromotionalOfferPriceRelationshipsTerritoryData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["territories"] | str
        id: str
    else:
        type: _L["territories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class SubscriptionPromotionalOfferPriceRelationshipsSubscriptionPricePoint(Model):
    data: (
        SubscriptionPromotionalOfferPriceRelationshipsSubscriptionPricePointData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPromotionalOfferPriceRelationshipsSubscriptionPricePointData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionPricePoints"] | str
        id: str
    else:
        type: _L["subscriptionPricePoints"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
