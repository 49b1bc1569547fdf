# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation
from ascapi.models.subscription_offer_code import SubscriptionOfferCode

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.subscription import Subscription
    from ascapi.models.subscription_offer_code_custom_code import SubscriptionOfferCodeCustomCode
    from ascapi.models.subscription_offer_code_one_time_use_code import (
        SubscriptionOfferCodeOneTimeUseCode,
    )
    from ascapi.models.subscription_offer_code_price import SubscriptionOfferCodePrice

    _Included = (
        Subscription
        | SubscriptionOfferCodeCustomCode
        | SubscriptionOfferCodeOneTimeUseCode
        | SubscriptionOfferCodePrice
        | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "subscriptionOfferCodeCustomCodes": "ascapi.models.subscription_offer_code_custom_code:SubscriptionOfferCodeCustomCode",
            "subscriptionOfferCodeOneTimeUseCodes": "ascapi.models.subscription_offer_code_one_time_use_code:SubscriptionOfferCodeOneTimeUseCode",
            "subscriptionOfferCodePrices": "ascapi.models.subscription_offer_code_price:SubscriptionOfferCodePrice",
            "subscriptions": "ascapi.models.subscription:Subscription",
        }
    )

__all__ = ["SubscriptionOfferCodesResponse"]


class SubscriptionOfferCodesResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[SubscriptionOfferCode]
    else:
        data: list[SubscriptionOfferCode] | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: PagedDocumentLinks
    else:
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
