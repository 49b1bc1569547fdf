# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation
from ascapi.models.subscription import Subscription

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.promoted_purchase import PromotedPurchase
    from ascapi.models.subscription_app_store_review_screenshot import (
        SubscriptionAppStoreReviewScreenshot,
    )
    from ascapi.models.subscription_availability import SubscriptionAvailability
    from ascapi.models.subscription_group import SubscriptionGroup
    from ascapi.models.subscription_image import SubscriptionImage
    from ascapi.models.subscription_introductory_offer import SubscriptionIntroductoryOffer
    from ascapi.models.subscription_localization import SubscriptionLocalization
    from ascapi.models.subscription_offer_code import SubscriptionOfferCode
    from ascapi.models.subscription_plan_availability import SubscriptionPlanAvailability
    from ascapi.models.subscription_price import SubscriptionPrice
    from ascapi.models.subscription_promotional_offer import SubscriptionPromotionalOffer
    from ascapi.models.subscription_version import SubscriptionVersion
    from ascapi.models.win_back_offer import WinBackOffer

    _Included = (
        PromotedPurchase
        | SubscriptionAppStoreReviewScreenshot
        | SubscriptionAvailability
        | SubscriptionGroup
        | SubscriptionImage
        | SubscriptionIntroductoryOffer
        | SubscriptionLocalization
        | SubscriptionOfferCode
        | SubscriptionPlanAvailability
        | SubscriptionPrice
        | SubscriptionPromotionalOffer
        | SubscriptionVersion
        | WinBackOffer
        | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "promotedPurchases": "ascapi.models.promoted_purchase:PromotedPurchase",
            "subscriptionAppStoreReviewScreenshots": "ascapi.models.subscription_app_store_review_screenshot:SubscriptionAppStoreReviewScreenshot",
            "subscriptionAvailabilities": "ascapi.models.subscription_availability:SubscriptionAvailability",
            "subscriptionGroups": "ascapi.models.subscription_group:SubscriptionGroup",
            "subscriptionImages": "ascapi.models.subscription_image:SubscriptionImage",
            "subscriptionIntroductoryOffers": "ascapi.models.subscription_introductory_offer:SubscriptionIntroductoryOffer",
            "subscriptionLocalizations": "ascapi.models.subscription_localization:SubscriptionLocalization",
            "subscriptionOfferCodes": "ascapi.models.subscription_offer_code:SubscriptionOfferCode",
            "subscriptionPlanAvailabilities": "ascapi.models.subscription_plan_availability:SubscriptionPlanAvailability",
            "subscriptionPrices": "ascapi.models.subscription_price:SubscriptionPrice",
            "subscriptionPromotionalOffers": "ascapi.models.subscription_promotional_offer:SubscriptionPromotionalOffer",
            "subscriptionVersions": "ascapi.models.subscription_version:SubscriptionVersion",
            "winBackOffers": "ascapi.models.win_back_offer:WinBackOffer",
        }
    )

__all__ = ["SubscriptionsResponse"]


class SubscriptionsResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[Subscription]
    else:
        data: list[Subscription] | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: PagedDocumentLinks
    else:
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
