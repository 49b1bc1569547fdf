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
    "NominationCreateRequest",
    "NominationCreateRequestData",
    "NominationCreateRequestDataAttributes",
    "NominationCreateRequestDataRelationships",
    "NominationCreateRequestDataRelationshipsRelatedApps",
    "NominationCreateRequestDataRelationshipsRelatedAppsData",
    "NominationCreateRequestDataRelationshipsInAppEvents",
    "NominationCreateRequestDataRelationshipsInAppEventsData",
    "NominationCreateRequestDataRelationshipsSupportedTerritories",
    "NominationCreateRequestDataRelationshipsSupportedTerritoriesData",
]

_E0 = frozenset({"nominations"})
_E1 = frozenset({"APP_LAUNCH", "APP_ENHANCEMENTS", "NEW_CONTENT"})
_E2 = frozenset({"IPHONE", "IPAD", "APPLE_TV", "APPLE_WATCH", "MAC", "VISION"})
_E3 = frozenset({"apps"})
_E4 = frozenset({"appEvents"})
_E5 = frozenset({"territories"})


class NominationCreateRequest(Model):
    data: NominationCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class NominationCreateRequestData(Model):
    type: _L["nominations"] | str | None | UnsetType = UNSET
    attributes: NominationCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: NominationCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class NominationCreateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    type: _L["APP_LAUNCH", "APP_ENHANCEMENTS", "NEW_CONTENT"] | str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    submitted: bool | None | UnsetType = UNSET
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
    __ascapi_required__ = frozenset(
        {"description", "name", "publish_start_date", "submitted", "type"}
    )
    __ascapi_nullable__ = frozenset(
        {
            "device_families",
            "has_in_app_events",
            "launch_in_select_markets_first",
            "locales",
            "notes",
            "pre_order_enabled",
            "publish_end_date",
            "supplemental_materials_uris",
        }
    )
    __ascapi_enums__ = {"type": _E1, "device_families": _E2}


class NominationCreateRequestDataRelationships(Model):
    related_apps: NominationCreateRequestDataRelationshipsRelatedApps | None | UnsetType = (
        msgspec.field(default=UNSET, name="relatedApps")
    )
    in_app_events: NominationCreateRequestDataRelationshipsInAppEvents | None | UnsetType = (
        msgspec.field(default=UNSET, name="inAppEvents")
    )
    supported_territories: (
        NominationCreateRequestDataRelationshipsSupportedTerritories | None | UnsetType
    ) = msgspec.field(default=UNSET, name="supportedTerritories")
    __ascapi_required__ = frozenset({"related_apps"})
    __ascapi_nullable__ = frozenset[str]()


class NominationCreateRequestDataRelationshipsRelatedApps(Model):
    data: list[NominationCreateRequestDataRelationshipsRelatedAppsData] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class NominationCreateRequestDataRelationshipsRelatedAppsData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class NominationCreateRequestDataRelationshipsInAppEvents(Model):
    data: list[NominationCreateRequestDataRelationshipsInAppEventsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class NominationCreateRequestDataRelationshipsInAppEventsData(Model):
    type: _L["appEvents"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class NominationCreateRequestDataRelationshipsSupportedTerritories(Model):
    data: (
        list[NominationCreateRequestDataRelationshipsSupportedTerritoriesData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class NominationCreateRequestDataRelationshipsSupportedTerritoriesData(Model):
    type: _L["territories"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}
