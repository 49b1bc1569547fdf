# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "AnalyticsReportRequestCreateRequest",
    "AnalyticsReportRequestCreateRequestData",
    "AnalyticsReportRequestCreateRequestDataAttributes",
    "AnalyticsReportRequestCreateRequestDataRelationships",
    "AnalyticsReportRequestCreateRequestDataRelationshipsApp",
    "AnalyticsReportRequestCreateRequestDataRelationshipsAppData",
]

_E0 = frozenset({"analyticsReportRequests"})
_E1 = frozenset({"ONE_TIME_SNAPSHOT", "ONGOING"})
_E2 = frozenset({"apps"})


class AnalyticsReportRequestCreateRequest(Model):
    data: AnalyticsReportRequestCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AnalyticsReportRequestCreateRequestData(Model):
    type: _L["analyticsReportRequests"] | str | None | UnsetType = UNSET
    attributes: AnalyticsReportRequestCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AnalyticsReportRequestCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AnalyticsReportRequestCreateRequestDataAttributes(Model):
    access_type: _L["ONE_TIME_SNAPSHOT", "ONGOING"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="accessType"
    )
    __ascapi_required__ = frozenset({"access_type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"access_type": _E1}


class AnalyticsReportRequestCreateRequestDataRelationships(Model):
    app: AnalyticsReportRequestCreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"app"})
    __ascapi_nullable__ = frozenset[str]()


class AnalyticsReportRequestCreateRequestDataRelationshipsApp(Model):
    data: AnalyticsReportRequestCreateRequestDataRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AnalyticsReportRequestCreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
