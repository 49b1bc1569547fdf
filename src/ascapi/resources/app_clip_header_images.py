# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_clip_header_images`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_clip_header_image_create_request import AppClipHeaderImageCreateRequest
    from ascapi.models.app_clip_header_image_response import AppClipHeaderImageResponse
    from ascapi.models.app_clip_header_image_update_request import AppClipHeaderImageUpdateRequest
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
        "appClipDefaultExperienceLocalization",
    ]
    _Enum1 = Literal["locale", "subtitle", "appClipDefaultExperience", "appClipHeaderImage"]
    _Enum2 = Literal["appClipDefaultExperienceLocalization"]


class AppClipHeaderImages(SyncAPIResource):
    """``client.app_clip_header_images``: /v1/appClipHeaderImages"""

    def create(
        self,
        *,
        body: AppClipHeaderImageCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        app_clip_default_experience_localization: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipHeaderImageResponse:
        """appClipHeaderImages_createInstance

        POST /v1/appClipHeaderImages

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipheaderimages
        """
        from ascapi.models.app_clip_header_image_response import AppClipHeaderImageResponse

        body = _support.document(
            body,
            file_size is not UNSET
            or file_name is not UNSET
            or app_clip_default_experience_localization is not UNSET,
            "appClipHeaderImages",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {
                "appClipDefaultExperienceLocalization": (
                    "appClipDefaultExperienceLocalizations",
                    False,
                    app_clip_default_experience_localization,
                )
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/appClipHeaderImages",
            body=body,
            response_type=AppClipHeaderImageResponse,
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
        """appClipHeaderImages_deleteInstance

        DELETE /v1/appClipHeaderImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appclipheaderimages-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appClipHeaderImages/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_clip_header_images: Sequence[_Enum0] | None = None,
        fields_app_clip_default_experience_localizations: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipHeaderImageResponse:
        """appClipHeaderImages_getInstance

        GET /v1/appClipHeaderImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipheaderimages-_id_
        """
        from ascapi.models.app_clip_header_image_response import AppClipHeaderImageResponse

        return self._client._call(
            "GET",
            path("/v1/appClipHeaderImages/{id}", id=id),
            params={
                "fields[appClipHeaderImages]": fields_app_clip_header_images,
                "fields[appClipDefaultExperienceLocalizations]": fields_app_clip_default_experience_localizations,
                "include": include,
            },
            response_type=AppClipHeaderImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppClipHeaderImageUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipHeaderImageResponse:
        """appClipHeaderImages_updateInstance

        PATCH /v1/appClipHeaderImages/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipheaderimages-_id_
        """
        from ascapi.models.app_clip_header_image_response import AppClipHeaderImageResponse

        body = _support.document(
            body,
            source_file_checksum is not UNSET or uploaded is not UNSET,
            "appClipHeaderImages",
            id,
            {"sourceFileChecksum": source_file_checksum, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appClipHeaderImages/{id}", id=id),
            body=body,
            response_type=AppClipHeaderImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppClipHeaderImages(AsyncAPIResource):
    """``client.app_clip_header_images``: /v1/appClipHeaderImages"""

    async def create(
        self,
        *,
        body: AppClipHeaderImageCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        app_clip_default_experience_localization: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipHeaderImageResponse:
        """appClipHeaderImages_createInstance

        POST /v1/appClipHeaderImages

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipheaderimages
        """
        from ascapi.models.app_clip_header_image_response import AppClipHeaderImageResponse

        body = _support.document(
            body,
            file_size is not UNSET
            or file_name is not UNSET
            or app_clip_default_experience_localization is not UNSET,
            "appClipHeaderImages",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {
                "appClipDefaultExperienceLocalization": (
                    "appClipDefaultExperienceLocalizations",
                    False,
                    app_clip_default_experience_localization,
                )
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/appClipHeaderImages",
            body=body,
            response_type=AppClipHeaderImageResponse,
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
        """appClipHeaderImages_deleteInstance

        DELETE /v1/appClipHeaderImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appclipheaderimages-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appClipHeaderImages/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_clip_header_images: Sequence[_Enum0] | None = None,
        fields_app_clip_default_experience_localizations: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipHeaderImageResponse:
        """appClipHeaderImages_getInstance

        GET /v1/appClipHeaderImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipheaderimages-_id_
        """
        from ascapi.models.app_clip_header_image_response import AppClipHeaderImageResponse

        return await self._client._call(
            "GET",
            path("/v1/appClipHeaderImages/{id}", id=id),
            params={
                "fields[appClipHeaderImages]": fields_app_clip_header_images,
                "fields[appClipDefaultExperienceLocalizations]": fields_app_clip_default_experience_localizations,
                "include": include,
            },
            response_type=AppClipHeaderImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppClipHeaderImageUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipHeaderImageResponse:
        """appClipHeaderImages_updateInstance

        PATCH /v1/appClipHeaderImages/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipheaderimages-_id_
        """
        from ascapi.models.app_clip_header_image_response import AppClipHeaderImageResponse

        body = _support.document(
            body,
            source_file_checksum is not UNSET or uploaded is not UNSET,
            "appClipHeaderImages",
            id,
            {"sourceFileChecksum": source_file_checksum, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appClipHeaderImages/{id}", id=id),
            body=body,
            response_type=AppClipHeaderImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
