# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_matchmaking_teams`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_matchmaking_team_create_request import (
        GameCenterMatchmakingTeamCreateRequest,
    )
    from ascapi.models.game_center_matchmaking_team_response import (
        GameCenterMatchmakingTeamResponse,
    )
    from ascapi.models.game_center_matchmaking_team_update_request import (
        GameCenterMatchmakingTeamUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page


class GameCenterMatchmakingTeams(SyncAPIResource):
    """``client.game_center_matchmaking_teams``: /v1/gameCenterMatchmakingTeams"""

    def create(
        self,
        *,
        body: GameCenterMatchmakingTeamCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        min_players: int | None | UnsetType = UNSET,
        max_players: int | None | UnsetType = UNSET,
        rule_set: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingTeamResponse:
        """gameCenterMatchmakingTeams_createInstance

        POST /v1/gameCenterMatchmakingTeams

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentermatchmakingteams
        """
        from ascapi.models.game_center_matchmaking_team_response import (
            GameCenterMatchmakingTeamResponse,
        )

        body = _support.document(
            body,
            reference_name is not UNSET
            or min_players is not UNSET
            or max_players is not UNSET
            or rule_set is not UNSET,
            "gameCenterMatchmakingTeams",
            None,
            {"referenceName": reference_name, "minPlayers": min_players, "maxPlayers": max_players},
            {"ruleSet": ("gameCenterMatchmakingRuleSets", False, rule_set)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterMatchmakingTeams",
            body=body,
            response_type=GameCenterMatchmakingTeamResponse,
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
        """gameCenterMatchmakingTeams_deleteInstance

        DELETE /v1/gameCenterMatchmakingTeams/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecentermatchmakingteams-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterMatchmakingTeams/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterMatchmakingTeamUpdateRequest | Mapping[str, Any] | None = None,
        min_players: int | None | UnsetType = UNSET,
        max_players: int | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingTeamResponse:
        """gameCenterMatchmakingTeams_updateInstance

        PATCH /v1/gameCenterMatchmakingTeams/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentermatchmakingteams-_id_
        """
        from ascapi.models.game_center_matchmaking_team_response import (
            GameCenterMatchmakingTeamResponse,
        )

        body = _support.document(
            body,
            min_players is not UNSET or max_players is not UNSET,
            "gameCenterMatchmakingTeams",
            id,
            {"minPlayers": min_players, "maxPlayers": max_players},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterMatchmakingTeams/{id}", id=id),
            body=body,
            response_type=GameCenterMatchmakingTeamResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterMatchmakingTeams(AsyncAPIResource):
    """``client.game_center_matchmaking_teams``: /v1/gameCenterMatchmakingTeams"""

    async def create(
        self,
        *,
        body: GameCenterMatchmakingTeamCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        min_players: int | None | UnsetType = UNSET,
        max_players: int | None | UnsetType = UNSET,
        rule_set: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingTeamResponse:
        """gameCenterMatchmakingTeams_createInstance

        POST /v1/gameCenterMatchmakingTeams

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentermatchmakingteams
        """
        from ascapi.models.game_center_matchmaking_team_response import (
            GameCenterMatchmakingTeamResponse,
        )

        body = _support.document(
            body,
            reference_name is not UNSET
            or min_players is not UNSET
            or max_players is not UNSET
            or rule_set is not UNSET,
            "gameCenterMatchmakingTeams",
            None,
            {"referenceName": reference_name, "minPlayers": min_players, "maxPlayers": max_players},
            {"ruleSet": ("gameCenterMatchmakingRuleSets", False, rule_set)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterMatchmakingTeams",
            body=body,
            response_type=GameCenterMatchmakingTeamResponse,
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
        """gameCenterMatchmakingTeams_deleteInstance

        DELETE /v1/gameCenterMatchmakingTeams/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecentermatchmakingteams-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterMatchmakingTeams/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterMatchmakingTeamUpdateRequest | Mapping[str, Any] | None = None,
        min_players: int | None | UnsetType = UNSET,
        max_players: int | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingTeamResponse:
        """gameCenterMatchmakingTeams_updateInstance

        PATCH /v1/gameCenterMatchmakingTeams/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentermatchmakingteams-_id_
        """
        from ascapi.models.game_center_matchmaking_team_response import (
            GameCenterMatchmakingTeamResponse,
        )

        body = _support.document(
            body,
            min_players is not UNSET or max_players is not UNSET,
            "gameCenterMatchmakingTeams",
            id,
            {"minPlayers": min_players, "maxPlayers": max_players},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterMatchmakingTeams/{id}", id=id),
            body=body,
            response_type=GameCenterMatchmakingTeamResponse,
            options=options(extra_headers, extra_query, timeout),
        )
