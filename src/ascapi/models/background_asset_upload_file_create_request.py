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
    "BackgroundAssetUploadFileCreateRequest",
    "BackgroundAssetUploadFileCreateRequestData",
    "BackgroundAssetUploadFileCreateRequestDataAttributes",
    "BackgroundAssetUploadFileCreateRequestDataRelationships",
    "BackgroundAssetUploadFileCreateRequestDataRelationshipsBackgroundAssetVersion",
    "BackgroundAssetUploadFileCreateRequestDataRelationshipsBackgroundAssetVersionData",
]

_E0 = frozenset({"backgroundAssetUploadFiles"})
_E1 = frozenset({"ASSET", "MANIFEST"})
_E2 = frozenset({"backgroundAssetVersions"})


class BackgroundAssetUploadFileCreateRequest(Model):
    data: BackgroundAssetUploadFileCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetUploadFileCreateRequestData(Model):
    type: _L["backgroundAssetUploadFiles"] | str | None | UnsetType = UNSET
    attributes: BackgroundAssetUploadFileCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: BackgroundAssetUploadFileCreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BackgroundAssetUploadFileCreateRequestDataAttributes(Model):
    asset_type: _L["ASSET", "MANIFEST"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="assetType"
    )
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    __ascapi_required__ = frozenset({"asset_type", "file_name", "file_size"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"asset_type": _E1}


class BackgroundAssetUploadFileCreateRequestDataRelationships(Model):
    background_asset_version: (
        BackgroundAssetUploadFileCreateRequestDataRelationshipsBackgroundAssetVersion
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="backgroundAssetVersion")
    __ascapi_required__ = frozenset({"background_asset_version"})
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetUploadFileCreateRequestDataRelationshipsBackgroundAssetVersion(Model):
    data: (
        BackgroundAssetUploadFileCreateRequestDataRelationshipsBackgroundAssetVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetUploadFileCreateRequestDataRelationshipsBackgroundAssetVersionData(Model):
    type: _L["backgroundAssetVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
