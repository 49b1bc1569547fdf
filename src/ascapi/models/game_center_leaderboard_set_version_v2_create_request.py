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
    "GameCenterLeaderboardSetVersionV2CreateRequest",
    "GameCenterLeaderboardSetVersionV2CreateRequestData",
    "GameCenterLeaderboardSetVersionV2CreateRequestDataRelationships",
    "GameCenterLeaderboardSetVersionV2CreateRequestDataRelationshipsLeaderboardSet",
    "GameCenterLeaderboardSetVersionV2CreateRequestDataRelationshipsLeaderboardSetData",
]

_E0 = frozenset({"gameCenterLeaderboardSetVersions"})
_E1 = frozenset({"gameCenterLeaderboardSets"})


class GameCenterLeaderboardSetVersionV2CreateRequest(Model):
    data: GameCenterLeaderboardSetVersionV2CreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetVersionV2CreateRequestData(Model):
    type: _L["gameCenterLeaderboardSetVersions"] | str | None | UnsetType = UNSET
    relationships: (
        GameCenterLeaderboardSetVersionV2CreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardSetVersionV2CreateRequestDataRelationships(Model):
    leaderboard_set: (
        GameCenterLeaderboardSetVersionV2CreateRequestDataRelationshipsLeaderboardSet
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="leaderboardSet")
    __ascapi_required__ = frozenset({"leaderboard_set"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetVersionV2CreateRequestDataRelationshipsLeaderboardSet(Model):
    data: (
        GameCenterLeaderboardSetVersionV2CreateRequestDataRelationshipsLeaderboardSetData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetVersionV2CreateRequestDataRelationshipsLeaderboardSetData(Model):
    type: _L["gameCenterLeaderboardSets"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
