# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Model, UnsetType
from ascapi.models.beta_tester import BetaTester
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "AppsBetaTesterUsagesV1MetricResponse",
    "AppsBetaTesterUsagesV1MetricResponseData",
    "AppsBetaTesterUsagesV1MetricResponseDataDataPoints",
    "AppsBetaTesterUsagesV1MetricResponseDataDataPointsValues",
    "AppsBetaTesterUsagesV1MetricResponseDataDimensions",
    "AppsBetaTesterUsagesV1MetricResponseDataDimensionsBetaTesters",
    "AppsBetaTesterUsagesV1MetricResponseDataDimensionsBetaTestersLinks",
]


class AppsBetaTesterUsagesV1MetricResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[AppsBetaTesterUsagesV1MetricResponseData]
        links: PagedDocumentLinks
    else:
        data: list[AppsBetaTesterUsagesV1MetricResponseData] | None | UnsetType = UNSET
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    included: list[BetaTester] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()


class AppsBetaTesterUsagesV1MetricResponseData(Model):
    data_points: list[AppsBetaTesterUsagesV1MetricResponseDataDataPoints] | None | UnsetType = (
        msgspec.field(default=UNSET, name="dataPoints")
    )
    dimensions: AppsBetaTesterUsagesV1MetricResponseDataDimensions | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppsBetaTesterUsagesV1MetricResponseDataDataPoints(Model):
    start: _dt.datetime | None | UnsetType = UNSET
    end: _dt.datetime | None | UnsetType = UNSET
    values: AppsBetaTesterUsagesV1MetricResponseDataDataPointsValues | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppsBetaTesterUsagesV1MetricResponseDataDataPointsValues(Model):
    crash_count: int | None | UnsetType = msgspec.field(default=UNSET, name="crashCount")
    session_count: int | None | UnsetType = msgspec.field(default=UNSET, name="sessionCount")
    feedback_count: int | None | UnsetType = msgspec.field(default=UNSET, name="feedbackCount")
    __ascapi_nullable__ = frozenset[str]()


class AppsBetaTesterUsagesV1MetricResponseDataDimensions(Model):
    beta_testers: (
        AppsBetaTesterUsagesV1MetricResponseDataDimensionsBetaTesters | None | UnsetType
    ) = msgspec.field(default=UNSET, name="betaTesters")
    __ascapi_nullable__ = frozenset[str]()


class AppsBetaTesterUsagesV1MetricResponseDataDimensionsBetaTesters(Model):
    links: AppsBetaTesterUsagesV1MetricResponseDataDimensionsBetaTestersLinks | None | UnsetType = (
        UNSET
    )
    data: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppsBetaTesterUsagesV1MetricResponseDataDimensionsBetaTestersLinks(Model):
    group_by: str | None | UnsetType = msgspec.field(default=UNSET, name="groupBy")
    related: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
