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
    "GameCenterLeaderboardVersionV2InlineCreate",
    "GameCenterLeaderboardVersionV2InlineCreateRelationships",
    "GameCenterLeaderboardVersionV2InlineCreateRelationshipsLeaderboard",
    "GameCenterLeaderboardVersionV2InlineCreateRelationshipsLeaderboardData",
]

_E0 = frozenset({"gameCenterLeaderboardVersions"})
_E1 = frozenset({"gameCenterLeaderboards"})


class GameCenterLeaderboardVersionV2InlineCreate(Model):
    type: _L["gameCenterLeaderboardVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    relationships: GameCenterLeaderboardVersionV2InlineCreateRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardVersionV2InlineCreateRelationships(Model):
    leaderboard: (
        GameCenterLeaderboardVersionV2InlineCreateRelationshipsLeaderboard | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardVersionV2InlineCreateRelationshipsLeaderboard(Model):
    data: (
        GameCenterLeaderboardVersionV2InlineCreateRelationshipsLeaderboardData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardVersionV2InlineCreateRelationshipsLeaderboardData(Model):
    type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
