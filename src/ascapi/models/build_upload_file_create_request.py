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
    "BuildUploadFileCreateRequest",
    "BuildUploadFileCreateRequestData",
    "BuildUploadFileCreateRequestDataAttributes",
    "BuildUploadFileCreateRequestDataRelationships",
    "BuildUploadFileCreateRequestDataRelationshipsBuildUpload",
    "BuildUploadFileCreateRequestDataRelationshipsBuildUploadData",
]

_E0 = frozenset({"buildUploadFiles"})
_E1 = frozenset({"ASSET", "ASSET_DESCRIPTION", "ASSET_SPI"})
_E2 = frozenset(
    {
        "com.apple.binary-property-list",
        "com.apple.ipa",
        "com.apple.pkg",
        "com.apple.xml-property-list",
        "com.pkware.zip-archive",
    }
)
_E3 = frozenset({"buildUploads"})


class BuildUploadFileCreateRequest(Model):
    data: BuildUploadFileCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BuildUploadFileCreateRequestData(Model):
    type: _L["buildUploadFiles"] | str | None | UnsetType = UNSET
    attributes: BuildUploadFileCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: BuildUploadFileCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BuildUploadFileCreateRequestDataAttributes(Model):
    asset_type: _L["ASSET", "ASSET_DESCRIPTION", "ASSET_SPI"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="assetType")
    )
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    uti: (
        _L[
            "com.apple.binary-property-list",
            "com.apple.ipa",
            "com.apple.pkg",
            "com.apple.xml-property-list",
            "com.pkware.zip-archive",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"asset_type", "file_name", "file_size", "uti"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"asset_type": _E1, "uti": _E2}


class BuildUploadFileCreateRequestDataRelationships(Model):
    build_upload: BuildUploadFileCreateRequestDataRelationshipsBuildUpload | None | UnsetType = (
        msgspec.field(default=UNSET, name="buildUpload")
    )
    __ascapi_required__ = frozenset({"build_upload"})
    __ascapi_nullable__ = frozenset[str]()


class BuildUploadFileCreateRequestDataRelationshipsBuildUpload(Model):
    data: BuildUploadFileCreateRequestDataRelationshipsBuildUploadData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BuildUploadFileCreateRequestDataRelationshipsBuildUploadData(Model):
    type: _L["buildUploads"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
