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
    "AppStoreVersionPromotionCreateRequest",
    "AppStoreVersionPromotionCreateRequestData",
    "AppStoreVersionPromotionCreateRequestDataRelationships",
    "AppStoreVersionPromotionCreateRequestDataRelationshipsAppStoreVersion",
    "AppStoreVersionPromotionCreateRequestDataRelationshipsAppStoreVersionData",
    "AppStoreVersionPromotionCreateRequestDataRelationshipsAppStoreVersionExperimentTreatment",
    "AppStoreVersionPromotionCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentData",
]

_E0 = frozenset({"appStoreVersionPromotions"})
_E1 = frozenset({"appStoreVersions"})
_E2 = frozenset({"appStoreVersionExperimentTreatments"})


class AppStoreVersionPromotionCreateRequest(Model):
    data: AppStoreVersionPromotionCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionPromotionCreateRequestData(Model):
    type: _L["appStoreVersionPromotions"] | str | None | UnsetType = UNSET
    relationships: AppStoreVersionPromotionCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppStoreVersionPromotionCreateRequestDataRelationships(Model):
    app_store_version: (
        AppStoreVersionPromotionCreateRequestDataRelationshipsAppStoreVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersion")
    app_store_version_experiment_treatment: (
        AppStoreVersionPromotionCreateRequestDataRelationshipsAppStoreVersionExperimentTreatment
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperimentTreatment")
    __ascapi_required__ = frozenset({"app_store_version", "app_store_version_experiment_treatment"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionPromotionCreateRequestDataRelationshipsAppStoreVersion(Model):
    data: (
        AppStoreVersionPromotionCreateRequestDataRelationshipsAppStoreVersionData | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionPromotionCreateRequestDataRelationshipsAppStoreVersionData(Model):
    type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class AppStoreVersionPromotionCreateRequestDataRelationshipsAppStoreVersionExperimentTreatment(
    Model
):
    data: (
        AppStoreVersionPromotionCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionPromotionCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentData(
    Model
):
    type: _L["appStoreVersionExperimentTreatments"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
