# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.game_center_challenge_version_inline_create import (
    GameCenterChallengeVersionInlineCreate,
)

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterChallengeCreateRequest",
    "GameCenterChallengeCreateRequestData",
    "GameCenterChallengeCreateRequestDataAttributes",
    "GameCenterChallengeCreateRequestDataRelationships",
    "GameCenterChallengeCreateRequestDataRelationshipsGameCenterDetail",
    "GameCenterChallengeCreateRequestDataRelationshipsGameCenterDetailData",
    "GameCenterChallengeCreateRequestDataRelationshipsGameCenterGroup",
    "GameCenterChallengeCreateRequestDataRelationshipsGameCenterGroupData",
    "GameCenterChallengeCreateRequestDataRelationshipsVersions",
    "GameCenterChallengeCreateRequestDataRelationshipsVersionsData",
    "GameCenterChallengeCreateRequestDataRelationshipsLeaderboard",
    "GameCenterChallengeCreateRequestDataRelationshipsLeaderboardData",
    "GameCenterChallengeCreateRequestDataRelationshipsLeaderboardV2",
]

_E0 = frozenset({"gameCenterChallenges"})
_E1 = frozenset({"LEADERBOARD"})
_E2 = frozenset({"gameCenterDetails"})
_E3 = frozenset({"gameCenterGroups"})
_E4 = frozenset({"gameCenterChallengeVersions"})
_E5 = frozenset({"gameCenterLeaderboards"})


class GameCenterChallengeCreateRequest(Model):
    data: GameCenterChallengeCreateRequestData | None | UnsetType = UNSET
    included: list[GameCenterChallengeVersionInlineCreate] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeCreateRequestData(Model):
    type: _L["gameCenterChallenges"] | str | None | UnsetType = UNSET
    attributes: GameCenterChallengeCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: GameCenterChallengeCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterChallengeCreateRequestDataAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    vendor_identifier: str | None | UnsetType = msgspec.field(
        default=UNSET, name="vendorIdentifier"
    )
    challenge_type: _L["LEADERBOARD"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="challengeType"
    )
    repeatable: bool | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"challenge_type", "reference_name", "vendor_identifier"})
    __ascapi_nullable__ = frozenset({"repeatable"})
    __ascapi_enums__ = {"challenge_type": _E1}


class GameCenterChallengeCreateRequestDataRelationships(Model):
    game_center_detail: (
        GameCenterChallengeCreateRequestDataRelationshipsGameCenterDetail | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterDetail")
    game_center_group: (
        GameCenterChallengeCreateRequestDataRelationshipsGameCenterGroup | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterGroup")
    versions: GameCenterChallengeCreateRequestDataRelationshipsVersions | None | UnsetType = UNSET
    leaderboard: GameCenterChallengeCreateRequestDataRelationshipsLeaderboard | None | UnsetType = (
        UNSET
    )
    leaderboard_v2: (
        GameCenterChallengeCreateRequestDataRelationshipsLeaderboardV2 | None | UnsetType
    ) = msgspec.field(default=UNSET, name="leaderboardV2")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeCreateRequestDataRelationshipsGameCenterDetail(Model):
    data: (
        GameCenterChallengeCreateRequestDataRelationshipsGameCenterDetailData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeCreateRequestDataRelationshipsGameCenterDetailData(Model):
    type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterChallengeCreateRequestDataRelationshipsGameCenterGroup(Model):
    data: (
        GameCenterChallengeCreateRequestDataRelationshipsGameCenterGroupData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeCreateRequestDataRelationshipsGameCenterGroupData(Model):
    type: _L["gameCenterGroups"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class GameCenterChallengeCreateRequestDataRelationshipsVersions(Model):
    data: list[GameCenterChallengeCreateRequestDataRelationshipsVersionsData] | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeCreateRequestDataRelationshipsVersionsData(Model):
    type: _L["gameCenterChallengeVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class GameCenterChallengeCreateRequestDataRelationshipsLeaderboard(Model):
    data: GameCenterChallengeCreateRequestDataRelationshipsLeaderboardData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeCreateRequestDataRelationshipsLeaderboardData(Model):
    type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class GameCenterChallengeCreateRequestDataRelationshipsLeaderboardV2(Model):
    data: GameCenterChallengeCreateRequestDataRelationshipsLeaderboardData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()
