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
    "GameCenterMatchmakingRuleCreateRequest",
    "GameCenterMatchmakingRuleCreateRequestData",
    "GameCenterMatchmakingRuleCreateRequestDataAttributes",
    "GameCenterMatchmakingRuleCreateRequestDataRelationships",
    "GameCenterMatchmakingRuleCreateRequestDataRelationshipsRuleSet",
    "GameCenterMatchmakingRuleCreateRequestDataRelationshipsRuleSetData",
]

_E0 = frozenset({"gameCenterMatchmakingRules"})
_E1 = frozenset({"COMPATIBLE", "DISTANCE", "MATCH", "TEAM"})
_E2 = frozenset({"gameCenterMatchmakingRuleSets"})


class GameCenterMatchmakingRuleCreateRequest(Model):
    data: GameCenterMatchmakingRuleCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingRuleCreateRequestData(Model):
    type: _L["gameCenterMatchmakingRules"] | str | None | UnsetType = UNSET
    attributes: GameCenterMatchmakingRuleCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: GameCenterMatchmakingRuleCreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterMatchmakingRuleCreateRequestDataAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    description: str | None | UnsetType = UNSET
    type: _L["COMPATIBLE", "DISTANCE", "MATCH", "TEAM"] | str | None | UnsetType = UNSET
    expression: str | None | UnsetType = UNSET
    weight: float | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"description", "expression", "reference_name", "type"})
    __ascapi_nullable__ = frozenset({"weight"})
    __ascapi_enums__ = {"type": _E1}


class GameCenterMatchmakingRuleCreateRequestDataRelationships(Model):
    rule_set: GameCenterMatchmakingRuleCreateRequestDataRelationshipsRuleSet | None | UnsetType = (
        msgspec.field(default=UNSET, name="ruleSet")
    )
    __ascapi_required__ = frozenset({"rule_set"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingRuleCreateRequestDataRelationshipsRuleSet(Model):
    data: GameCenterMatchmakingRuleCreateRequestDataRelationshipsRuleSetData | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingRuleCreateRequestDataRelationshipsRuleSetData(Model):
    type: _L["gameCenterMatchmakingRuleSets"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
