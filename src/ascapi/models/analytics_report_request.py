# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "AnalyticsReportRequest",
    "AnalyticsReportRequestAttributes",
    "AnalyticsReportRequestRelationships",
    "AnalyticsReportRequestRelationshipsReports",
    "AnalyticsReportRequestRelationshipsReportsData",
]

_E0 = frozenset({"analyticsReportRequests"})
_E1 = frozenset({"ONE_TIME_SNAPSHOT", "ONGOING"})
_E2 = frozenset({"analyticsReports"})


class AnalyticsReportRequest(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["analyticsReportRequests"] | str
        id: str
    else:
        type: _L["analyticsReportRequests"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AnalyticsReportRequestAttributes | None | UnsetType = UNSET
    relationships: AnalyticsReportRequestRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AnalyticsReportRequestAttributes(Model):
    access_type: _L["ONE_TIME_SNAPSHOT", "ONGOING"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="accessType"
    )
    stopped_due_to_inactivity: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="stoppedDueToInactivity"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"access_type": _E1}


class AnalyticsReportRequestRelationships(Model):
    reports: AnalyticsReportRequestRelationshipsReports | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AnalyticsReportRequestRelationshipsReports(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AnalyticsReportRequestRelationshipsReportsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AnalyticsReportRequestRelationshipsReportsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["analyticsReports"] | str
        id: str
    else:
        type: _L["analyticsReports"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
