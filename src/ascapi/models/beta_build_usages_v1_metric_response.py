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
    "BetaBuildUsagesV1MetricResponse",
    "BetaBuildUsagesV1MetricResponseData",
    "BetaBuildUsagesV1MetricResponseDataDataPoints",
    "BetaBuildUsagesV1MetricResponseDataDataPointsValues",
]


class BetaBuildUsagesV1MetricResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[BetaBuildUsagesV1MetricResponseData]
        links: PagedDocumentLinks
    else:
        data: list[BetaBuildUsagesV1MetricResponseData] | None | UnsetType = UNSET
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()


class BetaBuildUsagesV1MetricResponseData(Model):
    data_points: list[BetaBuildUsagesV1MetricResponseDataDataPoints] | None | UnsetType = (
        msgspec.field(default=UNSET, name="dataPoints")
    )
    __ascapi_nullable__ = frozenset[str]()


class BetaBuildUsagesV1MetricResponseDataDataPoints(Model):
    start: _dt.datetime | None | UnsetType = UNSET
    end: _dt.datetime | None | UnsetType = UNSET
    values: BetaBuildUsagesV1MetricResponseDataDataPointsValues | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaBuildUsagesV1MetricResponseDataDataPointsValues(Model):
    crash_count: int | None | UnsetType = msgspec.field(default=UNSET, name="crashCount")
    install_count: int | None | UnsetType = msgspec.field(default=UNSET, name="installCount")
    session_count: int | None | UnsetType = msgspec.field(default=UNSET, name="sessionCount")
    feedback_count: int | None | UnsetType = msgspec.field(default=UNSET, name="feedbackCount")
    invite_count: int | None | UnsetType = msgspec.field(default=UNSET, name="inviteCount")
    __ascapi_nullable__ = frozenset[str]()
