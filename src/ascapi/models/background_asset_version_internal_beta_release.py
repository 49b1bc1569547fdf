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
    "BackgroundAssetVersionInternalBetaRelease",
    "BackgroundAssetVersionInternalBetaReleaseAttributes",
    "BackgroundAssetVersionInternalBetaReleaseRelationships",
    "BackgroundAssetVersionInternalBetaReleaseRelationshipsBackgroundAssetVersion",
    "BackgroundAssetVersionInternalBetaReleaseRelationshipsBackgroundAssetVersionData",
]

_E0 = frozenset({"backgroundAssetVersionInternalBetaReleases"})
_E1 = frozenset({"READY_FOR_TESTING", "SUPERSEDED"})
_E2 = frozenset({"backgroundAssetVersions"})


class BackgroundAssetVersionInternalBetaRelease(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["backgroundAssetVersionInternalBetaReleases"] | str
        id: str
    else:
        type: _L["backgroundAssetVersionInternalBetaReleases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BackgroundAssetVersionInternalBetaReleaseAttributes | None | UnsetType = UNSET
    relationships: BackgroundAssetVersionInternalBetaReleaseRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BackgroundAssetVersionInternalBetaReleaseAttributes(Model):
    state: _L["READY_FOR_TESTING", "SUPERSEDED"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"state": _E1}


class BackgroundAssetVersionInternalBetaReleaseRelationships(Model):
    background_asset_version: (
        BackgroundAssetVersionInternalBetaReleaseRelationshipsBackgroundAssetVersion
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="backgroundAssetVersion")
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetVersionInternalBetaReleaseRelationshipsBackgroundAssetVersion(Model):
    data: (
        BackgroundAssetVersionInternalBetaReleaseRelationshipsBackgroundAssetVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetVersionInternalBetaReleaseRelationshipsBackgroundAssetVersionData(
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
