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
    "GameCenterAppVersionCreateRequest",
    "GameCenterAppVersionCreateRequestData",
    "GameCenterAppVersionCreateRequestDataRelationships",
    "GameCenterAppVersionCreateRequestDataRelationshipsAppStoreVersion",
    "GameCenterAppVersionCreateRequestDataRelationshipsAppStoreVersionData",
]

_E0 = frozenset({"gameCenterAppVersions"})
_E1 = frozenset({"appStoreVersions"})


class GameCenterAppVersionCreateRequest(Model):
    data: GameCenterAppVersionCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAppVersionCreateRequestData(Model):
    type: _L["gameCenterAppVersions"] | str | None | UnsetType = UNSET
    relationships: GameCenterAppVersionCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterAppVersionCreateRequestDataRelationships(Model):
    app_store_version: (
        GameCenterAppVersionCreateRequestDataRelationshipsAppStoreVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersion")
    __ascapi_required__ = frozenset({"app_store_version"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAppVersionCreateRequestDataRelationshipsAppStoreVersion(Model):
    data: (
        GameCenterAppVersionCreateRequestDataRelationshipsAppStoreVersionData | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAppVersionCreateRequestDataRelationshipsAppStoreVersionData(Model):
    type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
