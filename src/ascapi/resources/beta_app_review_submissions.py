# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``beta_app_review_submissions`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.beta_app_review_submission import BetaAppReviewSubmission
    from ascapi.models.beta_app_review_submission_build_linkage_response import (
        BetaAppReviewSubmissionBuildLinkageResponse,
    )
    from ascapi.models.beta_app_review_submission_create_request import (
        BetaAppReviewSubmissionCreateRequest,
    )
    from ascapi.models.beta_app_review_submission_response import BetaAppReviewSubmissionResponse
    from ascapi.models.beta_app_review_submissions_response import BetaAppReviewSubmissionsResponse
    from ascapi.models.build_without_includes_response import BuildWithoutIncludesResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["betaReviewState", "submittedDate", "build"]
    _Enum1 = Literal[
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
    _Enum2 = Literal["build"]
    _Enum3 = Literal["WAITING_FOR_REVIEW", "IN_REVIEW", "REJECTED", "APPROVED"]


class BetaAppReviewSubmissions(SyncAPIResource):
    """``client.beta_app_review_submissions``: /v1/betaAppReviewSubmissions"""

    @cached_property
    def build(self) -> BetaAppReviewSubmissionsBuild:
        return BetaAppReviewSubmissionsBuild(self._client)

    def create(
        self,
        *,
        body: BetaAppReviewSubmissionCreateRequest | Mapping[str, Any] | None = None,
        build: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppReviewSubmissionResponse:
        """betaAppReviewSubmissions_createInstance

        POST /v1/betaAppReviewSubmissions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betaappreviewsubmissions
        """
        from ascapi.models.beta_app_review_submission_response import (
            BetaAppReviewSubmissionResponse,
        )

        body = _support.document(
            body,
            build is not UNSET,
            "betaAppReviewSubmissions",
            None,
            {},
            {"build": ("builds", False, build)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/betaAppReviewSubmissions",
            body=body,
            response_type=BetaAppReviewSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_beta_app_review_submissions: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppReviewSubmissionResponse:
        """betaAppReviewSubmissions_getInstance

        GET /v1/betaAppReviewSubmissions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions-_id_
        """
        from ascapi.models.beta_app_review_submission_response import (
            BetaAppReviewSubmissionResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/betaAppReviewSubmissions/{id}", id=id),
            params={
                "fields[betaAppReviewSubmissions]": fields_beta_app_review_submissions,
                "fields[builds]": fields_builds,
                "include": include,
            },
            response_type=BetaAppReviewSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_build: Sequence[str],
        filter_beta_review_state: Sequence[_Enum3] | None = None,
        fields_beta_app_review_submissions: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaAppReviewSubmissionsResponse, BetaAppReviewSubmission]:
        """betaAppReviewSubmissions_getCollection

        GET /v1/betaAppReviewSubmissions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions
        """
        from ascapi.models.beta_app_review_submissions_response import (
            BetaAppReviewSubmissionsResponse,
        )

        return self._client._get_page(
            "/v1/betaAppReviewSubmissions",
            params={
                "filter[betaReviewState]": filter_beta_review_state,
                "filter[build]": filter_build,
                "fields[betaAppReviewSubmissions]": fields_beta_app_review_submissions,
                "fields[builds]": fields_builds,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaAppReviewSubmissionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BetaAppReviewSubmissionsBuild(SyncAPIResource):
    """``client.beta_app_review_submissions.build``: /v1/betaAppReviewSubmissions"""

    def get(
        self,
        id: str,
        *,
        fields_builds: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildWithoutIncludesResponse:
        """betaAppReviewSubmissions_build_getToOneRelated

        GET /v1/betaAppReviewSubmissions/{id}/build

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions-_id_-build
        """
        from ascapi.models.build_without_includes_response import BuildWithoutIncludesResponse

        return self._client._call(
            "GET",
            path("/v1/betaAppReviewSubmissions/{id}/build", id=id),
            params={"fields[builds]": fields_builds},
            response_type=BuildWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppReviewSubmissionBuildLinkageResponse:
        """betaAppReviewSubmissions_build_getToOneRelationship

        GET /v1/betaAppReviewSubmissions/{id}/relationships/build

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions-_id_-relationships-build
        """
        from ascapi.models.beta_app_review_submission_build_linkage_response import (
            BetaAppReviewSubmissionBuildLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/betaAppReviewSubmissions/{id}/relationships/build", id=id),
            response_type=BetaAppReviewSubmissionBuildLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaAppReviewSubmissions(AsyncAPIResource):
    """``client.beta_app_review_submissions``: /v1/betaAppReviewSubmissions"""

    @cached_property
    def build(self) -> AsyncBetaAppReviewSubmissionsBuild:
        return AsyncBetaAppReviewSubmissionsBuild(self._client)

    async def create(
        self,
        *,
        body: BetaAppReviewSubmissionCreateRequest | Mapping[str, Any] | None = None,
        build: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppReviewSubmissionResponse:
        """betaAppReviewSubmissions_createInstance

        POST /v1/betaAppReviewSubmissions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betaappreviewsubmissions
        """
        from ascapi.models.beta_app_review_submission_response import (
            BetaAppReviewSubmissionResponse,
        )

        body = _support.document(
            body,
            build is not UNSET,
            "betaAppReviewSubmissions",
            None,
            {},
            {"build": ("builds", False, build)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/betaAppReviewSubmissions",
            body=body,
            response_type=BetaAppReviewSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_beta_app_review_submissions: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppReviewSubmissionResponse:
        """betaAppReviewSubmissions_getInstance

        GET /v1/betaAppReviewSubmissions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions-_id_
        """
        from ascapi.models.beta_app_review_submission_response import (
            BetaAppReviewSubmissionResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/betaAppReviewSubmissions/{id}", id=id),
            params={
                "fields[betaAppReviewSubmissions]": fields_beta_app_review_submissions,
                "fields[builds]": fields_builds,
                "include": include,
            },
            response_type=BetaAppReviewSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_build: Sequence[str],
        filter_beta_review_state: Sequence[_Enum3] | None = None,
        fields_beta_app_review_submissions: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaAppReviewSubmissionsResponse, BetaAppReviewSubmission]:
        """betaAppReviewSubmissions_getCollection

        GET /v1/betaAppReviewSubmissions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions
        """
        from ascapi.models.beta_app_review_submissions_response import (
            BetaAppReviewSubmissionsResponse,
        )

        return self._client._get_page(
            "/v1/betaAppReviewSubmissions",
            params={
                "filter[betaReviewState]": filter_beta_review_state,
                "filter[build]": filter_build,
                "fields[betaAppReviewSubmissions]": fields_beta_app_review_submissions,
                "fields[builds]": fields_builds,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaAppReviewSubmissionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaAppReviewSubmissionsBuild(AsyncAPIResource):
    """``client.beta_app_review_submissions.build``: /v1/betaAppReviewSubmissions"""

    async def get(
        self,
        id: str,
        *,
        fields_builds: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildWithoutIncludesResponse:
        """betaAppReviewSubmissions_build_getToOneRelated

        GET /v1/betaAppReviewSubmissions/{id}/build

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions-_id_-build
        """
        from ascapi.models.build_without_includes_response import BuildWithoutIncludesResponse

        return await self._client._call(
            "GET",
            path("/v1/betaAppReviewSubmissions/{id}/build", id=id),
            params={"fields[builds]": fields_builds},
            response_type=BuildWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppReviewSubmissionBuildLinkageResponse:
        """betaAppReviewSubmissions_build_getToOneRelationship

        GET /v1/betaAppReviewSubmissions/{id}/relationships/build

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions-_id_-relationships-build
        """
        from ascapi.models.beta_app_review_submission_build_linkage_response import (
            BetaAppReviewSubmissionBuildLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/betaAppReviewSubmissions/{id}/relationships/build", id=id),
            response_type=BetaAppReviewSubmissionBuildLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
