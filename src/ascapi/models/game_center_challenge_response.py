# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.document_links import DocumentLinks
from ascapi.models.game_center_challenge import GameCenterChallenge

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.game_center_challenge_version import GameCenterChallengeVersion
    from ascapi.models.game_center_detail import GameCenterDetail
    from ascapi.models.game_center_group import GameCenterGroup
    from ascapi.models.game_center_leaderboard import GameCenterLeaderboard

    _Included = (
        GameCenterChallengeVersion
        | GameCenterDetail
        | GameCenterGroup
        | GameCenterLeaderboard
        | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "gameCenterChallengeVersions": "ascapi.models.game_center_challenge_version:GameCenterChallengeVersion",
            "gameCenterDetails": "ascapi.models.game_center_detail:GameCenterDetail",
            "gameCenterGroups": "ascapi.models.game_center_group:GameCenterGroup",
            "gameCenterLeaderboards": "ascapi.models.game_center_leaderboard:GameCenterLeaderboard",
        }
    )

__all__ = ["GameCenterChallengeResponse"]


class GameCenterChallengeResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: GameCenterChallenge
    else:
        data: GameCenterChallenge | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: DocumentLinks
    else:
        links: DocumentLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
