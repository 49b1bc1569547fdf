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
    "GameCenterLeaderboardVersionV2",
    "GameCenterLeaderboardVersionV2Attributes",
    "GameCenterLeaderboardVersionV2Relationships",
    "GameCenterLeaderboardVersionV2RelationshipsLeaderboard",
    "GameCenterLeaderboardVersionV2RelationshipsLeaderboardData",
    "GameCenterLeaderboardVersionV2RelationshipsLocalizations",
    "GameCenterLeaderboardVersionV2RelationshipsLocalizationsData",
]

_E0 = frozenset({"gameCenterLeaderboardVersions"})
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
_E2 = frozenset({"gameCenterLeaderboards"})
_E3 = frozenset({"gameCenterLeaderboardLocalizations"})


class GameCenterLeaderboardVersionV2(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardVersions"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterLeaderboardVersionV2Attributes | None | UnsetType = UNSET
    relationships: GameCenterLeaderboardVersionV2Relationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardVersionV2Attributes(Model):
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


class GameCenterLeaderboardVersionV2Relationships(Model):
    leaderboard: GameCenterLeaderboardVersionV2RelationshipsLeaderboard | None | UnsetType = UNSET
    localizations: GameCenterLeaderboardVersionV2RelationshipsLocalizations | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardVersionV2RelationshipsLeaderboard(Model):
    data: GameCenterLeaderboardVersionV2RelationshipsLeaderboardData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardVersionV2RelationshipsLeaderboardData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboards"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterLeaderboardVersionV2RelationshipsLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterLeaderboardVersionV2RelationshipsLocalizationsData] | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardVersionV2RelationshipsLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardLocalizations"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
