# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "NominationUpdateRequest",
    "NominationUpdateRequestData",
    "NominationUpdateRequestDataAttributes",
    "NominationUpdateRequestDataRelationships",
    "NominationUpdateRequestDataRelationshipsRelatedApps",
    "NominationUpdateRequestDataRelationshipsRelatedAppsData",
    "NominationUpdateRequestDataRelationshipsInAppEvents",
    "NominationUpdateRequestDataRelationshipsInAppEventsData",
    "NominationUpdateRequestDataRelationshipsSupportedTerritories",
    "NominationUpdateRequestDataRelationshipsSupportedTerritoriesData",
]

_E0 = frozenset({"nominations"})
_E1 = frozenset({"APP_LAUNCH", "APP_ENHANCEMENTS", "NEW_CONTENT"})
_E2 = frozenset({"IPHONE", "IPAD", "APPLE_TV", "APPLE_WATCH", "MAC", "VISION"})
_E3 = frozenset({"apps"})
_E4 = frozenset({"appEvents"})
_E5 = frozenset({"territories"})


class NominationUpdateRequest(Model):
    data: NominationUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class NominationUpdateRequestData(Model):
    type: _L["nominations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: NominationUpdateRequestDataAttributes | None | UnsetType = UNSET
    relationships: NominationUpdateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class NominationUpdateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    type: _L["APP_LAUNCH", "APP_ENHANCEMENTS", "NEW_CONTENT"] | str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    submitted: bool | None | UnsetType = UNSET
    archived: bool | None | UnsetType = UNSET
    publish_start_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="publishStartDate"
    )
    publish_end_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="publishEndDate"
    )
    device_families: (
        list[_L["IPHONE", "IPAD", "APPLE_TV", "APPLE_WATCH", "MAC", "VISION"] | str]
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="deviceFamilies")
    locales: list[str] | None | UnsetType = UNSET
    supplemental_materials_uris: list[str] | None | UnsetType = msgspec.field(
        default=UNSET, name="supplementalMaterialsUris"
    )
    has_in_app_events: bool | None | UnsetType = msgspec.field(default=UNSET, name="hasInAppEvents")
    launch_in_select_markets_first: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="launchInSelectMarketsFirst"
    )
    notes: str | None | UnsetType = UNSET
    pre_order_enabled: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="preOrderEnabled"
    )
    __ascapi_nullable__ = frozenset(
        {
            "archived",
            "description",
            "device_families",
            "has_in_app_events",
            "launch_in_select_markets_first",
            "locales",
            "name",
            "notes",
            "pre_order_enabled",
            "publish_end_date",
            "publish_start_date",
            "submitted",
            "supplemental_materials_uris",
            "type",
        }
    )
    __ascapi_enums__ = {"type": _E1, "device_families": _E2}


class NominationUpdateRequestDataRelationships(Model):
    related_apps: NominationUpdateRequestDataRelationshipsRelatedApps | None | UnsetType = (
        msgspec.field(default=UNSET, name="relatedApps")
    )
    in_app_events: NominationUpdateRequestDataRelationshipsInAppEvents | None | UnsetType = (
        msgspec.field(default=UNSET, name="inAppEvents")
    )
    supported_territories: (
        NominationUpdateRequestDataRelationshipsSupportedTerritories | None | UnsetType
    ) = msgspec.field(default=UNSET, name="supportedTerritories")
    __ascapi_nullable__ = frozenset[str]()


class NominationUpdateRequestDataRelationshipsRelatedApps(Model):
    data: list[NominationUpdateRequestDataRelationshipsRelatedAppsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class NominationUpdateRequestDataRelationshipsRelatedAppsData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class NominationUpdateRequestDataRelationshipsInAppEvents(Model):
    data: list[NominationUpdateRequestDataRelationshipsInAppEventsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class NominationUpdateRequestDataRelationshipsInAppEventsData(Model):
    type: _L["appEvents"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class NominationUpdateRequestDataRelationshipsSupportedTerritories(Model):
    data: (
        list[NominationUpdateRequestDataRelationshipsSupportedTerritoriesData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class NominationUpdateRequestDataRelationshipsSupportedTerritoriesData(Model):
    type: _L["territories"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}
