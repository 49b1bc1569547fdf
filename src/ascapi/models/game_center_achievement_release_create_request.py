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
    "GameCenterAchievementReleaseCreateRequest",
    "GameCenterAchievementReleaseCreateRequestData",
    "GameCenterAchievementReleaseCreateRequestDataRelationships",
    "GameCenterAchievementReleaseCreateRequestDataRelationshipsGameCenterDetail",
    "GameCenterAchievementReleaseCreateRequestDataRelationshipsGameCenterDetailData",
    "GameCenterAchievementReleaseCreateRequestDataRelationshipsGameCenterAchievement",
    "GameCenterAchievementReleaseCreateRequestDataRelationshipsGameCenterAchievementData",
]

_E0 = frozenset({"gameCenterAchievementReleases"})
_E1 = frozenset({"gameCenterDetails"})
_E2 = frozenset({"gameCenterAchievements"})


class GameCenterAchievementReleaseCreateRequest(Model):
    data: GameCenterAchievementReleaseCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementReleaseCreateRequestData(Model):
    type: _L["gameCenterAchievementReleases"] | str | None | UnsetType = UNSET
    relationships: GameCenterAchievementReleaseCreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterAchievementReleaseCreateRequestDataRelationships(Model):
    game_center_detail: (
        GameCenterAchievementReleaseCreateRequestDataRelationshipsGameCenterDetail
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterDetail")
    game_center_achievement: (
        GameCenterAchievementReleaseCreateRequestDataRelationshipsGameCenterAchievement
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterAchievement")
    __ascapi_required__ = frozenset({"game_center_achievement", "game_center_detail"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementReleaseCreateRequestDataRelationshipsGameCenterDetail(Model):
    data: (
        GameCenterAchievementReleaseCreateRequestDataRelationshipsGameCenterDetailData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementReleaseCreateRequestDataRelationshipsGameCenterDetailData(Model):
    type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterAchievementReleaseCreateRequestDataRelationshipsGameCenterAchievement(Model):
    data: (
        GameCenterAchievementReleaseCreateRequestDataRelationshipsGameCenterAchievementData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementReleaseCreateRequestDataRelationshipsGameCenterAchievementData(Model):
    type: _L["gameCenterAchievements"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
