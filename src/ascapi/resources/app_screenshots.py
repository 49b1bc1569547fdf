# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_screenshots`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_screenshot_create_request import AppScreenshotCreateRequest
    from ascapi.models.app_screenshot_response import AppScreenshotResponse
    from ascapi.models.app_screenshot_update_request import AppScreenshotUpdateRequest
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "imageAsset",
        "assetToken",
        "assetType",
        "uploadOperations",
        "assetDeliveryState",
        "appScreenshotSet",
    ]
    _Enum1 = Literal[
        "screenshotDisplayType",
        "appStoreVersionLocalization",
        "appCustomProductPageLocalization",
        "appStoreVersionExperimentTreatmentLocalization",
        "appScreenshots",
    ]
    _Enum2 = Literal["appScreenshotSet"]


class AppScreenshots(SyncAPIResource):
    """``client.app_screenshots``: /v1/appScreenshots"""

    def create(
        self,
        *,
        body: AppScreenshotCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        app_screenshot_set: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppScreenshotResponse:
        """appScreenshots_createInstance

        POST /v1/appScreenshots

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appscreenshots
        """
        from ascapi.models.app_screenshot_response import AppScreenshotResponse

        body = _support.document(
            body,
            file_size is not UNSET or file_name is not UNSET or app_screenshot_set is not UNSET,
            "appScreenshots",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {"appScreenshotSet": ("appScreenshotSets", False, app_screenshot_set)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/appScreenshots",
            body=body,
            response_type=AppScreenshotResponse,
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
        """appScreenshots_deleteInstance

        DELETE /v1/appScreenshots/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appscreenshots-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appScreenshots/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_screenshots: Sequence[_Enum0] | None = None,
        fields_app_screenshot_sets: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppScreenshotResponse:
        """appScreenshots_getInstance

        GET /v1/appScreenshots/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshots-_id_
        """
        from ascapi.models.app_screenshot_response import AppScreenshotResponse

        return self._client._call(
            "GET",
            path("/v1/appScreenshots/{id}", id=id),
            params={
                "fields[appScreenshots]": fields_app_screenshots,
                "fields[appScreenshotSets]": fields_app_screenshot_sets,
                "include": include,
            },
            response_type=AppScreenshotResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppScreenshotUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppScreenshotResponse:
        """appScreenshots_updateInstance

        PATCH /v1/appScreenshots/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appscreenshots-_id_
        """
        from ascapi.models.app_screenshot_response import AppScreenshotResponse

        body = _support.document(
            body,
            source_file_checksum is not UNSET or uploaded is not UNSET,
            "appScreenshots",
            id,
            {"sourceFileChecksum": source_file_checksum, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appScreenshots/{id}", id=id),
            body=body,
            response_type=AppScreenshotResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppScreenshots(AsyncAPIResource):
    """``client.app_screenshots``: /v1/appScreenshots"""

    async def create(
        self,
        *,
        body: AppScreenshotCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        app_screenshot_set: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppScreenshotResponse:
        """appScreenshots_createInstance

        POST /v1/appScreenshots

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appscreenshots
        """
        from ascapi.models.app_screenshot_response import AppScreenshotResponse

        body = _support.document(
            body,
            file_size is not UNSET or file_name is not UNSET or app_screenshot_set is not UNSET,
            "appScreenshots",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {"appScreenshotSet": ("appScreenshotSets", False, app_screenshot_set)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/appScreenshots",
            body=body,
            response_type=AppScreenshotResponse,
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
        """appScreenshots_deleteInstance

        DELETE /v1/appScreenshots/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appscreenshots-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appScreenshots/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_screenshots: Sequence[_Enum0] | None = None,
        fields_app_screenshot_sets: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppScreenshotResponse:
        """appScreenshots_getInstance

        GET /v1/appScreenshots/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshots-_id_
        """
        from ascapi.models.app_screenshot_response import AppScreenshotResponse

        return await self._client._call(
            "GET",
            path("/v1/appScreenshots/{id}", id=id),
            params={
                "fields[appScreenshots]": fields_app_screenshots,
                "fields[appScreenshotSets]": fields_app_screenshot_sets,
                "include": include,
            },
            response_type=AppScreenshotResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppScreenshotUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppScreenshotResponse:
        """appScreenshots_updateInstance

        PATCH /v1/appScreenshots/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appscreenshots-_id_
        """
        from ascapi.models.app_screenshot_response import AppScreenshotResponse

        body = _support.document(
            body,
            source_file_checksum is not UNSET or uploaded is not UNSET,
            "appScreenshots",
            id,
            {"sourceFileChecksum": source_file_checksum, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appScreenshots/{id}", id=id),
            body=body,
            response_type=AppScreenshotResponse,
            options=options(extra_headers, extra_query, timeout),
        )
