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
    "GameCenterAchievementLocalizationV2",
    "GameCenterAchievementLocalizationV2Attributes",
    "GameCenterAchievementLocalizationV2Relationships",
    "GameCenterAchievementLocalizationV2RelationshipsVersion",
    "GameCenterAchievementLocalizationV2RelationshipsVersionData",
    "GameCenterAchievementLocalizationV2RelationshipsImage",
    "GameCenterAchievementLocalizationV2RelationshipsImageData",
]

_E0 = frozenset({"gameCenterAchievementLocalizations"})
_E1 = frozenset({"gameCenterAchievementVersions"})
_E2 = frozenset({"gameCenterAchievementImages"})


class GameCenterAchievementLocalizationV2(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievementLocalizations"] | str
        id: str
    else:
        type: _L["gameCenterAchievementLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterAchievementLocalizationV2Attributes | None | UnsetType = UNSET
    relationships: GameCenterAchievementLocalizationV2Relationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterAchievementLocalizationV2Attributes(Model):
    locale: str | None | UnsetType = UNSET
    name: str | None | UnsetType = UNSET
    before_earned_description: str | None | UnsetType = msgspec.field(
        default=UNSET, name="beforeEarnedDescription"
    )
    after_earned_description: str | None | UnsetType = msgspec.field(
        default=UNSET, name="afterEarnedDescription"
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementLocalizationV2Relationships(Model):
    version: GameCenterAchievementLocalizationV2RelationshipsVersion | None | UnsetType = UNSET
    image: GameCenterAchievementLocalizationV2RelationshipsImage | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementLocalizationV2RelationshipsVersion(Model):
    data: GameCenterAchievementLocalizationV2RelationshipsVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementLocalizationV2RelationshipsVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievementVersions"] | str
        id: str
    else:
        type: _L["gameCenterAchievementVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterAchievementLocalizationV2RelationshipsImage(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: GameCenterAchievementLocalizationV2RelationshipsImageData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementLocalizationV2RelationshipsImageData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievementImages"] | str
        id: str
    else:
        type: _L["gameCenterAchievementImages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
