# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_clip_advanced_experience_images`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_clip_advanced_experience_image_create_request import (
        AppClipAdvancedExperienceImageCreateRequest,
    )
    from ascapi.models.app_clip_advanced_experience_image_response import (
        AppClipAdvancedExperienceImageResponse,
    )
    from ascapi.models.app_clip_advanced_experience_image_update_request import (
        AppClipAdvancedExperienceImageUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
    ]


class AppClipAdvancedExperienceImages(SyncAPIResource):
    """``client.app_clip_advanced_experience_images``: /v1/appClipAdvancedExperienceImages"""

    def create(
        self,
        *,
        body: AppClipAdvancedExperienceImageCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipAdvancedExperienceImageResponse:
        """appClipAdvancedExperienceImages_createInstance

        POST /v1/appClipAdvancedExperienceImages

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipadvancedexperienceimages
        """
        from ascapi.models.app_clip_advanced_experience_image_response import (
            AppClipAdvancedExperienceImageResponse,
        )

        body = _support.document(
            body,
            file_size is not UNSET or file_name is not UNSET,
            "appClipAdvancedExperienceImages",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/appClipAdvancedExperienceImages",
            body=body,
            response_type=AppClipAdvancedExperienceImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_clip_advanced_experience_images: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipAdvancedExperienceImageResponse:
        """appClipAdvancedExperienceImages_getInstance

        GET /v1/appClipAdvancedExperienceImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipadvancedexperienceimages-_id_
        """
        from ascapi.models.app_clip_advanced_experience_image_response import (
            AppClipAdvancedExperienceImageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appClipAdvancedExperienceImages/{id}", id=id),
            params={
                "fields[appClipAdvancedExperienceImages]": fields_app_clip_advanced_experience_images
            },
            response_type=AppClipAdvancedExperienceImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppClipAdvancedExperienceImageUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipAdvancedExperienceImageResponse:
        """appClipAdvancedExperienceImages_updateInstance

        PATCH /v1/appClipAdvancedExperienceImages/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipadvancedexperienceimages-_id_
        """
        from ascapi.models.app_clip_advanced_experience_image_response import (
            AppClipAdvancedExperienceImageResponse,
        )

        body = _support.document(
            body,
            source_file_checksum is not UNSET or uploaded is not UNSET,
            "appClipAdvancedExperienceImages",
            id,
            {"sourceFileChecksum": source_file_checksum, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appClipAdvancedExperienceImages/{id}", id=id),
            body=body,
            response_type=AppClipAdvancedExperienceImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppClipAdvancedExperienceImages(AsyncAPIResource):
    """``client.app_clip_advanced_experience_images``: /v1/appClipAdvancedExperienceImages"""

    async def create(
        self,
        *,
        body: AppClipAdvancedExperienceImageCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipAdvancedExperienceImageResponse:
        """appClipAdvancedExperienceImages_createInstance

        POST /v1/appClipAdvancedExperienceImages

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipadvancedexperienceimages
        """
        from ascapi.models.app_clip_advanced_experience_image_response import (
            AppClipAdvancedExperienceImageResponse,
        )

        body = _support.document(
            body,
            file_size is not UNSET or file_name is not UNSET,
            "appClipAdvancedExperienceImages",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/appClipAdvancedExperienceImages",
            body=body,
            response_type=AppClipAdvancedExperienceImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_clip_advanced_experience_images: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipAdvancedExperienceImageResponse:
        """appClipAdvancedExperienceImages_getInstance

        GET /v1/appClipAdvancedExperienceImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipadvancedexperienceimages-_id_
        """
        from ascapi.models.app_clip_advanced_experience_image_response import (
            AppClipAdvancedExperienceImageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appClipAdvancedExperienceImages/{id}", id=id),
            params={
                "fields[appClipAdvancedExperienceImages]": fields_app_clip_advanced_experience_images
            },
            response_type=AppClipAdvancedExperienceImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppClipAdvancedExperienceImageUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipAdvancedExperienceImageResponse:
        """appClipAdvancedExperienceImages_updateInstance

        PATCH /v1/appClipAdvancedExperienceImages/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipadvancedexperienceimages-_id_
        """
        from ascapi.models.app_clip_advanced_experience_image_response import (
            AppClipAdvancedExperienceImageResponse,
        )

        body = _support.document(
            body,
            source_file_checksum is not UNSET or uploaded is not UNSET,
            "appClipAdvancedExperienceImages",
            id,
            {"sourceFileChecksum": source_file_checksum, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appClipAdvancedExperienceImages/{id}", id=id),
            body=body,
            response_type=AppClipAdvancedExperienceImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
