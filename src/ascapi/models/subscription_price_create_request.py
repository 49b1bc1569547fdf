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
    "SubscriptionPriceCreateRequest",
    "SubscriptionPriceCreateRequestData",
    "SubscriptionPriceCreateRequestDataAttributes",
    "SubscriptionPriceCreateRequestDataRelationships",
    "SubscriptionPriceCreateRequestDataRelationshipsSubscription",
    "SubscriptionPriceCreateRequestDataRelationshipsSubscriptionData",
    "SubscriptionPriceCreateRequestDataRelationshipsTerritory",
    "SubscriptionPriceCreateRequestDataRelationshipsTerritoryData",
    "SubscriptionPriceCreateRequestDataRelationshipsSubscriptionPricePoint",
    "SubscriptionPriceCreateRequestDataRelationshipsSubscriptionPricePointData",
]

_E0 = frozenset({"subscriptionPrices"})
_E1 = frozenset({"MONTHLY", "UPFRONT"})
_E2 = frozenset({"subscriptions"})
_E3 = frozenset({"territories"})
_E4 = frozenset({"subscriptionPricePoints"})


class SubscriptionPriceCreateRequest(Model):
    data: SubscriptionPriceCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPriceCreateRequestData(Model):
    type: _L["subscriptionPrices"] | str | None | UnsetType = UNSET
    attributes: SubscriptionPriceCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: SubscriptionPriceCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionPriceCreateRequestDataAttributes(Model):
    start_date: _dt.date | None | UnsetType = msgspec.field(default=UNSET, name="startDate")
    preserve_current_price: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="preserveCurrentPrice"
    )
    plan_type: _L["MONTHLY", "UPFRONT"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="planType"
    )
    __ascapi_nullable__ = frozenset({"plan_type", "preserve_current_price", "start_date"})
    __ascapi_enums__ = {"plan_type": _E1}


class SubscriptionPriceCreateRequestDataRelationships(Model):
    subscription: SubscriptionPriceCreateRequestDataRelationshipsSubscription | None | UnsetType = (
        UNSET
    )
    territory: SubscriptionPriceCreateRequestDataRelationshipsTerritory | None | UnsetType = UNSET
    subscription_price_point: (
        SubscriptionPriceCreateRequestDataRelationshipsSubscriptionPricePoint | None | UnsetType
    ) = msgspec.field(default=UNSET, name="subscriptionPricePoint")
    __ascapi_required__ = frozenset({"subscription", "subscription_price_point"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPriceCreateRequestDataRelationshipsSubscription(Model):
    data: SubscriptionPriceCreateRequestDataRelationshipsSubscriptionData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPriceCreateRequestDataRelationshipsSubscriptionData(Model):
    type: _L["subscriptions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class SubscriptionPriceCreateRequestDataRelationshipsTerritory(Model):
    data: SubscriptionPriceCreateRequestDataRelationshipsTerritoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPriceCreateRequestDataRelationshipsTerritoryData(Model):
    type: _L["territories"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class SubscriptionPriceCreateRequestDataRelationshipsSubscriptionPricePoint(Model):
    data: (
        SubscriptionPriceCreateRequestDataRelationshipsSubscriptionPricePointData | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPriceCreateRequestDataRelationshipsSubscriptionPricePointData(Model):
    type: _L["subscriptionPricePoints"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
