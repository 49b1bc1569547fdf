# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``background_asset_versions`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._jsonapi import UNSET
from ascapi._types import NOT_GIVEN
from ascapi.resources import _support

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.background_asset_upload_file import BackgroundAssetUploadFile
    from ascapi.models.background_asset_upload_files_response import (
        BackgroundAssetUploadFilesResponse,
    )
    from ascapi.models.background_asset_version_background_asset_upload_files_linkages_response import (
        BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponse,
        BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponseData,
    )
    from ascapi.models.background_asset_version_create_request import (
        BackgroundAssetVersionCreateRequest,
    )
    from ascapi.models.background_asset_version_response import BackgroundAssetVersionResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
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
    _Enum1 = Literal[
        "archived",
        "assetPackIdentifier",
        "createdDate",
        "usedBytes",
        "app",
        "versions",
        "appStoreVersion",
        "internalBetaVersion",
        "externalBetaVersion",
    ]
    _Enum2 = Literal["state", "backgroundAssetVersion"]
    _Enum3 = Literal[
        "assetDeliveryState",
        "assetToken",
        "assetType",
        "fileName",
        "fileSize",
        "sourceFileChecksum",
        "sourceFileChecksums",
        "uploadOperations",
    ]
    _Enum4 = Literal[
        "backgroundAsset",
        "internalBetaRelease",
        "externalBetaRelease",
        "appStoreRelease",
        "assetFile",
        "manifestFile",
    ]


class BackgroundAssetVersions(SyncAPIResource):
    """``client.background_asset_versions``: /v1/backgroundAssetVersions"""

    @cached_property
    def background_asset_upload_files(self) -> BackgroundAssetVersionsBackgroundAssetUploadFiles:
        return BackgroundAssetVersionsBackgroundAssetUploadFiles(self._client)

    def create(
        self,
        *,
        body: BackgroundAssetVersionCreateRequest | Mapping[str, Any] | None = None,
        background_asset: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BackgroundAssetVersionResponse:
        """backgroundAssetVersions_createInstance

        POST /v1/backgroundAssetVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-backgroundassetversions
        """
        from ascapi.models.background_asset_version_response import BackgroundAssetVersionResponse

        body = _support.document(
            body,
            background_asset is not UNSET,
            "backgroundAssetVersions",
            None,
            {},
            {"backgroundAsset": ("backgroundAssets", False, background_asset)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/backgroundAssetVersions",
            body=body,
            response_type=BackgroundAssetVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_background_asset_versions: Sequence[_Enum0] | None = None,
        fields_background_assets: Sequence[_Enum1] | None = None,
        fields_background_asset_version_internal_beta_releases: Sequence[_Enum2] | None = None,
        fields_background_asset_version_external_beta_releases: Sequence[_Enum2] | None = None,
        fields_background_asset_version_app_store_releases: Sequence[_Enum2] | None = None,
        fields_background_asset_upload_files: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BackgroundAssetVersionResponse:
        """backgroundAssetVersions_getInstance

        GET /v1/backgroundAssetVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversions-_id_
        """
        from ascapi.models.background_asset_version_response import BackgroundAssetVersionResponse

        return self._client._call(
            "GET",
            path("/v1/backgroundAssetVersions/{id}", id=id),
            params={
                "fields[backgroundAssetVersions]": fields_background_asset_versions,
                "fields[backgroundAssets]": fields_background_assets,
                "fields[backgroundAssetVersionInternalBetaReleases]": fields_background_asset_version_internal_beta_releases,
                "fields[backgroundAssetVersionExternalBetaReleases]": fields_background_asset_version_external_beta_releases,
                "fields[backgroundAssetVersionAppStoreReleases]": fields_background_asset_version_app_store_releases,
                "fields[backgroundAssetUploadFiles]": fields_background_asset_upload_files,
                "include": include,
            },
            response_type=BackgroundAssetVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BackgroundAssetVersionsBackgroundAssetUploadFiles(SyncAPIResource):
    """``client.background_asset_versions.background_asset_upload_files``: /v1/backgroundAssetVersions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponse,
        BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponseData,
    ]:
        """backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelationship

        GET /v1/backgroundAssetVersions/{id}/relationships/backgroundAssetUploadFiles

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversions-_id_-relationships-backgroundassetuploadfiles
        """
        from ascapi.models.background_asset_version_background_asset_upload_files_linkages_response import (
            BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponse,
        )

        return self._client._get_page(
            path(
                "/v1/backgroundAssetVersions/{id}/relationships/backgroundAssetUploadFiles", id=id
            ),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_background_asset_upload_files: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BackgroundAssetUploadFilesResponse, BackgroundAssetUploadFile]:
        """backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelated

        GET /v1/backgroundAssetVersions/{id}/backgroundAssetUploadFiles

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversions-_id_-backgroundassetuploadfiles
        """
        from ascapi.models.background_asset_upload_files_response import (
            BackgroundAssetUploadFilesResponse,
        )

        return self._client._get_page(
            path("/v1/backgroundAssetVersions/{id}/backgroundAssetUploadFiles", id=id),
            params={
                "fields[backgroundAssetUploadFiles]": fields_background_asset_upload_files,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BackgroundAssetUploadFilesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBackgroundAssetVersions(AsyncAPIResource):
    """``client.background_asset_versions``: /v1/backgroundAssetVersions"""

    @cached_property
    def background_asset_upload_files(
        self,
    ) -> AsyncBackgroundAssetVersionsBackgroundAssetUploadFiles:
        return AsyncBackgroundAssetVersionsBackgroundAssetUploadFiles(self._client)

    async def create(
        self,
        *,
        body: BackgroundAssetVersionCreateRequest | Mapping[str, Any] | None = None,
        background_asset: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BackgroundAssetVersionResponse:
        """backgroundAssetVersions_createInstance

        POST /v1/backgroundAssetVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-backgroundassetversions
        """
        from ascapi.models.background_asset_version_response import BackgroundAssetVersionResponse

        body = _support.document(
            body,
            background_asset is not UNSET,
            "backgroundAssetVersions",
            None,
            {},
            {"backgroundAsset": ("backgroundAssets", False, background_asset)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/backgroundAssetVersions",
            body=body,
            response_type=BackgroundAssetVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_background_asset_versions: Sequence[_Enum0] | None = None,
        fields_background_assets: Sequence[_Enum1] | None = None,
        fields_background_asset_version_internal_beta_releases: Sequence[_Enum2] | None = None,
        fields_background_asset_version_external_beta_releases: Sequence[_Enum2] | None = None,
        fields_background_asset_version_app_store_releases: Sequence[_Enum2] | None = None,
        fields_background_asset_upload_files: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BackgroundAssetVersionResponse:
        """backgroundAssetVersions_getInstance

        GET /v1/backgroundAssetVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversions-_id_
        """
        from ascapi.models.background_asset_version_response import BackgroundAssetVersionResponse

        return await self._client._call(
            "GET",
            path("/v1/backgroundAssetVersions/{id}", id=id),
            params={
                "fields[backgroundAssetVersions]": fields_background_asset_versions,
                "fields[backgroundAssets]": fields_background_assets,
                "fields[backgroundAssetVersionInternalBetaReleases]": fields_background_asset_version_internal_beta_releases,
                "fields[backgroundAssetVersionExternalBetaReleases]": fields_background_asset_version_external_beta_releases,
                "fields[backgroundAssetVersionAppStoreReleases]": fields_background_asset_version_app_store_releases,
                "fields[backgroundAssetUploadFiles]": fields_background_asset_upload_files,
                "include": include,
            },
            response_type=BackgroundAssetVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBackgroundAssetVersionsBackgroundAssetUploadFiles(AsyncAPIResource):
    """``client.background_asset_versions.background_asset_upload_files``: /v1/backgroundAssetVersions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponse,
        BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponseData,
    ]:
        """backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelationship

        GET /v1/backgroundAssetVersions/{id}/relationships/backgroundAssetUploadFiles

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversions-_id_-relationships-backgroundassetuploadfiles
        """
        from ascapi.models.background_asset_version_background_asset_upload_files_linkages_response import (
            BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponse,
        )

        return self._client._get_page(
            path(
                "/v1/backgroundAssetVersions/{id}/relationships/backgroundAssetUploadFiles", id=id
            ),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_background_asset_upload_files: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BackgroundAssetUploadFilesResponse, BackgroundAssetUploadFile]:
        """backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelated

        GET /v1/backgroundAssetVersions/{id}/backgroundAssetUploadFiles

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversions-_id_-backgroundassetuploadfiles
        """
        from ascapi.models.background_asset_upload_files_response import (
            BackgroundAssetUploadFilesResponse,
        )

        return self._client._get_page(
            path("/v1/backgroundAssetVersions/{id}/backgroundAssetUploadFiles", id=id),
            params={
                "fields[backgroundAssetUploadFiles]": fields_background_asset_upload_files,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BackgroundAssetUploadFilesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
