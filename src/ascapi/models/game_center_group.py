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
    "GameCenterGroup",
    "GameCenterGroupAttributes",
    "GameCenterGroupRelationships",
    "GameCenterGroupRelationshipsGameCenterDetails",
    "GameCenterGroupRelationshipsGameCenterDetailsData",
    "GameCenterGroupRelationshipsGameCenterLeaderboards",
    "GameCenterGroupRelationshipsGameCenterLeaderboardsData",
    "GameCenterGroupRelationshipsGameCenterLeaderboardsV2",
    "GameCenterGroupRelationshipsGameCenterLeaderboardSets",
    "GameCenterGroupRelationshipsGameCenterLeaderboardSetsData",
    "GameCenterGroupRelationshipsGameCenterLeaderboardSetsV2",
    "GameCenterGroupRelationshipsGameCenterAchievements",
    "GameCenterGroupRelationshipsGameCenterAchievementsData",
    "GameCenterGroupRelationshipsGameCenterAchievementsV2",
    "GameCenterGroupRelationshipsGameCenterActivities",
    "GameCenterGroupRelationshipsGameCenterActivitiesData",
    "GameCenterGroupRelationshipsGameCenterChallenges",
    "GameCenterGroupRelationshipsGameCenterChallengesData",
]

_E0 = frozenset({"gameCenterGroups"})
_E1 = frozenset({"gameCenterDetails"})
_E2 = frozenset({"gameCenterLeaderboards"})
_E3 = frozenset({"gameCenterLeaderboardSets"})
_E4 = frozenset({"gameCenterAchievements"})
_E5 = frozenset({"gameCenterActivities"})
_E6 = frozenset({"gameCenterChallenges"})


class GameCenterGroup(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterGroups"] | str
        id: str
    else:
        type: _L["gameCenterGroups"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterGroupAttributes | None | UnsetType = UNSET
    relationships: GameCenterGroupRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterGroupAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterGroupRelationships(Model):
    game_center_details: GameCenterGroupRelationshipsGameCenterDetails | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterDetails")
    )
    game_center_leaderboards: (
        GameCenterGroupRelationshipsGameCenterLeaderboards | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboards")
    game_center_leaderboards_v2: (
        GameCenterGroupRelationshipsGameCenterLeaderboardsV2 | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardsV2")
    game_center_leaderboard_sets: (
        GameCenterGroupRelationshipsGameCenterLeaderboardSets | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardSets")
    game_center_leaderboard_sets_v2: (
        GameCenterGroupRelationshipsGameCenterLeaderboardSetsV2 | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardSetsV2")
    game_center_achievements: (
        GameCenterGroupRelationshipsGameCenterAchievements | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterAchievements")
    game_center_achievements_v2: (
        GameCenterGroupRelationshipsGameCenterAchievementsV2 | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterAchievementsV2")
    game_center_activities: GameCenterGroupRelationshipsGameCenterActivities | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterActivities")
    )
    game_center_challenges: GameCenterGroupRelationshipsGameCenterChallenges | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterChallenges")
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterGroupRelationshipsGameCenterDetails(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterGroupRelationshipsGameCenterDetailsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterGroupRelationshipsGameCenterDetailsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterDetails"] | str
        id: str
    else:
        type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterGroupRelationshipsGameCenterLeaderboards(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterGroupRelationshipsGameCenterLeaderboardsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterGroupRelationshipsGameCenterLeaderboardsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboards"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterGroupRelationshipsGameCenterLeaderboardsV2(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterGroupRelationshipsGameCenterLeaderboardsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterGroupRelationshipsGameCenterLeaderboardSets(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterGroupRelationshipsGameCenterLeaderboardSetsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterGroupRelationshipsGameCenterLeaderboardSetsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSets"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class GameCenterGroupRelationshipsGameCenterLeaderboardSetsV2(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterGroupRelationshipsGameCenterLeaderboardSetsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterGroupRelationshipsGameCenterAchievements(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterGroupRelationshipsGameCenterAchievementsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterGroupRelationshipsGameCenterAchievementsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievements"] | str
        id: str
    else:
        type: _L["gameCenterAchievements"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class GameCenterGroupRelationshipsGameCenterAchievementsV2(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterGroupRelationshipsGameCenterAchievementsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterGroupRelationshipsGameCenterActivities(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterGroupRelationshipsGameCenterActivitiesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterGroupRelationshipsGameCenterActivitiesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterActivities"] | str
        id: str
    else:
        type: _L["gameCenterActivities"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class GameCenterGroupRelationshipsGameCenterChallenges(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterGroupRelationshipsGameCenterChallengesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterGroupRelationshipsGameCenterChallengesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterChallenges"] | str
        id: str
    else:
        type: _L["gameCenterChallenges"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}
