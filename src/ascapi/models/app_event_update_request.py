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
    "AppEventUpdateRequest",
    "AppEventUpdateRequestData",
    "AppEventUpdateRequestDataAttributes",
    "AppEventUpdateRequestDataAttributesTerritorySchedules",
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
_E2 = frozenset({"HIGH", "NORMAL"})
_E3 = frozenset(
    {
        "APPROPRIATE_FOR_ALL_USERS",
        "ATTRACT_NEW_USERS",
        "KEEP_ACTIVE_USERS_INFORMED",
        "BRING_BACK_LAPSED_USERS",
    }
)


class AppEventUpdateRequest(Model):
    data: AppEventUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppEventUpdateRequestData(Model):
    type: _L["appEvents"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: AppEventUpdateRequestDataAttributes | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppEventUpdateRequestDataAttributes(Model):
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
    territory_schedules: (
        list[AppEventUpdateRequestDataAttributesTerritorySchedules] | None | UnsetType
    ) = msgspec.field(default=UNSET, name="territorySchedules")
    __ascapi_nullable__ = frozenset(
        {
            "badge",
            "deep_link",
            "primary_locale",
            "priority",
            "purchase_requirement",
            "purpose",
            "reference_name",
            "territory_schedules",
        }
    )
    __ascapi_enums__ = {"badge": _E1, "priority": _E2, "purpose": _E3}


class AppEventUpdateRequestDataAttributesTerritorySchedules(Model):
    territories: list[str] | None | UnsetType = UNSET
    publish_start: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="publishStart"
    )
    event_start: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="eventStart")
    event_end: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="eventEnd")
    __ascapi_nullable__ = frozenset[str]()
