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
    "GameCenterActivity",
    "GameCenterActivityAttributes",
    "GameCenterActivityRelationships",
    "GameCenterActivityRelationshipsGameCenterDetail",
    "GameCenterActivityRelationshipsGameCenterDetailData",
    "GameCenterActivityRelationshipsGameCenterGroup",
    "GameCenterActivityRelationshipsGameCenterGroupData",
    "GameCenterActivityRelationshipsAchievements",
    "GameCenterActivityRelationshipsAchievementsData",
    "GameCenterActivityRelationshipsAchievementsV2",
    "GameCenterActivityRelationshipsLeaderboards",
    "GameCenterActivityRelationshipsLeaderboardsData",
    "GameCenterActivityRelationshipsLeaderboardsV2",
    "GameCenterActivityRelationshipsVersions",
    "GameCenterActivityRelationshipsVersionsData",
]

_E0 = frozenset({"gameCenterActivities"})
_E1 = frozenset({"ASYNCHRONOUS", "SYNCHRONOUS"})
_E2 = frozenset({"gameCenterDetails"})
_E3 = frozenset({"gameCenterGroups"})
_E4 = frozenset({"gameCenterAchievements"})
_E5 = frozenset({"gameCenterLeaderboards"})
_E6 = frozenset({"gameCenterActivityVersions"})


class GameCenterActivity(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterActivities"] | str
        id: str
    else:
        type: _L["gameCenterActivities"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterActivityAttributes | None | UnsetType = UNSET
    relationships: GameCenterActivityRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterActivityAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    vendor_identifier: str | None | UnsetType = msgspec.field(
        default=UNSET, name="vendorIdentifier"
    )
    play_style: _L["ASYNCHRONOUS", "SYNCHRONOUS"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="playStyle"
    )
    minimum_players_count: int | None | UnsetType = msgspec.field(
        default=UNSET, name="minimumPlayersCount"
    )
    maximum_players_count: int | None | UnsetType = msgspec.field(
        default=UNSET, name="maximumPlayersCount"
    )
    supports_party_code: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="supportsPartyCode"
    )
    archived: bool | None | UnsetType = UNSET
    properties: StringToStringMap | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"play_style": _E1}


class GameCenterActivityRelationships(Model):
    game_center_detail: GameCenterActivityRelationshipsGameCenterDetail | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterDetail")
    )
    game_center_group: GameCenterActivityRelationshipsGameCenterGroup | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterGroup")
    )
    achievements: GameCenterActivityRelationshipsAchievements | None | UnsetType = UNSET
    achievements_v2: GameCenterActivityRelationshipsAchievementsV2 | None | UnsetType = (
        msgspec.field(default=UNSET, name="achievementsV2")
    )
    leaderboards: GameCenterActivityRelationshipsLeaderboards | None | UnsetType = UNSET
    leaderboards_v2: GameCenterActivityRelationshipsLeaderboardsV2 | None | UnsetType = (
        msgspec.field(default=UNSET, name="leaderboardsV2")
    )
    versions: GameCenterActivityRelationshipsVersions | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityRelationshipsGameCenterDetail(Model):
    data: GameCenterActivityRelationshipsGameCenterDetailData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityRelationshipsGameCenterDetailData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterDetails"] | str
        id: str
    else:
        type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterActivityRelationshipsGameCenterGroup(Model):
    data: GameCenterActivityRelationshipsGameCenterGroupData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityRelationshipsGameCenterGroupData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterGroups"] | str
        id: str
    else:
        type: _L["gameCenterGroups"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class GameCenterActivityRelationshipsAchievements(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterActivityRelationshipsAchievementsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityRelationshipsAchievementsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievements"] | str
        id: str
    else:
        type: _L["gameCenterAchievements"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class GameCenterActivityRelationshipsAchievementsV2(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterActivityRelationshipsAchievementsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityRelationshipsLeaderboards(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterActivityRelationshipsLeaderboardsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityRelationshipsLeaderboardsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboards"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class GameCenterActivityRelationshipsLeaderboardsV2(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterActivityRelationshipsLeaderboardsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityRelationshipsVersions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterActivityRelationshipsVersionsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityRelationshipsVersionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterActivityVersions"] | str
        id: str
    else:
        type: _L["gameCenterActivityVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}
