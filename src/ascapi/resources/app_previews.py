# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_previews`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_preview_create_request import AppPreviewCreateRequest
    from ascapi.models.app_preview_response import AppPreviewResponse
    from ascapi.models.app_preview_update_request import AppPreviewUpdateRequest
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "previewFrameTimeCode",
        "mimeType",
        "videoUrl",
        "previewFrameImage",
        "previewImage",
        "uploadOperations",
        "assetDeliveryState",
        "videoDeliveryState",
        "appPreviewSet",
    ]
    _Enum1 = Literal[
        "previewType",
        "appStoreVersionLocalization",
        "appCustomProductPageLocalization",
        "appStoreVersionExperimentTreatmentLocalization",
        "appPreviews",
    ]
    _Enum2 = Literal["appPreviewSet"]


class AppPreviews(SyncAPIResource):
    """``client.app_previews``: /v1/appPreviews"""

    def create(
        self,
        *,
        body: AppPreviewCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        preview_frame_time_code: str | None | UnsetType = UNSET,
        mime_type: str | None | UnsetType = UNSET,
        app_preview_set: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppPreviewResponse:
        """appPreviews_createInstance

        POST /v1/appPreviews

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-apppreviews
        """
        from ascapi.models.app_preview_response import AppPreviewResponse

        body = _support.document(
            body,
            file_size is not UNSET
            or file_name is not UNSET
            or preview_frame_time_code is not UNSET
            or mime_type is not UNSET
            or app_preview_set is not UNSET,
            "appPreviews",
            None,
            {
                "fileSize": file_size,
                "fileName": file_name,
                "previewFrameTimeCode": preview_frame_time_code,
                "mimeType": mime_type,
            },
            {"appPreviewSet": ("appPreviewSets", False, app_preview_set)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/appPreviews",
            body=body,
            response_type=AppPreviewResponse,
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
        """appPreviews_deleteInstance

        DELETE /v1/appPreviews/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-apppreviews-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appPreviews/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_previews: Sequence[_Enum0] | None = None,
        fields_app_preview_sets: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppPreviewResponse:
        """appPreviews_getInstance

        GET /v1/appPreviews/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviews-_id_
        """
        from ascapi.models.app_preview_response import AppPreviewResponse

        return self._client._call(
            "GET",
            path("/v1/appPreviews/{id}", id=id),
            params={
                "fields[appPreviews]": fields_app_previews,
                "fields[appPreviewSets]": fields_app_preview_sets,
                "include": include,
            },
            response_type=AppPreviewResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppPreviewUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        preview_frame_time_code: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppPreviewResponse:
        """appPreviews_updateInstance

        PATCH /v1/appPreviews/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-apppreviews-_id_
        """
        from ascapi.models.app_preview_response import AppPreviewResponse

        body = _support.document(
            body,
            source_file_checksum is not UNSET
            or preview_frame_time_code is not UNSET
            or uploaded is not UNSET,
            "appPreviews",
            id,
            {
                "sourceFileChecksum": source_file_checksum,
                "previewFrameTimeCode": preview_frame_time_code,
                "uploaded": uploaded,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appPreviews/{id}", id=id),
            body=body,
            response_type=AppPreviewResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppPreviews(AsyncAPIResource):
    """``client.app_previews``: /v1/appPreviews"""

    async def create(
        self,
        *,
        body: AppPreviewCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        preview_frame_time_code: str | None | UnsetType = UNSET,
        mime_type: str | None | UnsetType = UNSET,
        app_preview_set: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppPreviewResponse:
        """appPreviews_createInstance

        POST /v1/appPreviews

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-apppreviews
        """
        from ascapi.models.app_preview_response import AppPreviewResponse

        body = _support.document(
            body,
            file_size is not UNSET
            or file_name is not UNSET
            or preview_frame_time_code is not UNSET
            or mime_type is not UNSET
            or app_preview_set is not UNSET,
            "appPreviews",
            None,
            {
                "fileSize": file_size,
                "fileName": file_name,
                "previewFrameTimeCode": preview_frame_time_code,
                "mimeType": mime_type,
            },
            {"appPreviewSet": ("appPreviewSets", False, app_preview_set)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/appPreviews",
            body=body,
            response_type=AppPreviewResponse,
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
        """appPreviews_deleteInstance

        DELETE /v1/appPreviews/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-apppreviews-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appPreviews/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_previews: Sequence[_Enum0] | None = None,
        fields_app_preview_sets: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppPreviewResponse:
        """appPreviews_getInstance

        GET /v1/appPreviews/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviews-_id_
        """
        from ascapi.models.app_preview_response import AppPreviewResponse

        return await self._client._call(
            "GET",
            path("/v1/appPreviews/{id}", id=id),
            params={
                "fields[appPreviews]": fields_app_previews,
                "fields[appPreviewSets]": fields_app_preview_sets,
                "include": include,
            },
            response_type=AppPreviewResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppPreviewUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        preview_frame_time_code: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppPreviewResponse:
        """appPreviews_updateInstance

        PATCH /v1/appPreviews/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-apppreviews-_id_
        """
        from ascapi.models.app_preview_response import AppPreviewResponse

        body = _support.document(
            body,
            source_file_checksum is not UNSET
            or preview_frame_time_code is not UNSET
            or uploaded is not UNSET,
            "appPreviews",
            id,
            {
                "sourceFileChecksum": source_file_checksum,
                "previewFrameTimeCode": preview_frame_time_code,
                "uploaded": uploaded,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appPreviews/{id}", id=id),
            body=body,
            response_type=AppPreviewResponse,
            options=options(extra_headers, extra_query, timeout),
        )
