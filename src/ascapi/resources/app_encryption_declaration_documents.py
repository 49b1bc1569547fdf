# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_encryption_declaration_documents`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_encryption_declaration_document_create_request import (
        AppEncryptionDeclarationDocumentCreateRequest,
    )
    from ascapi.models.app_encryption_declaration_document_response import (
        AppEncryptionDeclarationDocumentResponse,
    )
    from ascapi.models.app_encryption_declaration_document_update_request import (
        AppEncryptionDeclarationDocumentUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "fileSize",
        "fileName",
        "assetToken",
        "downloadUrl",
        "sourceFileChecksum",
        "uploadOperations",
        "assetDeliveryState",
    ]


class AppEncryptionDeclarationDocuments(SyncAPIResource):
    """``client.app_encryption_declaration_documents``: /v1/appEncryptionDeclarationDocuments"""

    def create(
        self,
        *,
        body: AppEncryptionDeclarationDocumentCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        app_encryption_declaration: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEncryptionDeclarationDocumentResponse:
        """appEncryptionDeclarationDocuments_createInstance

        POST /v1/appEncryptionDeclarationDocuments

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appencryptiondeclarationdocuments
        """
        from ascapi.models.app_encryption_declaration_document_response import (
            AppEncryptionDeclarationDocumentResponse,
        )

        body = _support.document(
            body,
            file_size is not UNSET
            or file_name is not UNSET
            or app_encryption_declaration is not UNSET,
            "appEncryptionDeclarationDocuments",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {
                "appEncryptionDeclaration": (
                    "appEncryptionDeclarations",
                    False,
                    app_encryption_declaration,
                )
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/appEncryptionDeclarationDocuments",
            body=body,
            response_type=AppEncryptionDeclarationDocumentResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_encryption_declaration_documents: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEncryptionDeclarationDocumentResponse:
        """appEncryptionDeclarationDocuments_getInstance

        GET /v1/appEncryptionDeclarationDocuments/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarationdocuments-_id_
        """
        from ascapi.models.app_encryption_declaration_document_response import (
            AppEncryptionDeclarationDocumentResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appEncryptionDeclarationDocuments/{id}", id=id),
            params={
                "fields[appEncryptionDeclarationDocuments]": fields_app_encryption_declaration_documents
            },
            response_type=AppEncryptionDeclarationDocumentResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppEncryptionDeclarationDocumentUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEncryptionDeclarationDocumentResponse:
        """appEncryptionDeclarationDocuments_updateInstance

        PATCH /v1/appEncryptionDeclarationDocuments/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appencryptiondeclarationdocuments-_id_
        """
        from ascapi.models.app_encryption_declaration_document_response import (
            AppEncryptionDeclarationDocumentResponse,
        )

        body = _support.document(
            body,
            source_file_checksum is not UNSET or uploaded is not UNSET,
            "appEncryptionDeclarationDocuments",
            id,
            {"sourceFileChecksum": source_file_checksum, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appEncryptionDeclarationDocuments/{id}", id=id),
            body=body,
            response_type=AppEncryptionDeclarationDocumentResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppEncryptionDeclarationDocuments(AsyncAPIResource):
    """``client.app_encryption_declaration_documents``: /v1/appEncryptionDeclarationDocuments"""

    async def create(
        self,
        *,
        body: AppEncryptionDeclarationDocumentCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        app_encryption_declaration: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEncryptionDeclarationDocumentResponse:
        """appEncryptionDeclarationDocuments_createInstance

        POST /v1/appEncryptionDeclarationDocuments

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appencryptiondeclarationdocuments
        """
        from ascapi.models.app_encryption_declaration_document_response import (
            AppEncryptionDeclarationDocumentResponse,
        )

        body = _support.document(
            body,
            file_size is not UNSET
            or file_name is not UNSET
            or app_encryption_declaration is not UNSET,
            "appEncryptionDeclarationDocuments",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {
                "appEncryptionDeclaration": (
                    "appEncryptionDeclarations",
                    False,
                    app_encryption_declaration,
                )
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/appEncryptionDeclarationDocuments",
            body=body,
            response_type=AppEncryptionDeclarationDocumentResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_encryption_declaration_documents: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEncryptionDeclarationDocumentResponse:
        """appEncryptionDeclarationDocuments_getInstance

        GET /v1/appEncryptionDeclarationDocuments/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarationdocuments-_id_
        """
        from ascapi.models.app_encryption_declaration_document_response import (
            AppEncryptionDeclarationDocumentResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appEncryptionDeclarationDocuments/{id}", id=id),
            params={
                "fields[appEncryptionDeclarationDocuments]": fields_app_encryption_declaration_documents
            },
            response_type=AppEncryptionDeclarationDocumentResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppEncryptionDeclarationDocumentUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEncryptionDeclarationDocumentResponse:
        """appEncryptionDeclarationDocuments_updateInstance

        PATCH /v1/appEncryptionDeclarationDocuments/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appencryptiondeclarationdocuments-_id_
        """
        from ascapi.models.app_encryption_declaration_document_response import (
            AppEncryptionDeclarationDocumentResponse,
        )

        body = _support.document(
            body,
            source_file_checksum is not UNSET or uploaded is not UNSET,
            "appEncryptionDeclarationDocuments",
            id,
            {"sourceFileChecksum": source_file_checksum, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appEncryptionDeclarationDocuments/{id}", id=id),
            body=body,
            response_type=AppEncryptionDeclarationDocumentResponse,
            options=options(extra_headers, extra_query, timeout),
        )
