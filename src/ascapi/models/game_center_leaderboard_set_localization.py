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
    "GameCenterLeaderboardSetLocalization",
    "GameCenterLeaderboardSetLocalizationAttributes",
    "GameCenterLeaderboardSetLocalizationRelationships",
    "GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSet",
    "GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetData",
    "GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetImage",
    "GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetImageData",
]

_E0 = frozenset({"gameCenterLeaderboardSetLocalizations"})
_E1 = frozenset({"gameCenterLeaderboardSets"})
_E2 = frozenset({"gameCenterLeaderboardSetImages"})


class GameCenterLeaderboardSetLocalization(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSetLocalizations"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSetLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterLeaderboardSetLocalizationAttributes | None | UnsetType = UNSET
    relationships: GameCenterLeaderboardSetLocalizationRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardSetLocalizationAttributes(Model):
    locale: str | None | UnsetType = UNSET
    name: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetLocalizationRelationships(Model):
    game_center_leaderboard_set: (
        GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSet | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardSet")
    game_center_leaderboard_set_image: (
        GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetImage
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardSetImage")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSet(Model):
    data: (
        GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetData(
    Model, kw_only=True
):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSets"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetImage(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: (
        GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetImageData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetImageData(
    Model, kw_only=True
):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSetImages"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSetImages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
