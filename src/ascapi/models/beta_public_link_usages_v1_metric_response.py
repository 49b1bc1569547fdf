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
    "BetaPublicLinkUsagesV1MetricResponse",
    "BetaPublicLinkUsagesV1MetricResponseData",
    "BetaPublicLinkUsagesV1MetricResponseDataDataPoints",
    "BetaPublicLinkUsagesV1MetricResponseDataDataPointsValues",
]


class BetaPublicLinkUsagesV1MetricResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[BetaPublicLinkUsagesV1MetricResponseData]
        links: PagedDocumentLinks
    else:
        data: list[BetaPublicLinkUsagesV1MetricResponseData] | None | UnsetType = UNSET
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()


class BetaPublicLinkUsagesV1MetricResponseData(Model):
    data_points: list[BetaPublicLinkUsagesV1MetricResponseDataDataPoints] | None | UnsetType = (
        msgspec.field(default=UNSET, name="dataPoints")
    )
    __ascapi_nullable__ = frozenset[str]()


class BetaPublicLinkUsagesV1MetricResponseDataDataPoints(Model):
    start: _dt.datetime | None | UnsetType = UNSET
    end: _dt.datetime | None | UnsetType = UNSET
    values: BetaPublicLinkUsagesV1MetricResponseDataDataPointsValues | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaPublicLinkUsagesV1MetricResponseDataDataPointsValues(Model):
    view_count: int | None | UnsetType = msgspec.field(default=UNSET, name="viewCount")
    accepted_count: int | None | UnsetType = msgspec.field(default=UNSET, name="acceptedCount")
    did_not_accept_count: int | None | UnsetType = msgspec.field(
        default=UNSET, name="didNotAcceptCount"
    )
    did_not_meet_criteria_count: int | None | UnsetType = msgspec.field(
        default=UNSET, name="didNotMeetCriteriaCount"
    )
    not_relevant_ratio: float | None | UnsetType = msgspec.field(
        default=UNSET, name="notRelevantRatio"
    )
    not_clear_ratio: float | None | UnsetType = msgspec.field(default=UNSET, name="notClearRatio")
    not_interesting_ratio: float | None | UnsetType = msgspec.field(
        default=UNSET, name="notInterestingRatio"
    )
    __ascapi_nullable__ = frozenset[str]()
