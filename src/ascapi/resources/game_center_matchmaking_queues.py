# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_matchmaking_queues`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_matchmaking_queue_create_request import (
        GameCenterMatchmakingQueueCreateRequest,
    )
    from ascapi.models.game_center_matchmaking_queue_requests_v1_metric_response import (
        GameCenterMatchmakingQueueRequestsV1MetricResponse,
        GameCenterMatchmakingQueueRequestsV1MetricResponseData,
    )
    from ascapi.models.game_center_matchmaking_queue_response import (
        GameCenterMatchmakingQueueResponse,
    )
    from ascapi.models.game_center_matchmaking_queue_sizes_v1_metric_response import (
        GameCenterMatchmakingQueueSizesV1MetricResponse,
        GameCenterMatchmakingQueueSizesV1MetricResponseData,
    )
    from ascapi.models.game_center_matchmaking_queue_update_request import (
        GameCenterMatchmakingQueueUpdateRequest,
    )
    from ascapi.models.game_center_matchmaking_queues_response import (
        GameCenterMatchmakingQueuesResponse,
    )
    from ascapi.models.game_center_matchmaking_sessions_v1_metric_response import (
        GameCenterMatchmakingSessionsV1MetricResponse,
        GameCenterMatchmakingSessionsV1MetricResponseData,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["referenceName", "classicMatchmakingBundleIds", "ruleSet", "experimentRuleSet"]
    _Enum1 = Literal[
        "referenceName",
        "ruleLanguageVersion",
        "minPlayers",
        "maxPlayers",
        "teams",
        "rules",
        "matchmakingQueues",
    ]
    _Enum2 = Literal["ruleSet", "experimentRuleSet"]
    _Enum3 = Literal["P1D", "PT1H", "PT15M"]
    _Enum4 = Literal[
        "count",
        "-count",
        "averageNumberOfRequests",
        "-averageNumberOfRequests",
        "p50NumberOfRequests",
        "-p50NumberOfRequests",
        "p95NumberOfRequests",
        "-p95NumberOfRequests",
    ]
    _Enum5 = Literal["result", "gameCenterDetail"]
    _Enum6 = Literal["MATCHED", "CANCELED", "EXPIRED"]
    _Enum7 = Literal[
        "count",
        "-count",
        "averageSecondsInQueue",
        "-averageSecondsInQueue",
        "p50SecondsInQueue",
        "-p50SecondsInQueue",
        "p95SecondsInQueue",
        "-p95SecondsInQueue",
    ]
    _Enum8 = Literal[
        "count",
        "-count",
        "averagePlayerCount",
        "-averagePlayerCount",
        "p50PlayerCount",
        "-p50PlayerCount",
        "p95PlayerCount",
        "-p95PlayerCount",
    ]


class GameCenterMatchmakingQueues(SyncAPIResource):
    """``client.game_center_matchmaking_queues``: /v1/gameCenterMatchmakingQueues"""

    @cached_property
    def experiment_matchmaking_queue_sizes(
        self,
    ) -> GameCenterMatchmakingQueuesExperimentMatchmakingQueueSizes:
        return GameCenterMatchmakingQueuesExperimentMatchmakingQueueSizes(self._client)

    @cached_property
    def experiment_matchmaking_requests(
        self,
    ) -> GameCenterMatchmakingQueuesExperimentMatchmakingRequests:
        return GameCenterMatchmakingQueuesExperimentMatchmakingRequests(self._client)

    @cached_property
    def matchmaking_queue_sizes(self) -> GameCenterMatchmakingQueuesMatchmakingQueueSizes:
        return GameCenterMatchmakingQueuesMatchmakingQueueSizes(self._client)

    @cached_property
    def matchmaking_requests(self) -> GameCenterMatchmakingQueuesMatchmakingRequests:
        return GameCenterMatchmakingQueuesMatchmakingRequests(self._client)

    @cached_property
    def matchmaking_sessions(self) -> GameCenterMatchmakingQueuesMatchmakingSessions:
        return GameCenterMatchmakingQueuesMatchmakingSessions(self._client)

    def create(
        self,
        *,
        body: GameCenterMatchmakingQueueCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        classic_matchmaking_bundle_ids: Sequence[str] | None | UnsetType = UNSET,
        rule_set: str | None | UnsetType = UNSET,
        experiment_rule_set: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingQueueResponse:
        """gameCenterMatchmakingQueues_createInstance

        POST /v1/gameCenterMatchmakingQueues

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentermatchmakingqueues
        """
        from ascapi.models.game_center_matchmaking_queue_response import (
            GameCenterMatchmakingQueueResponse,
        )

        body = _support.document(
            body,
            reference_name is not UNSET
            or classic_matchmaking_bundle_ids is not UNSET
            or rule_set is not UNSET
            or experiment_rule_set is not UNSET,
            "gameCenterMatchmakingQueues",
            None,
            {
                "referenceName": reference_name,
                "classicMatchmakingBundleIds": classic_matchmaking_bundle_ids,
            },
            {
                "ruleSet": ("gameCenterMatchmakingRuleSets", False, rule_set),
                "experimentRuleSet": ("gameCenterMatchmakingRuleSets", False, experiment_rule_set),
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterMatchmakingQueues",
            body=body,
            response_type=GameCenterMatchmakingQueueResponse,
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
        """gameCenterMatchmakingQueues_deleteInstance

        DELETE /v1/gameCenterMatchmakingQueues/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecentermatchmakingqueues-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterMatchmakingQueues/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_matchmaking_queues: Sequence[_Enum0] | None = None,
        fields_game_center_matchmaking_rule_sets: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingQueueResponse:
        """gameCenterMatchmakingQueues_getInstance

        GET /v1/gameCenterMatchmakingQueues/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_
        """
        from ascapi.models.game_center_matchmaking_queue_response import (
            GameCenterMatchmakingQueueResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterMatchmakingQueues/{id}", id=id),
            params={
                "fields[gameCenterMatchmakingQueues]": fields_game_center_matchmaking_queues,
                "fields[gameCenterMatchmakingRuleSets]": fields_game_center_matchmaking_rule_sets,
                "include": include,
            },
            response_type=GameCenterMatchmakingQueueResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        fields_game_center_matchmaking_queues: Sequence[_Enum0] | None = None,
        fields_game_center_matchmaking_rule_sets: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterMatchmakingQueuesResponse, GameCenterMatchmakingQueue]:
        """gameCenterMatchmakingQueues_getCollection

        GET /v1/gameCenterMatchmakingQueues

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues
        """
        from ascapi.models.game_center_matchmaking_queues_response import (
            GameCenterMatchmakingQueuesResponse,
        )

        return self._client._get_page(
            "/v1/gameCenterMatchmakingQueues",
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

    def update(
        self,
        id: str,
        *,
        body: GameCenterMatchmakingQueueUpdateRequest | Mapping[str, Any] | None = None,
        classic_matchmaking_bundle_ids: Sequence[str] | None | UnsetType = UNSET,
        rule_set: str | None | UnsetType = UNSET,
        experiment_rule_set: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingQueueResponse:
        """gameCenterMatchmakingQueues_updateInstance

        PATCH /v1/gameCenterMatchmakingQueues/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentermatchmakingqueues-_id_
        """
        from ascapi.models.game_center_matchmaking_queue_response import (
            GameCenterMatchmakingQueueResponse,
        )

        body = _support.document(
            body,
            classic_matchmaking_bundle_ids is not UNSET
            or rule_set is not UNSET
            or experiment_rule_set is not UNSET,
            "gameCenterMatchmakingQueues",
            id,
            {"classicMatchmakingBundleIds": classic_matchmaking_bundle_ids},
            {
                "ruleSet": ("gameCenterMatchmakingRuleSets", False, rule_set),
                "experimentRuleSet": ("gameCenterMatchmakingRuleSets", False, experiment_rule_set),
            },
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterMatchmakingQueues/{id}", id=id),
            body=body,
            response_type=GameCenterMatchmakingQueueResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterMatchmakingQueuesExperimentMatchmakingQueueSizes(SyncAPIResource):
    """``client.game_center_matchmaking_queues.experiment_matchmaking_queue_sizes``: /v1/gameCenterMatchmakingQueues"""

    def metrics(
        self,
        id: str,
        *,
        granularity: _Enum3,
        sort: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterMatchmakingQueueSizesV1MetricResponse,
        GameCenterMatchmakingQueueSizesV1MetricResponseData,
    ]:
        """gameCenterMatchmakingQueues_experimentMatchmakingQueueSizes_getMetrics

        GET /v1/gameCenterMatchmakingQueues/{id}/metrics/experimentMatchmakingQueueSizes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-experimentmatchmakingqueuesizes
        """
        from ascapi.models.game_center_matchmaking_queue_sizes_v1_metric_response import (
            GameCenterMatchmakingQueueSizesV1MetricResponse,
        )

        return self._client._get_page(
            path(
                "/v1/gameCenterMatchmakingQueues/{id}/metrics/experimentMatchmakingQueueSizes",
                id=id,
            ),
            params={"granularity": granularity, "sort": sort, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingQueueSizesV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterMatchmakingQueuesExperimentMatchmakingRequests(SyncAPIResource):
    """``client.game_center_matchmaking_queues.experiment_matchmaking_requests``: /v1/gameCenterMatchmakingQueues"""

    def metrics(
        self,
        id: str,
        *,
        granularity: _Enum3,
        group_by: Sequence[_Enum5] | None = None,
        filter_result: _Enum6 | None = None,
        filter_game_center_detail: str | None = None,
        sort: Sequence[_Enum7] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterMatchmakingQueueRequestsV1MetricResponse,
        GameCenterMatchmakingQueueRequestsV1MetricResponseData,
    ]:
        """gameCenterMatchmakingQueues_experimentMatchmakingRequests_getMetrics

        GET /v1/gameCenterMatchmakingQueues/{id}/metrics/experimentMatchmakingRequests

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-experimentmatchmakingrequests
        """
        from ascapi.models.game_center_matchmaking_queue_requests_v1_metric_response import (
            GameCenterMatchmakingQueueRequestsV1MetricResponse,
        )

        return self._client._get_page(
            path(
                "/v1/gameCenterMatchmakingQueues/{id}/metrics/experimentMatchmakingRequests", id=id
            ),
            params={
                "granularity": granularity,
                "groupBy": group_by,
                "filter[result]": filter_result,
                "filter[gameCenterDetail]": filter_game_center_detail,
                "sort": sort,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingQueueRequestsV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterMatchmakingQueuesMatchmakingQueueSizes(SyncAPIResource):
    """``client.game_center_matchmaking_queues.matchmaking_queue_sizes``: /v1/gameCenterMatchmakingQueues"""

    def metrics(
        self,
        id: str,
        *,
        granularity: _Enum3,
        sort: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterMatchmakingQueueSizesV1MetricResponse,
        GameCenterMatchmakingQueueSizesV1MetricResponseData,
    ]:
        """gameCenterMatchmakingQueues_matchmakingQueueSizes_getMetrics

        GET /v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingQueueSizes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-matchmakingqueuesizes
        """
        from ascapi.models.game_center_matchmaking_queue_sizes_v1_metric_response import (
            GameCenterMatchmakingQueueSizesV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingQueueSizes", id=id),
            params={"granularity": granularity, "sort": sort, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingQueueSizesV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterMatchmakingQueuesMatchmakingRequests(SyncAPIResource):
    """``client.game_center_matchmaking_queues.matchmaking_requests``: /v1/gameCenterMatchmakingQueues"""

    def metrics(
        self,
        id: str,
        *,
        granularity: _Enum3,
        group_by: Sequence[_Enum5] | None = None,
        filter_result: _Enum6 | None = None,
        filter_game_center_detail: str | None = None,
        sort: Sequence[_Enum7] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterMatchmakingQueueRequestsV1MetricResponse,
        GameCenterMatchmakingQueueRequestsV1MetricResponseData,
    ]:
        """gameCenterMatchmakingQueues_matchmakingRequests_getMetrics

        GET /v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingRequests

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-matchmakingrequests
        """
        from ascapi.models.game_center_matchmaking_queue_requests_v1_metric_response import (
            GameCenterMatchmakingQueueRequestsV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingRequests", id=id),
            params={
                "granularity": granularity,
                "groupBy": group_by,
                "filter[result]": filter_result,
                "filter[gameCenterDetail]": filter_game_center_detail,
                "sort": sort,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingQueueRequestsV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterMatchmakingQueuesMatchmakingSessions(SyncAPIResource):
    """``client.game_center_matchmaking_queues.matchmaking_sessions``: /v1/gameCenterMatchmakingQueues"""

    def metrics(
        self,
        id: str,
        *,
        granularity: _Enum3,
        sort: Sequence[_Enum8] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterMatchmakingSessionsV1MetricResponse,
        GameCenterMatchmakingSessionsV1MetricResponseData,
    ]:
        """gameCenterMatchmakingQueues_matchmakingSessions_getMetrics

        GET /v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingSessions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-matchmakingsessions
        """
        from ascapi.models.game_center_matchmaking_sessions_v1_metric_response import (
            GameCenterMatchmakingSessionsV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingSessions", id=id),
            params={"granularity": granularity, "sort": sort, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingSessionsV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterMatchmakingQueues(AsyncAPIResource):
    """``client.game_center_matchmaking_queues``: /v1/gameCenterMatchmakingQueues"""

    @cached_property
    def experiment_matchmaking_queue_sizes(
        self,
    ) -> AsyncGameCenterMatchmakingQueuesExperimentMatchmakingQueueSizes:
        return AsyncGameCenterMatchmakingQueuesExperimentMatchmakingQueueSizes(self._client)

    @cached_property
    def experiment_matchmaking_requests(
        self,
    ) -> AsyncGameCenterMatchmakingQueuesExperimentMatchmakingRequests:
        return AsyncGameCenterMatchmakingQueuesExperimentMatchmakingRequests(self._client)

    @cached_property
    def matchmaking_queue_sizes(self) -> AsyncGameCenterMatchmakingQueuesMatchmakingQueueSizes:
        return AsyncGameCenterMatchmakingQueuesMatchmakingQueueSizes(self._client)

    @cached_property
    def matchmaking_requests(self) -> AsyncGameCenterMatchmakingQueuesMatchmakingRequests:
        return AsyncGameCenterMatchmakingQueuesMatchmakingRequests(self._client)

    @cached_property
    def matchmaking_sessions(self) -> AsyncGameCenterMatchmakingQueuesMatchmakingSessions:
        return AsyncGameCenterMatchmakingQueuesMatchmakingSessions(self._client)

    async def create(
        self,
        *,
        body: GameCenterMatchmakingQueueCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        classic_matchmaking_bundle_ids: Sequence[str] | None | UnsetType = UNSET,
        rule_set: str | None | UnsetType = UNSET,
        experiment_rule_set: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingQueueResponse:
        """gameCenterMatchmakingQueues_createInstance

        POST /v1/gameCenterMatchmakingQueues

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentermatchmakingqueues
        """
        from ascapi.models.game_center_matchmaking_queue_response import (
            GameCenterMatchmakingQueueResponse,
        )

        body = _support.document(
            body,
            reference_name is not UNSET
            or classic_matchmaking_bundle_ids is not UNSET
            or rule_set is not UNSET
            or experiment_rule_set is not UNSET,
            "gameCenterMatchmakingQueues",
            None,
            {
                "referenceName": reference_name,
                "classicMatchmakingBundleIds": classic_matchmaking_bundle_ids,
            },
            {
                "ruleSet": ("gameCenterMatchmakingRuleSets", False, rule_set),
                "experimentRuleSet": ("gameCenterMatchmakingRuleSets", False, experiment_rule_set),
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterMatchmakingQueues",
            body=body,
            response_type=GameCenterMatchmakingQueueResponse,
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
        """gameCenterMatchmakingQueues_deleteInstance

        DELETE /v1/gameCenterMatchmakingQueues/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecentermatchmakingqueues-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterMatchmakingQueues/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_matchmaking_queues: Sequence[_Enum0] | None = None,
        fields_game_center_matchmaking_rule_sets: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingQueueResponse:
        """gameCenterMatchmakingQueues_getInstance

        GET /v1/gameCenterMatchmakingQueues/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_
        """
        from ascapi.models.game_center_matchmaking_queue_response import (
            GameCenterMatchmakingQueueResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterMatchmakingQueues/{id}", id=id),
            params={
                "fields[gameCenterMatchmakingQueues]": fields_game_center_matchmaking_queues,
                "fields[gameCenterMatchmakingRuleSets]": fields_game_center_matchmaking_rule_sets,
                "include": include,
            },
            response_type=GameCenterMatchmakingQueueResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        fields_game_center_matchmaking_queues: Sequence[_Enum0] | None = None,
        fields_game_center_matchmaking_rule_sets: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterMatchmakingQueuesResponse, GameCenterMatchmakingQueue]:
        """gameCenterMatchmakingQueues_getCollection

        GET /v1/gameCenterMatchmakingQueues

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues
        """
        from ascapi.models.game_center_matchmaking_queues_response import (
            GameCenterMatchmakingQueuesResponse,
        )

        return self._client._get_page(
            "/v1/gameCenterMatchmakingQueues",
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

    async def update(
        self,
        id: str,
        *,
        body: GameCenterMatchmakingQueueUpdateRequest | Mapping[str, Any] | None = None,
        classic_matchmaking_bundle_ids: Sequence[str] | None | UnsetType = UNSET,
        rule_set: str | None | UnsetType = UNSET,
        experiment_rule_set: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterMatchmakingQueueResponse:
        """gameCenterMatchmakingQueues_updateInstance

        PATCH /v1/gameCenterMatchmakingQueues/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentermatchmakingqueues-_id_
        """
        from ascapi.models.game_center_matchmaking_queue_response import (
            GameCenterMatchmakingQueueResponse,
        )

        body = _support.document(
            body,
            classic_matchmaking_bundle_ids is not UNSET
            or rule_set is not UNSET
            or experiment_rule_set is not UNSET,
            "gameCenterMatchmakingQueues",
            id,
            {"classicMatchmakingBundleIds": classic_matchmaking_bundle_ids},
            {
                "ruleSet": ("gameCenterMatchmakingRuleSets", False, rule_set),
                "experimentRuleSet": ("gameCenterMatchmakingRuleSets", False, experiment_rule_set),
            },
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterMatchmakingQueues/{id}", id=id),
            body=body,
            response_type=GameCenterMatchmakingQueueResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterMatchmakingQueuesExperimentMatchmakingQueueSizes(AsyncAPIResource):
    """``client.game_center_matchmaking_queues.experiment_matchmaking_queue_sizes``: /v1/gameCenterMatchmakingQueues"""

    def metrics(
        self,
        id: str,
        *,
        granularity: _Enum3,
        sort: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterMatchmakingQueueSizesV1MetricResponse,
        GameCenterMatchmakingQueueSizesV1MetricResponseData,
    ]:
        """gameCenterMatchmakingQueues_experimentMatchmakingQueueSizes_getMetrics

        GET /v1/gameCenterMatchmakingQueues/{id}/metrics/experimentMatchmakingQueueSizes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-experimentmatchmakingqueuesizes
        """
        from ascapi.models.game_center_matchmaking_queue_sizes_v1_metric_response import (
            GameCenterMatchmakingQueueSizesV1MetricResponse,
        )

        return self._client._get_page(
            path(
                "/v1/gameCenterMatchmakingQueues/{id}/metrics/experimentMatchmakingQueueSizes",
                id=id,
            ),
            params={"granularity": granularity, "sort": sort, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingQueueSizesV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterMatchmakingQueuesExperimentMatchmakingRequests(AsyncAPIResource):
    """``client.game_center_matchmaking_queues.experiment_matchmaking_requests``: /v1/gameCenterMatchmakingQueues"""

    def metrics(
        self,
        id: str,
        *,
        granularity: _Enum3,
        group_by: Sequence[_Enum5] | None = None,
        filter_result: _Enum6 | None = None,
        filter_game_center_detail: str | None = None,
        sort: Sequence[_Enum7] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterMatchmakingQueueRequestsV1MetricResponse,
        GameCenterMatchmakingQueueRequestsV1MetricResponseData,
    ]:
        """gameCenterMatchmakingQueues_experimentMatchmakingRequests_getMetrics

        GET /v1/gameCenterMatchmakingQueues/{id}/metrics/experimentMatchmakingRequests

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-experimentmatchmakingrequests
        """
        from ascapi.models.game_center_matchmaking_queue_requests_v1_metric_response import (
            GameCenterMatchmakingQueueRequestsV1MetricResponse,
        )

        return self._client._get_page(
            path(
                "/v1/gameCenterMatchmakingQueues/{id}/metrics/experimentMatchmakingRequests", id=id
            ),
            params={
                "granularity": granularity,
                "groupBy": group_by,
                "filter[result]": filter_result,
                "filter[gameCenterDetail]": filter_game_center_detail,
                "sort": sort,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingQueueRequestsV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterMatchmakingQueuesMatchmakingQueueSizes(AsyncAPIResource):
    """``client.game_center_matchmaking_queues.matchmaking_queue_sizes``: /v1/gameCenterMatchmakingQueues"""

    def metrics(
        self,
        id: str,
        *,
        granularity: _Enum3,
        sort: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterMatchmakingQueueSizesV1MetricResponse,
        GameCenterMatchmakingQueueSizesV1MetricResponseData,
    ]:
        """gameCenterMatchmakingQueues_matchmakingQueueSizes_getMetrics

        GET /v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingQueueSizes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-matchmakingqueuesizes
        """
        from ascapi.models.game_center_matchmaking_queue_sizes_v1_metric_response import (
            GameCenterMatchmakingQueueSizesV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingQueueSizes", id=id),
            params={"granularity": granularity, "sort": sort, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingQueueSizesV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterMatchmakingQueuesMatchmakingRequests(AsyncAPIResource):
    """``client.game_center_matchmaking_queues.matchmaking_requests``: /v1/gameCenterMatchmakingQueues"""

    def metrics(
        self,
        id: str,
        *,
        granularity: _Enum3,
        group_by: Sequence[_Enum5] | None = None,
        filter_result: _Enum6 | None = None,
        filter_game_center_detail: str | None = None,
        sort: Sequence[_Enum7] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterMatchmakingQueueRequestsV1MetricResponse,
        GameCenterMatchmakingQueueRequestsV1MetricResponseData,
    ]:
        """gameCenterMatchmakingQueues_matchmakingRequests_getMetrics

        GET /v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingRequests

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-matchmakingrequests
        """
        from ascapi.models.game_center_matchmaking_queue_requests_v1_metric_response import (
            GameCenterMatchmakingQueueRequestsV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingRequests", id=id),
            params={
                "granularity": granularity,
                "groupBy": group_by,
                "filter[result]": filter_result,
                "filter[gameCenterDetail]": filter_game_center_detail,
                "sort": sort,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingQueueRequestsV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterMatchmakingQueuesMatchmakingSessions(AsyncAPIResource):
    """``client.game_center_matchmaking_queues.matchmaking_sessions``: /v1/gameCenterMatchmakingQueues"""

    def metrics(
        self,
        id: str,
        *,
        granularity: _Enum3,
        sort: Sequence[_Enum8] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterMatchmakingSessionsV1MetricResponse,
        GameCenterMatchmakingSessionsV1MetricResponseData,
    ]:
        """gameCenterMatchmakingQueues_matchmakingSessions_getMetrics

        GET /v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingSessions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-matchmakingsessions
        """
        from ascapi.models.game_center_matchmaking_sessions_v1_metric_response import (
            GameCenterMatchmakingSessionsV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingSessions", id=id),
            params={"granularity": granularity, "sort": sort, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingSessionsV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )
