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
    "GameCenterMatchmakingBooleanRuleResultsV1MetricResponse",
    "GameCenterMatchmakingBooleanRuleResultsV1MetricResponseData",
    "GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDataPoints",
    "GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDataPointsValues",
    "GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensions",
    "GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensionsResult",
    "GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensionsResultLinks",
    "GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensionsGameCenterMatchmakingQueue",
    "GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensionsGameCenterMatchmakingQueueLinks",
]

_E0 = frozenset({"P1D", "PT1H", "PT15M"})


class GameCenterMatchmakingBooleanRuleResultsV1MetricResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[GameCenterMatchmakingBooleanRuleResultsV1MetricResponseData]
        links: PagedDocumentLinks
    else:
        data: (
            list[GameCenterMatchmakingBooleanRuleResultsV1MetricResponseData] | None | UnsetType
        ) = UNSET
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingBooleanRuleResultsV1MetricResponseData(Model):
    data_points: (
        list[GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDataPoints]
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="dataPoints")
    dimensions: (
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensions | None | UnsetType
    ) = UNSET
    granularity: _L["P1D", "PT1H", "PT15M"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"granularity": _E0}


class GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDataPoints(Model):
    start: _dt.datetime | None | UnsetType = UNSET
    end: _dt.datetime | None | UnsetType = UNSET
    values: (
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDataPointsValues
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDataPointsValues(Model):
    count: int | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensions(Model):
    result: (
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensionsResult
        | None
        | UnsetType
    ) = UNSET
    game_center_matchmaking_queue: (
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensionsGameCenterMatchmakingQueue
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterMatchmakingQueue")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensionsResult(Model):
    links: (
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensionsResultLinks
        | None
        | UnsetType
    ) = UNSET
    data: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensionsResultLinks(Model):
    group_by: str | None | UnsetType = msgspec.field(default=UNSET, name="groupBy")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensionsGameCenterMatchmakingQueue(
    Model
):
    links: (
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensionsGameCenterMatchmakingQueueLinks
        | None
        | UnsetType
    ) = UNSET
    data: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensionsGameCenterMatchmakingQueueLinks(
    Model
):
    group_by: str | None | UnsetType = msgspec.field(default=UNSET, name="groupBy")
    related: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
