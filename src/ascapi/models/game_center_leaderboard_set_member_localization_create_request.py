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
    "GameCenterLeaderboardSetMemberLocalizationCreateRequest",
    "GameCenterLeaderboardSetMemberLocalizationCreateRequestData",
    "GameCenterLeaderboardSetMemberLocalizationCreateRequestDataAttributes",
    "GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationships",
    "GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardSet",
    "GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardSetData",
    "GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationshipsGameCenterLeaderboard",
    "GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardData",
]

_E0 = frozenset({"gameCenterLeaderboardSetMemberLocalizations"})
_E1 = frozenset({"gameCenterLeaderboardSets"})
_E2 = frozenset({"gameCenterLeaderboards"})


class GameCenterLeaderboardSetMemberLocalizationCreateRequest(Model):
    data: GameCenterLeaderboardSetMemberLocalizationCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetMemberLocalizationCreateRequestData(Model):
    type: _L["gameCenterLeaderboardSetMemberLocalizations"] | str | None | UnsetType = UNSET
    attributes: (
        GameCenterLeaderboardSetMemberLocalizationCreateRequestDataAttributes | None | UnsetType
    ) = UNSET
    relationships: (
        GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardSetMemberLocalizationCreateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    locale: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset({"locale", "name"})


class GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationships(Model):
    game_center_leaderboard_set: (
        GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardSet
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardSet")
    game_center_leaderboard: (
        GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationshipsGameCenterLeaderboard
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboard")
    __ascapi_required__ = frozenset({"game_center_leaderboard", "game_center_leaderboard_set"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardSet(
    Model
):
    data: (
        GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardSetData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardSetData(
    Model
):
    type: _L["gameCenterLeaderboardSets"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationshipsGameCenterLeaderboard(
    Model
):
    data: (
        GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardData(
    Model
):
    type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
