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
    "GameCenterLeaderboardSetRelease",
    "GameCenterLeaderboardSetReleaseAttributes",
    "GameCenterLeaderboardSetReleaseRelationships",
    "GameCenterLeaderboardSetReleaseRelationshipsGameCenterDetail",
    "GameCenterLeaderboardSetReleaseRelationshipsGameCenterDetailData",
    "GameCenterLeaderboardSetReleaseRelationshipsGameCenterLeaderboardSet",
    "GameCenterLeaderboardSetReleaseRelationshipsGameCenterLeaderboardSetData",
]

_E0 = frozenset({"gameCenterLeaderboardSetReleases"})
_E1 = frozenset({"gameCenterDetails"})
_E2 = frozenset({"gameCenterLeaderboardSets"})


class GameCenterLeaderboardSetRelease(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSetReleases"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSetReleases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterLeaderboardSetReleaseAttributes | None | UnsetType = UNSET
    relationships: GameCenterLeaderboardSetReleaseRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardSetReleaseAttributes(Model):
    live: bool | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetReleaseRelationships(Model):
    game_center_detail: (
        GameCenterLeaderboardSetReleaseRelationshipsGameCenterDetail | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterDetail")
    game_center_leaderboard_set: (
        GameCenterLeaderboardSetReleaseRelationshipsGameCenterLeaderboardSet | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardSet")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetReleaseRelationshipsGameCenterDetail(Model):
    data: GameCenterLeaderboardSetReleaseRelationshipsGameCenterDetailData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetReleaseRelationshipsGameCenterDetailData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterDetails"] | str
        id: str
    else:
        type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterLeaderboardSetReleaseRelationshipsGameCenterLeaderboardSet(Model):
    data: (
        GameCenterLeaderboardSetReleaseRelationshipsGameCenterLeaderboardSetData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetReleaseRelationshipsGameCenterLeaderboardSetData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSets"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
