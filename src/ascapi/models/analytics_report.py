# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

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
    "AnalyticsReport",
    "AnalyticsReportAttributes",
    "AnalyticsReportRelationships",
    "AnalyticsReportRelationshipsInstances",
]

_E0 = frozenset({"analyticsReports"})
_E1 = frozenset({"APP_USAGE", "APP_STORE_ENGAGEMENT", "COMMERCE", "FRAMEWORK_USAGE", "PERFORMANCE"})


class AnalyticsReport(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["analyticsReports"] | str
        id: str
    else:
        type: _L["analyticsReports"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AnalyticsReportAttributes | None | UnsetType = UNSET
    relationships: AnalyticsReportRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AnalyticsReportAttributes(Model):
    name: str | None | UnsetType = UNSET
    category: (
        _L["APP_USAGE", "APP_STORE_ENGAGEMENT", "COMMERCE", "FRAMEWORK_USAGE", "PERFORMANCE"]
        | str
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"category": _E1}


class AnalyticsReportRelationships(Model):
    instances: AnalyticsReportRelationshipsInstances | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AnalyticsReportRelationshipsInstances(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
