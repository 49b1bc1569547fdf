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
    "GameCenterLeaderboardSetImageCreateRequest",
    "GameCenterLeaderboardSetImageCreateRequestData",
    "GameCenterLeaderboardSetImageCreateRequestDataAttributes",
    "GameCenterLeaderboardSetImageCreateRequestDataRelationships",
    "GameCenterLeaderboardSetImageCreateRequestDataRelationshipsGameCenterLeaderboardSetLocalization",
    "GameCenterLeaderboardSetImageCreateRequestDataRelationshipsGameCenterLeaderboardSetLocalizationData",
]

_E0 = frozenset({"gameCenterLeaderboardSetImages"})
_E1 = frozenset({"gameCenterLeaderboardSetLocalizations"})


class GameCenterLeaderboardSetImageCreateRequest(Model):
    data: GameCenterLeaderboardSetImageCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetImageCreateRequestData(Model):
    type: _L["gameCenterLeaderboardSetImages"] | str | None | UnsetType = UNSET
    attributes: GameCenterLeaderboardSetImageCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: (
        GameCenterLeaderboardSetImageCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardSetImageCreateRequestDataAttributes(Model):
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    __ascapi_required__ = frozenset({"file_name", "file_size"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetImageCreateRequestDataRelationships(Model):
    game_center_leaderboard_set_localization: (
        GameCenterLeaderboardSetImageCreateRequestDataRelationshipsGameCenterLeaderboardSetLocalization
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardSetLocalization")
    __ascapi_required__ = frozenset({"game_center_leaderboard_set_localization"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetImageCreateRequestDataRelationshipsGameCenterLeaderboardSetLocalization(
    Model
):
    data: (
        GameCenterLeaderboardSetImageCreateRequestDataRelationshipsGameCenterLeaderboardSetLocalizationData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetImageCreateRequestDataRelationshipsGameCenterLeaderboardSetLocalizationData(
    Model
):
    type: _L["gameCenterLeaderboardSetLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
