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
    "GameCenterLeaderboardSetReleaseCreateRequest",
    "GameCenterLeaderboardSetReleaseCreateRequestData",
    "GameCenterLeaderboardSetReleaseCreateRequestDataRelationships",
    "GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterDetail",
    "GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterDetailData",
    "GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterLeaderboardSet",
    "GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterLeaderboardSetData",
]

_E0 = frozenset({"gameCenterLeaderboardSetReleases"})
_E1 = frozenset({"gameCenterDetails"})
_E2 = frozenset({"gameCenterLeaderboardSets"})


class GameCenterLeaderboardSetReleaseCreateRequest(Model):
    data: GameCenterLeaderboardSetReleaseCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetReleaseCreateRequestData(Model):
    type: _L["gameCenterLeaderboardSetReleases"] | str | None | UnsetType = UNSET
    relationships: (
        GameCenterLeaderboardSetReleaseCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardSetReleaseCreateRequestDataRelationships(Model):
    game_center_detail: (
        GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterDetail
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterDetail")
    game_center_leaderboard_set: (
        GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterLeaderboardSet
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardSet")
    __ascapi_required__ = frozenset({"game_center_detail", "game_center_leaderboard_set"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterDetail(Model):
    data: (
        GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterDetailData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterDetailData(Model):
    type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterLeaderboardSet(Model):
    data: (
        GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterLeaderboardSetData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterLeaderboardSetData(
    Model
):
    type: _L["gameCenterLeaderboardSets"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
