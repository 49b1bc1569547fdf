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
    "AppEventLocalization",
    "AppEventLocalizationAttributes",
    "AppEventLocalizationRelationships",
    "AppEventLocalizationRelationshipsAppEvent",
    "AppEventLocalizationRelationshipsAppEventData",
    "AppEventLocalizationRelationshipsAppEventScreenshots",
    "AppEventLocalizationRelationshipsAppEventScreenshotsData",
    "AppEventLocalizationRelationshipsAppEventVideoClips",
    "AppEventLocalizationRelationshipsAppEventVideoClipsData",
]

_E0 = frozenset({"appEventLocalizations"})
_E1 = frozenset({"appEvents"})
_E2 = frozenset({"appEventScreenshots"})
_E3 = frozenset({"appEventVideoClips"})


class AppEventLocalization(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appEventLocalizations"] | str
        id: str
    else:
        type: _L["appEventLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppEventLocalizationAttributes | None | UnsetType = UNSET
    relationships: AppEventLocalizationRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppEventLocalizationAttributes(Model):
    locale: str | None | UnsetType = UNSET
    name: str | None | UnsetType = UNSET
    short_description: str | None | UnsetType = msgspec.field(
        default=UNSET, name="shortDescription"
    )
    long_description: str | None | UnsetType = msgspec.field(default=UNSET, name="longDescription")
    __ascapi_nullable__ = frozenset[str]()


class AppEventLocalizationRelationships(Model):
    app_event: AppEventLocalizationRelationshipsAppEvent | None | UnsetType = msgspec.field(
        default=UNSET, name="appEvent"
    )
    app_event_screenshots: (
        AppEventLocalizationRelationshipsAppEventScreenshots | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appEventScreenshots")
    app_event_video_clips: (
        AppEventLocalizationRelationshipsAppEventVideoClips | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appEventVideoClips")
    __ascapi_nullable__ = frozenset[str]()


class AppEventLocalizationRelationshipsAppEvent(Model):
    data: AppEventLocalizationRelationshipsAppEventData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppEventLocalizationRelationshipsAppEventData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appEvents"] | str
        id: str
    else:
        type: _L["appEvents"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class AppEventLocalizationRelationshipsAppEventScreenshots(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppEventLocalizationRelationshipsAppEventScreenshotsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppEventLocalizationRelationshipsAppEventScreenshotsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appEventScreenshots"] | str
        id: str
    else:
        type: _L["appEventScreenshots"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class AppEventLocalizationRelationshipsAppEventVideoClips(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppEventLocalizationRelationshipsAppEventVideoClipsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppEventLocalizationRelationshipsAppEventVideoClipsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appEventVideoClips"] | str
        id: str
    else:
        type: _L["appEventVideoClips"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
