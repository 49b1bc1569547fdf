# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterLeaderboardSetV2",
    "GameCenterLeaderboardSetV2Attributes",
    "GameCenterLeaderboardSetV2Relationships",
    "GameCenterLeaderboardSetV2RelationshipsGameCenterDetail",
    "GameCenterLeaderboardSetV2RelationshipsGameCenterDetailData",
    "GameCenterLeaderboardSetV2RelationshipsGameCenterGroup",
    "GameCenterLeaderboardSetV2RelationshipsGameCenterGroupData",
    "GameCenterLeaderboardSetV2RelationshipsGameCenterLeaderboards",
    "GameCenterLeaderboardSetV2RelationshipsGameCenterLeaderboardsData",
    "GameCenterLeaderboardSetV2RelationshipsVersions",
    "GameCenterLeaderboardSetV2RelationshipsVersionsData",
]

_E0 = frozenset({"gameCenterLeaderboardSets"})
_E1 = frozenset({"gameCenterDetails"})
_E2 = frozenset({"gameCenterGroups"})
_E3 = frozenset({"gameCenterLeaderboards"})
_E4 = frozenset({"gameCenterLeaderboardSetVersions"})


class GameCenterLeaderboardSetV2(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSets"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterLeaderboardSetV2Attributes | None | UnsetType = UNSET
    relationships: GameCenterLeaderboardSetV2Relationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardSetV2Attributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    vendor_identifier: str | None | UnsetType = msgspec.field(
        default=UNSET, name="vendorIdentifier"
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetV2Relationships(Model):
    game_center_detail: (
        GameCenterLeaderboardSetV2RelationshipsGameCenterDetail | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterDetail")
    game_center_group: GameCenterLeaderboardSetV2RelationshipsGameCenterGroup | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterGroup")
    )
    game_center_leaderboards: (
        GameCenterLeaderboardSetV2RelationshipsGameCenterLeaderboards | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboards")
    versions: GameCenterLeaderboardSetV2RelationshipsVersions | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetV2RelationshipsGameCenterDetail(Model):
    data: GameCenterLeaderboardSetV2RelationshipsGameCenterDetailData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetV2RelationshipsGameCenterDetailData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterDetails"] | str
        id: str
    else:
        type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterLeaderboardSetV2RelationshipsGameCenterGroup(Model):
    data: GameCenterLeaderboardSetV2RelationshipsGameCenterGroupData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetV2RelationshipsGameCenterGroupData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterGroups"] | str
        id: str
    else:
        type: _L["gameCenterGroups"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterLeaderboardSetV2RelationshipsGameCenterLeaderboards(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[GameCenterLeaderboardSetV2RelationshipsGameCenterLeaderboardsData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetV2RelationshipsGameCenterLeaderboardsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboards"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class GameCenterLeaderboardSetV2RelationshipsVersions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterLeaderboardSetV2RelationshipsVersionsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetV2RelationshipsVersionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSetVersions"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSetVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
