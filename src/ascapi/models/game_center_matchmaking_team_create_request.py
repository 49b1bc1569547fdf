# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterMatchmakingTeamCreateRequest",
    "GameCenterMatchmakingTeamCreateRequestData",
    "GameCenterMatchmakingTeamCreateRequestDataAttributes",
    "GameCenterMatchmakingTeamCreateRequestDataRelationships",
    "GameCenterMatchmakingTeamCreateRequestDataRelationshipsRuleSet",
    "GameCenterMatchmakingTeamCreateRequestDataRelationshipsRuleSetData",
]

_E0 = frozenset({"gameCenterMatchmakingTeams"})
_E1 = frozenset({"gameCenterMatchmakingRuleSets"})


class GameCenterMatchmakingTeamCreateRequest(Model):
    data: GameCenterMatchmakingTeamCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingTeamCreateRequestData(Model):
    type: _L["gameCenterMatchmakingTeams"] | str | None | UnsetType = UNSET
    attributes: GameCenterMatchmakingTeamCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: GameCenterMatchmakingTeamCreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterMatchmakingTeamCreateRequestDataAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    min_players: int | None | UnsetType = msgspec.field(default=UNSET, name="minPlayers")
    max_players: int | None | UnsetType = msgspec.field(default=UNSET, name="maxPlayers")
    __ascapi_required__ = frozenset({"max_players", "min_players", "reference_name"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingTeamCreateRequestDataRelationships(Model):
    rule_set: GameCenterMatchmakingTeamCreateRequestDataRelationshipsRuleSet | None | UnsetType = (
        msgspec.field(default=UNSET, name="ruleSet")
    )
    __ascapi_required__ = frozenset({"rule_set"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingTeamCreateRequestDataRelationshipsRuleSet(Model):
    data: GameCenterMatchmakingTeamCreateRequestDataRelationshipsRuleSetData | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingTeamCreateRequestDataRelationshipsRuleSetData(Model):
    type: _L["gameCenterMatchmakingRuleSets"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
