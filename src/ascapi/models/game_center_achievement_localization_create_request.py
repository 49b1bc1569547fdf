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
    "GameCenterAchievementLocalizationCreateRequest",
    "GameCenterAchievementLocalizationCreateRequestData",
    "GameCenterAchievementLocalizationCreateRequestDataAttributes",
    "GameCenterAchievementLocalizationCreateRequestDataRelationships",
    "GameCenterAchievementLocalizationCreateRequestDataRelationshipsGameCenterAchievement",
    "GameCenterAchievementLocalizationCreateRequestDataRelationshipsGameCenterAchievementData",
]

_E0 = frozenset({"gameCenterAchievementLocalizations"})
_E1 = frozenset({"gameCenterAchievements"})


class GameCenterAchievementLocalizationCreateRequest(Model):
    data: GameCenterAchievementLocalizationCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementLocalizationCreateRequestData(Model):
    type: _L["gameCenterAchievementLocalizations"] | str | None | UnsetType = UNSET
    attributes: GameCenterAchievementLocalizationCreateRequestDataAttributes | None | UnsetType = (
        UNSET
    )
    relationships: (
        GameCenterAchievementLocalizationCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterAchievementLocalizationCreateRequestDataAttributes(Model):
    locale: str | None | UnsetType = UNSET
    name: str | None | UnsetType = UNSET
    before_earned_description: str | None | UnsetType = msgspec.field(
        default=UNSET, name="beforeEarnedDescription"
    )
    after_earned_description: str | None | UnsetType = msgspec.field(
        default=UNSET, name="afterEarnedDescription"
    )
    __ascapi_required__ = frozenset(
        {"after_earned_description", "before_earned_description", "locale", "name"}
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementLocalizationCreateRequestDataRelationships(Model):
    game_center_achievement: (
        GameCenterAchievementLocalizationCreateRequestDataRelationshipsGameCenterAchievement
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterAchievement")
    __ascapi_required__ = frozenset({"game_center_achievement"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementLocalizationCreateRequestDataRelationshipsGameCenterAchievement(Model):
    data: (
        GameCenterAchievementLocalizationCreateRequestDataRelationshipsGameCenterAchievementData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementLocalizationCreateRequestDataRelationshipsGameCenterAchievementData(
    Model
):
    type: _L["gameCenterAchievements"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
