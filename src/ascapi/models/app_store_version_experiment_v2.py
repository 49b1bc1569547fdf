# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
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
    "AppStoreVersionExperimentV2",
    "AppStoreVersionExperimentV2Attributes",
    "AppStoreVersionExperimentV2Relationships",
    "AppStoreVersionExperimentV2RelationshipsApp",
    "AppStoreVersionExperimentV2RelationshipsAppData",
    "AppStoreVersionExperimentV2RelationshipsLatestControlVersion",
    "AppStoreVersionExperimentV2RelationshipsLatestControlVersionData",
    "AppStoreVersionExperimentV2RelationshipsControlVersions",
    "AppStoreVersionExperimentV2RelationshipsAppStoreVersionExperimentTreatments",
    "AppStoreVersionExperimentV2RelationshipsAppStoreVersionExperimentTreatmentsData",
]

_E0 = frozenset({"appStoreVersionExperiments"})
_E1 = frozenset({"IOS", "MAC_OS", "TV_OS", "VISION_OS"})
_E2 = frozenset(
    {
        "PREPARE_FOR_SUBMISSION",
        "READY_FOR_REVIEW",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "ACCEPTED",
        "APPROVED",
        "REJECTED",
        "COMPLETED",
        "STOPPED",
    }
)
_E3 = frozenset({"apps"})
_E4 = frozenset({"appStoreVersions"})
_E5 = frozenset({"appStoreVersionExperimentTreatments"})


class AppStoreVersionExperimentV2(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersionExperiments"] | str
        id: str
    else:
        type: _L["appStoreVersionExperiments"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppStoreVersionExperimentV2Attributes | None | UnsetType = UNSET
    relationships: AppStoreVersionExperimentV2Relationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppStoreVersionExperimentV2Attributes(Model):
    name: str | None | UnsetType = UNSET
    platform: _L["IOS", "MAC_OS", "TV_OS", "VISION_OS"] | str | None | UnsetType = UNSET
    traffic_proportion: int | None | UnsetType = msgspec.field(
        default=UNSET, name="trafficProportion"
    )
    state: (
        _L[
            "PREPARE_FOR_SUBMISSION",
            "READY_FOR_REVIEW",
            "WAITING_FOR_REVIEW",
            "IN_REVIEW",
            "ACCEPTED",
            "APPROVED",
            "REJECTED",
            "COMPLETED",
            "STOPPED",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    review_required: bool | None | UnsetType = msgspec.field(default=UNSET, name="reviewRequired")
    start_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="startDate")
    end_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="endDate")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"platform": _E1, "state": _E2}


class AppStoreVersionExperimentV2Relationships(Model):
    app: AppStoreVersionExperimentV2RelationshipsApp | None | UnsetType = UNSET
    latest_control_version: (
        AppStoreVersionExperimentV2RelationshipsLatestControlVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="latestControlVersion")
    control_versions: AppStoreVersionExperimentV2RelationshipsControlVersions | None | UnsetType = (
        msgspec.field(default=UNSET, name="controlVersions")
    )
    app_store_version_experiment_treatments: (
        AppStoreVersionExperimentV2RelationshipsAppStoreVersionExperimentTreatments
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperimentTreatments")
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentV2RelationshipsApp(Model):
    data: AppStoreVersionExperimentV2RelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentV2RelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class AppStoreVersionExperimentV2RelationshipsLatestControlVersion(Model):
    data: AppStoreVersionExperimentV2RelationshipsLatestControlVersionData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentV2RelationshipsLatestControlVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersions"] | str
        id: str
    else:
        type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class AppStoreVersionExperimentV2RelationshipsControlVersions(Model):
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[AppStoreVersionExperimentV2RelationshipsLatestControlVersionData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentV2RelationshipsAppStoreVersionExperimentTreatments(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[AppStoreVersionExperimentV2RelationshipsAppStoreVersionExperimentTreatmentsData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentV2RelationshipsAppStoreVersionExperimentTreatmentsData(
    Model, kw_only=True
):
    if TYPE_CHECKING:
        type: _L["appStoreVersionExperimentTreatments"] | str
        id: str
    else:
        type: _L["appStoreVersionExperimentTreatments"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}
