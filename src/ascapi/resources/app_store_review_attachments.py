# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_store_review_attachments`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_store_review_attachment_create_request import (
        AppStoreReviewAttachmentCreateRequest,
    )
    from ascapi.models.app_store_review_attachment_response import AppStoreReviewAttachmentResponse
    from ascapi.models.app_store_review_attachment_update_request import (
        AppStoreReviewAttachmentUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "uploadOperations",
        "assetDeliveryState",
        "appStoreReviewDetail",
    ]
    _Enum1 = Literal[
        "contactFirstName",
        "contactLastName",
        "contactPhone",
        "contactEmail",
        "demoAccountName",
        "demoAccountPassword",
        "demoAccountRequired",
        "notes",
        "appStoreVersion",
        "appStoreReviewAttachments",
    ]
    _Enum2 = Literal["appStoreReviewDetail"]


class AppStoreReviewAttachments(SyncAPIResource):
    """``client.app_store_review_attachments``: /v1/appStoreReviewAttachments"""

    def create(
        self,
        *,
        body: AppStoreReviewAttachmentCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        app_store_review_detail: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreReviewAttachmentResponse:
        """appStoreReviewAttachments_createInstance

        POST /v1/appStoreReviewAttachments

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstorereviewattachments
        """
        from ascapi.models.app_store_review_attachment_response import (
            AppStoreReviewAttachmentResponse,
        )

        body = _support.document(
            body,
            file_size is not UNSET
            or file_name is not UNSET
            or app_store_review_detail is not UNSET,
            "appStoreReviewAttachments",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {"appStoreReviewDetail": ("appStoreReviewDetails", False, app_store_review_detail)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/appStoreReviewAttachments",
            body=body,
            response_type=AppStoreReviewAttachmentResponse,
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
        """appStoreReviewAttachments_deleteInstance

        DELETE /v1/appStoreReviewAttachments/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstorereviewattachments-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appStoreReviewAttachments/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_store_review_attachments: Sequence[_Enum0] | None = None,
        fields_app_store_review_details: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreReviewAttachmentResponse:
        """appStoreReviewAttachments_getInstance

        GET /v1/appStoreReviewAttachments/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewattachments-_id_
        """
        from ascapi.models.app_store_review_attachment_response import (
            AppStoreReviewAttachmentResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appStoreReviewAttachments/{id}", id=id),
            params={
                "fields[appStoreReviewAttachments]": fields_app_store_review_attachments,
                "fields[appStoreReviewDetails]": fields_app_store_review_details,
                "include": include,
            },
            response_type=AppStoreReviewAttachmentResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppStoreReviewAttachmentUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreReviewAttachmentResponse:
        """appStoreReviewAttachments_updateInstance

        PATCH /v1/appStoreReviewAttachments/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstorereviewattachments-_id_
        """
        from ascapi.models.app_store_review_attachment_response import (
            AppStoreReviewAttachmentResponse,
        )

        body = _support.document(
            body,
            source_file_checksum is not UNSET or uploaded is not UNSET,
            "appStoreReviewAttachments",
            id,
            {"sourceFileChecksum": source_file_checksum, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appStoreReviewAttachments/{id}", id=id),
            body=body,
            response_type=AppStoreReviewAttachmentResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreReviewAttachments(AsyncAPIResource):
    """``client.app_store_review_attachments``: /v1/appStoreReviewAttachments"""

    async def create(
        self,
        *,
        body: AppStoreReviewAttachmentCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        app_store_review_detail: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreReviewAttachmentResponse:
        """appStoreReviewAttachments_createInstance

        POST /v1/appStoreReviewAttachments

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstorereviewattachments
        """
        from ascapi.models.app_store_review_attachment_response import (
            AppStoreReviewAttachmentResponse,
        )

        body = _support.document(
            body,
            file_size is not UNSET
            or file_name is not UNSET
            or app_store_review_detail is not UNSET,
            "appStoreReviewAttachments",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {"appStoreReviewDetail": ("appStoreReviewDetails", False, app_store_review_detail)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/appStoreReviewAttachments",
            body=body,
            response_type=AppStoreReviewAttachmentResponse,
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
        """appStoreReviewAttachments_deleteInstance

        DELETE /v1/appStoreReviewAttachments/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstorereviewattachments-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appStoreReviewAttachments/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_store_review_attachments: Sequence[_Enum0] | None = None,
        fields_app_store_review_details: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreReviewAttachmentResponse:
        """appStoreReviewAttachments_getInstance

        GET /v1/appStoreReviewAttachments/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewattachments-_id_
        """
        from ascapi.models.app_store_review_attachment_response import (
            AppStoreReviewAttachmentResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appStoreReviewAttachments/{id}", id=id),
            params={
                "fields[appStoreReviewAttachments]": fields_app_store_review_attachments,
                "fields[appStoreReviewDetails]": fields_app_store_review_details,
                "include": include,
            },
            response_type=AppStoreReviewAttachmentResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppStoreReviewAttachmentUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreReviewAttachmentResponse:
        """appStoreReviewAttachments_updateInstance

        PATCH /v1/appStoreReviewAttachments/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstorereviewattachments-_id_
        """
        from ascapi.models.app_store_review_attachment_response import (
            AppStoreReviewAttachmentResponse,
        )

        body = _support.document(
            body,
            source_file_checksum is not UNSET or uploaded is not UNSET,
            "appStoreReviewAttachments",
            id,
            {"sourceFileChecksum": source_file_checksum, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appStoreReviewAttachments/{id}", id=id),
            body=body,
            response_type=AppStoreReviewAttachmentResponse,
            options=options(extra_headers, extra_query, timeout),
        )
