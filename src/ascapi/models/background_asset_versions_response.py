# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.background_asset_version import BackgroundAssetVersion
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.background_asset import BackgroundAsset
    from ascapi.models.background_asset_upload_file import BackgroundAssetUploadFile
    from ascapi.models.background_asset_version_app_store_release import (
        BackgroundAssetVersionAppStoreRelease,
    )
    from ascapi.models.background_asset_version_external_beta_release import (
        BackgroundAssetVersionExternalBetaRelease,
    )
    from ascapi.models.background_asset_version_internal_beta_release import (
        BackgroundAssetVersionInternalBetaRelease,
    )

    _Included = (
        BackgroundAsset
        | BackgroundAssetUploadFile
        | BackgroundAssetVersionAppStoreRelease
        | BackgroundAssetVersionExternalBetaRelease
        | BackgroundAssetVersionInternalBetaRelease
        | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "backgroundAssetUploadFiles": "ascapi.models.background_asset_upload_file:BackgroundAssetUploadFile",
            "backgroundAssetVersionAppStoreReleases": "ascapi.models.background_asset_version_app_store_release:BackgroundAssetVersionAppStoreRelease",
            "backgroundAssetVersionExternalBetaReleases": "ascapi.models.background_asset_version_external_beta_release:BackgroundAssetVersionExternalBetaRelease",
            "backgroundAssetVersionInternalBetaReleases": "ascapi.models.background_asset_version_internal_beta_release:BackgroundAssetVersionInternalBetaRelease",
            "backgroundAssets": "ascapi.models.background_asset:BackgroundAsset",
        }
    )

__all__ = ["BackgroundAssetVersionsResponse"]


class BackgroundAssetVersionsResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[BackgroundAssetVersion]
    else:
        data: list[BackgroundAssetVersion] | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: PagedDocumentLinks
    else:
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
