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
    "GameCenterLeaderboardReleaseCreateRequest",
    "GameCenterLeaderboardReleaseCreateRequestData",
    "GameCenterLeaderboardReleaseCreateRequestDataRelationships",
    "GameCenterLeaderboardReleaseCreateRequestDataRelationshipsGameCenterDetail",
    "GameCenterLeaderboardReleaseCreateRequestDataRelationshipsGameCenterDetailData",
    "GameCenterLeaderboardReleaseCreateRequestDataRelationshipsGameCenterLeaderboard",
    "GameCenterLeaderboardReleaseCreateRequestDataRelationshipsGameCenterLeaderboardData",
]

_E0 = frozenset({"gameCenterLeaderboardReleases"})
_E1 = frozenset({"gameCenterDetails"})
_E2 = frozenset({"gameCenterLeaderboards"})


class GameCenterLeaderboardReleaseCreateRequest(Model):
    data: GameCenterLeaderboardReleaseCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardReleaseCreateRequestData(Model):
    type: _L["gameCenterLeaderboardReleases"] | str | None | UnsetType = UNSET
    relationships: GameCenterLeaderboardReleaseCreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardReleaseCreateRequestDataRelationships(Model):
    game_center_detail: (
        GameCenterLeaderboardReleaseCreateRequestDataRelationshipsGameCenterDetail
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterDetail")
    game_center_leaderboard: (
        GameCenterLeaderboardReleaseCreateRequestDataRelationshipsGameCenterLeaderboard
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboard")
    __ascapi_required__ = frozenset({"game_center_detail", "game_center_leaderboard"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardReleaseCreateRequestDataRelationshipsGameCenterDetail(Model):
    data: (
        GameCenterLeaderboardReleaseCreateRequestDataRelationshipsGameCenterDetailData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardReleaseCreateRequestDataRelationshipsGameCenterDetailData(Model):
    type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterLeaderboardReleaseCreateRequestDataRelationshipsGameCenterLeaderboard(Model):
    data: (
        GameCenterLeaderboardReleaseCreateRequestDataRelationshipsGameCenterLeaderboardData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardReleaseCreateRequestDataRelationshipsGameCenterLeaderboardData(Model):
    type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
