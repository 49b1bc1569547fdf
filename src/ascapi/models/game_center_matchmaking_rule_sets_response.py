# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.game_center_matchmaking_rule_set import GameCenterMatchmakingRuleSet
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.game_center_matchmaking_queue import GameCenterMatchmakingQueue
    from ascapi.models.game_center_matchmaking_rule import GameCenterMatchmakingRule
    from ascapi.models.game_center_matchmaking_team import GameCenterMatchmakingTeam

    _Included = (
        GameCenterMatchmakingQueue
        | GameCenterMatchmakingRule
        | GameCenterMatchmakingTeam
        | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "gameCenterMatchmakingQueues": "ascapi.models.game_center_matchmaking_queue:GameCenterMatchmakingQueue",
            "gameCenterMatchmakingRules": "ascapi.models.game_center_matchmaking_rule:GameCenterMatchmakingRule",
            "gameCenterMatchmakingTeams": "ascapi.models.game_center_matchmaking_team:GameCenterMatchmakingTeam",
        }
    )

__all__ = ["GameCenterMatchmakingRuleSetsResponse"]


class GameCenterMatchmakingRuleSetsResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[GameCenterMatchmakingRuleSet]
    else:
        data: list[GameCenterMatchmakingRuleSet] | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: PagedDocumentLinks
    else:
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
