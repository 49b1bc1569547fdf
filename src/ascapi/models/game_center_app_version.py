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
    "GameCenterAppVersion",
    "GameCenterAppVersionAttributes",
    "GameCenterAppVersionRelationships",
    "GameCenterAppVersionRelationshipsCompatibilityVersions",
    "GameCenterAppVersionRelationshipsCompatibilityVersionsData",
    "GameCenterAppVersionRelationshipsAppStoreVersion",
    "GameCenterAppVersionRelationshipsAppStoreVersionData",
]

_E0 = frozenset({"gameCenterAppVersions"})
_E1 = frozenset({"appStoreVersions"})


class GameCenterAppVersion(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAppVersions"] | str
        id: str
    else:
        type: _L["gameCenterAppVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterAppVersionAttributes | None | UnsetType = UNSET
    relationships: GameCenterAppVersionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterAppVersionAttributes(Model):
    enabled: bool | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAppVersionRelationships(Model):
    compatibility_versions: (
        GameCenterAppVersionRelationshipsCompatibilityVersions | None | UnsetType
    ) = msgspec.field(default=UNSET, name="compatibilityVersions")
    app_store_version: GameCenterAppVersionRelationshipsAppStoreVersion | None | UnsetType = (
        msgspec.field(default=UNSET, name="appStoreVersion")
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAppVersionRelationshipsCompatibilityVersions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterAppVersionRelationshipsCompatibilityVersionsData] | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAppVersionRelationshipsCompatibilityVersionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAppVersions"] | str
        id: str
    else:
        type: _L["gameCenterAppVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterAppVersionRelationshipsAppStoreVersion(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: GameCenterAppVersionRelationshipsAppStoreVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAppVersionRelationshipsAppStoreVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersions"] | str
        id: str
    else:
        type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
