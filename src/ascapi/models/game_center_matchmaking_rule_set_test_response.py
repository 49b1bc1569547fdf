# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.document_links import DocumentLinks
from ascapi.models.game_center_matchmaking_rule_set_test import GameCenterMatchmakingRuleSetTest

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.game_center_matchmaking_test_player_property import (
        GameCenterMatchmakingTestPlayerProperty,
    )
    from ascapi.models.game_center_matchmaking_test_request import GameCenterMatchmakingTestRequest

    _Included = (
        GameCenterMatchmakingTestPlayerProperty | GameCenterMatchmakingTestRequest | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "gameCenterMatchmakingTestPlayerProperties": "ascapi.models.game_center_matchmaking_test_player_property:GameCenterMatchmakingTestPlayerProperty",
            "gameCenterMatchmakingTestRequests": "ascapi.models.game_center_matchmaking_test_request:GameCenterMatchmakingTestRequest",
        }
    )

__all__ = ["GameCenterMatchmakingRuleSetTestResponse"]


class GameCenterMatchmakingRuleSetTestResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: GameCenterMatchmakingRuleSetTest
    else:
        data: GameCenterMatchmakingRuleSetTest | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: DocumentLinks
    else:
        links: DocumentLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
