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
    "AppPreviewSet",
    "AppPreviewSetAttributes",
    "AppPreviewSetRelationships",
    "AppPreviewSetRelationshipsAppStoreVersionLocalization",
    "AppPreviewSetRelationshipsAppStoreVersionLocalizationData",
    "AppPreviewSetRelationshipsAppCustomProductPageLocalization",
    "AppPreviewSetRelationshipsAppCustomProductPageLocalizationData",
    "AppPreviewSetRelationshipsAppStoreVersionExperimentTreatmentLocalization",
    "AppPreviewSetRelationshipsAppStoreVersionExperimentTreatmentLocalizationData",
    "AppPreviewSetRelationshipsAppPreviews",
    "AppPreviewSetRelationshipsAppPreviewsData",
]

_E0 = frozenset({"appPreviewSets"})
_E1 = frozenset(
    {
        "IPHONE_67",
        "IPHONE_61",
        "IPHONE_65",
        "IPHONE_58",
        "IPHONE_55",
        "IPHONE_47",
        "IPHONE_40",
        "IPHONE_35",
        "IPAD_PRO_3GEN_129",
        "IPAD_PRO_3GEN_11",
        "IPAD_PRO_129",
        "IPAD_105",
        "IPAD_97",
        "DESKTOP",
        "APPLE_TV",
        "APPLE_VISION_PRO",
    }
)
_E2 = frozenset({"appStoreVersionLocalizations"})
_E3 = frozenset({"appCustomProductPageLocalizations"})
_E4 = frozenset({"appStoreVersionExperimentTreatmentLocalizations"})
_E5 = frozenset({"appPreviews"})


class AppPreviewSet(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appPreviewSets"] | str
        id: str
    else:
        type: _L["appPreviewSets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppPreviewSetAttributes | None | UnsetType = UNSET
    relationships: AppPreviewSetRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppPreviewSetAttributes(Model):
    preview_type: (
        _L[
            "IPHONE_67",
            "IPHONE_61",
            "IPHONE_65",
            "IPHONE_58",
            "IPHONE_55",
            "IPHONE_47",
            "IPHONE_40",
            "IPHONE_35",
            "IPAD_PRO_3GEN_129",
            "IPAD_PRO_3GEN_11",
            "IPAD_PRO_129",
            "IPAD_105",
            "IPAD_97",
            "DESKTOP",
            "APPLE_TV",
            "APPLE_VISION_PRO",
        ]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="previewType")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"preview_type": _E1}


class AppPreviewSetRelationships(Model):
    app_store_version_localization: (
        AppPreviewSetRelationshipsAppStoreVersionLocalization | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionLocalization")
    app_custom_product_page_localization: (
        AppPreviewSetRelationshipsAppCustomProductPageLocalization | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appCustomProductPageLocalization")
    app_store_version_experiment_treatment_localization: (
        AppPreviewSetRelationshipsAppStoreVersionExperimentTreatmentLocalization | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperimentTreatmentLocalization")
    app_previews: AppPreviewSetRelationshipsAppPreviews | None | UnsetType = msgspec.field(
        default=UNSET, name="appPreviews"
    )
    __ascapi_nullable__ = frozenset[str]()


class AppPreviewSetRelationshipsAppStoreVersionLocalization(Model):
    data: AppPreviewSetRelationshipsAppStoreVersionLocalizationData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppPreviewSetRelationshipsAppStoreVersionLocalizationData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersionLocalizations"] | str
        id: str
    else:
        type: _L["appStoreVersionLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class AppPreviewSetRelationshipsAppCustomProductPageLocalization(Model):
    data: AppPreviewSetRelationshipsAppCustomProductPageLocalizationData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppPreviewSetRelationshipsAppCustomProductPageLocalizationData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appCustomProductPageLocalizations"] | str
        id: str
    else:
        type: _L["appCustomProductPageLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class AppPreviewSetRelationshipsAppStoreVersionExperimentTreatmentLocalization(Model):
    data: (
        AppPreviewSetRelationshipsAppStoreVersionExperimentTreatmentLocalizationData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppPreviewSetRelationshipsAppStoreVersionExperimentTreatmentLocalizationData(
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
    __ascapi_enums__ = {"type": _E4}


class AppPreviewSetRelationshipsAppPreviews(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppPreviewSetRelationshipsAppPreviewsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppPreviewSetRelationshipsAppPreviewsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appPreviews"] | str
        id: str
    else:
        type: _L["appPreviews"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}
