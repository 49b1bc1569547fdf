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
    "BackgroundAssetVersionExternalBetaRelease",
    "BackgroundAssetVersionExternalBetaReleaseAttributes",
    "BackgroundAssetVersionExternalBetaReleaseRelationships",
    "BackgroundAssetVersionExternalBetaReleaseRelationshipsBackgroundAssetVersion",
    "BackgroundAssetVersionExternalBetaReleaseRelationshipsBackgroundAssetVersionData",
]

_E0 = frozenset({"backgroundAssetVersionExternalBetaReleases"})
_E1 = frozenset(
    {
        "READY_FOR_BETA_SUBMISSION",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "REJECTED",
        "PROCESSING_FOR_TESTING",
        "READY_FOR_TESTING",
        "SUPERSEDED",
    }
)
_E2 = frozenset({"backgroundAssetVersions"})


class BackgroundAssetVersionExternalBetaRelease(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["backgroundAssetVersionExternalBetaReleases"] | str
        id: str
    else:
        type: _L["backgroundAssetVersionExternalBetaReleases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BackgroundAssetVersionExternalBetaReleaseAttributes | None | UnsetType = UNSET
    relationships: BackgroundAssetVersionExternalBetaReleaseRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BackgroundAssetVersionExternalBetaReleaseAttributes(Model):
    state: (
        _L[
            "READY_FOR_BETA_SUBMISSION",
            "WAITING_FOR_REVIEW",
            "IN_REVIEW",
            "REJECTED",
            "PROCESSING_FOR_TESTING",
            "READY_FOR_TESTING",
            "SUPERSEDED",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"state": _E1}


class BackgroundAssetVersionExternalBetaReleaseRelationships(Model):
    background_asset_version: (
        BackgroundAssetVersionExternalBetaReleaseRelationshipsBackgroundAssetVersion
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="backgroundAssetVersion")
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetVersionExternalBetaReleaseRelationshipsBackgroundAssetVersion(Model):
    data: (
        BackgroundAssetVersionExternalBetaReleaseRelationshipsBackgroundAssetVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetVersionExternalBetaReleaseRelationshipsBackgroundAssetVersionData(
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
