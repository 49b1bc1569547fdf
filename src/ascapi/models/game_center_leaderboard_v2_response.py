# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.document_links import DocumentLinks
from ascapi.models.game_center_leaderboard_v2 import GameCenterLeaderboardV2

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.game_center_activity import GameCenterActivity
    from ascapi.models.game_center_challenge import GameCenterChallenge
    from ascapi.models.game_center_detail import GameCenterDetail
    from ascapi.models.game_center_group import GameCenterGroup
    from ascapi.models.game_center_leaderboard_set_v2 import GameCenterLeaderboardSetV2
    from ascapi.models.game_center_leaderboard_version_v2 import GameCenterLeaderboardVersionV2

    _Included = (
        GameCenterActivity
        | GameCenterChallenge
        | GameCenterDetail
        | GameCenterGroup
        | GameCenterLeaderboardSetV2
        | GameCenterLeaderboardVersionV2
        | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "gameCenterActivities": "ascapi.models.game_center_activity:GameCenterActivity",
            "gameCenterChallenges": "ascapi.models.game_center_challenge:GameCenterChallenge",
            "gameCenterDetails": "ascapi.models.game_center_detail:GameCenterDetail",
            "gameCenterGroups": "ascapi.models.game_center_group:GameCenterGroup",
            "gameCenterLeaderboardSets": "ascapi.models.game_center_leaderboard_set_v2:GameCenterLeaderboardSetV2",
            "gameCenterLeaderboardVersions": "ascapi.models.game_center_leaderboard_version_v2:GameCenterLeaderboardVersionV2",
        }
    )

__all__ = ["GameCenterLeaderboardV2Response"]


class GameCenterLeaderboardV2Response(Document, kw_only=True):
    if TYPE_CHECKING:
        data: GameCenterLeaderboardV2
    else:
        data: GameCenterLeaderboardV2 | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: DocumentLinks
    else:
        links: DocumentLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
