# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Model, UnsetType
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterMatchmakingNumberRuleResultsV1MetricResponse",
    "GameCenterMatchmakingNumberRuleResultsV1MetricResponseData",
    "GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDataPoints",
    "GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDataPointsValues",
    "GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDimensions",
    "GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDimensionsGameCenterMatchmakingQueue",
    "GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDimensionsGameCenterMatchmakingQueueLinks",
]

_E0 = frozenset({"P1D", "PT1H", "PT15M"})


class GameCenterMatchmakingNumberRuleResultsV1MetricResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[GameCenterMatchmakingNumberRuleResultsV1MetricResponseData]
        links: PagedDocumentLinks
    else:
        data: (
            list[GameCenterMatchmakingNumberRuleResultsV1MetricResponseData] | None | UnsetType
        ) = UNSET
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingNumberRuleResultsV1MetricResponseData(Model):
    data_points: (
        list[GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDataPoints]
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="dataPoints")
    dimensions: (
        GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDimensions | None | UnsetType
    ) = UNSET
    granularity: _L["P1D", "PT1H", "PT15M"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"granularity": _E0}


class GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDataPoints(Model):
    start: _dt.datetime | None | UnsetType = UNSET
    end: _dt.datetime | None | UnsetType = UNSET
    values: (
        GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDataPointsValues
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDataPointsValues(Model):
    count: int | None | UnsetType = UNSET
    average_result: float | None | UnsetType = msgspec.field(default=UNSET, name="averageResult")
    p50_result: float | None | UnsetType = msgspec.field(default=UNSET, name="p50Result")
    p95_result: float | None | UnsetType = msgspec.field(default=UNSET, name="p95Result")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDimensions(Model):
    game_center_matchmaking_queue: (
        GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDimensionsGameCenterMatchmakingQueue
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterMatchmakingQueue")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDimensionsGameCenterMatchmakingQueue(
    Model
):
    links: (
        GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDimensionsGameCenterMatchmakingQueueLinks
        | None
        | UnsetType
    ) = UNSET
    data: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDimensionsGameCenterMatchmakingQueueLinks(
    Model
):
    group_by: str | None | UnsetType = msgspec.field(default=UNSET, name="groupBy")
    related: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
