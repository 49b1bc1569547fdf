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
    "GameCenterAchievementRelease",
    "GameCenterAchievementReleaseAttributes",
    "GameCenterAchievementReleaseRelationships",
    "GameCenterAchievementReleaseRelationshipsGameCenterDetail",
    "GameCenterAchievementReleaseRelationshipsGameCenterDetailData",
    "GameCenterAchievementReleaseRelationshipsGameCenterAchievement",
    "GameCenterAchievementReleaseRelationshipsGameCenterAchievementData",
]

_E0 = frozenset({"gameCenterAchievementReleases"})
_E1 = frozenset({"gameCenterDetails"})
_E2 = frozenset({"gameCenterAchievements"})


class GameCenterAchievementRelease(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievementReleases"] | str
        id: str
    else:
        type: _L["gameCenterAchievementReleases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterAchievementReleaseAttributes | None | UnsetType = UNSET
    relationships: GameCenterAchievementReleaseRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterAchievementReleaseAttributes(Model):
    live: bool | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementReleaseRelationships(Model):
    game_center_detail: (
        GameCenterAchievementReleaseRelationshipsGameCenterDetail | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterDetail")
    game_center_achievement: (
        GameCenterAchievementReleaseRelationshipsGameCenterAchievement | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterAchievement")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementReleaseRelationshipsGameCenterDetail(Model):
    data: GameCenterAchievementReleaseRelationshipsGameCenterDetailData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementReleaseRelationshipsGameCenterDetailData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterDetails"] | str
        id: str
    else:
        type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterAchievementReleaseRelationshipsGameCenterAchievement(Model):
    data: GameCenterAchievementReleaseRelationshipsGameCenterAchievementData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementReleaseRelationshipsGameCenterAchievementData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievements"] | str
        id: str
    else:
        type: _L["gameCenterAchievements"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
