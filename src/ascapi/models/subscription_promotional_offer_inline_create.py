# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "SubscriptionPromotionalOfferInlineCreate",
    "SubscriptionPromotionalOfferInlineCreateAttributes",
    "SubscriptionPromotionalOfferInlineCreateRelationships",
    "SubscriptionPromotionalOfferInlineCreateRelationshipsSubscription",
    "SubscriptionPromotionalOfferInlineCreateRelationshipsSubscriptionData",
    "SubscriptionPromotionalOfferInlineCreateRelationshipsPrices",
    "SubscriptionPromotionalOfferInlineCreateRelationshipsPricesData",
]

_E0 = frozenset({"subscriptionPromotionalOffers"})
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
_E5 = frozenset({"subscriptionPromotionalOfferPrices"})


class SubscriptionPromotionalOfferInlineCreate(Model):
    type: _L["subscriptionPromotionalOffers"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: SubscriptionPromotionalOfferInlineCreateAttributes | None | UnsetType = UNSET
    relationships: SubscriptionPromotionalOfferInlineCreateRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionPromotionalOfferInlineCreateAttributes(Model):
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
    name: str | None | UnsetType = UNSET
    number_of_periods: int | None | UnsetType = msgspec.field(default=UNSET, name="numberOfPeriods")
    offer_code: str | None | UnsetType = msgspec.field(default=UNSET, name="offerCode")
    offer_mode: _L["PAY_AS_YOU_GO", "PAY_UP_FRONT", "FREE_TRIAL"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="offerMode")
    )
    target_subscription_plan_type: _L["MONTHLY", "UPFRONT"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="targetSubscriptionPlanType")
    )
    __ascapi_required__ = frozenset(
        {"duration", "name", "number_of_periods", "offer_code", "offer_mode"}
    )
    __ascapi_nullable__ = frozenset({"target_subscription_plan_type"})
    __ascapi_enums__ = {"duration": _E1, "offer_mode": _E2, "target_subscription_plan_type": _E3}


class SubscriptionPromotionalOfferInlineCreateRelationships(Model):
    subscription: (
        SubscriptionPromotionalOfferInlineCreateRelationshipsSubscription | None | UnsetType
    ) = UNSET
    prices: SubscriptionPromotionalOfferInlineCreateRelationshipsPrices | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPromotionalOfferInlineCreateRelationshipsSubscription(Model):
    data: (
        SubscriptionPromotionalOfferInlineCreateRelationshipsSubscriptionData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPromotionalOfferInlineCreateRelationshipsSubscriptionData(Model):
    type: _L["subscriptions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class SubscriptionPromotionalOfferInlineCreateRelationshipsPrices(Model):
    data: (
        list[SubscriptionPromotionalOfferInlineCreateRelationshipsPricesData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPromotionalOfferInlineCreateRelationshipsPricesData(Model):
    type: _L["subscriptionPromotionalOfferPrices"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}
