# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_matchmaking_rules`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_matchmaking_boolean_rule_results_v1_metric_response import (
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponse,
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponseData,
    )
    from ascapi.models.game_center_matchmaking_number_rule_results_v1_metric_response import (
        GameCenterMatchmakingNumberRuleResultsV1MetricResponse,
        GameCenterMatchmakingNumberRuleResultsV1MetricResponseData,
    )
    from ascapi.models.game_center_matchmaking_rule_create_request import (
        GameCenterMatchmakingRuleCreateRequest,
    )
    from ascapi.models.game_center_matchmaking_rule_errors_v1_metric_response import (
        GameCenterMatchmakingRuleErrorsV1MetricResponse,
        GameCenterMatchmakingRuleErrorsV1MetricResponseData,
    )
    from ascapi.models.game_center_matchmaking_rule_response import (
        GameCenterMatchmakingRuleResponse,
    )
    from ascapi.models.game_center_matchmaking_rule_update_request import (
        GameCenterMatchmakingRuleUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["COMPATIBLE", "DISTANCE", "MATCH", "TEAM"]
    _Enum1 = Literal["P1D", "PT1H", "PT15M"]
    _Enum2 = Literal["result", "gameCenterMatchmakingQueue"]
    _Enum3 = Literal["count", "-count"]
    _Enum4 = Literal["gameCenterMatchmakingQueue"]
    _Enum5 = Literal[
        "count",
        "-count",
        "averageResult",
        "-averageResult",
        "p50Result",
        "-p50Result",
        "p95Result",
        "-p95Result",
    ]


class GameCenterMatchmakingRules(SyncAPIResource):
    """``client.game_center_matchmaking_rules``: /v1/gameCenterMatchmakingRules"""

    @cached_property
    def matchmaking_boolean_rule_results(
        self,
    ) -> GameCenterMatchmakingRulesMatchmakingBooleanRuleResults:
        return GameCenterMatchmakingRulesMatchmakingBooleanRuleResults(self._client)

    @cached_property
    def matchmaking_number_rule_results(
        self,
    ) -> GameCenterMatchmakingRulesMatchmakingNumberRuleResults:
        return GameCenterMatchmakingRulesMatchmakingNumberRuleResults(self._client)

    @cached_property
    def matchmaking_rule_errors(self) -> GameCenterMatchmakingRulesMatchmakingRuleErrors:
        return GameCenterMatchmakingRulesMatchmakingRuleErrors(self._client)

    def create(
        self,
        *,
        body: GameCenterMatchmakingRuleCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        type: _Enum0 | str | None | UnsetType = UNSET,
        expression: str | None | UnsetType = UNSET,
        weight: float | None | UnsetType = UNSET,
        rule_set: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingRuleResponse:
        """gameCenterMatchmakingRules_createInstance

        POST /v1/gameCenterMatchmakingRules

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentermatchmakingrules
        """
        from ascapi.models.game_center_matchmaking_rule_response import (
            GameCenterMatchmakingRuleResponse,
        )

        body = _support.document(
            body,
            reference_name is not UNSET
            or description is not UNSET
            or type is not UNSET
            or expression is not UNSET
            or weight is not UNSET
            or rule_set is not UNSET,
            "gameCenterMatchmakingRules",
            None,
            {
                "referenceName": reference_name,
                "description": description,
                "type": type,
                "expression": expression,
                "weight": weight,
            },
            {"ruleSet": ("gameCenterMatchmakingRuleSets", False, rule_set)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterMatchmakingRules",
            body=body,
            response_type=GameCenterMatchmakingRuleResponse,
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
        """gameCenterMatchmakingRules_deleteInstance

        DELETE /v1/gameCenterMatchmakingRules/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecentermatchmakingrules-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterMatchmakingRules/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterMatchmakingRuleUpdateRequest | Mapping[str, Any] | None = None,
        description: str | None | UnsetType = UNSET,
        expression: str | None | UnsetType = UNSET,
        weight: float | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingRuleResponse:
        """gameCenterMatchmakingRules_updateInstance

        PATCH /v1/gameCenterMatchmakingRules/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentermatchmakingrules-_id_
        """
        from ascapi.models.game_center_matchmaking_rule_response import (
            GameCenterMatchmakingRuleResponse,
        )

        body = _support.document(
            body,
            description is not UNSET or expression is not UNSET or weight is not UNSET,
            "gameCenterMatchmakingRules",
            id,
            {"description": description, "expression": expression, "weight": weight},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterMatchmakingRules/{id}", id=id),
            body=body,
            response_type=GameCenterMatchmakingRuleResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterMatchmakingRulesMatchmakingBooleanRuleResults(SyncAPIResource):
    """``client.game_center_matchmaking_rules.matchmaking_boolean_rule_results``: /v1/gameCenterMatchmakingRules"""

    def metrics(
        self,
        id: str,
        *,
        granularity: _Enum1,
        group_by: Sequence[_Enum2] | None = None,
        filter_result: str | None = None,
        filter_game_center_matchmaking_queue: str | None = None,
        sort: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponse,
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponseData,
    ]:
        """gameCenterMatchmakingRules_matchmakingBooleanRuleResults_getMetrics

        GET /v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingBooleanRuleResults

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrules-_id_-metrics-matchmakingbooleanruleresults
        """
        from ascapi.models.game_center_matchmaking_boolean_rule_results_v1_metric_response import (
            GameCenterMatchmakingBooleanRuleResultsV1MetricResponse,
        )

        return self._client._get_page(
            path(
                "/v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingBooleanRuleResults", id=id
            ),
            params={
                "granularity": granularity,
                "groupBy": group_by,
                "filter[result]": filter_result,
                "filter[gameCenterMatchmakingQueue]": filter_game_center_matchmaking_queue,
                "sort": sort,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingBooleanRuleResultsV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterMatchmakingRulesMatchmakingNumberRuleResults(SyncAPIResource):
    """``client.game_center_matchmaking_rules.matchmaking_number_rule_results``: /v1/gameCenterMatchmakingRules"""

    def metrics(
        self,
        id: str,
        *,
        granularity: _Enum1,
        group_by: Sequence[_Enum4] | None = None,
        filter_game_center_matchmaking_queue: str | None = None,
        sort: Sequence[_Enum5] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterMatchmakingNumberRuleResultsV1MetricResponse,
        GameCenterMatchmakingNumberRuleResultsV1MetricResponseData,
    ]:
        """gameCenterMatchmakingRules_matchmakingNumberRuleResults_getMetrics

        GET /v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingNumberRuleResults

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrules-_id_-metrics-matchmakingnumberruleresults
        """
        from ascapi.models.game_center_matchmaking_number_rule_results_v1_metric_response import (
            GameCenterMatchmakingNumberRuleResultsV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingNumberRuleResults", id=id),
            params={
                "granularity": granularity,
                "groupBy": group_by,
                "filter[gameCenterMatchmakingQueue]": filter_game_center_matchmaking_queue,
                "sort": sort,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingNumberRuleResultsV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterMatchmakingRulesMatchmakingRuleErrors(SyncAPIResource):
    """``client.game_center_matchmaking_rules.matchmaking_rule_errors``: /v1/gameCenterMatchmakingRules"""

    def metrics(
        self,
        id: str,
        *,
        granularity: _Enum1,
        group_by: Sequence[_Enum4] | None = None,
        filter_game_center_matchmaking_queue: str | None = None,
        sort: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterMatchmakingRuleErrorsV1MetricResponse,
        GameCenterMatchmakingRuleErrorsV1MetricResponseData,
    ]:
        """gameCenterMatchmakingRules_matchmakingRuleErrors_getMetrics

        GET /v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingRuleErrors

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrules-_id_-metrics-matchmakingruleerrors
        """
        from ascapi.models.game_center_matchmaking_rule_errors_v1_metric_response import (
            GameCenterMatchmakingRuleErrorsV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingRuleErrors", id=id),
            params={
                "granularity": granularity,
                "groupBy": group_by,
                "filter[gameCenterMatchmakingQueue]": filter_game_center_matchmaking_queue,
                "sort": sort,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingRuleErrorsV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterMatchmakingRules(AsyncAPIResource):
    """``client.game_center_matchmaking_rules``: /v1/gameCenterMatchmakingRules"""

    @cached_property
    def matchmaking_boolean_rule_results(
        self,
    ) -> AsyncGameCenterMatchmakingRulesMatchmakingBooleanRuleResults:
        return AsyncGameCenterMatchmakingRulesMatchmakingBooleanRuleResults(self._client)

    @cached_property
    def matchmaking_number_rule_results(
        self,
    ) -> AsyncGameCenterMatchmakingRulesMatchmakingNumberRuleResults:
        return AsyncGameCenterMatchmakingRulesMatchmakingNumberRuleResults(self._client)

    @cached_property
    def matchmaking_rule_errors(self) -> AsyncGameCenterMatchmakingRulesMatchmakingRuleErrors:
        return AsyncGameCenterMatchmakingRulesMatchmakingRuleErrors(self._client)

    async def create(
        self,
        *,
        body: GameCenterMatchmakingRuleCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        type: _Enum0 | str | None | UnsetType = UNSET,
        expression: str | None | UnsetType = UNSET,
        weight: float | None | UnsetType = UNSET,
        rule_set: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingRuleResponse:
        """gameCenterMatchmakingRules_createInstance

        POST /v1/gameCenterMatchmakingRules

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentermatchmakingrules
        """
        from ascapi.models.game_center_matchmaking_rule_response import (
            GameCenterMatchmakingRuleResponse,
        )

        body = _support.document(
            body,
            reference_name is not UNSET
            or description is not UNSET
            or type is not UNSET
            or expression is not UNSET
            or weight is not UNSET
            or rule_set is not UNSET,
            "gameCenterMatchmakingRules",
            None,
            {
                "referenceName": reference_name,
                "description": description,
                "type": type,
                "expression": expression,
                "weight": weight,
            },
            {"ruleSet": ("gameCenterMatchmakingRuleSets", False, rule_set)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterMatchmakingRules",
            body=body,
            response_type=GameCenterMatchmakingRuleResponse,
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
        """gameCenterMatchmakingRules_deleteInstance

        DELETE /v1/gameCenterMatchmakingRules/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecentermatchmakingrules-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterMatchmakingRules/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterMatchmakingRuleUpdateRequest | Mapping[str, Any] | None = None,
        description: str | None | UnsetType = UNSET,
        expression: str | None | UnsetType = UNSET,
        weight: float | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingRuleResponse:
        """gameCenterMatchmakingRules_updateInstance

        PATCH /v1/gameCenterMatchmakingRules/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentermatchmakingrules-_id_
        """
        from ascapi.models.game_center_matchmaking_rule_response import (
            GameCenterMatchmakingRuleResponse,
        )

        body = _support.document(
            body,
            description is not UNSET or expression is not UNSET or weight is not UNSET,
            "gameCenterMatchmakingRules",
            id,
            {"description": description, "expression": expression, "weight": weight},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterMatchmakingRules/{id}", id=id),
            body=body,
            response_type=GameCenterMatchmakingRuleResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterMatchmakingRulesMatchmakingBooleanRuleResults(AsyncAPIResource):
    """``client.game_center_matchmaking_rules.matchmaking_boolean_rule_results``: /v1/gameCenterMatchmakingRules"""

    def metrics(
        self,
        id: str,
        *,
        granularity: _Enum1,
        group_by: Sequence[_Enum2] | None = None,
        filter_result: str | None = None,
        filter_game_center_matchmaking_queue: str | None = None,
        sort: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponse,
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponseData,
    ]:
        """gameCenterMatchmakingRules_matchmakingBooleanRuleResults_getMetrics

        GET /v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingBooleanRuleResults

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrules-_id_-metrics-matchmakingbooleanruleresults
        """
        from ascapi.models.game_center_matchmaking_boolean_rule_results_v1_metric_response import (
            GameCenterMatchmakingBooleanRuleResultsV1MetricResponse,
        )

        return self._client._get_page(
            path(
                "/v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingBooleanRuleResults", id=id
            ),
            params={
                "granularity": granularity,
                "groupBy": group_by,
                "filter[result]": filter_result,
                "filter[gameCenterMatchmakingQueue]": filter_game_center_matchmaking_queue,
                "sort": sort,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingBooleanRuleResultsV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterMatchmakingRulesMatchmakingNumberRuleResults(AsyncAPIResource):
    """``client.game_center_matchmaking_rules.matchmaking_number_rule_results``: /v1/gameCenterMatchmakingRules"""

    def metrics(
        self,
        id: str,
        *,
        granularity: _Enum1,
        group_by: Sequence[_Enum4] | None = None,
        filter_game_center_matchmaking_queue: str | None = None,
        sort: Sequence[_Enum5] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterMatchmakingNumberRuleResultsV1MetricResponse,
        GameCenterMatchmakingNumberRuleResultsV1MetricResponseData,
    ]:
        """gameCenterMatchmakingRules_matchmakingNumberRuleResults_getMetrics

        GET /v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingNumberRuleResults

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrules-_id_-metrics-matchmakingnumberruleresults
        """
        from ascapi.models.game_center_matchmaking_number_rule_results_v1_metric_response import (
            GameCenterMatchmakingNumberRuleResultsV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingNumberRuleResults", id=id),
            params={
                "granularity": granularity,
                "groupBy": group_by,
                "filter[gameCenterMatchmakingQueue]": filter_game_center_matchmaking_queue,
                "sort": sort,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingNumberRuleResultsV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterMatchmakingRulesMatchmakingRuleErrors(AsyncAPIResource):
    """``client.game_center_matchmaking_rules.matchmaking_rule_errors``: /v1/gameCenterMatchmakingRules"""

    def metrics(
        self,
        id: str,
        *,
        granularity: _Enum1,
        group_by: Sequence[_Enum4] | None = None,
        filter_game_center_matchmaking_queue: str | None = None,
        sort: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterMatchmakingRuleErrorsV1MetricResponse,
        GameCenterMatchmakingRuleErrorsV1MetricResponseData,
    ]:
        """gameCenterMatchmakingRules_matchmakingRuleErrors_getMetrics

        GET /v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingRuleErrors

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrules-_id_-metrics-matchmakingruleerrors
        """
        from ascapi.models.game_center_matchmaking_rule_errors_v1_metric_response import (
            GameCenterMatchmakingRuleErrorsV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingRuleErrors", id=id),
            params={
                "granularity": granularity,
                "groupBy": group_by,
                "filter[gameCenterMatchmakingQueue]": filter_game_center_matchmaking_queue,
                "sort": sort,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingRuleErrorsV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )
