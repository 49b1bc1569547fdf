# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.game_center_leaderboard_set_version_v2_inline_create import (
    GameCenterLeaderboardSetVersionV2InlineCreate,
)

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterLeaderboardSetV2CreateRequest",
    "GameCenterLeaderboardSetV2CreateRequestData",
    "GameCenterLeaderboardSetV2CreateRequestDataAttributes",
    "GameCenterLeaderboardSetV2CreateRequestDataRelationships",
    "GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterDetail",
    "GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterDetailData",
    "GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterGroup",
    "GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterGroupData",
    "GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterLeaderboards",
    "GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterLeaderboardsData",
    "GameCenterLeaderboardSetV2CreateRequestDataRelationshipsVersions",
    "GameCenterLeaderboardSetV2CreateRequestDataRelationshipsVersionsData",
]

_E0 = frozenset({"gameCenterLeaderboardSets"})
_E1 = frozenset({"gameCenterDetails"})
_E2 = frozenset({"gameCenterGroups"})
_E3 = frozenset({"gameCenterLeaderboards"})
_E4 = frozenset({"gameCenterLeaderboardSetVersions"})


class GameCenterLeaderboardSetV2CreateRequest(Model):
    data: GameCenterLeaderboardSetV2CreateRequestData | None | UnsetType = UNSET
    included: list[GameCenterLeaderboardSetVersionV2InlineCreate] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetV2CreateRequestData(Model):
    type: _L["gameCenterLeaderboardSets"] | str | None | UnsetType = UNSET
    attributes: GameCenterLeaderboardSetV2CreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: GameCenterLeaderboardSetV2CreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardSetV2CreateRequestDataAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    vendor_identifier: str | None | UnsetType = msgspec.field(
        default=UNSET, name="vendorIdentifier"
    )
    __ascapi_required__ = frozenset({"reference_name", "vendor_identifier"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetV2CreateRequestDataRelationships(Model):
    game_center_detail: (
        GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterDetail | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterDetail")
    game_center_group: (
        GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterGroup | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterGroup")
    game_center_leaderboards: (
        GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterLeaderboards
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboards")
    versions: (
        GameCenterLeaderboardSetV2CreateRequestDataRelationshipsVersions | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"versions"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterDetail(Model):
    data: (
        GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterDetailData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterDetailData(Model):
    type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterGroup(Model):
    data: (
        GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterGroupData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterGroupData(Model):
    type: _L["gameCenterGroups"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterLeaderboards(Model):
    data: (
        list[GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterLeaderboardsData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterLeaderboardsData(Model):
    type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class GameCenterLeaderboardSetV2CreateRequestDataRelationshipsVersions(Model):
    data: (
        list[GameCenterLeaderboardSetV2CreateRequestDataRelationshipsVersionsData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetV2CreateRequestDataRelationshipsVersionsData(Model):
    type: _L["gameCenterLeaderboardSetVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
