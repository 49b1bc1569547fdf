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
    "GameCenterActivityVersionReleaseCreateRequest",
    "GameCenterActivityVersionReleaseCreateRequestData",
    "GameCenterActivityVersionReleaseCreateRequestDataRelationships",
    "GameCenterActivityVersionReleaseCreateRequestDataRelationshipsGameCenterDetail",
    "GameCenterActivityVersionReleaseCreateRequestDataRelationshipsGameCenterDetailData",
    "GameCenterActivityVersionReleaseCreateRequestDataRelationshipsVersion",
    "GameCenterActivityVersionReleaseCreateRequestDataRelationshipsVersionData",
]

_E0 = frozenset({"gameCenterActivityVersionReleases"})
_E1 = frozenset({"gameCenterDetails"})
_E2 = frozenset({"gameCenterActivityVersions"})


class GameCenterActivityVersionReleaseCreateRequest(Model):
    data: GameCenterActivityVersionReleaseCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityVersionReleaseCreateRequestData(Model):
    type: _L["gameCenterActivityVersionReleases"] | str | None | UnsetType = UNSET
    relationships: (
        GameCenterActivityVersionReleaseCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterActivityVersionReleaseCreateRequestDataRelationships(Model):
    game_center_detail: (
        GameCenterActivityVersionReleaseCreateRequestDataRelationshipsGameCenterDetail
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterDetail")
    version: (
        GameCenterActivityVersionReleaseCreateRequestDataRelationshipsVersion | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"game_center_detail", "version"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityVersionReleaseCreateRequestDataRelationshipsGameCenterDetail(Model):
    data: (
        GameCenterActivityVersionReleaseCreateRequestDataRelationshipsGameCenterDetailData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityVersionReleaseCreateRequestDataRelationshipsGameCenterDetailData(Model):
    type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterActivityVersionReleaseCreateRequestDataRelationshipsVersion(Model):
    data: (
        GameCenterActivityVersionReleaseCreateRequestDataRelationshipsVersionData | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityVersionReleaseCreateRequestDataRelationshipsVersionData(Model):
    type: _L["gameCenterActivityVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
