# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``in_app_purchases_v2`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.in_app_purchase_app_store_review_screenshot_response import (
        InAppPurchaseAppStoreReviewScreenshotResponse,
    )
    from ascapi.models.in_app_purchase_availability_response import (
        InAppPurchaseAvailabilityResponse,
    )
    from ascapi.models.in_app_purchase_content_response import InAppPurchaseContentResponse
    from ascapi.models.in_app_purchase_image import InAppPurchaseImage
    from ascapi.models.in_app_purchase_images_response import InAppPurchaseImagesResponse
    from ascapi.models.in_app_purchase_localization import InAppPurchaseLocalization
    from ascapi.models.in_app_purchase_localizations_response import (
        InAppPurchaseLocalizationsResponse,
    )
    from ascapi.models.in_app_purchase_offer_code import InAppPurchaseOfferCode
    from ascapi.models.in_app_purchase_offer_codes_response import InAppPurchaseOfferCodesResponse
    from ascapi.models.in_app_purchase_price_point import InAppPurchasePricePoint
    from ascapi.models.in_app_purchase_price_points_response import InAppPurchasePricePointsResponse
    from ascapi.models.in_app_purchase_price_schedule_response import (
        InAppPurchasePriceScheduleResponse,
    )
    from ascapi.models.in_app_purchase_v2_app_store_review_screenshot_linkage_response import (
        InAppPurchaseV2AppStoreReviewScreenshotLinkageResponse,
    )
    from ascapi.models.in_app_purchase_v2_content_linkage_response import (
        InAppPurchaseV2ContentLinkageResponse,
    )
    from ascapi.models.in_app_purchase_v2_create_request import InAppPurchaseV2CreateRequest
    from ascapi.models.in_app_purchase_v2_iap_price_schedule_linkage_response import (
        InAppPurchaseV2IapPriceScheduleLinkageResponse,
    )
    from ascapi.models.in_app_purchase_v2_images_linkages_response import (
        InAppPurchaseV2ImagesLinkagesResponse,
        InAppPurchaseV2ImagesLinkagesResponseData,
    )
    from ascapi.models.in_app_purchase_v2_in_app_purchase_availability_linkage_response import (
        InAppPurchaseV2InAppPurchaseAvailabilityLinkageResponse,
    )
    from ascapi.models.in_app_purchase_v2_in_app_purchase_localizations_linkages_response import (
        InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse,
        InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponseData,
    )
    from ascapi.models.in_app_purchase_v2_offer_codes_linkages_response import (
        InAppPurchaseV2OfferCodesLinkagesResponse,
        InAppPurchaseV2OfferCodesLinkagesResponseData,
    )
    from ascapi.models.in_app_purchase_v2_price_points_linkages_response import (
        InAppPurchaseV2PricePointsLinkagesResponse,
        InAppPurchaseV2PricePointsLinkagesResponseData,
    )
    from ascapi.models.in_app_purchase_v2_promoted_purchase_linkage_response import (
        InAppPurchaseV2PromotedPurchaseLinkageResponse,
    )
    from ascapi.models.in_app_purchase_v2_response import InAppPurchaseV2Response
    from ascapi.models.in_app_purchase_v2_update_request import InAppPurchaseV2UpdateRequest
    from ascapi.models.in_app_purchase_v2_versions_linkages_response import (
        InAppPurchaseV2VersionsLinkagesResponse,
        InAppPurchaseV2VersionsLinkagesResponseData,
    )
    from ascapi.models.in_app_purchase_version import InAppPurchaseVersion
    from ascapi.models.in_app_purchase_versions_response import InAppPurchaseVersionsResponse
    from ascapi.models.promoted_purchase_response import PromotedPurchaseResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["CONSUMABLE", "NON_CONSUMABLE", "NON_RENEWING_SUBSCRIPTION"]
    _Enum1 = Literal[
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
    _Enum2 = Literal["name", "locale", "description", "state", "inAppPurchaseV2"]
    _Enum3 = Literal["customerPrice", "proceeds", "territory", "equalizations"]
    _Enum4 = Literal["fileName", "fileSize", "url", "lastModifiedDate", "inAppPurchaseV2"]
    _Enum5 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "imageAsset",
        "assetToken",
        "assetType",
        "uploadOperations",
        "assetDeliveryState",
        "inAppPurchaseV2",
    ]
    _Enum6 = Literal["visibleForAllUsers", "enabled", "state", "inAppPurchaseV2", "subscription"]
    _Enum7 = Literal["baseTerritory", "manualPrices", "automaticPrices"]
    _Enum8 = Literal["availableInNewTerritories", "availableTerritories"]
    _Enum9 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "assetToken",
        "imageAsset",
        "uploadOperations",
        "state",
        "inAppPurchase",
    ]
    _Enum10 = Literal[
        "name",
        "customerEligibilities",
        "productionCodeCount",
        "sandboxCodeCount",
        "active",
        "oneTimeUseCodes",
        "customCodes",
        "prices",
    ]
    _Enum11 = Literal["version", "state", "inAppPurchase", "image", "images", "localizations"]
    _Enum12 = Literal[
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
    _Enum13 = Literal["inAppPurchaseV2"]
    _Enum14 = Literal["currency"]
    _Enum15 = Literal["startDate", "endDate", "manual", "inAppPurchasePricePoint", "territory"]
    _Enum16 = Literal["inAppPurchase"]
    _Enum17 = Literal["availableTerritories"]
    _Enum18 = Literal[
        "numberOfCodes",
        "createdDate",
        "expirationDate",
        "active",
        "environment",
        "values",
        "createdByActor",
        "deactivatedByActor",
    ]
    _Enum19 = Literal[
        "customCode",
        "numberOfCodes",
        "createdDate",
        "expirationDate",
        "active",
        "createdByActor",
        "deactivatedByActor",
    ]
    _Enum20 = Literal["territory", "pricePoint"]
    _Enum21 = Literal["oneTimeUseCodes", "customCodes", "prices"]
    _Enum22 = Literal["territory"]
    _Enum23 = Literal[
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
    _Enum24 = Literal["inAppPurchaseV2", "subscription"]
    _Enum25 = Literal[
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
    _Enum26 = Literal[
        "fileSize", "fileName", "assetToken", "imageAsset", "uploadOperations", "assetDeliveryState"
    ]
    _Enum27 = Literal["name", "locale", "description", "version"]
    _Enum28 = Literal["inAppPurchase", "image", "images", "localizations"]


class InAppPurchasesV2(SyncAPIResource):
    """``client.in_app_purchases_v2``: /v2/inAppPurchases"""

    @cached_property
    def app_store_review_screenshot(self) -> InAppPurchasesV2AppStoreReviewScreenshot:
        return InAppPurchasesV2AppStoreReviewScreenshot(self._client)

    @cached_property
    def content(self) -> InAppPurchasesV2Content:
        return InAppPurchasesV2Content(self._client)

    @cached_property
    def iap_price_schedule(self) -> InAppPurchasesV2IapPriceSchedule:
        return InAppPurchasesV2IapPriceSchedule(self._client)

    @cached_property
    def images(self) -> InAppPurchasesV2Images:
        return InAppPurchasesV2Images(self._client)

    @cached_property
    def in_app_purchase_availability(self) -> InAppPurchasesV2InAppPurchaseAvailability:
        return InAppPurchasesV2InAppPurchaseAvailability(self._client)

    @cached_property
    def in_app_purchase_localizations(self) -> InAppPurchasesV2InAppPurchaseLocalizations:
        return InAppPurchasesV2InAppPurchaseLocalizations(self._client)

    @cached_property
    def offer_codes(self) -> InAppPurchasesV2OfferCodes:
        return InAppPurchasesV2OfferCodes(self._client)

    @cached_property
    def price_points(self) -> InAppPurchasesV2PricePoints:
        return InAppPurchasesV2PricePoints(self._client)

    @cached_property
    def promoted_purchase(self) -> InAppPurchasesV2PromotedPurchase:
        return InAppPurchasesV2PromotedPurchase(self._client)

    @cached_property
    def versions(self) -> InAppPurchasesV2Versions:
        return InAppPurchasesV2Versions(self._client)

    def create(
        self,
        *,
        body: InAppPurchaseV2CreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        product_id: str | None | UnsetType = UNSET,
        in_app_purchase_type: _Enum0 | str | None | UnsetType = UNSET,
        review_note: str | None | UnsetType = UNSET,
        family_sharable: bool | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseV2Response:
        """inAppPurchasesV2_createInstance

        POST /v2/inAppPurchases

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-inapppurchases
        """
        from ascapi.models.in_app_purchase_v2_response import InAppPurchaseV2Response

        body = _support.document(
            body,
            name is not UNSET
            or product_id is not UNSET
            or in_app_purchase_type is not UNSET
            or review_note is not UNSET
            or family_sharable is not UNSET
            or app is not UNSET,
            "inAppPurchases",
            None,
            {
                "name": name,
                "productId": product_id,
                "inAppPurchaseType": in_app_purchase_type,
                "reviewNote": review_note,
                "familySharable": family_sharable,
            },
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v2/inAppPurchases",
            body=body,
            response_type=InAppPurchaseV2Response,
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
        """inAppPurchasesV2_deleteInstance

        DELETE /v2/inAppPurchases/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-inapppurchases-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v2/inAppPurchases/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        fields_in_app_purchase_localizations: Sequence[_Enum2] | None = None,
        fields_in_app_purchase_price_points: Sequence[_Enum3] | None = None,
        fields_in_app_purchase_contents: Sequence[_Enum4] | None = None,
        fields_in_app_purchase_app_store_review_screenshots: Sequence[_Enum5] | None = None,
        fields_promoted_purchases: Sequence[_Enum6] | None = None,
        fields_in_app_purchase_price_schedules: Sequence[_Enum7] | None = None,
        fields_in_app_purchase_availabilities: Sequence[_Enum8] | None = None,
        fields_in_app_purchase_images: Sequence[_Enum9] | None = None,
        fields_in_app_purchase_offer_codes: Sequence[_Enum10] | None = None,
        fields_in_app_purchase_versions: Sequence[_Enum11] | None = None,
        include: Sequence[_Enum12] | None = None,
        limit_images: int | None = None,
        limit_in_app_purchase_localizations: int | None = None,
        limit_offer_codes: int | None = None,
        limit_price_points: int | None = None,
        limit_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseV2Response:
        """inAppPurchasesV2_getInstance

        GET /v2/inAppPurchases/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_
        """
        from ascapi.models.in_app_purchase_v2_response import InAppPurchaseV2Response

        return self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}", id=id),
            params={
                "fields[inAppPurchases]": fields_in_app_purchases,
                "fields[inAppPurchaseLocalizations]": fields_in_app_purchase_localizations,
                "fields[inAppPurchasePricePoints]": fields_in_app_purchase_price_points,
                "fields[inAppPurchaseContents]": fields_in_app_purchase_contents,
                "fields[inAppPurchaseAppStoreReviewScreenshots]": fields_in_app_purchase_app_store_review_screenshots,
                "fields[promotedPurchases]": fields_promoted_purchases,
                "fields[inAppPurchasePriceSchedules]": fields_in_app_purchase_price_schedules,
                "fields[inAppPurchaseAvailabilities]": fields_in_app_purchase_availabilities,
                "fields[inAppPurchaseImages]": fields_in_app_purchase_images,
                "fields[inAppPurchaseOfferCodes]": fields_in_app_purchase_offer_codes,
                "fields[inAppPurchaseVersions]": fields_in_app_purchase_versions,
                "include": include,
                "limit[images]": limit_images,
                "limit[inAppPurchaseLocalizations]": limit_in_app_purchase_localizations,
                "limit[offerCodes]": limit_offer_codes,
                "limit[pricePoints]": limit_price_points,
                "limit[versions]": limit_versions,
            },
            maxima={
                "limit[images]": 50,
                "limit[inAppPurchaseLocalizations]": 50,
                "limit[offerCodes]": 50,
                "limit[pricePoints]": 8000,
                "limit[versions]": 50,
            },
            response_type=InAppPurchaseV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: InAppPurchaseV2UpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        review_note: str | None | UnsetType = UNSET,
        family_sharable: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseV2Response:
        """inAppPurchasesV2_updateInstance

        PATCH /v2/inAppPurchases/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-inapppurchases-_id_
        """
        from ascapi.models.in_app_purchase_v2_response import InAppPurchaseV2Response

        body = _support.document(
            body,
            name is not UNSET or review_note is not UNSET or family_sharable is not UNSET,
            "inAppPurchases",
            id,
            {"name": name, "reviewNote": review_note, "familySharable": family_sharable},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v2/inAppPurchases/{id}", id=id),
            body=body,
            response_type=InAppPurchaseV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchasesV2AppStoreReviewScreenshot(SyncAPIResource):
    """``client.in_app_purchases_v2.app_store_review_screenshot``: /v2/inAppPurchases"""

    def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_app_store_review_screenshots: Sequence[_Enum5] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum13] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseAppStoreReviewScreenshotResponse:
        """inAppPurchasesV2_appStoreReviewScreenshot_getToOneRelated

        GET /v2/inAppPurchases/{id}/appStoreReviewScreenshot

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-appstorereviewscreenshot
        """
        from ascapi.models.in_app_purchase_app_store_review_screenshot_response import (
            InAppPurchaseAppStoreReviewScreenshotResponse,
        )

        return self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}/appStoreReviewScreenshot", id=id),
            params={
                "fields[inAppPurchaseAppStoreReviewScreenshots]": fields_in_app_purchase_app_store_review_screenshots,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "include": include,
            },
            response_type=InAppPurchaseAppStoreReviewScreenshotResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseV2AppStoreReviewScreenshotLinkageResponse:
        """inAppPurchasesV2_appStoreReviewScreenshot_getToOneRelationship

        GET /v2/inAppPurchases/{id}/relationships/appStoreReviewScreenshot

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-appstorereviewscreenshot
        """
        from ascapi.models.in_app_purchase_v2_app_store_review_screenshot_linkage_response import (
            InAppPurchaseV2AppStoreReviewScreenshotLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}/relationships/appStoreReviewScreenshot", id=id),
            response_type=InAppPurchaseV2AppStoreReviewScreenshotLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchasesV2Content(SyncAPIResource):
    """``client.in_app_purchases_v2.content``: /v2/inAppPurchases"""

    def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_contents: Sequence[_Enum4] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum13] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseContentResponse:
        """inAppPurchasesV2_content_getToOneRelated

        GET /v2/inAppPurchases/{id}/content

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-content
        """
        from ascapi.models.in_app_purchase_content_response import InAppPurchaseContentResponse

        return self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}/content", id=id),
            params={
                "fields[inAppPurchaseContents]": fields_in_app_purchase_contents,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "include": include,
            },
            response_type=InAppPurchaseContentResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseV2ContentLinkageResponse:
        """inAppPurchasesV2_content_getToOneRelationship

        GET /v2/inAppPurchases/{id}/relationships/content

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-content
        """
        from ascapi.models.in_app_purchase_v2_content_linkage_response import (
            InAppPurchaseV2ContentLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}/relationships/content", id=id),
            response_type=InAppPurchaseV2ContentLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchasesV2IapPriceSchedule(SyncAPIResource):
    """``client.in_app_purchases_v2.iap_price_schedule``: /v2/inAppPurchases"""

    def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_price_schedules: Sequence[_Enum7] | None = None,
        fields_territories: Sequence[_Enum14] | None = None,
        fields_in_app_purchase_prices: Sequence[_Enum15] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_manual_prices: int | None = None,
        limit_automatic_prices: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchasePriceScheduleResponse:
        """inAppPurchasesV2_iapPriceSchedule_getToOneRelated

        GET /v2/inAppPurchases/{id}/iapPriceSchedule

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-iappriceschedule
        """
        from ascapi.models.in_app_purchase_price_schedule_response import (
            InAppPurchasePriceScheduleResponse,
        )

        return self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}/iapPriceSchedule", id=id),
            params={
                "fields[inAppPurchasePriceSchedules]": fields_in_app_purchase_price_schedules,
                "fields[territories]": fields_territories,
                "fields[inAppPurchasePrices]": fields_in_app_purchase_prices,
                "include": include,
                "limit[manualPrices]": limit_manual_prices,
                "limit[automaticPrices]": limit_automatic_prices,
            },
            maxima={"limit[manualPrices]": 50, "limit[automaticPrices]": 50},
            response_type=InAppPurchasePriceScheduleResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseV2IapPriceScheduleLinkageResponse:
        """inAppPurchasesV2_iapPriceSchedule_getToOneRelationship

        GET /v2/inAppPurchases/{id}/relationships/iapPriceSchedule

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-iappriceschedule
        """
        from ascapi.models.in_app_purchase_v2_iap_price_schedule_linkage_response import (
            InAppPurchaseV2IapPriceScheduleLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}/relationships/iapPriceSchedule", id=id),
            response_type=InAppPurchaseV2IapPriceScheduleLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchasesV2Images(SyncAPIResource):
    """``client.in_app_purchases_v2.images``: /v2/inAppPurchases"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[InAppPurchaseV2ImagesLinkagesResponse, InAppPurchaseV2ImagesLinkagesResponseData]:
        """inAppPurchasesV2_images_getToManyRelationship

        GET /v2/inAppPurchases/{id}/relationships/images

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-images
        """
        from ascapi.models.in_app_purchase_v2_images_linkages_response import (
            InAppPurchaseV2ImagesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/inAppPurchases/{id}/relationships/images", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchaseV2ImagesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_in_app_purchase_images: Sequence[_Enum9] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum16] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[InAppPurchaseImagesResponse, InAppPurchaseImage]:
        """inAppPurchasesV2_images_getToManyRelated

        GET /v2/inAppPurchases/{id}/images

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-images
        """
        from ascapi.models.in_app_purchase_images_response import InAppPurchaseImagesResponse

        return self._client._get_page(
            path("/v2/inAppPurchases/{id}/images", id=id),
            params={
                "fields[inAppPurchaseImages]": fields_in_app_purchase_images,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=InAppPurchaseImagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchasesV2InAppPurchaseAvailability(SyncAPIResource):
    """``client.in_app_purchases_v2.in_app_purchase_availability``: /v2/inAppPurchases"""

    def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_availabilities: Sequence[_Enum8] | None = None,
        fields_territories: Sequence[_Enum14] | None = None,
        include: Sequence[_Enum17] | None = None,
        limit_available_territories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseAvailabilityResponse:
        """inAppPurchasesV2_inAppPurchaseAvailability_getToOneRelated

        GET /v2/inAppPurchases/{id}/inAppPurchaseAvailability

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-inapppurchaseavailability
        """
        from ascapi.models.in_app_purchase_availability_response import (
            InAppPurchaseAvailabilityResponse,
        )

        return self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}/inAppPurchaseAvailability", id=id),
            params={
                "fields[inAppPurchaseAvailabilities]": fields_in_app_purchase_availabilities,
                "fields[territories]": fields_territories,
                "include": include,
                "limit[availableTerritories]": limit_available_territories,
            },
            maxima={"limit[availableTerritories]": 50},
            response_type=InAppPurchaseAvailabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseV2InAppPurchaseAvailabilityLinkageResponse:
        """inAppPurchasesV2_inAppPurchaseAvailability_getToOneRelationship

        GET /v2/inAppPurchases/{id}/relationships/inAppPurchaseAvailability

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-inapppurchaseavailability
        """
        from ascapi.models.in_app_purchase_v2_in_app_purchase_availability_linkage_response import (
            InAppPurchaseV2InAppPurchaseAvailabilityLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}/relationships/inAppPurchaseAvailability", id=id),
            response_type=InAppPurchaseV2InAppPurchaseAvailabilityLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchasesV2InAppPurchaseLocalizations(SyncAPIResource):
    """``client.in_app_purchases_v2.in_app_purchase_localizations``: /v2/inAppPurchases"""

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
        InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse,
        InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponseData,
    ]:
        """inAppPurchasesV2_inAppPurchaseLocalizations_getToManyRelationship

        GET /v2/inAppPurchases/{id}/relationships/inAppPurchaseLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-inapppurchaselocalizations
        """
        from ascapi.models.in_app_purchase_v2_in_app_purchase_localizations_linkages_response import (
            InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/inAppPurchases/{id}/relationships/inAppPurchaseLocalizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_in_app_purchase_localizations: Sequence[_Enum2] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum13] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[InAppPurchaseLocalizationsResponse, InAppPurchaseLocalization]:
        """inAppPurchasesV2_inAppPurchaseLocalizations_getToManyRelated

        GET /v2/inAppPurchases/{id}/inAppPurchaseLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-inapppurchaselocalizations
        """
        from ascapi.models.in_app_purchase_localizations_response import (
            InAppPurchaseLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v2/inAppPurchases/{id}/inAppPurchaseLocalizations", id=id),
            params={
                "fields[inAppPurchaseLocalizations]": fields_in_app_purchase_localizations,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=InAppPurchaseLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchasesV2OfferCodes(SyncAPIResource):
    """``client.in_app_purchases_v2.offer_codes``: /v2/inAppPurchases"""

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
        InAppPurchaseV2OfferCodesLinkagesResponse, InAppPurchaseV2OfferCodesLinkagesResponseData
    ]:
        """inAppPurchasesV2_offerCodes_getToManyRelationship

        GET /v2/inAppPurchases/{id}/relationships/offerCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-offercodes
        """
        from ascapi.models.in_app_purchase_v2_offer_codes_linkages_response import (
            InAppPurchaseV2OfferCodesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/inAppPurchases/{id}/relationships/offerCodes", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchaseV2OfferCodesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_in_app_purchase_offer_codes: Sequence[_Enum10] | None = None,
        fields_in_app_purchase_offer_code_one_time_use_codes: Sequence[_Enum18] | None = None,
        fields_in_app_purchase_offer_code_custom_codes: Sequence[_Enum19] | None = None,
        fields_in_app_purchase_offer_prices: Sequence[_Enum20] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum21] | None = None,
        limit_one_time_use_codes: int | None = None,
        limit_custom_codes: int | None = None,
        limit_prices: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[InAppPurchaseOfferCodesResponse, InAppPurchaseOfferCode]:
        """inAppPurchasesV2_offerCodes_getToManyRelated

        GET /v2/inAppPurchases/{id}/offerCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-offercodes
        """
        from ascapi.models.in_app_purchase_offer_codes_response import (
            InAppPurchaseOfferCodesResponse,
        )

        return self._client._get_page(
            path("/v2/inAppPurchases/{id}/offerCodes", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[inAppPurchaseOfferCodes]": fields_in_app_purchase_offer_codes,
                "fields[inAppPurchaseOfferCodeOneTimeUseCodes]": fields_in_app_purchase_offer_code_one_time_use_codes,
                "fields[inAppPurchaseOfferCodeCustomCodes]": fields_in_app_purchase_offer_code_custom_codes,
                "fields[inAppPurchaseOfferPrices]": fields_in_app_purchase_offer_prices,
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
            response_type=InAppPurchaseOfferCodesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchasesV2PricePoints(SyncAPIResource):
    """``client.in_app_purchases_v2.price_points``: /v2/inAppPurchases"""

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
        InAppPurchaseV2PricePointsLinkagesResponse, InAppPurchaseV2PricePointsLinkagesResponseData
    ]:
        """inAppPurchasesV2_pricePoints_getToManyRelationship

        GET /v2/inAppPurchases/{id}/relationships/pricePoints

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-pricepoints
        """
        from ascapi.models.in_app_purchase_v2_price_points_linkages_response import (
            InAppPurchaseV2PricePointsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/inAppPurchases/{id}/relationships/pricePoints", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 8000},
            response_type=InAppPurchaseV2PricePointsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_in_app_purchase_price_points: Sequence[_Enum3] | None = None,
        fields_territories: Sequence[_Enum14] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum22] | None = None,
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
        fields_in_app_purchase_price_points: Sequence[_Enum3] | None = None,
        fields_territories: Sequence[_Enum14] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum22] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[InAppPurchasePricePointsResponse, InAppPurchasePricePoint]: ...

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_in_app_purchase_price_points: Sequence[_Enum3] | None = None,
        fields_territories: Sequence[_Enum14] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum22] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json", "text/csv"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[InAppPurchasePricePointsResponse, InAppPurchasePricePoint] | str:
        """inAppPurchasesV2_pricePoints_getToManyRelated

        GET /v2/inAppPurchases/{id}/pricePoints

        ``accept="text/csv"`` returns the CSV text instead of a page of JSON.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-pricepoints
        """
        from ascapi.models.in_app_purchase_price_points_response import (
            InAppPurchasePricePointsResponse,
        )

        if accept == "text/csv":
            return self._client._call(
                "GET",
                path("/v2/inAppPurchases/{id}/pricePoints", id=id),
                params={
                    "filter[territory]": filter_territory,
                    "fields[inAppPurchasePricePoints]": fields_in_app_purchase_price_points,
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
            path("/v2/inAppPurchases/{id}/pricePoints", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[inAppPurchasePricePoints]": fields_in_app_purchase_price_points,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 8000},
            response_type=InAppPurchasePricePointsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchasesV2PromotedPurchase(SyncAPIResource):
    """``client.in_app_purchases_v2.promoted_purchase``: /v2/inAppPurchases"""

    def get(
        self,
        id: str,
        *,
        fields_promoted_purchases: Sequence[_Enum6] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        fields_subscriptions: Sequence[_Enum23] | None = None,
        include: Sequence[_Enum24] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PromotedPurchaseResponse:
        """inAppPurchasesV2_promotedPurchase_getToOneRelated

        GET /v2/inAppPurchases/{id}/promotedPurchase

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-promotedpurchase
        """
        from ascapi.models.promoted_purchase_response import PromotedPurchaseResponse

        return self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}/promotedPurchase", id=id),
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
    ) -> InAppPurchaseV2PromotedPurchaseLinkageResponse:
        """inAppPurchasesV2_promotedPurchase_getToOneRelationship

        GET /v2/inAppPurchases/{id}/relationships/promotedPurchase

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-promotedpurchase
        """
        from ascapi.models.in_app_purchase_v2_promoted_purchase_linkage_response import (
            InAppPurchaseV2PromotedPurchaseLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}/relationships/promotedPurchase", id=id),
            response_type=InAppPurchaseV2PromotedPurchaseLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchasesV2Versions(SyncAPIResource):
    """``client.in_app_purchases_v2.versions``: /v2/inAppPurchases"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[InAppPurchaseV2VersionsLinkagesResponse, InAppPurchaseV2VersionsLinkagesResponseData]:
        """inAppPurchasesV2_versions_getToManyRelationship

        GET /v2/inAppPurchases/{id}/relationships/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-versions
        """
        from ascapi.models.in_app_purchase_v2_versions_linkages_response import (
            InAppPurchaseV2VersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/inAppPurchases/{id}/relationships/versions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchaseV2VersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_state: Sequence[_Enum25] | None = None,
        fields_in_app_purchase_versions: Sequence[_Enum11] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        fields_in_app_purchase_images: Sequence[_Enum26] | None = None,
        fields_in_app_purchase_localizations: Sequence[_Enum27] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum28] | None = None,
        limit_images: int | None = None,
        limit_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[InAppPurchaseVersionsResponse, InAppPurchaseVersion]:
        """inAppPurchasesV2_versions_getToManyRelated

        GET /v2/inAppPurchases/{id}/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-versions
        """
        from ascapi.models.in_app_purchase_versions_response import InAppPurchaseVersionsResponse

        return self._client._get_page(
            path("/v2/inAppPurchases/{id}/versions", id=id),
            params={
                "filter[state]": filter_state,
                "fields[inAppPurchaseVersions]": fields_in_app_purchase_versions,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "fields[inAppPurchaseImages]": fields_in_app_purchase_images,
                "fields[inAppPurchaseLocalizations]": fields_in_app_purchase_localizations,
                "limit": limit,
                "include": include,
                "limit[images]": limit_images,
                "limit[localizations]": limit_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[images]": 50, "limit[localizations]": 50},
            response_type=InAppPurchaseVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchasesV2(AsyncAPIResource):
    """``client.in_app_purchases_v2``: /v2/inAppPurchases"""

    @cached_property
    def app_store_review_screenshot(self) -> AsyncInAppPurchasesV2AppStoreReviewScreenshot:
        return AsyncInAppPurchasesV2AppStoreReviewScreenshot(self._client)

    @cached_property
    def content(self) -> AsyncInAppPurchasesV2Content:
        return AsyncInAppPurchasesV2Content(self._client)

    @cached_property
    def iap_price_schedule(self) -> AsyncInAppPurchasesV2IapPriceSchedule:
        return AsyncInAppPurchasesV2IapPriceSchedule(self._client)

    @cached_property
    def images(self) -> AsyncInAppPurchasesV2Images:
        return AsyncInAppPurchasesV2Images(self._client)

    @cached_property
    def in_app_purchase_availability(self) -> AsyncInAppPurchasesV2InAppPurchaseAvailability:
        return AsyncInAppPurchasesV2InAppPurchaseAvailability(self._client)

    @cached_property
    def in_app_purchase_localizations(self) -> AsyncInAppPurchasesV2InAppPurchaseLocalizations:
        return AsyncInAppPurchasesV2InAppPurchaseLocalizations(self._client)

    @cached_property
    def offer_codes(self) -> AsyncInAppPurchasesV2OfferCodes:
        return AsyncInAppPurchasesV2OfferCodes(self._client)

    @cached_property
    def price_points(self) -> AsyncInAppPurchasesV2PricePoints:
        return AsyncInAppPurchasesV2PricePoints(self._client)

    @cached_property
    def promoted_purchase(self) -> AsyncInAppPurchasesV2PromotedPurchase:
        return AsyncInAppPurchasesV2PromotedPurchase(self._client)

    @cached_property
    def versions(self) -> AsyncInAppPurchasesV2Versions:
        return AsyncInAppPurchasesV2Versions(self._client)

    async def create(
        self,
        *,
        body: InAppPurchaseV2CreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        product_id: str | None | UnsetType = UNSET,
        in_app_purchase_type: _Enum0 | str | None | UnsetType = UNSET,
        review_note: str | None | UnsetType = UNSET,
        family_sharable: bool | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseV2Response:
        """inAppPurchasesV2_createInstance

        POST /v2/inAppPurchases

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-inapppurchases
        """
        from ascapi.models.in_app_purchase_v2_response import InAppPurchaseV2Response

        body = _support.document(
            body,
            name is not UNSET
            or product_id is not UNSET
            or in_app_purchase_type is not UNSET
            or review_note is not UNSET
            or family_sharable is not UNSET
            or app is not UNSET,
            "inAppPurchases",
            None,
            {
                "name": name,
                "productId": product_id,
                "inAppPurchaseType": in_app_purchase_type,
                "reviewNote": review_note,
                "familySharable": family_sharable,
            },
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v2/inAppPurchases",
            body=body,
            response_type=InAppPurchaseV2Response,
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
        """inAppPurchasesV2_deleteInstance

        DELETE /v2/inAppPurchases/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-inapppurchases-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v2/inAppPurchases/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        fields_in_app_purchase_localizations: Sequence[_Enum2] | None = None,
        fields_in_app_purchase_price_points: Sequence[_Enum3] | None = None,
        fields_in_app_purchase_contents: Sequence[_Enum4] | None = None,
        fields_in_app_purchase_app_store_review_screenshots: Sequence[_Enum5] | None = None,
        fields_promoted_purchases: Sequence[_Enum6] | None = None,
        fields_in_app_purchase_price_schedules: Sequence[_Enum7] | None = None,
        fields_in_app_purchase_availabilities: Sequence[_Enum8] | None = None,
        fields_in_app_purchase_images: Sequence[_Enum9] | None = None,
        fields_in_app_purchase_offer_codes: Sequence[_Enum10] | None = None,
        fields_in_app_purchase_versions: Sequence[_Enum11] | None = None,
        include: Sequence[_Enum12] | None = None,
        limit_images: int | None = None,
        limit_in_app_purchase_localizations: int | None = None,
        limit_offer_codes: int | None = None,
        limit_price_points: int | None = None,
        limit_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseV2Response:
        """inAppPurchasesV2_getInstance

        GET /v2/inAppPurchases/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_
        """
        from ascapi.models.in_app_purchase_v2_response import InAppPurchaseV2Response

        return await self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}", id=id),
            params={
                "fields[inAppPurchases]": fields_in_app_purchases,
                "fields[inAppPurchaseLocalizations]": fields_in_app_purchase_localizations,
                "fields[inAppPurchasePricePoints]": fields_in_app_purchase_price_points,
                "fields[inAppPurchaseContents]": fields_in_app_purchase_contents,
                "fields[inAppPurchaseAppStoreReviewScreenshots]": fields_in_app_purchase_app_store_review_screenshots,
                "fields[promotedPurchases]": fields_promoted_purchases,
                "fields[inAppPurchasePriceSchedules]": fields_in_app_purchase_price_schedules,
                "fields[inAppPurchaseAvailabilities]": fields_in_app_purchase_availabilities,
                "fields[inAppPurchaseImages]": fields_in_app_purchase_images,
                "fields[inAppPurchaseOfferCodes]": fields_in_app_purchase_offer_codes,
                "fields[inAppPurchaseVersions]": fields_in_app_purchase_versions,
                "include": include,
                "limit[images]": limit_images,
                "limit[inAppPurchaseLocalizations]": limit_in_app_purchase_localizations,
                "limit[offerCodes]": limit_offer_codes,
                "limit[pricePoints]": limit_price_points,
                "limit[versions]": limit_versions,
            },
            maxima={
                "limit[images]": 50,
                "limit[inAppPurchaseLocalizations]": 50,
                "limit[offerCodes]": 50,
                "limit[pricePoints]": 8000,
                "limit[versions]": 50,
            },
            response_type=InAppPurchaseV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: InAppPurchaseV2UpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        review_note: str | None | UnsetType = UNSET,
        family_sharable: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseV2Response:
        """inAppPurchasesV2_updateInstance

        PATCH /v2/inAppPurchases/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-inapppurchases-_id_
        """
        from ascapi.models.in_app_purchase_v2_response import InAppPurchaseV2Response

        body = _support.document(
            body,
            name is not UNSET or review_note is not UNSET or family_sharable is not UNSET,
            "inAppPurchases",
            id,
            {"name": name, "reviewNote": review_note, "familySharable": family_sharable},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v2/inAppPurchases/{id}", id=id),
            body=body,
            response_type=InAppPurchaseV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchasesV2AppStoreReviewScreenshot(AsyncAPIResource):
    """``client.in_app_purchases_v2.app_store_review_screenshot``: /v2/inAppPurchases"""

    async def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_app_store_review_screenshots: Sequence[_Enum5] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum13] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseAppStoreReviewScreenshotResponse:
        """inAppPurchasesV2_appStoreReviewScreenshot_getToOneRelated

        GET /v2/inAppPurchases/{id}/appStoreReviewScreenshot

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-appstorereviewscreenshot
        """
        from ascapi.models.in_app_purchase_app_store_review_screenshot_response import (
            InAppPurchaseAppStoreReviewScreenshotResponse,
        )

        return await self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}/appStoreReviewScreenshot", id=id),
            params={
                "fields[inAppPurchaseAppStoreReviewScreenshots]": fields_in_app_purchase_app_store_review_screenshots,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "include": include,
            },
            response_type=InAppPurchaseAppStoreReviewScreenshotResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseV2AppStoreReviewScreenshotLinkageResponse:
        """inAppPurchasesV2_appStoreReviewScreenshot_getToOneRelationship

        GET /v2/inAppPurchases/{id}/relationships/appStoreReviewScreenshot

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-appstorereviewscreenshot
        """
        from ascapi.models.in_app_purchase_v2_app_store_review_screenshot_linkage_response import (
            InAppPurchaseV2AppStoreReviewScreenshotLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}/relationships/appStoreReviewScreenshot", id=id),
            response_type=InAppPurchaseV2AppStoreReviewScreenshotLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchasesV2Content(AsyncAPIResource):
    """``client.in_app_purchases_v2.content``: /v2/inAppPurchases"""

    async def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_contents: Sequence[_Enum4] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum13] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseContentResponse:
        """inAppPurchasesV2_content_getToOneRelated

        GET /v2/inAppPurchases/{id}/content

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-content
        """
        from ascapi.models.in_app_purchase_content_response import InAppPurchaseContentResponse

        return await self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}/content", id=id),
            params={
                "fields[inAppPurchaseContents]": fields_in_app_purchase_contents,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "include": include,
            },
            response_type=InAppPurchaseContentResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseV2ContentLinkageResponse:
        """inAppPurchasesV2_content_getToOneRelationship

        GET /v2/inAppPurchases/{id}/relationships/content

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-content
        """
        from ascapi.models.in_app_purchase_v2_content_linkage_response import (
            InAppPurchaseV2ContentLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}/relationships/content", id=id),
            response_type=InAppPurchaseV2ContentLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchasesV2IapPriceSchedule(AsyncAPIResource):
    """``client.in_app_purchases_v2.iap_price_schedule``: /v2/inAppPurchases"""

    async def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_price_schedules: Sequence[_Enum7] | None = None,
        fields_territories: Sequence[_Enum14] | None = None,
        fields_in_app_purchase_prices: Sequence[_Enum15] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_manual_prices: int | None = None,
        limit_automatic_prices: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchasePriceScheduleResponse:
        """inAppPurchasesV2_iapPriceSchedule_getToOneRelated

        GET /v2/inAppPurchases/{id}/iapPriceSchedule

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-iappriceschedule
        """
        from ascapi.models.in_app_purchase_price_schedule_response import (
            InAppPurchasePriceScheduleResponse,
        )

        return await self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}/iapPriceSchedule", id=id),
            params={
                "fields[inAppPurchasePriceSchedules]": fields_in_app_purchase_price_schedules,
                "fields[territories]": fields_territories,
                "fields[inAppPurchasePrices]": fields_in_app_purchase_prices,
                "include": include,
                "limit[manualPrices]": limit_manual_prices,
                "limit[automaticPrices]": limit_automatic_prices,
            },
            maxima={"limit[manualPrices]": 50, "limit[automaticPrices]": 50},
            response_type=InAppPurchasePriceScheduleResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseV2IapPriceScheduleLinkageResponse:
        """inAppPurchasesV2_iapPriceSchedule_getToOneRelationship

        GET /v2/inAppPurchases/{id}/relationships/iapPriceSchedule

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-iappriceschedule
        """
        from ascapi.models.in_app_purchase_v2_iap_price_schedule_linkage_response import (
            InAppPurchaseV2IapPriceScheduleLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}/relationships/iapPriceSchedule", id=id),
            response_type=InAppPurchaseV2IapPriceScheduleLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchasesV2Images(AsyncAPIResource):
    """``client.in_app_purchases_v2.images``: /v2/inAppPurchases"""

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
        InAppPurchaseV2ImagesLinkagesResponse, InAppPurchaseV2ImagesLinkagesResponseData
    ]:
        """inAppPurchasesV2_images_getToManyRelationship

        GET /v2/inAppPurchases/{id}/relationships/images

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-images
        """
        from ascapi.models.in_app_purchase_v2_images_linkages_response import (
            InAppPurchaseV2ImagesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/inAppPurchases/{id}/relationships/images", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchaseV2ImagesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_in_app_purchase_images: Sequence[_Enum9] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum16] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[InAppPurchaseImagesResponse, InAppPurchaseImage]:
        """inAppPurchasesV2_images_getToManyRelated

        GET /v2/inAppPurchases/{id}/images

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-images
        """
        from ascapi.models.in_app_purchase_images_response import InAppPurchaseImagesResponse

        return self._client._get_page(
            path("/v2/inAppPurchases/{id}/images", id=id),
            params={
                "fields[inAppPurchaseImages]": fields_in_app_purchase_images,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=InAppPurchaseImagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchasesV2InAppPurchaseAvailability(AsyncAPIResource):
    """``client.in_app_purchases_v2.in_app_purchase_availability``: /v2/inAppPurchases"""

    async def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_availabilities: Sequence[_Enum8] | None = None,
        fields_territories: Sequence[_Enum14] | None = None,
        include: Sequence[_Enum17] | None = None,
        limit_available_territories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseAvailabilityResponse:
        """inAppPurchasesV2_inAppPurchaseAvailability_getToOneRelated

        GET /v2/inAppPurchases/{id}/inAppPurchaseAvailability

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-inapppurchaseavailability
        """
        from ascapi.models.in_app_purchase_availability_response import (
            InAppPurchaseAvailabilityResponse,
        )

        return await self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}/inAppPurchaseAvailability", id=id),
            params={
                "fields[inAppPurchaseAvailabilities]": fields_in_app_purchase_availabilities,
                "fields[territories]": fields_territories,
                "include": include,
                "limit[availableTerritories]": limit_available_territories,
            },
            maxima={"limit[availableTerritories]": 50},
            response_type=InAppPurchaseAvailabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseV2InAppPurchaseAvailabilityLinkageResponse:
        """inAppPurchasesV2_inAppPurchaseAvailability_getToOneRelationship

        GET /v2/inAppPurchases/{id}/relationships/inAppPurchaseAvailability

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-inapppurchaseavailability
        """
        from ascapi.models.in_app_purchase_v2_in_app_purchase_availability_linkage_response import (
            InAppPurchaseV2InAppPurchaseAvailabilityLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}/relationships/inAppPurchaseAvailability", id=id),
            response_type=InAppPurchaseV2InAppPurchaseAvailabilityLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchasesV2InAppPurchaseLocalizations(AsyncAPIResource):
    """``client.in_app_purchases_v2.in_app_purchase_localizations``: /v2/inAppPurchases"""

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
        InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse,
        InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponseData,
    ]:
        """inAppPurchasesV2_inAppPurchaseLocalizations_getToManyRelationship

        GET /v2/inAppPurchases/{id}/relationships/inAppPurchaseLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-inapppurchaselocalizations
        """
        from ascapi.models.in_app_purchase_v2_in_app_purchase_localizations_linkages_response import (
            InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/inAppPurchases/{id}/relationships/inAppPurchaseLocalizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_in_app_purchase_localizations: Sequence[_Enum2] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum13] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[InAppPurchaseLocalizationsResponse, InAppPurchaseLocalization]:
        """inAppPurchasesV2_inAppPurchaseLocalizations_getToManyRelated

        GET /v2/inAppPurchases/{id}/inAppPurchaseLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-inapppurchaselocalizations
        """
        from ascapi.models.in_app_purchase_localizations_response import (
            InAppPurchaseLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v2/inAppPurchases/{id}/inAppPurchaseLocalizations", id=id),
            params={
                "fields[inAppPurchaseLocalizations]": fields_in_app_purchase_localizations,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=InAppPurchaseLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchasesV2OfferCodes(AsyncAPIResource):
    """``client.in_app_purchases_v2.offer_codes``: /v2/inAppPurchases"""

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
        InAppPurchaseV2OfferCodesLinkagesResponse, InAppPurchaseV2OfferCodesLinkagesResponseData
    ]:
        """inAppPurchasesV2_offerCodes_getToManyRelationship

        GET /v2/inAppPurchases/{id}/relationships/offerCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-offercodes
        """
        from ascapi.models.in_app_purchase_v2_offer_codes_linkages_response import (
            InAppPurchaseV2OfferCodesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/inAppPurchases/{id}/relationships/offerCodes", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchaseV2OfferCodesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_in_app_purchase_offer_codes: Sequence[_Enum10] | None = None,
        fields_in_app_purchase_offer_code_one_time_use_codes: Sequence[_Enum18] | None = None,
        fields_in_app_purchase_offer_code_custom_codes: Sequence[_Enum19] | None = None,
        fields_in_app_purchase_offer_prices: Sequence[_Enum20] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum21] | None = None,
        limit_one_time_use_codes: int | None = None,
        limit_custom_codes: int | None = None,
        limit_prices: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[InAppPurchaseOfferCodesResponse, InAppPurchaseOfferCode]:
        """inAppPurchasesV2_offerCodes_getToManyRelated

        GET /v2/inAppPurchases/{id}/offerCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-offercodes
        """
        from ascapi.models.in_app_purchase_offer_codes_response import (
            InAppPurchaseOfferCodesResponse,
        )

        return self._client._get_page(
            path("/v2/inAppPurchases/{id}/offerCodes", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[inAppPurchaseOfferCodes]": fields_in_app_purchase_offer_codes,
                "fields[inAppPurchaseOfferCodeOneTimeUseCodes]": fields_in_app_purchase_offer_code_one_time_use_codes,
                "fields[inAppPurchaseOfferCodeCustomCodes]": fields_in_app_purchase_offer_code_custom_codes,
                "fields[inAppPurchaseOfferPrices]": fields_in_app_purchase_offer_prices,
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
            response_type=InAppPurchaseOfferCodesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchasesV2PricePoints(AsyncAPIResource):
    """``client.in_app_purchases_v2.price_points``: /v2/inAppPurchases"""

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
        InAppPurchaseV2PricePointsLinkagesResponse, InAppPurchaseV2PricePointsLinkagesResponseData
    ]:
        """inAppPurchasesV2_pricePoints_getToManyRelationship

        GET /v2/inAppPurchases/{id}/relationships/pricePoints

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-pricepoints
        """
        from ascapi.models.in_app_purchase_v2_price_points_linkages_response import (
            InAppPurchaseV2PricePointsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/inAppPurchases/{id}/relationships/pricePoints", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 8000},
            response_type=InAppPurchaseV2PricePointsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_in_app_purchase_price_points: Sequence[_Enum3] | None = None,
        fields_territories: Sequence[_Enum14] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum22] | None = None,
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
        fields_in_app_purchase_price_points: Sequence[_Enum3] | None = None,
        fields_territories: Sequence[_Enum14] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum22] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[InAppPurchasePricePointsResponse, InAppPurchasePricePoint]: ...

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_in_app_purchase_price_points: Sequence[_Enum3] | None = None,
        fields_territories: Sequence[_Enum14] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum22] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json", "text/csv"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[InAppPurchasePricePointsResponse, InAppPurchasePricePoint] | Awaitable[str]:
        """inAppPurchasesV2_pricePoints_getToManyRelated

        GET /v2/inAppPurchases/{id}/pricePoints

        ``accept="text/csv"`` returns the CSV text instead of a page of JSON.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-pricepoints
        """
        from ascapi.models.in_app_purchase_price_points_response import (
            InAppPurchasePricePointsResponse,
        )

        if accept == "text/csv":
            return self._client._call(
                "GET",
                path("/v2/inAppPurchases/{id}/pricePoints", id=id),
                params={
                    "filter[territory]": filter_territory,
                    "fields[inAppPurchasePricePoints]": fields_in_app_purchase_price_points,
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
            path("/v2/inAppPurchases/{id}/pricePoints", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[inAppPurchasePricePoints]": fields_in_app_purchase_price_points,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 8000},
            response_type=InAppPurchasePricePointsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchasesV2PromotedPurchase(AsyncAPIResource):
    """``client.in_app_purchases_v2.promoted_purchase``: /v2/inAppPurchases"""

    async def get(
        self,
        id: str,
        *,
        fields_promoted_purchases: Sequence[_Enum6] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        fields_subscriptions: Sequence[_Enum23] | None = None,
        include: Sequence[_Enum24] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PromotedPurchaseResponse:
        """inAppPurchasesV2_promotedPurchase_getToOneRelated

        GET /v2/inAppPurchases/{id}/promotedPurchase

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-promotedpurchase
        """
        from ascapi.models.promoted_purchase_response import PromotedPurchaseResponse

        return await self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}/promotedPurchase", id=id),
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
    ) -> InAppPurchaseV2PromotedPurchaseLinkageResponse:
        """inAppPurchasesV2_promotedPurchase_getToOneRelationship

        GET /v2/inAppPurchases/{id}/relationships/promotedPurchase

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-promotedpurchase
        """
        from ascapi.models.in_app_purchase_v2_promoted_purchase_linkage_response import (
            InAppPurchaseV2PromotedPurchaseLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v2/inAppPurchases/{id}/relationships/promotedPurchase", id=id),
            response_type=InAppPurchaseV2PromotedPurchaseLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchasesV2Versions(AsyncAPIResource):
    """``client.in_app_purchases_v2.versions``: /v2/inAppPurchases"""

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
        InAppPurchaseV2VersionsLinkagesResponse, InAppPurchaseV2VersionsLinkagesResponseData
    ]:
        """inAppPurchasesV2_versions_getToManyRelationship

        GET /v2/inAppPurchases/{id}/relationships/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-versions
        """
        from ascapi.models.in_app_purchase_v2_versions_linkages_response import (
            InAppPurchaseV2VersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/inAppPurchases/{id}/relationships/versions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchaseV2VersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_state: Sequence[_Enum25] | None = None,
        fields_in_app_purchase_versions: Sequence[_Enum11] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        fields_in_app_purchase_images: Sequence[_Enum26] | None = None,
        fields_in_app_purchase_localizations: Sequence[_Enum27] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum28] | None = None,
        limit_images: int | None = None,
        limit_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[InAppPurchaseVersionsResponse, InAppPurchaseVersion]:
        """inAppPurchasesV2_versions_getToManyRelated

        GET /v2/inAppPurchases/{id}/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-versions
        """
        from ascapi.models.in_app_purchase_versions_response import InAppPurchaseVersionsResponse

        return self._client._get_page(
            path("/v2/inAppPurchases/{id}/versions", id=id),
            params={
                "filter[state]": filter_state,
                "fields[inAppPurchaseVersions]": fields_in_app_purchase_versions,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "fields[inAppPurchaseImages]": fields_in_app_purchase_images,
                "fields[inAppPurchaseLocalizations]": fields_in_app_purchase_localizations,
                "limit": limit,
                "include": include,
                "limit[images]": limit_images,
                "limit[localizations]": limit_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[images]": 50, "limit[localizations]": 50},
            response_type=InAppPurchaseVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
