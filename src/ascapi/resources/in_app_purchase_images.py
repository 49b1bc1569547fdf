# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``in_app_purchase_images`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.in_app_purchase_image_create_request import InAppPurchaseImageCreateRequest
    from ascapi.models.in_app_purchase_image_response import InAppPurchaseImageResponse
    from ascapi.models.in_app_purchase_image_update_request import InAppPurchaseImageUpdateRequest
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "assetToken",
        "imageAsset",
        "uploadOperations",
        "state",
        "inAppPurchase",
    ]
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
    _Enum2 = Literal["inAppPurchase"]


class InAppPurchaseImages(SyncAPIResource):
    """``client.in_app_purchase_images``: /v1/inAppPurchaseImages"""

    def create(
        self,
        *,
        body: InAppPurchaseImageCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        in_app_purchase: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseImageResponse:
        """inAppPurchaseImages_createInstance

        POST /v1/inAppPurchaseImages

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseimages
        """
        from ascapi.models.in_app_purchase_image_response import InAppPurchaseImageResponse

        body = _support.document(
            body,
            file_size is not UNSET or file_name is not UNSET or in_app_purchase is not UNSET,
            "inAppPurchaseImages",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {"inAppPurchase": ("inAppPurchases", False, in_app_purchase)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/inAppPurchaseImages",
            body=body,
            response_type=InAppPurchaseImageResponse,
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
        """inAppPurchaseImages_deleteInstance

        DELETE /v1/inAppPurchaseImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-inapppurchaseimages-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/inAppPurchaseImages/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_images: Sequence[_Enum0] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseImageResponse:
        """inAppPurchaseImages_getInstance

        GET /v1/inAppPurchaseImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseimages-_id_
        """
        from ascapi.models.in_app_purchase_image_response import InAppPurchaseImageResponse

        return self._client._call(
            "GET",
            path("/v1/inAppPurchaseImages/{id}", id=id),
            params={
                "fields[inAppPurchaseImages]": fields_in_app_purchase_images,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "include": include,
            },
            response_type=InAppPurchaseImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: InAppPurchaseImageUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseImageResponse:
        """inAppPurchaseImages_updateInstance

        PATCH /v1/inAppPurchaseImages/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaseimages-_id_
        """
        from ascapi.models.in_app_purchase_image_response import InAppPurchaseImageResponse

        body = _support.document(
            body,
            source_file_checksum is not UNSET or uploaded is not UNSET,
            "inAppPurchaseImages",
            id,
            {"sourceFileChecksum": source_file_checksum, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/inAppPurchaseImages/{id}", id=id),
            body=body,
            response_type=InAppPurchaseImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchaseImages(AsyncAPIResource):
    """``client.in_app_purchase_images``: /v1/inAppPurchaseImages"""

    async def create(
        self,
        *,
        body: InAppPurchaseImageCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        in_app_purchase: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseImageResponse:
        """inAppPurchaseImages_createInstance

        POST /v1/inAppPurchaseImages

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseimages
        """
        from ascapi.models.in_app_purchase_image_response import InAppPurchaseImageResponse

        body = _support.document(
            body,
            file_size is not UNSET or file_name is not UNSET or in_app_purchase is not UNSET,
            "inAppPurchaseImages",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {"inAppPurchase": ("inAppPurchases", False, in_app_purchase)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/inAppPurchaseImages",
            body=body,
            response_type=InAppPurchaseImageResponse,
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
        """inAppPurchaseImages_deleteInstance

        DELETE /v1/inAppPurchaseImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-inapppurchaseimages-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/inAppPurchaseImages/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_images: Sequence[_Enum0] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseImageResponse:
        """inAppPurchaseImages_getInstance

        GET /v1/inAppPurchaseImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseimages-_id_
        """
        from ascapi.models.in_app_purchase_image_response import InAppPurchaseImageResponse

        return await self._client._call(
            "GET",
            path("/v1/inAppPurchaseImages/{id}", id=id),
            params={
                "fields[inAppPurchaseImages]": fields_in_app_purchase_images,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "include": include,
            },
            response_type=InAppPurchaseImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: InAppPurchaseImageUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseImageResponse:
        """inAppPurchaseImages_updateInstance

        PATCH /v1/inAppPurchaseImages/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaseimages-_id_
        """
        from ascapi.models.in_app_purchase_image_response import InAppPurchaseImageResponse

        body = _support.document(
            body,
            source_file_checksum is not UNSET or uploaded is not UNSET,
            "inAppPurchaseImages",
            id,
            {"sourceFileChecksum": source_file_checksum, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/inAppPurchaseImages/{id}", id=id),
            body=body,
            response_type=InAppPurchaseImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
