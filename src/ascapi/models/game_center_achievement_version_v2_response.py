# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.document_links import DocumentLinks
from ascapi.models.game_center_achievement_version_v2 import GameCenterAchievementVersionV2

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.game_center_achievement_localization_v2 import (
        GameCenterAchievementLocalizationV2,
    )
    from ascapi.models.game_center_achievement_v2 import GameCenterAchievementV2

    _Included = GameCenterAchievementLocalizationV2 | GameCenterAchievementV2 | Resource
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "gameCenterAchievementLocalizations": "ascapi.models.game_center_achievement_localization_v2:GameCenterAchievementLocalizationV2",
            "gameCenterAchievements": "ascapi.models.game_center_achievement_v2:GameCenterAchievementV2",
        }
    )

__all__ = ["GameCenterAchievementVersionV2Response"]


class GameCenterAchievementVersionV2Response(Document, kw_only=True):
    if TYPE_CHECKING:
        data: GameCenterAchievementVersionV2
    else:
        data: GameCenterAchievementVersionV2 | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: DocumentLinks
    else:
        links: DocumentLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
