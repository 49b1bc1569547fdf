# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.subscription_price_point_inline_create import SubscriptionPricePointInlineCreate

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "SubscriptionIntroductoryOfferCreateRequest",
    "SubscriptionIntroductoryOfferCreateRequestData",
    "SubscriptionIntroductoryOfferCreateRequestDataAttributes",
    "SubscriptionIntroductoryOfferCreateRequestDataRelationships",
    "SubscriptionIntroductoryOfferCreateRequestDataRelationshipsSubscription",
    "SubscriptionIntroductoryOfferCreateRequestDataRelationshipsSubscriptionData",
    "SubscriptionIntroductoryOfferCreateRequestDataRelationshipsTerritory",
    "SubscriptionIntroductoryOfferCreateRequestDataRelationshipsTerritoryData",
    "SubscriptionIntroductoryOfferCreateRequestDataRelationshipsSubscriptionPricePoint",
    "SubscriptionIntroductoryOfferCreateRequestDataRelationshipsSubscriptionPricePointData",
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


class SubscriptionIntroductoryOfferCreateRequest(Model):
    data: SubscriptionIntroductoryOfferCreateRequestData | None | UnsetType = UNSET
    included: list[SubscriptionPricePointInlineCreate] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionIntroductoryOfferCreateRequestData(Model):
    type: _L["subscriptionIntroductoryOffers"] | str | None | UnsetType = UNSET
    attributes: SubscriptionIntroductoryOfferCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: (
        SubscriptionIntroductoryOfferCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionIntroductoryOfferCreateRequestDataAttributes(Model):
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
    __ascapi_required__ = frozenset({"duration", "number_of_periods", "offer_mode"})
    __ascapi_nullable__ = frozenset({"end_date", "start_date", "target_subscription_plan_type"})
    __ascapi_enums__ = {"duration": _E1, "offer_mode": _E2, "target_subscription_plan_type": _E3}


class SubscriptionIntroductoryOfferCreateRequestDataRelationships(Model):
    subscription: (
        SubscriptionIntroductoryOfferCreateRequestDataRelationshipsSubscription | None | UnsetType
    ) = UNSET
    territory: (
        SubscriptionIntroductoryOfferCreateRequestDataRelationshipsTerritory | None | UnsetType
    ) = UNSET
    subscription_price_point: (
        SubscriptionIntroductoryOfferCreateRequestDataRelationshipsSubscriptionPricePoint
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="subscriptionPricePoint")
    __ascapi_required__ = frozenset({"subscription"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionIntroductoryOfferCreateRequestDataRelationshipsSubscription(Model):
    data: (
        SubscriptionIntroductoryOfferCreateRequestDataRelationshipsSubscriptionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionIntroductoryOfferCreateRequestDataRelationshipsSubscriptionData(Model):
    type: _L["subscriptions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class SubscriptionIntroductoryOfferCreateRequestDataRelationshipsTerritory(Model):
    data: (
        SubscriptionIntroductoryOfferCreateRequestDataRelationshipsTerritoryData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionIntroductoryOfferCreateRequestDataRelationshipsTerritoryData(Model):
    type: _L["territories"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class SubscriptionIntroductoryOfferCreateRequestDataRelationshipsSubscriptionPricePoint(Model):
    data: (
        SubscriptionIntroductoryOfferCreateRequestDataRelationshipsSubscriptionPricePointData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionIntroductoryOfferCreateRequestDataRelationshipsSubscriptionPricePointData(Model):
    type: _L["subscriptionPricePoints"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}
