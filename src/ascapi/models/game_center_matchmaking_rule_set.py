# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterMatchmakingRuleSet",
    "GameCenterMatchmakingRuleSetAttributes",
    "GameCenterMatchmakingRuleSetRelationships",
    "GameCenterMatchmakingRuleSetRelationshipsTeams",
    "GameCenterMatchmakingRuleSetRelationshipsTeamsData",
    "GameCenterMatchmakingRuleSetRelationshipsRules",
    "GameCenterMatchmakingRuleSetRelationshipsRulesData",
    "GameCenterMatchmakingRuleSetRelationshipsMatchmakingQueues",
    "GameCenterMatchmakingRuleSetRelationshipsMatchmakingQueuesData",
]

_E0 = frozenset({"gameCenterMatchmakingRuleSets"})
_E1 = frozenset({"gameCenterMatchmakingTeams"})
_E2 = frozenset({"gameCenterMatchmakingRules"})
_E3 = frozenset({"gameCenterMatchmakingQueues"})


class GameCenterMatchmakingRuleSet(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterMatchmakingRuleSets"] | str
        id: str
    else:
        type: _L["gameCenterMatchmakingRuleSets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterMatchmakingRuleSetAttributes | None | UnsetType = UNSET
    relationships: GameCenterMatchmakingRuleSetRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterMatchmakingRuleSetAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    rule_language_version: int | None | UnsetType = msgspec.field(
        default=UNSET, name="ruleLanguageVersion"
    )
    min_players: int | None | UnsetType = msgspec.field(default=UNSET, name="minPlayers")
    max_players: int | None | UnsetType = msgspec.field(default=UNSET, name="maxPlayers")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingRuleSetRelationships(Model):
    teams: GameCenterMatchmakingRuleSetRelationshipsTeams | None | UnsetType = UNSET
    rules: GameCenterMatchmakingRuleSetRelationshipsRules | None | UnsetType = UNSET
    matchmaking_queues: (
        GameCenterMatchmakingRuleSetRelationshipsMatchmakingQueues | None | UnsetType
    ) = msgspec.field(default=UNSET, name="matchmakingQueues")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingRuleSetRelationshipsTeams(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterMatchmakingRuleSetRelationshipsTeamsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingRuleSetRelationshipsTeamsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterMatchmakingTeams"] | str
        id: str
    else:
        type: _L["gameCenterMatchmakingTeams"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterMatchmakingRuleSetRelationshipsRules(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterMatchmakingRuleSetRelationshipsRulesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingRuleSetRelationshipsRulesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterMatchmakingRules"] | str
        id: str
    else:
        type: _L["gameCenterMatchmakingRules"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterMatchmakingRuleSetRelationshipsMatchmakingQueues(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[GameCenterMatchmakingRuleSetRelationshipsMatchmakingQueuesData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingRuleSetRelationshipsMatchmakingQueuesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterMatchmakingQueues"] | str
        id: str
    else:
        type: _L["gameCenterMatchmakingQueues"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
