# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``ci_products`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_response import AppResponse
    from ascapi.models.ci_build_run import CiBuildRun
    from ascapi.models.ci_build_runs_response import CiBuildRunsResponse
    from ascapi.models.ci_product import CiProduct
    from ascapi.models.ci_product_additional_repositories_linkages_response import (
        CiProductAdditionalRepositoriesLinkagesResponse,
        CiProductAdditionalRepositoriesLinkagesResponseData,
    )
    from ascapi.models.ci_product_app_linkage_response import CiProductAppLinkageResponse
    from ascapi.models.ci_product_build_runs_linkages_response import (
        CiProductBuildRunsLinkagesResponse,
        CiProductBuildRunsLinkagesResponseData,
    )
    from ascapi.models.ci_product_primary_repositories_linkages_response import (
        CiProductPrimaryRepositoriesLinkagesResponse,
        CiProductPrimaryRepositoriesLinkagesResponseData,
    )
    from ascapi.models.ci_product_response import CiProductResponse
    from ascapi.models.ci_product_workflows_linkages_response import (
        CiProductWorkflowsLinkagesResponse,
        CiProductWorkflowsLinkagesResponseData,
    )
    from ascapi.models.ci_products_response import CiProductsResponse
    from ascapi.models.ci_workflow import CiWorkflow
    from ascapi.models.ci_workflows_response import CiWorkflowsResponse
    from ascapi.models.scm_repositories_response import ScmRepositoriesResponse
    from ascapi.models.scm_repository import ScmRepository
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
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
    _Enum1 = Literal[
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
    _Enum2 = Literal[
        "name", "platform", "identifier", "seedId", "profiles", "bundleIdCapabilities", "app"
    ]
    _Enum3 = Literal[
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
    _Enum4 = Literal["app", "bundleId", "primaryRepositories"]
    _Enum5 = Literal["APP", "FRAMEWORK"]
    _Enum6 = Literal["scmProviderType", "url", "repositories"]
    _Enum7 = Literal["name", "canonicalName", "isDeleted", "kind", "repository"]
    _Enum8 = Literal["scmProvider", "defaultBranch"]
    _Enum9 = Literal[
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
    _Enum10 = Literal["iconAsset", "iconType", "masked", "name"]
    _Enum11 = Literal[
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
    _Enum12 = Literal[
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
    _Enum13 = Literal["version", "platform", "builds", "app"]
    _Enum14 = Literal[
        "feedbackEmail",
        "marketingUrl",
        "privacyPolicyUrl",
        "tvOsPrivacyPolicy",
        "description",
        "locale",
        "app",
    ]
    _Enum15 = Literal[
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
    _Enum16 = Literal["agreementText", "app"]
    _Enum17 = Literal[
        "contactFirstName",
        "contactLastName",
        "contactPhone",
        "contactEmail",
        "demoAccountName",
        "demoAccountPassword",
        "demoAccountRequired",
        "notes",
        "app",
    ]
    _Enum18 = Literal[
        "appStoreState",
        "state",
        "appStoreAgeRating",
        "australiaAgeRating",
        "brazilAgeRating",
        "brazilAgeRatingV2",
        "franceAgeRating",
        "koreaAgeRating",
        "app",
        "ageRatingDeclaration",
        "appInfoLocalizations",
        "primaryCategory",
        "primarySubcategoryOne",
        "primarySubcategoryTwo",
        "secondaryCategory",
        "secondarySubcategoryOne",
        "secondarySubcategoryTwo",
        "territoryAgeRatings",
    ]
    _Enum19 = Literal["bundleId", "app", "appClipDefaultExperiences", "appClipAdvancedExperiences"]
    _Enum20 = Literal["agreementText", "app", "territories"]
    _Enum21 = Literal[
        "referenceName",
        "productId",
        "inAppPurchaseType",
        "state",
        "apps",
        "name",
        "reviewNote",
        "familySharable",
        "contentHosting",
        "inAppPurchaseLocalizations",
        "pricePoints",
        "content",
        "appStoreReviewScreenshot",
        "promotedPurchase",
        "iapPriceSchedule",
        "inAppPurchaseAvailability",
        "images",
        "offerCodes",
        "versions",
    ]
    _Enum22 = Literal[
        "referenceName", "subscriptions", "subscriptionGroupLocalizations", "versions"
    ]
    _Enum23 = Literal["platform", "versionString", "iconAsset", "compatibleVersions", "app"]
    _Enum24 = Literal["name", "url", "visible", "app", "appCustomProductPageVersions"]
    _Enum25 = Literal["visibleForAllUsers", "enabled", "state", "inAppPurchaseV2", "subscription"]
    _Enum26 = Literal[
        "referenceName",
        "badge",
        "eventState",
        "deepLink",
        "purchaseRequirement",
        "primaryLocale",
        "priority",
        "purpose",
        "territorySchedules",
        "archivedTerritorySchedules",
        "localizations",
    ]
    _Enum27 = Literal[
        "platform",
        "submittedDate",
        "state",
        "app",
        "items",
        "appStoreVersionForReview",
        "submittedByActor",
        "lastUpdatedByActor",
    ]
    _Enum28 = Literal["optIn", "sandboxOptIn", "duration", "renewalType"]
    _Enum29 = Literal[
        "arcadeEnabled",
        "challengeEnabled",
        "app",
        "gameCenterAppVersions",
        "gameCenterGroup",
        "gameCenterLeaderboards",
        "gameCenterLeaderboardsV2",
        "gameCenterLeaderboardSets",
        "gameCenterLeaderboardSetsV2",
        "gameCenterAchievements",
        "gameCenterAchievementsV2",
        "gameCenterActivities",
        "gameCenterChallenges",
        "defaultLeaderboard",
        "defaultLeaderboardV2",
        "defaultGroupLeaderboard",
        "defaultGroupLeaderboardV2",
        "achievementReleases",
        "activityReleases",
        "challengeReleases",
        "leaderboardReleases",
        "leaderboardSetReleases",
        "challengesMinimumPlatformVersions",
    ]
    _Enum30 = Literal[
        "name",
        "platform",
        "trafficProportion",
        "state",
        "reviewRequired",
        "startDate",
        "endDate",
        "app",
        "latestControlVersion",
        "controlVersions",
        "appStoreVersionExperimentTreatments",
    ]
    _Enum31 = Literal["packageName", "appSigningKeyPublicCertificateSha256Fingerprints"]
    _Enum32 = Literal[
        "appEncryptionDeclarations",
        "appStoreIcon",
        "ciProduct",
        "betaGroups",
        "appStoreVersions",
        "preReleaseVersions",
        "betaAppLocalizations",
        "builds",
        "betaLicenseAgreement",
        "betaAppReviewDetail",
        "appInfos",
        "appClips",
        "endUserLicenseAgreement",
        "inAppPurchases",
        "subscriptionGroups",
        "gameCenterEnabledVersions",
        "appCustomProductPages",
        "inAppPurchasesV2",
        "promotedPurchases",
        "appEvents",
        "reviewSubmissions",
        "subscriptionGracePeriod",
        "gameCenterDetail",
        "appStoreVersionExperimentsV2",
        "androidToIosAppMappingDetails",
    ]
    _Enum33 = Literal["number", "-number"]
    _Enum34 = Literal[
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
    _Enum35 = Literal[
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
    _Enum36 = Literal[
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
    _Enum37 = Literal[
        "builds", "workflow", "product", "sourceBranchOrTag", "destinationBranch", "pullRequest"
    ]
    _Enum38 = Literal["version", "name", "testDestinations", "macOsVersions"]
    _Enum39 = Literal["version", "name", "xcodeVersions"]
    _Enum40 = Literal["product", "repository", "xcodeVersion", "macOsVersion"]


class CiProducts(SyncAPIResource):
    """``client.ci_products``: /v1/ciProducts"""

    @cached_property
    def additional_repositories(self) -> CiProductsAdditionalRepositories:
        return CiProductsAdditionalRepositories(self._client)

    @cached_property
    def app(self) -> CiProductsApp:
        return CiProductsApp(self._client)

    @cached_property
    def build_runs(self) -> CiProductsBuildRuns:
        return CiProductsBuildRuns(self._client)

    @cached_property
    def primary_repositories(self) -> CiProductsPrimaryRepositories:
        return CiProductsPrimaryRepositories(self._client)

    @cached_property
    def workflows(self) -> CiProductsWorkflows:
        return CiProductsWorkflows(self._client)

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """ciProducts_deleteInstance

        DELETE /v1/ciProducts/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-ciproducts-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/ciProducts/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_ci_products: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_bundle_ids: Sequence[_Enum2] | None = None,
        fields_scm_repositories: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_primary_repositories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiProductResponse:
        """ciProducts_getInstance

        GET /v1/ciProducts/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_
        """
        from ascapi.models.ci_product_response import CiProductResponse

        return self._client._call(
            "GET",
            path("/v1/ciProducts/{id}", id=id),
            params={
                "fields[ciProducts]": fields_ci_products,
                "fields[apps]": fields_apps,
                "fields[bundleIds]": fields_bundle_ids,
                "fields[scmRepositories]": fields_scm_repositories,
                "include": include,
                "limit[primaryRepositories]": limit_primary_repositories,
            },
            maxima={"limit[primaryRepositories]": 50},
            response_type=CiProductResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_product_type: Sequence[_Enum5] | None = None,
        filter_app: Sequence[str] | None = None,
        fields_ci_products: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_bundle_ids: Sequence[_Enum2] | None = None,
        fields_scm_repositories: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_primary_repositories: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CiProductsResponse, CiProduct]:
        """ciProducts_getCollection

        GET /v1/ciProducts

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts
        """
        from ascapi.models.ci_products_response import CiProductsResponse

        return self._client._get_page(
            "/v1/ciProducts",
            params={
                "filter[productType]": filter_product_type,
                "filter[app]": filter_app,
                "fields[ciProducts]": fields_ci_products,
                "fields[apps]": fields_apps,
                "fields[bundleIds]": fields_bundle_ids,
                "fields[scmRepositories]": fields_scm_repositories,
                "limit": limit,
                "include": include,
                "limit[primaryRepositories]": limit_primary_repositories,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[primaryRepositories]": 50},
            response_type=CiProductsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class CiProductsAdditionalRepositories(SyncAPIResource):
    """``client.ci_products.additional_repositories``: /v1/ciProducts"""

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
        CiProductAdditionalRepositoriesLinkagesResponse,
        CiProductAdditionalRepositoriesLinkagesResponseData,
    ]:
        """ciProducts_additionalRepositories_getToManyRelationship

        GET /v1/ciProducts/{id}/relationships/additionalRepositories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-additionalrepositories
        """
        from ascapi.models.ci_product_additional_repositories_linkages_response import (
            CiProductAdditionalRepositoriesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciProducts/{id}/relationships/additionalRepositories", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiProductAdditionalRepositoriesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_id: Sequence[str] | None = None,
        fields_scm_repositories: Sequence[_Enum3] | None = None,
        fields_scm_providers: Sequence[_Enum6] | None = None,
        fields_scm_git_references: Sequence[_Enum7] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum8] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[ScmRepositoriesResponse, ScmRepository]:
        """ciProducts_additionalRepositories_getToManyRelated

        GET /v1/ciProducts/{id}/additionalRepositories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-additionalrepositories
        """
        from ascapi.models.scm_repositories_response import ScmRepositoriesResponse

        return self._client._get_page(
            path("/v1/ciProducts/{id}/additionalRepositories", id=id),
            params={
                "filter[id]": filter_id,
                "fields[scmRepositories]": fields_scm_repositories,
                "fields[scmProviders]": fields_scm_providers,
                "fields[scmGitReferences]": fields_scm_git_references,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=ScmRepositoriesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class CiProductsApp(SyncAPIResource):
    """``client.ci_products.app``: /v1/ciProducts"""

    def get(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_app_encryption_declarations: Sequence[_Enum9] | None = None,
        fields_build_icons: Sequence[_Enum10] | None = None,
        fields_ci_products: Sequence[_Enum0] | None = None,
        fields_beta_groups: Sequence[_Enum11] | None = None,
        fields_app_store_versions: Sequence[_Enum12] | None = None,
        fields_pre_release_versions: Sequence[_Enum13] | None = None,
        fields_beta_app_localizations: Sequence[_Enum14] | None = None,
        fields_builds: Sequence[_Enum15] | None = None,
        fields_beta_license_agreements: Sequence[_Enum16] | None = None,
        fields_beta_app_review_details: Sequence[_Enum17] | None = None,
        fields_app_infos: Sequence[_Enum18] | None = None,
        fields_app_clips: Sequence[_Enum19] | None = None,
        fields_end_user_license_agreements: Sequence[_Enum20] | None = None,
        fields_in_app_purchases: Sequence[_Enum21] | None = None,
        fields_subscription_groups: Sequence[_Enum22] | None = None,
        fields_game_center_enabled_versions: Sequence[_Enum23] | None = None,
        fields_app_custom_product_pages: Sequence[_Enum24] | None = None,
        fields_promoted_purchases: Sequence[_Enum25] | None = None,
        fields_app_events: Sequence[_Enum26] | None = None,
        fields_review_submissions: Sequence[_Enum27] | None = None,
        fields_subscription_grace_periods: Sequence[_Enum28] | None = None,
        fields_game_center_details: Sequence[_Enum29] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum30] | None = None,
        fields_android_to_ios_app_mapping_details: Sequence[_Enum31] | None = None,
        include: Sequence[_Enum32] | None = None,
        limit_app_encryption_declarations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_app_store_versions: int | None = None,
        limit_pre_release_versions: int | None = None,
        limit_beta_app_localizations: int | None = None,
        limit_builds: int | None = None,
        limit_app_infos: int | None = None,
        limit_app_clips: int | None = None,
        limit_in_app_purchases: int | None = None,
        limit_subscription_groups: int | None = None,
        limit_game_center_enabled_versions: int | None = None,
        limit_app_custom_product_pages: int | None = None,
        limit_in_app_purchases_v2: int | None = None,
        limit_promoted_purchases: int | None = None,
        limit_app_events: int | None = None,
        limit_review_submissions: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        limit_android_to_ios_app_mapping_details: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppResponse:
        """ciProducts_app_getToOneRelated

        GET /v1/ciProducts/{id}/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-app
        """
        from ascapi.models.app_response import AppResponse

        return self._client._call(
            "GET",
            path("/v1/ciProducts/{id}/app", id=id),
            params={
                "fields[apps]": fields_apps,
                "fields[appEncryptionDeclarations]": fields_app_encryption_declarations,
                "fields[buildIcons]": fields_build_icons,
                "fields[ciProducts]": fields_ci_products,
                "fields[betaGroups]": fields_beta_groups,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[preReleaseVersions]": fields_pre_release_versions,
                "fields[betaAppLocalizations]": fields_beta_app_localizations,
                "fields[builds]": fields_builds,
                "fields[betaLicenseAgreements]": fields_beta_license_agreements,
                "fields[betaAppReviewDetails]": fields_beta_app_review_details,
                "fields[appInfos]": fields_app_infos,
                "fields[appClips]": fields_app_clips,
                "fields[endUserLicenseAgreements]": fields_end_user_license_agreements,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "fields[subscriptionGroups]": fields_subscription_groups,
                "fields[gameCenterEnabledVersions]": fields_game_center_enabled_versions,
                "fields[appCustomProductPages]": fields_app_custom_product_pages,
                "fields[promotedPurchases]": fields_promoted_purchases,
                "fields[appEvents]": fields_app_events,
                "fields[reviewSubmissions]": fields_review_submissions,
                "fields[subscriptionGracePeriods]": fields_subscription_grace_periods,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[appStoreVersionExperiments]": fields_app_store_version_experiments,
                "fields[androidToIosAppMappingDetails]": fields_android_to_ios_app_mapping_details,
                "include": include,
                "limit[appEncryptionDeclarations]": limit_app_encryption_declarations,
                "limit[betaGroups]": limit_beta_groups,
                "limit[appStoreVersions]": limit_app_store_versions,
                "limit[preReleaseVersions]": limit_pre_release_versions,
                "limit[betaAppLocalizations]": limit_beta_app_localizations,
                "limit[builds]": limit_builds,
                "limit[appInfos]": limit_app_infos,
                "limit[appClips]": limit_app_clips,
                "limit[inAppPurchases]": limit_in_app_purchases,
                "limit[subscriptionGroups]": limit_subscription_groups,
                "limit[gameCenterEnabledVersions]": limit_game_center_enabled_versions,
                "limit[appCustomProductPages]": limit_app_custom_product_pages,
                "limit[inAppPurchasesV2]": limit_in_app_purchases_v2,
                "limit[promotedPurchases]": limit_promoted_purchases,
                "limit[appEvents]": limit_app_events,
                "limit[reviewSubmissions]": limit_review_submissions,
                "limit[appStoreVersionExperimentsV2]": limit_app_store_version_experiments_v2,
                "limit[androidToIosAppMappingDetails]": limit_android_to_ios_app_mapping_details,
            },
            maxima={
                "limit[appEncryptionDeclarations]": 50,
                "limit[betaGroups]": 50,
                "limit[appStoreVersions]": 50,
                "limit[preReleaseVersions]": 50,
                "limit[betaAppLocalizations]": 50,
                "limit[builds]": 50,
                "limit[appInfos]": 50,
                "limit[appClips]": 50,
                "limit[inAppPurchases]": 50,
                "limit[subscriptionGroups]": 50,
                "limit[gameCenterEnabledVersions]": 50,
                "limit[appCustomProductPages]": 50,
                "limit[inAppPurchasesV2]": 50,
                "limit[promotedPurchases]": 50,
                "limit[appEvents]": 50,
                "limit[reviewSubmissions]": 50,
                "limit[appStoreVersionExperimentsV2]": 50,
                "limit[androidToIosAppMappingDetails]": 50,
            },
            response_type=AppResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiProductAppLinkageResponse:
        """ciProducts_app_getToOneRelationship

        GET /v1/ciProducts/{id}/relationships/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-app
        """
        from ascapi.models.ci_product_app_linkage_response import CiProductAppLinkageResponse

        return self._client._call(
            "GET",
            path("/v1/ciProducts/{id}/relationships/app", id=id),
            response_type=CiProductAppLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class CiProductsBuildRuns(SyncAPIResource):
    """``client.ci_products.build_runs``: /v1/ciProducts"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CiProductBuildRunsLinkagesResponse, CiProductBuildRunsLinkagesResponseData]:
        """ciProducts_buildRuns_getToManyRelationship

        GET /v1/ciProducts/{id}/relationships/buildRuns

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-buildruns
        """
        from ascapi.models.ci_product_build_runs_linkages_response import (
            CiProductBuildRunsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciProducts/{id}/relationships/buildRuns", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiProductBuildRunsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_builds: Sequence[str] | None = None,
        sort: Sequence[_Enum33] | None = None,
        fields_ci_build_runs: Sequence[_Enum34] | None = None,
        fields_builds: Sequence[_Enum15] | None = None,
        fields_ci_workflows: Sequence[_Enum35] | None = None,
        fields_ci_products: Sequence[_Enum0] | None = None,
        fields_scm_git_references: Sequence[_Enum7] | None = None,
        fields_scm_pull_requests: Sequence[_Enum36] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum37] | None = None,
        limit_builds: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CiBuildRunsResponse, CiBuildRun]:
        """ciProducts_buildRuns_getToManyRelated

        GET /v1/ciProducts/{id}/buildRuns

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-buildruns
        """
        from ascapi.models.ci_build_runs_response import CiBuildRunsResponse

        return self._client._get_page(
            path("/v1/ciProducts/{id}/buildRuns", id=id),
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


class CiProductsPrimaryRepositories(SyncAPIResource):
    """``client.ci_products.primary_repositories``: /v1/ciProducts"""

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
        CiProductPrimaryRepositoriesLinkagesResponse,
        CiProductPrimaryRepositoriesLinkagesResponseData,
    ]:
        """ciProducts_primaryRepositories_getToManyRelationship

        GET /v1/ciProducts/{id}/relationships/primaryRepositories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-primaryrepositories
        """
        from ascapi.models.ci_product_primary_repositories_linkages_response import (
            CiProductPrimaryRepositoriesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciProducts/{id}/relationships/primaryRepositories", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiProductPrimaryRepositoriesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_id: Sequence[str] | None = None,
        fields_scm_repositories: Sequence[_Enum3] | None = None,
        fields_scm_providers: Sequence[_Enum6] | None = None,
        fields_scm_git_references: Sequence[_Enum7] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum8] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[ScmRepositoriesResponse, ScmRepository]:
        """ciProducts_primaryRepositories_getToManyRelated

        GET /v1/ciProducts/{id}/primaryRepositories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-primaryrepositories
        """
        from ascapi.models.scm_repositories_response import ScmRepositoriesResponse

        return self._client._get_page(
            path("/v1/ciProducts/{id}/primaryRepositories", id=id),
            params={
                "filter[id]": filter_id,
                "fields[scmRepositories]": fields_scm_repositories,
                "fields[scmProviders]": fields_scm_providers,
                "fields[scmGitReferences]": fields_scm_git_references,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=ScmRepositoriesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class CiProductsWorkflows(SyncAPIResource):
    """``client.ci_products.workflows``: /v1/ciProducts"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CiProductWorkflowsLinkagesResponse, CiProductWorkflowsLinkagesResponseData]:
        """ciProducts_workflows_getToManyRelationship

        GET /v1/ciProducts/{id}/relationships/workflows

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-workflows
        """
        from ascapi.models.ci_product_workflows_linkages_response import (
            CiProductWorkflowsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciProducts/{id}/relationships/workflows", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiProductWorkflowsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_ci_workflows: Sequence[_Enum35] | None = None,
        fields_ci_products: Sequence[_Enum0] | None = None,
        fields_scm_repositories: Sequence[_Enum3] | None = None,
        fields_ci_xcode_versions: Sequence[_Enum38] | None = None,
        fields_ci_mac_os_versions: Sequence[_Enum39] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum40] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CiWorkflowsResponse, CiWorkflow]:
        """ciProducts_workflows_getToManyRelated

        GET /v1/ciProducts/{id}/workflows

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-workflows
        """
        from ascapi.models.ci_workflows_response import CiWorkflowsResponse

        return self._client._get_page(
            path("/v1/ciProducts/{id}/workflows", id=id),
            params={
                "fields[ciWorkflows]": fields_ci_workflows,
                "fields[ciProducts]": fields_ci_products,
                "fields[scmRepositories]": fields_scm_repositories,
                "fields[ciXcodeVersions]": fields_ci_xcode_versions,
                "fields[ciMacOsVersions]": fields_ci_mac_os_versions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=CiWorkflowsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCiProducts(AsyncAPIResource):
    """``client.ci_products``: /v1/ciProducts"""

    @cached_property
    def additional_repositories(self) -> AsyncCiProductsAdditionalRepositories:
        return AsyncCiProductsAdditionalRepositories(self._client)

    @cached_property
    def app(self) -> AsyncCiProductsApp:
        return AsyncCiProductsApp(self._client)

    @cached_property
    def build_runs(self) -> AsyncCiProductsBuildRuns:
        return AsyncCiProductsBuildRuns(self._client)

    @cached_property
    def primary_repositories(self) -> AsyncCiProductsPrimaryRepositories:
        return AsyncCiProductsPrimaryRepositories(self._client)

    @cached_property
    def workflows(self) -> AsyncCiProductsWorkflows:
        return AsyncCiProductsWorkflows(self._client)

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """ciProducts_deleteInstance

        DELETE /v1/ciProducts/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-ciproducts-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/ciProducts/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_ci_products: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_bundle_ids: Sequence[_Enum2] | None = None,
        fields_scm_repositories: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_primary_repositories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiProductResponse:
        """ciProducts_getInstance

        GET /v1/ciProducts/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_
        """
        from ascapi.models.ci_product_response import CiProductResponse

        return await self._client._call(
            "GET",
            path("/v1/ciProducts/{id}", id=id),
            params={
                "fields[ciProducts]": fields_ci_products,
                "fields[apps]": fields_apps,
                "fields[bundleIds]": fields_bundle_ids,
                "fields[scmRepositories]": fields_scm_repositories,
                "include": include,
                "limit[primaryRepositories]": limit_primary_repositories,
            },
            maxima={"limit[primaryRepositories]": 50},
            response_type=CiProductResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_product_type: Sequence[_Enum5] | None = None,
        filter_app: Sequence[str] | None = None,
        fields_ci_products: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_bundle_ids: Sequence[_Enum2] | None = None,
        fields_scm_repositories: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_primary_repositories: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CiProductsResponse, CiProduct]:
        """ciProducts_getCollection

        GET /v1/ciProducts

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts
        """
        from ascapi.models.ci_products_response import CiProductsResponse

        return self._client._get_page(
            "/v1/ciProducts",
            params={
                "filter[productType]": filter_product_type,
                "filter[app]": filter_app,
                "fields[ciProducts]": fields_ci_products,
                "fields[apps]": fields_apps,
                "fields[bundleIds]": fields_bundle_ids,
                "fields[scmRepositories]": fields_scm_repositories,
                "limit": limit,
                "include": include,
                "limit[primaryRepositories]": limit_primary_repositories,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[primaryRepositories]": 50},
            response_type=CiProductsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCiProductsAdditionalRepositories(AsyncAPIResource):
    """``client.ci_products.additional_repositories``: /v1/ciProducts"""

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
        CiProductAdditionalRepositoriesLinkagesResponse,
        CiProductAdditionalRepositoriesLinkagesResponseData,
    ]:
        """ciProducts_additionalRepositories_getToManyRelationship

        GET /v1/ciProducts/{id}/relationships/additionalRepositories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-additionalrepositories
        """
        from ascapi.models.ci_product_additional_repositories_linkages_response import (
            CiProductAdditionalRepositoriesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciProducts/{id}/relationships/additionalRepositories", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiProductAdditionalRepositoriesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_id: Sequence[str] | None = None,
        fields_scm_repositories: Sequence[_Enum3] | None = None,
        fields_scm_providers: Sequence[_Enum6] | None = None,
        fields_scm_git_references: Sequence[_Enum7] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum8] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ScmRepositoriesResponse, ScmRepository]:
        """ciProducts_additionalRepositories_getToManyRelated

        GET /v1/ciProducts/{id}/additionalRepositories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-additionalrepositories
        """
        from ascapi.models.scm_repositories_response import ScmRepositoriesResponse

        return self._client._get_page(
            path("/v1/ciProducts/{id}/additionalRepositories", id=id),
            params={
                "filter[id]": filter_id,
                "fields[scmRepositories]": fields_scm_repositories,
                "fields[scmProviders]": fields_scm_providers,
                "fields[scmGitReferences]": fields_scm_git_references,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=ScmRepositoriesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCiProductsApp(AsyncAPIResource):
    """``client.ci_products.app``: /v1/ciProducts"""

    async def get(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_app_encryption_declarations: Sequence[_Enum9] | None = None,
        fields_build_icons: Sequence[_Enum10] | None = None,
        fields_ci_products: Sequence[_Enum0] | None = None,
        fields_beta_groups: Sequence[_Enum11] | None = None,
        fields_app_store_versions: Sequence[_Enum12] | None = None,
        fields_pre_release_versions: Sequence[_Enum13] | None = None,
        fields_beta_app_localizations: Sequence[_Enum14] | None = None,
        fields_builds: Sequence[_Enum15] | None = None,
        fields_beta_license_agreements: Sequence[_Enum16] | None = None,
        fields_beta_app_review_details: Sequence[_Enum17] | None = None,
        fields_app_infos: Sequence[_Enum18] | None = None,
        fields_app_clips: Sequence[_Enum19] | None = None,
        fields_end_user_license_agreements: Sequence[_Enum20] | None = None,
        fields_in_app_purchases: Sequence[_Enum21] | None = None,
        fields_subscription_groups: Sequence[_Enum22] | None = None,
        fields_game_center_enabled_versions: Sequence[_Enum23] | None = None,
        fields_app_custom_product_pages: Sequence[_Enum24] | None = None,
        fields_promoted_purchases: Sequence[_Enum25] | None = None,
        fields_app_events: Sequence[_Enum26] | None = None,
        fields_review_submissions: Sequence[_Enum27] | None = None,
        fields_subscription_grace_periods: Sequence[_Enum28] | None = None,
        fields_game_center_details: Sequence[_Enum29] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum30] | None = None,
        fields_android_to_ios_app_mapping_details: Sequence[_Enum31] | None = None,
        include: Sequence[_Enum32] | None = None,
        limit_app_encryption_declarations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_app_store_versions: int | None = None,
        limit_pre_release_versions: int | None = None,
        limit_beta_app_localizations: int | None = None,
        limit_builds: int | None = None,
        limit_app_infos: int | None = None,
        limit_app_clips: int | None = None,
        limit_in_app_purchases: int | None = None,
        limit_subscription_groups: int | None = None,
        limit_game_center_enabled_versions: int | None = None,
        limit_app_custom_product_pages: int | None = None,
        limit_in_app_purchases_v2: int | None = None,
        limit_promoted_purchases: int | None = None,
        limit_app_events: int | None = None,
        limit_review_submissions: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        limit_android_to_ios_app_mapping_details: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppResponse:
        """ciProducts_app_getToOneRelated

        GET /v1/ciProducts/{id}/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-app
        """
        from ascapi.models.app_response import AppResponse

        return await self._client._call(
            "GET",
            path("/v1/ciProducts/{id}/app", id=id),
            params={
                "fields[apps]": fields_apps,
                "fields[appEncryptionDeclarations]": fields_app_encryption_declarations,
                "fields[buildIcons]": fields_build_icons,
                "fields[ciProducts]": fields_ci_products,
                "fields[betaGroups]": fields_beta_groups,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[preReleaseVersions]": fields_pre_release_versions,
                "fields[betaAppLocalizations]": fields_beta_app_localizations,
                "fields[builds]": fields_builds,
                "fields[betaLicenseAgreements]": fields_beta_license_agreements,
                "fields[betaAppReviewDetails]": fields_beta_app_review_details,
                "fields[appInfos]": fields_app_infos,
                "fields[appClips]": fields_app_clips,
                "fields[endUserLicenseAgreements]": fields_end_user_license_agreements,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "fields[subscriptionGroups]": fields_subscription_groups,
                "fields[gameCenterEnabledVersions]": fields_game_center_enabled_versions,
                "fields[appCustomProductPages]": fields_app_custom_product_pages,
                "fields[promotedPurchases]": fields_promoted_purchases,
                "fields[appEvents]": fields_app_events,
                "fields[reviewSubmissions]": fields_review_submissions,
                "fields[subscriptionGracePeriods]": fields_subscription_grace_periods,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[appStoreVersionExperiments]": fields_app_store_version_experiments,
                "fields[androidToIosAppMappingDetails]": fields_android_to_ios_app_mapping_details,
                "include": include,
                "limit[appEncryptionDeclarations]": limit_app_encryption_declarations,
                "limit[betaGroups]": limit_beta_groups,
                "limit[appStoreVersions]": limit_app_store_versions,
                "limit[preReleaseVersions]": limit_pre_release_versions,
                "limit[betaAppLocalizations]": limit_beta_app_localizations,
                "limit[builds]": limit_builds,
                "limit[appInfos]": limit_app_infos,
                "limit[appClips]": limit_app_clips,
                "limit[inAppPurchases]": limit_in_app_purchases,
                "limit[subscriptionGroups]": limit_subscription_groups,
                "limit[gameCenterEnabledVersions]": limit_game_center_enabled_versions,
                "limit[appCustomProductPages]": limit_app_custom_product_pages,
                "limit[inAppPurchasesV2]": limit_in_app_purchases_v2,
                "limit[promotedPurchases]": limit_promoted_purchases,
                "limit[appEvents]": limit_app_events,
                "limit[reviewSubmissions]": limit_review_submissions,
                "limit[appStoreVersionExperimentsV2]": limit_app_store_version_experiments_v2,
                "limit[androidToIosAppMappingDetails]": limit_android_to_ios_app_mapping_details,
            },
            maxima={
                "limit[appEncryptionDeclarations]": 50,
                "limit[betaGroups]": 50,
                "limit[appStoreVersions]": 50,
                "limit[preReleaseVersions]": 50,
                "limit[betaAppLocalizations]": 50,
                "limit[builds]": 50,
                "limit[appInfos]": 50,
                "limit[appClips]": 50,
                "limit[inAppPurchases]": 50,
                "limit[subscriptionGroups]": 50,
                "limit[gameCenterEnabledVersions]": 50,
                "limit[appCustomProductPages]": 50,
                "limit[inAppPurchasesV2]": 50,
                "limit[promotedPurchases]": 50,
                "limit[appEvents]": 50,
                "limit[reviewSubmissions]": 50,
                "limit[appStoreVersionExperimentsV2]": 50,
                "limit[androidToIosAppMappingDetails]": 50,
            },
            response_type=AppResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiProductAppLinkageResponse:
        """ciProducts_app_getToOneRelationship

        GET /v1/ciProducts/{id}/relationships/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-app
        """
        from ascapi.models.ci_product_app_linkage_response import CiProductAppLinkageResponse

        return await self._client._call(
            "GET",
            path("/v1/ciProducts/{id}/relationships/app", id=id),
            response_type=CiProductAppLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCiProductsBuildRuns(AsyncAPIResource):
    """``client.ci_products.build_runs``: /v1/ciProducts"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CiProductBuildRunsLinkagesResponse, CiProductBuildRunsLinkagesResponseData]:
        """ciProducts_buildRuns_getToManyRelationship

        GET /v1/ciProducts/{id}/relationships/buildRuns

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-buildruns
        """
        from ascapi.models.ci_product_build_runs_linkages_response import (
            CiProductBuildRunsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciProducts/{id}/relationships/buildRuns", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiProductBuildRunsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_builds: Sequence[str] | None = None,
        sort: Sequence[_Enum33] | None = None,
        fields_ci_build_runs: Sequence[_Enum34] | None = None,
        fields_builds: Sequence[_Enum15] | None = None,
        fields_ci_workflows: Sequence[_Enum35] | None = None,
        fields_ci_products: Sequence[_Enum0] | None = None,
        fields_scm_git_references: Sequence[_Enum7] | None = None,
        fields_scm_pull_requests: Sequence[_Enum36] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum37] | None = None,
        limit_builds: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CiBuildRunsResponse, CiBuildRun]:
        """ciProducts_buildRuns_getToManyRelated

        GET /v1/ciProducts/{id}/buildRuns

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-buildruns
        """
        from ascapi.models.ci_build_runs_response import CiBuildRunsResponse

        return self._client._get_page(
            path("/v1/ciProducts/{id}/buildRuns", id=id),
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


class AsyncCiProductsPrimaryRepositories(AsyncAPIResource):
    """``client.ci_products.primary_repositories``: /v1/ciProducts"""

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
        CiProductPrimaryRepositoriesLinkagesResponse,
        CiProductPrimaryRepositoriesLinkagesResponseData,
    ]:
        """ciProducts_primaryRepositories_getToManyRelationship

        GET /v1/ciProducts/{id}/relationships/primaryRepositories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-primaryrepositories
        """
        from ascapi.models.ci_product_primary_repositories_linkages_response import (
            CiProductPrimaryRepositoriesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciProducts/{id}/relationships/primaryRepositories", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiProductPrimaryRepositoriesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_id: Sequence[str] | None = None,
        fields_scm_repositories: Sequence[_Enum3] | None = None,
        fields_scm_providers: Sequence[_Enum6] | None = None,
        fields_scm_git_references: Sequence[_Enum7] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum8] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ScmRepositoriesResponse, ScmRepository]:
        """ciProducts_primaryRepositories_getToManyRelated

        GET /v1/ciProducts/{id}/primaryRepositories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-primaryrepositories
        """
        from ascapi.models.scm_repositories_response import ScmRepositoriesResponse

        return self._client._get_page(
            path("/v1/ciProducts/{id}/primaryRepositories", id=id),
            params={
                "filter[id]": filter_id,
                "fields[scmRepositories]": fields_scm_repositories,
                "fields[scmProviders]": fields_scm_providers,
                "fields[scmGitReferences]": fields_scm_git_references,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=ScmRepositoriesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCiProductsWorkflows(AsyncAPIResource):
    """``client.ci_products.workflows``: /v1/ciProducts"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CiProductWorkflowsLinkagesResponse, CiProductWorkflowsLinkagesResponseData]:
        """ciProducts_workflows_getToManyRelationship

        GET /v1/ciProducts/{id}/relationships/workflows

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-relationships-workflows
        """
        from ascapi.models.ci_product_workflows_linkages_response import (
            CiProductWorkflowsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciProducts/{id}/relationships/workflows", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiProductWorkflowsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_ci_workflows: Sequence[_Enum35] | None = None,
        fields_ci_products: Sequence[_Enum0] | None = None,
        fields_scm_repositories: Sequence[_Enum3] | None = None,
        fields_ci_xcode_versions: Sequence[_Enum38] | None = None,
        fields_ci_mac_os_versions: Sequence[_Enum39] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum40] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CiWorkflowsResponse, CiWorkflow]:
        """ciProducts_workflows_getToManyRelated

        GET /v1/ciProducts/{id}/workflows

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-workflows
        """
        from ascapi.models.ci_workflows_response import CiWorkflowsResponse

        return self._client._get_page(
            path("/v1/ciProducts/{id}/workflows", id=id),
            params={
                "fields[ciWorkflows]": fields_ci_workflows,
                "fields[ciProducts]": fields_ci_products,
                "fields[scmRepositories]": fields_scm_repositories,
                "fields[ciXcodeVersions]": fields_ci_xcode_versions,
                "fields[ciMacOsVersions]": fields_ci_mac_os_versions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=CiWorkflowsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
