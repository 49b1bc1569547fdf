# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_activities`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_activity_achievements_linkages_request import (
        GameCenterActivityAchievementsLinkagesRequest,
    )
    from ascapi.models.game_center_activity_achievements_v2_linkages_request import (
        GameCenterActivityAchievementsV2LinkagesRequest,
    )
    from ascapi.models.game_center_activity_create_request import GameCenterActivityCreateRequest
    from ascapi.models.game_center_activity_leaderboards_linkages_request import (
        GameCenterActivityLeaderboardsLinkagesRequest,
    )
    from ascapi.models.game_center_activity_leaderboards_v2_linkages_request import (
        GameCenterActivityLeaderboardsV2LinkagesRequest,
    )
    from ascapi.models.game_center_activity_response import GameCenterActivityResponse
    from ascapi.models.game_center_activity_update_request import GameCenterActivityUpdateRequest
    from ascapi.models.game_center_activity_version import GameCenterActivityVersion
    from ascapi.models.game_center_activity_version_inline_create import (
        GameCenterActivityVersionInlineCreate,
    )
    from ascapi.models.game_center_activity_versions_linkages_response import (
        GameCenterActivityVersionsLinkagesResponse,
        GameCenterActivityVersionsLinkagesResponseData,
    )
    from ascapi.models.game_center_activity_versions_response import (
        GameCenterActivityVersionsResponse,
    )
    from ascapi.models.string_to_string_map import StringToStringMap
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["ASYNCHRONOUS", "SYNCHRONOUS"]
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
    _Enum2 = Literal[
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
    _Enum3 = Literal[
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
    _Enum4 = Literal[
        "referenceName",
        "vendorIdentifier",
        "points",
        "showBeforeEarned",
        "repeatable",
        "archived",
        "activityProperties",
        "gameCenterDetail",
        "gameCenterGroup",
        "groupAchievement",
        "localizations",
        "releases",
        "activity",
        "versions",
    ]
    _Enum5 = Literal[
        "defaultFormatter",
        "referenceName",
        "vendorIdentifier",
        "submissionType",
        "scoreSortType",
        "scoreRangeStart",
        "scoreRangeEnd",
        "recurrenceStartDate",
        "recurrenceDuration",
        "recurrenceRule",
        "archived",
        "activityProperties",
        "visibility",
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboard",
        "gameCenterLeaderboardSets",
        "localizations",
        "releases",
        "activity",
        "challenge",
        "versions",
    ]
    _Enum6 = Literal[
        "version", "state", "fallbackUrl", "activity", "localizations", "defaultImage", "releases"
    ]
    _Enum7 = Literal[
        "gameCenterDetail",
        "gameCenterGroup",
        "achievements",
        "achievementsV2",
        "leaderboards",
        "leaderboardsV2",
        "versions",
    ]
    _Enum8 = Literal["locale", "name", "description", "version", "image"]
    _Enum9 = Literal["fileSize", "fileName", "imageAsset", "uploadOperations", "assetDeliveryState"]
    _Enum10 = Literal["version"]
    _Enum11 = Literal["activity", "localizations", "defaultImage", "releases"]


class GameCenterActivities(SyncAPIResource):
    """``client.game_center_activities``: /v1/gameCenterActivities"""

    @cached_property
    def achievements(self) -> GameCenterActivitiesAchievements:
        return GameCenterActivitiesAchievements(self._client)

    @cached_property
    def achievements_v2(self) -> GameCenterActivitiesAchievementsV2:
        return GameCenterActivitiesAchievementsV2(self._client)

    @cached_property
    def leaderboards(self) -> GameCenterActivitiesLeaderboards:
        return GameCenterActivitiesLeaderboards(self._client)

    @cached_property
    def leaderboards_v2(self) -> GameCenterActivitiesLeaderboardsV2:
        return GameCenterActivitiesLeaderboardsV2(self._client)

    @cached_property
    def versions(self) -> GameCenterActivitiesVersions:
        return GameCenterActivitiesVersions(self._client)

    def create(
        self,
        *,
        body: GameCenterActivityCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        vendor_identifier: str | None | UnsetType = UNSET,
        play_style: _Enum0 | str | None | UnsetType = UNSET,
        minimum_players_count: int | None | UnsetType = UNSET,
        maximum_players_count: int | None | UnsetType = UNSET,
        supports_party_code: bool | None | UnsetType = UNSET,
        properties: StringToStringMap | Mapping[str, Any] | None | UnsetType = UNSET,
        game_center_detail: str | None | UnsetType = UNSET,
        game_center_group: str | None | UnsetType = UNSET,
        versions: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[GameCenterActivityVersionInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityResponse:
        """gameCenterActivities_createInstance

        POST /v1/gameCenterActivities

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivities
        """
        from ascapi.models.game_center_activity_response import GameCenterActivityResponse

        body = _support.document(
            body,
            reference_name is not UNSET
            or vendor_identifier is not UNSET
            or play_style is not UNSET
            or minimum_players_count is not UNSET
            or maximum_players_count is not UNSET
            or supports_party_code is not UNSET
            or properties is not UNSET
            or game_center_detail is not UNSET
            or game_center_group is not UNSET
            or versions is not UNSET
            or included is not UNSET,
            "gameCenterActivities",
            None,
            {
                "referenceName": reference_name,
                "vendorIdentifier": vendor_identifier,
                "playStyle": play_style,
                "minimumPlayersCount": minimum_players_count,
                "maximumPlayersCount": maximum_players_count,
                "supportsPartyCode": supports_party_code,
                "properties": properties,
            },
            {
                "gameCenterDetail": ("gameCenterDetails", False, game_center_detail),
                "gameCenterGroup": ("gameCenterGroups", False, game_center_group),
                "versions": ("gameCenterActivityVersions", True, versions),
            },
            attributes_required=True,
            included=included,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterActivities",
            body=body,
            response_type=GameCenterActivityResponse,
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
        """gameCenterActivities_deleteInstance

        DELETE /v1/gameCenterActivities/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivities-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterActivities/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_activities: Sequence[_Enum1] | None = None,
        fields_game_center_details: Sequence[_Enum2] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_achievements: Sequence[_Enum4] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum5] | None = None,
        fields_game_center_activity_versions: Sequence[_Enum6] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_achievements: int | None = None,
        limit_achievements_v2: int | None = None,
        limit_leaderboards: int | None = None,
        limit_leaderboards_v2: int | None = None,
        limit_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityResponse:
        """gameCenterActivities_getInstance

        GET /v1/gameCenterActivities/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_
        """
        from ascapi.models.game_center_activity_response import GameCenterActivityResponse

        return self._client._call(
            "GET",
            path("/v1/gameCenterActivities/{id}", id=id),
            params={
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterActivityVersions]": fields_game_center_activity_versions,
                "include": include,
                "limit[achievements]": limit_achievements,
                "limit[achievementsV2]": limit_achievements_v2,
                "limit[leaderboards]": limit_leaderboards,
                "limit[leaderboardsV2]": limit_leaderboards_v2,
                "limit[versions]": limit_versions,
            },
            maxima={
                "limit[achievements]": 50,
                "limit[achievementsV2]": 50,
                "limit[leaderboards]": 50,
                "limit[leaderboardsV2]": 50,
                "limit[versions]": 50,
            },
            response_type=GameCenterActivityResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterActivityUpdateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        play_style: _Enum0 | str | None | UnsetType = UNSET,
        minimum_players_count: int | None | UnsetType = UNSET,
        maximum_players_count: int | None | UnsetType = UNSET,
        supports_party_code: bool | None | UnsetType = UNSET,
        archived: bool | None | UnsetType = UNSET,
        properties: StringToStringMap | Mapping[str, Any] | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityResponse:
        """gameCenterActivities_updateInstance

        PATCH /v1/gameCenterActivities/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenteractivities-_id_
        """
        from ascapi.models.game_center_activity_response import GameCenterActivityResponse

        body = _support.document(
            body,
            reference_name is not UNSET
            or play_style is not UNSET
            or minimum_players_count is not UNSET
            or maximum_players_count is not UNSET
            or supports_party_code is not UNSET
            or archived is not UNSET
            or properties is not UNSET,
            "gameCenterActivities",
            id,
            {
                "referenceName": reference_name,
                "playStyle": play_style,
                "minimumPlayersCount": minimum_players_count,
                "maximumPlayersCount": maximum_players_count,
                "supportsPartyCode": supports_party_code,
                "archived": archived,
                "properties": properties,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterActivities/{id}", id=id),
            body=body,
            response_type=GameCenterActivityResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterActivitiesAchievements(SyncAPIResource):
    """``client.game_center_activities.achievements``: /v1/gameCenterActivities"""

    def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterActivityAchievementsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterActivities_achievements_createToManyRelationship

        POST /v1/gameCenterActivities/{id}/relationships/achievements

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivities-_id_-relationships-achievements
        """
        if body is None:
            body = _support.linkages("gameCenterAchievements", ids)
        return self._client._call(
            "POST",
            path("/v1/gameCenterActivities/{id}/relationships/achievements", id=id),
            body=body,
            deprecated="gameCenterActivities_achievements_createToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )

    def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterActivityAchievementsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterActivities_achievements_deleteToManyRelationship

        DELETE /v1/gameCenterActivities/{id}/relationships/achievements

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivities-_id_-relationships-achievements
        """
        if body is None:
            body = _support.linkages("gameCenterAchievements", ids)
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterActivities/{id}/relationships/achievements", id=id),
            body=body,
            deprecated="gameCenterActivities_achievements_deleteToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterActivitiesAchievementsV2(SyncAPIResource):
    """``client.game_center_activities.achievements_v2``: /v1/gameCenterActivities"""

    def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterActivityAchievementsV2LinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterActivities_achievementsV2_createToManyRelationship

        POST /v1/gameCenterActivities/{id}/relationships/achievementsV2

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivities-_id_-relationships-achievementsv2
        """
        if body is None:
            body = _support.linkages("gameCenterAchievements", ids)
        return self._client._call(
            "POST",
            path("/v1/gameCenterActivities/{id}/relationships/achievementsV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

    def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterActivityAchievementsV2LinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterActivities_achievementsV2_deleteToManyRelationship

        DELETE /v1/gameCenterActivities/{id}/relationships/achievementsV2

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivities-_id_-relationships-achievementsv2
        """
        if body is None:
            body = _support.linkages("gameCenterAchievements", ids)
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterActivities/{id}/relationships/achievementsV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterActivitiesLeaderboards(SyncAPIResource):
    """``client.game_center_activities.leaderboards``: /v1/gameCenterActivities"""

    def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterActivityLeaderboardsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterActivities_leaderboards_createToManyRelationship

        POST /v1/gameCenterActivities/{id}/relationships/leaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivities-_id_-relationships-leaderboards
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return self._client._call(
            "POST",
            path("/v1/gameCenterActivities/{id}/relationships/leaderboards", id=id),
            body=body,
            deprecated="gameCenterActivities_leaderboards_createToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )

    def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterActivityLeaderboardsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterActivities_leaderboards_deleteToManyRelationship

        DELETE /v1/gameCenterActivities/{id}/relationships/leaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivities-_id_-relationships-leaderboards
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterActivities/{id}/relationships/leaderboards", id=id),
            body=body,
            deprecated="gameCenterActivities_leaderboards_deleteToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterActivitiesLeaderboardsV2(SyncAPIResource):
    """``client.game_center_activities.leaderboards_v2``: /v1/gameCenterActivities"""

    def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterActivityLeaderboardsV2LinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterActivities_leaderboardsV2_createToManyRelationship

        POST /v1/gameCenterActivities/{id}/relationships/leaderboardsV2

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivities-_id_-relationships-leaderboardsv2
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return self._client._call(
            "POST",
            path("/v1/gameCenterActivities/{id}/relationships/leaderboardsV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

    def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterActivityLeaderboardsV2LinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterActivities_leaderboardsV2_deleteToManyRelationship

        DELETE /v1/gameCenterActivities/{id}/relationships/leaderboardsV2

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivities-_id_-relationships-leaderboardsv2
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterActivities/{id}/relationships/leaderboardsV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterActivitiesVersions(SyncAPIResource):
    """``client.game_center_activities.versions``: /v1/gameCenterActivities"""

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
        GameCenterActivityVersionsLinkagesResponse, GameCenterActivityVersionsLinkagesResponseData
    ]:
        """gameCenterActivities_versions_getToManyRelationship

        GET /v1/gameCenterActivities/{id}/relationships/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_-relationships-versions
        """
        from ascapi.models.game_center_activity_versions_linkages_response import (
            GameCenterActivityVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterActivities/{id}/relationships/versions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterActivityVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_activity_versions: Sequence[_Enum6] | None = None,
        fields_game_center_activities: Sequence[_Enum1] | None = None,
        fields_game_center_activity_localizations: Sequence[_Enum8] | None = None,
        fields_game_center_activity_images: Sequence[_Enum9] | None = None,
        fields_game_center_activity_version_releases: Sequence[_Enum10] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum11] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterActivityVersionsResponse, GameCenterActivityVersion]:
        """gameCenterActivities_versions_getToManyRelated

        GET /v1/gameCenterActivities/{id}/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_-versions
        """
        from ascapi.models.game_center_activity_versions_response import (
            GameCenterActivityVersionsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterActivities/{id}/versions", id=id),
            params={
                "fields[gameCenterActivityVersions]": fields_game_center_activity_versions,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterActivityLocalizations]": fields_game_center_activity_localizations,
                "fields[gameCenterActivityImages]": fields_game_center_activity_images,
                "fields[gameCenterActivityVersionReleases]": fields_game_center_activity_version_releases,
                "limit": limit,
                "include": include,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[localizations]": 50, "limit[releases]": 50},
            response_type=GameCenterActivityVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterActivities(AsyncAPIResource):
    """``client.game_center_activities``: /v1/gameCenterActivities"""

    @cached_property
    def achievements(self) -> AsyncGameCenterActivitiesAchievements:
        return AsyncGameCenterActivitiesAchievements(self._client)

    @cached_property
    def achievements_v2(self) -> AsyncGameCenterActivitiesAchievementsV2:
        return AsyncGameCenterActivitiesAchievementsV2(self._client)

    @cached_property
    def leaderboards(self) -> AsyncGameCenterActivitiesLeaderboards:
        return AsyncGameCenterActivitiesLeaderboards(self._client)

    @cached_property
    def leaderboards_v2(self) -> AsyncGameCenterActivitiesLeaderboardsV2:
        return AsyncGameCenterActivitiesLeaderboardsV2(self._client)

    @cached_property
    def versions(self) -> AsyncGameCenterActivitiesVersions:
        return AsyncGameCenterActivitiesVersions(self._client)

    async def create(
        self,
        *,
        body: GameCenterActivityCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        vendor_identifier: str | None | UnsetType = UNSET,
        play_style: _Enum0 | str | None | UnsetType = UNSET,
        minimum_players_count: int | None | UnsetType = UNSET,
        maximum_players_count: int | None | UnsetType = UNSET,
        supports_party_code: bool | None | UnsetType = UNSET,
        properties: StringToStringMap | Mapping[str, Any] | None | UnsetType = UNSET,
        game_center_detail: str | None | UnsetType = UNSET,
        game_center_group: str | None | UnsetType = UNSET,
        versions: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[GameCenterActivityVersionInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityResponse:
        """gameCenterActivities_createInstance

        POST /v1/gameCenterActivities

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivities
        """
        from ascapi.models.game_center_activity_response import GameCenterActivityResponse

        body = _support.document(
            body,
            reference_name is not UNSET
            or vendor_identifier is not UNSET
            or play_style is not UNSET
            or minimum_players_count is not UNSET
            or maximum_players_count is not UNSET
            or supports_party_code is not UNSET
            or properties is not UNSET
            or game_center_detail is not UNSET
            or game_center_group is not UNSET
            or versions is not UNSET
            or included is not UNSET,
            "gameCenterActivities",
            None,
            {
                "referenceName": reference_name,
                "vendorIdentifier": vendor_identifier,
                "playStyle": play_style,
                "minimumPlayersCount": minimum_players_count,
                "maximumPlayersCount": maximum_players_count,
                "supportsPartyCode": supports_party_code,
                "properties": properties,
            },
            {
                "gameCenterDetail": ("gameCenterDetails", False, game_center_detail),
                "gameCenterGroup": ("gameCenterGroups", False, game_center_group),
                "versions": ("gameCenterActivityVersions", True, versions),
            },
            attributes_required=True,
            included=included,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterActivities",
            body=body,
            response_type=GameCenterActivityResponse,
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
        """gameCenterActivities_deleteInstance

        DELETE /v1/gameCenterActivities/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivities-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterActivities/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_activities: Sequence[_Enum1] | None = None,
        fields_game_center_details: Sequence[_Enum2] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_achievements: Sequence[_Enum4] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum5] | None = None,
        fields_game_center_activity_versions: Sequence[_Enum6] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_achievements: int | None = None,
        limit_achievements_v2: int | None = None,
        limit_leaderboards: int | None = None,
        limit_leaderboards_v2: int | None = None,
        limit_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityResponse:
        """gameCenterActivities_getInstance

        GET /v1/gameCenterActivities/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_
        """
        from ascapi.models.game_center_activity_response import GameCenterActivityResponse

        return await self._client._call(
            "GET",
            path("/v1/gameCenterActivities/{id}", id=id),
            params={
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterActivityVersions]": fields_game_center_activity_versions,
                "include": include,
                "limit[achievements]": limit_achievements,
                "limit[achievementsV2]": limit_achievements_v2,
                "limit[leaderboards]": limit_leaderboards,
                "limit[leaderboardsV2]": limit_leaderboards_v2,
                "limit[versions]": limit_versions,
            },
            maxima={
                "limit[achievements]": 50,
                "limit[achievementsV2]": 50,
                "limit[leaderboards]": 50,
                "limit[leaderboardsV2]": 50,
                "limit[versions]": 50,
            },
            response_type=GameCenterActivityResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterActivityUpdateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        play_style: _Enum0 | str | None | UnsetType = UNSET,
        minimum_players_count: int | None | UnsetType = UNSET,
        maximum_players_count: int | None | UnsetType = UNSET,
        supports_party_code: bool | None | UnsetType = UNSET,
        archived: bool | None | UnsetType = UNSET,
        properties: StringToStringMap | Mapping[str, Any] | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityResponse:
        """gameCenterActivities_updateInstance

        PATCH /v1/gameCenterActivities/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenteractivities-_id_
        """
        from ascapi.models.game_center_activity_response import GameCenterActivityResponse

        body = _support.document(
            body,
            reference_name is not UNSET
            or play_style is not UNSET
            or minimum_players_count is not UNSET
            or maximum_players_count is not UNSET
            or supports_party_code is not UNSET
            or archived is not UNSET
            or properties is not UNSET,
            "gameCenterActivities",
            id,
            {
                "referenceName": reference_name,
                "playStyle": play_style,
                "minimumPlayersCount": minimum_players_count,
                "maximumPlayersCount": maximum_players_count,
                "supportsPartyCode": supports_party_code,
                "archived": archived,
                "properties": properties,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterActivities/{id}", id=id),
            body=body,
            response_type=GameCenterActivityResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterActivitiesAchievements(AsyncAPIResource):
    """``client.game_center_activities.achievements``: /v1/gameCenterActivities"""

    async def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterActivityAchievementsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterActivities_achievements_createToManyRelationship

        POST /v1/gameCenterActivities/{id}/relationships/achievements

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivities-_id_-relationships-achievements
        """
        if body is None:
            body = _support.linkages("gameCenterAchievements", ids)
        return await self._client._call(
            "POST",
            path("/v1/gameCenterActivities/{id}/relationships/achievements", id=id),
            body=body,
            deprecated="gameCenterActivities_achievements_createToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )

    async def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterActivityAchievementsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterActivities_achievements_deleteToManyRelationship

        DELETE /v1/gameCenterActivities/{id}/relationships/achievements

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivities-_id_-relationships-achievements
        """
        if body is None:
            body = _support.linkages("gameCenterAchievements", ids)
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterActivities/{id}/relationships/achievements", id=id),
            body=body,
            deprecated="gameCenterActivities_achievements_deleteToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterActivitiesAchievementsV2(AsyncAPIResource):
    """``client.game_center_activities.achievements_v2``: /v1/gameCenterActivities"""

    async def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterActivityAchievementsV2LinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterActivities_achievementsV2_createToManyRelationship

        POST /v1/gameCenterActivities/{id}/relationships/achievementsV2

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivities-_id_-relationships-achievementsv2
        """
        if body is None:
            body = _support.linkages("gameCenterAchievements", ids)
        return await self._client._call(
            "POST",
            path("/v1/gameCenterActivities/{id}/relationships/achievementsV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

    async def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterActivityAchievementsV2LinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterActivities_achievementsV2_deleteToManyRelationship

        DELETE /v1/gameCenterActivities/{id}/relationships/achievementsV2

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivities-_id_-relationships-achievementsv2
        """
        if body is None:
            body = _support.linkages("gameCenterAchievements", ids)
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterActivities/{id}/relationships/achievementsV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterActivitiesLeaderboards(AsyncAPIResource):
    """``client.game_center_activities.leaderboards``: /v1/gameCenterActivities"""

    async def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterActivityLeaderboardsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterActivities_leaderboards_createToManyRelationship

        POST /v1/gameCenterActivities/{id}/relationships/leaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivities-_id_-relationships-leaderboards
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return await self._client._call(
            "POST",
            path("/v1/gameCenterActivities/{id}/relationships/leaderboards", id=id),
            body=body,
            deprecated="gameCenterActivities_leaderboards_createToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )

    async def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterActivityLeaderboardsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterActivities_leaderboards_deleteToManyRelationship

        DELETE /v1/gameCenterActivities/{id}/relationships/leaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivities-_id_-relationships-leaderboards
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterActivities/{id}/relationships/leaderboards", id=id),
            body=body,
            deprecated="gameCenterActivities_leaderboards_deleteToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterActivitiesLeaderboardsV2(AsyncAPIResource):
    """``client.game_center_activities.leaderboards_v2``: /v1/gameCenterActivities"""

    async def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterActivityLeaderboardsV2LinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterActivities_leaderboardsV2_createToManyRelationship

        POST /v1/gameCenterActivities/{id}/relationships/leaderboardsV2

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivities-_id_-relationships-leaderboardsv2
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return await self._client._call(
            "POST",
            path("/v1/gameCenterActivities/{id}/relationships/leaderboardsV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

    async def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterActivityLeaderboardsV2LinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterActivities_leaderboardsV2_deleteToManyRelationship

        DELETE /v1/gameCenterActivities/{id}/relationships/leaderboardsV2

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivities-_id_-relationships-leaderboardsv2
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterActivities/{id}/relationships/leaderboardsV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterActivitiesVersions(AsyncAPIResource):
    """``client.game_center_activities.versions``: /v1/gameCenterActivities"""

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
        GameCenterActivityVersionsLinkagesResponse, GameCenterActivityVersionsLinkagesResponseData
    ]:
        """gameCenterActivities_versions_getToManyRelationship

        GET /v1/gameCenterActivities/{id}/relationships/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_-relationships-versions
        """
        from ascapi.models.game_center_activity_versions_linkages_response import (
            GameCenterActivityVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterActivities/{id}/relationships/versions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterActivityVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_activity_versions: Sequence[_Enum6] | None = None,
        fields_game_center_activities: Sequence[_Enum1] | None = None,
        fields_game_center_activity_localizations: Sequence[_Enum8] | None = None,
        fields_game_center_activity_images: Sequence[_Enum9] | None = None,
        fields_game_center_activity_version_releases: Sequence[_Enum10] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum11] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterActivityVersionsResponse, GameCenterActivityVersion]:
        """gameCenterActivities_versions_getToManyRelated

        GET /v1/gameCenterActivities/{id}/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_-versions
        """
        from ascapi.models.game_center_activity_versions_response import (
            GameCenterActivityVersionsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterActivities/{id}/versions", id=id),
            params={
                "fields[gameCenterActivityVersions]": fields_game_center_activity_versions,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterActivityLocalizations]": fields_game_center_activity_localizations,
                "fields[gameCenterActivityImages]": fields_game_center_activity_images,
                "fields[gameCenterActivityVersionReleases]": fields_game_center_activity_version_releases,
                "limit": limit,
                "include": include,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[localizations]": 50, "limit[releases]": 50},
            response_type=GameCenterActivityVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
