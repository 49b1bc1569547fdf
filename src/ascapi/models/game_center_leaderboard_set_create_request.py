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
    "GameCenterLeaderboardSetCreateRequest",
    "GameCenterLeaderboardSetCreateRequestData",
    "GameCenterLeaderboardSetCreateRequestDataAttributes",
    "GameCenterLeaderboardSetCreateRequestDataRelationships",
    "GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterDetail",
    "GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterDetailData",
    "GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterGroup",
    "GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterGroupData",
    "GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterLeaderboards",
    "GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterLeaderboardsData",
]

_E0 = frozenset({"gameCenterLeaderboardSets"})
_E1 = frozenset({"gameCenterDetails"})
_E2 = frozenset({"gameCenterGroups"})
_E3 = frozenset({"gameCenterLeaderboards"})


class GameCenterLeaderboardSetCreateRequest(Model):
    data: GameCenterLeaderboardSetCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetCreateRequestData(Model):
    type: _L["gameCenterLeaderboardSets"] | str | None | UnsetType = UNSET
    attributes: GameCenterLeaderboardSetCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: GameCenterLeaderboardSetCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardSetCreateRequestDataAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    vendor_identifier: str | None | UnsetType = msgspec.field(
        default=UNSET, name="vendorIdentifier"
    )
    __ascapi_required__ = frozenset({"reference_name", "vendor_identifier"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetCreateRequestDataRelationships(Model):
    game_center_detail: (
        GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterDetail | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterDetail")
    game_center_group: (
        GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterGroup | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterGroup")
    game_center_leaderboards: (
        GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterLeaderboards
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboards")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterDetail(Model):
    data: (
        GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterDetailData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterDetailData(Model):
    type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterGroup(Model):
    data: (
        GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterGroupData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterGroupData(Model):
    type: _L["gameCenterGroups"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterLeaderboards(Model):
    data: (
        list[GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterLeaderboardsData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterLeaderboardsData(Model):
    type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
