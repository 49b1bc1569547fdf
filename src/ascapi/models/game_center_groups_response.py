# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.game_center_group import GameCenterGroup
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.game_center_achievement import GameCenterAchievement
    from ascapi.models.game_center_activity import GameCenterActivity
    from ascapi.models.game_center_challenge import GameCenterChallenge
    from ascapi.models.game_center_detail import GameCenterDetail
    from ascapi.models.game_center_leaderboard import GameCenterLeaderboard
    from ascapi.models.game_center_leaderboard_set import GameCenterLeaderboardSet

    _Included = (
        GameCenterAchievement
        | GameCenterActivity
        | GameCenterChallenge
        | GameCenterDetail
        | GameCenterLeaderboard
        | GameCenterLeaderboardSet
        | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "gameCenterAchievements": "ascapi.models.game_center_achievement:GameCenterAchievement",
            "gameCenterActivities": "ascapi.models.game_center_activity:GameCenterActivity",
            "gameCenterChallenges": "ascapi.models.game_center_challenge:GameCenterChallenge",
            "gameCenterDetails": "ascapi.models.game_center_detail:GameCenterDetail",
            "gameCenterLeaderboardSets": "ascapi.models.game_center_leaderboard_set:GameCenterLeaderboardSet",
            "gameCenterLeaderboards": "ascapi.models.game_center_leaderboard:GameCenterLeaderboard",
        }
    )

__all__ = ["GameCenterGroupsResponse"]


class GameCenterGroupsResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[GameCenterGroup]
    else:
        data: list[GameCenterGroup] | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: PagedDocumentLinks
    else:
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
