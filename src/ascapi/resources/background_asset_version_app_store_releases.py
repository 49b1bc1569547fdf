# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``background_asset_version_app_store_releases`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._types import NOT_GIVEN

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.background_asset_version_app_store_release_response import (
        BackgroundAssetVersionAppStoreReleaseResponse,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["state", "backgroundAssetVersion"]
    _Enum1 = Literal[
        "createdDate",
        "platforms",
        "state",
        "stateDetails",
        "version",
        "locale",
        "backgroundAsset",
        "internalBetaRelease",
        "externalBetaRelease",
        "appStoreRelease",
        "assetFile",
        "manifestFile",
        "backgroundAssetUploadFiles",
    ]
    _Enum2 = Literal["backgroundAssetVersion"]


class BackgroundAssetVersionAppStoreReleases(SyncAPIResource):
    """``client.background_asset_version_app_store_releases``: /v1/backgroundAssetVersionAppStoreReleases"""

    def get(
        self,
        id: str,
        *,
        fields_background_asset_version_app_store_releases: Sequence[_Enum0] | None = None,
        fields_background_asset_versions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BackgroundAssetVersionAppStoreReleaseResponse:
        """backgroundAssetVersionAppStoreReleases_getInstance

        GET /v1/backgroundAssetVersionAppStoreReleases/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversionappstorereleases-_id_
        """
        from ascapi.models.background_asset_version_app_store_release_response import (
            BackgroundAssetVersionAppStoreReleaseResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/backgroundAssetVersionAppStoreReleases/{id}", id=id),
            params={
                "fields[backgroundAssetVersionAppStoreReleases]": fields_background_asset_version_app_store_releases,
                "fields[backgroundAssetVersions]": fields_background_asset_versions,
                "include": include,
            },
            response_type=BackgroundAssetVersionAppStoreReleaseResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBackgroundAssetVersionAppStoreReleases(AsyncAPIResource):
    """``client.background_asset_version_app_store_releases``: /v1/backgroundAssetVersionAppStoreReleases"""

    async def get(
        self,
        id: str,
        *,
        fields_background_asset_version_app_store_releases: Sequence[_Enum0] | None = None,
        fields_background_asset_versions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BackgroundAssetVersionAppStoreReleaseResponse:
        """backgroundAssetVersionAppStoreReleases_getInstance

        GET /v1/backgroundAssetVersionAppStoreReleases/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversionappstorereleases-_id_
        """
        from ascapi.models.background_asset_version_app_store_release_response import (
            BackgroundAssetVersionAppStoreReleaseResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/backgroundAssetVersionAppStoreReleases/{id}", id=id),
            params={
                "fields[backgroundAssetVersionAppStoreReleases]": fields_background_asset_version_app_store_releases,
                "fields[backgroundAssetVersions]": fields_background_asset_versions,
                "include": include,
            },
            response_type=BackgroundAssetVersionAppStoreReleaseResponse,
            options=options(extra_headers, extra_query, timeout),
        )
