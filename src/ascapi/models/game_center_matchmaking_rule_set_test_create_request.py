# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterMatchmakingRuleSetTestCreateRequest",
    "GameCenterMatchmakingRuleSetTestCreateRequestData",
    "GameCenterMatchmakingRuleSetTestCreateRequestDataRelationships",
    "GameCenterMatchmakingRuleSetTestCreateRequestDataRelationshipsMatchmakingRuleSet",
    "GameCenterMatchmakingRuleSetTestCreateRequestDataRelationshipsMatchmakingRuleSetData",
    "GameCenterMatchmakingRuleSetTestCreateRequestDataRelationshipsMatchmakingRequests",
    "GameCenterMatchmakingRuleSetTestCreateRequestDataRelationshipsMatchmakingRequestsData",
]

_E0 = frozenset({"gameCenterMatchmakingRuleSetTests"})
_E1 = frozenset({"gameCenterMatchmakingRuleSets"})
_E2 = frozenset({"gameCenterMatchmakingTestRequests"})


class GameCenterMatchmakingRuleSetTestCreateRequest(Model):
    data: GameCenterMatchmakingRuleSetTestCreateRequestData | None | UnsetType = UNSET
    included: list[dict[str, Any]] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingRuleSetTestCreateRequestData(Model):
    type: _L["gameCenterMatchmakingRuleSetTests"] | str | None | UnsetType = UNSET
    relationships: (
        GameCenterMatchmakingRuleSetTestCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterMatchmakingRuleSetTestCreateRequestDataRelationships(Model):
    matchmaking_rule_set: (
        GameCenterMatchmakingRuleSetTestCreateRequestDataRelationshipsMatchmakingRuleSet
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="matchmakingRuleSet")
    matchmaking_requests: (
        GameCenterMatchmakingRuleSetTestCreateRequestDataRelationshipsMatchmakingRequests
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="matchmakingRequests")
    __ascapi_required__ = frozenset({"matchmaking_requests", "matchmaking_rule_set"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingRuleSetTestCreateRequestDataRelationshipsMatchmakingRuleSet(Model):
    data: (
        GameCenterMatchmakingRuleSetTestCreateRequestDataRelationshipsMatchmakingRuleSetData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingRuleSetTestCreateRequestDataRelationshipsMatchmakingRuleSetData(Model):
    type: _L["gameCenterMatchmakingRuleSets"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterMatchmakingRuleSetTestCreateRequestDataRelationshipsMatchmakingRequests(Model):
    data: (
        list[GameCenterMatchmakingRuleSetTestCreateRequestDataRelationshipsMatchmakingRequestsData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingRuleSetTestCreateRequestDataRelationshipsMatchmakingRequestsData(Model):
    type: _L["gameCenterMatchmakingTestRequests"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
