# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

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
    "AppStoreVersionExperimentTreatmentLocalization",
    "AppStoreVersionExperimentTreatmentLocalizationAttributes",
    "AppStoreVersionExperimentTreatmentLocalizationRelationships",
    "AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppStoreVersionExperimentTreatment",
    "AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppStoreVersionExperimentTreatmentData",
    "AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppScreenshotSets",
    "AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppScreenshotSetsData",
    "AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppPreviewSets",
    "AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppPreviewSetsData",
]

_E0 = frozenset({"appStoreVersionExperimentTreatmentLocalizations"})
_E1 = frozenset({"appStoreVersionExperimentTreatments"})
_E2 = frozenset({"appScreenshotSets"})
_E3 = frozenset({"appPreviewSets"})


class AppStoreVersionExperimentTreatmentLocalization(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersionExperimentTreatmentLocalizations"] | str
        id: str
    else:
        type: _L["appStoreVersionExperimentTreatmentLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppStoreVersionExperimentTreatmentLocalizationAttributes | None | UnsetType = UNSET
    relationships: (
        AppStoreVersionExperimentTreatmentLocalizationRelationships | None | UnsetType
    ) = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppStoreVersionExperimentTreatmentLocalizationAttributes(Model):
    locale: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentTreatmentLocalizationRelationships(Model):
    app_store_version_experiment_treatment: (
        AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppStoreVersionExperimentTreatment
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperimentTreatment")
    app_screenshot_sets: (
        AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppScreenshotSets
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appScreenshotSets")
    app_preview_sets: (
        AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppPreviewSets | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appPreviewSets")
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppStoreVersionExperimentTreatment(
    Model
):
    data: (
        AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppStoreVersionExperimentTreatmentData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppStoreVersionExperimentTreatmentData(
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
    __ascapi_enums__ = {"type": _E1}


class AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppScreenshotSets(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppScreenshotSetsData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppScreenshotSetsData(
    Model, kw_only=True
):
    if TYPE_CHECKING:
        type: _L["appScreenshotSets"] | str
        id: str
    else:
        type: _L["appScreenshotSets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppPreviewSets(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppPreviewSetsData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppPreviewSetsData(
    Model, kw_only=True
):
    if TYPE_CHECKING:
        type: _L["appPreviewSets"] | str
        id: str
    else:
        type: _L["appPreviewSets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
