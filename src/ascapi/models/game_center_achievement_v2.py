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
    "GameCenterAchievementV2",
    "GameCenterAchievementV2Attributes",
    "GameCenterAchievementV2Relationships",
    "GameCenterAchievementV2RelationshipsGameCenterDetail",
    "GameCenterAchievementV2RelationshipsGameCenterDetailData",
    "GameCenterAchievementV2RelationshipsGameCenterGroup",
    "GameCenterAchievementV2RelationshipsGameCenterGroupData",
    "GameCenterAchievementV2RelationshipsActivity",
    "GameCenterAchievementV2RelationshipsActivityData",
    "GameCenterAchievementV2RelationshipsVersions",
    "GameCenterAchievementV2RelationshipsVersionsData",
]

_E0 = frozenset({"gameCenterAchievements"})
_E1 = frozenset({"gameCenterDetails"})
_E2 = frozenset({"gameCenterGroups"})
_E3 = frozenset({"gameCenterActivities"})
_E4 = frozenset({"gameCenterAchievementVersions"})


class GameCenterAchievementV2(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievements"] | str
        id: str
    else:
        type: _L["gameCenterAchievements"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterAchievementV2Attributes | None | UnsetType = UNSET
    relationships: GameCenterAchievementV2Relationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterAchievementV2Attributes(Model):
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


class GameCenterAchievementV2Relationships(Model):
    game_center_detail: GameCenterAchievementV2RelationshipsGameCenterDetail | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterDetail")
    )
    game_center_group: GameCenterAchievementV2RelationshipsGameCenterGroup | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterGroup")
    )
    activity: GameCenterAchievementV2RelationshipsActivity | None | UnsetType = UNSET
    versions: GameCenterAchievementV2RelationshipsVersions | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementV2RelationshipsGameCenterDetail(Model):
    data: GameCenterAchievementV2RelationshipsGameCenterDetailData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementV2RelationshipsGameCenterDetailData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterDetails"] | str
        id: str
    else:
        type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterAchievementV2RelationshipsGameCenterGroup(Model):
    data: GameCenterAchievementV2RelationshipsGameCenterGroupData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementV2RelationshipsGameCenterGroupData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterGroups"] | str
        id: str
    else:
        type: _L["gameCenterGroups"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterAchievementV2RelationshipsActivity(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: GameCenterAchievementV2RelationshipsActivityData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementV2RelationshipsActivityData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterActivities"] | str
        id: str
    else:
        type: _L["gameCenterActivities"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class GameCenterAchievementV2RelationshipsVersions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterAchievementV2RelationshipsVersionsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementV2RelationshipsVersionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievementVersions"] | str
        id: str
    else:
        type: _L["gameCenterAchievementVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
