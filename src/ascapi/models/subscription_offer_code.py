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
    "SubscriptionOfferCode",
    "SubscriptionOfferCodeAttributes",
    "SubscriptionOfferCodeRelationships",
    "SubscriptionOfferCodeRelationshipsSubscription",
    "SubscriptionOfferCodeRelationshipsSubscriptionData",
    "SubscriptionOfferCodeRelationshipsOneTimeUseCodes",
    "SubscriptionOfferCodeRelationshipsOneTimeUseCodesData",
    "SubscriptionOfferCodeRelationshipsCustomCodes",
    "SubscriptionOfferCodeRelationshipsCustomCodesData",
    "SubscriptionOfferCodeRelationshipsPrices",
    "SubscriptionOfferCodeRelationshipsPricesData",
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
_E7 = frozenset({"subscriptionOfferCodeOneTimeUseCodes"})
_E8 = frozenset({"subscriptionOfferCodeCustomCodes"})
_E9 = frozenset({"subscriptionOfferCodePrices"})


class SubscriptionOfferCode(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionOfferCodes"] | str
        id: str
    else:
        type: _L["subscriptionOfferCodes"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: SubscriptionOfferCodeAttributes | None | UnsetType = UNSET
    relationships: SubscriptionOfferCodeRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionOfferCodeAttributes(Model):
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
    total_number_of_codes: int | None | UnsetType = msgspec.field(
        default=UNSET, name="totalNumberOfCodes"
    )
    production_code_count: int | None | UnsetType = msgspec.field(
        default=UNSET, name="productionCodeCount"
    )
    sandbox_code_count: int | None | UnsetType = msgspec.field(
        default=UNSET, name="sandboxCodeCount"
    )
    active: bool | None | UnsetType = UNSET
    auto_renew_enabled: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="autoRenewEnabled"
    )
    target_subscription_plan_type: _L["MONTHLY", "UPFRONT"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="targetSubscriptionPlanType")
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {
        "customer_eligibilities": _E1,
        "offer_eligibility": _E2,
        "duration": _E3,
        "offer_mode": _E4,
        "target_subscription_plan_type": _E5,
    }


class SubscriptionOfferCodeRelationships(Model):
    subscription: SubscriptionOfferCodeRelationshipsSubscription | None | UnsetType = UNSET
    one_time_use_codes: SubscriptionOfferCodeRelationshipsOneTimeUseCodes | None | UnsetType = (
        msgspec.field(default=UNSET, name="oneTimeUseCodes")
    )
    custom_codes: SubscriptionOfferCodeRelationshipsCustomCodes | None | UnsetType = msgspec.field(
        default=UNSET, name="customCodes"
    )
    prices: SubscriptionOfferCodeRelationshipsPrices | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionOfferCodeRelationshipsSubscription(Model):
    data: SubscriptionOfferCodeRelationshipsSubscriptionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionOfferCodeRelationshipsSubscriptionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptions"] | str
        id: str
    else:
        type: _L["subscriptions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}


class SubscriptionOfferCodeRelationshipsOneTimeUseCodes(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[SubscriptionOfferCodeRelationshipsOneTimeUseCodesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionOfferCodeRelationshipsOneTimeUseCodesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionOfferCodeOneTimeUseCodes"] | str
        id: str
    else:
        type: _L["subscriptionOfferCodeOneTimeUseCodes"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E7}


class SubscriptionOfferCodeRelationshipsCustomCodes(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[SubscriptionOfferCodeRelationshipsCustomCodesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionOfferCodeRelationshipsCustomCodesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionOfferCodeCustomCodes"] | str
        id: str
    else:
        type: _L["subscriptionOfferCodeCustomCodes"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E8}


class SubscriptionOfferCodeRelationshipsPrices(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[SubscriptionOfferCodeRelationshipsPricesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionOfferCodeRelationshipsPricesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionOfferCodePrices"] | str
        id: str
    else:
        type: _L["subscriptionOfferCodePrices"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E9}
