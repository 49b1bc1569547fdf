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
    "AppScreenshotSet",
    "AppScreenshotSetAttributes",
    "AppScreenshotSetRelationships",
    "AppScreenshotSetRelationshipsAppStoreVersionLocalization",
    "AppScreenshotSetRelationshipsAppStoreVersionLocalizationData",
    "AppScreenshotSetRelationshipsAppCustomProductPageLocalization",
    "AppScreenshotSetRelationshipsAppCustomProductPageLocalizationData",
    "AppScreenshotSetRelationshipsAppStoreVersionExperimentTreatmentLocalization",
    "AppScreenshotSetRelationshipsAppStoreVersionExperimentTreatmentLocalizationData",
    "AppScreenshotSetRelationshipsAppScreenshots",
    "AppScreenshotSetRelationshipsAppScreenshotsData",
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
_E5 = frozenset({"appScreenshots"})


class AppScreenshotSet(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appScreenshotSets"] | str
        id: str
    else:
        type: _L["appScreenshotSets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppScreenshotSetAttributes | None | UnsetType = UNSET
    relationships: AppScreenshotSetRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppScreenshotSetAttributes(Model):
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
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"screenshot_display_type": _E1}


class AppScreenshotSetRelationships(Model):
    app_store_version_localization: (
        AppScreenshotSetRelationshipsAppStoreVersionLocalization | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionLocalization")
    app_custom_product_page_localization: (
        AppScreenshotSetRelationshipsAppCustomProductPageLocalization | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appCustomProductPageLocalization")
    app_store_version_experiment_treatment_localization: (
        AppScreenshotSetRelationshipsAppStoreVersionExperimentTreatmentLocalization
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperimentTreatmentLocalization")
    app_screenshots: AppScreenshotSetRelationshipsAppScreenshots | None | UnsetType = msgspec.field(
        default=UNSET, name="appScreenshots"
    )
    __ascapi_nullable__ = frozenset[str]()


class AppScreenshotSetRelationshipsAppStoreVersionLocalization(Model):
    data: AppScreenshotSetRelationshipsAppStoreVersionLocalizationData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppScreenshotSetRelationshipsAppStoreVersionLocalizationData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersionLocalizations"] | str
        id: str
    else:
        type: _L["appStoreVersionLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class AppScreenshotSetRelationshipsAppCustomProductPageLocalization(Model):
    data: AppScreenshotSetRelationshipsAppCustomProductPageLocalizationData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class AppScreenshotSetRelationshipsAppCustomProductPageLocalizationData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appCustomProductPageLocalizations"] | str
        id: str
    else:
        type: _L["appCustomProductPageLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class AppScreenshotSetRelationshipsAppStoreVersionExperimentTreatmentLocalization(Model):
    data: (
        AppScreenshotSetRelationshipsAppStoreVersionExperimentTreatmentLocalizationData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppScreenshotSetRelationshipsAppStoreVersionExperimentTreatmentLocalizationData(
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


class AppScreenshotSetRelationshipsAppScreenshots(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppScreenshotSetRelationshipsAppScreenshotsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppScreenshotSetRelationshipsAppScreenshotsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appScreenshots"] | str
        id: str
    else:
        type: _L["appScreenshots"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}
