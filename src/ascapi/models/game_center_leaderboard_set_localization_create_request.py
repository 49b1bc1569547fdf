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
    "GameCenterLeaderboardSetLocalizationCreateRequest",
    "GameCenterLeaderboardSetLocalizationCreateRequestData",
    "GameCenterLeaderboardSetLocalizationCreateRequestDataAttributes",
    "GameCenterLeaderboardSetLocalizationCreateRequestDataRelationships",
    "GameCenterLeaderboardSetLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardSet",
    "GameCenterLeaderboardSetLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardSetData",
]

_E0 = frozenset({"gameCenterLeaderboardSetLocalizations"})
_E1 = frozenset({"gameCenterLeaderboardSets"})


class GameCenterLeaderboardSetLocalizationCreateRequest(Model):
    data: GameCenterLeaderboardSetLocalizationCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetLocalizationCreateRequestData(Model):
    type: _L["gameCenterLeaderboardSetLocalizations"] | str | None | UnsetType = UNSET
    attributes: (
        GameCenterLeaderboardSetLocalizationCreateRequestDataAttributes | None | UnsetType
    ) = UNSET
    relationships: (
        GameCenterLeaderboardSetLocalizationCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardSetLocalizationCreateRequestDataAttributes(Model):
    locale: str | None | UnsetType = UNSET
    name: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"locale", "name"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetLocalizationCreateRequestDataRelationships(Model):
    game_center_leaderboard_set: (
        GameCenterLeaderboardSetLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardSet
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardSet")
    __ascapi_required__ = frozenset({"game_center_leaderboard_set"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardSet(
    Model
):
    data: (
        GameCenterLeaderboardSetLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardSetData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardSetData(
    Model
):
    type: _L["gameCenterLeaderboardSets"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
