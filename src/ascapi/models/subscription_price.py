# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "SubscriptionPrice",
    "SubscriptionPriceAttributes",
    "SubscriptionPriceRelationships",
    "SubscriptionPriceRelationshipsTerritory",
    "SubscriptionPriceRelationshipsTerritoryData",
    "SubscriptionPriceRelationshipsSubscriptionPricePoint",
    "SubscriptionPriceRelationshipsSubscriptionPricePointData",
]

_E0 = frozenset({"subscriptionPrices"})
_E1 = frozenset({"MONTHLY", "UPFRONT"})
_E2 = frozenset({"territories"})
_E3 = frozenset({"subscriptionPricePoints"})


class SubscriptionPrice(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionPrices"] | str
        id: str
    else:
        type: _L["subscriptionPrices"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: SubscriptionPriceAttributes | None | UnsetType = UNSET
    relationships: SubscriptionPriceRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionPriceAttributes(Model):
    start_date: _dt.date | None | UnsetType = msgspec.field(default=UNSET, name="startDate")
    preserved: bool | None | UnsetType = UNSET
    plan_type: _L["MONTHLY", "UPFRONT"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="planType"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"plan_type": _E1}


class SubscriptionPriceRelationships(Model):
    territory: SubscriptionPriceRelationshipsTerritory | None | UnsetType = UNSET
    subscription_price_point: (
        SubscriptionPriceRelationshipsSubscriptionPricePoint | None | UnsetType
    ) = msgspec.field(default=UNSET, name="subscriptionPricePoint")
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPriceRelationshipsTerritory(Model):
    data: SubscriptionPriceRelationshipsTerritoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPriceRelationshipsTerritoryData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["territories"] | str
        id: str
    else:
        type: _L["territories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class SubscriptionPriceRelationshipsSubscriptionPricePoint(Model):
    data: SubscriptionPriceRelationshipsSubscriptionPricePointData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPriceRelationshipsSubscriptionPricePointData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionPricePoints"] | str
        id: str
    else:
        type: _L["subscriptionPricePoints"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
