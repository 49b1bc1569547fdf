# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.game_center_detail import GameCenterDetail
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.app import App
    from ascapi.models.app_store_version import AppStoreVersion
    from ascapi.models.game_center_achievement import GameCenterAchievement
    from ascapi.models.game_center_achievement_release import GameCenterAchievementRelease
    from ascapi.models.game_center_activity import GameCenterActivity
    from ascapi.models.game_center_activity_version_release import GameCenterActivityVersionRelease
    from ascapi.models.game_center_app_version import GameCenterAppVersion
    from ascapi.models.game_center_challenge import GameCenterChallenge
    from ascapi.models.game_center_challenge_version_release import (
        GameCenterChallengeVersionRelease,
    )
    from ascapi.models.game_center_group import GameCenterGroup
    from ascapi.models.game_center_leaderboard import GameCenterLeaderboard
    from ascapi.models.game_center_leaderboard_release import GameCenterLeaderboardRelease
    from ascapi.models.game_center_leaderboard_set import GameCenterLeaderboardSet
    from ascapi.models.game_center_leaderboard_set_release import GameCenterLeaderboardSetRelease

    _Included = (
        App
        | AppStoreVersion
        | GameCenterAchievement
        | GameCenterAchievementRelease
        | GameCenterActivity
        | GameCenterActivityVersionRelease
        | GameCenterAppVersion
        | GameCenterChallenge
        | GameCenterChallengeVersionRelease
        | GameCenterGroup
        | GameCenterLeaderboard
        | GameCenterLeaderboardRelease
        | GameCenterLeaderboardSet
        | GameCenterLeaderboardSetRelease
        | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "appStoreVersions": "ascapi.models.app_store_version:AppStoreVersion",
            "apps": "ascapi.models.app:App",
            "gameCenterAchievementReleases": "ascapi.models.game_center_achievement_release:GameCenterAchievementRelease",
            "gameCenterAchievements": "ascapi.models.game_center_achievement:GameCenterAchievement",
            "gameCenterActivities": "ascapi.models.game_center_activity:GameCenterActivity",
            "gameCenterActivityVersionReleases": "ascapi.models.game_center_activity_version_release:GameCenterActivityVersionRelease",
            "gameCenterAppVersions": "ascapi.models.game_center_app_version:GameCenterAppVersion",
            "gameCenterChallengeVersionReleases": "ascapi.models.game_center_challenge_version_release:GameCenterChallengeVersionRelease",
            "gameCenterChallenges": "ascapi.models.game_center_challenge:GameCenterChallenge",
            "gameCenterGroups": "ascapi.models.game_center_group:GameCenterGroup",
            "gameCenterLeaderboardReleases": "ascapi.models.game_center_leaderboard_release:GameCenterLeaderboardRelease",
            "gameCenterLeaderboardSetReleases": "ascapi.models.game_center_leaderboard_set_release:GameCenterLeaderboardSetRelease",
            "gameCenterLeaderboardSets": "ascapi.models.game_center_leaderboard_set:GameCenterLeaderboardSet",
            "gameCenterLeaderboards": "ascapi.models.game_center_leaderboard:GameCenterLeaderboard",
        }
    )

__all__ = ["GameCenterDetailsResponse"]


class GameCenterDetailsResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[GameCenterDetail]
    else:
        data: list[GameCenterDetail] | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: PagedDocumentLinks
    else:
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
