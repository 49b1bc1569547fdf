# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.game_center_matchmaking_team_assignment import (
    GameCenterMatchmakingTeamAssignment,
)
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterMatchmakingRuleSetTest",
    "GameCenterMatchmakingRuleSetTestAttributes",
    "GameCenterMatchmakingRuleSetTestAttributesMatchmakingResults",
]

_E0 = frozenset({"gameCenterMatchmakingRuleSetTests"})


class GameCenterMatchmakingRuleSetTest(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterMatchmakingRuleSetTests"] | str
        id: str
    else:
        type: _L["gameCenterMatchmakingRuleSetTests"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterMatchmakingRuleSetTestAttributes | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterMatchmakingRuleSetTestAttributes(Model):
    matchmaking_results: (
        list[list[GameCenterMatchmakingRuleSetTestAttributesMatchmakingResults]] | None | UnsetType
    ) = msgspec.field(default=UNSET, name="matchmakingResults")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingRuleSetTestAttributesMatchmakingResults(Model):
    request_name: str | None | UnsetType = msgspec.field(default=UNSET, name="requestName")
    team_assignments: list[GameCenterMatchmakingTeamAssignment] | None | UnsetType = msgspec.field(
        default=UNSET, name="teamAssignments"
    )
    __ascapi_nullable__ = frozenset[str]()
