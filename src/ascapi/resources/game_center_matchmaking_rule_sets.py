# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_matchmaking_rule_sets`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_matchmaking_queue import GameCenterMatchmakingQueue
    from ascapi.models.game_center_matchmaking_queues_response import (
        GameCenterMatchmakingQueuesResponse,
    )
    from ascapi.models.game_center_matchmaking_rule import GameCenterMatchmakingRule
    from ascapi.models.game_center_matchmaking_rule_set import GameCenterMatchmakingRuleSet
    from ascapi.models.game_center_matchmaking_rule_set_create_request import (
        GameCenterMatchmakingRuleSetCreateRequest,
    )
    from ascapi.models.game_center_matchmaking_rule_set_matchmaking_queues_linkages_response import (
        GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponse,
        GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponseData,
    )
    from ascapi.models.game_center_matchmaking_rule_set_response import (
        GameCenterMatchmakingRuleSetResponse,
    )
    from ascapi.models.game_center_matchmaking_rule_set_rules_linkages_response import (
        GameCenterMatchmakingRuleSetRulesLinkagesResponse,
        GameCenterMatchmakingRuleSetRulesLinkagesResponseData,
    )
    from ascapi.models.game_center_matchmaking_rule_set_teams_linkages_response import (
        GameCenterMatchmakingRuleSetTeamsLinkagesResponse,
        GameCenterMatchmakingRuleSetTeamsLinkagesResponseData,
    )
    from ascapi.models.game_center_matchmaking_rule_set_update_request import (
        GameCenterMatchmakingRuleSetUpdateRequest,
    )
    from ascapi.models.game_center_matchmaking_rule_sets_response import (
        GameCenterMatchmakingRuleSetsResponse,
    )
    from ascapi.models.game_center_matchmaking_rules_response import (
        GameCenterMatchmakingRulesResponse,
    )
    from ascapi.models.game_center_matchmaking_team import GameCenterMatchmakingTeam
    from ascapi.models.game_center_matchmaking_teams_response import (
        GameCenterMatchmakingTeamsResponse,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "referenceName",
        "ruleLanguageVersion",
        "minPlayers",
        "maxPlayers",
        "teams",
        "rules",
        "matchmakingQueues",
    ]
    _Enum1 = Literal["referenceName", "minPlayers", "maxPlayers"]
    _Enum2 = Literal["referenceName", "description", "type", "expression", "weight"]
    _Enum3 = Literal["referenceName", "classicMatchmakingBundleIds", "ruleSet", "experimentRuleSet"]
    _Enum4 = Literal["teams", "rules", "matchmakingQueues"]
    _Enum5 = Literal["ruleSet", "experimentRuleSet"]


class GameCenterMatchmakingRuleSets(SyncAPIResource):
    """``client.game_center_matchmaking_rule_sets``: /v1/gameCenterMatchmakingRuleSets"""

    @cached_property
    def matchmaking_queues(self) -> GameCenterMatchmakingRuleSetsMatchmakingQueues:
        return GameCenterMatchmakingRuleSetsMatchmakingQueues(self._client)

    @cached_property
    def rules(self) -> GameCenterMatchmakingRuleSetsRules:
        return GameCenterMatchmakingRuleSetsRules(self._client)

    @cached_property
    def teams(self) -> GameCenterMatchmakingRuleSetsTeams:
        return GameCenterMatchmakingRuleSetsTeams(self._client)

    def create(
        self,
        *,
        body: GameCenterMatchmakingRuleSetCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        rule_language_version: int | None | UnsetType = UNSET,
        min_players: int | None | UnsetType = UNSET,
        max_players: int | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingRuleSetResponse:
        """gameCenterMatchmakingRuleSets_createInstance

        POST /v1/gameCenterMatchmakingRuleSets

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentermatchmakingrulesets
        """
        from ascapi.models.game_center_matchmaking_rule_set_response import (
            GameCenterMatchmakingRuleSetResponse,
        )

        body = _support.document(
            body,
            reference_name is not UNSET
            or rule_language_version is not UNSET
            or min_players is not UNSET
            or max_players is not UNSET,
            "gameCenterMatchmakingRuleSets",
            None,
            {
                "referenceName": reference_name,
                "ruleLanguageVersion": rule_language_version,
                "minPlayers": min_players,
                "maxPlayers": max_players,
            },
            {},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterMatchmakingRuleSets",
            body=body,
            response_type=GameCenterMatchmakingRuleSetResponse,
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
        """gameCenterMatchmakingRuleSets_deleteInstance

        DELETE /v1/gameCenterMatchmakingRuleSets/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecentermatchmakingrulesets-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterMatchmakingRuleSets/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_matchmaking_rule_sets: Sequence[_Enum0] | None = None,
        fields_game_center_matchmaking_teams: Sequence[_Enum1] | None = None,
        fields_game_center_matchmaking_rules: Sequence[_Enum2] | None = None,
        fields_game_center_matchmaking_queues: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_matchmaking_queues: int | None = None,
        limit_rules: int | None = None,
        limit_teams: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingRuleSetResponse:
        """gameCenterMatchmakingRuleSets_getInstance

        GET /v1/gameCenterMatchmakingRuleSets/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_
        """
        from ascapi.models.game_center_matchmaking_rule_set_response import (
            GameCenterMatchmakingRuleSetResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterMatchmakingRuleSets/{id}", id=id),
            params={
                "fields[gameCenterMatchmakingRuleSets]": fields_game_center_matchmaking_rule_sets,
                "fields[gameCenterMatchmakingTeams]": fields_game_center_matchmaking_teams,
                "fields[gameCenterMatchmakingRules]": fields_game_center_matchmaking_rules,
                "fields[gameCenterMatchmakingQueues]": fields_game_center_matchmaking_queues,
                "include": include,
                "limit[matchmakingQueues]": limit_matchmaking_queues,
                "limit[rules]": limit_rules,
                "limit[teams]": limit_teams,
            },
            maxima={"limit[matchmakingQueues]": 50, "limit[rules]": 50, "limit[teams]": 50},
            response_type=GameCenterMatchmakingRuleSetResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        fields_game_center_matchmaking_rule_sets: Sequence[_Enum0] | None = None,
        fields_game_center_matchmaking_teams: Sequence[_Enum1] | None = None,
        fields_game_center_matchmaking_rules: Sequence[_Enum2] | None = None,
        fields_game_center_matchmaking_queues: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_matchmaking_queues: int | None = None,
        limit_rules: int | None = None,
        limit_teams: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterMatchmakingRuleSetsResponse, GameCenterMatchmakingRuleSet]:
        """gameCenterMatchmakingRuleSets_getCollection

        GET /v1/gameCenterMatchmakingRuleSets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets
        """
        from ascapi.models.game_center_matchmaking_rule_sets_response import (
            GameCenterMatchmakingRuleSetsResponse,
        )

        return self._client._get_page(
            "/v1/gameCenterMatchmakingRuleSets",
            params={
                "fields[gameCenterMatchmakingRuleSets]": fields_game_center_matchmaking_rule_sets,
                "fields[gameCenterMatchmakingTeams]": fields_game_center_matchmaking_teams,
                "fields[gameCenterMatchmakingRules]": fields_game_center_matchmaking_rules,
                "fields[gameCenterMatchmakingQueues]": fields_game_center_matchmaking_queues,
                "limit": limit,
                "include": include,
                "limit[matchmakingQueues]": limit_matchmaking_queues,
                "limit[rules]": limit_rules,
                "limit[teams]": limit_teams,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[matchmakingQueues]": 50,
                "limit[rules]": 50,
                "limit[teams]": 50,
            },
            response_type=GameCenterMatchmakingRuleSetsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterMatchmakingRuleSetUpdateRequest | Mapping[str, Any] | None = None,
        min_players: int | None | UnsetType = UNSET,
        max_players: int | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingRuleSetResponse:
        """gameCenterMatchmakingRuleSets_updateInstance

        PATCH /v1/gameCenterMatchmakingRuleSets/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentermatchmakingrulesets-_id_
        """
        from ascapi.models.game_center_matchmaking_rule_set_response import (
            GameCenterMatchmakingRuleSetResponse,
        )

        body = _support.document(
            body,
            min_players is not UNSET or max_players is not UNSET,
            "gameCenterMatchmakingRuleSets",
            id,
            {"minPlayers": min_players, "maxPlayers": max_players},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterMatchmakingRuleSets/{id}", id=id),
            body=body,
            response_type=GameCenterMatchmakingRuleSetResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterMatchmakingRuleSetsMatchmakingQueues(SyncAPIResource):
    """``client.game_center_matchmaking_rule_sets.matchmaking_queues``: /v1/gameCenterMatchmakingRuleSets"""

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
        GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponse,
        GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponseData,
    ]:
        """gameCenterMatchmakingRuleSets_matchmakingQueues_getToManyRelationship

        GET /v1/gameCenterMatchmakingRuleSets/{id}/relationships/matchmakingQueues

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-relationships-matchmakingqueues
        """
        from ascapi.models.game_center_matchmaking_rule_set_matchmaking_queues_linkages_response import (
            GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingRuleSets/{id}/relationships/matchmakingQueues", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_matchmaking_queues: Sequence[_Enum3] | None = None,
        fields_game_center_matchmaking_rule_sets: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterMatchmakingQueuesResponse, GameCenterMatchmakingQueue]:
        """gameCenterMatchmakingRuleSets_matchmakingQueues_getToManyRelated

        GET /v1/gameCenterMatchmakingRuleSets/{id}/matchmakingQueues

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-matchmakingqueues
        """
        from ascapi.models.game_center_matchmaking_queues_response import (
            GameCenterMatchmakingQueuesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingRuleSets/{id}/matchmakingQueues", id=id),
            params={
                "fields[gameCenterMatchmakingQueues]": fields_game_center_matchmaking_queues,
                "fields[gameCenterMatchmakingRuleSets]": fields_game_center_matchmaking_rule_sets,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingQueuesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterMatchmakingRuleSetsRules(SyncAPIResource):
    """``client.game_center_matchmaking_rule_sets.rules``: /v1/gameCenterMatchmakingRuleSets"""

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
        GameCenterMatchmakingRuleSetRulesLinkagesResponse,
        GameCenterMatchmakingRuleSetRulesLinkagesResponseData,
    ]:
        """gameCenterMatchmakingRuleSets_rules_getToManyRelationship

        GET /v1/gameCenterMatchmakingRuleSets/{id}/relationships/rules

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-relationships-rules
        """
        from ascapi.models.game_center_matchmaking_rule_set_rules_linkages_response import (
            GameCenterMatchmakingRuleSetRulesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingRuleSets/{id}/relationships/rules", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingRuleSetRulesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_matchmaking_rules: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterMatchmakingRulesResponse, GameCenterMatchmakingRule]:
        """gameCenterMatchmakingRuleSets_rules_getToManyRelated

        GET /v1/gameCenterMatchmakingRuleSets/{id}/rules

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-rules
        """
        from ascapi.models.game_center_matchmaking_rules_response import (
            GameCenterMatchmakingRulesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingRuleSets/{id}/rules", id=id),
            params={
                "fields[gameCenterMatchmakingRules]": fields_game_center_matchmaking_rules,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingRulesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterMatchmakingRuleSetsTeams(SyncAPIResource):
    """``client.game_center_matchmaking_rule_sets.teams``: /v1/gameCenterMatchmakingRuleSets"""

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
        GameCenterMatchmakingRuleSetTeamsLinkagesResponse,
        GameCenterMatchmakingRuleSetTeamsLinkagesResponseData,
    ]:
        """gameCenterMatchmakingRuleSets_teams_getToManyRelationship

        GET /v1/gameCenterMatchmakingRuleSets/{id}/relationships/teams

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-relationships-teams
        """
        from ascapi.models.game_center_matchmaking_rule_set_teams_linkages_response import (
            GameCenterMatchmakingRuleSetTeamsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingRuleSets/{id}/relationships/teams", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingRuleSetTeamsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_matchmaking_teams: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterMatchmakingTeamsResponse, GameCenterMatchmakingTeam]:
        """gameCenterMatchmakingRuleSets_teams_getToManyRelated

        GET /v1/gameCenterMatchmakingRuleSets/{id}/teams

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-teams
        """
        from ascapi.models.game_center_matchmaking_teams_response import (
            GameCenterMatchmakingTeamsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingRuleSets/{id}/teams", id=id),
            params={
                "fields[gameCenterMatchmakingTeams]": fields_game_center_matchmaking_teams,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingTeamsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterMatchmakingRuleSets(AsyncAPIResource):
    """``client.game_center_matchmaking_rule_sets``: /v1/gameCenterMatchmakingRuleSets"""

    @cached_property
    def matchmaking_queues(self) -> AsyncGameCenterMatchmakingRuleSetsMatchmakingQueues:
        return AsyncGameCenterMatchmakingRuleSetsMatchmakingQueues(self._client)

    @cached_property
    def rules(self) -> AsyncGameCenterMatchmakingRuleSetsRules:
        return AsyncGameCenterMatchmakingRuleSetsRules(self._client)

    @cached_property
    def teams(self) -> AsyncGameCenterMatchmakingRuleSetsTeams:
        return AsyncGameCenterMatchmakingRuleSetsTeams(self._client)

    async def create(
        self,
        *,
        body: GameCenterMatchmakingRuleSetCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        rule_language_version: int | None | UnsetType = UNSET,
        min_players: int | None | UnsetType = UNSET,
        max_players: int | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingRuleSetResponse:
        """gameCenterMatchmakingRuleSets_createInstance

        POST /v1/gameCenterMatchmakingRuleSets

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentermatchmakingrulesets
        """
        from ascapi.models.game_center_matchmaking_rule_set_response import (
            GameCenterMatchmakingRuleSetResponse,
        )

        body = _support.document(
            body,
            reference_name is not UNSET
            or rule_language_version is not UNSET
            or min_players is not UNSET
            or max_players is not UNSET,
            "gameCenterMatchmakingRuleSets",
            None,
            {
                "referenceName": reference_name,
                "ruleLanguageVersion": rule_language_version,
                "minPlayers": min_players,
                "maxPlayers": max_players,
            },
            {},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterMatchmakingRuleSets",
            body=body,
            response_type=GameCenterMatchmakingRuleSetResponse,
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
        """gameCenterMatchmakingRuleSets_deleteInstance

        DELETE /v1/gameCenterMatchmakingRuleSets/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecentermatchmakingrulesets-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterMatchmakingRuleSets/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_matchmaking_rule_sets: Sequence[_Enum0] | None = None,
        fields_game_center_matchmaking_teams: Sequence[_Enum1] | None = None,
        fields_game_center_matchmaking_rules: Sequence[_Enum2] | None = None,
        fields_game_center_matchmaking_queues: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_matchmaking_queues: int | None = None,
        limit_rules: int | None = None,
        limit_teams: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingRuleSetResponse:
        """gameCenterMatchmakingRuleSets_getInstance

        GET /v1/gameCenterMatchmakingRuleSets/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_
        """
        from ascapi.models.game_center_matchmaking_rule_set_response import (
            GameCenterMatchmakingRuleSetResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterMatchmakingRuleSets/{id}", id=id),
            params={
                "fields[gameCenterMatchmakingRuleSets]": fields_game_center_matchmaking_rule_sets,
                "fields[gameCenterMatchmakingTeams]": fields_game_center_matchmaking_teams,
                "fields[gameCenterMatchmakingRules]": fields_game_center_matchmaking_rules,
                "fields[gameCenterMatchmakingQueues]": fields_game_center_matchmaking_queues,
                "include": include,
                "limit[matchmakingQueues]": limit_matchmaking_queues,
                "limit[rules]": limit_rules,
                "limit[teams]": limit_teams,
            },
            maxima={"limit[matchmakingQueues]": 50, "limit[rules]": 50, "limit[teams]": 50},
            response_type=GameCenterMatchmakingRuleSetResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        fields_game_center_matchmaking_rule_sets: Sequence[_Enum0] | None = None,
        fields_game_center_matchmaking_teams: Sequence[_Enum1] | None = None,
        fields_game_center_matchmaking_rules: Sequence[_Enum2] | None = None,
        fields_game_center_matchmaking_queues: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_matchmaking_queues: int | None = None,
        limit_rules: int | None = None,
        limit_teams: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterMatchmakingRuleSetsResponse, GameCenterMatchmakingRuleSet]:
        """gameCenterMatchmakingRuleSets_getCollection

        GET /v1/gameCenterMatchmakingRuleSets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets
        """
        from ascapi.models.game_center_matchmaking_rule_sets_response import (
            GameCenterMatchmakingRuleSetsResponse,
        )

        return self._client._get_page(
            "/v1/gameCenterMatchmakingRuleSets",
            params={
                "fields[gameCenterMatchmakingRuleSets]": fields_game_center_matchmaking_rule_sets,
                "fields[gameCenterMatchmakingTeams]": fields_game_center_matchmaking_teams,
                "fields[gameCenterMatchmakingRules]": fields_game_center_matchmaking_rules,
                "fields[gameCenterMatchmakingQueues]": fields_game_center_matchmaking_queues,
                "limit": limit,
                "include": include,
                "limit[matchmakingQueues]": limit_matchmaking_queues,
                "limit[rules]": limit_rules,
                "limit[teams]": limit_teams,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[matchmakingQueues]": 50,
                "limit[rules]": 50,
                "limit[teams]": 50,
            },
            response_type=GameCenterMatchmakingRuleSetsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterMatchmakingRuleSetUpdateRequest | Mapping[str, Any] | None = None,
        min_players: int | None | UnsetType = UNSET,
        max_players: int | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingRuleSetResponse:
        """gameCenterMatchmakingRuleSets_updateInstance

        PATCH /v1/gameCenterMatchmakingRuleSets/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentermatchmakingrulesets-_id_
        """
        from ascapi.models.game_center_matchmaking_rule_set_response import (
            GameCenterMatchmakingRuleSetResponse,
        )

        body = _support.document(
            body,
            min_players is not UNSET or max_players is not UNSET,
            "gameCenterMatchmakingRuleSets",
            id,
            {"minPlayers": min_players, "maxPlayers": max_players},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterMatchmakingRuleSets/{id}", id=id),
            body=body,
            response_type=GameCenterMatchmakingRuleSetResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterMatchmakingRuleSetsMatchmakingQueues(AsyncAPIResource):
    """``client.game_center_matchmaking_rule_sets.matchmaking_queues``: /v1/gameCenterMatchmakingRuleSets"""

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
        GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponse,
        GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponseData,
    ]:
        """gameCenterMatchmakingRuleSets_matchmakingQueues_getToManyRelationship

        GET /v1/gameCenterMatchmakingRuleSets/{id}/relationships/matchmakingQueues

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-relationships-matchmakingqueues
        """
        from ascapi.models.game_center_matchmaking_rule_set_matchmaking_queues_linkages_response import (
            GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingRuleSets/{id}/relationships/matchmakingQueues", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_matchmaking_queues: Sequence[_Enum3] | None = None,
        fields_game_center_matchmaking_rule_sets: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterMatchmakingQueuesResponse, GameCenterMatchmakingQueue]:
        """gameCenterMatchmakingRuleSets_matchmakingQueues_getToManyRelated

        GET /v1/gameCenterMatchmakingRuleSets/{id}/matchmakingQueues

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-matchmakingqueues
        """
        from ascapi.models.game_center_matchmaking_queues_response import (
            GameCenterMatchmakingQueuesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingRuleSets/{id}/matchmakingQueues", id=id),
            params={
                "fields[gameCenterMatchmakingQueues]": fields_game_center_matchmaking_queues,
                "fields[gameCenterMatchmakingRuleSets]": fields_game_center_matchmaking_rule_sets,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingQueuesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterMatchmakingRuleSetsRules(AsyncAPIResource):
    """``client.game_center_matchmaking_rule_sets.rules``: /v1/gameCenterMatchmakingRuleSets"""

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
        GameCenterMatchmakingRuleSetRulesLinkagesResponse,
        GameCenterMatchmakingRuleSetRulesLinkagesResponseData,
    ]:
        """gameCenterMatchmakingRuleSets_rules_getToManyRelationship

        GET /v1/gameCenterMatchmakingRuleSets/{id}/relationships/rules

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-relationships-rules
        """
        from ascapi.models.game_center_matchmaking_rule_set_rules_linkages_response import (
            GameCenterMatchmakingRuleSetRulesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingRuleSets/{id}/relationships/rules", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingRuleSetRulesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_matchmaking_rules: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterMatchmakingRulesResponse, GameCenterMatchmakingRule]:
        """gameCenterMatchmakingRuleSets_rules_getToManyRelated

        GET /v1/gameCenterMatchmakingRuleSets/{id}/rules

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-rules
        """
        from ascapi.models.game_center_matchmaking_rules_response import (
            GameCenterMatchmakingRulesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingRuleSets/{id}/rules", id=id),
            params={
                "fields[gameCenterMatchmakingRules]": fields_game_center_matchmaking_rules,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingRulesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterMatchmakingRuleSetsTeams(AsyncAPIResource):
    """``client.game_center_matchmaking_rule_sets.teams``: /v1/gameCenterMatchmakingRuleSets"""

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
        GameCenterMatchmakingRuleSetTeamsLinkagesResponse,
        GameCenterMatchmakingRuleSetTeamsLinkagesResponseData,
    ]:
        """gameCenterMatchmakingRuleSets_teams_getToManyRelationship

        GET /v1/gameCenterMatchmakingRuleSets/{id}/relationships/teams

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-relationships-teams
        """
        from ascapi.models.game_center_matchmaking_rule_set_teams_linkages_response import (
            GameCenterMatchmakingRuleSetTeamsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingRuleSets/{id}/relationships/teams", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingRuleSetTeamsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_matchmaking_teams: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterMatchmakingTeamsResponse, GameCenterMatchmakingTeam]:
        """gameCenterMatchmakingRuleSets_teams_getToManyRelated

        GET /v1/gameCenterMatchmakingRuleSets/{id}/teams

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-teams
        """
        from ascapi.models.game_center_matchmaking_teams_response import (
            GameCenterMatchmakingTeamsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingRuleSets/{id}/teams", id=id),
            params={
                "fields[gameCenterMatchmakingTeams]": fields_game_center_matchmaking_teams,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingTeamsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
