# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_activity_versions`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_activity_image_response import GameCenterActivityImageResponse
    from ascapi.models.game_center_activity_localization import GameCenterActivityLocalization
    from ascapi.models.game_center_activity_localizations_response import (
        GameCenterActivityLocalizationsResponse,
    )
    from ascapi.models.game_center_activity_version_create_request import (
        GameCenterActivityVersionCreateRequest,
    )
    from ascapi.models.game_center_activity_version_default_image_linkage_response import (
        GameCenterActivityVersionDefaultImageLinkageResponse,
    )
    from ascapi.models.game_center_activity_version_localizations_linkages_response import (
        GameCenterActivityVersionLocalizationsLinkagesResponse,
        GameCenterActivityVersionLocalizationsLinkagesResponseData,
    )
    from ascapi.models.game_center_activity_version_response import (
        GameCenterActivityVersionResponse,
    )
    from ascapi.models.game_center_activity_version_update_request import (
        GameCenterActivityVersionUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "version", "state", "fallbackUrl", "activity", "localizations", "defaultImage", "releases"
    ]
    _Enum1 = Literal[
        "referenceName",
        "vendorIdentifier",
        "playStyle",
        "minimumPlayersCount",
        "maximumPlayersCount",
        "supportsPartyCode",
        "archived",
        "properties",
        "gameCenterDetail",
        "gameCenterGroup",
        "achievements",
        "achievementsV2",
        "leaderboards",
        "leaderboardsV2",
        "versions",
    ]
    _Enum2 = Literal["locale", "name", "description", "version", "image"]
    _Enum3 = Literal["fileSize", "fileName", "imageAsset", "uploadOperations", "assetDeliveryState"]
    _Enum4 = Literal["version"]
    _Enum5 = Literal["activity", "localizations", "defaultImage", "releases"]
    _Enum6 = Literal["version", "image"]


class GameCenterActivityVersions(SyncAPIResource):
    """``client.game_center_activity_versions``: /v1/gameCenterActivityVersions"""

    @cached_property
    def default_image(self) -> GameCenterActivityVersionsDefaultImage:
        return GameCenterActivityVersionsDefaultImage(self._client)

    @cached_property
    def localizations(self) -> GameCenterActivityVersionsLocalizations:
        return GameCenterActivityVersionsLocalizations(self._client)

    def create(
        self,
        *,
        body: GameCenterActivityVersionCreateRequest | Mapping[str, Any] | None = None,
        fallback_url: str | None | UnsetType = UNSET,
        activity: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityVersionResponse:
        """gameCenterActivityVersions_createInstance

        POST /v1/gameCenterActivityVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivityversions
        """
        from ascapi.models.game_center_activity_version_response import (
            GameCenterActivityVersionResponse,
        )

        body = _support.document(
            body,
            fallback_url is not UNSET or activity is not UNSET,
            "gameCenterActivityVersions",
            None,
            {"fallbackUrl": fallback_url},
            {"activity": ("gameCenterActivities", False, activity)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterActivityVersions",
            body=body,
            response_type=GameCenterActivityVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_activity_versions: Sequence[_Enum0] | None = None,
        fields_game_center_activities: Sequence[_Enum1] | None = None,
        fields_game_center_activity_localizations: Sequence[_Enum2] | None = None,
        fields_game_center_activity_images: Sequence[_Enum3] | None = None,
        fields_game_center_activity_version_releases: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityVersionResponse:
        """gameCenterActivityVersions_getInstance

        GET /v1/gameCenterActivityVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_
        """
        from ascapi.models.game_center_activity_version_response import (
            GameCenterActivityVersionResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterActivityVersions/{id}", id=id),
            params={
                "fields[gameCenterActivityVersions]": fields_game_center_activity_versions,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterActivityLocalizations]": fields_game_center_activity_localizations,
                "fields[gameCenterActivityImages]": fields_game_center_activity_images,
                "fields[gameCenterActivityVersionReleases]": fields_game_center_activity_version_releases,
                "include": include,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
            },
            maxima={"limit[localizations]": 50, "limit[releases]": 50},
            response_type=GameCenterActivityVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterActivityVersionUpdateRequest | Mapping[str, Any] | None = None,
        fallback_url: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityVersionResponse:
        """gameCenterActivityVersions_updateInstance

        PATCH /v1/gameCenterActivityVersions/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenteractivityversions-_id_
        """
        from ascapi.models.game_center_activity_version_response import (
            GameCenterActivityVersionResponse,
        )

        body = _support.document(
            body,
            fallback_url is not UNSET,
            "gameCenterActivityVersions",
            id,
            {"fallbackUrl": fallback_url},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterActivityVersions/{id}", id=id),
            body=body,
            response_type=GameCenterActivityVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterActivityVersionsDefaultImage(SyncAPIResource):
    """``client.game_center_activity_versions.default_image``: /v1/gameCenterActivityVersions"""

    def get(
        self,
        id: str,
        *,
        fields_game_center_activity_images: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityImageResponse:
        """gameCenterActivityVersions_defaultImage_getToOneRelated

        GET /v1/gameCenterActivityVersions/{id}/defaultImage

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-defaultimage
        """
        from ascapi.models.game_center_activity_image_response import (
            GameCenterActivityImageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterActivityVersions/{id}/defaultImage", id=id),
            params={"fields[gameCenterActivityImages]": fields_game_center_activity_images},
            response_type=GameCenterActivityImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityVersionDefaultImageLinkageResponse:
        """gameCenterActivityVersions_defaultImage_getToOneRelationship

        GET /v1/gameCenterActivityVersions/{id}/relationships/defaultImage

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-relationships-defaultimage
        """
        from ascapi.models.game_center_activity_version_default_image_linkage_response import (
            GameCenterActivityVersionDefaultImageLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterActivityVersions/{id}/relationships/defaultImage", id=id),
            response_type=GameCenterActivityVersionDefaultImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterActivityVersionsLocalizations(SyncAPIResource):
    """``client.game_center_activity_versions.localizations``: /v1/gameCenterActivityVersions"""

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
        GameCenterActivityVersionLocalizationsLinkagesResponse,
        GameCenterActivityVersionLocalizationsLinkagesResponseData,
    ]:
        """gameCenterActivityVersions_localizations_getToManyRelationship

        GET /v1/gameCenterActivityVersions/{id}/relationships/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-relationships-localizations
        """
        from ascapi.models.game_center_activity_version_localizations_linkages_response import (
            GameCenterActivityVersionLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterActivityVersions/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterActivityVersionLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_activity_localizations: Sequence[_Enum2] | None = None,
        fields_game_center_activity_versions: Sequence[_Enum0] | None = None,
        fields_game_center_activity_images: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum6] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterActivityLocalizationsResponse, GameCenterActivityLocalization]:
        """gameCenterActivityVersions_localizations_getToManyRelated

        GET /v1/gameCenterActivityVersions/{id}/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-localizations
        """
        from ascapi.models.game_center_activity_localizations_response import (
            GameCenterActivityLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterActivityVersions/{id}/localizations", id=id),
            params={
                "fields[gameCenterActivityLocalizations]": fields_game_center_activity_localizations,
                "fields[gameCenterActivityVersions]": fields_game_center_activity_versions,
                "fields[gameCenterActivityImages]": fields_game_center_activity_images,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterActivityLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterActivityVersions(AsyncAPIResource):
    """``client.game_center_activity_versions``: /v1/gameCenterActivityVersions"""

    @cached_property
    def default_image(self) -> AsyncGameCenterActivityVersionsDefaultImage:
        return AsyncGameCenterActivityVersionsDefaultImage(self._client)

    @cached_property
    def localizations(self) -> AsyncGameCenterActivityVersionsLocalizations:
        return AsyncGameCenterActivityVersionsLocalizations(self._client)

    async def create(
        self,
        *,
        body: GameCenterActivityVersionCreateRequest | Mapping[str, Any] | None = None,
        fallback_url: str | None | UnsetType = UNSET,
        activity: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityVersionResponse:
        """gameCenterActivityVersions_createInstance

        POST /v1/gameCenterActivityVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivityversions
        """
        from ascapi.models.game_center_activity_version_response import (
            GameCenterActivityVersionResponse,
        )

        body = _support.document(
            body,
            fallback_url is not UNSET or activity is not UNSET,
            "gameCenterActivityVersions",
            None,
            {"fallbackUrl": fallback_url},
            {"activity": ("gameCenterActivities", False, activity)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterActivityVersions",
            body=body,
            response_type=GameCenterActivityVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_activity_versions: Sequence[_Enum0] | None = None,
        fields_game_center_activities: Sequence[_Enum1] | None = None,
        fields_game_center_activity_localizations: Sequence[_Enum2] | None = None,
        fields_game_center_activity_images: Sequence[_Enum3] | None = None,
        fields_game_center_activity_version_releases: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityVersionResponse:
        """gameCenterActivityVersions_getInstance

        GET /v1/gameCenterActivityVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_
        """
        from ascapi.models.game_center_activity_version_response import (
            GameCenterActivityVersionResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterActivityVersions/{id}", id=id),
            params={
                "fields[gameCenterActivityVersions]": fields_game_center_activity_versions,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterActivityLocalizations]": fields_game_center_activity_localizations,
                "fields[gameCenterActivityImages]": fields_game_center_activity_images,
                "fields[gameCenterActivityVersionReleases]": fields_game_center_activity_version_releases,
                "include": include,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
            },
            maxima={"limit[localizations]": 50, "limit[releases]": 50},
            response_type=GameCenterActivityVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterActivityVersionUpdateRequest | Mapping[str, Any] | None = None,
        fallback_url: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityVersionResponse:
        """gameCenterActivityVersions_updateInstance

        PATCH /v1/gameCenterActivityVersions/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenteractivityversions-_id_
        """
        from ascapi.models.game_center_activity_version_response import (
            GameCenterActivityVersionResponse,
        )

        body = _support.document(
            body,
            fallback_url is not UNSET,
            "gameCenterActivityVersions",
            id,
            {"fallbackUrl": fallback_url},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterActivityVersions/{id}", id=id),
            body=body,
            response_type=GameCenterActivityVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterActivityVersionsDefaultImage(AsyncAPIResource):
    """``client.game_center_activity_versions.default_image``: /v1/gameCenterActivityVersions"""

    async def get(
        self,
        id: str,
        *,
        fields_game_center_activity_images: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityImageResponse:
        """gameCenterActivityVersions_defaultImage_getToOneRelated

        GET /v1/gameCenterActivityVersions/{id}/defaultImage

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-defaultimage
        """
        from ascapi.models.game_center_activity_image_response import (
            GameCenterActivityImageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterActivityVersions/{id}/defaultImage", id=id),
            params={"fields[gameCenterActivityImages]": fields_game_center_activity_images},
            response_type=GameCenterActivityImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityVersionDefaultImageLinkageResponse:
        """gameCenterActivityVersions_defaultImage_getToOneRelationship

        GET /v1/gameCenterActivityVersions/{id}/relationships/defaultImage

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-relationships-defaultimage
        """
        from ascapi.models.game_center_activity_version_default_image_linkage_response import (
            GameCenterActivityVersionDefaultImageLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterActivityVersions/{id}/relationships/defaultImage", id=id),
            response_type=GameCenterActivityVersionDefaultImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterActivityVersionsLocalizations(AsyncAPIResource):
    """``client.game_center_activity_versions.localizations``: /v1/gameCenterActivityVersions"""

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
        GameCenterActivityVersionLocalizationsLinkagesResponse,
        GameCenterActivityVersionLocalizationsLinkagesResponseData,
    ]:
        """gameCenterActivityVersions_localizations_getToManyRelationship

        GET /v1/gameCenterActivityVersions/{id}/relationships/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-relationships-localizations
        """
        from ascapi.models.game_center_activity_version_localizations_linkages_response import (
            GameCenterActivityVersionLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterActivityVersions/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterActivityVersionLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_activity_localizations: Sequence[_Enum2] | None = None,
        fields_game_center_activity_versions: Sequence[_Enum0] | None = None,
        fields_game_center_activity_images: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum6] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterActivityLocalizationsResponse, GameCenterActivityLocalization]:
        """gameCenterActivityVersions_localizations_getToManyRelated

        GET /v1/gameCenterActivityVersions/{id}/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-localizations
        """
        from ascapi.models.game_center_activity_localizations_response import (
            GameCenterActivityLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterActivityVersions/{id}/localizations", id=id),
            params={
                "fields[gameCenterActivityLocalizations]": fields_game_center_activity_localizations,
                "fields[gameCenterActivityVersions]": fields_game_center_activity_versions,
                "fields[gameCenterActivityImages]": fields_game_center_activity_images,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterActivityLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
