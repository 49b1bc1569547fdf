# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks
from ascapi.models.state_detail import StateDetail

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "BuildUpload",
    "BuildUploadAttributes",
    "BuildUploadAttributesState",
    "BuildUploadRelationships",
    "BuildUploadRelationshipsBuild",
    "BuildUploadRelationshipsBuildData",
    "BuildUploadRelationshipsAssetFile",
    "BuildUploadRelationshipsAssetFileData",
    "BuildUploadRelationshipsBuildUploadFiles",
]

_E0 = frozenset({"buildUploads"})
_E1 = frozenset({"AWAITING_UPLOAD", "PROCESSING", "FAILED", "COMPLETE"})
_E2 = frozenset({"IOS", "MAC_OS", "TV_OS", "VISION_OS"})
_E3 = frozenset({"builds"})
_E4 = frozenset({"buildUploadFiles"})


class BuildUpload(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["buildUploads"] | str
        id: str
    else:
        type: _L["buildUploads"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BuildUploadAttributes | None | UnsetType = UNSET
    relationships: BuildUploadRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BuildUploadAttributes(Model):
    cf_bundle_short_version_string: str | None | UnsetType = msgspec.field(
        default=UNSET, name="cfBundleShortVersionString"
    )
    cf_bundle_version: str | None | UnsetType = msgspec.field(default=UNSET, name="cfBundleVersion")
    created_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="createdDate")
    state: BuildUploadAttributesState | None | UnsetType = UNSET
    platform: _L["IOS", "MAC_OS", "TV_OS", "VISION_OS"] | str | None | UnsetType = UNSET
    uploaded_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="uploadedDate"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"platform": _E2}


class BuildUploadAttributesState(Model):
    errors: list[StateDetail] | None | UnsetType = UNSET
    warnings: list[StateDetail] | None | UnsetType = UNSET
    infos: list[StateDetail] | None | UnsetType = UNSET
    state: _L["AWAITING_UPLOAD", "PROCESSING", "FAILED", "COMPLETE"] | str | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"state": _E1}


class BuildUploadRelationships(Model):
    build: BuildUploadRelationshipsBuild | None | UnsetType = UNSET
    asset_file: BuildUploadRelationshipsAssetFile | None | UnsetType = msgspec.field(
        default=UNSET, name="assetFile"
    )
    asset_description_file: BuildUploadRelationshipsAssetFile | None | UnsetType = msgspec.field(
        default=UNSET, name="assetDescriptionFile"
    )
    asset_spi_file: BuildUploadRelationshipsAssetFile | None | UnsetType = msgspec.field(
        default=UNSET, name="assetSpiFile"
    )
    build_upload_files: BuildUploadRelationshipsBuildUploadFiles | None | UnsetType = msgspec.field(
        default=UNSET, name="buildUploadFiles"
    )
    __ascapi_nullable__ = frozenset[str]()


class BuildUploadRelationshipsBuild(Model):
    data: BuildUploadRelationshipsBuildData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BuildUploadRelationshipsBuildData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["builds"] | str
        id: str
    else:
        type: _L["builds"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class BuildUploadRelationshipsAssetFile(Model):
    data: BuildUploadRelationshipsAssetFileData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BuildUploadRelationshipsAssetFileData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["buildUploadFiles"] | str
        id: str
    else:
        type: _L["buildUploadFiles"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class BuildUploadRelationshipsBuildUploadFiles(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
