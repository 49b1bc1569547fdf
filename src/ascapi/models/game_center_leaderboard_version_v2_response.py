# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.document_links import DocumentLinks
from ascapi.models.game_center_leaderboard_version_v2 import GameCenterLeaderboardVersionV2

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.game_center_leaderboard_localization_v2 import (
        GameCenterLeaderboardLocalizationV2,
    )
    from ascapi.models.game_center_leaderboard_v2 import GameCenterLeaderboardV2

    _Included = GameCenterLeaderboardLocalizationV2 | GameCenterLeaderboardV2 | Resource
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "gameCenterLeaderboardLocalizations": "ascapi.models.game_center_leaderboard_localization_v2:GameCenterLeaderboardLocalizationV2",
            "gameCenterLeaderboards": "ascapi.models.game_center_leaderboard_v2:GameCenterLeaderboardV2",
        }
    )

__all__ = ["GameCenterLeaderboardVersionV2Response"]


class GameCenterLeaderboardVersionV2Response(Document, kw_only=True):
    if TYPE_CHECKING:
        data: GameCenterLeaderboardVersionV2
    else:
        data: GameCenterLeaderboardVersionV2 | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: DocumentLinks
    else:
        links: DocumentLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
