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
    "SubscriptionIntroductoryOffer",
    "SubscriptionIntroductoryOfferAttributes",
    "SubscriptionIntroductoryOfferRelationships",
    "SubscriptionIntroductoryOfferRelationshipsSubscription",
    "SubscriptionIntroductoryOfferRelationshipsSubscriptionData",
    "SubscriptionIntroductoryOfferRelationshipsTerritory",
    "SubscriptionIntroductoryOfferRelationshipsTerritoryData",
    "SubscriptionIntroductoryOfferRelationshipsSubscriptionPricePoint",
    "SubscriptionIntroductoryOfferRelationshipsSubscriptionPricePointData",
]

_E0 = frozenset({"subscriptionIntroductoryOffers"})
_E1 = frozenset(
    {
        "THREE_DAYS",
        "ONE_WEEK",
        "TWO_WEEKS",
        "ONE_MONTH",
        "TWO_MONTHS",
        "THREE_MONTHS",
        "SIX_MONTHS",
        "ONE_YEAR",
    }
)
_E2 = frozenset({"PAY_AS_YOU_GO", "PAY_UP_FRONT", "FREE_TRIAL"})
_E3 = frozenset({"MONTHLY", "UPFRONT"})
_E4 = frozenset({"subscriptions"})
_E5 = frozenset({"territories"})
_E6 = frozenset({"subscriptionPricePoints"})


class SubscriptionIntroductoryOffer(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionIntroductoryOffers"] | str
        id: str
    else:
        type: _L["subscriptionIntroductoryOffers"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: SubscriptionIntroductoryOfferAttributes | None | UnsetType = UNSET
    relationships: SubscriptionIntroductoryOfferRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionIntroductoryOfferAttributes(Model):
    start_date: _dt.date | None | UnsetType = msgspec.field(default=UNSET, name="startDate")
    end_date: _dt.date | None | UnsetType = msgspec.field(default=UNSET, name="endDate")
    duration: (
        _L[
            "THREE_DAYS",
            "ONE_WEEK",
            "TWO_WEEKS",
            "ONE_MONTH",
            "TWO_MONTHS",
            "THREE_MONTHS",
            "SIX_MONTHS",
            "ONE_YEAR",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    offer_mode: _L["PAY_AS_YOU_GO", "PAY_UP_FRONT", "FREE_TRIAL"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="offerMode")
    )
    number_of_periods: int | None | UnsetType = msgspec.field(default=UNSET, name="numberOfPeriods")
    target_subscription_plan_type: _L["MONTHLY", "UPFRONT"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="targetSubscriptionPlanType")
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"duration": _E1, "offer_mode": _E2, "target_subscription_plan_type": _E3}


class SubscriptionIntroductoryOfferRelationships(Model):
    subscription: SubscriptionIntroductoryOfferRelationshipsSubscription | None | UnsetType = UNSET
    territory: SubscriptionIntroductoryOfferRelationshipsTerritory | None | UnsetType = UNSET
    subscription_price_point: (
        SubscriptionIntroductoryOfferRelationshipsSubscriptionPricePoint | None | UnsetType
    ) = msgspec.field(default=UNSET, name="subscriptionPricePoint")
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionIntroductoryOfferRelationshipsSubscription(Model):
    data: SubscriptionIntroductoryOfferRelationshipsSubscriptionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionIntroductoryOfferRelationshipsSubscriptionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptions"] | str
        id: str
    else:
        type: _L["subscriptions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class SubscriptionIntroductoryOfferRelationshipsTerritory(Model):
    data: SubscriptionIntroductoryOfferRelationshipsTerritoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionIntroductoryOfferRelationshipsTerritoryData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["territories"] | str
        id: str
    else:
        type: _L["territories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class SubscriptionIntroductoryOfferRelationshipsSubscriptionPricePoint(Model):
    data: (
        SubscriptionIntroductoryOfferRelationshipsSubscriptionPricePointData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionIntroductoryOfferRelationshipsSubscriptionPricePointData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionPricePoints"] | str
        id: str
    else:
        type: _L["subscriptionPricePoints"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}
