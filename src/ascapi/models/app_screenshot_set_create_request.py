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
    "AppScreenshotSetCreateRequest",
    "AppScreenshotSetCreateRequestData",
    "AppScreenshotSetCreateRequestDataAttributes",
    "AppScreenshotSetCreateRequestDataRelationships",
    "AppScreenshotSetCreateRequestDataRelationshipsAppStoreVersionLocalization",
    "AppScreenshotSetCreateRequestDataRelationshipsAppStoreVersionLocalizationData",
    "AppScreenshotSetCreateRequestDataRelationshipsAppCustomProductPageLocalization",
    "AppScreenshotSetCreateRequestDataRelationshipsAppCustomProductPageLocalizationData",
    "AppScreenshotSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalization",
    "AppScreenshotSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalizationData",
]

_E0 = frozenset({"appScreenshotSets"})
_E1 = frozenset(
    {
        "APP_IPHONE_67",
        "APP_IPHONE_61",
        "APP_IPHONE_65",
        "APP_IPHONE_58",
        "APP_IPHONE_55",
        "APP_IPHONE_47",
        "APP_IPHONE_40",
        "APP_IPHONE_35",
        "APP_IPAD_PRO_3GEN_129",
        "APP_IPAD_PRO_3GEN_11",
        "APP_IPAD_PRO_129",
        "APP_IPAD_105",
        "APP_IPAD_97",
        "APP_DESKTOP",
        "APP_WATCH_ULTRA",
        "APP_WATCH_SERIES_10",
        "APP_WATCH_SERIES_7",
        "APP_WATCH_SERIES_4",
        "APP_WATCH_SERIES_3",
        "APP_APPLE_TV",
        "APP_APPLE_VISION_PRO",
        "IMESSAGE_APP_IPHONE_67",
        "IMESSAGE_APP_IPHONE_61",
        "IMESSAGE_APP_IPHONE_65",
        "IMESSAGE_APP_IPHONE_58",
        "IMESSAGE_APP_IPHONE_55",
        "IMESSAGE_APP_IPHONE_47",
        "IMESSAGE_APP_IPHONE_40",
        "IMESSAGE_APP_IPAD_PRO_3GEN_129",
        "IMESSAGE_APP_IPAD_PRO_3GEN_11",
        "IMESSAGE_APP_IPAD_PRO_129",
        "IMESSAGE_APP_IPAD_105",
        "IMESSAGE_APP_IPAD_97",
    }
)
_E2 = frozenset({"appStoreVersionLocalizations"})
_E3 = frozenset({"appCustomProductPageLocalizations"})
_E4 = frozenset({"appStoreVersionExperimentTreatmentLocalizations"})


class AppScreenshotSetCreateRequest(Model):
    data: AppScreenshotSetCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppScreenshotSetCreateRequestData(Model):
    type: _L["appScreenshotSets"] | str | None | UnsetType = UNSET
    attributes: AppScreenshotSetCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppScreenshotSetCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppScreenshotSetCreateRequestDataAttributes(Model):
    screenshot_display_type: (
        _L[
            "APP_IPHONE_67",
            "APP_IPHONE_61",
            "APP_IPHONE_65",
            "APP_IPHONE_58",
            "APP_IPHONE_55",
            "APP_IPHONE_47",
            "APP_IPHONE_40",
            "APP_IPHONE_35",
            "APP_IPAD_PRO_3GEN_129",
            "APP_IPAD_PRO_3GEN_11",
            "APP_IPAD_PRO_129",
            "APP_IPAD_105",
            "APP_IPAD_97",
            "APP_DESKTOP",
            "APP_WATCH_ULTRA",
            "APP_WATCH_SERIES_10",
            "APP_WATCH_SERIES_7",
            "APP_WATCH_SERIES_4",
            "APP_WATCH_SERIES_3",
            "APP_APPLE_TV",
            "APP_APPLE_VISION_PRO",
            "IMESSAGE_APP_IPHONE_67",
            "IMESSAGE_APP_IPHONE_61",
            "IMESSAGE_APP_IPHONE_65",
            "IMESSAGE_APP_IPHONE_58",
            "IMESSAGE_APP_IPHONE_55",
            "IMESSAGE_APP_IPHONE_47",
            "IMESSAGE_APP_IPHONE_40",
            "IMESSAGE_APP_IPAD_PRO_3GEN_129",
            "IMESSAGE_APP_IPAD_PRO_3GEN_11",
            "IMESSAGE_APP_IPAD_PRO_129",
            "IMESSAGE_APP_IPAD_105",
            "IMESSAGE_APP_IPAD_97",
        ]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="screenshotDisplayType")
    __ascapi_required__ = frozenset({"screenshot_display_type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"screenshot_display_type": _E1}


class AppScreenshotSetCreateRequestDataRelationships(Model):
    app_store_version_localization: (
        AppScreenshotSetCreateRequestDataRelationshipsAppStoreVersionLocalization | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionLocalization")
    app_custom_product_page_localization: (
        AppScreenshotSetCreateRequestDataRelationshipsAppCustomProductPageLocalization
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appCustomProductPageLocalization")
    app_store_version_experiment_treatment_localization: (
        AppScreenshotSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalization
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperimentTreatmentLocalization")
    __ascapi_nullable__ = frozenset[str]()


class AppScreenshotSetCreateRequestDataRelationshipsAppStoreVersionLocalization(Model):
    data: (
        AppScreenshotSetCreateRequestDataRelationshipsAppStoreVersionLocalizationData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppScreenshotSetCreateRequestDataRelationshipsAppStoreVersionLocalizationData(Model):
    type: _L["appStoreVersionLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class AppScreenshotSetCreateRequestDataRelationshipsAppCustomProductPageLocalization(Model):
    data: (
        AppScreenshotSetCreateRequestDataRelationshipsAppCustomProductPageLocalizationData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppScreenshotSetCreateRequestDataRelationshipsAppCustomProductPageLocalizationData(Model):
    type: _L["appCustomProductPageLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class AppScreenshotSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalization(
    Model
):
    data: (
        AppScreenshotSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalizationData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppScreenshotSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalizationData(
    Model
):
    type: _L["appStoreVersionExperimentTreatmentLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
