# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_event_localizations`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_event_localization_app_event_screenshots_linkages_response import (
        AppEventLocalizationAppEventScreenshotsLinkagesResponse,
        AppEventLocalizationAppEventScreenshotsLinkagesResponseData,
    )
    from ascapi.models.app_event_localization_app_event_video_clips_linkages_response import (
        AppEventLocalizationAppEventVideoClipsLinkagesResponse,
        AppEventLocalizationAppEventVideoClipsLinkagesResponseData,
    )
    from ascapi.models.app_event_localization_create_request import (
        AppEventLocalizationCreateRequest,
    )
    from ascapi.models.app_event_localization_response import AppEventLocalizationResponse
    from ascapi.models.app_event_localization_update_request import (
        AppEventLocalizationUpdateRequest,
    )
    from ascapi.models.app_event_screenshot import AppEventScreenshot
    from ascapi.models.app_event_screenshots_response import AppEventScreenshotsResponse
    from ascapi.models.app_event_video_clip import AppEventVideoClip
    from ascapi.models.app_event_video_clips_response import AppEventVideoClipsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "locale",
        "name",
        "shortDescription",
        "longDescription",
        "appEvent",
        "appEventScreenshots",
        "appEventVideoClips",
    ]
    _Enum1 = Literal[
        "referenceName",
        "badge",
        "eventState",
        "deepLink",
        "purchaseRequirement",
        "primaryLocale",
        "priority",
        "purpose",
        "territorySchedules",
        "archivedTerritorySchedules",
        "localizations",
    ]
    _Enum2 = Literal[
        "fileSize",
        "fileName",
        "imageAsset",
        "assetToken",
        "uploadOperations",
        "assetDeliveryState",
        "appEventAssetType",
        "appEventLocalization",
    ]
    _Enum3 = Literal[
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
    _Enum4 = Literal["appEvent", "appEventScreenshots", "appEventVideoClips"]
    _Enum5 = Literal["appEventLocalization"]


class AppEventLocalizations(SyncAPIResource):
    """``client.app_event_localizations``: /v1/appEventLocalizations"""

    @cached_property
    def app_event_screenshots(self) -> AppEventLocalizationsAppEventScreenshots:
        return AppEventLocalizationsAppEventScreenshots(self._client)

    @cached_property
    def app_event_video_clips(self) -> AppEventLocalizationsAppEventVideoClips:
        return AppEventLocalizationsAppEventVideoClips(self._client)

    def create(
        self,
        *,
        body: AppEventLocalizationCreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        short_description: str | None | UnsetType = UNSET,
        long_description: str | None | UnsetType = UNSET,
        app_event: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventLocalizationResponse:
        """appEventLocalizations_createInstance

        POST /v1/appEventLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appeventlocalizations
        """
        from ascapi.models.app_event_localization_response import AppEventLocalizationResponse

        body = _support.document(
            body,
            locale is not UNSET
            or name is not UNSET
            or short_description is not UNSET
            or long_description is not UNSET
            or app_event is not UNSET,
            "appEventLocalizations",
            None,
            {
                "locale": locale,
                "name": name,
                "shortDescription": short_description,
                "longDescription": long_description,
            },
            {"appEvent": ("appEvents", False, app_event)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/appEventLocalizations",
            body=body,
            response_type=AppEventLocalizationResponse,
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
        """appEventLocalizations_deleteInstance

        DELETE /v1/appEventLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appeventlocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appEventLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_event_localizations: Sequence[_Enum0] | None = None,
        fields_app_events: Sequence[_Enum1] | None = None,
        fields_app_event_screenshots: Sequence[_Enum2] | None = None,
        fields_app_event_video_clips: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_app_event_screenshots: int | None = None,
        limit_app_event_video_clips: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventLocalizationResponse:
        """appEventLocalizations_getInstance

        GET /v1/appEventLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_
        """
        from ascapi.models.app_event_localization_response import AppEventLocalizationResponse

        return self._client._call(
            "GET",
            path("/v1/appEventLocalizations/{id}", id=id),
            params={
                "fields[appEventLocalizations]": fields_app_event_localizations,
                "fields[appEvents]": fields_app_events,
                "fields[appEventScreenshots]": fields_app_event_screenshots,
                "fields[appEventVideoClips]": fields_app_event_video_clips,
                "include": include,
                "limit[appEventScreenshots]": limit_app_event_screenshots,
                "limit[appEventVideoClips]": limit_app_event_video_clips,
            },
            maxima={"limit[appEventScreenshots]": 50, "limit[appEventVideoClips]": 50},
            response_type=AppEventLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppEventLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        short_description: str | None | UnsetType = UNSET,
        long_description: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventLocalizationResponse:
        """appEventLocalizations_updateInstance

        PATCH /v1/appEventLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appeventlocalizations-_id_
        """
        from ascapi.models.app_event_localization_response import AppEventLocalizationResponse

        body = _support.document(
            body,
            name is not UNSET or short_description is not UNSET or long_description is not UNSET,
            "appEventLocalizations",
            id,
            {
                "name": name,
                "shortDescription": short_description,
                "longDescription": long_description,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appEventLocalizations/{id}", id=id),
            body=body,
            response_type=AppEventLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppEventLocalizationsAppEventScreenshots(SyncAPIResource):
    """``client.app_event_localizations.app_event_screenshots``: /v1/appEventLocalizations"""

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
        AppEventLocalizationAppEventScreenshotsLinkagesResponse,
        AppEventLocalizationAppEventScreenshotsLinkagesResponseData,
    ]:
        """appEventLocalizations_appEventScreenshots_getToManyRelationship

        GET /v1/appEventLocalizations/{id}/relationships/appEventScreenshots

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-relationships-appeventscreenshots
        """
        from ascapi.models.app_event_localization_app_event_screenshots_linkages_response import (
            AppEventLocalizationAppEventScreenshotsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appEventLocalizations/{id}/relationships/appEventScreenshots", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppEventLocalizationAppEventScreenshotsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_app_event_screenshots: Sequence[_Enum2] | None = None,
        fields_app_event_localizations: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppEventScreenshotsResponse, AppEventScreenshot]:
        """appEventLocalizations_appEventScreenshots_getToManyRelated

        GET /v1/appEventLocalizations/{id}/appEventScreenshots

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-appeventscreenshots
        """
        from ascapi.models.app_event_screenshots_response import AppEventScreenshotsResponse

        return self._client._get_page(
            path("/v1/appEventLocalizations/{id}/appEventScreenshots", id=id),
            params={
                "fields[appEventScreenshots]": fields_app_event_screenshots,
                "fields[appEventLocalizations]": fields_app_event_localizations,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppEventScreenshotsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppEventLocalizationsAppEventVideoClips(SyncAPIResource):
    """``client.app_event_localizations.app_event_video_clips``: /v1/appEventLocalizations"""

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
        AppEventLocalizationAppEventVideoClipsLinkagesResponse,
        AppEventLocalizationAppEventVideoClipsLinkagesResponseData,
    ]:
        """appEventLocalizations_appEventVideoClips_getToManyRelationship

        GET /v1/appEventLocalizations/{id}/relationships/appEventVideoClips

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-relationships-appeventvideoclips
        """
        from ascapi.models.app_event_localization_app_event_video_clips_linkages_response import (
            AppEventLocalizationAppEventVideoClipsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appEventLocalizations/{id}/relationships/appEventVideoClips", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppEventLocalizationAppEventVideoClipsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_app_event_video_clips: Sequence[_Enum3] | None = None,
        fields_app_event_localizations: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppEventVideoClipsResponse, AppEventVideoClip]:
        """appEventLocalizations_appEventVideoClips_getToManyRelated

        GET /v1/appEventLocalizations/{id}/appEventVideoClips

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-appeventvideoclips
        """
        from ascapi.models.app_event_video_clips_response import AppEventVideoClipsResponse

        return self._client._get_page(
            path("/v1/appEventLocalizations/{id}/appEventVideoClips", id=id),
            params={
                "fields[appEventVideoClips]": fields_app_event_video_clips,
                "fields[appEventLocalizations]": fields_app_event_localizations,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppEventVideoClipsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppEventLocalizations(AsyncAPIResource):
    """``client.app_event_localizations``: /v1/appEventLocalizations"""

    @cached_property
    def app_event_screenshots(self) -> AsyncAppEventLocalizationsAppEventScreenshots:
        return AsyncAppEventLocalizationsAppEventScreenshots(self._client)

    @cached_property
    def app_event_video_clips(self) -> AsyncAppEventLocalizationsAppEventVideoClips:
        return AsyncAppEventLocalizationsAppEventVideoClips(self._client)

    async def create(
        self,
        *,
        body: AppEventLocalizationCreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        short_description: str | None | UnsetType = UNSET,
        long_description: str | None | UnsetType = UNSET,
        app_event: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventLocalizationResponse:
        """appEventLocalizations_createInstance

        POST /v1/appEventLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appeventlocalizations
        """
        from ascapi.models.app_event_localization_response import AppEventLocalizationResponse

        body = _support.document(
            body,
            locale is not UNSET
            or name is not UNSET
            or short_description is not UNSET
            or long_description is not UNSET
            or app_event is not UNSET,
            "appEventLocalizations",
            None,
            {
                "locale": locale,
                "name": name,
                "shortDescription": short_description,
                "longDescription": long_description,
            },
            {"appEvent": ("appEvents", False, app_event)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/appEventLocalizations",
            body=body,
            response_type=AppEventLocalizationResponse,
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
        """appEventLocalizations_deleteInstance

        DELETE /v1/appEventLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appeventlocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appEventLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_event_localizations: Sequence[_Enum0] | None = None,
        fields_app_events: Sequence[_Enum1] | None = None,
        fields_app_event_screenshots: Sequence[_Enum2] | None = None,
        fields_app_event_video_clips: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_app_event_screenshots: int | None = None,
        limit_app_event_video_clips: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventLocalizationResponse:
        """appEventLocalizations_getInstance

        GET /v1/appEventLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_
        """
        from ascapi.models.app_event_localization_response import AppEventLocalizationResponse

        return await self._client._call(
            "GET",
            path("/v1/appEventLocalizations/{id}", id=id),
            params={
                "fields[appEventLocalizations]": fields_app_event_localizations,
                "fields[appEvents]": fields_app_events,
                "fields[appEventScreenshots]": fields_app_event_screenshots,
                "fields[appEventVideoClips]": fields_app_event_video_clips,
                "include": include,
                "limit[appEventScreenshots]": limit_app_event_screenshots,
                "limit[appEventVideoClips]": limit_app_event_video_clips,
            },
            maxima={"limit[appEventScreenshots]": 50, "limit[appEventVideoClips]": 50},
            response_type=AppEventLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppEventLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        short_description: str | None | UnsetType = UNSET,
        long_description: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventLocalizationResponse:
        """appEventLocalizations_updateInstance

        PATCH /v1/appEventLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appeventlocalizations-_id_
        """
        from ascapi.models.app_event_localization_response import AppEventLocalizationResponse

        body = _support.document(
            body,
            name is not UNSET or short_description is not UNSET or long_description is not UNSET,
            "appEventLocalizations",
            id,
            {
                "name": name,
                "shortDescription": short_description,
                "longDescription": long_description,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appEventLocalizations/{id}", id=id),
            body=body,
            response_type=AppEventLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppEventLocalizationsAppEventScreenshots(AsyncAPIResource):
    """``client.app_event_localizations.app_event_screenshots``: /v1/appEventLocalizations"""

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
        AppEventLocalizationAppEventScreenshotsLinkagesResponse,
        AppEventLocalizationAppEventScreenshotsLinkagesResponseData,
    ]:
        """appEventLocalizations_appEventScreenshots_getToManyRelationship

        GET /v1/appEventLocalizations/{id}/relationships/appEventScreenshots

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-relationships-appeventscreenshots
        """
        from ascapi.models.app_event_localization_app_event_screenshots_linkages_response import (
            AppEventLocalizationAppEventScreenshotsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appEventLocalizations/{id}/relationships/appEventScreenshots", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppEventLocalizationAppEventScreenshotsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_app_event_screenshots: Sequence[_Enum2] | None = None,
        fields_app_event_localizations: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppEventScreenshotsResponse, AppEventScreenshot]:
        """appEventLocalizations_appEventScreenshots_getToManyRelated

        GET /v1/appEventLocalizations/{id}/appEventScreenshots

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-appeventscreenshots
        """
        from ascapi.models.app_event_screenshots_response import AppEventScreenshotsResponse

        return self._client._get_page(
            path("/v1/appEventLocalizations/{id}/appEventScreenshots", id=id),
            params={
                "fields[appEventScreenshots]": fields_app_event_screenshots,
                "fields[appEventLocalizations]": fields_app_event_localizations,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppEventScreenshotsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppEventLocalizationsAppEventVideoClips(AsyncAPIResource):
    """``client.app_event_localizations.app_event_video_clips``: /v1/appEventLocalizations"""

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
        AppEventLocalizationAppEventVideoClipsLinkagesResponse,
        AppEventLocalizationAppEventVideoClipsLinkagesResponseData,
    ]:
        """appEventLocalizations_appEventVideoClips_getToManyRelationship

        GET /v1/appEventLocalizations/{id}/relationships/appEventVideoClips

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-relationships-appeventvideoclips
        """
        from ascapi.models.app_event_localization_app_event_video_clips_linkages_response import (
            AppEventLocalizationAppEventVideoClipsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appEventLocalizations/{id}/relationships/appEventVideoClips", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppEventLocalizationAppEventVideoClipsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_app_event_video_clips: Sequence[_Enum3] | None = None,
        fields_app_event_localizations: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppEventVideoClipsResponse, AppEventVideoClip]:
        """appEventLocalizations_appEventVideoClips_getToManyRelated

        GET /v1/appEventLocalizations/{id}/appEventVideoClips

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-appeventvideoclips
        """
        from ascapi.models.app_event_video_clips_response import AppEventVideoClipsResponse

        return self._client._get_page(
            path("/v1/appEventLocalizations/{id}/appEventVideoClips", id=id),
            params={
                "fields[appEventVideoClips]": fields_app_event_video_clips,
                "fields[appEventLocalizations]": fields_app_event_localizations,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppEventVideoClipsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
