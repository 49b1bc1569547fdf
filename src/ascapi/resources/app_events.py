# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_events`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_event_create_request import AppEventCreateRequest
    from ascapi.models.app_event_localization import AppEventLocalization
    from ascapi.models.app_event_localizations_linkages_response import (
        AppEventLocalizationsLinkagesResponse,
        AppEventLocalizationsLinkagesResponseData,
    )
    from ascapi.models.app_event_localizations_response import AppEventLocalizationsResponse
    from ascapi.models.app_event_response import AppEventResponse
    from ascapi.models.app_event_update_request import AppEventUpdateRequest
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "LIVE_EVENT",
        "PREMIERE",
        "CHALLENGE",
        "COMPETITION",
        "NEW_SEASON",
        "MAJOR_UPDATE",
        "SPECIAL_EVENT",
    ]
    _Enum1 = Literal["HIGH", "NORMAL"]
    _Enum2 = Literal[
        "APPROPRIATE_FOR_ALL_USERS",
        "ATTRACT_NEW_USERS",
        "KEEP_ACTIVE_USERS_INFORMED",
        "BRING_BACK_LAPSED_USERS",
    ]
    _Enum3 = Literal[
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
    _Enum4 = Literal[
        "locale",
        "name",
        "shortDescription",
        "longDescription",
        "appEvent",
        "appEventScreenshots",
        "appEventVideoClips",
    ]
    _Enum5 = Literal["localizations"]
    _Enum6 = Literal[
        "fileSize",
        "fileName",
        "imageAsset",
        "assetToken",
        "uploadOperations",
        "assetDeliveryState",
        "appEventAssetType",
        "appEventLocalization",
    ]
    _Enum7 = Literal[
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
    _Enum8 = Literal["appEvent", "appEventScreenshots", "appEventVideoClips"]


class AppEvents(SyncAPIResource):
    """``client.app_events``: /v1/appEvents"""

    @cached_property
    def localizations(self) -> AppEventsLocalizations:
        return AppEventsLocalizations(self._client)

    def create(
        self,
        *,
        body: AppEventCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        badge: _Enum0 | str | None | UnsetType = UNSET,
        deep_link: str | None | UnsetType = UNSET,
        purchase_requirement: str | None | UnsetType = UNSET,
        primary_locale: str | None | UnsetType = UNSET,
        priority: _Enum1 | str | None | UnsetType = UNSET,
        purpose: _Enum2 | str | None | UnsetType = UNSET,
        territory_schedules: Sequence[Any] | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventResponse:
        """appEvents_createInstance

        POST /v1/appEvents

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appevents
        """
        from ascapi.models.app_event_response import AppEventResponse

        body = _support.document(
            body,
            reference_name is not UNSET
            or badge is not UNSET
            or deep_link is not UNSET
            or purchase_requirement is not UNSET
            or primary_locale is not UNSET
            or priority is not UNSET
            or purpose is not UNSET
            or territory_schedules is not UNSET
            or app is not UNSET,
            "appEvents",
            None,
            {
                "referenceName": reference_name,
                "badge": badge,
                "deepLink": deep_link,
                "purchaseRequirement": purchase_requirement,
                "primaryLocale": primary_locale,
                "priority": priority,
                "purpose": purpose,
                "territorySchedules": territory_schedules,
            },
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/appEvents",
            body=body,
            response_type=AppEventResponse,
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
        """appEvents_deleteInstance

        DELETE /v1/appEvents/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appevents-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appEvents/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_events: Sequence[_Enum3] | None = None,
        fields_app_event_localizations: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventResponse:
        """appEvents_getInstance

        GET /v1/appEvents/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appevents-_id_
        """
        from ascapi.models.app_event_response import AppEventResponse

        return self._client._call(
            "GET",
            path("/v1/appEvents/{id}", id=id),
            params={
                "fields[appEvents]": fields_app_events,
                "fields[appEventLocalizations]": fields_app_event_localizations,
                "include": include,
                "limit[localizations]": limit_localizations,
            },
            maxima={"limit[localizations]": 50},
            response_type=AppEventResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppEventUpdateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        badge: _Enum0 | str | None | UnsetType = UNSET,
        deep_link: str | None | UnsetType = UNSET,
        purchase_requirement: str | None | UnsetType = UNSET,
        primary_locale: str | None | UnsetType = UNSET,
        priority: _Enum1 | str | None | UnsetType = UNSET,
        purpose: _Enum2 | str | None | UnsetType = UNSET,
        territory_schedules: Sequence[Any] | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventResponse:
        """appEvents_updateInstance

        PATCH /v1/appEvents/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appevents-_id_
        """
        from ascapi.models.app_event_response import AppEventResponse

        body = _support.document(
            body,
            reference_name is not UNSET
            or badge is not UNSET
            or deep_link is not UNSET
            or purchase_requirement is not UNSET
            or primary_locale is not UNSET
            or priority is not UNSET
            or purpose is not UNSET
            or territory_schedules is not UNSET,
            "appEvents",
            id,
            {
                "referenceName": reference_name,
                "badge": badge,
                "deepLink": deep_link,
                "purchaseRequirement": purchase_requirement,
                "primaryLocale": primary_locale,
                "priority": priority,
                "purpose": purpose,
                "territorySchedules": territory_schedules,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appEvents/{id}", id=id),
            body=body,
            response_type=AppEventResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppEventsLocalizations(SyncAPIResource):
    """``client.app_events.localizations``: /v1/appEvents"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppEventLocalizationsLinkagesResponse, AppEventLocalizationsLinkagesResponseData]:
        """appEvents_localizations_getToManyRelationship

        GET /v1/appEvents/{id}/relationships/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appevents-_id_-relationships-localizations
        """
        from ascapi.models.app_event_localizations_linkages_response import (
            AppEventLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appEvents/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppEventLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_app_event_localizations: Sequence[_Enum4] | None = None,
        fields_app_events: Sequence[_Enum3] | None = None,
        fields_app_event_screenshots: Sequence[_Enum6] | None = None,
        fields_app_event_video_clips: Sequence[_Enum7] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum8] | None = None,
        limit_app_event_screenshots: int | None = None,
        limit_app_event_video_clips: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppEventLocalizationsResponse, AppEventLocalization]:
        """appEvents_localizations_getToManyRelated

        GET /v1/appEvents/{id}/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appevents-_id_-localizations
        """
        from ascapi.models.app_event_localizations_response import AppEventLocalizationsResponse

        return self._client._get_page(
            path("/v1/appEvents/{id}/localizations", id=id),
            params={
                "fields[appEventLocalizations]": fields_app_event_localizations,
                "fields[appEvents]": fields_app_events,
                "fields[appEventScreenshots]": fields_app_event_screenshots,
                "fields[appEventVideoClips]": fields_app_event_video_clips,
                "limit": limit,
                "include": include,
                "limit[appEventScreenshots]": limit_app_event_screenshots,
                "limit[appEventVideoClips]": limit_app_event_video_clips,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[appEventScreenshots]": 50,
                "limit[appEventVideoClips]": 50,
            },
            response_type=AppEventLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppEvents(AsyncAPIResource):
    """``client.app_events``: /v1/appEvents"""

    @cached_property
    def localizations(self) -> AsyncAppEventsLocalizations:
        return AsyncAppEventsLocalizations(self._client)

    async def create(
        self,
        *,
        body: AppEventCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        badge: _Enum0 | str | None | UnsetType = UNSET,
        deep_link: str | None | UnsetType = UNSET,
        purchase_requirement: str | None | UnsetType = UNSET,
        primary_locale: str | None | UnsetType = UNSET,
        priority: _Enum1 | str | None | UnsetType = UNSET,
        purpose: _Enum2 | str | None | UnsetType = UNSET,
        territory_schedules: Sequence[Any] | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventResponse:
        """appEvents_createInstance

        POST /v1/appEvents

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appevents
        """
        from ascapi.models.app_event_response import AppEventResponse

        body = _support.document(
            body,
            reference_name is not UNSET
            or badge is not UNSET
            or deep_link is not UNSET
            or purchase_requirement is not UNSET
            or primary_locale is not UNSET
            or priority is not UNSET
            or purpose is not UNSET
            or territory_schedules is not UNSET
            or app is not UNSET,
            "appEvents",
            None,
            {
                "referenceName": reference_name,
                "badge": badge,
                "deepLink": deep_link,
                "purchaseRequirement": purchase_requirement,
                "primaryLocale": primary_locale,
                "priority": priority,
                "purpose": purpose,
                "territorySchedules": territory_schedules,
            },
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/appEvents",
            body=body,
            response_type=AppEventResponse,
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
        """appEvents_deleteInstance

        DELETE /v1/appEvents/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appevents-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appEvents/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_events: Sequence[_Enum3] | None = None,
        fields_app_event_localizations: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventResponse:
        """appEvents_getInstance

        GET /v1/appEvents/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appevents-_id_
        """
        from ascapi.models.app_event_response import AppEventResponse

        return await self._client._call(
            "GET",
            path("/v1/appEvents/{id}", id=id),
            params={
                "fields[appEvents]": fields_app_events,
                "fields[appEventLocalizations]": fields_app_event_localizations,
                "include": include,
                "limit[localizations]": limit_localizations,
            },
            maxima={"limit[localizations]": 50},
            response_type=AppEventResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppEventUpdateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        badge: _Enum0 | str | None | UnsetType = UNSET,
        deep_link: str | None | UnsetType = UNSET,
        purchase_requirement: str | None | UnsetType = UNSET,
        primary_locale: str | None | UnsetType = UNSET,
        priority: _Enum1 | str | None | UnsetType = UNSET,
        purpose: _Enum2 | str | None | UnsetType = UNSET,
        territory_schedules: Sequence[Any] | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEventResponse:
        """appEvents_updateInstance

        PATCH /v1/appEvents/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appevents-_id_
        """
        from ascapi.models.app_event_response import AppEventResponse

        body = _support.document(
            body,
            reference_name is not UNSET
            or badge is not UNSET
            or deep_link is not UNSET
            or purchase_requirement is not UNSET
            or primary_locale is not UNSET
            or priority is not UNSET
            or purpose is not UNSET
            or territory_schedules is not UNSET,
            "appEvents",
            id,
            {
                "referenceName": reference_name,
                "badge": badge,
                "deepLink": deep_link,
                "purchaseRequirement": purchase_requirement,
                "primaryLocale": primary_locale,
                "priority": priority,
                "purpose": purpose,
                "territorySchedules": territory_schedules,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appEvents/{id}", id=id),
            body=body,
            response_type=AppEventResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppEventsLocalizations(AsyncAPIResource):
    """``client.app_events.localizations``: /v1/appEvents"""

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
        AppEventLocalizationsLinkagesResponse, AppEventLocalizationsLinkagesResponseData
    ]:
        """appEvents_localizations_getToManyRelationship

        GET /v1/appEvents/{id}/relationships/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appevents-_id_-relationships-localizations
        """
        from ascapi.models.app_event_localizations_linkages_response import (
            AppEventLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appEvents/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppEventLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_app_event_localizations: Sequence[_Enum4] | None = None,
        fields_app_events: Sequence[_Enum3] | None = None,
        fields_app_event_screenshots: Sequence[_Enum6] | None = None,
        fields_app_event_video_clips: Sequence[_Enum7] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum8] | None = None,
        limit_app_event_screenshots: int | None = None,
        limit_app_event_video_clips: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppEventLocalizationsResponse, AppEventLocalization]:
        """appEvents_localizations_getToManyRelated

        GET /v1/appEvents/{id}/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appevents-_id_-localizations
        """
        from ascapi.models.app_event_localizations_response import AppEventLocalizationsResponse

        return self._client._get_page(
            path("/v1/appEvents/{id}/localizations", id=id),
            params={
                "fields[appEventLocalizations]": fields_app_event_localizations,
                "fields[appEvents]": fields_app_events,
                "fields[appEventScreenshots]": fields_app_event_screenshots,
                "fields[appEventVideoClips]": fields_app_event_video_clips,
                "limit": limit,
                "include": include,
                "limit[appEventScreenshots]": limit_app_event_screenshots,
                "limit[appEventVideoClips]": limit_app_event_video_clips,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[appEventScreenshots]": 50,
                "limit[appEventVideoClips]": 50,
            },
            response_type=AppEventLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
