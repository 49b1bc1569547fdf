# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.game_center_leaderboard_set import GameCenterLeaderboardSet
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.game_center_detail import GameCenterDetail
    from ascapi.models.game_center_group import GameCenterGroup
    from ascapi.models.game_center_leaderboard import GameCenterLeaderboard
    from ascapi.models.game_center_leaderboard_set_localization import (
        GameCenterLeaderboardSetLocalization,
    )
    from ascapi.models.game_center_leaderboard_set_release import GameCenterLeaderboardSetRelease

    _Included = (
        GameCenterDetail
        | GameCenterGroup
        | GameCenterLeaderboard
        | GameCenterLeaderboardSet
        | GameCenterLeaderboardSetLocalization
        | GameCenterLeaderboardSetRelease
        | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "gameCenterDetails": "ascapi.models.game_center_detail:GameCenterDetail",
            "gameCenterGroups": "ascapi.models.game_center_group:GameCenterGroup",
            "gameCenterLeaderboardSetLocalizations": "ascapi.models.game_center_leaderboard_set_localization:GameCenterLeaderboardSetLocalization",
            "gameCenterLeaderboardSetReleases": "ascapi.models.game_center_leaderboard_set_release:GameCenterLeaderboardSetRelease",
            "gameCenterLeaderboardSets": "ascapi.models.game_center_leaderboard_set:GameCenterLeaderboardSet",
            "gameCenterLeaderboards": "ascapi.models.game_center_leaderboard:GameCenterLeaderboard",
        }
    )

__all__ = ["GameCenterLeaderboardSetsResponse"]


class GameCenterLeaderboardSetsResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[GameCenterLeaderboardSet]
    else:
        data: list[GameCenterLeaderboardSet] | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: PagedDocumentLinks
    else:
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
