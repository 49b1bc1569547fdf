# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_event_screenshots`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_event_screenshot_create_request import AppEventScreenshotCreateRequest
    from ascapi.models.app_event_screenshot_response import AppEventScreenshotResponse
    from ascapi.models.app_event_screenshot_update_request import AppEventScreenshotUpdateRequest
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["EVENT_CARD", "EVENT_DETAILS_PAGE"]
    _Enum1 = Literal[
        "fileSize",
        "fileName",
        "imageAsset",
        "assetToken",
        "uploadOperations",
        "assetDeliveryState",
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


class AppEventScreenshots(SyncAPIResource):
    """``client.app_event_screenshots``: /v1/appEventScreenshots"""

    def create(
        self,
        *,
        body: AppEventScreenshotCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        app_event_asset_type: _Enum0 | str | None | UnsetType = UNSET,
        app_event_localization: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventScreenshotResponse:
        """appEventScreenshots_createInstance

        POST /v1/appEventScreenshots

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appeventscreenshots
        """
        from ascapi.models.app_event_screenshot_response import AppEventScreenshotResponse

        body = _support.document(
            body,
            file_size is not UNSET
            or file_name is not UNSET
            or app_event_asset_type is not UNSET
            or app_event_localization is not UNSET,
            "appEventScreenshots",
            None,
            {
                "fileSize": file_size,
                "fileName": file_name,
                "appEventAssetType": app_event_asset_type,
            },
            {"appEventLocalization": ("appEventLocalizations", False, app_event_localization)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/appEventScreenshots",
            body=body,
            response_type=AppEventScreenshotResponse,
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
        """appEventScreenshots_deleteInstance

        DELETE /v1/appEventScreenshots/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appeventscreenshots-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appEventScreenshots/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_event_screenshots: Sequence[_Enum1] | None = None,
        fields_app_event_localizations: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventScreenshotResponse:
        """appEventScreenshots_getInstance

        GET /v1/appEventScreenshots/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventscreenshots-_id_
        """
        from ascapi.models.app_event_screenshot_response import AppEventScreenshotResponse

        return self._client._call(
            "GET",
            path("/v1/appEventScreenshots/{id}", id=id),
            params={
                "fields[appEventScreenshots]": fields_app_event_screenshots,
                "fields[appEventLocalizations]": fields_app_event_localizations,
                "include": include,
            },
            response_type=AppEventScreenshotResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppEventScreenshotUpdateRequest | Mapping[str, Any] | None = None,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventScreenshotResponse:
        """appEventScreenshots_updateInstance

        PATCH /v1/appEventScreenshots/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appeventscreenshots-_id_
        """
        from ascapi.models.app_event_screenshot_response import AppEventScreenshotResponse

        body = _support.document(
            body,
            uploaded is not UNSET,
            "appEventScreenshots",
            id,
            {"uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appEventScreenshots/{id}", id=id),
            body=body,
            response_type=AppEventScreenshotResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppEventScreenshots(AsyncAPIResource):
    """``client.app_event_screenshots``: /v1/appEventScreenshots"""

    async def create(
        self,
        *,
        body: AppEventScreenshotCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        app_event_asset_type: _Enum0 | str | None | UnsetType = UNSET,
        app_event_localization: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventScreenshotResponse:
        """appEventScreenshots_createInstance

        POST /v1/appEventScreenshots

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appeventscreenshots
        """
        from ascapi.models.app_event_screenshot_response import AppEventScreenshotResponse

        body = _support.document(
            body,
            file_size is not UNSET
            or file_name is not UNSET
            or app_event_asset_type is not UNSET
            or app_event_localization is not UNSET,
            "appEventScreenshots",
            None,
            {
                "fileSize": file_size,
                "fileName": file_name,
                "appEventAssetType": app_event_asset_type,
            },
            {"appEventLocalization": ("appEventLocalizations", False, app_event_localization)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/appEventScreenshots",
            body=body,
            response_type=AppEventScreenshotResponse,
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
        """appEventScreenshots_deleteInstance

        DELETE /v1/appEventScreenshots/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appeventscreenshots-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appEventScreenshots/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_event_screenshots: Sequence[_Enum1] | None = None,
        fields_app_event_localizations: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventScreenshotResponse:
        """appEventScreenshots_getInstance

        GET /v1/appEventScreenshots/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventscreenshots-_id_
        """
        from ascapi.models.app_event_screenshot_response import AppEventScreenshotResponse

        return await self._client._call(
            "GET",
            path("/v1/appEventScreenshots/{id}", id=id),
            params={
                "fields[appEventScreenshots]": fields_app_event_screenshots,
                "fields[appEventLocalizations]": fields_app_event_localizations,
                "include": include,
            },
            response_type=AppEventScreenshotResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppEventScreenshotUpdateRequest | Mapping[str, Any] | None = None,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventScreenshotResponse:
        """appEventScreenshots_updateInstance

        PATCH /v1/appEventScreenshots/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appeventscreenshots-_id_
        """
        from ascapi.models.app_event_screenshot_response import AppEventScreenshotResponse

        body = _support.document(
            body,
            uploaded is not UNSET,
            "appEventScreenshots",
            id,
            {"uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appEventScreenshots/{id}", id=id),
            body=body,
            response_type=AppEventScreenshotResponse,
            options=options(extra_headers, extra_query, timeout),
        )
