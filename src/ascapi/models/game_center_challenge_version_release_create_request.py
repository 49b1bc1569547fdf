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
    "GameCenterChallengeVersionReleaseCreateRequest",
    "GameCenterChallengeVersionReleaseCreateRequestData",
    "GameCenterChallengeVersionReleaseCreateRequestDataRelationships",
    "GameCenterChallengeVersionReleaseCreateRequestDataRelationshipsGameCenterDetail",
    "GameCenterChallengeVersionReleaseCreateRequestDataRelationshipsGameCenterDetailData",
    "GameCenterChallengeVersionReleaseCreateRequestDataRelationshipsVersion",
    "GameCenterChallengeVersionReleaseCreateRequestDataRelationshipsVersionData",
]

_E0 = frozenset({"gameCenterChallengeVersionReleases"})
_E1 = frozenset({"gameCenterDetails"})
_E2 = frozenset({"gameCenterChallengeVersions"})


class GameCenterChallengeVersionReleaseCreateRequest(Model):
    data: GameCenterChallengeVersionReleaseCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeVersionReleaseCreateRequestData(Model):
    type: _L["gameCenterChallengeVersionReleases"] | str | None | UnsetType = UNSET
    relationships: (
        GameCenterChallengeVersionReleaseCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterChallengeVersionReleaseCreateRequestDataRelationships(Model):
    game_center_detail: (
        GameCenterChallengeVersionReleaseCreateRequestDataRelationshipsGameCenterDetail
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterDetail")
    version: (
        GameCenterChallengeVersionReleaseCreateRequestDataRelationshipsVersion | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"game_center_detail", "version"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeVersionReleaseCreateRequestDataRelationshipsGameCenterDetail(Model):
    data: (
        GameCenterChallengeVersionReleaseCreateRequestDataRelationshipsGameCenterDetailData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeVersionReleaseCreateRequestDataRelationshipsGameCenterDetailData(Model):
    type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterChallengeVersionReleaseCreateRequestDataRelationshipsVersion(Model):
    data: (
        GameCenterChallengeVersionReleaseCreateRequestDataRelationshipsVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeVersionReleaseCreateRequestDataRelationshipsVersionData(Model):
    type: _L["gameCenterChallengeVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
