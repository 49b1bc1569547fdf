# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "AnalyticsReportInstance",
    "AnalyticsReportInstanceAttributes",
    "AnalyticsReportInstanceRelationships",
    "AnalyticsReportInstanceRelationshipsSegments",
]

_E0 = frozenset({"analyticsReportInstances"})
_E1 = frozenset({"DAILY", "WEEKLY", "MONTHLY"})


class AnalyticsReportInstance(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["analyticsReportInstances"] | str
        id: str
    else:
        type: _L["analyticsReportInstances"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AnalyticsReportInstanceAttributes | None | UnsetType = UNSET
    relationships: AnalyticsReportInstanceRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AnalyticsReportInstanceAttributes(Model):
    granularity: _L["DAILY", "WEEKLY", "MONTHLY"] | str | None | UnsetType = UNSET
    processing_date: _dt.date | None | UnsetType = msgspec.field(
        default=UNSET, name="processingDate"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"granularity": _E1}


class AnalyticsReportInstanceRelationships(Model):
    segments: AnalyticsReportInstanceRelationshipsSegments | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AnalyticsReportInstanceRelationshipsSegments(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
