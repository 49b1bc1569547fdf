# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``build_upload_files`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.build_upload_file_create_request import BuildUploadFileCreateRequest
    from ascapi.models.build_upload_file_response import BuildUploadFileResponse
    from ascapi.models.build_upload_file_update_request import BuildUploadFileUpdateRequest
    from ascapi.models.checksums import Checksums
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["ASSET", "ASSET_DESCRIPTION", "ASSET_SPI"]
    _Enum1 = Literal[
        "com.apple.binary-property-list",
        "com.apple.ipa",
        "com.apple.pkg",
        "com.apple.xml-property-list",
        "com.pkware.zip-archive",
    ]
    _Enum2 = Literal[
        "assetDeliveryState",
        "assetToken",
        "assetType",
        "fileName",
        "fileSize",
        "sourceFileChecksums",
        "uploadOperations",
        "uti",
    ]


class BuildUploadFiles(SyncAPIResource):
    """``client.build_upload_files``: /v1/buildUploadFiles"""

    def create(
        self,
        *,
        body: BuildUploadFileCreateRequest | Mapping[str, Any] | None = None,
        asset_type: _Enum0 | str | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        file_size: int | None | UnsetType = UNSET,
        uti: _Enum1 | str | None | UnsetType = UNSET,
        build_upload: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildUploadFileResponse:
        """buildUploadFiles_createInstance

        POST /v1/buildUploadFiles

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-builduploadfiles
        """
        from ascapi.models.build_upload_file_response import BuildUploadFileResponse

        body = _support.document(
            body,
            asset_type is not UNSET
            or file_name is not UNSET
            or file_size is not UNSET
            or uti is not UNSET
            or build_upload is not UNSET,
            "buildUploadFiles",
            None,
            {"assetType": asset_type, "fileName": file_name, "fileSize": file_size, "uti": uti},
            {"buildUpload": ("buildUploads", False, build_upload)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/buildUploadFiles",
            body=body,
            response_type=BuildUploadFileResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_build_upload_files: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildUploadFileResponse:
        """buildUploadFiles_getInstance

        GET /v1/buildUploadFiles/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builduploadfiles-_id_
        """
        from ascapi.models.build_upload_file_response import BuildUploadFileResponse

        return self._client._call(
            "GET",
            path("/v1/buildUploadFiles/{id}", id=id),
            params={"fields[buildUploadFiles]": fields_build_upload_files},
            response_type=BuildUploadFileResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: BuildUploadFileUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksums: Checksums | Mapping[str, Any] | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildUploadFileResponse:
        """buildUploadFiles_updateInstance

        PATCH /v1/buildUploadFiles/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-builduploadfiles-_id_
        """
        from ascapi.models.build_upload_file_response import BuildUploadFileResponse

        body = _support.document(
            body,
            source_file_checksums is not UNSET or uploaded is not UNSET,
            "buildUploadFiles",
            id,
            {"sourceFileChecksums": source_file_checksums, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/buildUploadFiles/{id}", id=id),
            body=body,
            response_type=BuildUploadFileResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildUploadFiles(AsyncAPIResource):
    """``client.build_upload_files``: /v1/buildUploadFiles"""

    async def create(
        self,
        *,
        body: BuildUploadFileCreateRequest | Mapping[str, Any] | None = None,
        asset_type: _Enum0 | str | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        file_size: int | None | UnsetType = UNSET,
        uti: _Enum1 | str | None | UnsetType = UNSET,
        build_upload: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildUploadFileResponse:
        """buildUploadFiles_createInstance

        POST /v1/buildUploadFiles

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-builduploadfiles
        """
        from ascapi.models.build_upload_file_response import BuildUploadFileResponse

        body = _support.document(
            body,
            asset_type is not UNSET
            or file_name is not UNSET
            or file_size is not UNSET
            or uti is not UNSET
            or build_upload is not UNSET,
            "buildUploadFiles",
            None,
            {"assetType": asset_type, "fileName": file_name, "fileSize": file_size, "uti": uti},
            {"buildUpload": ("buildUploads", False, build_upload)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/buildUploadFiles",
            body=body,
            response_type=BuildUploadFileResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_build_upload_files: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildUploadFileResponse:
        """buildUploadFiles_getInstance

        GET /v1/buildUploadFiles/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builduploadfiles-_id_
        """
        from ascapi.models.build_upload_file_response import BuildUploadFileResponse

        return await self._client._call(
            "GET",
            path("/v1/buildUploadFiles/{id}", id=id),
            params={"fields[buildUploadFiles]": fields_build_upload_files},
            response_type=BuildUploadFileResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: BuildUploadFileUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksums: Checksums | Mapping[str, Any] | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildUploadFileResponse:
        """buildUploadFiles_updateInstance

        PATCH /v1/buildUploadFiles/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-builduploadfiles-_id_
        """
        from ascapi.models.build_upload_file_response import BuildUploadFileResponse

        body = _support.document(
            body,
            source_file_checksums is not UNSET or uploaded is not UNSET,
            "buildUploadFiles",
            id,
            {"sourceFileChecksums": source_file_checksums, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/buildUploadFiles/{id}", id=id),
            body=body,
            response_type=BuildUploadFileResponse,
            options=options(extra_headers, extra_query, timeout),
        )
