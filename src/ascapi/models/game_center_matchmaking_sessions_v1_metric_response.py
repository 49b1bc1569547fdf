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
    "GameCenterMatchmakingSessionsV1MetricResponse",
    "GameCenterMatchmakingSessionsV1MetricResponseData",
    "GameCenterMatchmakingSessionsV1MetricResponseDataDataPoints",
    "GameCenterMatchmakingSessionsV1MetricResponseDataDataPointsValues",
]

_E0 = frozenset({"P1D", "PT1H", "PT15M"})


class GameCenterMatchmakingSessionsV1MetricResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[GameCenterMatchmakingSessionsV1MetricResponseData]
        links: PagedDocumentLinks
    else:
        data: list[GameCenterMatchmakingSessionsV1MetricResponseData] | None | UnsetType = UNSET
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingSessionsV1MetricResponseData(Model):
    data_points: (
        list[GameCenterMatchmakingSessionsV1MetricResponseDataDataPoints] | None | UnsetType
    ) = msgspec.field(default=UNSET, name="dataPoints")
    granularity: _L["P1D", "PT1H", "PT15M"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"granularity": _E0}


class GameCenterMatchmakingSessionsV1MetricResponseDataDataPoints(Model):
    start: _dt.datetime | None | UnsetType = UNSET
    end: _dt.datetime | None | UnsetType = UNSET
    values: GameCenterMatchmakingSessionsV1MetricResponseDataDataPointsValues | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingSessionsV1MetricResponseDataDataPointsValues(Model):
    count: int | None | UnsetType = UNSET
    average_player_count: float | None | UnsetType = msgspec.field(
        default=UNSET, name="averagePlayerCount"
    )
    p50_player_count: float | None | UnsetType = msgspec.field(default=UNSET, name="p50PlayerCount")
    p95_player_count: float | None | UnsetType = msgspec.field(default=UNSET, name="p95PlayerCount")
    __ascapi_nullable__ = frozenset[str]()
