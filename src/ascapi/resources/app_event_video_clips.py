# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_event_video_clips`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_event_video_clip_create_request import AppEventVideoClipCreateRequest
    from ascapi.models.app_event_video_clip_response import AppEventVideoClipResponse
    from ascapi.models.app_event_video_clip_update_request import AppEventVideoClipUpdateRequest
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["EVENT_CARD", "EVENT_DETAILS_PAGE"]
    _Enum1 = Literal[
        "fileSize",
        "fileName",
        "previewFrameTimeCode",
        "videoUrl",
        "previewFrameImage",
        "previewImage",
        "uploadOperations",
        "assetDeliveryState",
        "videoDeliveryState",
        "appEventAssetType",
        "appEventLocalization",
    ]
    _Enum2 = Literal[
        "locale",
        "name",
        "shortDescription",
        "longDescription",
        "appEvent",
        "appEventScreenshots",
        "appEventVideoClips",
    ]
    _Enum3 = Literal["appEventLocalization"]


class AppEventVideoClips(SyncAPIResource):
    """``client.app_event_video_clips``: /v1/appEventVideoClips"""

    def create(
        self,
        *,
        body: AppEventVideoClipCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        preview_frame_time_code: str | None | UnsetType = UNSET,
        app_event_asset_type: _Enum0 | str | None | UnsetType = UNSET,
        app_event_localization: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventVideoClipResponse:
        """appEventVideoClips_createInstance

        POST /v1/appEventVideoClips

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appeventvideoclips
        """
        from ascapi.models.app_event_video_clip_response import AppEventVideoClipResponse

        body = _support.document(
            body,
            file_size is not UNSET
            or file_name is not UNSET
            or preview_frame_time_code is not UNSET
            or app_event_asset_type is not UNSET
            or app_event_localization is not UNSET,
            "appEventVideoClips",
            None,
            {
                "fileSize": file_size,
                "fileName": file_name,
                "previewFrameTimeCode": preview_frame_time_code,
                "appEventAssetType": app_event_asset_type,
            },
            {"appEventLocalization": ("appEventLocalizations", False, app_event_localization)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/appEventVideoClips",
            body=body,
            response_type=AppEventVideoClipResponse,
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
        """appEventVideoClips_deleteInstance

        DELETE /v1/appEventVideoClips/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appeventvideoclips-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appEventVideoClips/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_event_video_clips: Sequence[_Enum1] | None = None,
        fields_app_event_localizations: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventVideoClipResponse:
        """appEventVideoClips_getInstance

        GET /v1/appEventVideoClips/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventvideoclips-_id_
        """
        from ascapi.models.app_event_video_clip_response import AppEventVideoClipResponse

        return self._client._call(
            "GET",
            path("/v1/appEventVideoClips/{id}", id=id),
            params={
                "fields[appEventVideoClips]": fields_app_event_video_clips,
                "fields[appEventLocalizations]": fields_app_event_localizations,
                "include": include,
            },
            response_type=AppEventVideoClipResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppEventVideoClipUpdateRequest | Mapping[str, Any] | None = None,
        preview_frame_time_code: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventVideoClipResponse:
        """appEventVideoClips_updateInstance

        PATCH /v1/appEventVideoClips/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appeventvideoclips-_id_
        """
        from ascapi.models.app_event_video_clip_response import AppEventVideoClipResponse

        body = _support.document(
            body,
            preview_frame_time_code is not UNSET or uploaded is not UNSET,
            "appEventVideoClips",
            id,
            {"previewFrameTimeCode": preview_frame_time_code, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appEventVideoClips/{id}", id=id),
            body=body,
            response_type=AppEventVideoClipResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppEventVideoClips(AsyncAPIResource):
    """``client.app_event_video_clips``: /v1/appEventVideoClips"""

    async def create(
        self,
        *,
        body: AppEventVideoClipCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        preview_frame_time_code: str | None | UnsetType = UNSET,
        app_event_asset_type: _Enum0 | str | None | UnsetType = UNSET,
        app_event_localization: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventVideoClipResponse:
        """appEventVideoClips_createInstance

        POST /v1/appEventVideoClips

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appeventvideoclips
        """
        from ascapi.models.app_event_video_clip_response import AppEventVideoClipResponse

        body = _support.document(
            body,
            file_size is not UNSET
            or file_name is not UNSET
            or preview_frame_time_code is not UNSET
            or app_event_asset_type is not UNSET
            or app_event_localization is not UNSET,
            "appEventVideoClips",
            None,
            {
                "fileSize": file_size,
                "fileName": file_name,
                "previewFrameTimeCode": preview_frame_time_code,
                "appEventAssetType": app_event_asset_type,
            },
            {"appEventLocalization": ("appEventLocalizations", False, app_event_localization)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/appEventVideoClips",
            body=body,
            response_type=AppEventVideoClipResponse,
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
        """appEventVideoClips_deleteInstance

        DELETE /v1/appEventVideoClips/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appeventvideoclips-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appEventVideoClips/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_event_video_clips: Sequence[_Enum1] | None = None,
        fields_app_event_localizations: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventVideoClipResponse:
        """appEventVideoClips_getInstance

        GET /v1/appEventVideoClips/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventvideoclips-_id_
        """
        from ascapi.models.app_event_video_clip_response import AppEventVideoClipResponse

        return await self._client._call(
            "GET",
            path("/v1/appEventVideoClips/{id}", id=id),
            params={
                "fields[appEventVideoClips]": fields_app_event_video_clips,
                "fields[appEventLocalizations]": fields_app_event_localizations,
                "include": include,
            },
            response_type=AppEventVideoClipResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppEventVideoClipUpdateRequest | Mapping[str, Any] | None = None,
        preview_frame_time_code: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventVideoClipResponse:
        """appEventVideoClips_updateInstance

        PATCH /v1/appEventVideoClips/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appeventvideoclips-_id_
        """
        from ascapi.models.app_event_video_clip_response import AppEventVideoClipResponse

        body = _support.document(
            body,
            preview_frame_time_code is not UNSET or uploaded is not UNSET,
            "appEventVideoClips",
            id,
            {"previewFrameTimeCode": preview_frame_time_code, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appEventVideoClips/{id}", id=id),
            body=body,
            response_type=AppEventVideoClipResponse,
            options=options(extra_headers, extra_query, timeout),
        )
