# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterAchievementLocalization",
    "GameCenterAchievementLocalizationAttributes",
    "GameCenterAchievementLocalizationRelationships",
    "GameCenterAchievementLocalizationRelationshipsGameCenterAchievement",
    "GameCenterAchievementLocalizationRelationshipsGameCenterAchievementData",
    "GameCenterAchievementLocalizationRelationshipsGameCenterAchievementImage",
    "GameCenterAchievementLocalizationRelationshipsGameCenterAchievementImageData",
]

_E0 = frozenset({"gameCenterAchievementLocalizations"})
_E1 = frozenset({"gameCenterAchievements"})
_E2 = frozenset({"gameCenterAchievementImages"})


class GameCenterAchievementLocalization(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievementLocalizations"] | str
        id: str
    else:
        type: _L["gameCenterAchievementLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterAchievementLocalizationAttributes | None | UnsetType = UNSET
    relationships: GameCenterAchievementLocalizationRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterAchievementLocalizationAttributes(Model):
    locale: str | None | UnsetType = UNSET
    name: str | None | UnsetType = UNSET
    before_earned_description: str | None | UnsetType = msgspec.field(
        default=UNSET, name="beforeEarnedDescription"
    )
    after_earned_description: str | None | UnsetType = msgspec.field(
        default=UNSET, name="afterEarnedDescription"
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementLocalizationRelationships(Model):
    game_center_achievement: (
        GameCenterAchievementLocalizationRelationshipsGameCenterAchievement | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterAchievement")
    game_center_achievement_image: (
        GameCenterAchievementLocalizationRelationshipsGameCenterAchievementImage | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterAchievementImage")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementLocalizationRelationshipsGameCenterAchievement(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: (
        GameCenterAchievementLocalizationRelationshipsGameCenterAchievementData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementLocalizationRelationshipsGameCenterAchievementData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievements"] | str
        id: str
    else:
        type: _L["gameCenterAchievements"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterAchievementLocalizationRelationshipsGameCenterAchievementImage(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: (
        GameCenterAchievementLocalizationRelationshipsGameCenterAchievementImageData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementLocalizationRelationshipsGameCenterAchievementImageData(
    Model, kw_only=True
):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievementImages"] | str
        id: str
    else:
        type: _L["gameCenterAchievementImages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
