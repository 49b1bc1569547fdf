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
    "GameCenterLeaderboardSet",
    "GameCenterLeaderboardSetAttributes",
    "GameCenterLeaderboardSetRelationships",
    "GameCenterLeaderboardSetRelationshipsGameCenterDetail",
    "GameCenterLeaderboardSetRelationshipsGameCenterDetailData",
    "GameCenterLeaderboardSetRelationshipsGameCenterGroup",
    "GameCenterLeaderboardSetRelationshipsGameCenterGroupData",
    "GameCenterLeaderboardSetRelationshipsGroupLeaderboardSet",
    "GameCenterLeaderboardSetRelationshipsGroupLeaderboardSetData",
    "GameCenterLeaderboardSetRelationshipsLocalizations",
    "GameCenterLeaderboardSetRelationshipsLocalizationsData",
    "GameCenterLeaderboardSetRelationshipsGameCenterLeaderboards",
    "GameCenterLeaderboardSetRelationshipsGameCenterLeaderboardsData",
    "GameCenterLeaderboardSetRelationshipsReleases",
    "GameCenterLeaderboardSetRelationshipsReleasesData",
]

_E0 = frozenset({"gameCenterLeaderboardSets"})
_E1 = frozenset({"gameCenterDetails"})
_E2 = frozenset({"gameCenterGroups"})
_E3 = frozenset({"gameCenterLeaderboardSetLocalizations"})
_E4 = frozenset({"gameCenterLeaderboards"})
_E5 = frozenset({"gameCenterLeaderboardSetReleases"})


class GameCenterLeaderboardSet(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSets"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterLeaderboardSetAttributes | None | UnsetType = UNSET
    relationships: GameCenterLeaderboardSetRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardSetAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    vendor_identifier: str | None | UnsetType = msgspec.field(
        default=UNSET, name="vendorIdentifier"
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetRelationships(Model):
    game_center_detail: GameCenterLeaderboardSetRelationshipsGameCenterDetail | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterDetail")
    )
    game_center_group: GameCenterLeaderboardSetRelationshipsGameCenterGroup | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterGroup")
    )
    group_leaderboard_set: (
        GameCenterLeaderboardSetRelationshipsGroupLeaderboardSet | None | UnsetType
    ) = msgspec.field(default=UNSET, name="groupLeaderboardSet")
    localizations: GameCenterLeaderboardSetRelationshipsLocalizations | None | UnsetType = UNSET
    game_center_leaderboards: (
        GameCenterLeaderboardSetRelationshipsGameCenterLeaderboards | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboards")
    releases: GameCenterLeaderboardSetRelationshipsReleases | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetRelationshipsGameCenterDetail(Model):
    data: GameCenterLeaderboardSetRelationshipsGameCenterDetailData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetRelationshipsGameCenterDetailData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterDetails"] | str
        id: str
    else:
        type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterLeaderboardSetRelationshipsGameCenterGroup(Model):
    data: GameCenterLeaderboardSetRelationshipsGameCenterGroupData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetRelationshipsGameCenterGroupData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterGroups"] | str
        id: str
    else:
        type: _L["gameCenterGroups"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterLeaderboardSetRelationshipsGroupLeaderboardSet(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: GameCenterLeaderboardSetRelationshipsGroupLeaderboardSetData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetRelationshipsGroupLeaderboardSetData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSets"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardSetRelationshipsLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterLeaderboardSetRelationshipsLocalizationsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetRelationshipsLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSetLocalizations"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSetLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class GameCenterLeaderboardSetRelationshipsGameCenterLeaderboards(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[GameCenterLeaderboardSetRelationshipsGameCenterLeaderboardsData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetRelationshipsGameCenterLeaderboardsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboards"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class GameCenterLeaderboardSetRelationshipsReleases(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterLeaderboardSetRelationshipsReleasesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetRelationshipsReleasesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSetReleases"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSetReleases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}
