# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "BackgroundAssetVersionAppStoreRelease",
    "BackgroundAssetVersionAppStoreReleaseAttributes",
    "BackgroundAssetVersionAppStoreReleaseRelationships",
    "BackgroundAssetVersionAppStoreReleaseRelationshipsBackgroundAssetVersion",
    "BackgroundAssetVersionAppStoreReleaseRelationshipsBackgroundAssetVersionData",
]

_E0 = frozenset({"backgroundAssetVersionAppStoreReleases"})
_E1 = frozenset(
    {
        "PREPARE_FOR_SUBMISSION",
        "READY_FOR_REVIEW",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "ACCEPTED",
        "REJECTED",
        "PROCESSING_FOR_DISTRIBUTION",
        "READY_FOR_DISTRIBUTION",
        "SUPERSEDED",
    }
)
_E2 = frozenset({"backgroundAssetVersions"})


class BackgroundAssetVersionAppStoreRelease(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["backgroundAssetVersionAppStoreReleases"] | str
        id: str
    else:
        type: _L["backgroundAssetVersionAppStoreReleases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BackgroundAssetVersionAppStoreReleaseAttributes | None | UnsetType = UNSET
    relationships: BackgroundAssetVersionAppStoreReleaseRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BackgroundAssetVersionAppStoreReleaseAttributes(Model):
    state: (
        _L[
            "PREPARE_FOR_SUBMISSION",
            "READY_FOR_REVIEW",
            "WAITING_FOR_REVIEW",
            "IN_REVIEW",
            "ACCEPTED",
            "REJECTED",
            "PROCESSING_FOR_DISTRIBUTION",
            "READY_FOR_DISTRIBUTION",
            "SUPERSEDED",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"state": _E1}


class BackgroundAssetVersionAppStoreReleaseRelationships(Model):
    background_asset_version: (
        BackgroundAssetVersionAppStoreReleaseRelationshipsBackgroundAssetVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="backgroundAssetVersion")
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetVersionAppStoreReleaseRelationshipsBackgroundAssetVersion(Model):
    data: (
        BackgroundAssetVersionAppStoreReleaseRelationshipsBackgroundAssetVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetVersionAppStoreReleaseRelationshipsBackgroundAssetVersionData(
    Model, kw_only=True
):
    if TYPE_CHECKING:
        type: _L["backgroundAssetVersions"] | str
        id: str
    else:
        type: _L["backgroundAssetVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
