# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``ci_build_actions`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._types import NOT_GIVEN

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.ci_artifact import CiArtifact
    from ascapi.models.ci_artifacts_response import CiArtifactsResponse
    from ascapi.models.ci_build_action_artifacts_linkages_response import (
        CiBuildActionArtifactsLinkagesResponse,
        CiBuildActionArtifactsLinkagesResponseData,
    )
    from ascapi.models.ci_build_action_build_run_linkage_response import (
        CiBuildActionBuildRunLinkageResponse,
    )
    from ascapi.models.ci_build_action_issues_linkages_response import (
        CiBuildActionIssuesLinkagesResponse,
        CiBuildActionIssuesLinkagesResponseData,
    )
    from ascapi.models.ci_build_action_response import CiBuildActionResponse
    from ascapi.models.ci_build_action_test_results_linkages_response import (
        CiBuildActionTestResultsLinkagesResponse,
        CiBuildActionTestResultsLinkagesResponseData,
    )
    from ascapi.models.ci_build_run_response import CiBuildRunResponse
    from ascapi.models.ci_issue import CiIssue
    from ascapi.models.ci_issues_response import CiIssuesResponse
    from ascapi.models.ci_test_result import CiTestResult
    from ascapi.models.ci_test_results_response import CiTestResultsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "name",
        "actionType",
        "startedDate",
        "finishedDate",
        "issueCounts",
        "executionProgress",
        "completionStatus",
        "isRequiredToPass",
        "buildRun",
        "artifacts",
        "issues",
        "testResults",
    ]
    _Enum1 = Literal[
        "number",
        "createdDate",
        "startedDate",
        "finishedDate",
        "sourceCommit",
        "destinationCommit",
        "isPullRequestBuild",
        "issueCounts",
        "executionProgress",
        "completionStatus",
        "startReason",
        "cancelReason",
        "builds",
        "workflow",
        "product",
        "sourceBranchOrTag",
        "destinationBranch",
        "actions",
        "pullRequest",
    ]
    _Enum2 = Literal["buildRun"]
    _Enum3 = Literal["fileType", "fileName", "fileSize", "downloadUrl"]
    _Enum4 = Literal[
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
    _Enum5 = Literal[
        "name",
        "description",
        "branchStartCondition",
        "tagStartCondition",
        "pullRequestStartCondition",
        "scheduledStartCondition",
        "manualBranchStartCondition",
        "manualTagStartCondition",
        "manualPullRequestStartCondition",
        "actions",
        "isEnabled",
        "isLockedForEditing",
        "clean",
        "containerFilePath",
        "lastModifiedDate",
        "product",
        "repository",
        "xcodeVersion",
        "macOsVersion",
        "buildRuns",
    ]
    _Enum6 = Literal[
        "name",
        "createdDate",
        "productType",
        "app",
        "bundleId",
        "workflows",
        "primaryRepositories",
        "additionalRepositories",
        "buildRuns",
    ]
    _Enum7 = Literal["name", "canonicalName", "isDeleted", "kind", "repository"]
    _Enum8 = Literal[
        "title",
        "number",
        "webUrl",
        "sourceRepositoryOwner",
        "sourceRepositoryName",
        "sourceBranchName",
        "destinationRepositoryOwner",
        "destinationRepositoryName",
        "destinationBranchName",
        "isClosed",
        "isCrossRepository",
        "repository",
    ]
    _Enum9 = Literal[
        "builds", "workflow", "product", "sourceBranchOrTag", "destinationBranch", "pullRequest"
    ]
    _Enum10 = Literal["issueType", "message", "fileSource", "category"]
    _Enum11 = Literal[
        "className", "name", "status", "fileSource", "message", "destinationTestResults"
    ]


class CiBuildActions(SyncAPIResource):
    """``client.ci_build_actions``: /v1/ciBuildActions"""

    @cached_property
    def artifacts(self) -> CiBuildActionsArtifacts:
        return CiBuildActionsArtifacts(self._client)

    @cached_property
    def build_run(self) -> CiBuildActionsBuildRun:
        return CiBuildActionsBuildRun(self._client)

    @cached_property
    def issues(self) -> CiBuildActionsIssues:
        return CiBuildActionsIssues(self._client)

    @cached_property
    def test_results(self) -> CiBuildActionsTestResults:
        return CiBuildActionsTestResults(self._client)

    def get(
        self,
        id: str,
        *,
        fields_ci_build_actions: Sequence[_Enum0] | None = None,
        fields_ci_build_runs: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiBuildActionResponse:
        """ciBuildActions_getInstance

        GET /v1/ciBuildActions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_
        """
        from ascapi.models.ci_build_action_response import CiBuildActionResponse

        return self._client._call(
            "GET",
            path("/v1/ciBuildActions/{id}", id=id),
            params={
                "fields[ciBuildActions]": fields_ci_build_actions,
                "fields[ciBuildRuns]": fields_ci_build_runs,
                "include": include,
            },
            response_type=CiBuildActionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class CiBuildActionsArtifacts(SyncAPIResource):
    """``client.ci_build_actions.artifacts``: /v1/ciBuildActions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CiBuildActionArtifactsLinkagesResponse, CiBuildActionArtifactsLinkagesResponseData]:
        """ciBuildActions_artifacts_getToManyRelationship

        GET /v1/ciBuildActions/{id}/relationships/artifacts

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-artifacts
        """
        from ascapi.models.ci_build_action_artifacts_linkages_response import (
            CiBuildActionArtifactsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciBuildActions/{id}/relationships/artifacts", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiBuildActionArtifactsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_ci_artifacts: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CiArtifactsResponse, CiArtifact]:
        """ciBuildActions_artifacts_getToManyRelated

        GET /v1/ciBuildActions/{id}/artifacts

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-artifacts
        """
        from ascapi.models.ci_artifacts_response import CiArtifactsResponse

        return self._client._get_page(
            path("/v1/ciBuildActions/{id}/artifacts", id=id),
            params={"fields[ciArtifacts]": fields_ci_artifacts, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiArtifactsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class CiBuildActionsBuildRun(SyncAPIResource):
    """``client.ci_build_actions.build_run``: /v1/ciBuildActions"""

    def get(
        self,
        id: str,
        *,
        fields_ci_build_runs: Sequence[_Enum1] | None = None,
        fields_builds: Sequence[_Enum4] | None = None,
        fields_ci_workflows: Sequence[_Enum5] | None = None,
        fields_ci_products: Sequence[_Enum6] | None = None,
        fields_scm_git_references: Sequence[_Enum7] | None = None,
        fields_scm_pull_requests: Sequence[_Enum8] | None = None,
        include: Sequence[_Enum9] | None = None,
        limit_builds: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiBuildRunResponse:
        """ciBuildActions_buildRun_getToOneRelated

        GET /v1/ciBuildActions/{id}/buildRun

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-buildrun
        """
        from ascapi.models.ci_build_run_response import CiBuildRunResponse

        return self._client._call(
            "GET",
            path("/v1/ciBuildActions/{id}/buildRun", id=id),
            params={
                "fields[ciBuildRuns]": fields_ci_build_runs,
                "fields[builds]": fields_builds,
                "fields[ciWorkflows]": fields_ci_workflows,
                "fields[ciProducts]": fields_ci_products,
                "fields[scmGitReferences]": fields_scm_git_references,
                "fields[scmPullRequests]": fields_scm_pull_requests,
                "include": include,
                "limit[builds]": limit_builds,
            },
            maxima={"limit[builds]": 50},
            response_type=CiBuildRunResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiBuildActionBuildRunLinkageResponse:
        """ciBuildActions_buildRun_getToOneRelationship

        GET /v1/ciBuildActions/{id}/relationships/buildRun

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-buildrun
        """
        from ascapi.models.ci_build_action_build_run_linkage_response import (
            CiBuildActionBuildRunLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/ciBuildActions/{id}/relationships/buildRun", id=id),
            response_type=CiBuildActionBuildRunLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class CiBuildActionsIssues(SyncAPIResource):
    """``client.ci_build_actions.issues``: /v1/ciBuildActions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CiBuildActionIssuesLinkagesResponse, CiBuildActionIssuesLinkagesResponseData]:
        """ciBuildActions_issues_getToManyRelationship

        GET /v1/ciBuildActions/{id}/relationships/issues

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-issues
        """
        from ascapi.models.ci_build_action_issues_linkages_response import (
            CiBuildActionIssuesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciBuildActions/{id}/relationships/issues", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiBuildActionIssuesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_ci_issues: Sequence[_Enum10] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CiIssuesResponse, CiIssue]:
        """ciBuildActions_issues_getToManyRelated

        GET /v1/ciBuildActions/{id}/issues

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-issues
        """
        from ascapi.models.ci_issues_response import CiIssuesResponse

        return self._client._get_page(
            path("/v1/ciBuildActions/{id}/issues", id=id),
            params={"fields[ciIssues]": fields_ci_issues, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiIssuesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class CiBuildActionsTestResults(SyncAPIResource):
    """``client.ci_build_actions.test_results``: /v1/ciBuildActions"""

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
        CiBuildActionTestResultsLinkagesResponse, CiBuildActionTestResultsLinkagesResponseData
    ]:
        """ciBuildActions_testResults_getToManyRelationship

        GET /v1/ciBuildActions/{id}/relationships/testResults

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-testresults
        """
        from ascapi.models.ci_build_action_test_results_linkages_response import (
            CiBuildActionTestResultsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciBuildActions/{id}/relationships/testResults", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiBuildActionTestResultsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_ci_test_results: Sequence[_Enum11] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CiTestResultsResponse, CiTestResult]:
        """ciBuildActions_testResults_getToManyRelated

        GET /v1/ciBuildActions/{id}/testResults

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-testresults
        """
        from ascapi.models.ci_test_results_response import CiTestResultsResponse

        return self._client._get_page(
            path("/v1/ciBuildActions/{id}/testResults", id=id),
            params={
                "fields[ciTestResults]": fields_ci_test_results,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=CiTestResultsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCiBuildActions(AsyncAPIResource):
    """``client.ci_build_actions``: /v1/ciBuildActions"""

    @cached_property
    def artifacts(self) -> AsyncCiBuildActionsArtifacts:
        return AsyncCiBuildActionsArtifacts(self._client)

    @cached_property
    def build_run(self) -> AsyncCiBuildActionsBuildRun:
        return AsyncCiBuildActionsBuildRun(self._client)

    @cached_property
    def issues(self) -> AsyncCiBuildActionsIssues:
        return AsyncCiBuildActionsIssues(self._client)

    @cached_property
    def test_results(self) -> AsyncCiBuildActionsTestResults:
        return AsyncCiBuildActionsTestResults(self._client)

    async def get(
        self,
        id: str,
        *,
        fields_ci_build_actions: Sequence[_Enum0] | None = None,
        fields_ci_build_runs: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiBuildActionResponse:
        """ciBuildActions_getInstance

        GET /v1/ciBuildActions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_
        """
        from ascapi.models.ci_build_action_response import CiBuildActionResponse

        return await self._client._call(
            "GET",
            path("/v1/ciBuildActions/{id}", id=id),
            params={
                "fields[ciBuildActions]": fields_ci_build_actions,
                "fields[ciBuildRuns]": fields_ci_build_runs,
                "include": include,
            },
            response_type=CiBuildActionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCiBuildActionsArtifacts(AsyncAPIResource):
    """``client.ci_build_actions.artifacts``: /v1/ciBuildActions"""

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
        CiBuildActionArtifactsLinkagesResponse, CiBuildActionArtifactsLinkagesResponseData
    ]:
        """ciBuildActions_artifacts_getToManyRelationship

        GET /v1/ciBuildActions/{id}/relationships/artifacts

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-artifacts
        """
        from ascapi.models.ci_build_action_artifacts_linkages_response import (
            CiBuildActionArtifactsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciBuildActions/{id}/relationships/artifacts", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiBuildActionArtifactsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_ci_artifacts: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CiArtifactsResponse, CiArtifact]:
        """ciBuildActions_artifacts_getToManyRelated

        GET /v1/ciBuildActions/{id}/artifacts

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-artifacts
        """
        from ascapi.models.ci_artifacts_response import CiArtifactsResponse

        return self._client._get_page(
            path("/v1/ciBuildActions/{id}/artifacts", id=id),
            params={"fields[ciArtifacts]": fields_ci_artifacts, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiArtifactsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCiBuildActionsBuildRun(AsyncAPIResource):
    """``client.ci_build_actions.build_run``: /v1/ciBuildActions"""

    async def get(
        self,
        id: str,
        *,
        fields_ci_build_runs: Sequence[_Enum1] | None = None,
        fields_builds: Sequence[_Enum4] | None = None,
        fields_ci_workflows: Sequence[_Enum5] | None = None,
        fields_ci_products: Sequence[_Enum6] | None = None,
        fields_scm_git_references: Sequence[_Enum7] | None = None,
        fields_scm_pull_requests: Sequence[_Enum8] | None = None,
        include: Sequence[_Enum9] | None = None,
        limit_builds: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiBuildRunResponse:
        """ciBuildActions_buildRun_getToOneRelated

        GET /v1/ciBuildActions/{id}/buildRun

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-buildrun
        """
        from ascapi.models.ci_build_run_response import CiBuildRunResponse

        return await self._client._call(
            "GET",
            path("/v1/ciBuildActions/{id}/buildRun", id=id),
            params={
                "fields[ciBuildRuns]": fields_ci_build_runs,
                "fields[builds]": fields_builds,
                "fields[ciWorkflows]": fields_ci_workflows,
                "fields[ciProducts]": fields_ci_products,
                "fields[scmGitReferences]": fields_scm_git_references,
                "fields[scmPullRequests]": fields_scm_pull_requests,
                "include": include,
                "limit[builds]": limit_builds,
            },
            maxima={"limit[builds]": 50},
            response_type=CiBuildRunResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiBuildActionBuildRunLinkageResponse:
        """ciBuildActions_buildRun_getToOneRelationship

        GET /v1/ciBuildActions/{id}/relationships/buildRun

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-buildrun
        """
        from ascapi.models.ci_build_action_build_run_linkage_response import (
            CiBuildActionBuildRunLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/ciBuildActions/{id}/relationships/buildRun", id=id),
            response_type=CiBuildActionBuildRunLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCiBuildActionsIssues(AsyncAPIResource):
    """``client.ci_build_actions.issues``: /v1/ciBuildActions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CiBuildActionIssuesLinkagesResponse, CiBuildActionIssuesLinkagesResponseData]:
        """ciBuildActions_issues_getToManyRelationship

        GET /v1/ciBuildActions/{id}/relationships/issues

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-issues
        """
        from ascapi.models.ci_build_action_issues_linkages_response import (
            CiBuildActionIssuesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciBuildActions/{id}/relationships/issues", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiBuildActionIssuesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_ci_issues: Sequence[_Enum10] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CiIssuesResponse, CiIssue]:
        """ciBuildActions_issues_getToManyRelated

        GET /v1/ciBuildActions/{id}/issues

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-issues
        """
        from ascapi.models.ci_issues_response import CiIssuesResponse

        return self._client._get_page(
            path("/v1/ciBuildActions/{id}/issues", id=id),
            params={"fields[ciIssues]": fields_ci_issues, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiIssuesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCiBuildActionsTestResults(AsyncAPIResource):
    """``client.ci_build_actions.test_results``: /v1/ciBuildActions"""

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
        CiBuildActionTestResultsLinkagesResponse, CiBuildActionTestResultsLinkagesResponseData
    ]:
        """ciBuildActions_testResults_getToManyRelationship

        GET /v1/ciBuildActions/{id}/relationships/testResults

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-relationships-testresults
        """
        from ascapi.models.ci_build_action_test_results_linkages_response import (
            CiBuildActionTestResultsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciBuildActions/{id}/relationships/testResults", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiBuildActionTestResultsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_ci_test_results: Sequence[_Enum11] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CiTestResultsResponse, CiTestResult]:
        """ciBuildActions_testResults_getToManyRelated

        GET /v1/ciBuildActions/{id}/testResults

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildactions-_id_-testresults
        """
        from ascapi.models.ci_test_results_response import CiTestResultsResponse

        return self._client._get_page(
            path("/v1/ciBuildActions/{id}/testResults", id=id),
            params={
                "fields[ciTestResults]": fields_ci_test_results,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=CiTestResultsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
