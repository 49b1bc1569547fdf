# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.integer_range import IntegerRange
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "WinBackOffer",
    "WinBackOfferAttributes",
    "WinBackOfferRelationships",
    "WinBackOfferRelationshipsPrices",
    "WinBackOfferRelationshipsPricesData",
]

_E0 = frozenset({"winBackOffers"})
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
_E3 = frozenset({"HIGH", "NORMAL"})
_E4 = frozenset({"NOT_PROMOTED", "USE_AUTO_GENERATED_ASSETS"})
_E5 = frozenset({"MONTHLY", "UPFRONT"})
_E6 = frozenset({"winBackOfferPrices"})


class WinBackOffer(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["winBackOffers"] | str
        id: str
    else:
        type: _L["winBackOffers"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: WinBackOfferAttributes | None | UnsetType = UNSET
    relationships: WinBackOfferRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class WinBackOfferAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    offer_id: str | None | UnsetType = msgspec.field(default=UNSET, name="offerId")
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
    period_count: int | None | UnsetType = msgspec.field(default=UNSET, name="periodCount")
    customer_eligibility_paid_subscription_duration_in_months: int | None | UnsetType = (
        msgspec.field(default=UNSET, name="customerEligibilityPaidSubscriptionDurationInMonths")
    )
    customer_eligibility_time_since_last_subscribed_in_months: IntegerRange | None | UnsetType = (
        msgspec.field(default=UNSET, name="customerEligibilityTimeSinceLastSubscribedInMonths")
    )
    customer_eligibility_wait_between_offers_in_months: int | None | UnsetType = msgspec.field(
        default=UNSET, name="customerEligibilityWaitBetweenOffersInMonths"
    )
    start_date: _dt.date | None | UnsetType = msgspec.field(default=UNSET, name="startDate")
    end_date: _dt.date | None | UnsetType = msgspec.field(default=UNSET, name="endDate")
    priority: _L["HIGH", "NORMAL"] | str | None | UnsetType = UNSET
    promotion_intent: _L["NOT_PROMOTED", "USE_AUTO_GENERATED_ASSETS"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="promotionIntent")
    )
    target_subscription_plan_type: _L["MONTHLY", "UPFRONT"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="targetSubscriptionPlanType")
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {
        "duration": _E1,
        "offer_mode": _E2,
        "priority": _E3,
        "promotion_intent": _E4,
        "target_subscription_plan_type": _E5,
    }


class WinBackOfferRelationships(Model):
    prices: WinBackOfferRelationshipsPrices | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class WinBackOfferRelationshipsPrices(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[WinBackOfferRelationshipsPricesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class WinBackOfferRelationshipsPricesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["winBackOfferPrices"] | str
        id: str
    else:
        type: _L["winBackOfferPrices"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}
