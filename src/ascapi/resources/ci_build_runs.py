# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``ci_build_runs`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.build import Build
    from ascapi.models.builds_response import BuildsResponse
    from ascapi.models.ci_build_action import CiBuildAction
    from ascapi.models.ci_build_actions_response import CiBuildActionsResponse
    from ascapi.models.ci_build_run_actions_linkages_response import (
        CiBuildRunActionsLinkagesResponse,
        CiBuildRunActionsLinkagesResponseData,
    )
    from ascapi.models.ci_build_run_builds_linkages_response import (
        CiBuildRunBuildsLinkagesResponse,
        CiBuildRunBuildsLinkagesResponseData,
    )
    from ascapi.models.ci_build_run_create_request import CiBuildRunCreateRequest
    from ascapi.models.ci_build_run_response import CiBuildRunResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
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
    _Enum2 = Literal[
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
    _Enum3 = Literal[
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
    _Enum4 = Literal["name", "canonicalName", "isDeleted", "kind", "repository"]
    _Enum5 = Literal[
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
    _Enum6 = Literal[
        "builds", "workflow", "product", "sourceBranchOrTag", "destinationBranch", "pullRequest"
    ]
    _Enum7 = Literal[
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
    _Enum8 = Literal["buildRun"]
    _Enum9 = Literal["PROCESSING", "FAILED", "INVALID", "VALID"]
    _Enum10 = Literal["WAITING_FOR_REVIEW", "IN_REVIEW", "REJECTED", "APPROVED"]
    _Enum11 = Literal["IOS", "MAC_OS", "TV_OS", "VISION_OS"]
    _Enum12 = Literal["INTERNAL_ONLY", "APP_STORE_ELIGIBLE"]
    _Enum13 = Literal[
        "version",
        "-version",
        "uploadedDate",
        "-uploadedDate",
        "preReleaseVersion",
        "-preReleaseVersion",
    ]
    _Enum14 = Literal["version", "platform", "builds", "app"]
    _Enum15 = Literal[
        "firstName",
        "lastName",
        "email",
        "inviteType",
        "state",
        "appDevices",
        "apps",
        "betaGroups",
        "builds",
    ]
    _Enum16 = Literal[
        "name",
        "createdDate",
        "isInternalGroup",
        "hasAccessToAllBuilds",
        "publicLinkEnabled",
        "publicLinkId",
        "publicLinkLimitEnabled",
        "publicLinkLimit",
        "publicLink",
        "feedbackEnabled",
        "iosBuildsAvailableForAppleSiliconMac",
        "iosBuildsAvailableForAppleVision",
        "app",
        "builds",
        "betaTesters",
        "betaRecruitmentCriteria",
        "betaRecruitmentCriterionCompatibleBuildCheck",
    ]
    _Enum17 = Literal["whatsNew", "locale", "build"]
    _Enum18 = Literal[
        "appDescription",
        "createdDate",
        "usesEncryption",
        "exempt",
        "containsProprietaryCryptography",
        "containsThirdPartyCryptography",
        "availableOnFrenchStore",
        "platform",
        "uploadedDate",
        "documentUrl",
        "documentName",
        "documentType",
        "appEncryptionDeclarationState",
        "codeValue",
        "app",
        "builds",
        "appEncryptionDeclarationDocument",
    ]
    _Enum19 = Literal["betaReviewState", "submittedDate", "build"]
    _Enum20 = Literal[
        "accessibilityUrl",
        "name",
        "bundleId",
        "sku",
        "primaryLocale",
        "isOrEverWasMadeForKids",
        "subscriptionStatusUrl",
        "subscriptionStatusUrlVersion",
        "subscriptionStatusUrlForSandbox",
        "subscriptionStatusUrlVersionForSandbox",
        "contentRightsDeclaration",
        "streamlinedPurchasingEnabled",
        "accessibilityDeclarations",
        "appEncryptionDeclarations",
        "appStoreIcon",
        "ciProduct",
        "betaTesters",
        "betaGroups",
        "appStoreVersions",
        "appTags",
        "preReleaseVersions",
        "betaAppLocalizations",
        "builds",
        "betaLicenseAgreement",
        "betaAppReviewDetail",
        "appInfos",
        "appClips",
        "appPricePoints",
        "endUserLicenseAgreement",
        "appPriceSchedule",
        "appAvailabilityV2",
        "inAppPurchases",
        "subscriptionGroups",
        "gameCenterEnabledVersions",
        "perfPowerMetrics",
        "appCustomProductPages",
        "inAppPurchasesV2",
        "promotedPurchases",
        "appEvents",
        "reviewSubmissions",
        "subscriptionGracePeriod",
        "customerReviews",
        "customerReviewSummarizations",
        "gameCenterDetail",
        "appStoreVersionExperimentsV2",
        "alternativeDistributionKey",
        "analyticsReportRequests",
        "marketplaceSearchDetail",
        "buildUploads",
        "backgroundAssets",
        "betaFeedbackScreenshotSubmissions",
        "betaFeedbackCrashSubmissions",
        "searchKeywords",
        "webhooks",
        "androidToIosAppMappingDetails",
    ]
    _Enum21 = Literal["autoNotifyEnabled", "internalBuildState", "externalBuildState", "build"]
    _Enum22 = Literal[
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
    _Enum23 = Literal["iconAsset", "iconType", "masked", "name"]
    _Enum24 = Literal[
        "bundleId",
        "bundleType",
        "sdkBuild",
        "platformBuild",
        "fileName",
        "hasSirikit",
        "hasOnDemandResources",
        "hasPrerenderedIcon",
        "usesLocationServices",
        "isIosBuildMacAppStoreCompatible",
        "includesSymbols",
        "dSYMUrl",
        "supportedArchitectures",
        "requiredCapabilities",
        "deviceProtocols",
        "locales",
        "entitlements",
        "baDownloadAllowance",
        "baMaxInstallSize",
        "minimumOsVersion",
        "appClipDomainCacheStatus",
        "appClipDomainDebugStatus",
        "betaAppClipInvocations",
        "buildBundleFileSizes",
    ]
    _Enum25 = Literal[
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
    _Enum26 = Literal[
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
    ]


class CiBuildRuns(SyncAPIResource):
    """``client.ci_build_runs``: /v1/ciBuildRuns"""

    @cached_property
    def actions(self) -> CiBuildRunsActions:
        return CiBuildRunsActions(self._client)

    @cached_property
    def builds(self) -> CiBuildRunsBuilds:
        return CiBuildRunsBuilds(self._client)

    def create(
        self,
        *,
        body: CiBuildRunCreateRequest | Mapping[str, Any] | None = None,
        clean: bool | None | UnsetType = UNSET,
        build_run: str | None | UnsetType = UNSET,
        workflow: str | None | UnsetType = UNSET,
        source_branch_or_tag: str | None | UnsetType = UNSET,
        pull_request: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiBuildRunResponse:
        """ciBuildRuns_createInstance

        POST /v1/ciBuildRuns

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-cibuildruns
        """
        from ascapi.models.ci_build_run_response import CiBuildRunResponse

        body = _support.document(
            body,
            clean is not UNSET
            or build_run is not UNSET
            or workflow is not UNSET
            or source_branch_or_tag is not UNSET
            or pull_request is not UNSET,
            "ciBuildRuns",
            None,
            {"clean": clean},
            {
                "buildRun": ("ciBuildRuns", False, build_run),
                "workflow": ("ciWorkflows", False, workflow),
                "sourceBranchOrTag": ("scmGitReferences", False, source_branch_or_tag),
                "pullRequest": ("scmPullRequests", False, pull_request),
            },
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/ciBuildRuns",
            body=body,
            response_type=CiBuildRunResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_ci_build_runs: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        fields_ci_workflows: Sequence[_Enum2] | None = None,
        fields_ci_products: Sequence[_Enum3] | None = None,
        fields_scm_git_references: Sequence[_Enum4] | None = None,
        fields_scm_pull_requests: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_builds: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiBuildRunResponse:
        """ciBuildRuns_getInstance

        GET /v1/ciBuildRuns/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_
        """
        from ascapi.models.ci_build_run_response import CiBuildRunResponse

        return self._client._call(
            "GET",
            path("/v1/ciBuildRuns/{id}", id=id),
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


class CiBuildRunsActions(SyncAPIResource):
    """``client.ci_build_runs.actions``: /v1/ciBuildRuns"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CiBuildRunActionsLinkagesResponse, CiBuildRunActionsLinkagesResponseData]:
        """ciBuildRuns_actions_getToManyRelationship

        GET /v1/ciBuildRuns/{id}/relationships/actions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-relationships-actions
        """
        from ascapi.models.ci_build_run_actions_linkages_response import (
            CiBuildRunActionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciBuildRuns/{id}/relationships/actions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiBuildRunActionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_ci_build_actions: Sequence[_Enum7] | None = None,
        fields_ci_build_runs: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum8] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CiBuildActionsResponse, CiBuildAction]:
        """ciBuildRuns_actions_getToManyRelated

        GET /v1/ciBuildRuns/{id}/actions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-actions
        """
        from ascapi.models.ci_build_actions_response import CiBuildActionsResponse

        return self._client._get_page(
            path("/v1/ciBuildRuns/{id}/actions", id=id),
            params={
                "fields[ciBuildActions]": fields_ci_build_actions,
                "fields[ciBuildRuns]": fields_ci_build_runs,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=CiBuildActionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class CiBuildRunsBuilds(SyncAPIResource):
    """``client.ci_build_runs.builds``: /v1/ciBuildRuns"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CiBuildRunBuildsLinkagesResponse, CiBuildRunBuildsLinkagesResponseData]:
        """ciBuildRuns_builds_getToManyRelationship

        GET /v1/ciBuildRuns/{id}/relationships/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-relationships-builds
        """
        from ascapi.models.ci_build_run_builds_linkages_response import (
            CiBuildRunBuildsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciBuildRuns/{id}/relationships/builds", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiBuildRunBuildsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_version: Sequence[str] | None = None,
        filter_expired: Sequence[str] | None = None,
        filter_processing_state: Sequence[_Enum9] | None = None,
        filter_beta_app_review_submission_beta_review_state: Sequence[_Enum10] | None = None,
        filter_uses_non_exempt_encryption: Sequence[str] | None = None,
        filter_pre_release_version_version: Sequence[str] | None = None,
        filter_pre_release_version_platform: Sequence[_Enum11] | None = None,
        filter_build_audience_type: Sequence[_Enum12] | None = None,
        filter_pre_release_version: Sequence[str] | None = None,
        filter_app: Sequence[str] | None = None,
        filter_beta_groups: Sequence[str] | None = None,
        filter_app_store_version: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        exists_uses_non_exempt_encryption: bool | None = None,
        sort: Sequence[_Enum13] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        fields_pre_release_versions: Sequence[_Enum14] | None = None,
        fields_beta_testers: Sequence[_Enum15] | None = None,
        fields_beta_groups: Sequence[_Enum16] | None = None,
        fields_beta_build_localizations: Sequence[_Enum17] | None = None,
        fields_app_encryption_declarations: Sequence[_Enum18] | None = None,
        fields_beta_app_review_submissions: Sequence[_Enum19] | None = None,
        fields_apps: Sequence[_Enum20] | None = None,
        fields_build_beta_details: Sequence[_Enum21] | None = None,
        fields_app_store_versions: Sequence[_Enum22] | None = None,
        fields_build_icons: Sequence[_Enum23] | None = None,
        fields_build_bundles: Sequence[_Enum24] | None = None,
        fields_build_uploads: Sequence[_Enum25] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum26] | None = None,
        limit_individual_testers: int | None = None,
        limit_beta_groups: int | None = None,
        limit_beta_build_localizations: int | None = None,
        limit_icons: int | None = None,
        limit_build_bundles: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BuildsResponse, Build]:
        """ciBuildRuns_builds_getToManyRelated

        GET /v1/ciBuildRuns/{id}/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-builds
        """
        from ascapi.models.builds_response import BuildsResponse

        return self._client._get_page(
            path("/v1/ciBuildRuns/{id}/builds", id=id),
            params={
                "filter[version]": filter_version,
                "filter[expired]": filter_expired,
                "filter[processingState]": filter_processing_state,
                "filter[betaAppReviewSubmission.betaReviewState]": filter_beta_app_review_submission_beta_review_state,
                "filter[usesNonExemptEncryption]": filter_uses_non_exempt_encryption,
                "filter[preReleaseVersion.version]": filter_pre_release_version_version,
                "filter[preReleaseVersion.platform]": filter_pre_release_version_platform,
                "filter[buildAudienceType]": filter_build_audience_type,
                "filter[preReleaseVersion]": filter_pre_release_version,
                "filter[app]": filter_app,
                "filter[betaGroups]": filter_beta_groups,
                "filter[appStoreVersion]": filter_app_store_version,
                "filter[id]": filter_id,
                "exists[usesNonExemptEncryption]": exists_uses_non_exempt_encryption,
                "sort": sort,
                "fields[builds]": fields_builds,
                "fields[preReleaseVersions]": fields_pre_release_versions,
                "fields[betaTesters]": fields_beta_testers,
                "fields[betaGroups]": fields_beta_groups,
                "fields[betaBuildLocalizations]": fields_beta_build_localizations,
                "fields[appEncryptionDeclarations]": fields_app_encryption_declarations,
                "fields[betaAppReviewSubmissions]": fields_beta_app_review_submissions,
                "fields[apps]": fields_apps,
                "fields[buildBetaDetails]": fields_build_beta_details,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[buildIcons]": fields_build_icons,
                "fields[buildBundles]": fields_build_bundles,
                "fields[buildUploads]": fields_build_uploads,
                "limit": limit,
                "include": include,
                "limit[individualTesters]": limit_individual_testers,
                "limit[betaGroups]": limit_beta_groups,
                "limit[betaBuildLocalizations]": limit_beta_build_localizations,
                "limit[icons]": limit_icons,
                "limit[buildBundles]": limit_build_bundles,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[individualTesters]": 50,
                "limit[betaGroups]": 50,
                "limit[betaBuildLocalizations]": 50,
                "limit[icons]": 50,
                "limit[buildBundles]": 50,
            },
            response_type=BuildsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCiBuildRuns(AsyncAPIResource):
    """``client.ci_build_runs``: /v1/ciBuildRuns"""

    @cached_property
    def actions(self) -> AsyncCiBuildRunsActions:
        return AsyncCiBuildRunsActions(self._client)

    @cached_property
    def builds(self) -> AsyncCiBuildRunsBuilds:
        return AsyncCiBuildRunsBuilds(self._client)

    async def create(
        self,
        *,
        body: CiBuildRunCreateRequest | Mapping[str, Any] | None = None,
        clean: bool | None | UnsetType = UNSET,
        build_run: str | None | UnsetType = UNSET,
        workflow: str | None | UnsetType = UNSET,
        source_branch_or_tag: str | None | UnsetType = UNSET,
        pull_request: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiBuildRunResponse:
        """ciBuildRuns_createInstance

        POST /v1/ciBuildRuns

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-cibuildruns
        """
        from ascapi.models.ci_build_run_response import CiBuildRunResponse

        body = _support.document(
            body,
            clean is not UNSET
            or build_run is not UNSET
            or workflow is not UNSET
            or source_branch_or_tag is not UNSET
            or pull_request is not UNSET,
            "ciBuildRuns",
            None,
            {"clean": clean},
            {
                "buildRun": ("ciBuildRuns", False, build_run),
                "workflow": ("ciWorkflows", False, workflow),
                "sourceBranchOrTag": ("scmGitReferences", False, source_branch_or_tag),
                "pullRequest": ("scmPullRequests", False, pull_request),
            },
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/ciBuildRuns",
            body=body,
            response_type=CiBuildRunResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_ci_build_runs: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        fields_ci_workflows: Sequence[_Enum2] | None = None,
        fields_ci_products: Sequence[_Enum3] | None = None,
        fields_scm_git_references: Sequence[_Enum4] | None = None,
        fields_scm_pull_requests: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_builds: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiBuildRunResponse:
        """ciBuildRuns_getInstance

        GET /v1/ciBuildRuns/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_
        """
        from ascapi.models.ci_build_run_response import CiBuildRunResponse

        return await self._client._call(
            "GET",
            path("/v1/ciBuildRuns/{id}", id=id),
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


class AsyncCiBuildRunsActions(AsyncAPIResource):
    """``client.ci_build_runs.actions``: /v1/ciBuildRuns"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CiBuildRunActionsLinkagesResponse, CiBuildRunActionsLinkagesResponseData]:
        """ciBuildRuns_actions_getToManyRelationship

        GET /v1/ciBuildRuns/{id}/relationships/actions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-relationships-actions
        """
        from ascapi.models.ci_build_run_actions_linkages_response import (
            CiBuildRunActionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciBuildRuns/{id}/relationships/actions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiBuildRunActionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_ci_build_actions: Sequence[_Enum7] | None = None,
        fields_ci_build_runs: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum8] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CiBuildActionsResponse, CiBuildAction]:
        """ciBuildRuns_actions_getToManyRelated

        GET /v1/ciBuildRuns/{id}/actions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-actions
        """
        from ascapi.models.ci_build_actions_response import CiBuildActionsResponse

        return self._client._get_page(
            path("/v1/ciBuildRuns/{id}/actions", id=id),
            params={
                "fields[ciBuildActions]": fields_ci_build_actions,
                "fields[ciBuildRuns]": fields_ci_build_runs,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=CiBuildActionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCiBuildRunsBuilds(AsyncAPIResource):
    """``client.ci_build_runs.builds``: /v1/ciBuildRuns"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CiBuildRunBuildsLinkagesResponse, CiBuildRunBuildsLinkagesResponseData]:
        """ciBuildRuns_builds_getToManyRelationship

        GET /v1/ciBuildRuns/{id}/relationships/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-relationships-builds
        """
        from ascapi.models.ci_build_run_builds_linkages_response import (
            CiBuildRunBuildsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciBuildRuns/{id}/relationships/builds", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiBuildRunBuildsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_version: Sequence[str] | None = None,
        filter_expired: Sequence[str] | None = None,
        filter_processing_state: Sequence[_Enum9] | None = None,
        filter_beta_app_review_submission_beta_review_state: Sequence[_Enum10] | None = None,
        filter_uses_non_exempt_encryption: Sequence[str] | None = None,
        filter_pre_release_version_version: Sequence[str] | None = None,
        filter_pre_release_version_platform: Sequence[_Enum11] | None = None,
        filter_build_audience_type: Sequence[_Enum12] | None = None,
        filter_pre_release_version: Sequence[str] | None = None,
        filter_app: Sequence[str] | None = None,
        filter_beta_groups: Sequence[str] | None = None,
        filter_app_store_version: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        exists_uses_non_exempt_encryption: bool | None = None,
        sort: Sequence[_Enum13] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        fields_pre_release_versions: Sequence[_Enum14] | None = None,
        fields_beta_testers: Sequence[_Enum15] | None = None,
        fields_beta_groups: Sequence[_Enum16] | None = None,
        fields_beta_build_localizations: Sequence[_Enum17] | None = None,
        fields_app_encryption_declarations: Sequence[_Enum18] | None = None,
        fields_beta_app_review_submissions: Sequence[_Enum19] | None = None,
        fields_apps: Sequence[_Enum20] | None = None,
        fields_build_beta_details: Sequence[_Enum21] | None = None,
        fields_app_store_versions: Sequence[_Enum22] | None = None,
        fields_build_icons: Sequence[_Enum23] | None = None,
        fields_build_bundles: Sequence[_Enum24] | None = None,
        fields_build_uploads: Sequence[_Enum25] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum26] | None = None,
        limit_individual_testers: int | None = None,
        limit_beta_groups: int | None = None,
        limit_beta_build_localizations: int | None = None,
        limit_icons: int | None = None,
        limit_build_bundles: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BuildsResponse, Build]:
        """ciBuildRuns_builds_getToManyRelated

        GET /v1/ciBuildRuns/{id}/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-builds
        """
        from ascapi.models.builds_response import BuildsResponse

        return self._client._get_page(
            path("/v1/ciBuildRuns/{id}/builds", id=id),
            params={
                "filter[version]": filter_version,
                "filter[expired]": filter_expired,
                "filter[processingState]": filter_processing_state,
                "filter[betaAppReviewSubmission.betaReviewState]": filter_beta_app_review_submission_beta_review_state,
                "filter[usesNonExemptEncryption]": filter_uses_non_exempt_encryption,
                "filter[preReleaseVersion.version]": filter_pre_release_version_version,
                "filter[preReleaseVersion.platform]": filter_pre_release_version_platform,
                "filter[buildAudienceType]": filter_build_audience_type,
                "filter[preReleaseVersion]": filter_pre_release_version,
                "filter[app]": filter_app,
                "filter[betaGroups]": filter_beta_groups,
                "filter[appStoreVersion]": filter_app_store_version,
                "filter[id]": filter_id,
                "exists[usesNonExemptEncryption]": exists_uses_non_exempt_encryption,
                "sort": sort,
                "fields[builds]": fields_builds,
                "fields[preReleaseVersions]": fields_pre_release_versions,
                "fields[betaTesters]": fields_beta_testers,
                "fields[betaGroups]": fields_beta_groups,
                "fields[betaBuildLocalizations]": fields_beta_build_localizations,
                "fields[appEncryptionDeclarations]": fields_app_encryption_declarations,
                "fields[betaAppReviewSubmissions]": fields_beta_app_review_submissions,
                "fields[apps]": fields_apps,
                "fields[buildBetaDetails]": fields_build_beta_details,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[buildIcons]": fields_build_icons,
                "fields[buildBundles]": fields_build_bundles,
                "fields[buildUploads]": fields_build_uploads,
                "limit": limit,
                "include": include,
                "limit[individualTesters]": limit_individual_testers,
                "limit[betaGroups]": limit_beta_groups,
                "limit[betaBuildLocalizations]": limit_beta_build_localizations,
                "limit[icons]": limit_icons,
                "limit[buildBundles]": limit_build_bundles,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[individualTesters]": 50,
                "limit[betaGroups]": 50,
                "limit[betaBuildLocalizations]": 50,
                "limit[icons]": 50,
                "limit[buildBundles]": 50,
            },
            response_type=BuildsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
