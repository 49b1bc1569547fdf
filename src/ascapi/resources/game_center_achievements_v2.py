# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_achievements_v2`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_achievement_v2_activity_linkage_request import (
        GameCenterAchievementV2ActivityLinkageRequest,
    )
    from ascapi.models.game_center_achievement_v2_create_request import (
        GameCenterAchievementV2CreateRequest,
    )
    from ascapi.models.game_center_achievement_v2_response import GameCenterAchievementV2Response
    from ascapi.models.game_center_achievement_v2_update_request import (
        GameCenterAchievementV2UpdateRequest,
    )
    from ascapi.models.game_center_achievement_v2_versions_linkages_response import (
        GameCenterAchievementV2VersionsLinkagesResponse,
        GameCenterAchievementV2VersionsLinkagesResponseData,
    )
    from ascapi.models.game_center_achievement_version_v2 import GameCenterAchievementVersionV2
    from ascapi.models.game_center_achievement_version_v2_inline_create import (
        GameCenterAchievementVersionV2InlineCreate,
    )
    from ascapi.models.game_center_achievement_versions_v2_response import (
        GameCenterAchievementVersionsV2Response,
    )
    from ascapi.models.string_to_string_map import StringToStringMap
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "referenceName",
        "vendorIdentifier",
        "points",
        "showBeforeEarned",
        "repeatable",
        "archived",
        "activityProperties",
        "gameCenterDetail",
        "gameCenterGroup",
        "activity",
        "versions",
    ]
    _Enum1 = Literal[
        "arcadeEnabled",
        "challengeEnabled",
        "app",
        "gameCenterAppVersions",
        "gameCenterGroup",
        "gameCenterLeaderboards",
        "gameCenterLeaderboardsV2",
        "gameCenterLeaderboardSets",
        "gameCenterLeaderboardSetsV2",
        "gameCenterAchievements",
        "gameCenterAchievementsV2",
        "gameCenterActivities",
        "gameCenterChallenges",
        "defaultLeaderboard",
        "defaultLeaderboardV2",
        "defaultGroupLeaderboard",
        "defaultGroupLeaderboardV2",
        "achievementReleases",
        "activityReleases",
        "challengeReleases",
        "leaderboardReleases",
        "leaderboardSetReleases",
        "challengesMinimumPlatformVersions",
    ]
    _Enum2 = Literal[
        "referenceName",
        "gameCenterDetails",
        "gameCenterLeaderboards",
        "gameCenterLeaderboardsV2",
        "gameCenterLeaderboardSets",
        "gameCenterLeaderboardSetsV2",
        "gameCenterAchievements",
        "gameCenterAchievementsV2",
        "gameCenterActivities",
        "gameCenterChallenges",
    ]
    _Enum3 = Literal[
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
    _Enum4 = Literal["version", "state", "achievement", "localizations"]
    _Enum5 = Literal["gameCenterDetail", "gameCenterGroup", "activity", "versions"]
    _Enum6 = Literal[
        "locale", "name", "beforeEarnedDescription", "afterEarnedDescription", "version", "image"
    ]
    _Enum7 = Literal["achievement", "localizations"]


class GameCenterAchievementsV2(SyncAPIResource):
    """``client.game_center_achievements_v2``: /v2/gameCenterAchievements"""

    @cached_property
    def activity(self) -> GameCenterAchievementsV2Activity:
        return GameCenterAchievementsV2Activity(self._client)

    @cached_property
    def versions(self) -> GameCenterAchievementsV2Versions:
        return GameCenterAchievementsV2Versions(self._client)

    def create(
        self,
        *,
        body: GameCenterAchievementV2CreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        vendor_identifier: str | None | UnsetType = UNSET,
        points: int | None | UnsetType = UNSET,
        show_before_earned: bool | None | UnsetType = UNSET,
        repeatable: bool | None | UnsetType = UNSET,
        activity_properties: StringToStringMap | Mapping[str, Any] | None | UnsetType = UNSET,
        game_center_detail: str | None | UnsetType = UNSET,
        game_center_group: str | None | UnsetType = UNSET,
        versions: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[GameCenterAchievementVersionV2InlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementV2Response:
        """gameCenterAchievementsV2_createInstance

        POST /v2/gameCenterAchievements

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterachievements
        """
        from ascapi.models.game_center_achievement_v2_response import (
            GameCenterAchievementV2Response,
        )

        body = _support.document(
            body,
            reference_name is not UNSET
            or vendor_identifier is not UNSET
            or points is not UNSET
            or show_before_earned is not UNSET
            or repeatable is not UNSET
            or activity_properties is not UNSET
            or game_center_detail is not UNSET
            or game_center_group is not UNSET
            or versions is not UNSET
            or included is not UNSET,
            "gameCenterAchievements",
            None,
            {
                "referenceName": reference_name,
                "vendorIdentifier": vendor_identifier,
                "points": points,
                "showBeforeEarned": show_before_earned,
                "repeatable": repeatable,
                "activityProperties": activity_properties,
            },
            {
                "gameCenterDetail": ("gameCenterDetails", False, game_center_detail),
                "gameCenterGroup": ("gameCenterGroups", False, game_center_group),
                "versions": ("gameCenterAchievementVersions", True, versions),
            },
            attributes_required=True,
            included=included,
        )
        return self._client._call(
            "POST",
            "/v2/gameCenterAchievements",
            body=body,
            response_type=GameCenterAchievementV2Response,
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
        """gameCenterAchievementsV2_deleteInstance

        DELETE /v2/gameCenterAchievements/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterachievements-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v2/gameCenterAchievements/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_achievements: Sequence[_Enum0] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum2] | None = None,
        fields_game_center_activities: Sequence[_Enum3] | None = None,
        fields_game_center_achievement_versions: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementV2Response:
        """gameCenterAchievementsV2_getInstance

        GET /v2/gameCenterAchievements/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_
        """
        from ascapi.models.game_center_achievement_v2_response import (
            GameCenterAchievementV2Response,
        )

        return self._client._call(
            "GET",
            path("/v2/gameCenterAchievements/{id}", id=id),
            params={
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterAchievementVersions]": fields_game_center_achievement_versions,
                "include": include,
                "limit[versions]": limit_versions,
            },
            maxima={"limit[versions]": 50},
            response_type=GameCenterAchievementV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterAchievementV2UpdateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        points: int | None | UnsetType = UNSET,
        show_before_earned: bool | None | UnsetType = UNSET,
        repeatable: bool | None | UnsetType = UNSET,
        archived: bool | None | UnsetType = UNSET,
        activity_properties: StringToStringMap | Mapping[str, Any] | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementV2Response:
        """gameCenterAchievementsV2_updateInstance

        PATCH /v2/gameCenterAchievements/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterachievements-_id_
        """
        from ascapi.models.game_center_achievement_v2_response import (
            GameCenterAchievementV2Response,
        )

        body = _support.document(
            body,
            reference_name is not UNSET
            or points is not UNSET
            or show_before_earned is not UNSET
            or repeatable is not UNSET
            or archived is not UNSET
            or activity_properties is not UNSET,
            "gameCenterAchievements",
            id,
            {
                "referenceName": reference_name,
                "points": points,
                "showBeforeEarned": show_before_earned,
                "repeatable": repeatable,
                "archived": archived,
                "activityProperties": activity_properties,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v2/gameCenterAchievements/{id}", id=id),
            body=body,
            response_type=GameCenterAchievementV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterAchievementsV2Activity(SyncAPIResource):
    """``client.game_center_achievements_v2.activity``: /v2/gameCenterAchievements"""

    def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterAchievementV2ActivityLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterAchievementsV2_activity_updateToOneRelationship

        PATCH /v2/gameCenterAchievements/{id}/relationships/activity

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterachievements-_id_-relationships-activity
        """
        if body is None:
            body = _support.linkage("gameCenterActivities", related_id)
        return self._client._call(
            "PATCH",
            path("/v2/gameCenterAchievements/{id}/relationships/activity", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterAchievementsV2Versions(SyncAPIResource):
    """``client.game_center_achievements_v2.versions``: /v2/gameCenterAchievements"""

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
        GameCenterAchievementV2VersionsLinkagesResponse,
        GameCenterAchievementV2VersionsLinkagesResponseData,
    ]:
        """gameCenterAchievementsV2_versions_getToManyRelationship

        GET /v2/gameCenterAchievements/{id}/relationships/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_-relationships-versions
        """
        from ascapi.models.game_center_achievement_v2_versions_linkages_response import (
            GameCenterAchievementV2VersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/gameCenterAchievements/{id}/relationships/versions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterAchievementV2VersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_achievement_versions: Sequence[_Enum4] | None = None,
        fields_game_center_achievements: Sequence[_Enum0] | None = None,
        fields_game_center_achievement_localizations: Sequence[_Enum6] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterAchievementVersionsV2Response, GameCenterAchievementVersionV2]:
        """gameCenterAchievementsV2_versions_getToManyRelated

        GET /v2/gameCenterAchievements/{id}/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_-versions
        """
        from ascapi.models.game_center_achievement_versions_v2_response import (
            GameCenterAchievementVersionsV2Response,
        )

        return self._client._get_page(
            path("/v2/gameCenterAchievements/{id}/versions", id=id),
            params={
                "fields[gameCenterAchievementVersions]": fields_game_center_achievement_versions,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "limit": limit,
                "include": include,
                "limit[localizations]": limit_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[localizations]": 50},
            response_type=GameCenterAchievementVersionsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterAchievementsV2(AsyncAPIResource):
    """``client.game_center_achievements_v2``: /v2/gameCenterAchievements"""

    @cached_property
    def activity(self) -> AsyncGameCenterAchievementsV2Activity:
        return AsyncGameCenterAchievementsV2Activity(self._client)

    @cached_property
    def versions(self) -> AsyncGameCenterAchievementsV2Versions:
        return AsyncGameCenterAchievementsV2Versions(self._client)

    async def create(
        self,
        *,
        body: GameCenterAchievementV2CreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        vendor_identifier: str | None | UnsetType = UNSET,
        points: int | None | UnsetType = UNSET,
        show_before_earned: bool | None | UnsetType = UNSET,
        repeatable: bool | None | UnsetType = UNSET,
        activity_properties: StringToStringMap | Mapping[str, Any] | None | UnsetType = UNSET,
        game_center_detail: str | None | UnsetType = UNSET,
        game_center_group: str | None | UnsetType = UNSET,
        versions: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[GameCenterAchievementVersionV2InlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementV2Response:
        """gameCenterAchievementsV2_createInstance

        POST /v2/gameCenterAchievements

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterachievements
        """
        from ascapi.models.game_center_achievement_v2_response import (
            GameCenterAchievementV2Response,
        )

        body = _support.document(
            body,
            reference_name is not UNSET
            or vendor_identifier is not UNSET
            or points is not UNSET
            or show_before_earned is not UNSET
            or repeatable is not UNSET
            or activity_properties is not UNSET
            or game_center_detail is not UNSET
            or game_center_group is not UNSET
            or versions is not UNSET
            or included is not UNSET,
            "gameCenterAchievements",
            None,
            {
                "referenceName": reference_name,
                "vendorIdentifier": vendor_identifier,
                "points": points,
                "showBeforeEarned": show_before_earned,
                "repeatable": repeatable,
                "activityProperties": activity_properties,
            },
            {
                "gameCenterDetail": ("gameCenterDetails", False, game_center_detail),
                "gameCenterGroup": ("gameCenterGroups", False, game_center_group),
                "versions": ("gameCenterAchievementVersions", True, versions),
            },
            attributes_required=True,
            included=included,
        )
        return await self._client._call(
            "POST",
            "/v2/gameCenterAchievements",
            body=body,
            response_type=GameCenterAchievementV2Response,
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
        """gameCenterAchievementsV2_deleteInstance

        DELETE /v2/gameCenterAchievements/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterachievements-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v2/gameCenterAchievements/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_achievements: Sequence[_Enum0] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum2] | None = None,
        fields_game_center_activities: Sequence[_Enum3] | None = None,
        fields_game_center_achievement_versions: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementV2Response:
        """gameCenterAchievementsV2_getInstance

        GET /v2/gameCenterAchievements/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_
        """
        from ascapi.models.game_center_achievement_v2_response import (
            GameCenterAchievementV2Response,
        )

        return await self._client._call(
            "GET",
            path("/v2/gameCenterAchievements/{id}", id=id),
            params={
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterAchievementVersions]": fields_game_center_achievement_versions,
                "include": include,
                "limit[versions]": limit_versions,
            },
            maxima={"limit[versions]": 50},
            response_type=GameCenterAchievementV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterAchievementV2UpdateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        points: int | None | UnsetType = UNSET,
        show_before_earned: bool | None | UnsetType = UNSET,
        repeatable: bool | None | UnsetType = UNSET,
        archived: bool | None | UnsetType = UNSET,
        activity_properties: StringToStringMap | Mapping[str, Any] | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementV2Response:
        """gameCenterAchievementsV2_updateInstance

        PATCH /v2/gameCenterAchievements/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterachievements-_id_
        """
        from ascapi.models.game_center_achievement_v2_response import (
            GameCenterAchievementV2Response,
        )

        body = _support.document(
            body,
            reference_name is not UNSET
            or points is not UNSET
            or show_before_earned is not UNSET
            or repeatable is not UNSET
            or archived is not UNSET
            or activity_properties is not UNSET,
            "gameCenterAchievements",
            id,
            {
                "referenceName": reference_name,
                "points": points,
                "showBeforeEarned": show_before_earned,
                "repeatable": repeatable,
                "archived": archived,
                "activityProperties": activity_properties,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v2/gameCenterAchievements/{id}", id=id),
            body=body,
            response_type=GameCenterAchievementV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterAchievementsV2Activity(AsyncAPIResource):
    """``client.game_center_achievements_v2.activity``: /v2/gameCenterAchievements"""

    async def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterAchievementV2ActivityLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterAchievementsV2_activity_updateToOneRelationship

        PATCH /v2/gameCenterAchievements/{id}/relationships/activity

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterachievements-_id_-relationships-activity
        """
        if body is None:
            body = _support.linkage("gameCenterActivities", related_id)
        return await self._client._call(
            "PATCH",
            path("/v2/gameCenterAchievements/{id}/relationships/activity", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterAchievementsV2Versions(AsyncAPIResource):
    """``client.game_center_achievements_v2.versions``: /v2/gameCenterAchievements"""

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
        GameCenterAchievementV2VersionsLinkagesResponse,
        GameCenterAchievementV2VersionsLinkagesResponseData,
    ]:
        """gameCenterAchievementsV2_versions_getToManyRelationship

        GET /v2/gameCenterAchievements/{id}/relationships/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_-relationships-versions
        """
        from ascapi.models.game_center_achievement_v2_versions_linkages_response import (
            GameCenterAchievementV2VersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/gameCenterAchievements/{id}/relationships/versions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterAchievementV2VersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_achievement_versions: Sequence[_Enum4] | None = None,
        fields_game_center_achievements: Sequence[_Enum0] | None = None,
        fields_game_center_achievement_localizations: Sequence[_Enum6] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterAchievementVersionsV2Response, GameCenterAchievementVersionV2]:
        """gameCenterAchievementsV2_versions_getToManyRelated

        GET /v2/gameCenterAchievements/{id}/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_-versions
        """
        from ascapi.models.game_center_achievement_versions_v2_response import (
            GameCenterAchievementVersionsV2Response,
        )

        return self._client._get_page(
            path("/v2/gameCenterAchievements/{id}/versions", id=id),
            params={
                "fields[gameCenterAchievementVersions]": fields_game_center_achievement_versions,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "limit": limit,
                "include": include,
                "limit[localizations]": limit_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[localizations]": 50},
            response_type=GameCenterAchievementVersionsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )
