# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscriptions`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, overload

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._jsonapi import UNSET
from ascapi._types import NOT_GIVEN
from ascapi.resources import _support

if TYPE_CHECKING:
    from collections.abc import Awaitable, Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.promoted_purchase_response import PromotedPurchaseResponse
    from ascapi.models.subscription_app_store_review_screenshot_linkage_response import (
        SubscriptionAppStoreReviewScreenshotLinkageResponse,
    )
    from ascapi.models.subscription_app_store_review_screenshot_response import (
        SubscriptionAppStoreReviewScreenshotResponse,
    )
    from ascapi.models.subscription_availability_response import SubscriptionAvailabilityResponse
    from ascapi.models.subscription_create_request import SubscriptionCreateRequest
    from ascapi.models.subscription_image import SubscriptionImage
    from ascapi.models.subscription_images_linkages_response import (
        SubscriptionImagesLinkagesResponse,
        SubscriptionImagesLinkagesResponseData,
    )
    from ascapi.models.subscription_images_response import SubscriptionImagesResponse
    from ascapi.models.subscription_introductory_offer import SubscriptionIntroductoryOffer
    from ascapi.models.subscription_introductory_offer_inline_create import (
        SubscriptionIntroductoryOfferInlineCreate,
    )
    from ascapi.models.subscription_introductory_offers_linkages_request import (
        SubscriptionIntroductoryOffersLinkagesRequest,
    )
    from ascapi.models.subscription_introductory_offers_linkages_response import (
        SubscriptionIntroductoryOffersLinkagesResponse,
        SubscriptionIntroductoryOffersLinkagesResponseData,
    )
    from ascapi.models.subscription_introductory_offers_response import (
        SubscriptionIntroductoryOffersResponse,
    )
    from ascapi.models.subscription_localization import SubscriptionLocalization
    from ascapi.models.subscription_localizations_response import SubscriptionLocalizationsResponse
    from ascapi.models.subscription_offer_code import SubscriptionOfferCode
    from ascapi.models.subscription_offer_codes_linkages_response import (
        SubscriptionOfferCodesLinkagesResponse,
        SubscriptionOfferCodesLinkagesResponseData,
    )
    from ascapi.models.subscription_offer_codes_response import SubscriptionOfferCodesResponse
    from ascapi.models.subscription_plan_availabilities_linkages_response import (
        SubscriptionPlanAvailabilitiesLinkagesResponse,
        SubscriptionPlanAvailabilitiesLinkagesResponseData,
    )
    from ascapi.models.subscription_plan_availabilities_response import (
        SubscriptionPlanAvailabilitiesResponse,
    )
    from ascapi.models.subscription_plan_availability import SubscriptionPlanAvailability
    from ascapi.models.subscription_price import SubscriptionPrice
    from ascapi.models.subscription_price_inline_create import SubscriptionPriceInlineCreate
    from ascapi.models.subscription_price_point import SubscriptionPricePoint
    from ascapi.models.subscription_price_points_linkages_response import (
        SubscriptionPricePointsLinkagesResponse,
        SubscriptionPricePointsLinkagesResponseData,
    )
    from ascapi.models.subscription_price_points_response import SubscriptionPricePointsResponse
    from ascapi.models.subscription_prices_linkages_request import SubscriptionPricesLinkagesRequest
    from ascapi.models.subscription_prices_linkages_response import (
        SubscriptionPricesLinkagesResponse,
        SubscriptionPricesLinkagesResponseData,
    )
    from ascapi.models.subscription_prices_response import SubscriptionPricesResponse
    from ascapi.models.subscription_promoted_purchase_linkage_response import (
        SubscriptionPromotedPurchaseLinkageResponse,
    )
    from ascapi.models.subscription_promotional_offer import SubscriptionPromotionalOffer
    from ascapi.models.subscription_promotional_offer_inline_create import (
        SubscriptionPromotionalOfferInlineCreate,
    )
    from ascapi.models.subscription_promotional_offers_linkages_response import (
        SubscriptionPromotionalOffersLinkagesResponse,
        SubscriptionPromotionalOffersLinkagesResponseData,
    )
    from ascapi.models.subscription_promotional_offers_response import (
        SubscriptionPromotionalOffersResponse,
    )
    from ascapi.models.subscription_response import SubscriptionResponse
    from ascapi.models.subscription_subscription_availability_linkage_response import (
        SubscriptionSubscriptionAvailabilityLinkageResponse,
    )
    from ascapi.models.subscription_subscription_localizations_linkages_response import (
        SubscriptionSubscriptionLocalizationsLinkagesResponse,
        SubscriptionSubscriptionLocalizationsLinkagesResponseData,
    )
    from ascapi.models.subscription_update_request import SubscriptionUpdateRequest
    from ascapi.models.subscription_version import SubscriptionVersion
    from ascapi.models.subscription_versions_linkages_response import (
        SubscriptionVersionsLinkagesResponse,
        SubscriptionVersionsLinkagesResponseData,
    )
    from ascapi.models.subscription_versions_response import SubscriptionVersionsResponse
    from ascapi.models.subscription_win_back_offers_linkages_response import (
        SubscriptionWinBackOffersLinkagesResponse,
        SubscriptionWinBackOffersLinkagesResponseData,
    )
    from ascapi.models.win_back_offer import WinBackOffer
    from ascapi.models.win_back_offers_response import WinBackOffersResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "ONE_WEEK", "ONE_MONTH", "TWO_MONTHS", "THREE_MONTHS", "SIX_MONTHS", "ONE_YEAR"
    ]
    _Enum1 = Literal[
        "name",
        "productId",
        "familySharable",
        "state",
        "subscriptionPeriod",
        "reviewNote",
        "groupLevel",
        "subscriptionLocalizations",
        "appStoreReviewScreenshot",
        "group",
        "introductoryOffers",
        "promotionalOffers",
        "offerCodes",
        "prices",
        "pricePoints",
        "promotedPurchase",
        "subscriptionAvailability",
        "winBackOffers",
        "images",
        "planAvailabilities",
        "versions",
    ]
    _Enum2 = Literal["name", "locale", "description", "state", "subscription"]
    _Enum3 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "imageAsset",
        "assetToken",
        "assetType",
        "uploadOperations",
        "assetDeliveryState",
        "subscription",
    ]
    _Enum4 = Literal["referenceName", "subscriptions", "subscriptionGroupLocalizations", "versions"]
    _Enum5 = Literal[
        "startDate",
        "endDate",
        "duration",
        "offerMode",
        "numberOfPeriods",
        "targetSubscriptionPlanType",
        "subscription",
        "territory",
        "subscriptionPricePoint",
    ]
    _Enum6 = Literal[
        "duration",
        "name",
        "numberOfPeriods",
        "offerCode",
        "offerMode",
        "targetSubscriptionPlanType",
        "subscription",
        "prices",
    ]
    _Enum7 = Literal[
        "name",
        "customerEligibilities",
        "offerEligibility",
        "duration",
        "offerMode",
        "numberOfPeriods",
        "totalNumberOfCodes",
        "productionCodeCount",
        "sandboxCodeCount",
        "active",
        "autoRenewEnabled",
        "targetSubscriptionPlanType",
        "subscription",
        "oneTimeUseCodes",
        "customCodes",
        "prices",
    ]
    _Enum8 = Literal["startDate", "preserved", "planType", "territory", "subscriptionPricePoint"]
    _Enum9 = Literal["visibleForAllUsers", "enabled", "state", "inAppPurchaseV2", "subscription"]
    _Enum10 = Literal["availableInNewTerritories", "availableTerritories"]
    _Enum11 = Literal[
        "referenceName",
        "offerId",
        "duration",
        "offerMode",
        "periodCount",
        "customerEligibilityPaidSubscriptionDurationInMonths",
        "customerEligibilityTimeSinceLastSubscribedInMonths",
        "customerEligibilityWaitBetweenOffersInMonths",
        "startDate",
        "endDate",
        "priority",
        "promotionIntent",
        "targetSubscriptionPlanType",
        "prices",
    ]
    _Enum12 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "assetToken",
        "imageAsset",
        "uploadOperations",
        "state",
        "subscription",
    ]
    _Enum13 = Literal["availableInNewTerritories", "planType", "availableTerritories"]
    _Enum14 = Literal["version", "state", "subscription", "image", "images", "localizations"]
    _Enum15 = Literal[
        "subscriptionLocalizations",
        "appStoreReviewScreenshot",
        "group",
        "introductoryOffers",
        "promotionalOffers",
        "offerCodes",
        "prices",
        "promotedPurchase",
        "subscriptionAvailability",
        "winBackOffers",
        "images",
        "planAvailabilities",
        "versions",
    ]
    _Enum16 = Literal["subscription"]
    _Enum17 = Literal["currency"]
    _Enum18 = Literal[
        "customerPrice",
        "proceeds",
        "proceedsYear2",
        "territory",
        "equalizations",
        "adjustedEqualizations",
    ]
    _Enum19 = Literal["subscription", "territory", "subscriptionPricePoint"]
    _Enum20 = Literal[
        "numberOfCodes",
        "createdDate",
        "expirationDate",
        "active",
        "environment",
        "offerCode",
        "values",
    ]
    _Enum21 = Literal[
        "customCode", "numberOfCodes", "createdDate", "expirationDate", "active", "offerCode"
    ]
    _Enum22 = Literal["territory", "subscriptionPricePoint"]
    _Enum23 = Literal["subscription", "oneTimeUseCodes", "customCodes", "prices"]
    _Enum24 = Literal["availableTerritories"]
    _Enum25 = Literal["territory"]
    _Enum26 = Literal["MONTHLY", "UPFRONT"]
    _Enum27 = Literal[
        "name",
        "productId",
        "inAppPurchaseType",
        "state",
        "reviewNote",
        "familySharable",
        "contentHosting",
        "inAppPurchaseLocalizations",
        "pricePoints",
        "content",
        "appStoreReviewScreenshot",
        "promotedPurchase",
        "iapPriceSchedule",
        "inAppPurchaseAvailability",
        "images",
        "offerCodes",
        "versions",
    ]
    _Enum28 = Literal["inAppPurchaseV2", "subscription"]
    _Enum29 = Literal["subscription", "prices"]
    _Enum30 = Literal[
        "PREPARE_FOR_SUBMISSION",
        "READY_FOR_REVIEW",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "ACCEPTED",
        "APPROVED",
        "REPLACED_WITH_NEW_VERSION",
        "REJECTED",
        "DEVELOPER_REJECTED",
    ]
    _Enum31 = Literal[
        "fileSize", "fileName", "assetToken", "imageAsset", "uploadOperations", "assetDeliveryState"
    ]
    _Enum32 = Literal["name", "locale", "description", "version"]
    _Enum33 = Literal["subscription", "image", "images", "localizations"]
    _Enum34 = Literal["prices"]


class Subscriptions(SyncAPIResource):
    """``client.subscriptions``: /v1/subscriptions"""

    @cached_property
    def app_store_review_screenshot(self) -> SubscriptionsAppStoreReviewScreenshot:
        return SubscriptionsAppStoreReviewScreenshot(self._client)

    @cached_property
    def images(self) -> SubscriptionsImages:
        return SubscriptionsImages(self._client)

    @cached_property
    def introductory_offers(self) -> SubscriptionsIntroductoryOffers:
        return SubscriptionsIntroductoryOffers(self._client)

    @cached_property
    def offer_codes(self) -> SubscriptionsOfferCodes:
        return SubscriptionsOfferCodes(self._client)

    @cached_property
    def plan_availabilities(self) -> SubscriptionsPlanAvailabilities:
        return SubscriptionsPlanAvailabilities(self._client)

    @cached_property
    def price_points(self) -> SubscriptionsPricePoints:
        return SubscriptionsPricePoints(self._client)

    @cached_property
    def prices(self) -> SubscriptionsPrices:
        return SubscriptionsPrices(self._client)

    @cached_property
    def promoted_purchase(self) -> SubscriptionsPromotedPurchase:
        return SubscriptionsPromotedPurchase(self._client)

    @cached_property
    def promotional_offers(self) -> SubscriptionsPromotionalOffers:
        return SubscriptionsPromotionalOffers(self._client)

    @cached_property
    def subscription_availability(self) -> SubscriptionsSubscriptionAvailability:
        return SubscriptionsSubscriptionAvailability(self._client)

    @cached_property
    def subscription_localizations(self) -> SubscriptionsSubscriptionLocalizations:
        return SubscriptionsSubscriptionLocalizations(self._client)

    @cached_property
    def versions(self) -> SubscriptionsVersions:
        return SubscriptionsVersions(self._client)

    @cached_property
    def win_back_offers(self) -> SubscriptionsWinBackOffers:
        return SubscriptionsWinBackOffers(self._client)

    def create(
        self,
        *,
        body: SubscriptionCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        product_id: str | None | UnsetType = UNSET,
        family_sharable: bool | None | UnsetType = UNSET,
        subscription_period: _Enum0 | str | None | UnsetType = UNSET,
        review_note: str | None | UnsetType = UNSET,
        group_level: int | None | UnsetType = UNSET,
        group: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionResponse:
        """subscriptions_createInstance

        POST /v1/subscriptions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptions
        """
        from ascapi.models.subscription_response import SubscriptionResponse

        body = _support.document(
            body,
            name is not UNSET
            or product_id is not UNSET
            or family_sharable is not UNSET
            or subscription_period is not UNSET
            or review_note is not UNSET
            or group_level is not UNSET
            or group is not UNSET,
            "subscriptions",
            None,
            {
                "name": name,
                "productId": product_id,
                "familySharable": family_sharable,
                "subscriptionPeriod": subscription_period,
                "reviewNote": review_note,
                "groupLevel": group_level,
            },
            {"group": ("subscriptionGroups", False, group)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/subscriptions",
            body=body,
            response_type=SubscriptionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """subscriptions_deleteInstance

        DELETE /v1/subscriptions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptions-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/subscriptions/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        fields_subscription_localizations: Sequence[_Enum2] | None = None,
        fields_subscription_app_store_review_screenshots: Sequence[_Enum3] | None = None,
        fields_subscription_groups: Sequence[_Enum4] | None = None,
        fields_subscription_introductory_offers: Sequence[_Enum5] | None = None,
        fields_subscription_promotional_offers: Sequence[_Enum6] | None = None,
        fields_subscription_offer_codes: Sequence[_Enum7] | None = None,
        fields_subscription_prices: Sequence[_Enum8] | None = None,
        fields_promoted_purchases: Sequence[_Enum9] | None = None,
        fields_subscription_availabilities: Sequence[_Enum10] | None = None,
        fields_win_back_offers: Sequence[_Enum11] | None = None,
        fields_subscription_images: Sequence[_Enum12] | None = None,
        fields_subscription_plan_availabilities: Sequence[_Enum13] | None = None,
        fields_subscription_versions: Sequence[_Enum14] | None = None,
        include: Sequence[_Enum15] | None = None,
        limit_images: int | None = None,
        limit_introductory_offers: int | None = None,
        limit_offer_codes: int | None = None,
        limit_plan_availabilities: int | None = None,
        limit_prices: int | None = None,
        limit_promotional_offers: int | None = None,
        limit_subscription_localizations: int | None = None,
        limit_versions: int | None = None,
        limit_win_back_offers: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionResponse:
        """subscriptions_getInstance

        GET /v1/subscriptions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_
        """
        from ascapi.models.subscription_response import SubscriptionResponse

        return self._client._call(
            "GET",
            path("/v1/subscriptions/{id}", id=id),
            params={
                "fields[subscriptions]": fields_subscriptions,
                "fields[subscriptionLocalizations]": fields_subscription_localizations,
                "fields[subscriptionAppStoreReviewScreenshots]": fields_subscription_app_store_review_screenshots,
                "fields[subscriptionGroups]": fields_subscription_groups,
                "fields[subscriptionIntroductoryOffers]": fields_subscription_introductory_offers,
                "fields[subscriptionPromotionalOffers]": fields_subscription_promotional_offers,
                "fields[subscriptionOfferCodes]": fields_subscription_offer_codes,
                "fields[subscriptionPrices]": fields_subscription_prices,
                "fields[promotedPurchases]": fields_promoted_purchases,
                "fields[subscriptionAvailabilities]": fields_subscription_availabilities,
                "fields[winBackOffers]": fields_win_back_offers,
                "fields[subscriptionImages]": fields_subscription_images,
                "fields[subscriptionPlanAvailabilities]": fields_subscription_plan_availabilities,
                "fields[subscriptionVersions]": fields_subscription_versions,
                "include": include,
                "limit[images]": limit_images,
                "limit[introductoryOffers]": limit_introductory_offers,
                "limit[offerCodes]": limit_offer_codes,
                "limit[planAvailabilities]": limit_plan_availabilities,
                "limit[prices]": limit_prices,
                "limit[promotionalOffers]": limit_promotional_offers,
                "limit[subscriptionLocalizations]": limit_subscription_localizations,
                "limit[versions]": limit_versions,
                "limit[winBackOffers]": limit_win_back_offers,
            },
            maxima={
                "limit[images]": 50,
                "limit[introductoryOffers]": 50,
                "limit[offerCodes]": 50,
                "limit[planAvailabilities]": 50,
                "limit[prices]": 50,
                "limit[promotionalOffers]": 50,
                "limit[subscriptionLocalizations]": 50,
                "limit[versions]": 50,
                "limit[winBackOffers]": 50,
            },
            response_type=SubscriptionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: SubscriptionUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        family_sharable: bool | None | UnsetType = UNSET,
        subscription_period: _Enum0 | str | None | UnsetType = UNSET,
        review_note: str | None | UnsetType = UNSET,
        group_level: int | None | UnsetType = UNSET,
        introductory_offers: Sequence[str] | str | None | UnsetType = UNSET,
        promotional_offers: Sequence[str] | str | None | UnsetType = UNSET,
        prices: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[
            SubscriptionPromotionalOfferInlineCreate
            | SubscriptionPriceInlineCreate
            | SubscriptionIntroductoryOfferInlineCreate
            | Mapping[str, Any]
        ]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionResponse:
        """subscriptions_updateInstance

        PATCH /v1/subscriptions/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptions-_id_
        """
        from ascapi.models.subscription_response import SubscriptionResponse

        body = _support.document(
            body,
            name is not UNSET
            or family_sharable is not UNSET
            or subscription_period is not UNSET
            or review_note is not UNSET
            or group_level is not UNSET
            or introductory_offers is not UNSET
            or promotional_offers is not UNSET
            or prices is not UNSET
            or included is not UNSET,
            "subscriptions",
            id,
            {
                "name": name,
                "familySharable": family_sharable,
                "subscriptionPeriod": subscription_period,
                "reviewNote": review_note,
                "groupLevel": group_level,
            },
            {
                "introductoryOffers": ("subscriptionIntroductoryOffers", True, introductory_offers),
                "promotionalOffers": ("subscriptionPromotionalOffers", True, promotional_offers),
                "prices": ("subscriptionPrices", True, prices),
            },
            attributes_required=False,
            included=included,
        )
        return self._client._call(
            "PATCH",
            path("/v1/subscriptions/{id}", id=id),
            body=body,
            response_type=SubscriptionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionsAppStoreReviewScreenshot(SyncAPIResource):
    """``client.subscriptions.app_store_review_screenshot``: /v1/subscriptions"""

    def get(
        self,
        id: str,
        *,
        fields_subscription_app_store_review_screenshots: Sequence[_Enum3] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum16] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionAppStoreReviewScreenshotResponse:
        """subscriptions_appStoreReviewScreenshot_getToOneRelated

        GET /v1/subscriptions/{id}/appStoreReviewScreenshot

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-appstorereviewscreenshot
        """
        from ascapi.models.subscription_app_store_review_screenshot_response import (
            SubscriptionAppStoreReviewScreenshotResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/subscriptions/{id}/appStoreReviewScreenshot", id=id),
            params={
                "fields[subscriptionAppStoreReviewScreenshots]": fields_subscription_app_store_review_screenshots,
                "fields[subscriptions]": fields_subscriptions,
                "include": include,
            },
            response_type=SubscriptionAppStoreReviewScreenshotResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionAppStoreReviewScreenshotLinkageResponse:
        """subscriptions_appStoreReviewScreenshot_getToOneRelationship

        GET /v1/subscriptions/{id}/relationships/appStoreReviewScreenshot

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-appstorereviewscreenshot
        """
        from ascapi.models.subscription_app_store_review_screenshot_linkage_response import (
            SubscriptionAppStoreReviewScreenshotLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/subscriptions/{id}/relationships/appStoreReviewScreenshot", id=id),
            response_type=SubscriptionAppStoreReviewScreenshotLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionsImages(SyncAPIResource):
    """``client.subscriptions.images``: /v1/subscriptions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionImagesLinkagesResponse, SubscriptionImagesLinkagesResponseData]:
        """subscriptions_images_getToManyRelationship

        GET /v1/subscriptions/{id}/relationships/images

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-images
        """
        from ascapi.models.subscription_images_linkages_response import (
            SubscriptionImagesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/relationships/images", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionImagesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_subscription_images: Sequence[_Enum12] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum16] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionImagesResponse, SubscriptionImage]:
        """subscriptions_images_getToManyRelated

        GET /v1/subscriptions/{id}/images

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-images
        """
        from ascapi.models.subscription_images_response import SubscriptionImagesResponse

        return self._client._get_page(
            path("/v1/subscriptions/{id}/images", id=id),
            params={
                "fields[subscriptionImages]": fields_subscription_images,
                "fields[subscriptions]": fields_subscriptions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionImagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionsIntroductoryOffers(SyncAPIResource):
    """``client.subscriptions.introductory_offers``: /v1/subscriptions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        SubscriptionIntroductoryOffersLinkagesResponse,
        SubscriptionIntroductoryOffersLinkagesResponseData,
    ]:
        """subscriptions_introductoryOffers_getToManyRelationship

        GET /v1/subscriptions/{id}/relationships/introductoryOffers

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-introductoryoffers
        """
        from ascapi.models.subscription_introductory_offers_linkages_response import (
            SubscriptionIntroductoryOffersLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/relationships/introductoryOffers", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionIntroductoryOffersLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_subscription_introductory_offers: Sequence[_Enum5] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        fields_territories: Sequence[_Enum17] | None = None,
        fields_subscription_price_points: Sequence[_Enum18] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum19] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionIntroductoryOffersResponse, SubscriptionIntroductoryOffer]:
        """subscriptions_introductoryOffers_getToManyRelated

        GET /v1/subscriptions/{id}/introductoryOffers

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-introductoryoffers
        """
        from ascapi.models.subscription_introductory_offers_response import (
            SubscriptionIntroductoryOffersResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/introductoryOffers", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[subscriptionIntroductoryOffers]": fields_subscription_introductory_offers,
                "fields[subscriptions]": fields_subscriptions,
                "fields[territories]": fields_territories,
                "fields[subscriptionPricePoints]": fields_subscription_price_points,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionIntroductoryOffersResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: SubscriptionIntroductoryOffersLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """subscriptions_introductoryOffers_deleteToManyRelationship

        DELETE /v1/subscriptions/{id}/relationships/introductoryOffers

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptions-_id_-relationships-introductoryoffers
        """
        if body is None:
            body = _support.linkages("subscriptionIntroductoryOffers", ids)
        return self._client._call(
            "DELETE",
            path("/v1/subscriptions/{id}/relationships/introductoryOffers", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionsOfferCodes(SyncAPIResource):
    """``client.subscriptions.offer_codes``: /v1/subscriptions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionOfferCodesLinkagesResponse, SubscriptionOfferCodesLinkagesResponseData]:
        """subscriptions_offerCodes_getToManyRelationship

        GET /v1/subscriptions/{id}/relationships/offerCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-offercodes
        """
        from ascapi.models.subscription_offer_codes_linkages_response import (
            SubscriptionOfferCodesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/relationships/offerCodes", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionOfferCodesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_subscription_offer_codes: Sequence[_Enum7] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        fields_subscription_offer_code_one_time_use_codes: Sequence[_Enum20] | None = None,
        fields_subscription_offer_code_custom_codes: Sequence[_Enum21] | None = None,
        fields_subscription_offer_code_prices: Sequence[_Enum22] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum23] | None = None,
        limit_one_time_use_codes: int | None = None,
        limit_custom_codes: int | None = None,
        limit_prices: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionOfferCodesResponse, SubscriptionOfferCode]:
        """subscriptions_offerCodes_getToManyRelated

        GET /v1/subscriptions/{id}/offerCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-offercodes
        """
        from ascapi.models.subscription_offer_codes_response import SubscriptionOfferCodesResponse

        return self._client._get_page(
            path("/v1/subscriptions/{id}/offerCodes", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[subscriptionOfferCodes]": fields_subscription_offer_codes,
                "fields[subscriptions]": fields_subscriptions,
                "fields[subscriptionOfferCodeOneTimeUseCodes]": fields_subscription_offer_code_one_time_use_codes,
                "fields[subscriptionOfferCodeCustomCodes]": fields_subscription_offer_code_custom_codes,
                "fields[subscriptionOfferCodePrices]": fields_subscription_offer_code_prices,
                "limit": limit,
                "include": include,
                "limit[oneTimeUseCodes]": limit_one_time_use_codes,
                "limit[customCodes]": limit_custom_codes,
                "limit[prices]": limit_prices,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[oneTimeUseCodes]": 50,
                "limit[customCodes]": 50,
                "limit[prices]": 50,
            },
            response_type=SubscriptionOfferCodesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionsPlanAvailabilities(SyncAPIResource):
    """``client.subscriptions.plan_availabilities``: /v1/subscriptions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        SubscriptionPlanAvailabilitiesLinkagesResponse,
        SubscriptionPlanAvailabilitiesLinkagesResponseData,
    ]:
        """subscriptions_planAvailabilities_getToManyRelationship

        GET /v1/subscriptions/{id}/relationships/planAvailabilities

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-planavailabilities
        """
        from ascapi.models.subscription_plan_availabilities_linkages_response import (
            SubscriptionPlanAvailabilitiesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/relationships/planAvailabilities", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionPlanAvailabilitiesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_subscription_plan_availabilities: Sequence[_Enum13] | None = None,
        fields_territories: Sequence[_Enum17] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum24] | None = None,
        limit_available_territories: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionPlanAvailabilitiesResponse, SubscriptionPlanAvailability]:
        """subscriptions_planAvailabilities_getToManyRelated

        GET /v1/subscriptions/{id}/planAvailabilities

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-planavailabilities
        """
        from ascapi.models.subscription_plan_availabilities_response import (
            SubscriptionPlanAvailabilitiesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/planAvailabilities", id=id),
            params={
                "fields[subscriptionPlanAvailabilities]": fields_subscription_plan_availabilities,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "limit[availableTerritories]": limit_available_territories,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[availableTerritories]": 50},
            response_type=SubscriptionPlanAvailabilitiesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionsPricePoints(SyncAPIResource):
    """``client.subscriptions.price_points``: /v1/subscriptions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionPricePointsLinkagesResponse, SubscriptionPricePointsLinkagesResponseData]:
        """subscriptions_pricePoints_getToManyRelationship

        GET /v1/subscriptions/{id}/relationships/pricePoints

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-pricepoints
        """
        from ascapi.models.subscription_price_points_linkages_response import (
            SubscriptionPricePointsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/relationships/pricePoints", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 8000},
            response_type=SubscriptionPricePointsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_upfront_price_point_id: Sequence[str] | None = None,
        filter_plan_type: Sequence[str] | None = None,
        fields_subscription_price_points: Sequence[_Enum18] | None = None,
        fields_territories: Sequence[_Enum17] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum25] | None = None,
        cursor: str | None = None,
        accept: Literal["text/csv"],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str: ...

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_upfront_price_point_id: Sequence[str] | None = None,
        filter_plan_type: Sequence[str] | None = None,
        fields_subscription_price_points: Sequence[_Enum18] | None = None,
        fields_territories: Sequence[_Enum17] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum25] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionPricePointsResponse, SubscriptionPricePoint]: ...

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_upfront_price_point_id: Sequence[str] | None = None,
        filter_plan_type: Sequence[str] | None = None,
        fields_subscription_price_points: Sequence[_Enum18] | None = None,
        fields_territories: Sequence[_Enum17] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum25] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json", "text/csv"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionPricePointsResponse, SubscriptionPricePoint] | str:
        """subscriptions_pricePoints_getToManyRelated

        GET /v1/subscriptions/{id}/pricePoints

        ``accept="text/csv"`` returns the CSV text instead of a page of JSON.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-pricepoints
        """
        from ascapi.models.subscription_price_points_response import SubscriptionPricePointsResponse

        if accept == "text/csv":
            return self._client._call(
                "GET",
                path("/v1/subscriptions/{id}/pricePoints", id=id),
                params={
                    "filter[territory]": filter_territory,
                    "filter[upfrontPricePointId]": filter_upfront_price_point_id,
                    "filter[planType]": filter_plan_type,
                    "fields[subscriptionPricePoints]": fields_subscription_price_points,
                    "fields[territories]": fields_territories,
                    "limit": limit,
                    "include": include,
                    "cursor": cursor,
                },
                maxima={"limit": 8000},
                result="text",
                accept="text/csv",
                options=options(extra_headers, extra_query, timeout),
            )
        return self._client._get_page(
            path("/v1/subscriptions/{id}/pricePoints", id=id),
            params={
                "filter[territory]": filter_territory,
                "filter[upfrontPricePointId]": filter_upfront_price_point_id,
                "filter[planType]": filter_plan_type,
                "fields[subscriptionPricePoints]": fields_subscription_price_points,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 8000},
            response_type=SubscriptionPricePointsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionsPrices(SyncAPIResource):
    """``client.subscriptions.prices``: /v1/subscriptions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionPricesLinkagesResponse, SubscriptionPricesLinkagesResponseData]:
        """subscriptions_prices_getToManyRelationship

        GET /v1/subscriptions/{id}/relationships/prices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-prices
        """
        from ascapi.models.subscription_prices_linkages_response import (
            SubscriptionPricesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/relationships/prices", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionPricesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_plan_type: Sequence[_Enum26] | None = None,
        filter_subscription_price_point: Sequence[str] | None = None,
        filter_territory: Sequence[str] | None = None,
        fields_subscription_prices: Sequence[_Enum8] | None = None,
        fields_territories: Sequence[_Enum17] | None = None,
        fields_subscription_price_points: Sequence[_Enum18] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum22] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionPricesResponse, SubscriptionPrice]:
        """subscriptions_prices_getToManyRelated

        GET /v1/subscriptions/{id}/prices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-prices
        """
        from ascapi.models.subscription_prices_response import SubscriptionPricesResponse

        return self._client._get_page(
            path("/v1/subscriptions/{id}/prices", id=id),
            params={
                "filter[planType]": filter_plan_type,
                "filter[subscriptionPricePoint]": filter_subscription_price_point,
                "filter[territory]": filter_territory,
                "fields[subscriptionPrices]": fields_subscription_prices,
                "fields[territories]": fields_territories,
                "fields[subscriptionPricePoints]": fields_subscription_price_points,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionPricesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: SubscriptionPricesLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """subscriptions_prices_deleteToManyRelationship

        DELETE /v1/subscriptions/{id}/relationships/prices

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptions-_id_-relationships-prices
        """
        if body is None:
            body = _support.linkages("subscriptionPrices", ids)
        return self._client._call(
            "DELETE",
            path("/v1/subscriptions/{id}/relationships/prices", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionsPromotedPurchase(SyncAPIResource):
    """``client.subscriptions.promoted_purchase``: /v1/subscriptions"""

    def get(
        self,
        id: str,
        *,
        fields_promoted_purchases: Sequence[_Enum9] | None = None,
        fields_in_app_purchases: Sequence[_Enum27] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum28] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PromotedPurchaseResponse:
        """subscriptions_promotedPurchase_getToOneRelated

        GET /v1/subscriptions/{id}/promotedPurchase

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-promotedpurchase
        """
        from ascapi.models.promoted_purchase_response import PromotedPurchaseResponse

        return self._client._call(
            "GET",
            path("/v1/subscriptions/{id}/promotedPurchase", id=id),
            params={
                "fields[promotedPurchases]": fields_promoted_purchases,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "fields[subscriptions]": fields_subscriptions,
                "include": include,
            },
            response_type=PromotedPurchaseResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPromotedPurchaseLinkageResponse:
        """subscriptions_promotedPurchase_getToOneRelationship

        GET /v1/subscriptions/{id}/relationships/promotedPurchase

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-promotedpurchase
        """
        from ascapi.models.subscription_promoted_purchase_linkage_response import (
            SubscriptionPromotedPurchaseLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/subscriptions/{id}/relationships/promotedPurchase", id=id),
            response_type=SubscriptionPromotedPurchaseLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionsPromotionalOffers(SyncAPIResource):
    """``client.subscriptions.promotional_offers``: /v1/subscriptions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        SubscriptionPromotionalOffersLinkagesResponse,
        SubscriptionPromotionalOffersLinkagesResponseData,
    ]:
        """subscriptions_promotionalOffers_getToManyRelationship

        GET /v1/subscriptions/{id}/relationships/promotionalOffers

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-promotionaloffers
        """
        from ascapi.models.subscription_promotional_offers_linkages_response import (
            SubscriptionPromotionalOffersLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/relationships/promotionalOffers", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionPromotionalOffersLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_subscription_promotional_offers: Sequence[_Enum6] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        fields_subscription_promotional_offer_prices: Sequence[_Enum22] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum29] | None = None,
        limit_prices: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionPromotionalOffersResponse, SubscriptionPromotionalOffer]:
        """subscriptions_promotionalOffers_getToManyRelated

        GET /v1/subscriptions/{id}/promotionalOffers

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-promotionaloffers
        """
        from ascapi.models.subscription_promotional_offers_response import (
            SubscriptionPromotionalOffersResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/promotionalOffers", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[subscriptionPromotionalOffers]": fields_subscription_promotional_offers,
                "fields[subscriptions]": fields_subscriptions,
                "fields[subscriptionPromotionalOfferPrices]": fields_subscription_promotional_offer_prices,
                "limit": limit,
                "include": include,
                "limit[prices]": limit_prices,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[prices]": 50},
            response_type=SubscriptionPromotionalOffersResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionsSubscriptionAvailability(SyncAPIResource):
    """``client.subscriptions.subscription_availability``: /v1/subscriptions"""

    def get(
        self,
        id: str,
        *,
        fields_subscription_availabilities: Sequence[_Enum10] | None = None,
        fields_territories: Sequence[_Enum17] | None = None,
        include: Sequence[_Enum24] | None = None,
        limit_available_territories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionAvailabilityResponse:
        """subscriptions_subscriptionAvailability_getToOneRelated

        GET /v1/subscriptions/{id}/subscriptionAvailability

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-subscriptionavailability
        """
        from ascapi.models.subscription_availability_response import (
            SubscriptionAvailabilityResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/subscriptions/{id}/subscriptionAvailability", id=id),
            params={
                "fields[subscriptionAvailabilities]": fields_subscription_availabilities,
                "fields[territories]": fields_territories,
                "include": include,
                "limit[availableTerritories]": limit_available_territories,
            },
            maxima={"limit[availableTerritories]": 50},
            deprecated="subscriptions_subscriptionAvailability_getToOneRelated",
            response_type=SubscriptionAvailabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionSubscriptionAvailabilityLinkageResponse:
        """subscriptions_subscriptionAvailability_getToOneRelationship

        GET /v1/subscriptions/{id}/relationships/subscriptionAvailability

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-subscriptionavailability
        """
        from ascapi.models.subscription_subscription_availability_linkage_response import (
            SubscriptionSubscriptionAvailabilityLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/subscriptions/{id}/relationships/subscriptionAvailability", id=id),
            deprecated="subscriptions_subscriptionAvailability_getToOneRelationship",
            response_type=SubscriptionSubscriptionAvailabilityLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionsSubscriptionLocalizations(SyncAPIResource):
    """``client.subscriptions.subscription_localizations``: /v1/subscriptions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        SubscriptionSubscriptionLocalizationsLinkagesResponse,
        SubscriptionSubscriptionLocalizationsLinkagesResponseData,
    ]:
        """subscriptions_subscriptionLocalizations_getToManyRelationship

        GET /v1/subscriptions/{id}/relationships/subscriptionLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-subscriptionlocalizations
        """
        from ascapi.models.subscription_subscription_localizations_linkages_response import (
            SubscriptionSubscriptionLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/relationships/subscriptionLocalizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionSubscriptionLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_subscription_localizations: Sequence[_Enum2] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum16] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionLocalizationsResponse, SubscriptionLocalization]:
        """subscriptions_subscriptionLocalizations_getToManyRelated

        GET /v1/subscriptions/{id}/subscriptionLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-subscriptionlocalizations
        """
        from ascapi.models.subscription_localizations_response import (
            SubscriptionLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/subscriptionLocalizations", id=id),
            params={
                "fields[subscriptionLocalizations]": fields_subscription_localizations,
                "fields[subscriptions]": fields_subscriptions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionsVersions(SyncAPIResource):
    """``client.subscriptions.versions``: /v1/subscriptions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionVersionsLinkagesResponse, SubscriptionVersionsLinkagesResponseData]:
        """subscriptions_versions_getToManyRelationship

        GET /v1/subscriptions/{id}/relationships/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-versions
        """
        from ascapi.models.subscription_versions_linkages_response import (
            SubscriptionVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/relationships/versions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_state: Sequence[_Enum30] | None = None,
        fields_subscription_versions: Sequence[_Enum14] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        fields_subscription_images: Sequence[_Enum31] | None = None,
        fields_subscription_localizations: Sequence[_Enum32] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum33] | None = None,
        limit_images: int | None = None,
        limit_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionVersionsResponse, SubscriptionVersion]:
        """subscriptions_versions_getToManyRelated

        GET /v1/subscriptions/{id}/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-versions
        """
        from ascapi.models.subscription_versions_response import SubscriptionVersionsResponse

        return self._client._get_page(
            path("/v1/subscriptions/{id}/versions", id=id),
            params={
                "filter[state]": filter_state,
                "fields[subscriptionVersions]": fields_subscription_versions,
                "fields[subscriptions]": fields_subscriptions,
                "fields[subscriptionImages]": fields_subscription_images,
                "fields[subscriptionLocalizations]": fields_subscription_localizations,
                "limit": limit,
                "include": include,
                "limit[images]": limit_images,
                "limit[localizations]": limit_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[images]": 50, "limit[localizations]": 50},
            response_type=SubscriptionVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionsWinBackOffers(SyncAPIResource):
    """``client.subscriptions.win_back_offers``: /v1/subscriptions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        SubscriptionWinBackOffersLinkagesResponse, SubscriptionWinBackOffersLinkagesResponseData
    ]:
        """subscriptions_winBackOffers_getToManyRelationship

        GET /v1/subscriptions/{id}/relationships/winBackOffers

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-winbackoffers
        """
        from ascapi.models.subscription_win_back_offers_linkages_response import (
            SubscriptionWinBackOffersLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/relationships/winBackOffers", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionWinBackOffersLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_win_back_offers: Sequence[_Enum11] | None = None,
        fields_win_back_offer_prices: Sequence[_Enum22] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum34] | None = None,
        limit_prices: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[WinBackOffersResponse, WinBackOffer]:
        """subscriptions_winBackOffers_getToManyRelated

        GET /v1/subscriptions/{id}/winBackOffers

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-winbackoffers
        """
        from ascapi.models.win_back_offers_response import WinBackOffersResponse

        return self._client._get_page(
            path("/v1/subscriptions/{id}/winBackOffers", id=id),
            params={
                "fields[winBackOffers]": fields_win_back_offers,
                "fields[winBackOfferPrices]": fields_win_back_offer_prices,
                "limit": limit,
                "include": include,
                "limit[prices]": limit_prices,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[prices]": 50},
            response_type=WinBackOffersResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptions(AsyncAPIResource):
    """``client.subscriptions``: /v1/subscriptions"""

    @cached_property
    def app_store_review_screenshot(self) -> AsyncSubscriptionsAppStoreReviewScreenshot:
        return AsyncSubscriptionsAppStoreReviewScreenshot(self._client)

    @cached_property
    def images(self) -> AsyncSubscriptionsImages:
        return AsyncSubscriptionsImages(self._client)

    @cached_property
    def introductory_offers(self) -> AsyncSubscriptionsIntroductoryOffers:
        return AsyncSubscriptionsIntroductoryOffers(self._client)

    @cached_property
    def offer_codes(self) -> AsyncSubscriptionsOfferCodes:
        return AsyncSubscriptionsOfferCodes(self._client)

    @cached_property
    def plan_availabilities(self) -> AsyncSubscriptionsPlanAvailabilities:
        return AsyncSubscriptionsPlanAvailabilities(self._client)

    @cached_property
    def price_points(self) -> AsyncSubscriptionsPricePoints:
        return AsyncSubscriptionsPricePoints(self._client)

    @cached_property
    def prices(self) -> AsyncSubscriptionsPrices:
        return AsyncSubscriptionsPrices(self._client)

    @cached_property
    def promoted_purchase(self) -> AsyncSubscriptionsPromotedPurchase:
        return AsyncSubscriptionsPromotedPurchase(self._client)

    @cached_property
    def promotional_offers(self) -> AsyncSubscriptionsPromotionalOffers:
        return AsyncSubscriptionsPromotionalOffers(self._client)

    @cached_property
    def subscription_availability(self) -> AsyncSubscriptionsSubscriptionAvailability:
        return AsyncSubscriptionsSubscriptionAvailability(self._client)

    @cached_property
    def subscription_localizations(self) -> AsyncSubscriptionsSubscriptionLocalizations:
        return AsyncSubscriptionsSubscriptionLocalizations(self._client)

    @cached_property
    def versions(self) -> AsyncSubscriptionsVersions:
        return AsyncSubscriptionsVersions(self._client)

    @cached_property
    def win_back_offers(self) -> AsyncSubscriptionsWinBackOffers:
        return AsyncSubscriptionsWinBackOffers(self._client)

    async def create(
        self,
        *,
        body: SubscriptionCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        product_id: str | None | UnsetType = UNSET,
        family_sharable: bool | None | UnsetType = UNSET,
        subscription_period: _Enum0 | str | None | UnsetType = UNSET,
        review_note: str | None | UnsetType = UNSET,
        group_level: int | None | UnsetType = UNSET,
        group: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionResponse:
        """subscriptions_createInstance

        POST /v1/subscriptions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptions
        """
        from ascapi.models.subscription_response import SubscriptionResponse

        body = _support.document(
            body,
            name is not UNSET
            or product_id is not UNSET
            or family_sharable is not UNSET
            or subscription_period is not UNSET
            or review_note is not UNSET
            or group_level is not UNSET
            or group is not UNSET,
            "subscriptions",
            None,
            {
                "name": name,
                "productId": product_id,
                "familySharable": family_sharable,
                "subscriptionPeriod": subscription_period,
                "reviewNote": review_note,
                "groupLevel": group_level,
            },
            {"group": ("subscriptionGroups", False, group)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/subscriptions",
            body=body,
            response_type=SubscriptionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """subscriptions_deleteInstance

        DELETE /v1/subscriptions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptions-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/subscriptions/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        fields_subscription_localizations: Sequence[_Enum2] | None = None,
        fields_subscription_app_store_review_screenshots: Sequence[_Enum3] | None = None,
        fields_subscription_groups: Sequence[_Enum4] | None = None,
        fields_subscription_introductory_offers: Sequence[_Enum5] | None = None,
        fields_subscription_promotional_offers: Sequence[_Enum6] | None = None,
        fields_subscription_offer_codes: Sequence[_Enum7] | None = None,
        fields_subscription_prices: Sequence[_Enum8] | None = None,
        fields_promoted_purchases: Sequence[_Enum9] | None = None,
        fields_subscription_availabilities: Sequence[_Enum10] | None = None,
        fields_win_back_offers: Sequence[_Enum11] | None = None,
        fields_subscription_images: Sequence[_Enum12] | None = None,
        fields_subscription_plan_availabilities: Sequence[_Enum13] | None = None,
        fields_subscription_versions: Sequence[_Enum14] | None = None,
        include: Sequence[_Enum15] | None = None,
        limit_images: int | None = None,
        limit_introductory_offers: int | None = None,
        limit_offer_codes: int | None = None,
        limit_plan_availabilities: int | None = None,
        limit_prices: int | None = None,
        limit_promotional_offers: int | None = None,
        limit_subscription_localizations: int | None = None,
        limit_versions: int | None = None,
        limit_win_back_offers: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionResponse:
        """subscriptions_getInstance

        GET /v1/subscriptions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_
        """
        from ascapi.models.subscription_response import SubscriptionResponse

        return await self._client._call(
            "GET",
            path("/v1/subscriptions/{id}", id=id),
            params={
                "fields[subscriptions]": fields_subscriptions,
                "fields[subscriptionLocalizations]": fields_subscription_localizations,
                "fields[subscriptionAppStoreReviewScreenshots]": fields_subscription_app_store_review_screenshots,
                "fields[subscriptionGroups]": fields_subscription_groups,
                "fields[subscriptionIntroductoryOffers]": fields_subscription_introductory_offers,
                "fields[subscriptionPromotionalOffers]": fields_subscription_promotional_offers,
                "fields[subscriptionOfferCodes]": fields_subscription_offer_codes,
                "fields[subscriptionPrices]": fields_subscription_prices,
                "fields[promotedPurchases]": fields_promoted_purchases,
                "fields[subscriptionAvailabilities]": fields_subscription_availabilities,
                "fields[winBackOffers]": fields_win_back_offers,
                "fields[subscriptionImages]": fields_subscription_images,
                "fields[subscriptionPlanAvailabilities]": fields_subscription_plan_availabilities,
                "fields[subscriptionVersions]": fields_subscription_versions,
                "include": include,
                "limit[images]": limit_images,
                "limit[introductoryOffers]": limit_introductory_offers,
                "limit[offerCodes]": limit_offer_codes,
                "limit[planAvailabilities]": limit_plan_availabilities,
                "limit[prices]": limit_prices,
                "limit[promotionalOffers]": limit_promotional_offers,
                "limit[subscriptionLocalizations]": limit_subscription_localizations,
                "limit[versions]": limit_versions,
                "limit[winBackOffers]": limit_win_back_offers,
            },
            maxima={
                "limit[images]": 50,
                "limit[introductoryOffers]": 50,
                "limit[offerCodes]": 50,
                "limit[planAvailabilities]": 50,
                "limit[prices]": 50,
                "limit[promotionalOffers]": 50,
                "limit[subscriptionLocalizations]": 50,
                "limit[versions]": 50,
                "limit[winBackOffers]": 50,
            },
            response_type=SubscriptionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: SubscriptionUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        family_sharable: bool | None | UnsetType = UNSET,
        subscription_period: _Enum0 | str | None | UnsetType = UNSET,
        review_note: str | None | UnsetType = UNSET,
        group_level: int | None | UnsetType = UNSET,
        introductory_offers: Sequence[str] | str | None | UnsetType = UNSET,
        promotional_offers: Sequence[str] | str | None | UnsetType = UNSET,
        prices: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[
            SubscriptionPromotionalOfferInlineCreate
            | SubscriptionPriceInlineCreate
            | SubscriptionIntroductoryOfferInlineCreate
            | Mapping[str, Any]
        ]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionResponse:
        """subscriptions_updateInstance

        PATCH /v1/subscriptions/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptions-_id_
        """
        from ascapi.models.subscription_response import SubscriptionResponse

        body = _support.document(
            body,
            name is not UNSET
            or family_sharable is not UNSET
            or subscription_period is not UNSET
            or review_note is not UNSET
            or group_level is not UNSET
            or introductory_offers is not UNSET
            or promotional_offers is not UNSET
            or prices is not UNSET
            or included is not UNSET,
            "subscriptions",
            id,
            {
                "name": name,
                "familySharable": family_sharable,
                "subscriptionPeriod": subscription_period,
                "reviewNote": review_note,
                "groupLevel": group_level,
            },
            {
                "introductoryOffers": ("subscriptionIntroductoryOffers", True, introductory_offers),
                "promotionalOffers": ("subscriptionPromotionalOffers", True, promotional_offers),
                "prices": ("subscriptionPrices", True, prices),
            },
            attributes_required=False,
            included=included,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/subscriptions/{id}", id=id),
            body=body,
            response_type=SubscriptionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionsAppStoreReviewScreenshot(AsyncAPIResource):
    """``client.subscriptions.app_store_review_screenshot``: /v1/subscriptions"""

    async def get(
        self,
        id: str,
        *,
        fields_subscription_app_store_review_screenshots: Sequence[_Enum3] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum16] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionAppStoreReviewScreenshotResponse:
        """subscriptions_appStoreReviewScreenshot_getToOneRelated

        GET /v1/subscriptions/{id}/appStoreReviewScreenshot

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-appstorereviewscreenshot
        """
        from ascapi.models.subscription_app_store_review_screenshot_response import (
            SubscriptionAppStoreReviewScreenshotResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/subscriptions/{id}/appStoreReviewScreenshot", id=id),
            params={
                "fields[subscriptionAppStoreReviewScreenshots]": fields_subscription_app_store_review_screenshots,
                "fields[subscriptions]": fields_subscriptions,
                "include": include,
            },
            response_type=SubscriptionAppStoreReviewScreenshotResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionAppStoreReviewScreenshotLinkageResponse:
        """subscriptions_appStoreReviewScreenshot_getToOneRelationship

        GET /v1/subscriptions/{id}/relationships/appStoreReviewScreenshot

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-appstorereviewscreenshot
        """
        from ascapi.models.subscription_app_store_review_screenshot_linkage_response import (
            SubscriptionAppStoreReviewScreenshotLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/subscriptions/{id}/relationships/appStoreReviewScreenshot", id=id),
            response_type=SubscriptionAppStoreReviewScreenshotLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionsImages(AsyncAPIResource):
    """``client.subscriptions.images``: /v1/subscriptions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionImagesLinkagesResponse, SubscriptionImagesLinkagesResponseData]:
        """subscriptions_images_getToManyRelationship

        GET /v1/subscriptions/{id}/relationships/images

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-images
        """
        from ascapi.models.subscription_images_linkages_response import (
            SubscriptionImagesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/relationships/images", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionImagesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_subscription_images: Sequence[_Enum12] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum16] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionImagesResponse, SubscriptionImage]:
        """subscriptions_images_getToManyRelated

        GET /v1/subscriptions/{id}/images

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-images
        """
        from ascapi.models.subscription_images_response import SubscriptionImagesResponse

        return self._client._get_page(
            path("/v1/subscriptions/{id}/images", id=id),
            params={
                "fields[subscriptionImages]": fields_subscription_images,
                "fields[subscriptions]": fields_subscriptions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionImagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionsIntroductoryOffers(AsyncAPIResource):
    """``client.subscriptions.introductory_offers``: /v1/subscriptions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        SubscriptionIntroductoryOffersLinkagesResponse,
        SubscriptionIntroductoryOffersLinkagesResponseData,
    ]:
        """subscriptions_introductoryOffers_getToManyRelationship

        GET /v1/subscriptions/{id}/relationships/introductoryOffers

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-introductoryoffers
        """
        from ascapi.models.subscription_introductory_offers_linkages_response import (
            SubscriptionIntroductoryOffersLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/relationships/introductoryOffers", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionIntroductoryOffersLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_subscription_introductory_offers: Sequence[_Enum5] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        fields_territories: Sequence[_Enum17] | None = None,
        fields_subscription_price_points: Sequence[_Enum18] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum19] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionIntroductoryOffersResponse, SubscriptionIntroductoryOffer]:
        """subscriptions_introductoryOffers_getToManyRelated

        GET /v1/subscriptions/{id}/introductoryOffers

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-introductoryoffers
        """
        from ascapi.models.subscription_introductory_offers_response import (
            SubscriptionIntroductoryOffersResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/introductoryOffers", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[subscriptionIntroductoryOffers]": fields_subscription_introductory_offers,
                "fields[subscriptions]": fields_subscriptions,
                "fields[territories]": fields_territories,
                "fields[subscriptionPricePoints]": fields_subscription_price_points,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionIntroductoryOffersResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: SubscriptionIntroductoryOffersLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """subscriptions_introductoryOffers_deleteToManyRelationship

        DELETE /v1/subscriptions/{id}/relationships/introductoryOffers

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptions-_id_-relationships-introductoryoffers
        """
        if body is None:
            body = _support.linkages("subscriptionIntroductoryOffers", ids)
        return await self._client._call(
            "DELETE",
            path("/v1/subscriptions/{id}/relationships/introductoryOffers", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionsOfferCodes(AsyncAPIResource):
    """``client.subscriptions.offer_codes``: /v1/subscriptions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        SubscriptionOfferCodesLinkagesResponse, SubscriptionOfferCodesLinkagesResponseData
    ]:
        """subscriptions_offerCodes_getToManyRelationship

        GET /v1/subscriptions/{id}/relationships/offerCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-offercodes
        """
        from ascapi.models.subscription_offer_codes_linkages_response import (
            SubscriptionOfferCodesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/relationships/offerCodes", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionOfferCodesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_subscription_offer_codes: Sequence[_Enum7] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        fields_subscription_offer_code_one_time_use_codes: Sequence[_Enum20] | None = None,
        fields_subscription_offer_code_custom_codes: Sequence[_Enum21] | None = None,
        fields_subscription_offer_code_prices: Sequence[_Enum22] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum23] | None = None,
        limit_one_time_use_codes: int | None = None,
        limit_custom_codes: int | None = None,
        limit_prices: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionOfferCodesResponse, SubscriptionOfferCode]:
        """subscriptions_offerCodes_getToManyRelated

        GET /v1/subscriptions/{id}/offerCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-offercodes
        """
        from ascapi.models.subscription_offer_codes_response import SubscriptionOfferCodesResponse

        return self._client._get_page(
            path("/v1/subscriptions/{id}/offerCodes", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[subscriptionOfferCodes]": fields_subscription_offer_codes,
                "fields[subscriptions]": fields_subscriptions,
                "fields[subscriptionOfferCodeOneTimeUseCodes]": fields_subscription_offer_code_one_time_use_codes,
                "fields[subscriptionOfferCodeCustomCodes]": fields_subscription_offer_code_custom_codes,
                "fields[subscriptionOfferCodePrices]": fields_subscription_offer_code_prices,
                "limit": limit,
                "include": include,
                "limit[oneTimeUseCodes]": limit_one_time_use_codes,
                "limit[customCodes]": limit_custom_codes,
                "limit[prices]": limit_prices,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[oneTimeUseCodes]": 50,
                "limit[customCodes]": 50,
                "limit[prices]": 50,
            },
            response_type=SubscriptionOfferCodesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionsPlanAvailabilities(AsyncAPIResource):
    """``client.subscriptions.plan_availabilities``: /v1/subscriptions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        SubscriptionPlanAvailabilitiesLinkagesResponse,
        SubscriptionPlanAvailabilitiesLinkagesResponseData,
    ]:
        """subscriptions_planAvailabilities_getToManyRelationship

        GET /v1/subscriptions/{id}/relationships/planAvailabilities

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-planavailabilities
        """
        from ascapi.models.subscription_plan_availabilities_linkages_response import (
            SubscriptionPlanAvailabilitiesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/relationships/planAvailabilities", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionPlanAvailabilitiesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_subscription_plan_availabilities: Sequence[_Enum13] | None = None,
        fields_territories: Sequence[_Enum17] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum24] | None = None,
        limit_available_territories: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionPlanAvailabilitiesResponse, SubscriptionPlanAvailability]:
        """subscriptions_planAvailabilities_getToManyRelated

        GET /v1/subscriptions/{id}/planAvailabilities

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-planavailabilities
        """
        from ascapi.models.subscription_plan_availabilities_response import (
            SubscriptionPlanAvailabilitiesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/planAvailabilities", id=id),
            params={
                "fields[subscriptionPlanAvailabilities]": fields_subscription_plan_availabilities,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "limit[availableTerritories]": limit_available_territories,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[availableTerritories]": 50},
            response_type=SubscriptionPlanAvailabilitiesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionsPricePoints(AsyncAPIResource):
    """``client.subscriptions.price_points``: /v1/subscriptions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        SubscriptionPricePointsLinkagesResponse, SubscriptionPricePointsLinkagesResponseData
    ]:
        """subscriptions_pricePoints_getToManyRelationship

        GET /v1/subscriptions/{id}/relationships/pricePoints

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-pricepoints
        """
        from ascapi.models.subscription_price_points_linkages_response import (
            SubscriptionPricePointsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/relationships/pricePoints", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 8000},
            response_type=SubscriptionPricePointsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_upfront_price_point_id: Sequence[str] | None = None,
        filter_plan_type: Sequence[str] | None = None,
        fields_subscription_price_points: Sequence[_Enum18] | None = None,
        fields_territories: Sequence[_Enum17] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum25] | None = None,
        cursor: str | None = None,
        accept: Literal["text/csv"],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Awaitable[str]: ...

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_upfront_price_point_id: Sequence[str] | None = None,
        filter_plan_type: Sequence[str] | None = None,
        fields_subscription_price_points: Sequence[_Enum18] | None = None,
        fields_territories: Sequence[_Enum17] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum25] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionPricePointsResponse, SubscriptionPricePoint]: ...

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_upfront_price_point_id: Sequence[str] | None = None,
        filter_plan_type: Sequence[str] | None = None,
        fields_subscription_price_points: Sequence[_Enum18] | None = None,
        fields_territories: Sequence[_Enum17] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum25] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json", "text/csv"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionPricePointsResponse, SubscriptionPricePoint] | Awaitable[str]:
        """subscriptions_pricePoints_getToManyRelated

        GET /v1/subscriptions/{id}/pricePoints

        ``accept="text/csv"`` returns the CSV text instead of a page of JSON.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-pricepoints
        """
        from ascapi.models.subscription_price_points_response import SubscriptionPricePointsResponse

        if accept == "text/csv":
            return self._client._call(
                "GET",
                path("/v1/subscriptions/{id}/pricePoints", id=id),
                params={
                    "filter[territory]": filter_territory,
                    "filter[upfrontPricePointId]": filter_upfront_price_point_id,
                    "filter[planType]": filter_plan_type,
                    "fields[subscriptionPricePoints]": fields_subscription_price_points,
                    "fields[territories]": fields_territories,
                    "limit": limit,
                    "include": include,
                    "cursor": cursor,
                },
                maxima={"limit": 8000},
                result="text",
                accept="text/csv",
                options=options(extra_headers, extra_query, timeout),
            )
        return self._client._get_page(
            path("/v1/subscriptions/{id}/pricePoints", id=id),
            params={
                "filter[territory]": filter_territory,
                "filter[upfrontPricePointId]": filter_upfront_price_point_id,
                "filter[planType]": filter_plan_type,
                "fields[subscriptionPricePoints]": fields_subscription_price_points,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 8000},
            response_type=SubscriptionPricePointsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionsPrices(AsyncAPIResource):
    """``client.subscriptions.prices``: /v1/subscriptions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionPricesLinkagesResponse, SubscriptionPricesLinkagesResponseData]:
        """subscriptions_prices_getToManyRelationship

        GET /v1/subscriptions/{id}/relationships/prices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-prices
        """
        from ascapi.models.subscription_prices_linkages_response import (
            SubscriptionPricesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/relationships/prices", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionPricesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_plan_type: Sequence[_Enum26] | None = None,
        filter_subscription_price_point: Sequence[str] | None = None,
        filter_territory: Sequence[str] | None = None,
        fields_subscription_prices: Sequence[_Enum8] | None = None,
        fields_territories: Sequence[_Enum17] | None = None,
        fields_subscription_price_points: Sequence[_Enum18] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum22] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionPricesResponse, SubscriptionPrice]:
        """subscriptions_prices_getToManyRelated

        GET /v1/subscriptions/{id}/prices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-prices
        """
        from ascapi.models.subscription_prices_response import SubscriptionPricesResponse

        return self._client._get_page(
            path("/v1/subscriptions/{id}/prices", id=id),
            params={
                "filter[planType]": filter_plan_type,
                "filter[subscriptionPricePoint]": filter_subscription_price_point,
                "filter[territory]": filter_territory,
                "fields[subscriptionPrices]": fields_subscription_prices,
                "fields[territories]": fields_territories,
                "fields[subscriptionPricePoints]": fields_subscription_price_points,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionPricesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: SubscriptionPricesLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """subscriptions_prices_deleteToManyRelationship

        DELETE /v1/subscriptions/{id}/relationships/prices

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptions-_id_-relationships-prices
        """
        if body is None:
            body = _support.linkages("subscriptionPrices", ids)
        return await self._client._call(
            "DELETE",
            path("/v1/subscriptions/{id}/relationships/prices", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionsPromotedPurchase(AsyncAPIResource):
    """``client.subscriptions.promoted_purchase``: /v1/subscriptions"""

    async def get(
        self,
        id: str,
        *,
        fields_promoted_purchases: Sequence[_Enum9] | None = None,
        fields_in_app_purchases: Sequence[_Enum27] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum28] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PromotedPurchaseResponse:
        """subscriptions_promotedPurchase_getToOneRelated

        GET /v1/subscriptions/{id}/promotedPurchase

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-promotedpurchase
        """
        from ascapi.models.promoted_purchase_response import PromotedPurchaseResponse

        return await self._client._call(
            "GET",
            path("/v1/subscriptions/{id}/promotedPurchase", id=id),
            params={
                "fields[promotedPurchases]": fields_promoted_purchases,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "fields[subscriptions]": fields_subscriptions,
                "include": include,
            },
            response_type=PromotedPurchaseResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPromotedPurchaseLinkageResponse:
        """subscriptions_promotedPurchase_getToOneRelationship

        GET /v1/subscriptions/{id}/relationships/promotedPurchase

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-promotedpurchase
        """
        from ascapi.models.subscription_promoted_purchase_linkage_response import (
            SubscriptionPromotedPurchaseLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/subscriptions/{id}/relationships/promotedPurchase", id=id),
            response_type=SubscriptionPromotedPurchaseLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionsPromotionalOffers(AsyncAPIResource):
    """``client.subscriptions.promotional_offers``: /v1/subscriptions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        SubscriptionPromotionalOffersLinkagesResponse,
        SubscriptionPromotionalOffersLinkagesResponseData,
    ]:
        """subscriptions_promotionalOffers_getToManyRelationship

        GET /v1/subscriptions/{id}/relationships/promotionalOffers

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-promotionaloffers
        """
        from ascapi.models.subscription_promotional_offers_linkages_response import (
            SubscriptionPromotionalOffersLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/relationships/promotionalOffers", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionPromotionalOffersLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_subscription_promotional_offers: Sequence[_Enum6] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        fields_subscription_promotional_offer_prices: Sequence[_Enum22] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum29] | None = None,
        limit_prices: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionPromotionalOffersResponse, SubscriptionPromotionalOffer]:
        """subscriptions_promotionalOffers_getToManyRelated

        GET /v1/subscriptions/{id}/promotionalOffers

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-promotionaloffers
        """
        from ascapi.models.subscription_promotional_offers_response import (
            SubscriptionPromotionalOffersResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/promotionalOffers", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[subscriptionPromotionalOffers]": fields_subscription_promotional_offers,
                "fields[subscriptions]": fields_subscriptions,
                "fields[subscriptionPromotionalOfferPrices]": fields_subscription_promotional_offer_prices,
                "limit": limit,
                "include": include,
                "limit[prices]": limit_prices,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[prices]": 50},
            response_type=SubscriptionPromotionalOffersResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionsSubscriptionAvailability(AsyncAPIResource):
    """``client.subscriptions.subscription_availability``: /v1/subscriptions"""

    async def get(
        self,
        id: str,
        *,
        fields_subscription_availabilities: Sequence[_Enum10] | None = None,
        fields_territories: Sequence[_Enum17] | None = None,
        include: Sequence[_Enum24] | None = None,
        limit_available_territories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionAvailabilityResponse:
        """subscriptions_subscriptionAvailability_getToOneRelated

        GET /v1/subscriptions/{id}/subscriptionAvailability

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-subscriptionavailability
        """
        from ascapi.models.subscription_availability_response import (
            SubscriptionAvailabilityResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/subscriptions/{id}/subscriptionAvailability", id=id),
            params={
                "fields[subscriptionAvailabilities]": fields_subscription_availabilities,
                "fields[territories]": fields_territories,
                "include": include,
                "limit[availableTerritories]": limit_available_territories,
            },
            maxima={"limit[availableTerritories]": 50},
            deprecated="subscriptions_subscriptionAvailability_getToOneRelated",
            response_type=SubscriptionAvailabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionSubscriptionAvailabilityLinkageResponse:
        """subscriptions_subscriptionAvailability_getToOneRelationship

        GET /v1/subscriptions/{id}/relationships/subscriptionAvailability

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-subscriptionavailability
        """
        from ascapi.models.subscription_subscription_availability_linkage_response import (
            SubscriptionSubscriptionAvailabilityLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/subscriptions/{id}/relationships/subscriptionAvailability", id=id),
            deprecated="subscriptions_subscriptionAvailability_getToOneRelationship",
            response_type=SubscriptionSubscriptionAvailabilityLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionsSubscriptionLocalizations(AsyncAPIResource):
    """``client.subscriptions.subscription_localizations``: /v1/subscriptions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        SubscriptionSubscriptionLocalizationsLinkagesResponse,
        SubscriptionSubscriptionLocalizationsLinkagesResponseData,
    ]:
        """subscriptions_subscriptionLocalizations_getToManyRelationship

        GET /v1/subscriptions/{id}/relationships/subscriptionLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-subscriptionlocalizations
        """
        from ascapi.models.subscription_subscription_localizations_linkages_response import (
            SubscriptionSubscriptionLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/relationships/subscriptionLocalizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionSubscriptionLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_subscription_localizations: Sequence[_Enum2] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum16] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionLocalizationsResponse, SubscriptionLocalization]:
        """subscriptions_subscriptionLocalizations_getToManyRelated

        GET /v1/subscriptions/{id}/subscriptionLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-subscriptionlocalizations
        """
        from ascapi.models.subscription_localizations_response import (
            SubscriptionLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/subscriptionLocalizations", id=id),
            params={
                "fields[subscriptionLocalizations]": fields_subscription_localizations,
                "fields[subscriptions]": fields_subscriptions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionsVersions(AsyncAPIResource):
    """``client.subscriptions.versions``: /v1/subscriptions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionVersionsLinkagesResponse, SubscriptionVersionsLinkagesResponseData]:
        """subscriptions_versions_getToManyRelationship

        GET /v1/subscriptions/{id}/relationships/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-versions
        """
        from ascapi.models.subscription_versions_linkages_response import (
            SubscriptionVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/relationships/versions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_state: Sequence[_Enum30] | None = None,
        fields_subscription_versions: Sequence[_Enum14] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        fields_subscription_images: Sequence[_Enum31] | None = None,
        fields_subscription_localizations: Sequence[_Enum32] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum33] | None = None,
        limit_images: int | None = None,
        limit_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionVersionsResponse, SubscriptionVersion]:
        """subscriptions_versions_getToManyRelated

        GET /v1/subscriptions/{id}/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-versions
        """
        from ascapi.models.subscription_versions_response import SubscriptionVersionsResponse

        return self._client._get_page(
            path("/v1/subscriptions/{id}/versions", id=id),
            params={
                "filter[state]": filter_state,
                "fields[subscriptionVersions]": fields_subscription_versions,
                "fields[subscriptions]": fields_subscriptions,
                "fields[subscriptionImages]": fields_subscription_images,
                "fields[subscriptionLocalizations]": fields_subscription_localizations,
                "limit": limit,
                "include": include,
                "limit[images]": limit_images,
                "limit[localizations]": limit_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[images]": 50, "limit[localizations]": 50},
            response_type=SubscriptionVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionsWinBackOffers(AsyncAPIResource):
    """``client.subscriptions.win_back_offers``: /v1/subscriptions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        SubscriptionWinBackOffersLinkagesResponse, SubscriptionWinBackOffersLinkagesResponseData
    ]:
        """subscriptions_winBackOffers_getToManyRelationship

        GET /v1/subscriptions/{id}/relationships/winBackOffers

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-winbackoffers
        """
        from ascapi.models.subscription_win_back_offers_linkages_response import (
            SubscriptionWinBackOffersLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptions/{id}/relationships/winBackOffers", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionWinBackOffersLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_win_back_offers: Sequence[_Enum11] | None = None,
        fields_win_back_offer_prices: Sequence[_Enum22] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum34] | None = None,
        limit_prices: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[WinBackOffersResponse, WinBackOffer]:
        """subscriptions_winBackOffers_getToManyRelated

        GET /v1/subscriptions/{id}/winBackOffers

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-winbackoffers
        """
        from ascapi.models.win_back_offers_response import WinBackOffersResponse

        return self._client._get_page(
            path("/v1/subscriptions/{id}/winBackOffers", id=id),
            params={
                "fields[winBackOffers]": fields_win_back_offers,
                "fields[winBackOfferPrices]": fields_win_back_offer_prices,
                "limit": limit,
                "include": include,
                "limit[prices]": limit_prices,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[prices]": 50},
            response_type=WinBackOffersResponse,
            options=options(extra_headers, extra_query, timeout),
        )
