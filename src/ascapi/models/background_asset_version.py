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
    "BackgroundAssetVersion",
    "BackgroundAssetVersionAttributes",
    "BackgroundAssetVersionAttributesStateDetails",
    "BackgroundAssetVersionRelationships",
    "BackgroundAssetVersionRelationshipsBackgroundAsset",
    "BackgroundAssetVersionRelationshipsBackgroundAssetData",
    "BackgroundAssetVersionRelationshipsInternalBetaRelease",
    "BackgroundAssetVersionRelationshipsInternalBetaReleaseData",
    "BackgroundAssetVersionRelationshipsExternalBetaRelease",
    "BackgroundAssetVersionRelationshipsExternalBetaReleaseData",
    "BackgroundAssetVersionRelationshipsAppStoreRelease",
    "BackgroundAssetVersionRelationshipsAppStoreReleaseData",
    "BackgroundAssetVersionRelationshipsAssetFile",
    "BackgroundAssetVersionRelationshipsAssetFileData",
    "BackgroundAssetVersionRelationshipsBackgroundAssetUploadFiles",
]

_E0 = frozenset({"backgroundAssetVersions"})
_E1 = frozenset({"IOS", "MAC_OS", "TV_OS", "VISION_OS"})
_E2 = frozenset({"AWAITING_UPLOAD", "PROCESSING", "FAILED", "COMPLETE"})
_E3 = frozenset({"backgroundAssets"})
_E4 = frozenset({"backgroundAssetVersionInternalBetaReleases"})
_E5 = frozenset({"backgroundAssetVersionExternalBetaReleases"})
_E6 = frozenset({"backgroundAssetVersionAppStoreReleases"})
_E7 = frozenset({"backgroundAssetUploadFiles"})


class BackgroundAssetVersion(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["backgroundAssetVersions"] | str
        id: str
    else:
        type: _L["backgroundAssetVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BackgroundAssetVersionAttributes | None | UnsetType = UNSET
    relationships: BackgroundAssetVersionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BackgroundAssetVersionAttributes(Model):
    created_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="createdDate")
    platforms: list[_L["IOS", "MAC_OS", "TV_OS", "VISION_OS"] | str] | None | UnsetType = UNSET
    state: _L["AWAITING_UPLOAD", "PROCESSING", "FAILED", "COMPLETE"] | str | None | UnsetType = (
        UNSET
    )
    state_details: BackgroundAssetVersionAttributesStateDetails | None | UnsetType = msgspec.field(
        default=UNSET, name="stateDetails"
    )
    version: str | None | UnsetType = UNSET
    locale: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"platforms": _E1, "state": _E2}


class BackgroundAssetVersionAttributesStateDetails(Model):
    errors: list[StateDetail] | None | UnsetType = UNSET
    warnings: list[StateDetail] | None | UnsetType = UNSET
    infos: list[StateDetail] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetVersionRelationships(Model):
    background_asset: BackgroundAssetVersionRelationshipsBackgroundAsset | None | UnsetType = (
        msgspec.field(default=UNSET, name="backgroundAsset")
    )
    internal_beta_release: (
        BackgroundAssetVersionRelationshipsInternalBetaRelease | None | UnsetType
    ) = msgspec.field(default=UNSET, name="internalBetaRelease")
    external_beta_release: (
        BackgroundAssetVersionRelationshipsExternalBetaRelease | None | UnsetType
    ) = msgspec.field(default=UNSET, name="externalBetaRelease")
    app_store_release: BackgroundAssetVersionRelationshipsAppStoreRelease | None | UnsetType = (
        msgspec.field(default=UNSET, name="appStoreRelease")
    )
    asset_file: BackgroundAssetVersionRelationshipsAssetFile | None | UnsetType = msgspec.field(
        default=UNSET, name="assetFile"
    )
    manifest_file: BackgroundAssetVersionRelationshipsAssetFile | None | UnsetType = msgspec.field(
        default=UNSET, name="manifestFile"
    )
    background_asset_upload_files: (
        BackgroundAssetVersionRelationshipsBackgroundAssetUploadFiles | None | UnsetType
    ) = msgspec.field(default=UNSET, name="backgroundAssetUploadFiles")
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetVersionRelationshipsBackgroundAsset(Model):
    data: BackgroundAssetVersionRelationshipsBackgroundAssetData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetVersionRelationshipsBackgroundAssetData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["backgroundAssets"] | str
        id: str
    else:
        type: _L["backgroundAssets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class BackgroundAssetVersionRelationshipsInternalBetaRelease(Model):
    data: BackgroundAssetVersionRelationshipsInternalBetaReleaseData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetVersionRelationshipsInternalBetaReleaseData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["backgroundAssetVersionInternalBetaReleases"] | str
        id: str
    else:
        type: _L["backgroundAssetVersionInternalBetaReleases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class BackgroundAssetVersionRelationshipsExternalBetaRelease(Model):
    data: BackgroundAssetVersionRelationshipsExternalBetaReleaseData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetVersionRelationshipsExternalBetaReleaseData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["backgroundAssetVersionExternalBetaReleases"] | str
        id: str
    else:
        type: _L["backgroundAssetVersionExternalBetaReleases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class BackgroundAssetVersionRelationshipsAppStoreRelease(Model):
    data: BackgroundAssetVersionRelationshipsAppStoreReleaseData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetVersionRelationshipsAppStoreReleaseData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["backgroundAssetVersionAppStoreReleases"] | str
        id: str
    else:
        type: _L["backgroundAssetVersionAppStoreReleases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}


class BackgroundAssetVersionRelationshipsAssetFile(Model):
    data: BackgroundAssetVersionRelationshipsAssetFileData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetVersionRelationshipsAssetFileData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["backgroundAssetUploadFiles"] | str
        id: str
    else:
        type: _L["backgroundAssetUploadFiles"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E7}


class BackgroundAssetVersionRelationshipsBackgroundAssetUploadFiles(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
