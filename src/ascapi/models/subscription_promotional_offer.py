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
    "SubscriptionPromotionalOffer",
    "SubscriptionPromotionalOfferAttributes",
    "SubscriptionPromotionalOfferRelationships",
    "SubscriptionPromotionalOfferRelationshipsSubscription",
    "SubscriptionPromotionalOfferRelationshipsSubscriptionData",
    "SubscriptionPromotionalOfferRelationshipsPrices",
    "SubscriptionPromotionalOfferRelationshipsPricesData",
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


class SubscriptionPromotionalOffer(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionPromotionalOffers"] | str
        id: str
    else:
        type: _L["subscriptionPromotionalOffers"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: SubscriptionPromotionalOfferAttributes | None | UnsetType = UNSET
    relationships: SubscriptionPromotionalOfferRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionPromotionalOfferAttributes(Model):
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
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"duration": _E1, "offer_mode": _E2, "target_subscription_plan_type": _E3}


class SubscriptionPromotionalOfferRelationships(Model):
    subscription: SubscriptionPromotionalOfferRelationshipsSubscription | None | UnsetType = UNSET
    prices: SubscriptionPromotionalOfferRelationshipsPrices | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPromotionalOfferRelationshipsSubscription(Model):
    data: SubscriptionPromotionalOfferRelationshipsSubscriptionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPromotionalOfferRelationshipsSubscriptionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptions"] | str
        id: str
    else:
        type: _L["subscriptions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class SubscriptionPromotionalOfferRelationshipsPrices(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[SubscriptionPromotionalOfferRelationshipsPricesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPromotionalOfferRelationshipsPricesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionPromotionalOfferPrices"] | str
        id: str
    else:
        type: _L["subscriptionPromotionalOfferPrices"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}
