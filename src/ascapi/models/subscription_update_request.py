# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "SubscriptionUpdateRequest",
    "SubscriptionUpdateRequestData",
    "SubscriptionUpdateRequestDataAttributes",
    "SubscriptionUpdateRequestDataRelationships",
    "SubscriptionUpdateRequestDataRelationshipsIntroductoryOffers",
    "SubscriptionUpdateRequestDataRelationshipsIntroductoryOffersData",
    "SubscriptionUpdateRequestDataRelationshipsPromotionalOffers",
    "SubscriptionUpdateRequestDataRelationshipsPromotionalOffersData",
    "SubscriptionUpdateRequestDataRelationshipsPrices",
    "SubscriptionUpdateRequestDataRelationshipsPricesData",
]

_E0 = frozenset({"subscriptions"})
_E1 = frozenset({"ONE_WEEK", "ONE_MONTH", "TWO_MONTHS", "THREE_MONTHS", "SIX_MONTHS", "ONE_YEAR"})
_E2 = frozenset({"subscriptionIntroductoryOffers"})
_E3 = frozenset({"subscriptionPromotionalOffers"})
_E4 = frozenset({"subscriptionPrices"})


class SubscriptionUpdateRequest(Model):
    data: SubscriptionUpdateRequestData | None | UnsetType = UNSET
    included: list[dict[str, Any]] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionUpdateRequestData(Model):
    type: _L["subscriptions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: SubscriptionUpdateRequestDataAttributes | None | UnsetType = UNSET
    relationships: SubscriptionUpdateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionUpdateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    family_sharable: bool | None | UnsetType = msgspec.field(default=UNSET, name="familySharable")
    subscription_period: (
        _L["ONE_WEEK", "ONE_MONTH", "TWO_MONTHS", "THREE_MONTHS", "SIX_MONTHS", "ONE_YEAR"]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="subscriptionPeriod")
    review_note: str | None | UnsetType = msgspec.field(default=UNSET, name="reviewNote")
    group_level: int | None | UnsetType = msgspec.field(default=UNSET, name="groupLevel")
    __ascapi_nullable__ = frozenset(
        {"family_sharable", "group_level", "name", "review_note", "subscription_period"}
    )
    __ascapi_enums__ = {"subscription_period": _E1}


class SubscriptionUpdateRequestDataRelationships(Model):
    introductory_offers: (
        SubscriptionUpdateRequestDataRelationshipsIntroductoryOffers | None | UnsetType
    ) = msgspec.field(default=UNSET, name="introductoryOffers")
    promotional_offers: (
        SubscriptionUpdateRequestDataRelationshipsPromotionalOffers | None | UnsetType
    ) = msgspec.field(default=UNSET, name="promotionalOffers")
    prices: SubscriptionUpdateRequestDataRelationshipsPrices | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionUpdateRequestDataRelationshipsIntroductoryOffers(Model):
    data: (
        list[SubscriptionUpdateRequestDataRelationshipsIntroductoryOffersData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionUpdateRequestDataRelationshipsIntroductoryOffersData(Model):
    type: _L["subscriptionIntroductoryOffers"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class SubscriptionUpdateRequestDataRelationshipsPromotionalOffers(Model):
    data: (
        list[SubscriptionUpdateRequestDataRelationshipsPromotionalOffersData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionUpdateRequestDataRelationshipsPromotionalOffersData(Model):
    type: _L["subscriptionPromotionalOffers"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class SubscriptionUpdateRequestDataRelationshipsPrices(Model):
    data: list[SubscriptionUpdateRequestDataRelationshipsPricesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionUpdateRequestDataRelationshipsPricesData(Model):
    type: _L["subscriptionPrices"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
