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
    "GameCenterMatchmakingAppRequestsV1MetricResponse",
    "GameCenterMatchmakingAppRequestsV1MetricResponseData",
    "GameCenterMatchmakingAppRequestsV1MetricResponseDataDataPoints",
    "GameCenterMatchmakingAppRequestsV1MetricResponseDataDataPointsValues",
    "GameCenterMatchmakingAppRequestsV1MetricResponseDataDimensions",
    "GameCenterMatchmakingAppRequestsV1MetricResponseDataDimensionsResult",
    "GameCenterMatchmakingAppRequestsV1MetricResponseDataDimensionsResultLinks",
]

_E0 = frozenset({"MATCHED", "CANCELED", "EXPIRED"})
_E1 = frozenset({"P1D", "PT1H", "PT15M"})


class GameCenterMatchmakingAppRequestsV1MetricResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[GameCenterMatchmakingAppRequestsV1MetricResponseData]
        links: PagedDocumentLinks
    else:
        data: list[GameCenterMatchmakingAppRequestsV1MetricResponseData] | None | UnsetType = UNSET
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingAppRequestsV1MetricResponseData(Model):
    data_points: (
        list[GameCenterMatchmakingAppRequestsV1MetricResponseDataDataPoints] | None | UnsetType
    ) = msgspec.field(default=UNSET, name="dataPoints")
    dimensions: (
        GameCenterMatchmakingAppRequestsV1MetricResponseDataDimensions | None | UnsetType
    ) = UNSET
    granularity: _L["P1D", "PT1H", "PT15M"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"granularity": _E1}


class GameCenterMatchmakingAppRequestsV1MetricResponseDataDataPoints(Model):
    start: _dt.datetime | None | UnsetType = UNSET
    end: _dt.datetime | None | UnsetType = UNSET
    values: (
        GameCenterMatchmakingAppRequestsV1MetricResponseDataDataPointsValues | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingAppRequestsV1MetricResponseDataDataPointsValues(Model):
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


class GameCenterMatchmakingAppRequestsV1MetricResponseDataDimensions(Model):
    result: (
        GameCenterMatchmakingAppRequestsV1MetricResponseDataDimensionsResult | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingAppRequestsV1MetricResponseDataDimensionsResult(Model):
    links: (
        GameCenterMatchmakingAppRequestsV1MetricResponseDataDimensionsResultLinks | None | UnsetType
    ) = UNSET
    data: _L["MATCHED", "CANCELED", "EXPIRED"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"data": _E0}


class GameCenterMatchmakingAppRequestsV1MetricResponseDataDimensionsResultLinks(Model):
    group_by: str | None | UnsetType = msgspec.field(default=UNSET, name="groupBy")
    __ascapi_nullable__ = frozenset[str]()
