# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``build_uploads`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.build_upload_build_upload_files_linkages_response import (
        BuildUploadBuildUploadFilesLinkagesResponse,
        BuildUploadBuildUploadFilesLinkagesResponseData,
    )
    from ascapi.models.build_upload_create_request import BuildUploadCreateRequest
    from ascapi.models.build_upload_file import BuildUploadFile
    from ascapi.models.build_upload_files_response import BuildUploadFilesResponse
    from ascapi.models.build_upload_response import BuildUploadResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["IOS", "MAC_OS", "TV_OS", "VISION_OS"]
    _Enum1 = Literal[
        "cfBundleShortVersionString",
        "cfBundleVersion",
        "createdDate",
        "state",
        "platform",
        "uploadedDate",
        "build",
        "assetFile",
        "assetDescriptionFile",
        "assetSpiFile",
        "buildUploadFiles",
    ]
    _Enum2 = Literal[
        "version",
        "uploadedDate",
        "expirationDate",
        "expired",
        "minOsVersion",
        "lsMinimumSystemVersion",
        "computedMinMacOsVersion",
        "computedMinVisionOsVersion",
        "iconAssetToken",
        "processingState",
        "buildAudienceType",
        "usesNonExemptEncryption",
        "preReleaseVersion",
        "individualTesters",
        "betaGroups",
        "betaBuildLocalizations",
        "appEncryptionDeclaration",
        "betaAppReviewSubmission",
        "app",
        "buildBetaDetail",
        "appStoreVersion",
        "icons",
        "buildBundles",
        "buildUpload",
        "perfPowerMetrics",
        "diagnosticSignatures",
    ]
    _Enum3 = Literal[
        "assetDeliveryState",
        "assetToken",
        "assetType",
        "fileName",
        "fileSize",
        "sourceFileChecksums",
        "uploadOperations",
        "uti",
    ]
    _Enum4 = Literal["build", "assetFile", "assetDescriptionFile", "assetSpiFile"]


class BuildUploads(SyncAPIResource):
    """``client.build_uploads``: /v1/buildUploads"""

    @cached_property
    def build_upload_files(self) -> BuildUploadsBuildUploadFiles:
        return BuildUploadsBuildUploadFiles(self._client)

    def create(
        self,
        *,
        body: BuildUploadCreateRequest | Mapping[str, Any] | None = None,
        cf_bundle_short_version_string: str | None | UnsetType = UNSET,
        cf_bundle_version: str | None | UnsetType = UNSET,
        platform: _Enum0 | str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildUploadResponse:
        """buildUploads_createInstance

        POST /v1/buildUploads

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-builduploads
        """
        from ascapi.models.build_upload_response import BuildUploadResponse

        body = _support.document(
            body,
            cf_bundle_short_version_string is not UNSET
            or cf_bundle_version is not UNSET
            or platform is not UNSET
            or app is not UNSET,
            "buildUploads",
            None,
            {
                "cfBundleShortVersionString": cf_bundle_short_version_string,
                "cfBundleVersion": cf_bundle_version,
                "platform": platform,
            },
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/buildUploads",
            body=body,
            response_type=BuildUploadResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """buildUploads_deleteInstance

        DELETE /v1/buildUploads/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-builduploads-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/buildUploads/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_build_uploads: Sequence[_Enum1] | None = None,
        fields_builds: Sequence[_Enum2] | None = None,
        fields_build_upload_files: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildUploadResponse:
        """buildUploads_getInstance

        GET /v1/buildUploads/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builduploads-_id_
        """
        from ascapi.models.build_upload_response import BuildUploadResponse

        return self._client._call(
            "GET",
            path("/v1/buildUploads/{id}", id=id),
            params={
                "fields[buildUploads]": fields_build_uploads,
                "fields[builds]": fields_builds,
                "fields[buildUploadFiles]": fields_build_upload_files,
                "include": include,
            },
            response_type=BuildUploadResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BuildUploadsBuildUploadFiles(SyncAPIResource):
    """``client.build_uploads.build_upload_files``: /v1/buildUploads"""

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
        BuildUploadBuildUploadFilesLinkagesResponse, BuildUploadBuildUploadFilesLinkagesResponseData
    ]:
        """buildUploads_buildUploadFiles_getToManyRelationship

        GET /v1/buildUploads/{id}/relationships/buildUploadFiles

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builduploads-_id_-relationships-builduploadfiles
        """
        from ascapi.models.build_upload_build_upload_files_linkages_response import (
            BuildUploadBuildUploadFilesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/buildUploads/{id}/relationships/buildUploadFiles", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildUploadBuildUploadFilesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_build_upload_files: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BuildUploadFilesResponse, BuildUploadFile]:
        """buildUploads_buildUploadFiles_getToManyRelated

        GET /v1/buildUploads/{id}/buildUploadFiles

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builduploads-_id_-builduploadfiles
        """
        from ascapi.models.build_upload_files_response import BuildUploadFilesResponse

        return self._client._get_page(
            path("/v1/buildUploads/{id}/buildUploadFiles", id=id),
            params={
                "fields[buildUploadFiles]": fields_build_upload_files,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BuildUploadFilesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildUploads(AsyncAPIResource):
    """``client.build_uploads``: /v1/buildUploads"""

    @cached_property
    def build_upload_files(self) -> AsyncBuildUploadsBuildUploadFiles:
        return AsyncBuildUploadsBuildUploadFiles(self._client)

    async def create(
        self,
        *,
        body: BuildUploadCreateRequest | Mapping[str, Any] | None = None,
        cf_bundle_short_version_string: str | None | UnsetType = UNSET,
        cf_bundle_version: str | None | UnsetType = UNSET,
        platform: _Enum0 | str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildUploadResponse:
        """buildUploads_createInstance

        POST /v1/buildUploads

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-builduploads
        """
        from ascapi.models.build_upload_response import BuildUploadResponse

        body = _support.document(
            body,
            cf_bundle_short_version_string is not UNSET
            or cf_bundle_version is not UNSET
            or platform is not UNSET
            or app is not UNSET,
            "buildUploads",
            None,
            {
                "cfBundleShortVersionString": cf_bundle_short_version_string,
                "cfBundleVersion": cf_bundle_version,
                "platform": platform,
            },
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/buildUploads",
            body=body,
            response_type=BuildUploadResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """buildUploads_deleteInstance

        DELETE /v1/buildUploads/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-builduploads-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/buildUploads/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_build_uploads: Sequence[_Enum1] | None = None,
        fields_builds: Sequence[_Enum2] | None = None,
        fields_build_upload_files: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildUploadResponse:
        """buildUploads_getInstance

        GET /v1/buildUploads/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builduploads-_id_
        """
        from ascapi.models.build_upload_response import BuildUploadResponse

        return await self._client._call(
            "GET",
            path("/v1/buildUploads/{id}", id=id),
            params={
                "fields[buildUploads]": fields_build_uploads,
                "fields[builds]": fields_builds,
                "fields[buildUploadFiles]": fields_build_upload_files,
                "include": include,
            },
            response_type=BuildUploadResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildUploadsBuildUploadFiles(AsyncAPIResource):
    """``client.build_uploads.build_upload_files``: /v1/buildUploads"""

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
        BuildUploadBuildUploadFilesLinkagesResponse, BuildUploadBuildUploadFilesLinkagesResponseData
    ]:
        """buildUploads_buildUploadFiles_getToManyRelationship

        GET /v1/buildUploads/{id}/relationships/buildUploadFiles

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builduploads-_id_-relationships-builduploadfiles
        """
        from ascapi.models.build_upload_build_upload_files_linkages_response import (
            BuildUploadBuildUploadFilesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/buildUploads/{id}/relationships/buildUploadFiles", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildUploadBuildUploadFilesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_build_upload_files: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BuildUploadFilesResponse, BuildUploadFile]:
        """buildUploads_buildUploadFiles_getToManyRelated

        GET /v1/buildUploads/{id}/buildUploadFiles

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builduploads-_id_-builduploadfiles
        """
        from ascapi.models.build_upload_files_response import BuildUploadFilesResponse

        return self._client._get_page(
            path("/v1/buildUploads/{id}/buildUploadFiles", id=id),
            params={
                "fields[buildUploadFiles]": fields_build_upload_files,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BuildUploadFilesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
