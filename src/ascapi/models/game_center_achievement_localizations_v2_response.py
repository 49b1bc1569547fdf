# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.game_center_achievement_localization_v2 import (
    GameCenterAchievementLocalizationV2,
)
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.game_center_achievement_image_v2 import GameCenterAchievementImageV2
    from ascapi.models.game_center_achievement_version_v2 import GameCenterAchievementVersionV2

    _Included = GameCenterAchievementImageV2 | GameCenterAchievementVersionV2 | Resource
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "gameCenterAchievementImages": "ascapi.models.game_center_achievement_image_v2:GameCenterAchievementImageV2",
            "gameCenterAchievementVersions": "ascapi.models.game_center_achievement_version_v2:GameCenterAchievementVersionV2",
        }
    )

__all__ = ["GameCenterAchievementLocalizationsV2Response"]


class GameCenterAchievementLocalizationsV2Response(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[GameCenterAchievementLocalizationV2]
    else:
        data: list[GameCenterAchievementLocalizationV2] | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: PagedDocumentLinks
    else:
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
