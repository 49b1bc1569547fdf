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
    "GameCenterMatchmakingQueueUpdateRequest",
    "GameCenterMatchmakingQueueUpdateRequestData",
    "GameCenterMatchmakingQueueUpdateRequestDataAttributes",
    "GameCenterMatchmakingQueueUpdateRequestDataRelationships",
    "GameCenterMatchmakingQueueUpdateRequestDataRelationshipsRuleSet",
    "GameCenterMatchmakingQueueUpdateRequestDataRelationshipsRuleSetData",
]

_E0 = frozenset({"gameCenterMatchmakingQueues"})
_E1 = frozenset({"gameCenterMatchmakingRuleSets"})


class GameCenterMatchmakingQueueUpdateRequest(Model):
    data: GameCenterMatchmakingQueueUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingQueueUpdateRequestData(Model):
    type: _L["gameCenterMatchmakingQueues"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: GameCenterMatchmakingQueueUpdateRequestDataAttributes | None | UnsetType = UNSET
    relationships: GameCenterMatchmakingQueueUpdateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterMatchmakingQueueUpdateRequestDataAttributes(Model):
    classic_matchmaking_bundle_ids: list[str] | None | UnsetType = msgspec.field(
        default=UNSET, name="classicMatchmakingBundleIds"
    )
    __ascapi_nullable__ = frozenset({"classic_matchmaking_bundle_ids"})


class GameCenterMatchmakingQueueUpdateRequestDataRelationships(Model):
    rule_set: GameCenterMatchmakingQueueUpdateRequestDataRelationshipsRuleSet | None | UnsetType = (
        msgspec.field(default=UNSET, name="ruleSet")
    )
    experiment_rule_set: (
        GameCenterMatchmakingQueueUpdateRequestDataRelationshipsRuleSet | None | UnsetType
    ) = msgspec.field(default=UNSET, name="experimentRuleSet")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingQueueUpdateRequestDataRelationshipsRuleSet(Model):
    data: GameCenterMatchmakingQueueUpdateRequestDataRelationshipsRuleSetData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingQueueUpdateRequestDataRelationshipsRuleSetData(Model):
    type: _L["gameCenterMatchmakingRuleSets"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
