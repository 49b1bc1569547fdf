# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``ci_workflows`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.ci_action import CiAction
    from ascapi.models.ci_branch_start_condition import CiBranchStartCondition
    from ascapi.models.ci_build_run import CiBuildRun
    from ascapi.models.ci_build_runs_response import CiBuildRunsResponse
    from ascapi.models.ci_manual_branch_start_condition import CiManualBranchStartCondition
    from ascapi.models.ci_manual_pull_request_start_condition import (
        CiManualPullRequestStartCondition,
    )
    from ascapi.models.ci_manual_tag_start_condition import CiManualTagStartCondition
    from ascapi.models.ci_pull_request_start_condition import CiPullRequestStartCondition
    from ascapi.models.ci_scheduled_start_condition import CiScheduledStartCondition
    from ascapi.models.ci_tag_start_condition import CiTagStartCondition
    from ascapi.models.ci_workflow_build_runs_linkages_response import (
        CiWorkflowBuildRunsLinkagesResponse,
        CiWorkflowBuildRunsLinkagesResponseData,
    )
    from ascapi.models.ci_workflow_create_request import CiWorkflowCreateRequest
    from ascapi.models.ci_workflow_repository_linkage_response import (
        CiWorkflowRepositoryLinkageResponse,
    )
    from ascapi.models.ci_workflow_response import CiWorkflowResponse
    from ascapi.models.ci_workflow_update_request import CiWorkflowUpdateRequest
    from ascapi.models.scm_repository_response import ScmRepositoryResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
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
    _Enum1 = Literal[
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
    _Enum2 = Literal[
        "lastAccessedDate",
        "httpCloneUrl",
        "sshCloneUrl",
        "ownerName",
        "repositoryName",
        "scmProvider",
        "defaultBranch",
        "gitReferences",
        "pullRequests",
    ]
    _Enum3 = Literal["version", "name", "testDestinations", "macOsVersions"]
    _Enum4 = Literal["version", "name", "xcodeVersions"]
    _Enum5 = Literal["product", "repository", "xcodeVersion", "macOsVersion"]
    _Enum6 = Literal["number", "-number"]
    _Enum7 = Literal[
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
    _Enum8 = Literal[
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
    _Enum9 = Literal["name", "canonicalName", "isDeleted", "kind", "repository"]
    _Enum10 = Literal[
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
    _Enum11 = Literal[
        "builds", "workflow", "product", "sourceBranchOrTag", "destinationBranch", "pullRequest"
    ]
    _Enum12 = Literal["scmProviderType", "url", "repositories"]
    _Enum13 = Literal["scmProvider", "defaultBranch"]


class CiWorkflows(SyncAPIResource):
    """``client.ci_workflows``: /v1/ciWorkflows"""

    @cached_property
    def build_runs(self) -> CiWorkflowsBuildRuns:
        return CiWorkflowsBuildRuns(self._client)

    @cached_property
    def repository(self) -> CiWorkflowsRepository:
        return CiWorkflowsRepository(self._client)

    def create(
        self,
        *,
        body: CiWorkflowCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        branch_start_condition: CiBranchStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        tag_start_condition: CiTagStartCondition | Mapping[str, Any] | None | UnsetType = UNSET,
        pull_request_start_condition: CiPullRequestStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        scheduled_start_condition: CiScheduledStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        manual_branch_start_condition: CiManualBranchStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        manual_tag_start_condition: CiManualTagStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        manual_pull_request_start_condition: CiManualPullRequestStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        actions: Sequence[CiAction | Mapping[str, Any]] | None | UnsetType = UNSET,
        is_enabled: bool | None | UnsetType = UNSET,
        is_locked_for_editing: bool | None | UnsetType = UNSET,
        clean: bool | None | UnsetType = UNSET,
        container_file_path: str | None | UnsetType = UNSET,
        product: str | None | UnsetType = UNSET,
        repository: str | None | UnsetType = UNSET,
        xcode_version: str | None | UnsetType = UNSET,
        mac_os_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiWorkflowResponse:
        """ciWorkflows_createInstance

        POST /v1/ciWorkflows

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-ciworkflows
        """
        from ascapi.models.ci_workflow_response import CiWorkflowResponse

        body = _support.document(
            body,
            name is not UNSET
            or description is not UNSET
            or branch_start_condition is not UNSET
            or tag_start_condition is not UNSET
            or pull_request_start_condition is not UNSET
            or scheduled_start_condition is not UNSET
            or manual_branch_start_condition is not UNSET
            or manual_tag_start_condition is not UNSET
            or manual_pull_request_start_condition is not UNSET
            or actions is not UNSET
            or is_enabled is not UNSET
            or is_locked_for_editing is not UNSET
            or clean is not UNSET
            or container_file_path is not UNSET
            or product is not UNSET
            or repository is not UNSET
            or xcode_version is not UNSET
            or mac_os_version is not UNSET,
            "ciWorkflows",
            None,
            {
                "name": name,
                "description": description,
                "branchStartCondition": branch_start_condition,
                "tagStartCondition": tag_start_condition,
                "pullRequestStartCondition": pull_request_start_condition,
                "scheduledStartCondition": scheduled_start_condition,
                "manualBranchStartCondition": manual_branch_start_condition,
                "manualTagStartCondition": manual_tag_start_condition,
                "manualPullRequestStartCondition": manual_pull_request_start_condition,
                "actions": actions,
                "isEnabled": is_enabled,
                "isLockedForEditing": is_locked_for_editing,
                "clean": clean,
                "containerFilePath": container_file_path,
            },
            {
                "product": ("ciProducts", False, product),
                "repository": ("scmRepositories", False, repository),
                "xcodeVersion": ("ciXcodeVersions", False, xcode_version),
                "macOsVersion": ("ciMacOsVersions", False, mac_os_version),
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/ciWorkflows",
            body=body,
            response_type=CiWorkflowResponse,
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
        """ciWorkflows_deleteInstance

        DELETE /v1/ciWorkflows/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-ciworkflows-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/ciWorkflows/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_ci_workflows: Sequence[_Enum0] | None = None,
        fields_ci_products: Sequence[_Enum1] | None = None,
        fields_scm_repositories: Sequence[_Enum2] | None = None,
        fields_ci_xcode_versions: Sequence[_Enum3] | None = None,
        fields_ci_mac_os_versions: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiWorkflowResponse:
        """ciWorkflows_getInstance

        GET /v1/ciWorkflows/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_
        """
        from ascapi.models.ci_workflow_response import CiWorkflowResponse

        return self._client._call(
            "GET",
            path("/v1/ciWorkflows/{id}", id=id),
            params={
                "fields[ciWorkflows]": fields_ci_workflows,
                "fields[ciProducts]": fields_ci_products,
                "fields[scmRepositories]": fields_scm_repositories,
                "fields[ciXcodeVersions]": fields_ci_xcode_versions,
                "fields[ciMacOsVersions]": fields_ci_mac_os_versions,
                "include": include,
            },
            response_type=CiWorkflowResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: CiWorkflowUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        branch_start_condition: CiBranchStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        tag_start_condition: CiTagStartCondition | Mapping[str, Any] | None | UnsetType = UNSET,
        pull_request_start_condition: CiPullRequestStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        scheduled_start_condition: CiScheduledStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        manual_branch_start_condition: CiManualBranchStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        manual_tag_start_condition: CiManualTagStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        manual_pull_request_start_condition: CiManualPullRequestStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        actions: Sequence[CiAction | Mapping[str, Any]] | None | UnsetType = UNSET,
        is_enabled: bool | None | UnsetType = UNSET,
        is_locked_for_editing: bool | None | UnsetType = UNSET,
        clean: bool | None | UnsetType = UNSET,
        container_file_path: str | None | UnsetType = UNSET,
        xcode_version: str | None | UnsetType = UNSET,
        mac_os_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiWorkflowResponse:
        """ciWorkflows_updateInstance

        PATCH /v1/ciWorkflows/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-ciworkflows-_id_
        """
        from ascapi.models.ci_workflow_response import CiWorkflowResponse

        body = _support.document(
            body,
            name is not UNSET
            or description is not UNSET
            or branch_start_condition is not UNSET
            or tag_start_condition is not UNSET
            or pull_request_start_condition is not UNSET
            or scheduled_start_condition is not UNSET
            or manual_branch_start_condition is not UNSET
            or manual_tag_start_condition is not UNSET
            or manual_pull_request_start_condition is not UNSET
            or actions is not UNSET
            or is_enabled is not UNSET
            or is_locked_for_editing is not UNSET
            or clean is not UNSET
            or container_file_path is not UNSET
            or xcode_version is not UNSET
            or mac_os_version is not UNSET,
            "ciWorkflows",
            id,
            {
                "name": name,
                "description": description,
                "branchStartCondition": branch_start_condition,
                "tagStartCondition": tag_start_condition,
                "pullRequestStartCondition": pull_request_start_condition,
                "scheduledStartCondition": scheduled_start_condition,
                "manualBranchStartCondition": manual_branch_start_condition,
                "manualTagStartCondition": manual_tag_start_condition,
                "manualPullRequestStartCondition": manual_pull_request_start_condition,
                "actions": actions,
                "isEnabled": is_enabled,
                "isLockedForEditing": is_locked_for_editing,
                "clean": clean,
                "containerFilePath": container_file_path,
            },
            {
                "xcodeVersion": ("ciXcodeVersions", False, xcode_version),
                "macOsVersion": ("ciMacOsVersions", False, mac_os_version),
            },
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/ciWorkflows/{id}", id=id),
            body=body,
            response_type=CiWorkflowResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class CiWorkflowsBuildRuns(SyncAPIResource):
    """``client.ci_workflows.build_runs``: /v1/ciWorkflows"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CiWorkflowBuildRunsLinkagesResponse, CiWorkflowBuildRunsLinkagesResponseData]:
        """ciWorkflows_buildRuns_getToManyRelationship

        GET /v1/ciWorkflows/{id}/relationships/buildRuns

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-relationships-buildruns
        """
        from ascapi.models.ci_workflow_build_runs_linkages_response import (
            CiWorkflowBuildRunsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciWorkflows/{id}/relationships/buildRuns", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiWorkflowBuildRunsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_builds: Sequence[str] | None = None,
        sort: Sequence[_Enum6] | None = None,
        fields_ci_build_runs: Sequence[_Enum7] | None = None,
        fields_builds: Sequence[_Enum8] | None = None,
        fields_ci_workflows: Sequence[_Enum0] | None = None,
        fields_ci_products: Sequence[_Enum1] | None = None,
        fields_scm_git_references: Sequence[_Enum9] | None = None,
        fields_scm_pull_requests: Sequence[_Enum10] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum11] | None = None,
        limit_builds: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CiBuildRunsResponse, CiBuildRun]:
        """ciWorkflows_buildRuns_getToManyRelated

        GET /v1/ciWorkflows/{id}/buildRuns

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-buildruns
        """
        from ascapi.models.ci_build_runs_response import CiBuildRunsResponse

        return self._client._get_page(
            path("/v1/ciWorkflows/{id}/buildRuns", id=id),
            params={
                "filter[builds]": filter_builds,
                "sort": sort,
                "fields[ciBuildRuns]": fields_ci_build_runs,
                "fields[builds]": fields_builds,
                "fields[ciWorkflows]": fields_ci_workflows,
                "fields[ciProducts]": fields_ci_products,
                "fields[scmGitReferences]": fields_scm_git_references,
                "fields[scmPullRequests]": fields_scm_pull_requests,
                "limit": limit,
                "include": include,
                "limit[builds]": limit_builds,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[builds]": 50},
            response_type=CiBuildRunsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class CiWorkflowsRepository(SyncAPIResource):
    """``client.ci_workflows.repository``: /v1/ciWorkflows"""

    def get(
        self,
        id: str,
        *,
        fields_scm_repositories: Sequence[_Enum2] | None = None,
        fields_scm_providers: Sequence[_Enum12] | None = None,
        fields_scm_git_references: Sequence[_Enum9] | None = None,
        include: Sequence[_Enum13] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ScmRepositoryResponse:
        """ciWorkflows_repository_getToOneRelated

        GET /v1/ciWorkflows/{id}/repository

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-repository
        """
        from ascapi.models.scm_repository_response import ScmRepositoryResponse

        return self._client._call(
            "GET",
            path("/v1/ciWorkflows/{id}/repository", id=id),
            params={
                "fields[scmRepositories]": fields_scm_repositories,
                "fields[scmProviders]": fields_scm_providers,
                "fields[scmGitReferences]": fields_scm_git_references,
                "include": include,
            },
            response_type=ScmRepositoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiWorkflowRepositoryLinkageResponse:
        """ciWorkflows_repository_getToOneRelationship

        GET /v1/ciWorkflows/{id}/relationships/repository

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-relationships-repository
        """
        from ascapi.models.ci_workflow_repository_linkage_response import (
            CiWorkflowRepositoryLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/ciWorkflows/{id}/relationships/repository", id=id),
            response_type=CiWorkflowRepositoryLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCiWorkflows(AsyncAPIResource):
    """``client.ci_workflows``: /v1/ciWorkflows"""

    @cached_property
    def build_runs(self) -> AsyncCiWorkflowsBuildRuns:
        return AsyncCiWorkflowsBuildRuns(self._client)

    @cached_property
    def repository(self) -> AsyncCiWorkflowsRepository:
        return AsyncCiWorkflowsRepository(self._client)

    async def create(
        self,
        *,
        body: CiWorkflowCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        branch_start_condition: CiBranchStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        tag_start_condition: CiTagStartCondition | Mapping[str, Any] | None | UnsetType = UNSET,
        pull_request_start_condition: CiPullRequestStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        scheduled_start_condition: CiScheduledStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        manual_branch_start_condition: CiManualBranchStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        manual_tag_start_condition: CiManualTagStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        manual_pull_request_start_condition: CiManualPullRequestStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        actions: Sequence[CiAction | Mapping[str, Any]] | None | UnsetType = UNSET,
        is_enabled: bool | None | UnsetType = UNSET,
        is_locked_for_editing: bool | None | UnsetType = UNSET,
        clean: bool | None | UnsetType = UNSET,
        container_file_path: str | None | UnsetType = UNSET,
        product: str | None | UnsetType = UNSET,
        repository: str | None | UnsetType = UNSET,
        xcode_version: str | None | UnsetType = UNSET,
        mac_os_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiWorkflowResponse:
        """ciWorkflows_createInstance

        POST /v1/ciWorkflows

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-ciworkflows
        """
        from ascapi.models.ci_workflow_response import CiWorkflowResponse

        body = _support.document(
            body,
            name is not UNSET
            or description is not UNSET
            or branch_start_condition is not UNSET
            or tag_start_condition is not UNSET
            or pull_request_start_condition is not UNSET
            or scheduled_start_condition is not UNSET
            or manual_branch_start_condition is not UNSET
            or manual_tag_start_condition is not UNSET
            or manual_pull_request_start_condition is not UNSET
            or actions is not UNSET
            or is_enabled is not UNSET
            or is_locked_for_editing is not UNSET
            or clean is not UNSET
            or container_file_path is not UNSET
            or product is not UNSET
            or repository is not UNSET
            or xcode_version is not UNSET
            or mac_os_version is not UNSET,
            "ciWorkflows",
            None,
            {
                "name": name,
                "description": description,
                "branchStartCondition": branch_start_condition,
                "tagStartCondition": tag_start_condition,
                "pullRequestStartCondition": pull_request_start_condition,
                "scheduledStartCondition": scheduled_start_condition,
                "manualBranchStartCondition": manual_branch_start_condition,
                "manualTagStartCondition": manual_tag_start_condition,
                "manualPullRequestStartCondition": manual_pull_request_start_condition,
                "actions": actions,
                "isEnabled": is_enabled,
                "isLockedForEditing": is_locked_for_editing,
                "clean": clean,
                "containerFilePath": container_file_path,
            },
            {
                "product": ("ciProducts", False, product),
                "repository": ("scmRepositories", False, repository),
                "xcodeVersion": ("ciXcodeVersions", False, xcode_version),
                "macOsVersion": ("ciMacOsVersions", False, mac_os_version),
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/ciWorkflows",
            body=body,
            response_type=CiWorkflowResponse,
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
        """ciWorkflows_deleteInstance

        DELETE /v1/ciWorkflows/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-ciworkflows-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/ciWorkflows/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_ci_workflows: Sequence[_Enum0] | None = None,
        fields_ci_products: Sequence[_Enum1] | None = None,
        fields_scm_repositories: Sequence[_Enum2] | None = None,
        fields_ci_xcode_versions: Sequence[_Enum3] | None = None,
        fields_ci_mac_os_versions: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiWorkflowResponse:
        """ciWorkflows_getInstance

        GET /v1/ciWorkflows/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_
        """
        from ascapi.models.ci_workflow_response import CiWorkflowResponse

        return await self._client._call(
            "GET",
            path("/v1/ciWorkflows/{id}", id=id),
            params={
                "fields[ciWorkflows]": fields_ci_workflows,
                "fields[ciProducts]": fields_ci_products,
                "fields[scmRepositories]": fields_scm_repositories,
                "fields[ciXcodeVersions]": fields_ci_xcode_versions,
                "fields[ciMacOsVersions]": fields_ci_mac_os_versions,
                "include": include,
            },
            response_type=CiWorkflowResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: CiWorkflowUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        branch_start_condition: CiBranchStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        tag_start_condition: CiTagStartCondition | Mapping[str, Any] | None | UnsetType = UNSET,
        pull_request_start_condition: CiPullRequestStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        scheduled_start_condition: CiScheduledStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        manual_branch_start_condition: CiManualBranchStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        manual_tag_start_condition: CiManualTagStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        manual_pull_request_start_condition: CiManualPullRequestStartCondition
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        actions: Sequence[CiAction | Mapping[str, Any]] | None | UnsetType = UNSET,
        is_enabled: bool | None | UnsetType = UNSET,
        is_locked_for_editing: bool | None | UnsetType = UNSET,
        clean: bool | None | UnsetType = UNSET,
        container_file_path: str | None | UnsetType = UNSET,
        xcode_version: str | None | UnsetType = UNSET,
        mac_os_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiWorkflowResponse:
        """ciWorkflows_updateInstance

        PATCH /v1/ciWorkflows/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-ciworkflows-_id_
        """
        from ascapi.models.ci_workflow_response import CiWorkflowResponse

        body = _support.document(
            body,
            name is not UNSET
            or description is not UNSET
            or branch_start_condition is not UNSET
            or tag_start_condition is not UNSET
            or pull_request_start_condition is not UNSET
            or scheduled_start_condition is not UNSET
            or manual_branch_start_condition is not UNSET
            or manual_tag_start_condition is not UNSET
            or manual_pull_request_start_condition is not UNSET
            or actions is not UNSET
            or is_enabled is not UNSET
            or is_locked_for_editing is not UNSET
            or clean is not UNSET
            or container_file_path is not UNSET
            or xcode_version is not UNSET
            or mac_os_version is not UNSET,
            "ciWorkflows",
            id,
            {
                "name": name,
                "description": description,
                "branchStartCondition": branch_start_condition,
                "tagStartCondition": tag_start_condition,
                "pullRequestStartCondition": pull_request_start_condition,
                "scheduledStartCondition": scheduled_start_condition,
                "manualBranchStartCondition": manual_branch_start_condition,
                "manualTagStartCondition": manual_tag_start_condition,
                "manualPullRequestStartCondition": manual_pull_request_start_condition,
                "actions": actions,
                "isEnabled": is_enabled,
                "isLockedForEditing": is_locked_for_editing,
                "clean": clean,
                "containerFilePath": container_file_path,
            },
            {
                "xcodeVersion": ("ciXcodeVersions", False, xcode_version),
                "macOsVersion": ("ciMacOsVersions", False, mac_os_version),
            },
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/ciWorkflows/{id}", id=id),
            body=body,
            response_type=CiWorkflowResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCiWorkflowsBuildRuns(AsyncAPIResource):
    """``client.ci_workflows.build_runs``: /v1/ciWorkflows"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CiWorkflowBuildRunsLinkagesResponse, CiWorkflowBuildRunsLinkagesResponseData]:
        """ciWorkflows_buildRuns_getToManyRelationship

        GET /v1/ciWorkflows/{id}/relationships/buildRuns

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-relationships-buildruns
        """
        from ascapi.models.ci_workflow_build_runs_linkages_response import (
            CiWorkflowBuildRunsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciWorkflows/{id}/relationships/buildRuns", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiWorkflowBuildRunsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_builds: Sequence[str] | None = None,
        sort: Sequence[_Enum6] | None = None,
        fields_ci_build_runs: Sequence[_Enum7] | None = None,
        fields_builds: Sequence[_Enum8] | None = None,
        fields_ci_workflows: Sequence[_Enum0] | None = None,
        fields_ci_products: Sequence[_Enum1] | None = None,
        fields_scm_git_references: Sequence[_Enum9] | None = None,
        fields_scm_pull_requests: Sequence[_Enum10] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum11] | None = None,
        limit_builds: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CiBuildRunsResponse, CiBuildRun]:
        """ciWorkflows_buildRuns_getToManyRelated

        GET /v1/ciWorkflows/{id}/buildRuns

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-buildruns
        """
        from ascapi.models.ci_build_runs_response import CiBuildRunsResponse

        return self._client._get_page(
            path("/v1/ciWorkflows/{id}/buildRuns", id=id),
            params={
                "filter[builds]": filter_builds,
                "sort": sort,
                "fields[ciBuildRuns]": fields_ci_build_runs,
                "fields[builds]": fields_builds,
                "fields[ciWorkflows]": fields_ci_workflows,
                "fields[ciProducts]": fields_ci_products,
                "fields[scmGitReferences]": fields_scm_git_references,
                "fields[scmPullRequests]": fields_scm_pull_requests,
                "limit": limit,
                "include": include,
                "limit[builds]": limit_builds,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[builds]": 50},
            response_type=CiBuildRunsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCiWorkflowsRepository(AsyncAPIResource):
    """``client.ci_workflows.repository``: /v1/ciWorkflows"""

    async def get(
        self,
        id: str,
        *,
        fields_scm_repositories: Sequence[_Enum2] | None = None,
        fields_scm_providers: Sequence[_Enum12] | None = None,
        fields_scm_git_references: Sequence[_Enum9] | None = None,
        include: Sequence[_Enum13] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ScmRepositoryResponse:
        """ciWorkflows_repository_getToOneRelated

        GET /v1/ciWorkflows/{id}/repository

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-repository
        """
        from ascapi.models.scm_repository_response import ScmRepositoryResponse

        return await self._client._call(
            "GET",
            path("/v1/ciWorkflows/{id}/repository", id=id),
            params={
                "fields[scmRepositories]": fields_scm_repositories,
                "fields[scmProviders]": fields_scm_providers,
                "fields[scmGitReferences]": fields_scm_git_references,
                "include": include,
            },
            response_type=ScmRepositoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiWorkflowRepositoryLinkageResponse:
        """ciWorkflows_repository_getToOneRelationship

        GET /v1/ciWorkflows/{id}/relationships/repository

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-relationships-repository
        """
        from ascapi.models.ci_workflow_repository_linkage_response import (
            CiWorkflowRepositoryLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/ciWorkflows/{id}/relationships/repository", id=id),
            response_type=CiWorkflowRepositoryLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
