# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``background_asset_upload_files`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

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
    from ascapi.models.background_asset_upload_file_create_request import (
        BackgroundAssetUploadFileCreateRequest,
    )
    from ascapi.models.background_asset_upload_file_response import (
        BackgroundAssetUploadFileResponse,
    )
    from ascapi.models.background_asset_upload_file_update_request import (
        BackgroundAssetUploadFileUpdateRequest,
    )
    from ascapi.models.checksums import Checksums
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["ASSET", "MANIFEST"]
    _Enum1 = Literal[
        "assetDeliveryState",
        "assetToken",
        "assetType",
        "fileName",
        "fileSize",
        "sourceFileChecksum",
        "sourceFileChecksums",
        "uploadOperations",
    ]


class BackgroundAssetUploadFiles(SyncAPIResource):
    """``client.background_asset_upload_files``: /v1/backgroundAssetUploadFiles"""

    def create(
        self,
        *,
        body: BackgroundAssetUploadFileCreateRequest | Mapping[str, Any] | None = None,
        asset_type: _Enum0 | str | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        file_size: int | None | UnsetType = UNSET,
        background_asset_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BackgroundAssetUploadFileResponse:
        """backgroundAssetUploadFiles_createInstance

        POST /v1/backgroundAssetUploadFiles

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-backgroundassetuploadfiles
        """
        from ascapi.models.background_asset_upload_file_response import (
            BackgroundAssetUploadFileResponse,
        )

        body = _support.document(
            body,
            asset_type is not UNSET
            or file_name is not UNSET
            or file_size is not UNSET
            or background_asset_version is not UNSET,
            "backgroundAssetUploadFiles",
            None,
            {"assetType": asset_type, "fileName": file_name, "fileSize": file_size},
            {
                "backgroundAssetVersion": (
                    "backgroundAssetVersions",
                    False,
                    background_asset_version,
                )
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/backgroundAssetUploadFiles",
            body=body,
            response_type=BackgroundAssetUploadFileResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_background_asset_upload_files: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BackgroundAssetUploadFileResponse:
        """backgroundAssetUploadFiles_getInstance

        GET /v1/backgroundAssetUploadFiles/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetuploadfiles-_id_
        """
        from ascapi.models.background_asset_upload_file_response import (
            BackgroundAssetUploadFileResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/backgroundAssetUploadFiles/{id}", id=id),
            params={"fields[backgroundAssetUploadFiles]": fields_background_asset_upload_files},
            response_type=BackgroundAssetUploadFileResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: BackgroundAssetUploadFileUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        source_file_checksums: Checksums | Mapping[str, Any] | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BackgroundAssetUploadFileResponse:
        """backgroundAssetUploadFiles_updateInstance

        PATCH /v1/backgroundAssetUploadFiles/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-backgroundassetuploadfiles-_id_
        """
        from ascapi.models.background_asset_upload_file_response import (
            BackgroundAssetUploadFileResponse,
        )

        body = _support.document(
            body,
            source_file_checksum is not UNSET
            or source_file_checksums is not UNSET
            or uploaded is not UNSET,
            "backgroundAssetUploadFiles",
            id,
            {
                "sourceFileChecksum": source_file_checksum,
                "sourceFileChecksums": source_file_checksums,
                "uploaded": uploaded,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/backgroundAssetUploadFiles/{id}", id=id),
            body=body,
            response_type=BackgroundAssetUploadFileResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBackgroundAssetUploadFiles(AsyncAPIResource):
    """``client.background_asset_upload_files``: /v1/backgroundAssetUploadFiles"""

    async def create(
        self,
        *,
        body: BackgroundAssetUploadFileCreateRequest | Mapping[str, Any] | None = None,
        asset_type: _Enum0 | str | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        file_size: int | None | UnsetType = UNSET,
        background_asset_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BackgroundAssetUploadFileResponse:
        """backgroundAssetUploadFiles_createInstance

        POST /v1/backgroundAssetUploadFiles

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-backgroundassetuploadfiles
        """
        from ascapi.models.background_asset_upload_file_response import (
            BackgroundAssetUploadFileResponse,
        )

        body = _support.document(
            body,
            asset_type is not UNSET
            or file_name is not UNSET
            or file_size is not UNSET
            or background_asset_version is not UNSET,
            "backgroundAssetUploadFiles",
            None,
            {"assetType": asset_type, "fileName": file_name, "fileSize": file_size},
            {
                "backgroundAssetVersion": (
                    "backgroundAssetVersions",
                    False,
                    background_asset_version,
                )
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/backgroundAssetUploadFiles",
            body=body,
            response_type=BackgroundAssetUploadFileResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_background_asset_upload_files: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BackgroundAssetUploadFileResponse:
        """backgroundAssetUploadFiles_getInstance

        GET /v1/backgroundAssetUploadFiles/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetuploadfiles-_id_
        """
        from ascapi.models.background_asset_upload_file_response import (
            BackgroundAssetUploadFileResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/backgroundAssetUploadFiles/{id}", id=id),
            params={"fields[backgroundAssetUploadFiles]": fields_background_asset_upload_files},
            response_type=BackgroundAssetUploadFileResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: BackgroundAssetUploadFileUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        source_file_checksums: Checksums | Mapping[str, Any] | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BackgroundAssetUploadFileResponse:
        """backgroundAssetUploadFiles_updateInstance

        PATCH /v1/backgroundAssetUploadFiles/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-backgroundassetuploadfiles-_id_
        """
        from ascapi.models.background_asset_upload_file_response import (
            BackgroundAssetUploadFileResponse,
        )

        body = _support.document(
            body,
            source_file_checksum is not UNSET
            or source_file_checksums is not UNSET
            or uploaded is not UNSET,
            "backgroundAssetUploadFiles",
            id,
            {
                "sourceFileChecksum": source_file_checksum,
                "sourceFileChecksums": source_file_checksums,
                "uploaded": uploaded,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/backgroundAssetUploadFiles/{id}", id=id),
            body=body,
            response_type=BackgroundAssetUploadFileResponse,
            options=options(extra_headers, extra_query, timeout),
        )
