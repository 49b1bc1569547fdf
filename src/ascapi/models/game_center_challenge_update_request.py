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
    "GameCenterChallengeUpdateRequest",
    "GameCenterChallengeUpdateRequestData",
    "GameCenterChallengeUpdateRequestDataAttributes",
    "GameCenterChallengeUpdateRequestDataRelationships",
    "GameCenterChallengeUpdateRequestDataRelationshipsLeaderboard",
    "GameCenterChallengeUpdateRequestDataRelationshipsLeaderboardData",
    "GameCenterChallengeUpdateRequestDataRelationshipsLeaderboardV2",
]

_E0 = frozenset({"gameCenterChallenges"})
_E1 = frozenset({"gameCenterLeaderboards"})


class GameCenterChallengeUpdateRequest(Model):
    data: GameCenterChallengeUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeUpdateRequestData(Model):
    type: _L["gameCenterChallenges"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: GameCenterChallengeUpdateRequestDataAttributes | None | UnsetType = UNSET
    relationships: GameCenterChallengeUpdateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterChallengeUpdateRequestDataAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    archived: bool | None | UnsetType = UNSET
    repeatable: bool | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset({"archived", "reference_name", "repeatable"})


class GameCenterChallengeUpdateRequestDataRelationships(Model):
    leaderboard: GameCenterChallengeUpdateRequestDataRelationshipsLeaderboard | None | UnsetType = (
        UNSET
    )
    leaderboard_v2: (
        GameCenterChallengeUpdateRequestDataRelationshipsLeaderboardV2 | None | UnsetType
    ) = msgspec.field(default=UNSET, name="leaderboardV2")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeUpdateRequestDataRelationshipsLeaderboard(Model):
    data: GameCenterChallengeUpdateRequestDataRelationshipsLeaderboardData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeUpdateRequestDataRelationshipsLeaderboardData(Model):
    type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterChallengeUpdateRequestDataRelationshipsLeaderboardV2(Model):
    data: GameCenterChallengeUpdateRequestDataRelationshipsLeaderboardData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()
