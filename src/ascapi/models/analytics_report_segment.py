# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["AnalyticsReportSegment", "AnalyticsReportSegmentAttributes"]

_E0 = frozenset({"analyticsReportSegments"})


class AnalyticsReportSegment(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["analyticsReportSegments"] | str
        id: str
    else:
        type: _L["analyticsReportSegments"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AnalyticsReportSegmentAttributes | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AnalyticsReportSegmentAttributes(Model):
    checksum: str | None | UnsetType = UNSET
    size_in_bytes: int | None | UnsetType = msgspec.field(default=UNSET, name="sizeInBytes")
    url: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
