# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterLeaderboardRelease",
    "GameCenterLeaderboardReleaseAttributes",
    "GameCenterLeaderboardReleaseRelationships",
    "GameCenterLeaderboardReleaseRelationshipsGameCenterDetail",
    "GameCenterLeaderboardReleaseRelationshipsGameCenterDetailData",
    "GameCenterLeaderboardReleaseRelationshipsGameCenterLeaderboard",
    "GameCenterLeaderboardReleaseRelationshipsGameCenterLeaderboardData",
]

_E0 = frozenset({"gameCenterLeaderboardReleases"})
_E1 = frozenset({"gameCenterDetails"})
_E2 = frozenset({"gameCenterLeaderboards"})


class GameCenterLeaderboardRelease(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardReleases"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardReleases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterLeaderboardReleaseAttributes | None | UnsetType = UNSET
    relationships: GameCenterLeaderboardReleaseRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardReleaseAttributes(Model):
    live: bool | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardReleaseRelationships(Model):
    game_center_detail: (
        GameCenterLeaderboardReleaseRelationshipsGameCenterDetail | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterDetail")
    game_center_leaderboard: (
        GameCenterLeaderboardReleaseRelationshipsGameCenterLeaderboard | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboard")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardReleaseRelationshipsGameCenterDetail(Model):
    data: GameCenterLeaderboardReleaseRelationshipsGameCenterDetailData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardReleaseRelationshipsGameCenterDetailData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterDetails"] | str
        id: str
    else:
        type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterLeaderboardReleaseRelationshipsGameCenterLeaderboard(Model):
    data: GameCenterLeaderboardReleaseRelationshipsGameCenterLeaderboardData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardReleaseRelationshipsGameCenterLeaderboardData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboards"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
