# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``in_app_purchase_versions`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
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
    from ascapi.models.in_app_purchase_image_v2 import InAppPurchaseImageV2
    from ascapi.models.in_app_purchase_image_v2_response import InAppPurchaseImageV2Response
    from ascapi.models.in_app_purchase_images_v2_response import InAppPurchaseImagesV2Response
    from ascapi.models.in_app_purchase_localization_v2 import InAppPurchaseLocalizationV2
    from ascapi.models.in_app_purchase_localizations_v2_response import (
        InAppPurchaseLocalizationsV2Response,
    )
    from ascapi.models.in_app_purchase_version_create_request import (
        InAppPurchaseVersionCreateRequest,
    )
    from ascapi.models.in_app_purchase_version_image_linkage_response import (
        InAppPurchaseVersionImageLinkageResponse,
    )
    from ascapi.models.in_app_purchase_version_images_linkages_response import (
        InAppPurchaseVersionImagesLinkagesResponse,
        InAppPurchaseVersionImagesLinkagesResponseData,
    )
    from ascapi.models.in_app_purchase_version_localizations_linkages_response import (
        InAppPurchaseVersionLocalizationsLinkagesResponse,
        InAppPurchaseVersionLocalizationsLinkagesResponseData,
    )
    from ascapi.models.in_app_purchase_version_response import InAppPurchaseVersionResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["version", "state", "inAppPurchase", "image", "images", "localizations"]
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
    _Enum2 = Literal[
        "fileSize", "fileName", "assetToken", "imageAsset", "uploadOperations", "assetDeliveryState"
    ]
    _Enum3 = Literal["name", "locale", "description", "version"]
    _Enum4 = Literal["inAppPurchase", "image", "images", "localizations"]
    _Enum5 = Literal["version"]


class InAppPurchaseVersions(SyncAPIResource):
    """``client.in_app_purchase_versions``: /v1/inAppPurchaseVersions"""

    @cached_property
    def image(self) -> InAppPurchaseVersionsImage:
        return InAppPurchaseVersionsImage(self._client)

    @cached_property
    def images(self) -> InAppPurchaseVersionsImages:
        return InAppPurchaseVersionsImages(self._client)

    @cached_property
    def localizations(self) -> InAppPurchaseVersionsLocalizations:
        return InAppPurchaseVersionsLocalizations(self._client)

    def create(
        self,
        *,
        body: InAppPurchaseVersionCreateRequest | Mapping[str, Any] | None = None,
        in_app_purchase: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseVersionResponse:
        """inAppPurchaseVersions_createInstance

        POST /v1/inAppPurchaseVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseversions
        """
        from ascapi.models.in_app_purchase_version_response import InAppPurchaseVersionResponse

        body = _support.document(
            body,
            in_app_purchase is not UNSET,
            "inAppPurchaseVersions",
            None,
            {},
            {"inAppPurchase": ("inAppPurchases", False, in_app_purchase)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/inAppPurchaseVersions",
            body=body,
            response_type=InAppPurchaseVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_versions: Sequence[_Enum0] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        fields_in_app_purchase_images: Sequence[_Enum2] | None = None,
        fields_in_app_purchase_localizations: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_images: int | None = None,
        limit_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseVersionResponse:
        """inAppPurchaseVersions_getInstance

        GET /v1/inAppPurchaseVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_
        """
        from ascapi.models.in_app_purchase_version_response import InAppPurchaseVersionResponse

        return self._client._call(
            "GET",
            path("/v1/inAppPurchaseVersions/{id}", id=id),
            params={
                "fields[inAppPurchaseVersions]": fields_in_app_purchase_versions,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "fields[inAppPurchaseImages]": fields_in_app_purchase_images,
                "fields[inAppPurchaseLocalizations]": fields_in_app_purchase_localizations,
                "include": include,
                "limit[images]": limit_images,
                "limit[localizations]": limit_localizations,
            },
            maxima={"limit[images]": 50, "limit[localizations]": 50},
            response_type=InAppPurchaseVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchaseVersionsImage(SyncAPIResource):
    """``client.in_app_purchase_versions.image``: /v1/inAppPurchaseVersions"""

    def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_images: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseImageV2Response:
        """inAppPurchaseVersions_image_getToOneRelated

        GET /v1/inAppPurchaseVersions/{id}/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-image
        """
        from ascapi.models.in_app_purchase_image_v2_response import InAppPurchaseImageV2Response

        return self._client._call(
            "GET",
            path("/v1/inAppPurchaseVersions/{id}/image", id=id),
            params={"fields[inAppPurchaseImages]": fields_in_app_purchase_images},
            response_type=InAppPurchaseImageV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseVersionImageLinkageResponse:
        """inAppPurchaseVersions_image_getToOneRelationship

        GET /v1/inAppPurchaseVersions/{id}/relationships/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-relationships-image
        """
        from ascapi.models.in_app_purchase_version_image_linkage_response import (
            InAppPurchaseVersionImageLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/inAppPurchaseVersions/{id}/relationships/image", id=id),
            response_type=InAppPurchaseVersionImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchaseVersionsImages(SyncAPIResource):
    """``client.in_app_purchase_versions.images``: /v1/inAppPurchaseVersions"""

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
        InAppPurchaseVersionImagesLinkagesResponse, InAppPurchaseVersionImagesLinkagesResponseData
    ]:
        """inAppPurchaseVersions_images_getToManyRelationship

        GET /v1/inAppPurchaseVersions/{id}/relationships/images

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-relationships-images
        """
        from ascapi.models.in_app_purchase_version_images_linkages_response import (
            InAppPurchaseVersionImagesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchaseVersions/{id}/relationships/images", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchaseVersionImagesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_in_app_purchase_images: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[InAppPurchaseImagesV2Response, InAppPurchaseImageV2]:
        """inAppPurchaseVersions_images_getToManyRelated

        GET /v1/inAppPurchaseVersions/{id}/images

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-images
        """
        from ascapi.models.in_app_purchase_images_v2_response import InAppPurchaseImagesV2Response

        return self._client._get_page(
            path("/v1/inAppPurchaseVersions/{id}/images", id=id),
            params={
                "fields[inAppPurchaseImages]": fields_in_app_purchase_images,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=InAppPurchaseImagesV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchaseVersionsLocalizations(SyncAPIResource):
    """``client.in_app_purchase_versions.localizations``: /v1/inAppPurchaseVersions"""

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
        InAppPurchaseVersionLocalizationsLinkagesResponse,
        InAppPurchaseVersionLocalizationsLinkagesResponseData,
    ]:
        """inAppPurchaseVersions_localizations_getToManyRelationship

        GET /v1/inAppPurchaseVersions/{id}/relationships/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-relationships-localizations
        """
        from ascapi.models.in_app_purchase_version_localizations_linkages_response import (
            InAppPurchaseVersionLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchaseVersions/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchaseVersionLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_in_app_purchase_localizations: Sequence[_Enum3] | None = None,
        fields_in_app_purchase_versions: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[InAppPurchaseLocalizationsV2Response, InAppPurchaseLocalizationV2]:
        """inAppPurchaseVersions_localizations_getToManyRelated

        GET /v1/inAppPurchaseVersions/{id}/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-localizations
        """
        from ascapi.models.in_app_purchase_localizations_v2_response import (
            InAppPurchaseLocalizationsV2Response,
        )

        return self._client._get_page(
            path("/v1/inAppPurchaseVersions/{id}/localizations", id=id),
            params={
                "fields[inAppPurchaseLocalizations]": fields_in_app_purchase_localizations,
                "fields[inAppPurchaseVersions]": fields_in_app_purchase_versions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=InAppPurchaseLocalizationsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchaseVersions(AsyncAPIResource):
    """``client.in_app_purchase_versions``: /v1/inAppPurchaseVersions"""

    @cached_property
    def image(self) -> AsyncInAppPurchaseVersionsImage:
        return AsyncInAppPurchaseVersionsImage(self._client)

    @cached_property
    def images(self) -> AsyncInAppPurchaseVersionsImages:
        return AsyncInAppPurchaseVersionsImages(self._client)

    @cached_property
    def localizations(self) -> AsyncInAppPurchaseVersionsLocalizations:
        return AsyncInAppPurchaseVersionsLocalizations(self._client)

    async def create(
        self,
        *,
        body: InAppPurchaseVersionCreateRequest | Mapping[str, Any] | None = None,
        in_app_purchase: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseVersionResponse:
        """inAppPurchaseVersions_createInstance

        POST /v1/inAppPurchaseVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseversions
        """
        from ascapi.models.in_app_purchase_version_response import InAppPurchaseVersionResponse

        body = _support.document(
            body,
            in_app_purchase is not UNSET,
            "inAppPurchaseVersions",
            None,
            {},
            {"inAppPurchase": ("inAppPurchases", False, in_app_purchase)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/inAppPurchaseVersions",
            body=body,
            response_type=InAppPurchaseVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_versions: Sequence[_Enum0] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        fields_in_app_purchase_images: Sequence[_Enum2] | None = None,
        fields_in_app_purchase_localizations: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_images: int | None = None,
        limit_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseVersionResponse:
        """inAppPurchaseVersions_getInstance

        GET /v1/inAppPurchaseVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_
        """
        from ascapi.models.in_app_purchase_version_response import InAppPurchaseVersionResponse

        return await self._client._call(
            "GET",
            path("/v1/inAppPurchaseVersions/{id}", id=id),
            params={
                "fields[inAppPurchaseVersions]": fields_in_app_purchase_versions,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "fields[inAppPurchaseImages]": fields_in_app_purchase_images,
                "fields[inAppPurchaseLocalizations]": fields_in_app_purchase_localizations,
                "include": include,
                "limit[images]": limit_images,
                "limit[localizations]": limit_localizations,
            },
            maxima={"limit[images]": 50, "limit[localizations]": 50},
            response_type=InAppPurchaseVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchaseVersionsImage(AsyncAPIResource):
    """``client.in_app_purchase_versions.image``: /v1/inAppPurchaseVersions"""

    async def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_images: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseImageV2Response:
        """inAppPurchaseVersions_image_getToOneRelated

        GET /v1/inAppPurchaseVersions/{id}/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-image
        """
        from ascapi.models.in_app_purchase_image_v2_response import InAppPurchaseImageV2Response

        return await self._client._call(
            "GET",
            path("/v1/inAppPurchaseVersions/{id}/image", id=id),
            params={"fields[inAppPurchaseImages]": fields_in_app_purchase_images},
            response_type=InAppPurchaseImageV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseVersionImageLinkageResponse:
        """inAppPurchaseVersions_image_getToOneRelationship

        GET /v1/inAppPurchaseVersions/{id}/relationships/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-relationships-image
        """
        from ascapi.models.in_app_purchase_version_image_linkage_response import (
            InAppPurchaseVersionImageLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/inAppPurchaseVersions/{id}/relationships/image", id=id),
            response_type=InAppPurchaseVersionImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchaseVersionsImages(AsyncAPIResource):
    """``client.in_app_purchase_versions.images``: /v1/inAppPurchaseVersions"""

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
        InAppPurchaseVersionImagesLinkagesResponse, InAppPurchaseVersionImagesLinkagesResponseData
    ]:
        """inAppPurchaseVersions_images_getToManyRelationship

        GET /v1/inAppPurchaseVersions/{id}/relationships/images

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-relationships-images
        """
        from ascapi.models.in_app_purchase_version_images_linkages_response import (
            InAppPurchaseVersionImagesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchaseVersions/{id}/relationships/images", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchaseVersionImagesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_in_app_purchase_images: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[InAppPurchaseImagesV2Response, InAppPurchaseImageV2]:
        """inAppPurchaseVersions_images_getToManyRelated

        GET /v1/inAppPurchaseVersions/{id}/images

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-images
        """
        from ascapi.models.in_app_purchase_images_v2_response import InAppPurchaseImagesV2Response

        return self._client._get_page(
            path("/v1/inAppPurchaseVersions/{id}/images", id=id),
            params={
                "fields[inAppPurchaseImages]": fields_in_app_purchase_images,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=InAppPurchaseImagesV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchaseVersionsLocalizations(AsyncAPIResource):
    """``client.in_app_purchase_versions.localizations``: /v1/inAppPurchaseVersions"""

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
        InAppPurchaseVersionLocalizationsLinkagesResponse,
        InAppPurchaseVersionLocalizationsLinkagesResponseData,
    ]:
        """inAppPurchaseVersions_localizations_getToManyRelationship

        GET /v1/inAppPurchaseVersions/{id}/relationships/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-relationships-localizations
        """
        from ascapi.models.in_app_purchase_version_localizations_linkages_response import (
            InAppPurchaseVersionLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchaseVersions/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchaseVersionLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_in_app_purchase_localizations: Sequence[_Enum3] | None = None,
        fields_in_app_purchase_versions: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[InAppPurchaseLocalizationsV2Response, InAppPurchaseLocalizationV2]:
        """inAppPurchaseVersions_localizations_getToManyRelated

        GET /v1/inAppPurchaseVersions/{id}/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-localizations
        """
        from ascapi.models.in_app_purchase_localizations_v2_response import (
            InAppPurchaseLocalizationsV2Response,
        )

        return self._client._get_page(
            path("/v1/inAppPurchaseVersions/{id}/localizations", id=id),
            params={
                "fields[inAppPurchaseLocalizations]": fields_in_app_purchase_localizations,
                "fields[inAppPurchaseVersions]": fields_in_app_purchase_versions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=InAppPurchaseLocalizationsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )
