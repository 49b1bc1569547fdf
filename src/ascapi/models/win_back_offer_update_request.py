# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.integer_range import IntegerRange

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "WinBackOfferUpdateRequest",
    "WinBackOfferUpdateRequestData",
    "WinBackOfferUpdateRequestDataAttributes",
]

_E0 = frozenset({"winBackOffers"})
_E1 = frozenset({"HIGH", "NORMAL"})
_E2 = frozenset({"NOT_PROMOTED", "USE_AUTO_GENERATED_ASSETS"})


class WinBackOfferUpdateRequest(Model):
    data: WinBackOfferUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class WinBackOfferUpdateRequestData(Model):
    type: _L["winBackOffers"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: WinBackOfferUpdateRequestDataAttributes | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class WinBackOfferUpdateRequestDataAttributes(Model):
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
    __ascapi_nullable__ = frozenset(
        {
            "customer_eligibility_paid_subscription_duration_in_months",
            "customer_eligibility_time_since_last_subscribed_in_months",
            "customer_eligibility_wait_between_offers_in_months",
            "end_date",
            "priority",
            "promotion_intent",
            "start_date",
        }
    )
    __ascapi_enums__ = {"priority": _E1, "promotion_intent": _E2}
