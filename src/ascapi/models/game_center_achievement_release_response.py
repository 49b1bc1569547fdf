# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.document_links import DocumentLinks
from ascapi.models.game_center_achievement_release import GameCenterAchievementRelease

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.game_center_achievement import GameCenterAchievement
    from ascapi.models.game_center_detail import GameCenterDetail

    _Included = GameCenterAchievement | GameCenterDetail | Resource
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "gameCenterAchievements": "ascapi.models.game_center_achievement:GameCenterAchievement",
            "gameCenterDetails": "ascapi.models.game_center_detail:GameCenterDetail",
        }
    )

__all__ = ["GameCenterAchievementReleaseResponse"]


class GameCenterAchievementReleaseResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: GameCenterAchievementRelease
    else:
        data: GameCenterAchievementRelease | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: DocumentLinks
    else:
        links: DocumentLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
