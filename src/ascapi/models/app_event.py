# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
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
    "AppEvent",
    "AppEventAttributes",
    "AppEventAttributesTerritorySchedules",
    "AppEventRelationships",
    "AppEventRelationshipsLocalizations",
    "AppEventRelationshipsLocalizationsData",
]

_E0 = frozenset({"appEvents"})
_E1 = frozenset(
    {
        "LIVE_EVENT",
        "PREMIERE",
        "CHALLENGE",
        "COMPETITION",
        "NEW_SEASON",
        "MAJOR_UPDATE",
        "SPECIAL_EVENT",
    }
)
_E2 = frozenset(
    {
        "DRAFT",
        "READY_FOR_REVIEW",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "REJECTED",
        "ACCEPTED",
        "APPROVED",
        "PUBLISHED",
        "PAST",
        "ARCHIVED",
    }
)
_E3 = frozenset({"HIGH", "NORMAL"})
_E4 = frozenset(
    {
        "APPROPRIATE_FOR_ALL_USERS",
        "ATTRACT_NEW_USERS",
        "KEEP_ACTIVE_USERS_INFORMED",
        "BRING_BACK_LAPSED_USERS",
    }
)
_E5 = frozenset({"appEventLocalizations"})


class AppEvent(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appEvents"] | str
        id: str
    else:
        type: _L["appEvents"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppEventAttributes | None | UnsetType = UNSET
    relationships: AppEventRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppEventAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    badge: (
        _L[
            "LIVE_EVENT",
            "PREMIERE",
            "CHALLENGE",
            "COMPETITION",
            "NEW_SEASON",
            "MAJOR_UPDATE",
            "SPECIAL_EVENT",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    event_state: (
        _L[
            "DRAFT",
            "READY_FOR_REVIEW",
            "WAITING_FOR_REVIEW",
            "IN_REVIEW",
            "REJECTED",
            "ACCEPTED",
            "APPROVED",
            "PUBLISHED",
            "PAST",
            "ARCHIVED",
        ]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="eventState")
    deep_link: str | None | UnsetType = msgspec.field(default=UNSET, name="deepLink")
    purchase_requirement: str | None | UnsetType = msgspec.field(
        default=UNSET, name="purchaseRequirement"
    )
    primary_locale: str | None | UnsetType = msgspec.field(default=UNSET, name="primaryLocale")
    priority: _L["HIGH", "NORMAL"] | str | None | UnsetType = UNSET
    purpose: (
        _L[
            "APPROPRIATE_FOR_ALL_USERS",
            "ATTRACT_NEW_USERS",
            "KEEP_ACTIVE_USERS_INFORMED",
            "BRING_BACK_LAPSED_USERS",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    territory_schedules: list[AppEventAttributesTerritorySchedules] | None | UnsetType = (
        msgspec.field(default=UNSET, name="territorySchedules")
    )
    archived_territory_schedules: list[AppEventAttributesTerritorySchedules] | None | UnsetType = (
        msgspec.field(default=UNSET, name="archivedTerritorySchedules")
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"badge": _E1, "event_state": _E2, "priority": _E3, "purpose": _E4}


class AppEventAttributesTerritorySchedules(Model):
    territories: list[str] | None | UnsetType = UNSET
    publish_start: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="publishStart"
    )
    event_start: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="eventStart")
    event_end: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="eventEnd")
    __ascapi_nullable__ = frozenset[str]()


class AppEventRelationships(Model):
    localizations: AppEventRelationshipsLocalizations | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppEventRelationshipsLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppEventRelationshipsLocalizationsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppEventRelationshipsLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appEventLocalizations"] | str
        id: str
    else:
        type: _L["appEventLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}
