# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.image_asset import ImageAsset
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "AppStoreVersionExperimentTreatment",
    "AppStoreVersionExperimentTreatmentAttributes",
    "AppStoreVersionExperimentTreatmentRelationships",
    "AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperiment",
    "AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentData",
    "AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentTreatmentLocalizations",
    "AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentTreatmentLocalizationsData",
]

_E0 = frozenset({"appStoreVersionExperimentTreatments"})
_E1 = frozenset({"appStoreVersionExperiments"})
_E2 = frozenset({"appStoreVersionExperimentTreatmentLocalizations"})


class AppStoreVersionExperimentTreatment(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersionExperimentTreatments"] | str
        id: str
    else:
        type: _L["appStoreVersionExperimentTreatments"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppStoreVersionExperimentTreatmentAttributes | None | UnsetType = UNSET
    relationships: AppStoreVersionExperimentTreatmentRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppStoreVersionExperimentTreatmentAttributes(Model):
    name: str | None | UnsetType = UNSET
    app_icon: ImageAsset | None | UnsetType = msgspec.field(default=UNSET, name="appIcon")
    app_icon_name: str | None | UnsetType = msgspec.field(default=UNSET, name="appIconName")
    promoted_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="promotedDate"
    )
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentTreatmentRelationships(Model):
    app_store_version_experiment: (
        AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperiment | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperiment")
    app_store_version_experiment_v2: (
        AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperiment | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperimentV2")
    app_store_version_experiment_treatment_localizations: (
        AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentTreatmentLocalizations
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperimentTreatmentLocalizations")
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperiment(Model):
    data: (
        AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentData(
    Model, kw_only=True
):
    if TYPE_CHECKING:
        type: _L["appStoreVersionExperiments"] | str
        id: str
    else:
        type: _L["appStoreVersionExperiments"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentTreatmentLocalizations(
    Model
):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[
            AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentTreatmentLocalizationsData
        ]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentTreatmentLocalizationsData(
    Model, kw_only=True
):
    if TYPE_CHECKING:
        type: _L["appStoreVersionExperimentTreatmentLocalizations"] | str
        id: str
    else:
        type: _L["appStoreVersionExperimentTreatmentLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
