# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_images`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.subscription_image_create_request import SubscriptionImageCreateRequest
    from ascapi.models.subscription_image_response import SubscriptionImageResponse
    from ascapi.models.subscription_image_update_request import SubscriptionImageUpdateRequest
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "assetToken",
        "imageAsset",
        "uploadOperations",
        "state",
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


class SubscriptionImages(SyncAPIResource):
    """``client.subscription_images``: /v1/subscriptionImages"""

    def create(
        self,
        *,
        body: SubscriptionImageCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionImageResponse:
        """subscriptionImages_createInstance

        POST /v1/subscriptionImages

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionimages
        """
        from ascapi.models.subscription_image_response import SubscriptionImageResponse

        body = _support.document(
            body,
            file_size is not UNSET or file_name is not UNSET or subscription is not UNSET,
            "subscriptionImages",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {"subscription": ("subscriptions", False, subscription)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/subscriptionImages",
            body=body,
            response_type=SubscriptionImageResponse,
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
        """subscriptionImages_deleteInstance

        DELETE /v1/subscriptionImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionimages-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/subscriptionImages/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_subscription_images: Sequence[_Enum0] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionImageResponse:
        """subscriptionImages_getInstance

        GET /v1/subscriptionImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionimages-_id_
        """
        from ascapi.models.subscription_image_response import SubscriptionImageResponse

        return self._client._call(
            "GET",
            path("/v1/subscriptionImages/{id}", id=id),
            params={
                "fields[subscriptionImages]": fields_subscription_images,
                "fields[subscriptions]": fields_subscriptions,
                "include": include,
            },
            response_type=SubscriptionImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: SubscriptionImageUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionImageResponse:
        """subscriptionImages_updateInstance

        PATCH /v1/subscriptionImages/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionimages-_id_
        """
        from ascapi.models.subscription_image_response import SubscriptionImageResponse

        body = _support.document(
            body,
            source_file_checksum is not UNSET or uploaded is not UNSET,
            "subscriptionImages",
            id,
            {"sourceFileChecksum": source_file_checksum, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/subscriptionImages/{id}", id=id),
            body=body,
            response_type=SubscriptionImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionImages(AsyncAPIResource):
    """``client.subscription_images``: /v1/subscriptionImages"""

    async def create(
        self,
        *,
        body: SubscriptionImageCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionImageResponse:
        """subscriptionImages_createInstance

        POST /v1/subscriptionImages

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionimages
        """
        from ascapi.models.subscription_image_response import SubscriptionImageResponse

        body = _support.document(
            body,
            file_size is not UNSET or file_name is not UNSET or subscription is not UNSET,
            "subscriptionImages",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {"subscription": ("subscriptions", False, subscription)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/subscriptionImages",
            body=body,
            response_type=SubscriptionImageResponse,
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
        """subscriptionImages_deleteInstance

        DELETE /v1/subscriptionImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionimages-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/subscriptionImages/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_subscription_images: Sequence[_Enum0] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionImageResponse:
        """subscriptionImages_getInstance

        GET /v1/subscriptionImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionimages-_id_
        """
        from ascapi.models.subscription_image_response import SubscriptionImageResponse

        return await self._client._call(
            "GET",
            path("/v1/subscriptionImages/{id}", id=id),
            params={
                "fields[subscriptionImages]": fields_subscription_images,
                "fields[subscriptions]": fields_subscriptions,
                "include": include,
            },
            response_type=SubscriptionImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: SubscriptionImageUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionImageResponse:
        """subscriptionImages_updateInstance

        PATCH /v1/subscriptionImages/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionimages-_id_
        """
        from ascapi.models.subscription_image_response import SubscriptionImageResponse

        body = _support.document(
            body,
            source_file_checksum is not UNSET or uploaded is not UNSET,
            "subscriptionImages",
            id,
            {"sourceFileChecksum": source_file_checksum, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/subscriptionImages/{id}", id=id),
            body=body,
            response_type=SubscriptionImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
