# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_leaderboard_set_releases`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_leaderboard_set_release_create_request import (
        GameCenterLeaderboardSetReleaseCreateRequest,
    )
    from ascapi.models.game_center_leaderboard_set_release_response import (
        GameCenterLeaderboardSetReleaseResponse,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["live", "gameCenterDetail", "gameCenterLeaderboardSet"]
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
        "vendorIdentifier",
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboardSet",
        "localizations",
        "gameCenterLeaderboards",
        "releases",
    ]
    _Enum3 = Literal["gameCenterDetail", "gameCenterLeaderboardSet"]


class GameCenterLeaderboardSetReleases(SyncAPIResource):
    """``client.game_center_leaderboard_set_releases``: /v1/gameCenterLeaderboardSetReleases"""

    def create(
        self,
        *,
        body: GameCenterLeaderboardSetReleaseCreateRequest | Mapping[str, Any] | None = None,
        game_center_detail: str | None | UnsetType = UNSET,
        game_center_leaderboard_set: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetReleaseResponse:
        """gameCenterLeaderboardSetReleases_createInstance

        POST /v1/gameCenterLeaderboardSetReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardsetreleases
        """
        from ascapi.models.game_center_leaderboard_set_release_response import (
            GameCenterLeaderboardSetReleaseResponse,
        )

        body = _support.document(
            body,
            game_center_detail is not UNSET or game_center_leaderboard_set is not UNSET,
            "gameCenterLeaderboardSetReleases",
            None,
            {},
            {
                "gameCenterDetail": ("gameCenterDetails", False, game_center_detail),
                "gameCenterLeaderboardSet": (
                    "gameCenterLeaderboardSets",
                    False,
                    game_center_leaderboard_set,
                ),
            },
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterLeaderboardSetReleases",
            body=body,
            deprecated="gameCenterLeaderboardSetReleases_createInstance",
            response_type=GameCenterLeaderboardSetReleaseResponse,
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
        """gameCenterLeaderboardSetReleases_deleteInstance

        DELETE /v1/gameCenterLeaderboardSetReleases/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardsetreleases-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterLeaderboardSetReleases/{id}", id=id),
            deprecated="gameCenterLeaderboardSetReleases_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum0] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetReleaseResponse:
        """gameCenterLeaderboardSetReleases_getInstance

        GET /v1/gameCenterLeaderboardSetReleases/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetreleases-_id_
        """
        from ascapi.models.game_center_leaderboard_set_release_response import (
            GameCenterLeaderboardSetReleaseResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboardSetReleases/{id}", id=id),
            params={
                "fields[gameCenterLeaderboardSetReleases]": fields_game_center_leaderboard_set_releases,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "include": include,
            },
            deprecated="gameCenterLeaderboardSetReleases_getInstance",
            response_type=GameCenterLeaderboardSetReleaseResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardSetReleases(AsyncAPIResource):
    """``client.game_center_leaderboard_set_releases``: /v1/gameCenterLeaderboardSetReleases"""

    async def create(
        self,
        *,
        body: GameCenterLeaderboardSetReleaseCreateRequest | Mapping[str, Any] | None = None,
        game_center_detail: str | None | UnsetType = UNSET,
        game_center_leaderboard_set: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetReleaseResponse:
        """gameCenterLeaderboardSetReleases_createInstance

        POST /v1/gameCenterLeaderboardSetReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardsetreleases
        """
        from ascapi.models.game_center_leaderboard_set_release_response import (
            GameCenterLeaderboardSetReleaseResponse,
        )

        body = _support.document(
            body,
            game_center_detail is not UNSET or game_center_leaderboard_set is not UNSET,
            "gameCenterLeaderboardSetReleases",
            None,
            {},
            {
                "gameCenterDetail": ("gameCenterDetails", False, game_center_detail),
                "gameCenterLeaderboardSet": (
                    "gameCenterLeaderboardSets",
                    False,
                    game_center_leaderboard_set,
                ),
            },
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterLeaderboardSetReleases",
            body=body,
            deprecated="gameCenterLeaderboardSetReleases_createInstance",
            response_type=GameCenterLeaderboardSetReleaseResponse,
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
        """gameCenterLeaderboardSetReleases_deleteInstance

        DELETE /v1/gameCenterLeaderboardSetReleases/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardsetreleases-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterLeaderboardSetReleases/{id}", id=id),
            deprecated="gameCenterLeaderboardSetReleases_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum0] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetReleaseResponse:
        """gameCenterLeaderboardSetReleases_getInstance

        GET /v1/gameCenterLeaderboardSetReleases/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetreleases-_id_
        """
        from ascapi.models.game_center_leaderboard_set_release_response import (
            GameCenterLeaderboardSetReleaseResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboardSetReleases/{id}", id=id),
            params={
                "fields[gameCenterLeaderboardSetReleases]": fields_game_center_leaderboard_set_releases,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "include": include,
            },
            deprecated="gameCenterLeaderboardSetReleases_getInstance",
            response_type=GameCenterLeaderboardSetReleaseResponse,
            options=options(extra_headers, extra_query, timeout),
        )
