# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``builds`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_encryption_declaration_without_includes_response import (
        AppEncryptionDeclarationWithoutIncludesResponse,
    )
    from ascapi.models.app_store_version_response import AppStoreVersionResponse
    from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse
    from ascapi.models.beta_app_review_submission_without_includes_response import (
        BetaAppReviewSubmissionWithoutIncludesResponse,
    )
    from ascapi.models.beta_build_localization import BetaBuildLocalization
    from ascapi.models.beta_build_localizations_without_includes_response import (
        BetaBuildLocalizationsWithoutIncludesResponse,
    )
    from ascapi.models.beta_build_usages_v1_metric_response import (
        BetaBuildUsagesV1MetricResponse,
        BetaBuildUsagesV1MetricResponseData,
    )
    from ascapi.models.beta_tester import BetaTester
    from ascapi.models.beta_testers_without_includes_response import (
        BetaTestersWithoutIncludesResponse,
    )
    from ascapi.models.build import Build
    from ascapi.models.build_app_encryption_declaration_linkage_request import (
        BuildAppEncryptionDeclarationLinkageRequest,
    )
    from ascapi.models.build_app_encryption_declaration_linkage_response import (
        BuildAppEncryptionDeclarationLinkageResponse,
    )
    from ascapi.models.build_app_linkage_response import BuildAppLinkageResponse
    from ascapi.models.build_app_store_version_linkage_response import (
        BuildAppStoreVersionLinkageResponse,
    )
    from ascapi.models.build_beta_app_review_submission_linkage_response import (
        BuildBetaAppReviewSubmissionLinkageResponse,
    )
    from ascapi.models.build_beta_build_localizations_linkages_response import (
        BuildBetaBuildLocalizationsLinkagesResponse,
        BuildBetaBuildLocalizationsLinkagesResponseData,
    )
    from ascapi.models.build_beta_detail_response import BuildBetaDetailResponse
    from ascapi.models.build_beta_groups_linkages_request import BuildBetaGroupsLinkagesRequest
    from ascapi.models.build_build_beta_detail_linkage_response import (
        BuildBuildBetaDetailLinkageResponse,
    )
    from ascapi.models.build_diagnostic_signatures_linkages_response import (
        BuildDiagnosticSignaturesLinkagesResponse,
        BuildDiagnosticSignaturesLinkagesResponseData,
    )
    from ascapi.models.build_icon import BuildIcon
    from ascapi.models.build_icons_linkages_response import (
        BuildIconsLinkagesResponse,
        BuildIconsLinkagesResponseData,
    )
    from ascapi.models.build_icons_without_includes_response import (
        BuildIconsWithoutIncludesResponse,
    )
    from ascapi.models.build_individual_testers_linkages_request import (
        BuildIndividualTestersLinkagesRequest,
    )
    from ascapi.models.build_individual_testers_linkages_response import (
        BuildIndividualTestersLinkagesResponse,
        BuildIndividualTestersLinkagesResponseData,
    )
    from ascapi.models.build_pre_release_version_linkage_response import (
        BuildPreReleaseVersionLinkageResponse,
    )
    from ascapi.models.build_response import BuildResponse
    from ascapi.models.build_update_request import BuildUpdateRequest
    from ascapi.models.builds_response import BuildsResponse
    from ascapi.models.diagnostic_signature import DiagnosticSignature
    from ascapi.models.diagnostic_signatures_response import DiagnosticSignaturesResponse
    from ascapi.models.prerelease_version_without_includes_response import (
        PrereleaseVersionWithoutIncludesResponse,
    )
    from ascapi.models.xcode_metrics import xcodeMetrics
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
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
    _Enum1 = Literal["version", "platform", "builds", "app"]
    _Enum2 = Literal[
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
    _Enum3 = Literal[
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
    _Enum4 = Literal["whatsNew", "locale", "build"]
    _Enum5 = Literal[
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
    _Enum6 = Literal["betaReviewState", "submittedDate", "build"]
    _Enum7 = Literal[
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
    _Enum8 = Literal["autoNotifyEnabled", "internalBuildState", "externalBuildState", "build"]
    _Enum9 = Literal[
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
    _Enum10 = Literal["iconAsset", "iconType", "masked", "name"]
    _Enum11 = Literal[
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
    _Enum12 = Literal[
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
    _Enum13 = Literal[
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
    _Enum14 = Literal["PROCESSING", "FAILED", "INVALID", "VALID"]
    _Enum15 = Literal["WAITING_FOR_REVIEW", "IN_REVIEW", "REJECTED", "APPROVED"]
    _Enum16 = Literal["IOS", "MAC_OS", "TV_OS", "VISION_OS"]
    _Enum17 = Literal["INTERNAL_ONLY", "APP_STORE_ELIGIBLE"]
    _Enum18 = Literal[
        "version",
        "-version",
        "uploadedDate",
        "-uploadedDate",
        "preReleaseVersion",
        "-preReleaseVersion",
    ]
    _Enum19 = Literal[
        "description",
        "locale",
        "keywords",
        "marketingUrl",
        "promotionalText",
        "supportUrl",
        "whatsNew",
        "appStoreVersion",
        "appScreenshotSets",
        "appPreviewSets",
        "searchKeywords",
    ]
    _Enum20 = Literal["phasedReleaseState", "startDate", "totalPauseDuration", "currentDayNumber"]
    _Enum21 = Literal["enabled", "compatibilityVersions", "appStoreVersion"]
    _Enum22 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "uploadOperations",
        "assetDeliveryState",
        "appStoreVersion",
    ]
    _Enum23 = Literal[
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
    _Enum24 = Literal["appStoreVersion"]
    _Enum25 = Literal[
        "action",
        "appClip",
        "releaseWithAppStoreVersion",
        "appClipDefaultExperienceLocalizations",
        "appClipAppStoreReviewDetail",
    ]
    _Enum26 = Literal[
        "name",
        "trafficProportion",
        "state",
        "reviewRequired",
        "startDate",
        "endDate",
        "appStoreVersion",
        "appStoreVersionExperimentTreatments",
        "platform",
        "app",
        "latestControlVersion",
        "controlVersions",
    ]
    _Enum27 = Literal["sourceFileChecksum", "versions"]
    _Enum28 = Literal[
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
        "alternativeDistributionPackage",
    ]
    _Enum29 = Literal["build"]
    _Enum30 = Literal["DISK_WRITES", "HANGS", "LAUNCHES"]
    _Enum31 = Literal["diagnosticType", "signature", "weight", "insight", "logs"]
    _Enum32 = Literal["IOS"]
    _Enum33 = Literal[
        "DISK", "HANG", "BATTERY", "LAUNCH", "MEMORY", "ANIMATION", "TERMINATION", "STORAGE"
    ]


class Builds(SyncAPIResource):
    """``client.builds``: /v1/builds"""

    @cached_property
    def app(self) -> BuildsApp:
        return BuildsApp(self._client)

    @cached_property
    def app_encryption_declaration(self) -> BuildsAppEncryptionDeclaration:
        return BuildsAppEncryptionDeclaration(self._client)

    @cached_property
    def app_store_version(self) -> BuildsAppStoreVersion:
        return BuildsAppStoreVersion(self._client)

    @cached_property
    def beta_app_review_submission(self) -> BuildsBetaAppReviewSubmission:
        return BuildsBetaAppReviewSubmission(self._client)

    @cached_property
    def beta_build_localizations(self) -> BuildsBetaBuildLocalizations:
        return BuildsBetaBuildLocalizations(self._client)

    @cached_property
    def beta_build_usages(self) -> BuildsBetaBuildUsages:
        return BuildsBetaBuildUsages(self._client)

    @cached_property
    def beta_groups(self) -> BuildsBetaGroups:
        return BuildsBetaGroups(self._client)

    @cached_property
    def build_beta_detail(self) -> BuildsBuildBetaDetail:
        return BuildsBuildBetaDetail(self._client)

    @cached_property
    def diagnostic_signatures(self) -> BuildsDiagnosticSignatures:
        return BuildsDiagnosticSignatures(self._client)

    @cached_property
    def icons(self) -> BuildsIcons:
        return BuildsIcons(self._client)

    @cached_property
    def individual_testers(self) -> BuildsIndividualTesters:
        return BuildsIndividualTesters(self._client)

    @cached_property
    def perf_power_metrics(self) -> BuildsPerfPowerMetrics:
        return BuildsPerfPowerMetrics(self._client)

    @cached_property
    def pre_release_version(self) -> BuildsPreReleaseVersion:
        return BuildsPreReleaseVersion(self._client)

    def get(
        self,
        id: str,
        *,
        fields_builds: Sequence[_Enum0] | None = None,
        fields_pre_release_versions: Sequence[_Enum1] | None = None,
        fields_beta_testers: Sequence[_Enum2] | None = None,
        fields_beta_groups: Sequence[_Enum3] | None = None,
        fields_beta_build_localizations: Sequence[_Enum4] | None = None,
        fields_app_encryption_declarations: Sequence[_Enum5] | None = None,
        fields_beta_app_review_submissions: Sequence[_Enum6] | None = None,
        fields_apps: Sequence[_Enum7] | None = None,
        fields_build_beta_details: Sequence[_Enum8] | None = None,
        fields_app_store_versions: Sequence[_Enum9] | None = None,
        fields_build_icons: Sequence[_Enum10] | None = None,
        fields_build_bundles: Sequence[_Enum11] | None = None,
        fields_build_uploads: Sequence[_Enum12] | None = None,
        include: Sequence[_Enum13] | None = None,
        limit_beta_build_localizations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_build_bundles: int | None = None,
        limit_icons: int | None = None,
        limit_individual_testers: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildResponse:
        """builds_getInstance

        GET /v1/builds/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_
        """
        from ascapi.models.build_response import BuildResponse

        return self._client._call(
            "GET",
            path("/v1/builds/{id}", id=id),
            params={
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
                "include": include,
                "limit[betaBuildLocalizations]": limit_beta_build_localizations,
                "limit[betaGroups]": limit_beta_groups,
                "limit[buildBundles]": limit_build_bundles,
                "limit[icons]": limit_icons,
                "limit[individualTesters]": limit_individual_testers,
            },
            maxima={
                "limit[betaBuildLocalizations]": 50,
                "limit[betaGroups]": 50,
                "limit[buildBundles]": 50,
                "limit[icons]": 50,
                "limit[individualTesters]": 50,
            },
            response_type=BuildResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_version: Sequence[str] | None = None,
        filter_expired: Sequence[str] | None = None,
        filter_processing_state: Sequence[_Enum14] | None = None,
        filter_beta_app_review_submission_beta_review_state: Sequence[_Enum15] | None = None,
        filter_uses_non_exempt_encryption: Sequence[str] | None = None,
        filter_pre_release_version_version: Sequence[str] | None = None,
        filter_pre_release_version_platform: Sequence[_Enum16] | None = None,
        filter_build_audience_type: Sequence[_Enum17] | None = None,
        filter_pre_release_version: Sequence[str] | None = None,
        filter_app: Sequence[str] | None = None,
        filter_beta_groups: Sequence[str] | None = None,
        filter_app_store_version: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        exists_uses_non_exempt_encryption: bool | None = None,
        sort: Sequence[_Enum18] | None = None,
        fields_builds: Sequence[_Enum0] | None = None,
        fields_pre_release_versions: Sequence[_Enum1] | None = None,
        fields_beta_testers: Sequence[_Enum2] | None = None,
        fields_beta_groups: Sequence[_Enum3] | None = None,
        fields_beta_build_localizations: Sequence[_Enum4] | None = None,
        fields_app_encryption_declarations: Sequence[_Enum5] | None = None,
        fields_beta_app_review_submissions: Sequence[_Enum6] | None = None,
        fields_apps: Sequence[_Enum7] | None = None,
        fields_build_beta_details: Sequence[_Enum8] | None = None,
        fields_app_store_versions: Sequence[_Enum9] | None = None,
        fields_build_icons: Sequence[_Enum10] | None = None,
        fields_build_bundles: Sequence[_Enum11] | None = None,
        fields_build_uploads: Sequence[_Enum12] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum13] | None = None,
        limit_beta_build_localizations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_build_bundles: int | None = None,
        limit_icons: int | None = None,
        limit_individual_testers: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BuildsResponse, Build]:
        """builds_getCollection

        GET /v1/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds
        """
        from ascapi.models.builds_response import BuildsResponse

        return self._client._get_page(
            "/v1/builds",
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
                "limit[betaBuildLocalizations]": limit_beta_build_localizations,
                "limit[betaGroups]": limit_beta_groups,
                "limit[buildBundles]": limit_build_bundles,
                "limit[icons]": limit_icons,
                "limit[individualTesters]": limit_individual_testers,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[betaBuildLocalizations]": 50,
                "limit[betaGroups]": 50,
                "limit[buildBundles]": 50,
                "limit[icons]": 50,
                "limit[individualTesters]": 50,
            },
            response_type=BuildsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: BuildUpdateRequest | Mapping[str, Any] | None = None,
        expired: bool | None | UnsetType = UNSET,
        uses_non_exempt_encryption: bool | None | UnsetType = UNSET,
        app_encryption_declaration: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildResponse:
        """builds_updateInstance

        PATCH /v1/builds/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-builds-_id_
        """
        from ascapi.models.build_response import BuildResponse

        body = _support.document(
            body,
            expired is not UNSET
            or uses_non_exempt_encryption is not UNSET
            or app_encryption_declaration is not UNSET,
            "builds",
            id,
            {"expired": expired, "usesNonExemptEncryption": uses_non_exempt_encryption},
            {
                "appEncryptionDeclaration": (
                    "appEncryptionDeclarations",
                    False,
                    app_encryption_declaration,
                )
            },
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/builds/{id}", id=id),
            body=body,
            response_type=BuildResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BuildsApp(SyncAPIResource):
    """``client.builds.app``: /v1/builds"""

    def get(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum7] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppWithoutIncludesResponse:
        """builds_app_getToOneRelated

        GET /v1/builds/{id}/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-app
        """
        from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse

        return self._client._call(
            "GET",
            path("/v1/builds/{id}/app", id=id),
            params={"fields[apps]": fields_apps},
            response_type=AppWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildAppLinkageResponse:
        """builds_app_getToOneRelationship

        GET /v1/builds/{id}/relationships/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-app
        """
        from ascapi.models.build_app_linkage_response import BuildAppLinkageResponse

        return self._client._call(
            "GET",
            path("/v1/builds/{id}/relationships/app", id=id),
            response_type=BuildAppLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BuildsAppEncryptionDeclaration(SyncAPIResource):
    """``client.builds.app_encryption_declaration``: /v1/builds"""

    def get(
        self,
        id: str,
        *,
        fields_app_encryption_declarations: Sequence[_Enum5] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEncryptionDeclarationWithoutIncludesResponse:
        """builds_appEncryptionDeclaration_getToOneRelated

        GET /v1/builds/{id}/appEncryptionDeclaration

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-appencryptiondeclaration
        """
        from ascapi.models.app_encryption_declaration_without_includes_response import (
            AppEncryptionDeclarationWithoutIncludesResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/builds/{id}/appEncryptionDeclaration", id=id),
            params={"fields[appEncryptionDeclarations]": fields_app_encryption_declarations},
            response_type=AppEncryptionDeclarationWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildAppEncryptionDeclarationLinkageResponse:
        """builds_appEncryptionDeclaration_getToOneRelationship

        GET /v1/builds/{id}/relationships/appEncryptionDeclaration

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-appencryptiondeclaration
        """
        from ascapi.models.build_app_encryption_declaration_linkage_response import (
            BuildAppEncryptionDeclarationLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/builds/{id}/relationships/appEncryptionDeclaration", id=id),
            response_type=BuildAppEncryptionDeclarationLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: BuildAppEncryptionDeclarationLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """builds_appEncryptionDeclaration_updateToOneRelationship

        PATCH /v1/builds/{id}/relationships/appEncryptionDeclaration

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-builds-_id_-relationships-appencryptiondeclaration
        """
        if body is None:
            body = _support.linkage("appEncryptionDeclarations", related_id)
        return self._client._call(
            "PATCH",
            path("/v1/builds/{id}/relationships/appEncryptionDeclaration", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class BuildsAppStoreVersion(SyncAPIResource):
    """``client.builds.app_store_version``: /v1/builds"""

    def get(
        self,
        id: str,
        *,
        fields_app_store_versions: Sequence[_Enum9] | None = None,
        fields_apps: Sequence[_Enum7] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum19] | None = None,
        fields_builds: Sequence[_Enum0] | None = None,
        fields_app_store_version_phased_releases: Sequence[_Enum20] | None = None,
        fields_game_center_app_versions: Sequence[_Enum21] | None = None,
        fields_routing_app_coverages: Sequence[_Enum22] | None = None,
        fields_app_store_review_details: Sequence[_Enum23] | None = None,
        fields_app_store_version_submissions: Sequence[_Enum24] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum25] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum26] | None = None,
        fields_alternative_distribution_packages: Sequence[_Enum27] | None = None,
        include: Sequence[_Enum28] | None = None,
        limit_app_store_version_localizations: int | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionResponse:
        """builds_appStoreVersion_getToOneRelated

        GET /v1/builds/{id}/appStoreVersion

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-appstoreversion
        """
        from ascapi.models.app_store_version_response import AppStoreVersionResponse

        return self._client._call(
            "GET",
            path("/v1/builds/{id}/appStoreVersion", id=id),
            params={
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[apps]": fields_apps,
                "fields[appStoreVersionLocalizations]": fields_app_store_version_localizations,
                "fields[builds]": fields_builds,
                "fields[appStoreVersionPhasedReleases]": fields_app_store_version_phased_releases,
                "fields[gameCenterAppVersions]": fields_game_center_app_versions,
                "fields[routingAppCoverages]": fields_routing_app_coverages,
                "fields[appStoreReviewDetails]": fields_app_store_review_details,
                "fields[appStoreVersionSubmissions]": fields_app_store_version_submissions,
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "fields[appStoreVersionExperiments]": fields_app_store_version_experiments,
                "fields[alternativeDistributionPackages]": fields_alternative_distribution_packages,
                "include": include,
                "limit[appStoreVersionLocalizations]": limit_app_store_version_localizations,
                "limit[appStoreVersionExperiments]": limit_app_store_version_experiments,
                "limit[appStoreVersionExperimentsV2]": limit_app_store_version_experiments_v2,
            },
            maxima={
                "limit[appStoreVersionLocalizations]": 50,
                "limit[appStoreVersionExperiments]": 50,
                "limit[appStoreVersionExperimentsV2]": 50,
            },
            response_type=AppStoreVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildAppStoreVersionLinkageResponse:
        """builds_appStoreVersion_getToOneRelationship

        GET /v1/builds/{id}/relationships/appStoreVersion

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-appstoreversion
        """
        from ascapi.models.build_app_store_version_linkage_response import (
            BuildAppStoreVersionLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/builds/{id}/relationships/appStoreVersion", id=id),
            response_type=BuildAppStoreVersionLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BuildsBetaAppReviewSubmission(SyncAPIResource):
    """``client.builds.beta_app_review_submission``: /v1/builds"""

    def get(
        self,
        id: str,
        *,
        fields_beta_app_review_submissions: Sequence[_Enum6] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppReviewSubmissionWithoutIncludesResponse:
        """builds_betaAppReviewSubmission_getToOneRelated

        GET /v1/builds/{id}/betaAppReviewSubmission

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-betaappreviewsubmission
        """
        from ascapi.models.beta_app_review_submission_without_includes_response import (
            BetaAppReviewSubmissionWithoutIncludesResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/builds/{id}/betaAppReviewSubmission", id=id),
            params={"fields[betaAppReviewSubmissions]": fields_beta_app_review_submissions},
            response_type=BetaAppReviewSubmissionWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildBetaAppReviewSubmissionLinkageResponse:
        """builds_betaAppReviewSubmission_getToOneRelationship

        GET /v1/builds/{id}/relationships/betaAppReviewSubmission

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-betaappreviewsubmission
        """
        from ascapi.models.build_beta_app_review_submission_linkage_response import (
            BuildBetaAppReviewSubmissionLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/builds/{id}/relationships/betaAppReviewSubmission", id=id),
            response_type=BuildBetaAppReviewSubmissionLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BuildsBetaBuildLocalizations(SyncAPIResource):
    """``client.builds.beta_build_localizations``: /v1/builds"""

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
        BuildBetaBuildLocalizationsLinkagesResponse, BuildBetaBuildLocalizationsLinkagesResponseData
    ]:
        """builds_betaBuildLocalizations_getToManyRelationship

        GET /v1/builds/{id}/relationships/betaBuildLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-betabuildlocalizations
        """
        from ascapi.models.build_beta_build_localizations_linkages_response import (
            BuildBetaBuildLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/builds/{id}/relationships/betaBuildLocalizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildBetaBuildLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_beta_build_localizations: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaBuildLocalizationsWithoutIncludesResponse, BetaBuildLocalization]:
        """builds_betaBuildLocalizations_getToManyRelated

        GET /v1/builds/{id}/betaBuildLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-betabuildlocalizations
        """
        from ascapi.models.beta_build_localizations_without_includes_response import (
            BetaBuildLocalizationsWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/builds/{id}/betaBuildLocalizations", id=id),
            params={
                "fields[betaBuildLocalizations]": fields_beta_build_localizations,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaBuildLocalizationsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BuildsBetaBuildUsages(SyncAPIResource):
    """``client.builds.beta_build_usages``: /v1/builds"""

    def metrics(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaBuildUsagesV1MetricResponse, BetaBuildUsagesV1MetricResponseData]:
        """builds_betaBuildUsages_getMetrics

        GET /v1/builds/{id}/metrics/betaBuildUsages

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-metrics-betabuildusages
        """
        from ascapi.models.beta_build_usages_v1_metric_response import (
            BetaBuildUsagesV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/builds/{id}/metrics/betaBuildUsages", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaBuildUsagesV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BuildsBetaGroups(SyncAPIResource):
    """``client.builds.beta_groups``: /v1/builds"""

    def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BuildBetaGroupsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """builds_betaGroups_createToManyRelationship

        POST /v1/builds/{id}/relationships/betaGroups

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-builds-_id_-relationships-betagroups
        """
        if body is None:
            body = _support.linkages("betaGroups", ids)
        return self._client._call(
            "POST",
            path("/v1/builds/{id}/relationships/betaGroups", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

    def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BuildBetaGroupsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """builds_betaGroups_deleteToManyRelationship

        DELETE /v1/builds/{id}/relationships/betaGroups

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-builds-_id_-relationships-betagroups
        """
        if body is None:
            body = _support.linkages("betaGroups", ids)
        return self._client._call(
            "DELETE",
            path("/v1/builds/{id}/relationships/betaGroups", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class BuildsBuildBetaDetail(SyncAPIResource):
    """``client.builds.build_beta_detail``: /v1/builds"""

    def get(
        self,
        id: str,
        *,
        fields_build_beta_details: Sequence[_Enum8] | None = None,
        fields_builds: Sequence[_Enum0] | None = None,
        include: Sequence[_Enum29] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildBetaDetailResponse:
        """builds_buildBetaDetail_getToOneRelated

        GET /v1/builds/{id}/buildBetaDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-buildbetadetail
        """
        from ascapi.models.build_beta_detail_response import BuildBetaDetailResponse

        return self._client._call(
            "GET",
            path("/v1/builds/{id}/buildBetaDetail", id=id),
            params={
                "fields[buildBetaDetails]": fields_build_beta_details,
                "fields[builds]": fields_builds,
                "include": include,
            },
            response_type=BuildBetaDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildBuildBetaDetailLinkageResponse:
        """builds_buildBetaDetail_getToOneRelationship

        GET /v1/builds/{id}/relationships/buildBetaDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-buildbetadetail
        """
        from ascapi.models.build_build_beta_detail_linkage_response import (
            BuildBuildBetaDetailLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/builds/{id}/relationships/buildBetaDetail", id=id),
            response_type=BuildBuildBetaDetailLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BuildsDiagnosticSignatures(SyncAPIResource):
    """``client.builds.diagnostic_signatures``: /v1/builds"""

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
        BuildDiagnosticSignaturesLinkagesResponse, BuildDiagnosticSignaturesLinkagesResponseData
    ]:
        """builds_diagnosticSignatures_getToManyRelationship

        GET /v1/builds/{id}/relationships/diagnosticSignatures

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-diagnosticsignatures
        """
        from ascapi.models.build_diagnostic_signatures_linkages_response import (
            BuildDiagnosticSignaturesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/builds/{id}/relationships/diagnosticSignatures", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildDiagnosticSignaturesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_diagnostic_type: Sequence[_Enum30] | None = None,
        fields_diagnostic_signatures: Sequence[_Enum31] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[DiagnosticSignaturesResponse, DiagnosticSignature]:
        """builds_diagnosticSignatures_getToManyRelated

        GET /v1/builds/{id}/diagnosticSignatures

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-diagnosticsignatures
        """
        from ascapi.models.diagnostic_signatures_response import DiagnosticSignaturesResponse

        return self._client._get_page(
            path("/v1/builds/{id}/diagnosticSignatures", id=id),
            params={
                "filter[diagnosticType]": filter_diagnostic_type,
                "fields[diagnosticSignatures]": fields_diagnostic_signatures,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=DiagnosticSignaturesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BuildsIcons(SyncAPIResource):
    """``client.builds.icons``: /v1/builds"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BuildIconsLinkagesResponse, BuildIconsLinkagesResponseData]:
        """builds_icons_getToManyRelationship

        GET /v1/builds/{id}/relationships/icons

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-icons
        """
        from ascapi.models.build_icons_linkages_response import BuildIconsLinkagesResponse

        return self._client._get_page(
            path("/v1/builds/{id}/relationships/icons", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildIconsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_build_icons: Sequence[_Enum10] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BuildIconsWithoutIncludesResponse, BuildIcon]:
        """builds_icons_getToManyRelated

        GET /v1/builds/{id}/icons

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-icons
        """
        from ascapi.models.build_icons_without_includes_response import (
            BuildIconsWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/builds/{id}/icons", id=id),
            params={"fields[buildIcons]": fields_build_icons, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildIconsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BuildsIndividualTesters(SyncAPIResource):
    """``client.builds.individual_testers``: /v1/builds"""

    def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BuildIndividualTestersLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """builds_individualTesters_createToManyRelationship

        POST /v1/builds/{id}/relationships/individualTesters

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-builds-_id_-relationships-individualtesters
        """
        if body is None:
            body = _support.linkages("betaTesters", ids)
        return self._client._call(
            "POST",
            path("/v1/builds/{id}/relationships/individualTesters", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BuildIndividualTestersLinkagesResponse, BuildIndividualTestersLinkagesResponseData]:
        """builds_individualTesters_getToManyRelationship

        GET /v1/builds/{id}/relationships/individualTesters

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-individualtesters
        """
        from ascapi.models.build_individual_testers_linkages_response import (
            BuildIndividualTestersLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/builds/{id}/relationships/individualTesters", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildIndividualTestersLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_beta_testers: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaTestersWithoutIncludesResponse, BetaTester]:
        """builds_individualTesters_getToManyRelated

        GET /v1/builds/{id}/individualTesters

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-individualtesters
        """
        from ascapi.models.beta_testers_without_includes_response import (
            BetaTestersWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/builds/{id}/individualTesters", id=id),
            params={"fields[betaTesters]": fields_beta_testers, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaTestersWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BuildIndividualTestersLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """builds_individualTesters_deleteToManyRelationship

        DELETE /v1/builds/{id}/relationships/individualTesters

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-builds-_id_-relationships-individualtesters
        """
        if body is None:
            body = _support.linkages("betaTesters", ids)
        return self._client._call(
            "DELETE",
            path("/v1/builds/{id}/relationships/individualTesters", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class BuildsPerfPowerMetrics(SyncAPIResource):
    """``client.builds.perf_power_metrics``: /v1/builds"""

    def list(
        self,
        id: str,
        *,
        filter_platform: Sequence[_Enum32] | None = None,
        filter_metric_type: Sequence[_Enum33] | None = None,
        filter_device_type: Sequence[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> xcodeMetrics:
        """builds_perfPowerMetrics_getToManyRelated

        GET /v1/builds/{id}/perfPowerMetrics

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-perfpowermetrics
        """
        from ascapi.models.xcode_metrics import xcodeMetrics

        return self._client._call(
            "GET",
            path("/v1/builds/{id}/perfPowerMetrics", id=id),
            params={
                "filter[platform]": filter_platform,
                "filter[metricType]": filter_metric_type,
                "filter[deviceType]": filter_device_type,
            },
            response_type=xcodeMetrics,
            accept="application/vnd.apple.xcode-metrics+json",
            options=options(extra_headers, extra_query, timeout),
        )


class BuildsPreReleaseVersion(SyncAPIResource):
    """``client.builds.pre_release_version``: /v1/builds"""

    def get(
        self,
        id: str,
        *,
        fields_pre_release_versions: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PrereleaseVersionWithoutIncludesResponse:
        """builds_preReleaseVersion_getToOneRelated

        GET /v1/builds/{id}/preReleaseVersion

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-prereleaseversion
        """
        from ascapi.models.prerelease_version_without_includes_response import (
            PrereleaseVersionWithoutIncludesResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/builds/{id}/preReleaseVersion", id=id),
            params={"fields[preReleaseVersions]": fields_pre_release_versions},
            response_type=PrereleaseVersionWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildPreReleaseVersionLinkageResponse:
        """builds_preReleaseVersion_getToOneRelationship

        GET /v1/builds/{id}/relationships/preReleaseVersion

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-prereleaseversion
        """
        from ascapi.models.build_pre_release_version_linkage_response import (
            BuildPreReleaseVersionLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/builds/{id}/relationships/preReleaseVersion", id=id),
            response_type=BuildPreReleaseVersionLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuilds(AsyncAPIResource):
    """``client.builds``: /v1/builds"""

    @cached_property
    def app(self) -> AsyncBuildsApp:
        return AsyncBuildsApp(self._client)

    @cached_property
    def app_encryption_declaration(self) -> AsyncBuildsAppEncryptionDeclaration:
        return AsyncBuildsAppEncryptionDeclaration(self._client)

    @cached_property
    def app_store_version(self) -> AsyncBuildsAppStoreVersion:
        return AsyncBuildsAppStoreVersion(self._client)

    @cached_property
    def beta_app_review_submission(self) -> AsyncBuildsBetaAppReviewSubmission:
        return AsyncBuildsBetaAppReviewSubmission(self._client)

    @cached_property
    def beta_build_localizations(self) -> AsyncBuildsBetaBuildLocalizations:
        return AsyncBuildsBetaBuildLocalizations(self._client)

    @cached_property
    def beta_build_usages(self) -> AsyncBuildsBetaBuildUsages:
        return AsyncBuildsBetaBuildUsages(self._client)

    @cached_property
    def beta_groups(self) -> AsyncBuildsBetaGroups:
        return AsyncBuildsBetaGroups(self._client)

    @cached_property
    def build_beta_detail(self) -> AsyncBuildsBuildBetaDetail:
        return AsyncBuildsBuildBetaDetail(self._client)

    @cached_property
    def diagnostic_signatures(self) -> AsyncBuildsDiagnosticSignatures:
        return AsyncBuildsDiagnosticSignatures(self._client)

    @cached_property
    def icons(self) -> AsyncBuildsIcons:
        return AsyncBuildsIcons(self._client)

    @cached_property
    def individual_testers(self) -> AsyncBuildsIndividualTesters:
        return AsyncBuildsIndividualTesters(self._client)

    @cached_property
    def perf_power_metrics(self) -> AsyncBuildsPerfPowerMetrics:
        return AsyncBuildsPerfPowerMetrics(self._client)

    @cached_property
    def pre_release_version(self) -> AsyncBuildsPreReleaseVersion:
        return AsyncBuildsPreReleaseVersion(self._client)

    async def get(
        self,
        id: str,
        *,
        fields_builds: Sequence[_Enum0] | None = None,
        fields_pre_release_versions: Sequence[_Enum1] | None = None,
        fields_beta_testers: Sequence[_Enum2] | None = None,
        fields_beta_groups: Sequence[_Enum3] | None = None,
        fields_beta_build_localizations: Sequence[_Enum4] | None = None,
        fields_app_encryption_declarations: Sequence[_Enum5] | None = None,
        fields_beta_app_review_submissions: Sequence[_Enum6] | None = None,
        fields_apps: Sequence[_Enum7] | None = None,
        fields_build_beta_details: Sequence[_Enum8] | None = None,
        fields_app_store_versions: Sequence[_Enum9] | None = None,
        fields_build_icons: Sequence[_Enum10] | None = None,
        fields_build_bundles: Sequence[_Enum11] | None = None,
        fields_build_uploads: Sequence[_Enum12] | None = None,
        include: Sequence[_Enum13] | None = None,
        limit_beta_build_localizations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_build_bundles: int | None = None,
        limit_icons: int | None = None,
        limit_individual_testers: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildResponse:
        """builds_getInstance

        GET /v1/builds/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_
        """
        from ascapi.models.build_response import BuildResponse

        return await self._client._call(
            "GET",
            path("/v1/builds/{id}", id=id),
            params={
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
                "include": include,
                "limit[betaBuildLocalizations]": limit_beta_build_localizations,
                "limit[betaGroups]": limit_beta_groups,
                "limit[buildBundles]": limit_build_bundles,
                "limit[icons]": limit_icons,
                "limit[individualTesters]": limit_individual_testers,
            },
            maxima={
                "limit[betaBuildLocalizations]": 50,
                "limit[betaGroups]": 50,
                "limit[buildBundles]": 50,
                "limit[icons]": 50,
                "limit[individualTesters]": 50,
            },
            response_type=BuildResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_version: Sequence[str] | None = None,
        filter_expired: Sequence[str] | None = None,
        filter_processing_state: Sequence[_Enum14] | None = None,
        filter_beta_app_review_submission_beta_review_state: Sequence[_Enum15] | None = None,
        filter_uses_non_exempt_encryption: Sequence[str] | None = None,
        filter_pre_release_version_version: Sequence[str] | None = None,
        filter_pre_release_version_platform: Sequence[_Enum16] | None = None,
        filter_build_audience_type: Sequence[_Enum17] | None = None,
        filter_pre_release_version: Sequence[str] | None = None,
        filter_app: Sequence[str] | None = None,
        filter_beta_groups: Sequence[str] | None = None,
        filter_app_store_version: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        exists_uses_non_exempt_encryption: bool | None = None,
        sort: Sequence[_Enum18] | None = None,
        fields_builds: Sequence[_Enum0] | None = None,
        fields_pre_release_versions: Sequence[_Enum1] | None = None,
        fields_beta_testers: Sequence[_Enum2] | None = None,
        fields_beta_groups: Sequence[_Enum3] | None = None,
        fields_beta_build_localizations: Sequence[_Enum4] | None = None,
        fields_app_encryption_declarations: Sequence[_Enum5] | None = None,
        fields_beta_app_review_submissions: Sequence[_Enum6] | None = None,
        fields_apps: Sequence[_Enum7] | None = None,
        fields_build_beta_details: Sequence[_Enum8] | None = None,
        fields_app_store_versions: Sequence[_Enum9] | None = None,
        fields_build_icons: Sequence[_Enum10] | None = None,
        fields_build_bundles: Sequence[_Enum11] | None = None,
        fields_build_uploads: Sequence[_Enum12] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum13] | None = None,
        limit_beta_build_localizations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_build_bundles: int | None = None,
        limit_icons: int | None = None,
        limit_individual_testers: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BuildsResponse, Build]:
        """builds_getCollection

        GET /v1/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds
        """
        from ascapi.models.builds_response import BuildsResponse

        return self._client._get_page(
            "/v1/builds",
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
                "limit[betaBuildLocalizations]": limit_beta_build_localizations,
                "limit[betaGroups]": limit_beta_groups,
                "limit[buildBundles]": limit_build_bundles,
                "limit[icons]": limit_icons,
                "limit[individualTesters]": limit_individual_testers,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[betaBuildLocalizations]": 50,
                "limit[betaGroups]": 50,
                "limit[buildBundles]": 50,
                "limit[icons]": 50,
                "limit[individualTesters]": 50,
            },
            response_type=BuildsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: BuildUpdateRequest | Mapping[str, Any] | None = None,
        expired: bool | None | UnsetType = UNSET,
        uses_non_exempt_encryption: bool | None | UnsetType = UNSET,
        app_encryption_declaration: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildResponse:
        """builds_updateInstance

        PATCH /v1/builds/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-builds-_id_
        """
        from ascapi.models.build_response import BuildResponse

        body = _support.document(
            body,
            expired is not UNSET
            or uses_non_exempt_encryption is not UNSET
            or app_encryption_declaration is not UNSET,
            "builds",
            id,
            {"expired": expired, "usesNonExemptEncryption": uses_non_exempt_encryption},
            {
                "appEncryptionDeclaration": (
                    "appEncryptionDeclarations",
                    False,
                    app_encryption_declaration,
                )
            },
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/builds/{id}", id=id),
            body=body,
            response_type=BuildResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildsApp(AsyncAPIResource):
    """``client.builds.app``: /v1/builds"""

    async def get(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum7] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppWithoutIncludesResponse:
        """builds_app_getToOneRelated

        GET /v1/builds/{id}/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-app
        """
        from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse

        return await self._client._call(
            "GET",
            path("/v1/builds/{id}/app", id=id),
            params={"fields[apps]": fields_apps},
            response_type=AppWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildAppLinkageResponse:
        """builds_app_getToOneRelationship

        GET /v1/builds/{id}/relationships/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-app
        """
        from ascapi.models.build_app_linkage_response import BuildAppLinkageResponse

        return await self._client._call(
            "GET",
            path("/v1/builds/{id}/relationships/app", id=id),
            response_type=BuildAppLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildsAppEncryptionDeclaration(AsyncAPIResource):
    """``client.builds.app_encryption_declaration``: /v1/builds"""

    async def get(
        self,
        id: str,
        *,
        fields_app_encryption_declarations: Sequence[_Enum5] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEncryptionDeclarationWithoutIncludesResponse:
        """builds_appEncryptionDeclaration_getToOneRelated

        GET /v1/builds/{id}/appEncryptionDeclaration

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-appencryptiondeclaration
        """
        from ascapi.models.app_encryption_declaration_without_includes_response import (
            AppEncryptionDeclarationWithoutIncludesResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/builds/{id}/appEncryptionDeclaration", id=id),
            params={"fields[appEncryptionDeclarations]": fields_app_encryption_declarations},
            response_type=AppEncryptionDeclarationWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildAppEncryptionDeclarationLinkageResponse:
        """builds_appEncryptionDeclaration_getToOneRelationship

        GET /v1/builds/{id}/relationships/appEncryptionDeclaration

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-appencryptiondeclaration
        """
        from ascapi.models.build_app_encryption_declaration_linkage_response import (
            BuildAppEncryptionDeclarationLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/builds/{id}/relationships/appEncryptionDeclaration", id=id),
            response_type=BuildAppEncryptionDeclarationLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: BuildAppEncryptionDeclarationLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """builds_appEncryptionDeclaration_updateToOneRelationship

        PATCH /v1/builds/{id}/relationships/appEncryptionDeclaration

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-builds-_id_-relationships-appencryptiondeclaration
        """
        if body is None:
            body = _support.linkage("appEncryptionDeclarations", related_id)
        return await self._client._call(
            "PATCH",
            path("/v1/builds/{id}/relationships/appEncryptionDeclaration", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildsAppStoreVersion(AsyncAPIResource):
    """``client.builds.app_store_version``: /v1/builds"""

    async def get(
        self,
        id: str,
        *,
        fields_app_store_versions: Sequence[_Enum9] | None = None,
        fields_apps: Sequence[_Enum7] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum19] | None = None,
        fields_builds: Sequence[_Enum0] | None = None,
        fields_app_store_version_phased_releases: Sequence[_Enum20] | None = None,
        fields_game_center_app_versions: Sequence[_Enum21] | None = None,
        fields_routing_app_coverages: Sequence[_Enum22] | None = None,
        fields_app_store_review_details: Sequence[_Enum23] | None = None,
        fields_app_store_version_submissions: Sequence[_Enum24] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum25] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum26] | None = None,
        fields_alternative_distribution_packages: Sequence[_Enum27] | None = None,
        include: Sequence[_Enum28] | None = None,
        limit_app_store_version_localizations: int | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionResponse:
        """builds_appStoreVersion_getToOneRelated

        GET /v1/builds/{id}/appStoreVersion

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-appstoreversion
        """
        from ascapi.models.app_store_version_response import AppStoreVersionResponse

        return await self._client._call(
            "GET",
            path("/v1/builds/{id}/appStoreVersion", id=id),
            params={
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[apps]": fields_apps,
                "fields[appStoreVersionLocalizations]": fields_app_store_version_localizations,
                "fields[builds]": fields_builds,
                "fields[appStoreVersionPhasedReleases]": fields_app_store_version_phased_releases,
                "fields[gameCenterAppVersions]": fields_game_center_app_versions,
                "fields[routingAppCoverages]": fields_routing_app_coverages,
                "fields[appStoreReviewDetails]": fields_app_store_review_details,
                "fields[appStoreVersionSubmissions]": fields_app_store_version_submissions,
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "fields[appStoreVersionExperiments]": fields_app_store_version_experiments,
                "fields[alternativeDistributionPackages]": fields_alternative_distribution_packages,
                "include": include,
                "limit[appStoreVersionLocalizations]": limit_app_store_version_localizations,
                "limit[appStoreVersionExperiments]": limit_app_store_version_experiments,
                "limit[appStoreVersionExperimentsV2]": limit_app_store_version_experiments_v2,
            },
            maxima={
                "limit[appStoreVersionLocalizations]": 50,
                "limit[appStoreVersionExperiments]": 50,
                "limit[appStoreVersionExperimentsV2]": 50,
            },
            response_type=AppStoreVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildAppStoreVersionLinkageResponse:
        """builds_appStoreVersion_getToOneRelationship

        GET /v1/builds/{id}/relationships/appStoreVersion

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-appstoreversion
        """
        from ascapi.models.build_app_store_version_linkage_response import (
            BuildAppStoreVersionLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/builds/{id}/relationships/appStoreVersion", id=id),
            response_type=BuildAppStoreVersionLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildsBetaAppReviewSubmission(AsyncAPIResource):
    """``client.builds.beta_app_review_submission``: /v1/builds"""

    async def get(
        self,
        id: str,
        *,
        fields_beta_app_review_submissions: Sequence[_Enum6] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppReviewSubmissionWithoutIncludesResponse:
        """builds_betaAppReviewSubmission_getToOneRelated

        GET /v1/builds/{id}/betaAppReviewSubmission

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-betaappreviewsubmission
        """
        from ascapi.models.beta_app_review_submission_without_includes_response import (
            BetaAppReviewSubmissionWithoutIncludesResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/builds/{id}/betaAppReviewSubmission", id=id),
            params={"fields[betaAppReviewSubmissions]": fields_beta_app_review_submissions},
            response_type=BetaAppReviewSubmissionWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildBetaAppReviewSubmissionLinkageResponse:
        """builds_betaAppReviewSubmission_getToOneRelationship

        GET /v1/builds/{id}/relationships/betaAppReviewSubmission

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-betaappreviewsubmission
        """
        from ascapi.models.build_beta_app_review_submission_linkage_response import (
            BuildBetaAppReviewSubmissionLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/builds/{id}/relationships/betaAppReviewSubmission", id=id),
            response_type=BuildBetaAppReviewSubmissionLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildsBetaBuildLocalizations(AsyncAPIResource):
    """``client.builds.beta_build_localizations``: /v1/builds"""

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
        BuildBetaBuildLocalizationsLinkagesResponse, BuildBetaBuildLocalizationsLinkagesResponseData
    ]:
        """builds_betaBuildLocalizations_getToManyRelationship

        GET /v1/builds/{id}/relationships/betaBuildLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-betabuildlocalizations
        """
        from ascapi.models.build_beta_build_localizations_linkages_response import (
            BuildBetaBuildLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/builds/{id}/relationships/betaBuildLocalizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildBetaBuildLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_beta_build_localizations: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaBuildLocalizationsWithoutIncludesResponse, BetaBuildLocalization]:
        """builds_betaBuildLocalizations_getToManyRelated

        GET /v1/builds/{id}/betaBuildLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-betabuildlocalizations
        """
        from ascapi.models.beta_build_localizations_without_includes_response import (
            BetaBuildLocalizationsWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/builds/{id}/betaBuildLocalizations", id=id),
            params={
                "fields[betaBuildLocalizations]": fields_beta_build_localizations,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaBuildLocalizationsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildsBetaBuildUsages(AsyncAPIResource):
    """``client.builds.beta_build_usages``: /v1/builds"""

    def metrics(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaBuildUsagesV1MetricResponse, BetaBuildUsagesV1MetricResponseData]:
        """builds_betaBuildUsages_getMetrics

        GET /v1/builds/{id}/metrics/betaBuildUsages

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-metrics-betabuildusages
        """
        from ascapi.models.beta_build_usages_v1_metric_response import (
            BetaBuildUsagesV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/builds/{id}/metrics/betaBuildUsages", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaBuildUsagesV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildsBetaGroups(AsyncAPIResource):
    """``client.builds.beta_groups``: /v1/builds"""

    async def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BuildBetaGroupsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """builds_betaGroups_createToManyRelationship

        POST /v1/builds/{id}/relationships/betaGroups

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-builds-_id_-relationships-betagroups
        """
        if body is None:
            body = _support.linkages("betaGroups", ids)
        return await self._client._call(
            "POST",
            path("/v1/builds/{id}/relationships/betaGroups", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

    async def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BuildBetaGroupsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """builds_betaGroups_deleteToManyRelationship

        DELETE /v1/builds/{id}/relationships/betaGroups

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-builds-_id_-relationships-betagroups
        """
        if body is None:
            body = _support.linkages("betaGroups", ids)
        return await self._client._call(
            "DELETE",
            path("/v1/builds/{id}/relationships/betaGroups", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildsBuildBetaDetail(AsyncAPIResource):
    """``client.builds.build_beta_detail``: /v1/builds"""

    async def get(
        self,
        id: str,
        *,
        fields_build_beta_details: Sequence[_Enum8] | None = None,
        fields_builds: Sequence[_Enum0] | None = None,
        include: Sequence[_Enum29] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildBetaDetailResponse:
        """builds_buildBetaDetail_getToOneRelated

        GET /v1/builds/{id}/buildBetaDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-buildbetadetail
        """
        from ascapi.models.build_beta_detail_response import BuildBetaDetailResponse

        return await self._client._call(
            "GET",
            path("/v1/builds/{id}/buildBetaDetail", id=id),
            params={
                "fields[buildBetaDetails]": fields_build_beta_details,
                "fields[builds]": fields_builds,
                "include": include,
            },
            response_type=BuildBetaDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildBuildBetaDetailLinkageResponse:
        """builds_buildBetaDetail_getToOneRelationship

        GET /v1/builds/{id}/relationships/buildBetaDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-buildbetadetail
        """
        from ascapi.models.build_build_beta_detail_linkage_response import (
            BuildBuildBetaDetailLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/builds/{id}/relationships/buildBetaDetail", id=id),
            response_type=BuildBuildBetaDetailLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildsDiagnosticSignatures(AsyncAPIResource):
    """``client.builds.diagnostic_signatures``: /v1/builds"""

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
        BuildDiagnosticSignaturesLinkagesResponse, BuildDiagnosticSignaturesLinkagesResponseData
    ]:
        """builds_diagnosticSignatures_getToManyRelationship

        GET /v1/builds/{id}/relationships/diagnosticSignatures

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-diagnosticsignatures
        """
        from ascapi.models.build_diagnostic_signatures_linkages_response import (
            BuildDiagnosticSignaturesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/builds/{id}/relationships/diagnosticSignatures", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildDiagnosticSignaturesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_diagnostic_type: Sequence[_Enum30] | None = None,
        fields_diagnostic_signatures: Sequence[_Enum31] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[DiagnosticSignaturesResponse, DiagnosticSignature]:
        """builds_diagnosticSignatures_getToManyRelated

        GET /v1/builds/{id}/diagnosticSignatures

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-diagnosticsignatures
        """
        from ascapi.models.diagnostic_signatures_response import DiagnosticSignaturesResponse

        return self._client._get_page(
            path("/v1/builds/{id}/diagnosticSignatures", id=id),
            params={
                "filter[diagnosticType]": filter_diagnostic_type,
                "fields[diagnosticSignatures]": fields_diagnostic_signatures,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=DiagnosticSignaturesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildsIcons(AsyncAPIResource):
    """``client.builds.icons``: /v1/builds"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BuildIconsLinkagesResponse, BuildIconsLinkagesResponseData]:
        """builds_icons_getToManyRelationship

        GET /v1/builds/{id}/relationships/icons

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-icons
        """
        from ascapi.models.build_icons_linkages_response import BuildIconsLinkagesResponse

        return self._client._get_page(
            path("/v1/builds/{id}/relationships/icons", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildIconsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_build_icons: Sequence[_Enum10] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BuildIconsWithoutIncludesResponse, BuildIcon]:
        """builds_icons_getToManyRelated

        GET /v1/builds/{id}/icons

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-icons
        """
        from ascapi.models.build_icons_without_includes_response import (
            BuildIconsWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/builds/{id}/icons", id=id),
            params={"fields[buildIcons]": fields_build_icons, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildIconsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildsIndividualTesters(AsyncAPIResource):
    """``client.builds.individual_testers``: /v1/builds"""

    async def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BuildIndividualTestersLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """builds_individualTesters_createToManyRelationship

        POST /v1/builds/{id}/relationships/individualTesters

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-builds-_id_-relationships-individualtesters
        """
        if body is None:
            body = _support.linkages("betaTesters", ids)
        return await self._client._call(
            "POST",
            path("/v1/builds/{id}/relationships/individualTesters", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

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
        BuildIndividualTestersLinkagesResponse, BuildIndividualTestersLinkagesResponseData
    ]:
        """builds_individualTesters_getToManyRelationship

        GET /v1/builds/{id}/relationships/individualTesters

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-individualtesters
        """
        from ascapi.models.build_individual_testers_linkages_response import (
            BuildIndividualTestersLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/builds/{id}/relationships/individualTesters", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildIndividualTestersLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_beta_testers: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaTestersWithoutIncludesResponse, BetaTester]:
        """builds_individualTesters_getToManyRelated

        GET /v1/builds/{id}/individualTesters

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-individualtesters
        """
        from ascapi.models.beta_testers_without_includes_response import (
            BetaTestersWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/builds/{id}/individualTesters", id=id),
            params={"fields[betaTesters]": fields_beta_testers, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaTestersWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BuildIndividualTestersLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """builds_individualTesters_deleteToManyRelationship

        DELETE /v1/builds/{id}/relationships/individualTesters

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-builds-_id_-relationships-individualtesters
        """
        if body is None:
            body = _support.linkages("betaTesters", ids)
        return await self._client._call(
            "DELETE",
            path("/v1/builds/{id}/relationships/individualTesters", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildsPerfPowerMetrics(AsyncAPIResource):
    """``client.builds.perf_power_metrics``: /v1/builds"""

    async def list(
        self,
        id: str,
        *,
        filter_platform: Sequence[_Enum32] | None = None,
        filter_metric_type: Sequence[_Enum33] | None = None,
        filter_device_type: Sequence[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> xcodeMetrics:
        """builds_perfPowerMetrics_getToManyRelated

        GET /v1/builds/{id}/perfPowerMetrics

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-perfpowermetrics
        """
        from ascapi.models.xcode_metrics import xcodeMetrics

        return await self._client._call(
            "GET",
            path("/v1/builds/{id}/perfPowerMetrics", id=id),
            params={
                "filter[platform]": filter_platform,
                "filter[metricType]": filter_metric_type,
                "filter[deviceType]": filter_device_type,
            },
            response_type=xcodeMetrics,
            accept="application/vnd.apple.xcode-metrics+json",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildsPreReleaseVersion(AsyncAPIResource):
    """``client.builds.pre_release_version``: /v1/builds"""

    async def get(
        self,
        id: str,
        *,
        fields_pre_release_versions: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PrereleaseVersionWithoutIncludesResponse:
        """builds_preReleaseVersion_getToOneRelated

        GET /v1/builds/{id}/preReleaseVersion

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-prereleaseversion
        """
        from ascapi.models.prerelease_version_without_includes_response import (
            PrereleaseVersionWithoutIncludesResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/builds/{id}/preReleaseVersion", id=id),
            params={"fields[preReleaseVersions]": fields_pre_release_versions},
            response_type=PrereleaseVersionWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildPreReleaseVersionLinkageResponse:
        """builds_preReleaseVersion_getToOneRelationship

        GET /v1/builds/{id}/relationships/preReleaseVersion

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-relationships-prereleaseversion
        """
        from ascapi.models.build_pre_release_version_linkage_response import (
            BuildPreReleaseVersionLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/builds/{id}/relationships/preReleaseVersion", id=id),
            response_type=BuildPreReleaseVersionLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
