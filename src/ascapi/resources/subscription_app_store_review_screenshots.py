# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_app_store_review_screenshots`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._jsonapi import UNSET
from ascapi._types import NOT_GIVEN
from ascapi.resources import _support

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.subscription_app_store_review_screenshot_create_request import (
        SubscriptionAppStoreReviewScreenshotCreateRequest,
    )
    from ascapi.models.subscription_app_store_review_screenshot_response import (
        SubscriptionAppStoreReviewScreenshotResponse,
    )
    from ascapi.models.subscription_app_store_review_screenshot_update_request import (
        SubscriptionAppStoreReviewScreenshotUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
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
    _Enum2 = Literal["subscription"]


class SubscriptionAppStoreReviewScreenshots(SyncAPIResource):
    """``client.subscription_app_store_review_screenshots``: /v1/subscriptionAppStoreReviewScreenshots"""

    def create(
        self,
        *,
        body: SubscriptionAppStoreReviewScreenshotCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionAppStoreReviewScreenshotResponse:
        """subscriptionAppStoreReviewScreenshots_createInstance

        POST /v1/subscriptionAppStoreReviewScreenshots

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionappstorereviewscreenshots
        """
        from ascapi.models.subscription_app_store_review_screenshot_response import (
            SubscriptionAppStoreReviewScreenshotResponse,
        )

        body = _support.document(
            body,
            file_size is not UNSET or file_name is not UNSET or subscription is not UNSET,
            "subscriptionAppStoreReviewScreenshots",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {"subscription": ("subscriptions", False, subscription)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/subscriptionAppStoreReviewScreenshots",
            body=body,
            response_type=SubscriptionAppStoreReviewScreenshotResponse,
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
        """subscriptionAppStoreReviewScreenshots_deleteInstance

        DELETE /v1/subscriptionAppStoreReviewScreenshots/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionappstorereviewscreenshots-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/subscriptionAppStoreReviewScreenshots/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_subscription_app_store_review_screenshots: Sequence[_Enum0] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionAppStoreReviewScreenshotResponse:
        """subscriptionAppStoreReviewScreenshots_getInstance

        GET /v1/subscriptionAppStoreReviewScreenshots/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionappstorereviewscreenshots-_id_
        """
        from ascapi.models.subscription_app_store_review_screenshot_response import (
            SubscriptionAppStoreReviewScreenshotResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/subscriptionAppStoreReviewScreenshots/{id}", id=id),
            params={
                "fields[subscriptionAppStoreReviewScreenshots]": fields_subscription_app_store_review_screenshots,
                "fields[subscriptions]": fields_subscriptions,
                "include": include,
            },
            response_type=SubscriptionAppStoreReviewScreenshotResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: SubscriptionAppStoreReviewScreenshotUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionAppStoreReviewScreenshotResponse:
        """subscriptionAppStoreReviewScreenshots_updateInstance

        PATCH /v1/subscriptionAppStoreReviewScreenshots/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionappstorereviewscreenshots-_id_
        """
        from ascapi.models.subscription_app_store_review_screenshot_response import (
            SubscriptionAppStoreReviewScreenshotResponse,
        )

        body = _support.document(
            body,
            source_file_checksum is not UNSET or uploaded is not UNSET,
            "subscriptionAppStoreReviewScreenshots",
            id,
            {"sourceFileChecksum": source_file_checksum, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/subscriptionAppStoreReviewScreenshots/{id}", id=id),
            body=body,
            response_type=SubscriptionAppStoreReviewScreenshotResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionAppStoreReviewScreenshots(AsyncAPIResource):
    """``client.subscription_app_store_review_screenshots``: /v1/subscriptionAppStoreReviewScreenshots"""

    async def create(
        self,
        *,
        body: SubscriptionAppStoreReviewScreenshotCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionAppStoreReviewScreenshotResponse:
        """subscriptionAppStoreReviewScreenshots_createInstance

        POST /v1/subscriptionAppStoreReviewScreenshots

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionappstorereviewscreenshots
        """
        from ascapi.models.subscription_app_store_review_screenshot_response import (
            SubscriptionAppStoreReviewScreenshotResponse,
        )

        body = _support.document(
            body,
            file_size is not UNSET or file_name is not UNSET or subscription is not UNSET,
            "subscriptionAppStoreReviewScreenshots",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {"subscription": ("subscriptions", False, subscription)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/subscriptionAppStoreReviewScreenshots",
            body=body,
            response_type=SubscriptionAppStoreReviewScreenshotResponse,
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
        """subscriptionAppStoreReviewScreenshots_deleteInstance

        DELETE /v1/subscriptionAppStoreReviewScreenshots/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionappstorereviewscreenshots-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/subscriptionAppStoreReviewScreenshots/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_subscription_app_store_review_screenshots: Sequence[_Enum0] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionAppStoreReviewScreenshotResponse:
        """subscriptionAppStoreReviewScreenshots_getInstance

        GET /v1/subscriptionAppStoreReviewScreenshots/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionappstorereviewscreenshots-_id_
        """
        from ascapi.models.subscription_app_store_review_screenshot_response import (
            SubscriptionAppStoreReviewScreenshotResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/subscriptionAppStoreReviewScreenshots/{id}", id=id),
            params={
                "fields[subscriptionAppStoreReviewScreenshots]": fields_subscription_app_store_review_screenshots,
                "fields[subscriptions]": fields_subscriptions,
                "include": include,
            },
            response_type=SubscriptionAppStoreReviewScreenshotResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: SubscriptionAppStoreReviewScreenshotUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionAppStoreReviewScreenshotResponse:
        """subscriptionAppStoreReviewScreenshots_updateInstance

        PATCH /v1/subscriptionAppStoreReviewScreenshots/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionappstorereviewscreenshots-_id_
        """
        from ascapi.models.subscription_app_store_review_screenshot_response import (
            SubscriptionAppStoreReviewScreenshotResponse,
        )

        body = _support.document(
            body,
            source_file_checksum is not UNSET or uploaded is not UNSET,
            "subscriptionAppStoreReviewScreenshots",
            id,
            {"sourceFileChecksum": source_file_checksum, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/subscriptionAppStoreReviewScreenshots/{id}", id=id),
            body=body,
            response_type=SubscriptionAppStoreReviewScreenshotResponse,
            options=options(extra_headers, extra_query, timeout),
        )
