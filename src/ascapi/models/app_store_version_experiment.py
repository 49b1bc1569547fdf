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
    "AppStoreVersionExperiment",
    "AppStoreVersionExperimentAttributes",
    "AppStoreVersionExperimentRelationships",
    "AppStoreVersionExperimentRelationshipsAppStoreVersion",
    "AppStoreVersionExperimentRelationshipsAppStoreVersionData",
    "AppStoreVersionExperimentRelationshipsAppStoreVersionExperimentTreatments",
    "AppStoreVersionExperimentRelationshipsAppStoreVersionExperimentTreatmentsData",
]

_E0 = frozenset({"appStoreVersionExperiments"})
_E1 = frozenset(
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
_E2 = frozenset({"appStoreVersions"})
_E3 = frozenset({"appStoreVersionExperimentTreatments"})


class AppStoreVersionExperiment(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersionExperiments"] | str
        id: str
    else:
        type: _L["appStoreVersionExperiments"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppStoreVersionExperimentAttributes | None | UnsetType = UNSET
    relationships: AppStoreVersionExperimentRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppStoreVersionExperimentAttributes(Model):
    name: str | None | UnsetType = UNSET
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
    __ascapi_enums__ = {"state": _E1}


class AppStoreVersionExperimentRelationships(Model):
    app_store_version: AppStoreVersionExperimentRelationshipsAppStoreVersion | None | UnsetType = (
        msgspec.field(default=UNSET, name="appStoreVersion")
    )
    app_store_version_experiment_treatments: (
        AppStoreVersionExperimentRelationshipsAppStoreVersionExperimentTreatments | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperimentTreatments")
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentRelationshipsAppStoreVersion(Model):
    data: AppStoreVersionExperimentRelationshipsAppStoreVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentRelationshipsAppStoreVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersions"] | str
        id: str
    else:
        type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class AppStoreVersionExperimentRelationshipsAppStoreVersionExperimentTreatments(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[AppStoreVersionExperimentRelationshipsAppStoreVersionExperimentTreatmentsData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentRelationshipsAppStoreVersionExperimentTreatmentsData(
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
    __ascapi_enums__ = {"type": _E3}
