# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.game_center_activity_version_inline_create import (
    GameCenterActivityVersionInlineCreate,
)
from ascapi.models.string_to_string_map import StringToStringMap

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterActivityCreateRequest",
    "GameCenterActivityCreateRequestData",
    "GameCenterActivityCreateRequestDataAttributes",
    "GameCenterActivityCreateRequestDataRelationships",
    "GameCenterActivityCreateRequestDataRelationshipsGameCenterDetail",
    "GameCenterActivityCreateRequestDataRelationshipsGameCenterDetailData",
    "GameCenterActivityCreateRequestDataRelationshipsGameCenterGroup",
    "GameCenterActivityCreateRequestDataRelationshipsGameCenterGroupData",
    "GameCenterActivityCreateRequestDataRelationshipsVersions",
    "GameCenterActivityCreateRequestDataRelationshipsVersionsData",
]

_E0 = frozenset({"gameCenterActivities"})
_E1 = frozenset({"ASYNCHRONOUS", "SYNCHRONOUS"})
_E2 = frozenset({"gameCenterDetails"})
_E3 = frozenset({"gameCenterGroups"})
_E4 = frozenset({"gameCenterActivityVersions"})


class GameCenterActivityCreateRequest(Model):
    data: GameCenterActivityCreateRequestData | None | UnsetType = UNSET
    included: list[GameCenterActivityVersionInlineCreate] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityCreateRequestData(Model):
    type: _L["gameCenterActivities"] | str | None | UnsetType = UNSET
    attributes: GameCenterActivityCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: GameCenterActivityCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterActivityCreateRequestDataAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    vendor_identifier: str | None | UnsetType = msgspec.field(
        default=UNSET, name="vendorIdentifier"
    )
    play_style: _L["ASYNCHRONOUS", "SYNCHRONOUS"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="playStyle"
    )
    minimum_players_count: int | None | UnsetType = msgspec.field(
        default=UNSET, name="minimumPlayersCount"
    )
    maximum_players_count: int | None | UnsetType = msgspec.field(
        default=UNSET, name="maximumPlayersCount"
    )
    supports_party_code: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="supportsPartyCode"
    )
    properties: StringToStringMap | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"reference_name", "vendor_identifier"})
    __ascapi_nullable__ = frozenset(
        {
            "maximum_players_count",
            "minimum_players_count",
            "play_style",
            "properties",
            "supports_party_code",
        }
    )
    __ascapi_enums__ = {"play_style": _E1}


class GameCenterActivityCreateRequestDataRelationships(Model):
    game_center_detail: (
        GameCenterActivityCreateRequestDataRelationshipsGameCenterDetail | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterDetail")
    game_center_group: (
        GameCenterActivityCreateRequestDataRelationshipsGameCenterGroup | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterGroup")
    versions: GameCenterActivityCreateRequestDataRelationshipsVersions | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityCreateRequestDataRelationshipsGameCenterDetail(Model):
    data: (
        GameCenterActivityCreateRequestDataRelationshipsGameCenterDetailData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityCreateRequestDataRelationshipsGameCenterDetailData(Model):
    type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterActivityCreateRequestDataRelationshipsGameCenterGroup(Model):
    data: GameCenterActivityCreateRequestDataRelationshipsGameCenterGroupData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityCreateRequestDataRelationshipsGameCenterGroupData(Model):
    type: _L["gameCenterGroups"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class GameCenterActivityCreateRequestDataRelationshipsVersions(Model):
    data: list[GameCenterActivityCreateRequestDataRelationshipsVersionsData] | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityCreateRequestDataRelationshipsVersionsData(Model):
    type: _L["gameCenterActivityVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
