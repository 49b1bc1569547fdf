# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_clip_app_store_review_details`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_clip_app_store_review_detail_create_request import (
        AppClipAppStoreReviewDetailCreateRequest,
    )
    from ascapi.models.app_clip_app_store_review_detail_response import (
        AppClipAppStoreReviewDetailResponse,
    )
    from ascapi.models.app_clip_app_store_review_detail_update_request import (
        AppClipAppStoreReviewDetailUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["invocationUrls", "appClipDefaultExperience"]
    _Enum1 = Literal[
        "action",
        "appClip",
        "releaseWithAppStoreVersion",
        "appClipDefaultExperienceLocalizations",
        "appClipAppStoreReviewDetail",
    ]
    _Enum2 = Literal["appClipDefaultExperience"]


class AppClipAppStoreReviewDetails(SyncAPIResource):
    """``client.app_clip_app_store_review_details``: /v1/appClipAppStoreReviewDetails"""

    def create(
        self,
        *,
        body: AppClipAppStoreReviewDetailCreateRequest | Mapping[str, Any] | None = None,
        invocation_urls: Sequence[str] | None | UnsetType = UNSET,
        app_clip_default_experience: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipAppStoreReviewDetailResponse:
        """appClipAppStoreReviewDetails_createInstance

        POST /v1/appClipAppStoreReviewDetails

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipappstorereviewdetails
        """
        from ascapi.models.app_clip_app_store_review_detail_response import (
            AppClipAppStoreReviewDetailResponse,
        )

        body = _support.document(
            body,
            invocation_urls is not UNSET or app_clip_default_experience is not UNSET,
            "appClipAppStoreReviewDetails",
            None,
            {"invocationUrls": invocation_urls},
            {
                "appClipDefaultExperience": (
                    "appClipDefaultExperiences",
                    False,
                    app_clip_default_experience,
                )
            },
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/appClipAppStoreReviewDetails",
            body=body,
            response_type=AppClipAppStoreReviewDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_clip_app_store_review_details: Sequence[_Enum0] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipAppStoreReviewDetailResponse:
        """appClipAppStoreReviewDetails_getInstance

        GET /v1/appClipAppStoreReviewDetails/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipappstorereviewdetails-_id_
        """
        from ascapi.models.app_clip_app_store_review_detail_response import (
            AppClipAppStoreReviewDetailResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appClipAppStoreReviewDetails/{id}", id=id),
            params={
                "fields[appClipAppStoreReviewDetails]": fields_app_clip_app_store_review_details,
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "include": include,
            },
            response_type=AppClipAppStoreReviewDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppClipAppStoreReviewDetailUpdateRequest | Mapping[str, Any] | None = None,
        invocation_urls: Sequence[str] | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipAppStoreReviewDetailResponse:
        """appClipAppStoreReviewDetails_updateInstance

        PATCH /v1/appClipAppStoreReviewDetails/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipappstorereviewdetails-_id_
        """
        from ascapi.models.app_clip_app_store_review_detail_response import (
            AppClipAppStoreReviewDetailResponse,
        )

        body = _support.document(
            body,
            invocation_urls is not UNSET,
            "appClipAppStoreReviewDetails",
            id,
            {"invocationUrls": invocation_urls},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appClipAppStoreReviewDetails/{id}", id=id),
            body=body,
            response_type=AppClipAppStoreReviewDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppClipAppStoreReviewDetails(AsyncAPIResource):
    """``client.app_clip_app_store_review_details``: /v1/appClipAppStoreReviewDetails"""

    async def create(
        self,
        *,
        body: AppClipAppStoreReviewDetailCreateRequest | Mapping[str, Any] | None = None,
        invocation_urls: Sequence[str] | None | UnsetType = UNSET,
        app_clip_default_experience: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipAppStoreReviewDetailResponse:
        """appClipAppStoreReviewDetails_createInstance

        POST /v1/appClipAppStoreReviewDetails

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipappstorereviewdetails
        """
        from ascapi.models.app_clip_app_store_review_detail_response import (
            AppClipAppStoreReviewDetailResponse,
        )

        body = _support.document(
            body,
            invocation_urls is not UNSET or app_clip_default_experience is not UNSET,
            "appClipAppStoreReviewDetails",
            None,
            {"invocationUrls": invocation_urls},
            {
                "appClipDefaultExperience": (
                    "appClipDefaultExperiences",
                    False,
                    app_clip_default_experience,
                )
            },
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/appClipAppStoreReviewDetails",
            body=body,
            response_type=AppClipAppStoreReviewDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_clip_app_store_review_details: Sequence[_Enum0] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipAppStoreReviewDetailResponse:
        """appClipAppStoreReviewDetails_getInstance

        GET /v1/appClipAppStoreReviewDetails/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipappstorereviewdetails-_id_
        """
        from ascapi.models.app_clip_app_store_review_detail_response import (
            AppClipAppStoreReviewDetailResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appClipAppStoreReviewDetails/{id}", id=id),
            params={
                "fields[appClipAppStoreReviewDetails]": fields_app_clip_app_store_review_details,
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "include": include,
            },
            response_type=AppClipAppStoreReviewDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppClipAppStoreReviewDetailUpdateRequest | Mapping[str, Any] | None = None,
        invocation_urls: Sequence[str] | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipAppStoreReviewDetailResponse:
        """appClipAppStoreReviewDetails_updateInstance

        PATCH /v1/appClipAppStoreReviewDetails/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipappstorereviewdetails-_id_
        """
        from ascapi.models.app_clip_app_store_review_detail_response import (
            AppClipAppStoreReviewDetailResponse,
        )

        body = _support.document(
            body,
            invocation_urls is not UNSET,
            "appClipAppStoreReviewDetails",
            id,
            {"invocationUrls": invocation_urls},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appClipAppStoreReviewDetails/{id}", id=id),
            body=body,
            response_type=AppClipAppStoreReviewDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )
