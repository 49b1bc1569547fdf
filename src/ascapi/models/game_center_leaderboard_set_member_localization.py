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
    "GameCenterLeaderboardSetMemberLocalization",
    "GameCenterLeaderboardSetMemberLocalizationAttributes",
    "GameCenterLeaderboardSetMemberLocalizationRelationships",
    "GameCenterLeaderboardSetMemberLocalizationRelationshipsGameCenterLeaderboardSet",
    "GameCenterLeaderboardSetMemberLocalizationRelationshipsGameCenterLeaderboardSetData",
    "GameCenterLeaderboardSetMemberLocalizationRelationshipsGameCenterLeaderboard",
    "GameCenterLeaderboardSetMemberLocalizationRelationshipsGameCenterLeaderboardData",
]

_E0 = frozenset({"gameCenterLeaderboardSetMemberLocalizations"})
_E1 = frozenset({"gameCenterLeaderboardSets"})
_E2 = frozenset({"gameCenterLeaderboards"})


class GameCenterLeaderboardSetMemberLocalization(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSetMemberLocalizations"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSetMemberLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterLeaderboardSetMemberLocalizationAttributes | None | UnsetType = UNSET
    relationships: GameCenterLeaderboardSetMemberLocalizationRelationships | None | UnsetType = (
        UNSET
    )
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardSetMemberLocalizationAttributes(Model):
    name: str | None | UnsetType = UNSET
    locale: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetMemberLocalizationRelationships(Model):
    game_center_leaderboard_set: (
        GameCenterLeaderboardSetMemberLocalizationRelationshipsGameCenterLeaderboardSet
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardSet")
    game_center_leaderboard: (
        GameCenterLeaderboardSetMemberLocalizationRelationshipsGameCenterLeaderboard
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboard")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetMemberLocalizationRelationshipsGameCenterLeaderboardSet(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: (
        GameCenterLeaderboardSetMemberLocalizationRelationshipsGameCenterLeaderboardSetData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetMemberLocalizationRelationshipsGameCenterLeaderboardSetData(
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


class GameCenterLeaderboardSetMemberLocalizationRelationshipsGameCenterLeaderboard(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: (
        GameCenterLeaderboardSetMemberLocalizationRelationshipsGameCenterLeaderboardData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetMemberLocalizationRelationshipsGameCenterLeaderboardData(
    Model, kw_only=True
):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboards"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
