# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_store_review_details`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_store_review_attachment import AppStoreReviewAttachment
    from ascapi.models.app_store_review_attachments_response import (
        AppStoreReviewAttachmentsResponse,
    )
    from ascapi.models.app_store_review_detail_app_store_review_attachments_linkages_response import (
        AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponse,
        AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponseData,
    )
    from ascapi.models.app_store_review_detail_create_request import (
        AppStoreReviewDetailCreateRequest,
    )
    from ascapi.models.app_store_review_detail_response import AppStoreReviewDetailResponse
    from ascapi.models.app_store_review_detail_update_request import (
        AppStoreReviewDetailUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
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
    _Enum1 = Literal[
        "platform",
        "versionString",
        "appStoreState",
        "appVersionState",
        "copyright",
        "reviewType",
        "releaseType",
        "earliestReleaseDate",
        "usesIdfa",
        "downloadable",
        "createdDate",
        "app",
        "appStoreVersionLocalizations",
        "build",
        "appStoreVersionPhasedRelease",
        "gameCenterAppVersion",
        "routingAppCoverage",
        "appStoreReviewDetail",
        "appStoreVersionSubmission",
        "appClipDefaultExperience",
        "appStoreVersionExperiments",
        "appStoreVersionExperimentsV2",
        "customerReviews",
        "alternativeDistributionPackage",
    ]
    _Enum2 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "uploadOperations",
        "assetDeliveryState",
        "appStoreReviewDetail",
    ]
    _Enum3 = Literal["appStoreVersion", "appStoreReviewAttachments"]
    _Enum4 = Literal["appStoreReviewDetail"]


class AppStoreReviewDetails(SyncAPIResource):
    """``client.app_store_review_details``: /v1/appStoreReviewDetails"""

    @cached_property
    def app_store_review_attachments(self) -> AppStoreReviewDetailsAppStoreReviewAttachments:
        return AppStoreReviewDetailsAppStoreReviewAttachments(self._client)

    def create(
        self,
        *,
        body: AppStoreReviewDetailCreateRequest | Mapping[str, Any] | None = None,
        contact_first_name: str | None | UnsetType = UNSET,
        contact_last_name: str | None | UnsetType = UNSET,
        contact_phone: str | None | UnsetType = UNSET,
        contact_email: str | None | UnsetType = UNSET,
        demo_account_name: str | None | UnsetType = UNSET,
        demo_account_password: str | None | UnsetType = UNSET,
        demo_account_required: bool | None | UnsetType = UNSET,
        notes: str | None | UnsetType = UNSET,
        app_store_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreReviewDetailResponse:
        """appStoreReviewDetails_createInstance

        POST /v1/appStoreReviewDetails

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstorereviewdetails
        """
        from ascapi.models.app_store_review_detail_response import AppStoreReviewDetailResponse

        body = _support.document(
            body,
            contact_first_name is not UNSET
            or contact_last_name is not UNSET
            or contact_phone is not UNSET
            or contact_email is not UNSET
            or demo_account_name is not UNSET
            or demo_account_password is not UNSET
            or demo_account_required is not UNSET
            or notes is not UNSET
            or app_store_version is not UNSET,
            "appStoreReviewDetails",
            None,
            {
                "contactFirstName": contact_first_name,
                "contactLastName": contact_last_name,
                "contactPhone": contact_phone,
                "contactEmail": contact_email,
                "demoAccountName": demo_account_name,
                "demoAccountPassword": demo_account_password,
                "demoAccountRequired": demo_account_required,
                "notes": notes,
            },
            {"appStoreVersion": ("appStoreVersions", False, app_store_version)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/appStoreReviewDetails",
            body=body,
            response_type=AppStoreReviewDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_store_review_details: Sequence[_Enum0] | None = None,
        fields_app_store_versions: Sequence[_Enum1] | None = None,
        fields_app_store_review_attachments: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_app_store_review_attachments: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreReviewDetailResponse:
        """appStoreReviewDetails_getInstance

        GET /v1/appStoreReviewDetails/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewdetails-_id_
        """
        from ascapi.models.app_store_review_detail_response import AppStoreReviewDetailResponse

        return self._client._call(
            "GET",
            path("/v1/appStoreReviewDetails/{id}", id=id),
            params={
                "fields[appStoreReviewDetails]": fields_app_store_review_details,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appStoreReviewAttachments]": fields_app_store_review_attachments,
                "include": include,
                "limit[appStoreReviewAttachments]": limit_app_store_review_attachments,
            },
            maxima={"limit[appStoreReviewAttachments]": 50},
            response_type=AppStoreReviewDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppStoreReviewDetailUpdateRequest | Mapping[str, Any] | None = None,
        contact_first_name: str | None | UnsetType = UNSET,
        contact_last_name: str | None | UnsetType = UNSET,
        contact_phone: str | None | UnsetType = UNSET,
        contact_email: str | None | UnsetType = UNSET,
        demo_account_name: str | None | UnsetType = UNSET,
        demo_account_password: str | None | UnsetType = UNSET,
        demo_account_required: bool | None | UnsetType = UNSET,
        notes: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreReviewDetailResponse:
        """appStoreReviewDetails_updateInstance

        PATCH /v1/appStoreReviewDetails/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstorereviewdetails-_id_
        """
        from ascapi.models.app_store_review_detail_response import AppStoreReviewDetailResponse

        body = _support.document(
            body,
            contact_first_name is not UNSET
            or contact_last_name is not UNSET
            or contact_phone is not UNSET
            or contact_email is not UNSET
            or demo_account_name is not UNSET
            or demo_account_password is not UNSET
            or demo_account_required is not UNSET
            or notes is not UNSET,
            "appStoreReviewDetails",
            id,
            {
                "contactFirstName": contact_first_name,
                "contactLastName": contact_last_name,
                "contactPhone": contact_phone,
                "contactEmail": contact_email,
                "demoAccountName": demo_account_name,
                "demoAccountPassword": demo_account_password,
                "demoAccountRequired": demo_account_required,
                "notes": notes,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appStoreReviewDetails/{id}", id=id),
            body=body,
            response_type=AppStoreReviewDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppStoreReviewDetailsAppStoreReviewAttachments(SyncAPIResource):
    """``client.app_store_review_details.app_store_review_attachments``: /v1/appStoreReviewDetails"""

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
        AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponse,
        AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponseData,
    ]:
        """appStoreReviewDetails_appStoreReviewAttachments_getToManyRelationship

        GET /v1/appStoreReviewDetails/{id}/relationships/appStoreReviewAttachments

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewdetails-_id_-relationships-appstorereviewattachments
        """
        from ascapi.models.app_store_review_detail_app_store_review_attachments_linkages_response import (
            AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreReviewDetails/{id}/relationships/appStoreReviewAttachments", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_app_store_review_attachments: Sequence[_Enum2] | None = None,
        fields_app_store_review_details: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppStoreReviewAttachmentsResponse, AppStoreReviewAttachment]:
        """appStoreReviewDetails_appStoreReviewAttachments_getToManyRelated

        GET /v1/appStoreReviewDetails/{id}/appStoreReviewAttachments

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewdetails-_id_-appstorereviewattachments
        """
        from ascapi.models.app_store_review_attachments_response import (
            AppStoreReviewAttachmentsResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreReviewDetails/{id}/appStoreReviewAttachments", id=id),
            params={
                "fields[appStoreReviewAttachments]": fields_app_store_review_attachments,
                "fields[appStoreReviewDetails]": fields_app_store_review_details,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppStoreReviewAttachmentsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreReviewDetails(AsyncAPIResource):
    """``client.app_store_review_details``: /v1/appStoreReviewDetails"""

    @cached_property
    def app_store_review_attachments(self) -> AsyncAppStoreReviewDetailsAppStoreReviewAttachments:
        return AsyncAppStoreReviewDetailsAppStoreReviewAttachments(self._client)

    async def create(
        self,
        *,
        body: AppStoreReviewDetailCreateRequest | Mapping[str, Any] | None = None,
        contact_first_name: str | None | UnsetType = UNSET,
        contact_last_name: str | None | UnsetType = UNSET,
        contact_phone: str | None | UnsetType = UNSET,
        contact_email: str | None | UnsetType = UNSET,
        demo_account_name: str | None | UnsetType = UNSET,
        demo_account_password: str | None | UnsetType = UNSET,
        demo_account_required: bool | None | UnsetType = UNSET,
        notes: str | None | UnsetType = UNSET,
        app_store_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreReviewDetailResponse:
        """appStoreReviewDetails_createInstance

        POST /v1/appStoreReviewDetails

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstorereviewdetails
        """
        from ascapi.models.app_store_review_detail_response import AppStoreReviewDetailResponse

        body = _support.document(
            body,
            contact_first_name is not UNSET
            or contact_last_name is not UNSET
            or contact_phone is not UNSET
            or contact_email is not UNSET
            or demo_account_name is not UNSET
            or demo_account_password is not UNSET
            or demo_account_required is not UNSET
            or notes is not UNSET
            or app_store_version is not UNSET,
            "appStoreReviewDetails",
            None,
            {
                "contactFirstName": contact_first_name,
                "contactLastName": contact_last_name,
                "contactPhone": contact_phone,
                "contactEmail": contact_email,
                "demoAccountName": demo_account_name,
                "demoAccountPassword": demo_account_password,
                "demoAccountRequired": demo_account_required,
                "notes": notes,
            },
            {"appStoreVersion": ("appStoreVersions", False, app_store_version)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/appStoreReviewDetails",
            body=body,
            response_type=AppStoreReviewDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_store_review_details: Sequence[_Enum0] | None = None,
        fields_app_store_versions: Sequence[_Enum1] | None = None,
        fields_app_store_review_attachments: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_app_store_review_attachments: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreReviewDetailResponse:
        """appStoreReviewDetails_getInstance

        GET /v1/appStoreReviewDetails/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewdetails-_id_
        """
        from ascapi.models.app_store_review_detail_response import AppStoreReviewDetailResponse

        return await self._client._call(
            "GET",
            path("/v1/appStoreReviewDetails/{id}", id=id),
            params={
                "fields[appStoreReviewDetails]": fields_app_store_review_details,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appStoreReviewAttachments]": fields_app_store_review_attachments,
                "include": include,
                "limit[appStoreReviewAttachments]": limit_app_store_review_attachments,
            },
            maxima={"limit[appStoreReviewAttachments]": 50},
            response_type=AppStoreReviewDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppStoreReviewDetailUpdateRequest | Mapping[str, Any] | None = None,
        contact_first_name: str | None | UnsetType = UNSET,
        contact_last_name: str | None | UnsetType = UNSET,
        contact_phone: str | None | UnsetType = UNSET,
        contact_email: str | None | UnsetType = UNSET,
        demo_account_name: str | None | UnsetType = UNSET,
        demo_account_password: str | None | UnsetType = UNSET,
        demo_account_required: bool | None | UnsetType = UNSET,
        notes: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreReviewDetailResponse:
        """appStoreReviewDetails_updateInstance

        PATCH /v1/appStoreReviewDetails/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstorereviewdetails-_id_
        """
        from ascapi.models.app_store_review_detail_response import AppStoreReviewDetailResponse

        body = _support.document(
            body,
            contact_first_name is not UNSET
            or contact_last_name is not UNSET
            or contact_phone is not UNSET
            or contact_email is not UNSET
            or demo_account_name is not UNSET
            or demo_account_password is not UNSET
            or demo_account_required is not UNSET
            or notes is not UNSET,
            "appStoreReviewDetails",
            id,
            {
                "contactFirstName": contact_first_name,
                "contactLastName": contact_last_name,
                "contactPhone": contact_phone,
                "contactEmail": contact_email,
                "demoAccountName": demo_account_name,
                "demoAccountPassword": demo_account_password,
                "demoAccountRequired": demo_account_required,
                "notes": notes,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appStoreReviewDetails/{id}", id=id),
            body=body,
            response_type=AppStoreReviewDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreReviewDetailsAppStoreReviewAttachments(AsyncAPIResource):
    """``client.app_store_review_details.app_store_review_attachments``: /v1/appStoreReviewDetails"""

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
        AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponse,
        AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponseData,
    ]:
        """appStoreReviewDetails_appStoreReviewAttachments_getToManyRelationship

        GET /v1/appStoreReviewDetails/{id}/relationships/appStoreReviewAttachments

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewdetails-_id_-relationships-appstorereviewattachments
        """
        from ascapi.models.app_store_review_detail_app_store_review_attachments_linkages_response import (
            AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreReviewDetails/{id}/relationships/appStoreReviewAttachments", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_app_store_review_attachments: Sequence[_Enum2] | None = None,
        fields_app_store_review_details: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppStoreReviewAttachmentsResponse, AppStoreReviewAttachment]:
        """appStoreReviewDetails_appStoreReviewAttachments_getToManyRelated

        GET /v1/appStoreReviewDetails/{id}/appStoreReviewAttachments

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewdetails-_id_-appstorereviewattachments
        """
        from ascapi.models.app_store_review_attachments_response import (
            AppStoreReviewAttachmentsResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreReviewDetails/{id}/appStoreReviewAttachments", id=id),
            params={
                "fields[appStoreReviewAttachments]": fields_app_store_review_attachments,
                "fields[appStoreReviewDetails]": fields_app_store_review_details,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppStoreReviewAttachmentsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
