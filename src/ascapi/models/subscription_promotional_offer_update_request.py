# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.subscription_promotional_offer_price_inline_create import (
    SubscriptionPromotionalOfferPriceInlineCreate,
)

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "SubscriptionPromotionalOfferUpdateRequest",
    "SubscriptionPromotionalOfferUpdateRequestData",
    "SubscriptionPromotionalOfferUpdateRequestDataRelationships",
    "SubscriptionPromotionalOfferUpdateRequestDataRelationshipsPrices",
    "SubscriptionPromotionalOfferUpdateRequestDataRelationshipsPricesData",
]

_E0 = frozenset({"subscriptionPromotionalOffers"})
_E1 = frozenset({"subscriptionPromotionalOfferPrices"})


class SubscriptionPromotionalOfferUpdateRequest(Model):
    data: SubscriptionPromotionalOfferUpdateRequestData | None | UnsetType = UNSET
    included: list[SubscriptionPromotionalOfferPriceInlineCreate] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPromotionalOfferUpdateRequestData(Model):
    type: _L["subscriptionPromotionalOffers"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    relationships: SubscriptionPromotionalOfferUpdateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionPromotionalOfferUpdateRequestDataRelationships(Model):
    prices: SubscriptionPromotionalOfferUpdateRequestDataRelationshipsPrices | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPromotionalOfferUpdateRequestDataRelationshipsPrices(Model):
    data: (
        list[SubscriptionPromotionalOfferUpdateRequestDataRelationshipsPricesData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPromotionalOfferUpdateRequestDataRelationshipsPricesData(Model):
    type: _L["subscriptionPromotionalOfferPrices"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
