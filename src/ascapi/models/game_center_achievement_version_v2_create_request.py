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
    "GameCenterAchievementVersionV2CreateRequest",
    "GameCenterAchievementVersionV2CreateRequestData",
    "GameCenterAchievementVersionV2CreateRequestDataRelationships",
    "GameCenterAchievementVersionV2CreateRequestDataRelationshipsAchievement",
    "GameCenterAchievementVersionV2CreateRequestDataRelationshipsAchievementData",
]

_E0 = frozenset({"gameCenterAchievementVersions"})
_E1 = frozenset({"gameCenterAchievements"})


class GameCenterAchievementVersionV2CreateRequest(Model):
    data: GameCenterAchievementVersionV2CreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementVersionV2CreateRequestData(Model):
    type: _L["gameCenterAchievementVersions"] | str | None | UnsetType = UNSET
    relationships: (
        GameCenterAchievementVersionV2CreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterAchievementVersionV2CreateRequestDataRelationships(Model):
    achievement: (
        GameCenterAchievementVersionV2CreateRequestDataRelationshipsAchievement | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"achievement"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementVersionV2CreateRequestDataRelationshipsAchievement(Model):
    data: (
        GameCenterAchievementVersionV2CreateRequestDataRelationshipsAchievementData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementVersionV2CreateRequestDataRelationshipsAchievementData(Model):
    type: _L["gameCenterAchievements"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
