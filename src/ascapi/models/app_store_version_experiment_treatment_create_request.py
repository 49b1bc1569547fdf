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
    "AppStoreVersionExperimentTreatmentCreateRequest",
    "AppStoreVersionExperimentTreatmentCreateRequestData",
    "AppStoreVersionExperimentTreatmentCreateRequestDataAttributes",
    "AppStoreVersionExperimentTreatmentCreateRequestDataRelationships",
    "AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperiment",
    "AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperimentData",
]

_E0 = frozenset({"appStoreVersionExperimentTreatments"})
_E1 = frozenset({"appStoreVersionExperiments"})


class AppStoreVersionExperimentTreatmentCreateRequest(Model):
    data: AppStoreVersionExperimentTreatmentCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentTreatmentCreateRequestData(Model):
    type: _L["appStoreVersionExperimentTreatments"] | str | None | UnsetType = UNSET
    attributes: AppStoreVersionExperimentTreatmentCreateRequestDataAttributes | None | UnsetType = (
        UNSET
    )
    relationships: (
        AppStoreVersionExperimentTreatmentCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppStoreVersionExperimentTreatmentCreateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    app_icon_name: str | None | UnsetType = msgspec.field(default=UNSET, name="appIconName")
    __ascapi_required__ = frozenset({"name"})
    __ascapi_nullable__ = frozenset({"app_icon_name"})


class AppStoreVersionExperimentTreatmentCreateRequestDataRelationships(Model):
    app_store_version_experiment: (
        AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperiment
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperiment")
    app_store_version_experiment_v2: (
        AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperiment
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperimentV2")
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperiment(
    Model
):
    data: (
        AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperimentData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperimentData(
    Model
):
    type: _L["appStoreVersionExperiments"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
