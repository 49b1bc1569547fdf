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
    "GameCenterChallenge",
    "GameCenterChallengeAttributes",
    "GameCenterChallengeRelationships",
    "GameCenterChallengeRelationshipsGameCenterDetail",
    "GameCenterChallengeRelationshipsGameCenterDetailData",
    "GameCenterChallengeRelationshipsGameCenterGroup",
    "GameCenterChallengeRelationshipsGameCenterGroupData",
    "GameCenterChallengeRelationshipsVersions",
    "GameCenterChallengeRelationshipsVersionsData",
    "GameCenterChallengeRelationshipsLeaderboard",
    "GameCenterChallengeRelationshipsLeaderboardData",
    "GameCenterChallengeRelationshipsLeaderboardV2",
]

_E0 = frozenset({"gameCenterChallenges"})
_E1 = frozenset({"LEADERBOARD"})
_E2 = frozenset({"gameCenterDetails"})
_E3 = frozenset({"gameCenterGroups"})
_E4 = frozenset({"gameCenterChallengeVersions"})
_E5 = frozenset({"gameCenterLeaderboards"})


class GameCenterChallenge(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterChallenges"] | str
        id: str
    else:
        type: _L["gameCenterChallenges"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterChallengeAttributes | None | UnsetType = UNSET
    relationships: GameCenterChallengeRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterChallengeAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    vendor_identifier: str | None | UnsetType = msgspec.field(
        default=UNSET, name="vendorIdentifier"
    )
    archived: bool | None | UnsetType = UNSET
    challenge_type: _L["LEADERBOARD"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="challengeType"
    )
    repeatable: bool | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"challenge_type": _E1}


class GameCenterChallengeRelationships(Model):
    game_center_detail: GameCenterChallengeRelationshipsGameCenterDetail | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterDetail")
    )
    game_center_group: GameCenterChallengeRelationshipsGameCenterGroup | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterGroup")
    )
    versions: GameCenterChallengeRelationshipsVersions | None | UnsetType = UNSET
    leaderboard: GameCenterChallengeRelationshipsLeaderboard | None | UnsetType = UNSET
    leaderboard_v2: GameCenterChallengeRelationshipsLeaderboardV2 | None | UnsetType = (
        msgspec.field(default=UNSET, name="leaderboardV2")
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeRelationshipsGameCenterDetail(Model):
    data: GameCenterChallengeRelationshipsGameCenterDetailData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeRelationshipsGameCenterDetailData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterDetails"] | str
        id: str
    else:
        type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterChallengeRelationshipsGameCenterGroup(Model):
    data: GameCenterChallengeRelationshipsGameCenterGroupData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeRelationshipsGameCenterGroupData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterGroups"] | str
        id: str
    else:
        type: _L["gameCenterGroups"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class GameCenterChallengeRelationshipsVersions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterChallengeRelationshipsVersionsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeRelationshipsVersionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterChallengeVersions"] | str
        id: str
    else:
        type: _L["gameCenterChallengeVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class GameCenterChallengeRelationshipsLeaderboard(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: GameCenterChallengeRelationshipsLeaderboardData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeRelationshipsLeaderboardData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboards"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class GameCenterChallengeRelationshipsLeaderboardV2(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: GameCenterChallengeRelationshipsLeaderboardData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
