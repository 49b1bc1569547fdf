# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.paging_information import PagingInformation
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "Nomination",
    "NominationAttributes",
    "NominationRelationships",
    "NominationRelationshipsRelatedApps",
    "NominationRelationshipsRelatedAppsData",
    "NominationRelationshipsCreatedByActor",
    "NominationRelationshipsCreatedByActorData",
    "NominationRelationshipsInAppEvents",
    "NominationRelationshipsInAppEventsData",
    "NominationRelationshipsSupportedTerritories",
    "NominationRelationshipsSupportedTerritoriesData",
]

_E0 = frozenset({"nominations"})
_E1 = frozenset({"APP_LAUNCH", "APP_ENHANCEMENTS", "NEW_CONTENT"})
_E2 = frozenset({"DRAFT", "SUBMITTED", "ARCHIVED"})
_E3 = frozenset({"IPHONE", "IPAD", "APPLE_TV", "APPLE_WATCH", "MAC", "VISION"})
_E4 = frozenset({"apps"})
_E5 = frozenset({"actors"})
_E6 = frozenset({"appEvents"})
_E7 = frozenset({"territories"})


class Nomination(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["nominations"] | str
        id: str
    else:
        type: _L["nominations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: NominationAttributes | None | UnsetType = UNSET
    relationships: NominationRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class NominationAttributes(Model):
    name: str | None | UnsetType = UNSET
    type: _L["APP_LAUNCH", "APP_ENHANCEMENTS", "NEW_CONTENT"] | str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    created_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="createdDate")
    last_modified_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="lastModifiedDate"
    )
    submitted_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="submittedDate"
    )
    state: _L["DRAFT", "SUBMITTED", "ARCHIVED"] | str | None | UnsetType = UNSET
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
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1, "state": _E2, "device_families": _E3}


class NominationRelationships(Model):
    related_apps: NominationRelationshipsRelatedApps | None | UnsetType = msgspec.field(
        default=UNSET, name="relatedApps"
    )
    created_by_actor: NominationRelationshipsCreatedByActor | None | UnsetType = msgspec.field(
        default=UNSET, name="createdByActor"
    )
    last_modified_by_actor: NominationRelationshipsCreatedByActor | None | UnsetType = (
        msgspec.field(default=UNSET, name="lastModifiedByActor")
    )
    submitted_by_actor: NominationRelationshipsCreatedByActor | None | UnsetType = msgspec.field(
        default=UNSET, name="submittedByActor"
    )
    in_app_events: NominationRelationshipsInAppEvents | None | UnsetType = msgspec.field(
        default=UNSET, name="inAppEvents"
    )
    supported_territories: NominationRelationshipsSupportedTerritories | None | UnsetType = (
        msgspec.field(default=UNSET, name="supportedTerritories")
    )
    __ascapi_nullable__ = frozenset[str]()


class NominationRelationshipsRelatedApps(Model):
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[NominationRelationshipsRelatedAppsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class NominationRelationshipsRelatedAppsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class NominationRelationshipsCreatedByActor(Model):
    data: NominationRelationshipsCreatedByActorData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class NominationRelationshipsCreatedByActorData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["actors"] | str
        id: str
    else:
        type: _L["actors"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class NominationRelationshipsInAppEvents(Model):
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[NominationRelationshipsInAppEventsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class NominationRelationshipsInAppEventsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appEvents"] | str
        id: str
    else:
        type: _L["appEvents"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}


class NominationRelationshipsSupportedTerritories(Model):
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[NominationRelationshipsSupportedTerritoriesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class NominationRelationshipsSupportedTerritoriesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["territories"] | str
        id: str
    else:
        type: _L["territories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E7}
