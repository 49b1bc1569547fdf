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
    "GameCenterDetailUpdateRequest",
    "GameCenterDetailUpdateRequestData",
    "GameCenterDetailUpdateRequestDataAttributes",
    "GameCenterDetailUpdateRequestDataRelationships",
    "GameCenterDetailUpdateRequestDataRelationshipsGameCenterGroup",
    "GameCenterDetailUpdateRequestDataRelationshipsGameCenterGroupData",
    "GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboard",
    "GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboardData",
    "GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboardV2",
]

_E0 = frozenset({"gameCenterDetails"})
_E1 = frozenset({"gameCenterGroups"})
_E2 = frozenset({"gameCenterLeaderboards"})


class GameCenterDetailUpdateRequest(Model):
    data: GameCenterDetailUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailUpdateRequestData(Model):
    type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: GameCenterDetailUpdateRequestDataAttributes | None | UnsetType = UNSET
    relationships: GameCenterDetailUpdateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterDetailUpdateRequestDataAttributes(Model):
    challenge_enabled: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="challengeEnabled"
    )
    __ascapi_nullable__ = frozenset({"challenge_enabled"})


class GameCenterDetailUpdateRequestDataRelationships(Model):
    game_center_group: (
        GameCenterDetailUpdateRequestDataRelationshipsGameCenterGroup | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterGroup")
    default_leaderboard: (
        GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboard | None | UnsetType
    ) = msgspec.field(default=UNSET, name="defaultLeaderboard")
    default_leaderboard_v2: (
        GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboardV2 | None | UnsetType
    ) = msgspec.field(default=UNSET, name="defaultLeaderboardV2")
    default_group_leaderboard: (
        GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboard | None | UnsetType
    ) = msgspec.field(default=UNSET, name="defaultGroupLeaderboard")
    default_group_leaderboard_v2: (
        GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboardV2 | None | UnsetType
    ) = msgspec.field(default=UNSET, name="defaultGroupLeaderboardV2")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailUpdateRequestDataRelationshipsGameCenterGroup(Model):
    data: GameCenterDetailUpdateRequestDataRelationshipsGameCenterGroupData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailUpdateRequestDataRelationshipsGameCenterGroupData(Model):
    type: _L["gameCenterGroups"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboard(Model):
    data: (
        GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboardData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboardData(Model):
    type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboardV2(Model):
    data: (
        GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboardData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()
