# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_images_v2`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.subscription_image_v2_create_request import SubscriptionImageV2CreateRequest
    from ascapi.models.subscription_image_v2_response import SubscriptionImageV2Response
    from ascapi.models.subscription_image_v2_update_request import SubscriptionImageV2UpdateRequest
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "fileSize", "fileName", "assetToken", "imageAsset", "uploadOperations", "assetDeliveryState"
    ]


class SubscriptionImagesV2(SyncAPIResource):
    """``client.subscription_images_v2``: /v2/subscriptionImages"""

    def create(
        self,
        *,
        body: SubscriptionImageV2CreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionImageV2Response:
        """subscriptionImagesV2_createInstance

        POST /v2/subscriptionImages

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-subscriptionimages
        """
        from ascapi.models.subscription_image_v2_response import SubscriptionImageV2Response

        body = _support.document(
            body,
            file_size is not UNSET or file_name is not UNSET or version is not UNSET,
            "subscriptionImages",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {"version": ("subscriptionVersions", False, version)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v2/subscriptionImages",
            body=body,
            response_type=SubscriptionImageV2Response,
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
        """subscriptionImagesV2_deleteInstance

        DELETE /v2/subscriptionImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-subscriptionimages-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v2/subscriptionImages/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_subscription_images: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionImageV2Response:
        """subscriptionImagesV2_getInstance

        GET /v2/subscriptionImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-subscriptionimages-_id_
        """
        from ascapi.models.subscription_image_v2_response import SubscriptionImageV2Response

        return self._client._call(
            "GET",
            path("/v2/subscriptionImages/{id}", id=id),
            params={"fields[subscriptionImages]": fields_subscription_images},
            response_type=SubscriptionImageV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: SubscriptionImageV2UpdateRequest | Mapping[str, Any] | None = None,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionImageV2Response:
        """subscriptionImagesV2_updateInstance

        PATCH /v2/subscriptionImages/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-subscriptionimages-_id_
        """
        from ascapi.models.subscription_image_v2_response import SubscriptionImageV2Response

        body = _support.document(
            body,
            uploaded is not UNSET,
            "subscriptionImages",
            id,
            {"uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v2/subscriptionImages/{id}", id=id),
            body=body,
            response_type=SubscriptionImageV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionImagesV2(AsyncAPIResource):
    """``client.subscription_images_v2``: /v2/subscriptionImages"""

    async def create(
        self,
        *,
        body: SubscriptionImageV2CreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionImageV2Response:
        """subscriptionImagesV2_createInstance

        POST /v2/subscriptionImages

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-subscriptionimages
        """
        from ascapi.models.subscription_image_v2_response import SubscriptionImageV2Response

        body = _support.document(
            body,
            file_size is not UNSET or file_name is not UNSET or version is not UNSET,
            "subscriptionImages",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {"version": ("subscriptionVersions", False, version)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v2/subscriptionImages",
            body=body,
            response_type=SubscriptionImageV2Response,
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
        """subscriptionImagesV2_deleteInstance

        DELETE /v2/subscriptionImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-subscriptionimages-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v2/subscriptionImages/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_subscription_images: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionImageV2Response:
        """subscriptionImagesV2_getInstance

        GET /v2/subscriptionImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-subscriptionimages-_id_
        """
        from ascapi.models.subscription_image_v2_response import SubscriptionImageV2Response

        return await self._client._call(
            "GET",
            path("/v2/subscriptionImages/{id}", id=id),
            params={"fields[subscriptionImages]": fields_subscription_images},
            response_type=SubscriptionImageV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: SubscriptionImageV2UpdateRequest | Mapping[str, Any] | None = None,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionImageV2Response:
        """subscriptionImagesV2_updateInstance

        PATCH /v2/subscriptionImages/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-subscriptionimages-_id_
        """
        from ascapi.models.subscription_image_v2_response import SubscriptionImageV2Response

        body = _support.document(
            body,
            uploaded is not UNSET,
            "subscriptionImages",
            id,
            {"uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v2/subscriptionImages/{id}", id=id),
            body=body,
            response_type=SubscriptionImageV2Response,
            options=options(extra_headers, extra_query, timeout),
        )
