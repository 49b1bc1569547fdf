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
    "GameCenterAchievementVersionV2InlineCreate",
    "GameCenterAchievementVersionV2InlineCreateRelationships",
    "GameCenterAchievementVersionV2InlineCreateRelationshipsAchievement",
    "GameCenterAchievementVersionV2InlineCreateRelationshipsAchievementData",
]

_E0 = frozenset({"gameCenterAchievementVersions"})
_E1 = frozenset({"gameCenterAchievements"})


class GameCenterAchievementVersionV2InlineCreate(Model):
    type: _L["gameCenterAchievementVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    relationships: GameCenterAchievementVersionV2InlineCreateRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterAchievementVersionV2InlineCreateRelationships(Model):
    achievement: (
        GameCenterAchievementVersionV2InlineCreateRelationshipsAchievement | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementVersionV2InlineCreateRelationshipsAchievement(Model):
    data: (
        GameCenterAchievementVersionV2InlineCreateRelationshipsAchievementData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementVersionV2InlineCreateRelationshipsAchievementData(Model):
    type: _L["gameCenterAchievements"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
