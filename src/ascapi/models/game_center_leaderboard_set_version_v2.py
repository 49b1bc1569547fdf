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
    "GameCenterLeaderboardSetVersionV2",
    "GameCenterLeaderboardSetVersionV2Attributes",
    "GameCenterLeaderboardSetVersionV2Relationships",
    "GameCenterLeaderboardSetVersionV2RelationshipsLeaderboardSet",
    "GameCenterLeaderboardSetVersionV2RelationshipsLeaderboardSetData",
    "GameCenterLeaderboardSetVersionV2RelationshipsLocalizations",
    "GameCenterLeaderboardSetVersionV2RelationshipsLocalizationsData",
]

_E0 = frozenset({"gameCenterLeaderboardSetVersions"})
_E1 = frozenset(
    {
        "PREPARE_FOR_SUBMISSION",
        "READY_FOR_REVIEW",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "DEVELOPER_REJECTED",
        "REJECTED",
        "ACCEPTED",
        "PENDING_RELEASE",
        "LIVE",
        "REPLACED_WITH_NEW_VERSION",
    }
)
_E2 = frozenset({"gameCenterLeaderboardSets"})
_E3 = frozenset({"gameCenterLeaderboardSetLocalizations"})


class GameCenterLeaderboardSetVersionV2(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSetVersions"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSetVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterLeaderboardSetVersionV2Attributes | None | UnsetType = UNSET
    relationships: GameCenterLeaderboardSetVersionV2Relationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardSetVersionV2Attributes(Model):
    version: int | None | UnsetType = UNSET
    state: (
        _L[
            "PREPARE_FOR_SUBMISSION",
            "READY_FOR_REVIEW",
            "WAITING_FOR_REVIEW",
            "IN_REVIEW",
            "DEVELOPER_REJECTED",
            "REJECTED",
            "ACCEPTED",
            "PENDING_RELEASE",
            "LIVE",
            "REPLACED_WITH_NEW_VERSION",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"state": _E1}


class GameCenterLeaderboardSetVersionV2Relationships(Model):
    leaderboard_set: (
        GameCenterLeaderboardSetVersionV2RelationshipsLeaderboardSet | None | UnsetType
    ) = msgspec.field(default=UNSET, name="leaderboardSet")
    localizations: (
        GameCenterLeaderboardSetVersionV2RelationshipsLocalizations | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetVersionV2RelationshipsLeaderboardSet(Model):
    data: GameCenterLeaderboardSetVersionV2RelationshipsLeaderboardSetData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetVersionV2RelationshipsLeaderboardSetData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSets"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterLeaderboardSetVersionV2RelationshipsLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[GameCenterLeaderboardSetVersionV2RelationshipsLocalizationsData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetVersionV2RelationshipsLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSetLocalizations"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSetLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
