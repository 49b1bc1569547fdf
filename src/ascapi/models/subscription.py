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
    "Subscription",
    "SubscriptionAttributes",
    "SubscriptionRelationships",
    "SubscriptionRelationshipsSubscriptionLocalizations",
    "SubscriptionRelationshipsSubscriptionLocalizationsData",
    "SubscriptionRelationshipsAppStoreReviewScreenshot",
    "SubscriptionRelationshipsAppStoreReviewScreenshotData",
    "SubscriptionRelationshipsGroup",
    "SubscriptionRelationshipsGroupData",
    "SubscriptionRelationshipsIntroductoryOffers",
    "SubscriptionRelationshipsIntroductoryOffersData",
    "SubscriptionRelationshipsPromotionalOffers",
    "SubscriptionRelationshipsPromotionalOffersData",
    "SubscriptionRelationshipsOfferCodes",
    "SubscriptionRelationshipsOfferCodesData",
    "SubscriptionRelationshipsPrices",
    "SubscriptionRelationshipsPricesData",
    "SubscriptionRelationshipsPricePoints",
    "SubscriptionRelationshipsPromotedPurchase",
    "SubscriptionRelationshipsPromotedPurchaseData",
    "SubscriptionRelationshipsSubscriptionAvailability",
    "SubscriptionRelationshipsSubscriptionAvailabilityData",
    "SubscriptionRelationshipsWinBackOffers",
    "SubscriptionRelationshipsWinBackOffersData",
    "SubscriptionRelationshipsImages",
    "SubscriptionRelationshipsImagesData",
    "SubscriptionRelationshipsPlanAvailabilities",
    "SubscriptionRelationshipsPlanAvailabilitiesData",
    "SubscriptionRelationshipsVersions",
    "SubscriptionRelationshipsVersionsData",
]

_E0 = frozenset({"subscriptions"})
_E1 = frozenset(
    {
        "MISSING_METADATA",
        "READY_TO_SUBMIT",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "DEVELOPER_ACTION_NEEDED",
        "PENDING_BINARY_APPROVAL",
        "APPROVED",
        "DEVELOPER_REMOVED_FROM_SALE",
        "REMOVED_FROM_SALE",
        "REJECTED",
    }
)
_E2 = frozenset({"ONE_WEEK", "ONE_MONTH", "TWO_MONTHS", "THREE_MONTHS", "SIX_MONTHS", "ONE_YEAR"})
_E3 = frozenset({"subscriptionLocalizations"})
_E4 = frozenset({"subscriptionAppStoreReviewScreenshots"})
_E5 = frozenset({"subscriptionGroups"})
_E6 = frozenset({"subscriptionIntroductoryOffers"})
_E7 = frozenset({"subscriptionPromotionalOffers"})
_E8 = frozenset({"subscriptionOfferCodes"})
_E9 = frozenset({"subscriptionPrices"})
_E10 = frozenset({"promotedPurchases"})
_E11 = frozenset({"subscriptionAvailabilities"})
_E12 = frozenset({"winBackOffers"})
_E13 = frozenset({"subscriptionImages"})
_E14 = frozenset({"subscriptionPlanAvailabilities"})
_E15 = frozenset({"subscriptionVersions"})


class Subscription(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptions"] | str
        id: str
    else:
        type: _L["subscriptions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: SubscriptionAttributes | None | UnsetType = UNSET
    relationships: SubscriptionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionAttributes(Model):
    name: str | None | UnsetType = UNSET
    product_id: str | None | UnsetType = msgspec.field(default=UNSET, name="productId")
    family_sharable: bool | None | UnsetType = msgspec.field(default=UNSET, name="familySharable")
    state: (
        _L[
            "MISSING_METADATA",
            "READY_TO_SUBMIT",
            "WAITING_FOR_REVIEW",
            "IN_REVIEW",
            "DEVELOPER_ACTION_NEEDED",
            "PENDING_BINARY_APPROVAL",
            "APPROVED",
            "DEVELOPER_REMOVED_FROM_SALE",
            "REMOVED_FROM_SALE",
            "REJECTED",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    subscription_period: (
        _L["ONE_WEEK", "ONE_MONTH", "TWO_MONTHS", "THREE_MONTHS", "SIX_MONTHS", "ONE_YEAR"]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="subscriptionPeriod")
    review_note: str | None | UnsetType = msgspec.field(default=UNSET, name="reviewNote")
    group_level: int | None | UnsetType = msgspec.field(default=UNSET, name="groupLevel")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"state": _E1, "subscription_period": _E2}


class SubscriptionRelationships(Model):
    subscription_localizations: (
        SubscriptionRelationshipsSubscriptionLocalizations | None | UnsetType
    ) = msgspec.field(default=UNSET, name="subscriptionLocalizations")
    app_store_review_screenshot: (
        SubscriptionRelationshipsAppStoreReviewScreenshot | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreReviewScreenshot")
    group: SubscriptionRelationshipsGroup | None | UnsetType = UNSET
    introductory_offers: SubscriptionRelationshipsIntroductoryOffers | None | UnsetType = (
        msgspec.field(default=UNSET, name="introductoryOffers")
    )
    promotional_offers: SubscriptionRelationshipsPromotionalOffers | None | UnsetType = (
        msgspec.field(default=UNSET, name="promotionalOffers")
    )
    offer_codes: SubscriptionRelationshipsOfferCodes | None | UnsetType = msgspec.field(
        default=UNSET, name="offerCodes"
    )
    prices: SubscriptionRelationshipsPrices | None | UnsetType = UNSET
    price_points: SubscriptionRelationshipsPricePoints | None | UnsetType = msgspec.field(
        default=UNSET, name="pricePoints"
    )
    promoted_purchase: SubscriptionRelationshipsPromotedPurchase | None | UnsetType = msgspec.field(
        default=UNSET, name="promotedPurchase"
    )
    subscription_availability: (
        SubscriptionRelationshipsSubscriptionAvailability | None | UnsetType
    ) = msgspec.field(default=UNSET, name="subscriptionAvailability")
    win_back_offers: SubscriptionRelationshipsWinBackOffers | None | UnsetType = msgspec.field(
        default=UNSET, name="winBackOffers"
    )
    images: SubscriptionRelationshipsImages | None | UnsetType = UNSET
    plan_availabilities: SubscriptionRelationshipsPlanAvailabilities | None | UnsetType = (
        msgspec.field(default=UNSET, name="planAvailabilities")
    )
    versions: SubscriptionRelationshipsVersions | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionRelationshipsSubscriptionLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[SubscriptionRelationshipsSubscriptionLocalizationsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionRelationshipsSubscriptionLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionLocalizations"] | str
        id: str
    else:
        type: _L["subscriptionLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class SubscriptionRelationshipsAppStoreReviewScreenshot(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: SubscriptionRelationshipsAppStoreReviewScreenshotData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionRelationshipsAppStoreReviewScreenshotData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionAppStoreReviewScreenshots"] | str
        id: str
    else:
        type: _L["subscriptionAppStoreReviewScreenshots"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class SubscriptionRelationshipsGroup(Model):
    data: SubscriptionRelationshipsGroupData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionRelationshipsGroupData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionGroups"] | str
        id: str
    else:
        type: _L["subscriptionGroups"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class SubscriptionRelationshipsIntroductoryOffers(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[SubscriptionRelationshipsIntroductoryOffersData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionRelationshipsIntroductoryOffersData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionIntroductoryOffers"] | str
        id: str
    else:
        type: _L["subscriptionIntroductoryOffers"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}


class SubscriptionRelationshipsPromotionalOffers(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[SubscriptionRelationshipsPromotionalOffersData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionRelationshipsPromotionalOffersData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionPromotionalOffers"] | str
        id: str
    else:
        type: _L["subscriptionPromotionalOffers"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E7}


class SubscriptionRelationshipsOfferCodes(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[SubscriptionRelationshipsOfferCodesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionRelationshipsOfferCodesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionOfferCodes"] | str
        id: str
    else:
        type: _L["subscriptionOfferCodes"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E8}


class SubscriptionRelationshipsPrices(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[SubscriptionRelationshipsPricesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionRelationshipsPricesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionPrices"] | str
        id: str
    else:
        type: _L["subscriptionPrices"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E9}


class SubscriptionRelationshipsPricePoints(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionRelationshipsPromotedPurchase(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: SubscriptionRelationshipsPromotedPurchaseData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionRelationshipsPromotedPurchaseData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["promotedPurchases"] | str
        id: str
    else:
        type: _L["promotedPurchases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E10}


class SubscriptionRelationshipsSubscriptionAvailability(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: SubscriptionRelationshipsSubscriptionAvailabilityData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionRelationshipsSubscriptionAvailabilityData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionAvailabilities"] | str
        id: str
    else:
        type: _L["subscriptionAvailabilities"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E11}


class SubscriptionRelationshipsWinBackOffers(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[SubscriptionRelationshipsWinBackOffersData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionRelationshipsWinBackOffersData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["winBackOffers"] | str
        id: str
    else:
        type: _L["winBackOffers"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E12}


class SubscriptionRelationshipsImages(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[SubscriptionRelationshipsImagesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionRelationshipsImagesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionImages"] | str
        id: str
    else:
        type: _L["subscriptionImages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E13}


class SubscriptionRelationshipsPlanAvailabilities(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[SubscriptionRelationshipsPlanAvailabilitiesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionRelationshipsPlanAvailabilitiesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionPlanAvailabilities"] | str
        id: str
    else:
        type: _L["subscriptionPlanAvailabilities"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E14}


class SubscriptionRelationshipsVersions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[SubscriptionRelationshipsVersionsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionRelationshipsVersionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionVersions"] | str
        id: str
    else:
        type: _L["subscriptionVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E15}
