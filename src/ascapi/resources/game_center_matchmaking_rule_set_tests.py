# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_matchmaking_rule_set_tests`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_matchmaking_rule_set_test_create_request import (
        GameCenterMatchmakingRuleSetTestCreateRequest,
    )
    from ascapi.models.game_center_matchmaking_rule_set_test_response import (
        GameCenterMatchmakingRuleSetTestResponse,
    )
    from ascapi.models.game_center_matchmaking_test_player_property_inline_create import (
        GameCenterMatchmakingTestPlayerPropertyInlineCreate,
    )
    from ascapi.models.game_center_matchmaking_test_request_inline_create import (
        GameCenterMatchmakingTestRequestInlineCreate,
    )
    from ascapi.pagination import AsyncPager, Page


class GameCenterMatchmakingRuleSetTests(SyncAPIResource):
    """``client.game_center_matchmaking_rule_set_tests``: /v1/gameCenterMatchmakingRuleSetTests"""

    def create(
        self,
        *,
        body: GameCenterMatchmakingRuleSetTestCreateRequest | Mapping[str, Any] | None = None,
        matchmaking_rule_set: str | None | UnsetType = UNSET,
        matchmaking_requests: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[
            GameCenterMatchmakingTestPlayerPropertyInlineCreate
            | GameCenterMatchmakingTestRequestInlineCreate
            | Mapping[str, Any]
        ]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingRuleSetTestResponse:
        """gameCenterMatchmakingRuleSetTests_createInstance

        POST /v1/gameCenterMatchmakingRuleSetTests

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentermatchmakingrulesettests
        """
        from ascapi.models.game_center_matchmaking_rule_set_test_response import (
            GameCenterMatchmakingRuleSetTestResponse,
        )

        body = _support.document(
            body,
            matchmaking_rule_set is not UNSET
            or matchmaking_requests is not UNSET
            or included is not UNSET,
            "gameCenterMatchmakingRuleSetTests",
            None,
            {},
            {
                "matchmakingRuleSet": (
                    "gameCenterMatchmakingRuleSets",
                    False,
                    matchmaking_rule_set,
                ),
                "matchmakingRequests": (
                    "gameCenterMatchmakingTestRequests",
                    True,
                    matchmaking_requests,
                ),
            },
            attributes_required=False,
            included=included,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterMatchmakingRuleSetTests",
            body=body,
            response_type=GameCenterMatchmakingRuleSetTestResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterMatchmakingRuleSetTests(AsyncAPIResource):
    """``client.game_center_matchmaking_rule_set_tests``: /v1/gameCenterMatchmakingRuleSetTests"""

    async def create(
        self,
        *,
        body: GameCenterMatchmakingRuleSetTestCreateRequest | Mapping[str, Any] | None = None,
        matchmaking_rule_set: str | None | UnsetType = UNSET,
        matchmaking_requests: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[
            GameCenterMatchmakingTestPlayerPropertyInlineCreate
            | GameCenterMatchmakingTestRequestInlineCreate
            | Mapping[str, Any]
        ]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingRuleSetTestResponse:
        """gameCenterMatchmakingRuleSetTests_createInstance

        POST /v1/gameCenterMatchmakingRuleSetTests

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentermatchmakingrulesettests
        """
        from ascapi.models.game_center_matchmaking_rule_set_test_response import (
            GameCenterMatchmakingRuleSetTestResponse,
        )

        body = _support.document(
            body,
            matchmaking_rule_set is not UNSET
            or matchmaking_requests is not UNSET
            or included is not UNSET,
            "gameCenterMatchmakingRuleSetTests",
            None,
            {},
            {
                "matchmakingRuleSet": (
                    "gameCenterMatchmakingRuleSets",
                    False,
                    matchmaking_rule_set,
                ),
                "matchmakingRequests": (
                    "gameCenterMatchmakingTestRequests",
                    True,
                    matchmaking_requests,
                ),
            },
            attributes_required=False,
            included=included,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterMatchmakingRuleSetTests",
            body=body,
            response_type=GameCenterMatchmakingRuleSetTestResponse,
            options=options(extra_headers, extra_query, timeout),
        )
