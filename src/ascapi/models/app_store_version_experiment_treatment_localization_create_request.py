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
    "AppStoreVersionExperimentTreatmentLocalizationCreateRequest",
    "AppStoreVersionExperimentTreatmentLocalizationCreateRequestData",
    "AppStoreVersionExperimentTreatmentLocalizationCreateRequestDataAttributes",
    "AppStoreVersionExperimentTreatmentLocalizationCreateRequestDataRelationships",
    "AppStoreVersionExperimentTreatmentLocalizationCreateRequestDataRelationshipsAppStoreVersionExperimentTreatment",
    "AppStoreVersionExperimentTreatmentLocalizationCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentData",
]

_E0 = frozenset({"appStoreVersionExperimentTreatmentLocalizations"})
_E1 = frozenset({"appStoreVersionExperimentTreatments"})


class AppStoreVersionExperimentTreatmentLocalizationCreateRequest(Model):
    data: AppStoreVersionExperimentTreatmentLocalizationCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentTreatmentLocalizationCreateRequestData(Model):
    type: _L["appStoreVersionExperimentTreatmentLocalizations"] | str | None | UnsetType = UNSET
    attributes: (
        AppStoreVersionExperimentTreatmentLocalizationCreateRequestDataAttributes | None | UnsetType
    ) = UNSET
    relationships: (
        AppStoreVersionExperimentTreatmentLocalizationCreateRequestDataRelationships
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppStoreVersionExperimentTreatmentLocalizationCreateRequestDataAttributes(Model):
    locale: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"locale"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentTreatmentLocalizationCreateRequestDataRelationships(Model):
    app_store_version_experiment_treatment: (
        AppStoreVersionExperimentTreatmentLocalizationCreateRequestDataRelationshipsAppStoreVersionExperimentTreatment
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperimentTreatment")
    __ascapi_required__ = frozenset({"app_store_version_experiment_treatment"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentTreatmentLocalizationCreateRequestDataRelationshipsAppStoreVersionExperimentTreatment(
    Model
):
    data: (
        AppStoreVersionExperimentTreatmentLocalizationCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentTreatmentLocalizationCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentData(
    Model
):
    type: _L["appStoreVersionExperimentTreatments"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
