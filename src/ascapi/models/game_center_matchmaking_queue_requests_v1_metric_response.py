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
    "GameCenterMatchmakingQueueRequestsV1MetricResponse",
    "GameCenterMatchmakingQueueRequestsV1MetricResponseData",
    "GameCenterMatchmakingQueueRequestsV1MetricResponseDataDataPoints",
    "GameCenterMatchmakingQueueRequestsV1MetricResponseDataDataPointsValues",
    "GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensions",
    "GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensionsResult",
    "GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensionsResultLinks",
    "GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensionsGameCenterDetail",
    "GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensionsGameCenterDetailLinks",
]

_E0 = frozenset({"MATCHED", "CANCELED", "EXPIRED"})
_E1 = frozenset({"P1D", "PT1H", "PT15M"})


class GameCenterMatchmakingQueueRequestsV1MetricResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[GameCenterMatchmakingQueueRequestsV1MetricResponseData]
        links: PagedDocumentLinks
    else:
        data: list[GameCenterMatchmakingQueueRequestsV1MetricResponseData] | None | UnsetType = (
            UNSET
        )
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingQueueRequestsV1MetricResponseData(Model):
    data_points: (
        list[GameCenterMatchmakingQueueRequestsV1MetricResponseDataDataPoints] | None | UnsetType
    ) = msgspec.field(default=UNSET, name="dataPoints")
    dimensions: (
        GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensions | None | UnsetType
    ) = UNSET
    granularity: _L["P1D", "PT1H", "PT15M"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"granularity": _E1}


class GameCenterMatchmakingQueueRequestsV1MetricResponseDataDataPoints(Model):
    start: _dt.datetime | None | UnsetType = UNSET
    end: _dt.datetime | None | UnsetType = UNSET
    values: (
        GameCenterMatchmakingQueueRequestsV1MetricResponseDataDataPointsValues | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingQueueRequestsV1MetricResponseDataDataPointsValues(Model):
    count: int | None | UnsetType = UNSET
    average_seconds_in_queue: float | None | UnsetType = msgspec.field(
        default=UNSET, name="averageSecondsInQueue"
    )
    p50_seconds_in_queue: float | None | UnsetType = msgspec.field(
        default=UNSET, name="p50SecondsInQueue"
    )
    p95_seconds_in_queue: float | None | UnsetType = msgspec.field(
        default=UNSET, name="p95SecondsInQueue"
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensions(Model):
    result: (
        GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensionsResult | None | UnsetType
    ) = UNSET
    game_center_detail: (
        GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensionsGameCenterDetail
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterDetail")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensionsResult(Model):
    links: (
        GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensionsResultLinks
        | None
        | UnsetType
    ) = UNSET
    data: _L["MATCHED", "CANCELED", "EXPIRED"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"data": _E0}


class GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensionsResultLinks(Model):
    group_by: str | None | UnsetType = msgspec.field(default=UNSET, name="groupBy")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensionsGameCenterDetail(Model):
    links: (
        GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensionsGameCenterDetailLinks
        | None
        | UnsetType
    ) = UNSET
    data: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensionsGameCenterDetailLinks(Model):
    group_by: str | None | UnsetType = msgspec.field(default=UNSET, name="groupBy")
    related: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
