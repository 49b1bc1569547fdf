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
    "GameCenterLeaderboardSetVersionV2InlineCreate",
    "GameCenterLeaderboardSetVersionV2InlineCreateRelationships",
    "GameCenterLeaderboardSetVersionV2InlineCreateRelationshipsLeaderboardSet",
    "GameCenterLeaderboardSetVersionV2InlineCreateRelationshipsLeaderboardSetData",
]

_E0 = frozenset({"gameCenterLeaderboardSetVersions"})
_E1 = frozenset({"gameCenterLeaderboardSets"})


class GameCenterLeaderboardSetVersionV2InlineCreate(Model):
    type: _L["gameCenterLeaderboardSetVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    relationships: GameCenterLeaderboardSetVersionV2InlineCreateRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardSetVersionV2InlineCreateRelationships(Model):
    leaderboard_set: (
        GameCenterLeaderboardSetVersionV2InlineCreateRelationshipsLeaderboardSet | None | UnsetType
    ) = msgspec.field(default=UNSET, name="leaderboardSet")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetVersionV2InlineCreateRelationshipsLeaderboardSet(Model):
    data: (
        GameCenterLeaderboardSetVersionV2InlineCreateRelationshipsLeaderboardSetData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetVersionV2InlineCreateRelationshipsLeaderboardSetData(Model):
    type: _L["gameCenterLeaderboardSets"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
