# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_versions`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.subscription_image_v2 import SubscriptionImageV2
    from ascapi.models.subscription_image_v2_response import SubscriptionImageV2Response
    from ascapi.models.subscription_images_v2_response import SubscriptionImagesV2Response
    from ascapi.models.subscription_localization_v2 import SubscriptionLocalizationV2
    from ascapi.models.subscription_localizations_v2_response import (
        SubscriptionLocalizationsV2Response,
    )
    from ascapi.models.subscription_version_create_request import SubscriptionVersionCreateRequest
    from ascapi.models.subscription_version_image_linkage_response import (
        SubscriptionVersionImageLinkageResponse,
    )
    from ascapi.models.subscription_version_images_linkages_response import (
        SubscriptionVersionImagesLinkagesResponse,
        SubscriptionVersionImagesLinkagesResponseData,
    )
    from ascapi.models.subscription_version_localizations_linkages_response import (
        SubscriptionVersionLocalizationsLinkagesResponse,
        SubscriptionVersionLocalizationsLinkagesResponseData,
    )
    from ascapi.models.subscription_version_response import SubscriptionVersionResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["version", "state", "subscription", "image", "images", "localizations"]
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
    _Enum2 = Literal[
        "fileSize", "fileName", "assetToken", "imageAsset", "uploadOperations", "assetDeliveryState"
    ]
    _Enum3 = Literal["name", "locale", "description", "version"]
    _Enum4 = Literal["subscription", "image", "images", "localizations"]
    _Enum5 = Literal["version"]


class SubscriptionVersions(SyncAPIResource):
    """``client.subscription_versions``: /v1/subscriptionVersions"""

    @cached_property
    def image(self) -> SubscriptionVersionsImage:
        return SubscriptionVersionsImage(self._client)

    @cached_property
    def images(self) -> SubscriptionVersionsImages:
        return SubscriptionVersionsImages(self._client)

    @cached_property
    def localizations(self) -> SubscriptionVersionsLocalizations:
        return SubscriptionVersionsLocalizations(self._client)

    def create(
        self,
        *,
        body: SubscriptionVersionCreateRequest | Mapping[str, Any] | None = None,
        subscription: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionVersionResponse:
        """subscriptionVersions_createInstance

        POST /v1/subscriptionVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionversions
        """
        from ascapi.models.subscription_version_response import SubscriptionVersionResponse

        body = _support.document(
            body,
            subscription is not UNSET,
            "subscriptionVersions",
            None,
            {},
            {"subscription": ("subscriptions", False, subscription)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/subscriptionVersions",
            body=body,
            response_type=SubscriptionVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_subscription_versions: Sequence[_Enum0] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        fields_subscription_images: Sequence[_Enum2] | None = None,
        fields_subscription_localizations: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_images: int | None = None,
        limit_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionVersionResponse:
        """subscriptionVersions_getInstance

        GET /v1/subscriptionVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_
        """
        from ascapi.models.subscription_version_response import SubscriptionVersionResponse

        return self._client._call(
            "GET",
            path("/v1/subscriptionVersions/{id}", id=id),
            params={
                "fields[subscriptionVersions]": fields_subscription_versions,
                "fields[subscriptions]": fields_subscriptions,
                "fields[subscriptionImages]": fields_subscription_images,
                "fields[subscriptionLocalizations]": fields_subscription_localizations,
                "include": include,
                "limit[images]": limit_images,
                "limit[localizations]": limit_localizations,
            },
            maxima={"limit[images]": 50, "limit[localizations]": 50},
            response_type=SubscriptionVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionVersionsImage(SyncAPIResource):
    """``client.subscription_versions.image``: /v1/subscriptionVersions"""

    def get(
        self,
        id: str,
        *,
        fields_subscription_images: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionImageV2Response:
        """subscriptionVersions_image_getToOneRelated

        GET /v1/subscriptionVersions/{id}/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-image
        """
        from ascapi.models.subscription_image_v2_response import SubscriptionImageV2Response

        return self._client._call(
            "GET",
            path("/v1/subscriptionVersions/{id}/image", id=id),
            params={"fields[subscriptionImages]": fields_subscription_images},
            response_type=SubscriptionImageV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionVersionImageLinkageResponse:
        """subscriptionVersions_image_getToOneRelationship

        GET /v1/subscriptionVersions/{id}/relationships/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-relationships-image
        """
        from ascapi.models.subscription_version_image_linkage_response import (
            SubscriptionVersionImageLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/subscriptionVersions/{id}/relationships/image", id=id),
            response_type=SubscriptionVersionImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionVersionsImages(SyncAPIResource):
    """``client.subscription_versions.images``: /v1/subscriptionVersions"""

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
        SubscriptionVersionImagesLinkagesResponse, SubscriptionVersionImagesLinkagesResponseData
    ]:
        """subscriptionVersions_images_getToManyRelationship

        GET /v1/subscriptionVersions/{id}/relationships/images

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-relationships-images
        """
        from ascapi.models.subscription_version_images_linkages_response import (
            SubscriptionVersionImagesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionVersions/{id}/relationships/images", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionVersionImagesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_subscription_images: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionImagesV2Response, SubscriptionImageV2]:
        """subscriptionVersions_images_getToManyRelated

        GET /v1/subscriptionVersions/{id}/images

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-images
        """
        from ascapi.models.subscription_images_v2_response import SubscriptionImagesV2Response

        return self._client._get_page(
            path("/v1/subscriptionVersions/{id}/images", id=id),
            params={
                "fields[subscriptionImages]": fields_subscription_images,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionImagesV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionVersionsLocalizations(SyncAPIResource):
    """``client.subscription_versions.localizations``: /v1/subscriptionVersions"""

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
        SubscriptionVersionLocalizationsLinkagesResponse,
        SubscriptionVersionLocalizationsLinkagesResponseData,
    ]:
        """subscriptionVersions_localizations_getToManyRelationship

        GET /v1/subscriptionVersions/{id}/relationships/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-relationships-localizations
        """
        from ascapi.models.subscription_version_localizations_linkages_response import (
            SubscriptionVersionLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionVersions/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionVersionLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_subscription_localizations: Sequence[_Enum3] | None = None,
        fields_subscription_versions: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionLocalizationsV2Response, SubscriptionLocalizationV2]:
        """subscriptionVersions_localizations_getToManyRelated

        GET /v1/subscriptionVersions/{id}/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-localizations
        """
        from ascapi.models.subscription_localizations_v2_response import (
            SubscriptionLocalizationsV2Response,
        )

        return self._client._get_page(
            path("/v1/subscriptionVersions/{id}/localizations", id=id),
            params={
                "fields[subscriptionLocalizations]": fields_subscription_localizations,
                "fields[subscriptionVersions]": fields_subscription_versions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionLocalizationsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionVersions(AsyncAPIResource):
    """``client.subscription_versions``: /v1/subscriptionVersions"""

    @cached_property
    def image(self) -> AsyncSubscriptionVersionsImage:
        return AsyncSubscriptionVersionsImage(self._client)

    @cached_property
    def images(self) -> AsyncSubscriptionVersionsImages:
        return AsyncSubscriptionVersionsImages(self._client)

    @cached_property
    def localizations(self) -> AsyncSubscriptionVersionsLocalizations:
        return AsyncSubscriptionVersionsLocalizations(self._client)

    async def create(
        self,
        *,
        body: SubscriptionVersionCreateRequest | Mapping[str, Any] | None = None,
        subscription: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionVersionResponse:
        """subscriptionVersions_createInstance

        POST /v1/subscriptionVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionversions
        """
        from ascapi.models.subscription_version_response import SubscriptionVersionResponse

        body = _support.document(
            body,
            subscription is not UNSET,
            "subscriptionVersions",
            None,
            {},
            {"subscription": ("subscriptions", False, subscription)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/subscriptionVersions",
            body=body,
            response_type=SubscriptionVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_subscription_versions: Sequence[_Enum0] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        fields_subscription_images: Sequence[_Enum2] | None = None,
        fields_subscription_localizations: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_images: int | None = None,
        limit_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionVersionResponse:
        """subscriptionVersions_getInstance

        GET /v1/subscriptionVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_
        """
        from ascapi.models.subscription_version_response import SubscriptionVersionResponse

        return await self._client._call(
            "GET",
            path("/v1/subscriptionVersions/{id}", id=id),
            params={
                "fields[subscriptionVersions]": fields_subscription_versions,
                "fields[subscriptions]": fields_subscriptions,
                "fields[subscriptionImages]": fields_subscription_images,
                "fields[subscriptionLocalizations]": fields_subscription_localizations,
                "include": include,
                "limit[images]": limit_images,
                "limit[localizations]": limit_localizations,
            },
            maxima={"limit[images]": 50, "limit[localizations]": 50},
            response_type=SubscriptionVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionVersionsImage(AsyncAPIResource):
    """``client.subscription_versions.image``: /v1/subscriptionVersions"""

    async def get(
        self,
        id: str,
        *,
        fields_subscription_images: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionImageV2Response:
        """subscriptionVersions_image_getToOneRelated

        GET /v1/subscriptionVersions/{id}/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-image
        """
        from ascapi.models.subscription_image_v2_response import SubscriptionImageV2Response

        return await self._client._call(
            "GET",
            path("/v1/subscriptionVersions/{id}/image", id=id),
            params={"fields[subscriptionImages]": fields_subscription_images},
            response_type=SubscriptionImageV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionVersionImageLinkageResponse:
        """subscriptionVersions_image_getToOneRelationship

        GET /v1/subscriptionVersions/{id}/relationships/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-relationships-image
        """
        from ascapi.models.subscription_version_image_linkage_response import (
            SubscriptionVersionImageLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/subscriptionVersions/{id}/relationships/image", id=id),
            response_type=SubscriptionVersionImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionVersionsImages(AsyncAPIResource):
    """``client.subscription_versions.images``: /v1/subscriptionVersions"""

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
        SubscriptionVersionImagesLinkagesResponse, SubscriptionVersionImagesLinkagesResponseData
    ]:
        """subscriptionVersions_images_getToManyRelationship

        GET /v1/subscriptionVersions/{id}/relationships/images

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-relationships-images
        """
        from ascapi.models.subscription_version_images_linkages_response import (
            SubscriptionVersionImagesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionVersions/{id}/relationships/images", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionVersionImagesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_subscription_images: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionImagesV2Response, SubscriptionImageV2]:
        """subscriptionVersions_images_getToManyRelated

        GET /v1/subscriptionVersions/{id}/images

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-images
        """
        from ascapi.models.subscription_images_v2_response import SubscriptionImagesV2Response

        return self._client._get_page(
            path("/v1/subscriptionVersions/{id}/images", id=id),
            params={
                "fields[subscriptionImages]": fields_subscription_images,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionImagesV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionVersionsLocalizations(AsyncAPIResource):
    """``client.subscription_versions.localizations``: /v1/subscriptionVersions"""

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
        SubscriptionVersionLocalizationsLinkagesResponse,
        SubscriptionVersionLocalizationsLinkagesResponseData,
    ]:
        """subscriptionVersions_localizations_getToManyRelationship

        GET /v1/subscriptionVersions/{id}/relationships/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-relationships-localizations
        """
        from ascapi.models.subscription_version_localizations_linkages_response import (
            SubscriptionVersionLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionVersions/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionVersionLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_subscription_localizations: Sequence[_Enum3] | None = None,
        fields_subscription_versions: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionLocalizationsV2Response, SubscriptionLocalizationV2]:
        """subscriptionVersions_localizations_getToManyRelated

        GET /v1/subscriptionVersions/{id}/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_-localizations
        """
        from ascapi.models.subscription_localizations_v2_response import (
            SubscriptionLocalizationsV2Response,
        )

        return self._client._get_page(
            path("/v1/subscriptionVersions/{id}/localizations", id=id),
            params={
                "fields[subscriptionLocalizations]": fields_subscription_localizations,
                "fields[subscriptionVersions]": fields_subscription_versions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionLocalizationsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )
