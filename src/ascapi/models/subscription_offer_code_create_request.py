# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.subscription_offer_code_price_inline_create import (
    SubscriptionOfferCodePriceInlineCreate,
)

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "SubscriptionOfferCodeCreateRequest",
    "SubscriptionOfferCodeCreateRequestData",
    "SubscriptionOfferCodeCreateRequestDataAttributes",
    "SubscriptionOfferCodeCreateRequestDataRelationships",
    "SubscriptionOfferCodeCreateRequestDataRelationshipsSubscription",
    "SubscriptionOfferCodeCreateRequestDataRelationshipsSubscriptionData",
    "SubscriptionOfferCodeCreateRequestDataRelationshipsPrices",
    "SubscriptionOfferCodeCreateRequestDataRelationshipsPricesData",
]

_E0 = frozenset({"subscriptionOfferCodes"})
_E1 = frozenset({"NEW", "EXISTING", "EXPIRED"})
_E2 = frozenset({"STACK_WITH_INTRO_OFFERS", "REPLACE_INTRO_OFFERS"})
_E3 = frozenset(
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
_E4 = frozenset({"PAY_AS_YOU_GO", "PAY_UP_FRONT", "FREE_TRIAL"})
_E5 = frozenset({"MONTHLY", "UPFRONT"})
_E6 = frozenset({"subscriptions"})
_E7 = frozenset({"subscriptionOfferCodePrices"})


class SubscriptionOfferCodeCreateRequest(Model):
    data: SubscriptionOfferCodeCreateRequestData | None | UnsetType = UNSET
    included: list[SubscriptionOfferCodePriceInlineCreate] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionOfferCodeCreateRequestData(Model):
    type: _L["subscriptionOfferCodes"] | str | None | UnsetType = UNSET
    attributes: SubscriptionOfferCodeCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: SubscriptionOfferCodeCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionOfferCodeCreateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    customer_eligibilities: list[_L["NEW", "EXISTING", "EXPIRED"] | str] | None | UnsetType = (
        msgspec.field(default=UNSET, name="customerEligibilities")
    )
    offer_eligibility: (
        _L["STACK_WITH_INTRO_OFFERS", "REPLACE_INTRO_OFFERS"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="offerEligibility")
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
    auto_renew_enabled: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="autoRenewEnabled"
    )
    target_subscription_plan_type: _L["MONTHLY", "UPFRONT"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="targetSubscriptionPlanType")
    )
    __ascapi_required__ = frozenset(
        {
            "customer_eligibilities",
            "duration",
            "name",
            "number_of_periods",
            "offer_eligibility",
            "offer_mode",
        }
    )
    __ascapi_nullable__ = frozenset({"auto_renew_enabled", "target_subscription_plan_type"})
    __ascapi_enums__ = {
        "customer_eligibilities": _E1,
        "offer_eligibility": _E2,
        "duration": _E3,
        "offer_mode": _E4,
        "target_subscription_plan_type": _E5,
    }


class SubscriptionOfferCodeCreateRequestDataRelationships(Model):
    subscription: (
        SubscriptionOfferCodeCreateRequestDataRelationshipsSubscription | None | UnsetType
    ) = UNSET
    prices: SubscriptionOfferCodeCreateRequestDataRelationshipsPrices | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"prices", "subscription"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionOfferCodeCreateRequestDataRelationshipsSubscription(Model):
    data: SubscriptionOfferCodeCreateRequestDataRelationshipsSubscriptionData | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionOfferCodeCreateRequestDataRelationshipsSubscriptionData(Model):
    type: _L["subscriptions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}


class SubscriptionOfferCodeCreateRequestDataRelationshipsPrices(Model):
    data: list[SubscriptionOfferCodeCreateRequestDataRelationshipsPricesData] | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionOfferCodeCreateRequestDataRelationshipsPricesData(Model):
    type: _L["subscriptionOfferCodePrices"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E7}
