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
    "AppPreviewSetCreateRequest",
    "AppPreviewSetCreateRequestData",
    "AppPreviewSetCreateRequestDataAttributes",
    "AppPreviewSetCreateRequestDataRelationships",
    "AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionLocalization",
    "AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionLocalizationData",
    "AppPreviewSetCreateRequestDataRelationshipsAppCustomProductPageLocalization",
    "AppPreviewSetCreateRequestDataRelationshipsAppCustomProductPageLocalizationData",
    "AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalization",
    "AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalizationData",
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


class AppPreviewSetCreateRequest(Model):
    data: AppPreviewSetCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppPreviewSetCreateRequestData(Model):
    type: _L["appPreviewSets"] | str | None | UnsetType = UNSET
    attributes: AppPreviewSetCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppPreviewSetCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppPreviewSetCreateRequestDataAttributes(Model):
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
    __ascapi_required__ = frozenset({"preview_type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"preview_type": _E1}


class AppPreviewSetCreateRequestDataRelationships(Model):
    app_store_version_localization: (
        AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionLocalization | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionLocalization")
    app_custom_product_page_localization: (
        AppPreviewSetCreateRequestDataRelationshipsAppCustomProductPageLocalization
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appCustomProductPageLocalization")
    app_store_version_experiment_treatment_localization: (
        AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalization
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperimentTreatmentLocalization")
    __ascapi_nullable__ = frozenset[str]()


class AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionLocalization(Model):
    data: (
        AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionLocalizationData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionLocalizationData(Model):
    type: _L["appStoreVersionLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class AppPreviewSetCreateRequestDataRelationshipsAppCustomProductPageLocalization(Model):
    data: (
        AppPreviewSetCreateRequestDataRelationshipsAppCustomProductPageLocalizationData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppPreviewSetCreateRequestDataRelationshipsAppCustomProductPageLocalizationData(Model):
    type: _L["appCustomProductPageLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalization(
    Model
):
    data: (
        AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalizationData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalizationData(
    Model
):
    type: _L["appStoreVersionExperimentTreatmentLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
