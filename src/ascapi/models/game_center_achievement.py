# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks
from ascapi.models.string_to_string_map import StringToStringMap

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterAchievement",
    "GameCenterAchievementAttributes",
    "GameCenterAchievementRelationships",
    "GameCenterAchievementRelationshipsGameCenterDetail",
    "GameCenterAchievementRelationshipsGameCenterDetailData",
    "GameCenterAchievementRelationshipsGameCenterGroup",
    "GameCenterAchievementRelationshipsGameCenterGroupData",
    "GameCenterAchievementRelationshipsGroupAchievement",
    "GameCenterAchievementRelationshipsGroupAchievementData",
    "GameCenterAchievementRelationshipsLocalizations",
    "GameCenterAchievementRelationshipsLocalizationsData",
    "GameCenterAchievementRelationshipsReleases",
    "GameCenterAchievementRelationshipsReleasesData",
    "GameCenterAchievementRelationshipsActivity",
    "GameCenterAchievementRelationshipsActivityData",
]

_E0 = frozenset({"gameCenterAchievements"})
_E1 = frozenset({"gameCenterDetails"})
_E2 = frozenset({"gameCenterGroups"})
_E3 = frozenset({"gameCenterAchievementLocalizations"})
_E4 = frozenset({"gameCenterAchievementReleases"})
_E5 = frozenset({"gameCenterActivities"})


class GameCenterAchievement(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievements"] | str
        id: str
    else:
        type: _L["gameCenterAchievements"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterAchievementAttributes | None | UnsetType = UNSET
    relationships: GameCenterAchievementRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterAchievementAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    vendor_identifier: str | None | UnsetType = msgspec.field(
        default=UNSET, name="vendorIdentifier"
    )
    points: int | None | UnsetType = UNSET
    show_before_earned: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="showBeforeEarned"
    )
    repeatable: bool | None | UnsetType = UNSET
    archived: bool | None | UnsetType = UNSET
    activity_properties: StringToStringMap | None | UnsetType = msgspec.field(
        default=UNSET, name="activityProperties"
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementRelationships(Model):
    game_center_detail: GameCenterAchievementRelationshipsGameCenterDetail | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterDetail")
    )
    game_center_group: GameCenterAchievementRelationshipsGameCenterGroup | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterGroup")
    )
    group_achievement: GameCenterAchievementRelationshipsGroupAchievement | None | UnsetType = (
        msgspec.field(default=UNSET, name="groupAchievement")
    )
    localizations: GameCenterAchievementRelationshipsLocalizations | None | UnsetType = UNSET
    releases: GameCenterAchievementRelationshipsReleases | None | UnsetType = UNSET
    activity: GameCenterAchievementRelationshipsActivity | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementRelationshipsGameCenterDetail(Model):
    data: GameCenterAchievementRelationshipsGameCenterDetailData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementRelationshipsGameCenterDetailData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterDetails"] | str
        id: str
    else:
        type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterAchievementRelationshipsGameCenterGroup(Model):
    data: GameCenterAchievementRelationshipsGameCenterGroupData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementRelationshipsGameCenterGroupData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterGroups"] | str
        id: str
    else:
        type: _L["gameCenterGroups"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterAchievementRelationshipsGroupAchievement(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: GameCenterAchievementRelationshipsGroupAchievementData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementRelationshipsGroupAchievementData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievements"] | str
        id: str
    else:
        type: _L["gameCenterAchievements"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterAchievementRelationshipsLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterAchievementRelationshipsLocalizationsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementRelationshipsLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievementLocalizations"] | str
        id: str
    else:
        type: _L["gameCenterAchievementLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class GameCenterAchievementRelationshipsReleases(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterAchievementRelationshipsReleasesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementRelationshipsReleasesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievementReleases"] | str
        id: str
    else:
        type: _L["gameCenterAchievementReleases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class GameCenterAchievementRelationshipsActivity(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: GameCenterAchievementRelationshipsActivityData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementRelationshipsActivityData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterActivities"] | str
        id: str
    else:
        type: _L["gameCenterActivities"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}
