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
    "GameCenterDetail",
    "GameCenterDetailAttributes",
    "GameCenterDetailRelationships",
    "GameCenterDetailRelationshipsApp",
    "GameCenterDetailRelationshipsAppData",
    "GameCenterDetailRelationshipsGameCenterAppVersions",
    "GameCenterDetailRelationshipsGameCenterAppVersionsData",
    "GameCenterDetailRelationshipsGameCenterGroup",
    "GameCenterDetailRelationshipsGameCenterGroupData",
    "GameCenterDetailRelationshipsGameCenterLeaderboards",
    "GameCenterDetailRelationshipsGameCenterLeaderboardsData",
    "GameCenterDetailRelationshipsGameCenterLeaderboardsV2",
    "GameCenterDetailRelationshipsGameCenterLeaderboardSets",
    "GameCenterDetailRelationshipsGameCenterLeaderboardSetsData",
    "GameCenterDetailRelationshipsGameCenterLeaderboardSetsV2",
    "GameCenterDetailRelationshipsGameCenterAchievements",
    "GameCenterDetailRelationshipsGameCenterAchievementsData",
    "GameCenterDetailRelationshipsGameCenterAchievementsV2",
    "GameCenterDetailRelationshipsGameCenterActivities",
    "GameCenterDetailRelationshipsGameCenterActivitiesData",
    "GameCenterDetailRelationshipsGameCenterChallenges",
    "GameCenterDetailRelationshipsGameCenterChallengesData",
    "GameCenterDetailRelationshipsDefaultLeaderboard",
    "GameCenterDetailRelationshipsDefaultLeaderboardV2",
    "GameCenterDetailRelationshipsAchievementReleases",
    "GameCenterDetailRelationshipsAchievementReleasesData",
    "GameCenterDetailRelationshipsActivityReleases",
    "GameCenterDetailRelationshipsActivityReleasesData",
    "GameCenterDetailRelationshipsChallengeReleases",
    "GameCenterDetailRelationshipsChallengeReleasesData",
    "GameCenterDetailRelationshipsLeaderboardReleases",
    "GameCenterDetailRelationshipsLeaderboardReleasesData",
    "GameCenterDetailRelationshipsLeaderboardSetReleases",
    "GameCenterDetailRelationshipsLeaderboardSetReleasesData",
    "GameCenterDetailRelationshipsChallengesMinimumPlatformVersions",
    "GameCenterDetailRelationshipsChallengesMinimumPlatformVersionsData",
]

_E0 = frozenset({"gameCenterDetails"})
_E1 = frozenset({"apps"})
_E2 = frozenset({"gameCenterAppVersions"})
_E3 = frozenset({"gameCenterGroups"})
_E4 = frozenset({"gameCenterLeaderboards"})
_E5 = frozenset({"gameCenterLeaderboardSets"})
_E6 = frozenset({"gameCenterAchievements"})
_E7 = frozenset({"gameCenterActivities"})
_E8 = frozenset({"gameCenterChallenges"})
_E9 = frozenset({"gameCenterAchievementReleases"})
_E10 = frozenset({"gameCenterActivityVersionReleases"})
_E11 = frozenset({"gameCenterChallengeVersionReleases"})
_E12 = frozenset({"gameCenterLeaderboardReleases"})
_E13 = frozenset({"gameCenterLeaderboardSetReleases"})
_E14 = frozenset({"appStoreVersions"})


class GameCenterDetail(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterDetails"] | str
        id: str
    else:
        type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterDetailAttributes | None | UnsetType = UNSET
    relationships: GameCenterDetailRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterDetailAttributes(Model):
    arcade_enabled: bool | None | UnsetType = msgspec.field(default=UNSET, name="arcadeEnabled")
    challenge_enabled: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="challengeEnabled"
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationships(Model):
    app: GameCenterDetailRelationshipsApp | None | UnsetType = UNSET
    game_center_app_versions: (
        GameCenterDetailRelationshipsGameCenterAppVersions | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterAppVersions")
    game_center_group: GameCenterDetailRelationshipsGameCenterGroup | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterGroup")
    )
    game_center_leaderboards: (
        GameCenterDetailRelationshipsGameCenterLeaderboards | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboards")
    game_center_leaderboards_v2: (
        GameCenterDetailRelationshipsGameCenterLeaderboardsV2 | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardsV2")
    game_center_leaderboard_sets: (
        GameCenterDetailRelationshipsGameCenterLeaderboardSets | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardSets")
    game_center_leaderboard_sets_v2: (
        GameCenterDetailRelationshipsGameCenterLeaderboardSetsV2 | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardSetsV2")
    game_center_achievements: (
        GameCenterDetailRelationshipsGameCenterAchievements | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterAchievements")
    game_center_achievements_v2: (
        GameCenterDetailRelationshipsGameCenterAchievementsV2 | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterAchievementsV2")
    game_center_activities: GameCenterDetailRelationshipsGameCenterActivities | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterActivities")
    )
    game_center_challenges: GameCenterDetailRelationshipsGameCenterChallenges | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterChallenges")
    )
    default_leaderboard: GameCenterDetailRelationshipsDefaultLeaderboard | None | UnsetType = (
        msgspec.field(default=UNSET, name="defaultLeaderboard")
    )
    default_leaderboard_v2: GameCenterDetailRelationshipsDefaultLeaderboardV2 | None | UnsetType = (
        msgspec.field(default=UNSET, name="defaultLeaderboardV2")
    )
    default_group_leaderboard: (
        GameCenterDetailRelationshipsDefaultLeaderboard | None | UnsetType
    ) = msgspec.field(default=UNSET, name="defaultGroupLeaderboard")
    default_group_leaderboard_v2: (
        GameCenterDetailRelationshipsDefaultLeaderboardV2 | None | UnsetType
    ) = msgspec.field(default=UNSET, name="defaultGroupLeaderboardV2")
    achievement_releases: GameCenterDetailRelationshipsAchievementReleases | None | UnsetType = (
        msgspec.field(default=UNSET, name="achievementReleases")
    )
    activity_releases: GameCenterDetailRelationshipsActivityReleases | None | UnsetType = (
        msgspec.field(default=UNSET, name="activityReleases")
    )
    challenge_releases: GameCenterDetailRelationshipsChallengeReleases | None | UnsetType = (
        msgspec.field(default=UNSET, name="challengeReleases")
    )
    leaderboard_releases: GameCenterDetailRelationshipsLeaderboardReleases | None | UnsetType = (
        msgspec.field(default=UNSET, name="leaderboardReleases")
    )
    leaderboard_set_releases: (
        GameCenterDetailRelationshipsLeaderboardSetReleases | None | UnsetType
    ) = msgspec.field(default=UNSET, name="leaderboardSetReleases")
    challenges_minimum_platform_versions: (
        GameCenterDetailRelationshipsChallengesMinimumPlatformVersions | None | UnsetType
    ) = msgspec.field(default=UNSET, name="challengesMinimumPlatformVersions")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationshipsApp(Model):
    data: GameCenterDetailRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterDetailRelationshipsGameCenterAppVersions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterDetailRelationshipsGameCenterAppVersionsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationshipsGameCenterAppVersionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAppVersions"] | str
        id: str
    else:
        type: _L["gameCenterAppVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterDetailRelationshipsGameCenterGroup(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: GameCenterDetailRelationshipsGameCenterGroupData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationshipsGameCenterGroupData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterGroups"] | str
        id: str
    else:
        type: _L["gameCenterGroups"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class GameCenterDetailRelationshipsGameCenterLeaderboards(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterDetailRelationshipsGameCenterLeaderboardsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationshipsGameCenterLeaderboardsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboards"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class GameCenterDetailRelationshipsGameCenterLeaderboardsV2(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterDetailRelationshipsGameCenterLeaderboardsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationshipsGameCenterLeaderboardSets(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterDetailRelationshipsGameCenterLeaderboardSetsData] | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationshipsGameCenterLeaderboardSetsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSets"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class GameCenterDetailRelationshipsGameCenterLeaderboardSetsV2(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterDetailRelationshipsGameCenterLeaderboardSetsData] | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationshipsGameCenterAchievements(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterDetailRelationshipsGameCenterAchievementsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationshipsGameCenterAchievementsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievements"] | str
        id: str
    else:
        type: _L["gameCenterAchievements"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}


class GameCenterDetailRelationshipsGameCenterAchievementsV2(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterDetailRelationshipsGameCenterAchievementsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationshipsGameCenterActivities(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterDetailRelationshipsGameCenterActivitiesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationshipsGameCenterActivitiesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterActivities"] | str
        id: str
    else:
        type: _L["gameCenterActivities"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E7}


class GameCenterDetailRelationshipsGameCenterChallenges(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterDetailRelationshipsGameCenterChallengesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationshipsGameCenterChallengesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterChallenges"] | str
        id: str
    else:
        type: _L["gameCenterChallenges"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E8}


class GameCenterDetailRelationshipsDefaultLeaderboard(Model):
    data: GameCenterDetailRelationshipsGameCenterLeaderboardsData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationshipsDefaultLeaderboardV2(Model):
    data: GameCenterDetailRelationshipsGameCenterLeaderboardsData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationshipsAchievementReleases(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterDetailRelationshipsAchievementReleasesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationshipsAchievementReleasesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievementReleases"] | str
        id: str
    else:
        type: _L["gameCenterAchievementReleases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E9}


class GameCenterDetailRelationshipsActivityReleases(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterDetailRelationshipsActivityReleasesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationshipsActivityReleasesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterActivityVersionReleases"] | str
        id: str
    else:
        type: _L["gameCenterActivityVersionReleases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E10}


class GameCenterDetailRelationshipsChallengeReleases(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterDetailRelationshipsChallengeReleasesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationshipsChallengeReleasesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterChallengeVersionReleases"] | str
        id: str
    else:
        type: _L["gameCenterChallengeVersionReleases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E11}


class GameCenterDetailRelationshipsLeaderboardReleases(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterDetailRelationshipsLeaderboardReleasesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationshipsLeaderboardReleasesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardReleases"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardReleases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E12}


class GameCenterDetailRelationshipsLeaderboardSetReleases(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterDetailRelationshipsLeaderboardSetReleasesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationshipsLeaderboardSetReleasesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSetReleases"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSetReleases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E13}


class GameCenterDetailRelationshipsChallengesMinimumPlatformVersions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[GameCenterDetailRelationshipsChallengesMinimumPlatformVersionsData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailRelationshipsChallengesMinimumPlatformVersionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersions"] | str
        id: str
    else:
        type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E14}
