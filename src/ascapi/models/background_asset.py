# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "BackgroundAsset",
    "BackgroundAssetAttributes",
    "BackgroundAssetRelationships",
    "BackgroundAssetRelationshipsApp",
    "BackgroundAssetRelationshipsAppData",
    "BackgroundAssetRelationshipsVersions",
    "BackgroundAssetRelationshipsAppStoreVersion",
    "BackgroundAssetRelationshipsAppStoreVersionData",
]

_E0 = frozenset({"backgroundAssets"})
_E1 = frozenset({"apps"})
_E2 = frozenset({"backgroundAssetVersions"})


class BackgroundAsset(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["backgroundAssets"] | str
        id: str
    else:
        type: _L["backgroundAssets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BackgroundAssetAttributes | None | UnsetType = UNSET
    relationships: BackgroundAssetRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BackgroundAssetAttributes(Model):
    archived: bool | None | UnsetType = UNSET
    asset_pack_identifier: str | None | UnsetType = msgspec.field(
        default=UNSET, name="assetPackIdentifier"
    )
    created_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="createdDate")
    used_bytes: int | None | UnsetType = msgspec.field(default=UNSET, name="usedBytes")
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetRelationships(Model):
    app: BackgroundAssetRelationshipsApp | None | UnsetType = UNSET
    versions: BackgroundAssetRelationshipsVersions | None | UnsetType = UNSET
    app_store_version: BackgroundAssetRelationshipsAppStoreVersion | None | UnsetType = (
        msgspec.field(default=UNSET, name="appStoreVersion")
    )
    internal_beta_version: BackgroundAssetRelationshipsAppStoreVersion | None | UnsetType = (
        msgspec.field(default=UNSET, name="internalBetaVersion")
    )
    external_beta_version: BackgroundAssetRelationshipsAppStoreVersion | None | UnsetType = (
        msgspec.field(default=UNSET, name="externalBetaVersion")
    )
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetRelationshipsApp(Model):
    data: BackgroundAssetRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetRelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class BackgroundAssetRelationshipsVersions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetRelationshipsAppStoreVersion(Model):
    data: BackgroundAssetRelationshipsAppStoreVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetRelationshipsAppStoreVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["backgroundAssetVersions"] | str
        id: str
    else:
        type: _L["backgroundAssetVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
