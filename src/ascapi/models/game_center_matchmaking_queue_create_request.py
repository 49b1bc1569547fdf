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
    "GameCenterMatchmakingQueueCreateRequest",
    "GameCenterMatchmakingQueueCreateRequestData",
    "GameCenterMatchmakingQueueCreateRequestDataAttributes",
    "GameCenterMatchmakingQueueCreateRequestDataRelationships",
    "GameCenterMatchmakingQueueCreateRequestDataRelationshipsRuleSet",
    "GameCenterMatchmakingQueueCreateRequestDataRelationshipsRuleSetData",
    "GameCenterMatchmakingQueueCreateRequestDataRelationshipsExperimentRuleSet",
]

_E0 = frozenset({"gameCenterMatchmakingQueues"})
_E1 = frozenset({"gameCenterMatchmakingRuleSets"})


class GameCenterMatchmakingQueueCreateRequest(Model):
    data: GameCenterMatchmakingQueueCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingQueueCreateRequestData(Model):
    type: _L["gameCenterMatchmakingQueues"] | str | None | UnsetType = UNSET
    attributes: GameCenterMatchmakingQueueCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: GameCenterMatchmakingQueueCreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterMatchmakingQueueCreateRequestDataAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    classic_matchmaking_bundle_ids: list[str] | None | UnsetType = msgspec.field(
        default=UNSET, name="classicMatchmakingBundleIds"
    )
    __ascapi_required__ = frozenset({"reference_name"})
    __ascapi_nullable__ = frozenset({"classic_matchmaking_bundle_ids"})


class GameCenterMatchmakingQueueCreateRequestDataRelationships(Model):
    rule_set: GameCenterMatchmakingQueueCreateRequestDataRelationshipsRuleSet | None | UnsetType = (
        msgspec.field(default=UNSET, name="ruleSet")
    )
    experiment_rule_set: (
        GameCenterMatchmakingQueueCreateRequestDataRelationshipsExperimentRuleSet | None | UnsetType
    ) = msgspec.field(default=UNSET, name="experimentRuleSet")
    __ascapi_required__ = frozenset({"rule_set"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingQueueCreateRequestDataRelationshipsRuleSet(Model):
    data: GameCenterMatchmakingQueueCreateRequestDataRelationshipsRuleSetData | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingQueueCreateRequestDataRelationshipsRuleSetData(Model):
    type: _L["gameCenterMatchmakingRuleSets"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterMatchmakingQueueCreateRequestDataRelationshipsExperimentRuleSet(Model):
    data: GameCenterMatchmakingQueueCreateRequestDataRelationshipsRuleSetData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()
