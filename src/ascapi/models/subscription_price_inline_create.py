# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "SubscriptionPriceInlineCreate",
    "SubscriptionPriceInlineCreateAttributes",
    "SubscriptionPriceInlineCreateRelationships",
    "SubscriptionPriceInlineCreateRelationshipsSubscription",
    "SubscriptionPriceInlineCreateRelationshipsSubscriptionData",
    "SubscriptionPriceInlineCreateRelationshipsTerritory",
    "SubscriptionPriceInlineCreateRelationshipsTerritoryData",
    "SubscriptionPriceInlineCreateRelationshipsSubscriptionPricePoint",
    "SubscriptionPriceInlineCreateRelationshipsSubscriptionPricePointData",
]

_E0 = frozenset({"subscriptionPrices"})
_E1 = frozenset({"MONTHLY", "UPFRONT"})
_E2 = frozenset({"subscriptions"})
_E3 = frozenset({"territories"})
_E4 = frozenset({"subscriptionPricePoints"})


class SubscriptionPriceInlineCreate(Model):
    type: _L["subscriptionPrices"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: SubscriptionPriceInlineCreateAttributes | None | UnsetType = UNSET
    relationships: SubscriptionPriceInlineCreateRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionPriceInlineCreateAttributes(Model):
    start_date: _dt.date | None | UnsetType = msgspec.field(default=UNSET, name="startDate")
    preserve_current_price: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="preserveCurrentPrice"
    )
    plan_type: _L["MONTHLY", "UPFRONT"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="planType"
    )
    __ascapi_nullable__ = frozenset({"plan_type", "preserve_current_price", "start_date"})
    __ascapi_enums__ = {"plan_type": _E1}


class SubscriptionPriceInlineCreateRelationships(Model):
    subscription: SubscriptionPriceInlineCreateRelationshipsSubscription | None | UnsetType = UNSET
    territory: SubscriptionPriceInlineCreateRelationshipsTerritory | None | UnsetType = UNSET
    subscription_price_point: (
        SubscriptionPriceInlineCreateRelationshipsSubscriptionPricePoint | None | UnsetType
    ) = msgspec.field(default=UNSET, name="subscriptionPricePoint")
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPriceInlineCreateRelationshipsSubscription(Model):
    data: SubscriptionPriceInlineCreateRelationshipsSubscriptionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPriceInlineCreateRelationshipsSubscriptionData(Model):
    type: _L["subscriptions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class SubscriptionPriceInlineCreateRelationshipsTerritory(Model):
    data: SubscriptionPriceInlineCreateRelationshipsTerritoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPriceInlineCreateRelationshipsTerritoryData(Model):
    type: _L["territories"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class SubscriptionPriceInlineCreateRelationshipsSubscriptionPricePoint(Model):
    data: (
        SubscriptionPriceInlineCreateRelationshipsSubscriptionPricePointData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPriceInlineCreateRelationshipsSubscriptionPricePointData(Model):
    type: _L["subscriptionPricePoints"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
