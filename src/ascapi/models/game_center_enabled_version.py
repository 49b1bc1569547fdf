# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.image_asset import ImageAsset
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterEnabledVersion",
    "GameCenterEnabledVersionAttributes",
    "GameCenterEnabledVersionRelationships",
    "GameCenterEnabledVersionRelationshipsCompatibleVersions",
    "GameCenterEnabledVersionRelationshipsCompatibleVersionsData",
    "GameCenterEnabledVersionRelationshipsApp",
    "GameCenterEnabledVersionRelationshipsAppData",
]

_E0 = frozenset({"gameCenterEnabledVersions"})
_E1 = frozenset({"IOS", "MAC_OS", "TV_OS", "VISION_OS"})
_E2 = frozenset({"apps"})


class GameCenterEnabledVersion(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterEnabledVersions"] | str
        id: str
    else:
        type: _L["gameCenterEnabledVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterEnabledVersionAttributes | None | UnsetType = UNSET
    relationships: GameCenterEnabledVersionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterEnabledVersionAttributes(Model):
    platform: _L["IOS", "MAC_OS", "TV_OS", "VISION_OS"] | str | None | UnsetType = UNSET
    version_string: str | None | UnsetType = msgspec.field(default=UNSET, name="versionString")
    icon_asset: ImageAsset | None | UnsetType = msgspec.field(default=UNSET, name="iconAsset")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"platform": _E1}


class GameCenterEnabledVersionRelationships(Model):
    compatible_versions: (
        GameCenterEnabledVersionRelationshipsCompatibleVersions | None | UnsetType
    ) = msgspec.field(default=UNSET, name="compatibleVersions")
    app: GameCenterEnabledVersionRelationshipsApp | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterEnabledVersionRelationshipsCompatibleVersions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterEnabledVersionRelationshipsCompatibleVersionsData] | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterEnabledVersionRelationshipsCompatibleVersionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterEnabledVersions"] | str
        id: str
    else:
        type: _L["gameCenterEnabledVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterEnabledVersionRelationshipsApp(Model):
    data: GameCenterEnabledVersionRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterEnabledVersionRelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
