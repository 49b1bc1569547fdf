# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_store_versions`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._jsonapi import UNSET
from ascapi._types import NOT_GIVEN
from ascapi.resources import _support

if TYPE_CHECKING:
    import datetime as _dt
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.alternative_distribution_package_response import (
        AlternativeDistributionPackageResponse,
    )
    from ascapi.models.app_clip_default_experience_response import AppClipDefaultExperienceResponse
    from ascapi.models.app_store_review_detail_response import AppStoreReviewDetailResponse
    from ascapi.models.app_store_version_alternative_distribution_package_linkage_response import (
        AppStoreVersionAlternativeDistributionPackageLinkageResponse,
    )
    from ascapi.models.app_store_version_app_clip_default_experience_linkage_request import (
        AppStoreVersionAppClipDefaultExperienceLinkageRequest,
    )
    from ascapi.models.app_store_version_app_clip_default_experience_linkage_response import (
        AppStoreVersionAppClipDefaultExperienceLinkageResponse,
    )
    from ascapi.models.app_store_version_app_store_review_detail_linkage_response import (
        AppStoreVersionAppStoreReviewDetailLinkageResponse,
    )
    from ascapi.models.app_store_version_app_store_version_experiments_linkages_response import (
        AppStoreVersionAppStoreVersionExperimentsLinkagesResponse,
        AppStoreVersionAppStoreVersionExperimentsLinkagesResponseData,
    )
    from ascapi.models.app_store_version_app_store_version_experiments_v2_linkages_response import (
        AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponse,
        AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponseData,
    )
    from ascapi.models.app_store_version_app_store_version_localizations_linkages_response import (
        AppStoreVersionAppStoreVersionLocalizationsLinkagesResponse,
        AppStoreVersionAppStoreVersionLocalizationsLinkagesResponseData,
    )
    from ascapi.models.app_store_version_app_store_version_phased_release_linkage_response import (
        AppStoreVersionAppStoreVersionPhasedReleaseLinkageResponse,
    )
    from ascapi.models.app_store_version_app_store_version_submission_linkage_response import (
        AppStoreVersionAppStoreVersionSubmissionLinkageResponse,
    )
    from ascapi.models.app_store_version_build_linkage_request import (
        AppStoreVersionBuildLinkageRequest,
    )
    from ascapi.models.app_store_version_build_linkage_response import (
        AppStoreVersionBuildLinkageResponse,
    )
    from ascapi.models.app_store_version_create_request import AppStoreVersionCreateRequest
    from ascapi.models.app_store_version_customer_reviews_linkages_response import (
        AppStoreVersionCustomerReviewsLinkagesResponse,
        AppStoreVersionCustomerReviewsLinkagesResponseData,
    )
    from ascapi.models.app_store_version_experiment import AppStoreVersionExperiment
    from ascapi.models.app_store_version_experiment_v2 import AppStoreVersionExperimentV2
    from ascapi.models.app_store_version_experiments_response import (
        AppStoreVersionExperimentsResponse,
    )
    from ascapi.models.app_store_version_experiments_v2_response import (
        AppStoreVersionExperimentsV2Response,
    )
    from ascapi.models.app_store_version_game_center_app_version_linkage_response import (
        AppStoreVersionGameCenterAppVersionLinkageResponse,
    )
    from ascapi.models.app_store_version_localization import AppStoreVersionLocalization
    from ascapi.models.app_store_version_localizations_response import (
        AppStoreVersionLocalizationsResponse,
    )
    from ascapi.models.app_store_version_phased_release_without_includes_response import (
        AppStoreVersionPhasedReleaseWithoutIncludesResponse,
    )
    from ascapi.models.app_store_version_response import AppStoreVersionResponse
    from ascapi.models.app_store_version_routing_app_coverage_linkage_response import (
        AppStoreVersionRoutingAppCoverageLinkageResponse,
    )
    from ascapi.models.app_store_version_submission_response import (
        AppStoreVersionSubmissionResponse,
    )
    from ascapi.models.app_store_version_update_request import AppStoreVersionUpdateRequest
    from ascapi.models.build_without_includes_response import BuildWithoutIncludesResponse
    from ascapi.models.customer_review import CustomerReview
    from ascapi.models.customer_reviews_response import CustomerReviewsResponse
    from ascapi.models.game_center_app_version_response import GameCenterAppVersionResponse
    from ascapi.models.routing_app_coverage_response import RoutingAppCoverageResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["IOS", "MAC_OS", "TV_OS", "VISION_OS"]
    _Enum1 = Literal["APP_STORE", "NOTARIZATION"]
    _Enum2 = Literal["MANUAL", "AFTER_APPROVAL", "SCHEDULED"]
    _Enum3 = Literal[
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
    _Enum4 = Literal[
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
    _Enum5 = Literal[
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
    _Enum6 = Literal[
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
    _Enum7 = Literal["phasedReleaseState", "startDate", "totalPauseDuration", "currentDayNumber"]
    _Enum8 = Literal["enabled", "compatibilityVersions", "appStoreVersion"]
    _Enum9 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "uploadOperations",
        "assetDeliveryState",
        "appStoreVersion",
    ]
    _Enum10 = Literal[
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
    _Enum11 = Literal["appStoreVersion"]
    _Enum12 = Literal[
        "action",
        "appClip",
        "releaseWithAppStoreVersion",
        "appClipDefaultExperienceLocalizations",
        "appClipAppStoreReviewDetail",
    ]
    _Enum13 = Literal[
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
    _Enum14 = Literal["sourceFileChecksum", "versions"]
    _Enum15 = Literal[
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
    _Enum16 = Literal[
        "url",
        "urlExpirationDate",
        "version",
        "fileChecksum",
        "state",
        "variants",
        "deltas",
        "alternativeDistributionPackage",
    ]
    _Enum17 = Literal["versions"]
    _Enum18 = Literal["bundleId", "app", "appClipDefaultExperiences", "appClipAdvancedExperiences"]
    _Enum19 = Literal["locale", "subtitle", "appClipDefaultExperience", "appClipHeaderImage"]
    _Enum20 = Literal["invocationUrls", "appClipDefaultExperience"]
    _Enum21 = Literal[
        "appClip",
        "releaseWithAppStoreVersion",
        "appClipDefaultExperienceLocalizations",
        "appClipAppStoreReviewDetail",
    ]
    _Enum22 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "uploadOperations",
        "assetDeliveryState",
        "appStoreReviewDetail",
    ]
    _Enum23 = Literal["appStoreVersion", "appStoreReviewAttachments"]
    _Enum24 = Literal[
        "PREPARE_FOR_SUBMISSION",
        "READY_FOR_REVIEW",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "ACCEPTED",
        "APPROVED",
        "REJECTED",
        "COMPLETED",
        "STOPPED",
    ]
    _Enum25 = Literal[
        "name",
        "trafficProportion",
        "state",
        "reviewRequired",
        "startDate",
        "endDate",
        "appStoreVersion",
        "appStoreVersionExperimentTreatments",
    ]
    _Enum26 = Literal[
        "name",
        "appIcon",
        "appIconName",
        "promotedDate",
        "appStoreVersionExperiment",
        "appStoreVersionExperimentV2",
        "appStoreVersionExperimentTreatmentLocalizations",
    ]
    _Enum27 = Literal["appStoreVersion", "appStoreVersionExperimentTreatments"]
    _Enum28 = Literal[
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
    _Enum29 = Literal[
        "app", "latestControlVersion", "controlVersions", "appStoreVersionExperimentTreatments"
    ]
    _Enum30 = Literal[
        "screenshotDisplayType",
        "appStoreVersionLocalization",
        "appCustomProductPageLocalization",
        "appStoreVersionExperimentTreatmentLocalization",
        "appScreenshots",
    ]
    _Enum31 = Literal[
        "previewType",
        "appStoreVersionLocalization",
        "appCustomProductPageLocalization",
        "appStoreVersionExperimentTreatmentLocalization",
        "appPreviews",
    ]
    _Enum32 = Literal["appStoreVersion", "appScreenshotSets", "appPreviewSets", "searchKeywords"]
    _Enum33 = Literal[
        "ABW",
        "AFG",
        "AGO",
        "AIA",
        "ALB",
        "AND",
        "ANT",
        "ARE",
        "ARG",
        "ARM",
        "ASM",
        "ATG",
        "AUS",
        "AUT",
        "AZE",
        "BDI",
        "BEL",
        "BEN",
        "BES",
        "BFA",
        "BGD",
        "BGR",
        "BHR",
        "BHS",
        "BIH",
        "BLR",
        "BLZ",
        "BMU",
        "BOL",
        "BRA",
        "BRB",
        "BRN",
        "BTN",
        "BWA",
        "CAF",
        "CAN",
        "CHE",
        "CHL",
        "CHN",
        "CIV",
        "CMR",
        "COD",
        "COG",
        "COK",
        "COL",
        "COM",
        "CPV",
        "CRI",
        "CUB",
        "CUW",
        "CXR",
        "CYM",
        "CYP",
        "CZE",
        "DEU",
        "DJI",
        "DMA",
        "DNK",
        "DOM",
        "DZA",
        "ECU",
        "EGY",
        "ERI",
        "ESP",
        "EST",
        "ETH",
        "FIN",
        "FJI",
        "FLK",
        "FRA",
        "FRO",
        "FSM",
        "GAB",
        "GBR",
        "GEO",
        "GGY",
        "GHA",
        "GIB",
        "GIN",
        "GLP",
        "GMB",
        "GNB",
        "GNQ",
        "GRC",
        "GRD",
        "GRL",
        "GTM",
        "GUF",
        "GUM",
        "GUY",
        "HKG",
        "HND",
        "HRV",
        "HTI",
        "HUN",
        "IDN",
        "IMN",
        "IND",
        "IRL",
        "IRQ",
        "ISL",
        "ISR",
        "ITA",
        "JAM",
        "JEY",
        "JOR",
        "JPN",
        "KAZ",
        "KEN",
        "KGZ",
        "KHM",
        "KIR",
        "KNA",
        "KOR",
        "KWT",
        "LAO",
        "LBN",
        "LBR",
        "LBY",
        "LCA",
        "LIE",
        "LKA",
        "LSO",
        "LTU",
        "LUX",
        "LVA",
        "MAC",
        "MAR",
        "MCO",
        "MDA",
        "MDG",
        "MDV",
        "MEX",
        "MHL",
        "MKD",
        "MLI",
        "MLT",
        "MMR",
        "MNE",
        "MNG",
        "MNP",
        "MOZ",
        "MRT",
        "MSR",
        "MTQ",
        "MUS",
        "MWI",
        "MYS",
        "MYT",
        "NAM",
        "NCL",
        "NER",
        "NFK",
        "NGA",
        "NIC",
        "NIU",
        "NLD",
        "NOR",
        "NPL",
        "NRU",
        "NZL",
        "OMN",
        "PAK",
        "PAN",
        "PER",
        "PHL",
        "PLW",
        "PNG",
        "POL",
        "PRI",
        "PRT",
        "PRY",
        "PSE",
        "PYF",
        "QAT",
        "REU",
        "ROU",
        "RUS",
        "RWA",
        "SAU",
        "SEN",
        "SGP",
        "SHN",
        "SLB",
        "SLE",
        "SLV",
        "SMR",
        "SOM",
        "SPM",
        "SRB",
        "SSD",
        "STP",
        "SUR",
        "SVK",
        "SVN",
        "SWE",
        "SWZ",
        "SXM",
        "SYC",
        "TCA",
        "TCD",
        "TGO",
        "THA",
        "TJK",
        "TKM",
        "TLS",
        "TON",
        "TTO",
        "TUN",
        "TUR",
        "TUV",
        "TWN",
        "TZA",
        "UGA",
        "UKR",
        "UMI",
        "URY",
        "USA",
        "UZB",
        "VAT",
        "VCT",
        "VEN",
        "VGB",
        "VIR",
        "VNM",
        "VUT",
        "WLF",
        "WSM",
        "XKS",
        "YEM",
        "ZAF",
        "ZMB",
        "ZWE",
    ]
    _Enum34 = Literal["rating", "-rating", "createdDate", "-createdDate"]
    _Enum35 = Literal[
        "rating",
        "title",
        "body",
        "reviewerNickname",
        "createdDate",
        "territory",
        "response",
        "reviewTerritory",
    ]
    _Enum36 = Literal["responseBody", "lastModifiedDate", "state", "review"]
    _Enum37 = Literal["currency"]
    _Enum38 = Literal["response", "reviewTerritory"]
    _Enum39 = Literal["compatibilityVersions", "appStoreVersion"]


class AppStoreVersions(SyncAPIResource):
    """``client.app_store_versions``: /v1/appStoreVersions"""

    @cached_property
    def alternative_distribution_package(self) -> AppStoreVersionsAlternativeDistributionPackage:
        return AppStoreVersionsAlternativeDistributionPackage(self._client)

    @cached_property
    def app_clip_default_experience(self) -> AppStoreVersionsAppClipDefaultExperience:
        return AppStoreVersionsAppClipDefaultExperience(self._client)

    @cached_property
    def app_store_review_detail(self) -> AppStoreVersionsAppStoreReviewDetail:
        return AppStoreVersionsAppStoreReviewDetail(self._client)

    @cached_property
    def app_store_version_experiments(self) -> AppStoreVersionsAppStoreVersionExperiments:
        return AppStoreVersionsAppStoreVersionExperiments(self._client)

    @cached_property
    def app_store_version_experiments_v2(self) -> AppStoreVersionsAppStoreVersionExperimentsV2:
        return AppStoreVersionsAppStoreVersionExperimentsV2(self._client)

    @cached_property
    def app_store_version_localizations(self) -> AppStoreVersionsAppStoreVersionLocalizations:
        return AppStoreVersionsAppStoreVersionLocalizations(self._client)

    @cached_property
    def app_store_version_phased_release(self) -> AppStoreVersionsAppStoreVersionPhasedRelease:
        return AppStoreVersionsAppStoreVersionPhasedRelease(self._client)

    @cached_property
    def app_store_version_submission(self) -> AppStoreVersionsAppStoreVersionSubmission:
        return AppStoreVersionsAppStoreVersionSubmission(self._client)

    @cached_property
    def build(self) -> AppStoreVersionsBuild:
        return AppStoreVersionsBuild(self._client)

    @cached_property
    def customer_reviews(self) -> AppStoreVersionsCustomerReviews:
        return AppStoreVersionsCustomerReviews(self._client)

    @cached_property
    def game_center_app_version(self) -> AppStoreVersionsGameCenterAppVersion:
        return AppStoreVersionsGameCenterAppVersion(self._client)

    @cached_property
    def routing_app_coverage(self) -> AppStoreVersionsRoutingAppCoverage:
        return AppStoreVersionsRoutingAppCoverage(self._client)

    def create(
        self,
        *,
        body: AppStoreVersionCreateRequest | Mapping[str, Any] | None = None,
        platform: _Enum0 | str | None | UnsetType = UNSET,
        version_string: str | None | UnsetType = UNSET,
        copyright: str | None | UnsetType = UNSET,
        review_type: _Enum1 | str | None | UnsetType = UNSET,
        release_type: _Enum2 | str | None | UnsetType = UNSET,
        earliest_release_date: _dt.datetime | str | None | UnsetType = UNSET,
        uses_idfa: bool | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        app_store_version_localizations: Sequence[str] | str | None | UnsetType = UNSET,
        build: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionResponse:
        """appStoreVersions_createInstance

        POST /v1/appStoreVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversions
        """
        from ascapi.models.app_store_version_response import AppStoreVersionResponse

        body = _support.document(
            body,
            platform is not UNSET
            or version_string is not UNSET
            or copyright is not UNSET
            or review_type is not UNSET
            or release_type is not UNSET
            or earliest_release_date is not UNSET
            or uses_idfa is not UNSET
            or app is not UNSET
            or app_store_version_localizations is not UNSET
            or build is not UNSET,
            "appStoreVersions",
            None,
            {
                "platform": platform,
                "versionString": version_string,
                "copyright": copyright,
                "reviewType": review_type,
                "releaseType": release_type,
                "earliestReleaseDate": _support.instant(
                    earliest_release_date, "earliest_release_date"
                ),
                "usesIdfa": uses_idfa,
            },
            {
                "app": ("apps", False, app),
                "appStoreVersionLocalizations": (
                    "appStoreVersionLocalizations",
                    True,
                    app_store_version_localizations,
                ),
                "build": ("builds", False, build),
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/appStoreVersions",
            body=body,
            response_type=AppStoreVersionResponse,
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
        """appStoreVersions_deleteInstance

        DELETE /v1/appStoreVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversions-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appStoreVersions/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        fields_apps: Sequence[_Enum4] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum5] | None = None,
        fields_builds: Sequence[_Enum6] | None = None,
        fields_app_store_version_phased_releases: Sequence[_Enum7] | None = None,
        fields_game_center_app_versions: Sequence[_Enum8] | None = None,
        fields_routing_app_coverages: Sequence[_Enum9] | None = None,
        fields_app_store_review_details: Sequence[_Enum10] | None = None,
        fields_app_store_version_submissions: Sequence[_Enum11] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum12] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum13] | None = None,
        fields_alternative_distribution_packages: Sequence[_Enum14] | None = None,
        include: Sequence[_Enum15] | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        limit_app_store_version_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionResponse:
        """appStoreVersions_getInstance

        GET /v1/appStoreVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_
        """
        from ascapi.models.app_store_version_response import AppStoreVersionResponse

        return self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}", id=id),
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
                "limit[appStoreVersionExperiments]": limit_app_store_version_experiments,
                "limit[appStoreVersionExperimentsV2]": limit_app_store_version_experiments_v2,
                "limit[appStoreVersionLocalizations]": limit_app_store_version_localizations,
            },
            maxima={
                "limit[appStoreVersionExperiments]": 50,
                "limit[appStoreVersionExperimentsV2]": 50,
                "limit[appStoreVersionLocalizations]": 50,
            },
            response_type=AppStoreVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppStoreVersionUpdateRequest | Mapping[str, Any] | None = None,
        version_string: str | None | UnsetType = UNSET,
        copyright: str | None | UnsetType = UNSET,
        review_type: _Enum1 | str | None | UnsetType = UNSET,
        release_type: _Enum2 | str | None | UnsetType = UNSET,
        earliest_release_date: _dt.datetime | str | None | UnsetType = UNSET,
        uses_idfa: bool | None | UnsetType = UNSET,
        downloadable: bool | None | UnsetType = UNSET,
        build: str | None | UnsetType = UNSET,
        app_clip_default_experience: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionResponse:
        """appStoreVersions_updateInstance

        PATCH /v1/appStoreVersions/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversions-_id_
        """
        from ascapi.models.app_store_version_response import AppStoreVersionResponse

        body = _support.document(
            body,
            version_string is not UNSET
            or copyright is not UNSET
            or review_type is not UNSET
            or release_type is not UNSET
            or earliest_release_date is not UNSET
            or uses_idfa is not UNSET
            or downloadable is not UNSET
            or build is not UNSET
            or app_clip_default_experience is not UNSET,
            "appStoreVersions",
            id,
            {
                "versionString": version_string,
                "copyright": copyright,
                "reviewType": review_type,
                "releaseType": release_type,
                "earliestReleaseDate": _support.instant(
                    earliest_release_date, "earliest_release_date"
                ),
                "usesIdfa": uses_idfa,
                "downloadable": downloadable,
            },
            {
                "build": ("builds", False, build),
                "appClipDefaultExperience": (
                    "appClipDefaultExperiences",
                    False,
                    app_clip_default_experience,
                ),
            },
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appStoreVersions/{id}", id=id),
            body=body,
            response_type=AppStoreVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppStoreVersionsAlternativeDistributionPackage(SyncAPIResource):
    """``client.app_store_versions.alternative_distribution_package``: /v1/appStoreVersions"""

    def get(
        self,
        id: str,
        *,
        fields_alternative_distribution_packages: Sequence[_Enum14] | None = None,
        fields_alternative_distribution_package_versions: Sequence[_Enum16] | None = None,
        include: Sequence[_Enum17] | None = None,
        limit_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AlternativeDistributionPackageResponse:
        """appStoreVersions_alternativeDistributionPackage_getToOneRelated

        GET /v1/appStoreVersions/{id}/alternativeDistributionPackage

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-alternativedistributionpackage
        """
        from ascapi.models.alternative_distribution_package_response import (
            AlternativeDistributionPackageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/alternativeDistributionPackage", id=id),
            params={
                "fields[alternativeDistributionPackages]": fields_alternative_distribution_packages,
                "fields[alternativeDistributionPackageVersions]": fields_alternative_distribution_package_versions,
                "include": include,
                "limit[versions]": limit_versions,
            },
            maxima={"limit[versions]": 50},
            response_type=AlternativeDistributionPackageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionAlternativeDistributionPackageLinkageResponse:
        """appStoreVersions_alternativeDistributionPackage_getToOneRelationship

        GET /v1/appStoreVersions/{id}/relationships/alternativeDistributionPackage

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-alternativedistributionpackage
        """
        from ascapi.models.app_store_version_alternative_distribution_package_linkage_response import (
            AppStoreVersionAlternativeDistributionPackageLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/relationships/alternativeDistributionPackage", id=id),
            response_type=AppStoreVersionAlternativeDistributionPackageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppStoreVersionsAppClipDefaultExperience(SyncAPIResource):
    """``client.app_store_versions.app_clip_default_experience``: /v1/appStoreVersions"""

    def get(
        self,
        id: str,
        *,
        fields_app_clip_default_experiences: Sequence[_Enum12] | None = None,
        fields_app_clips: Sequence[_Enum18] | None = None,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        fields_app_clip_default_experience_localizations: Sequence[_Enum19] | None = None,
        fields_app_clip_app_store_review_details: Sequence[_Enum20] | None = None,
        include: Sequence[_Enum21] | None = None,
        limit_app_clip_default_experience_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDefaultExperienceResponse:
        """appStoreVersions_appClipDefaultExperience_getToOneRelated

        GET /v1/appStoreVersions/{id}/appClipDefaultExperience

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appclipdefaultexperience
        """
        from ascapi.models.app_clip_default_experience_response import (
            AppClipDefaultExperienceResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/appClipDefaultExperience", id=id),
            params={
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "fields[appClips]": fields_app_clips,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appClipDefaultExperienceLocalizations]": fields_app_clip_default_experience_localizations,
                "fields[appClipAppStoreReviewDetails]": fields_app_clip_app_store_review_details,
                "include": include,
                "limit[appClipDefaultExperienceLocalizations]": limit_app_clip_default_experience_localizations,
            },
            maxima={"limit[appClipDefaultExperienceLocalizations]": 50},
            response_type=AppClipDefaultExperienceResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionAppClipDefaultExperienceLinkageResponse:
        """appStoreVersions_appClipDefaultExperience_getToOneRelationship

        GET /v1/appStoreVersions/{id}/relationships/appClipDefaultExperience

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appclipdefaultexperience
        """
        from ascapi.models.app_store_version_app_clip_default_experience_linkage_response import (
            AppStoreVersionAppClipDefaultExperienceLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/relationships/appClipDefaultExperience", id=id),
            response_type=AppStoreVersionAppClipDefaultExperienceLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: AppStoreVersionAppClipDefaultExperienceLinkageRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """appStoreVersions_appClipDefaultExperience_updateToOneRelationship

        PATCH /v1/appStoreVersions/{id}/relationships/appClipDefaultExperience

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversions-_id_-relationships-appclipdefaultexperience
        """
        if body is None:
            body = _support.linkage("appClipDefaultExperiences", related_id)
        return self._client._call(
            "PATCH",
            path("/v1/appStoreVersions/{id}/relationships/appClipDefaultExperience", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AppStoreVersionsAppStoreReviewDetail(SyncAPIResource):
    """``client.app_store_versions.app_store_review_detail``: /v1/appStoreVersions"""

    def get(
        self,
        id: str,
        *,
        fields_app_store_review_details: Sequence[_Enum10] | None = None,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        fields_app_store_review_attachments: Sequence[_Enum22] | None = None,
        include: Sequence[_Enum23] | None = None,
        limit_app_store_review_attachments: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreReviewDetailResponse:
        """appStoreVersions_appStoreReviewDetail_getToOneRelated

        GET /v1/appStoreVersions/{id}/appStoreReviewDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstorereviewdetail
        """
        from ascapi.models.app_store_review_detail_response import AppStoreReviewDetailResponse

        return self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/appStoreReviewDetail", id=id),
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

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionAppStoreReviewDetailLinkageResponse:
        """appStoreVersions_appStoreReviewDetail_getToOneRelationship

        GET /v1/appStoreVersions/{id}/relationships/appStoreReviewDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstorereviewdetail
        """
        from ascapi.models.app_store_version_app_store_review_detail_linkage_response import (
            AppStoreVersionAppStoreReviewDetailLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/relationships/appStoreReviewDetail", id=id),
            response_type=AppStoreVersionAppStoreReviewDetailLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppStoreVersionsAppStoreVersionExperiments(SyncAPIResource):
    """``client.app_store_versions.app_store_version_experiments``: /v1/appStoreVersions"""

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
        AppStoreVersionAppStoreVersionExperimentsLinkagesResponse,
        AppStoreVersionAppStoreVersionExperimentsLinkagesResponseData,
    ]:
        """appStoreVersions_appStoreVersionExperiments_getToManyRelationship

        GET /v1/appStoreVersions/{id}/relationships/appStoreVersionExperiments

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionexperiments
        """
        from ascapi.models.app_store_version_app_store_version_experiments_linkages_response import (
            AppStoreVersionAppStoreVersionExperimentsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreVersions/{id}/relationships/appStoreVersionExperiments", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="appStoreVersions_appStoreVersionExperiments_getToManyRelationship",
            response_type=AppStoreVersionAppStoreVersionExperimentsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_state: Sequence[_Enum24] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum25] | None = None,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        fields_app_store_version_experiment_treatments: Sequence[_Enum26] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum27] | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppStoreVersionExperimentsResponse, AppStoreVersionExperiment]:
        """appStoreVersions_appStoreVersionExperiments_getToManyRelated

        GET /v1/appStoreVersions/{id}/appStoreVersionExperiments

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionexperiments
        """
        from ascapi.models.app_store_version_experiments_response import (
            AppStoreVersionExperimentsResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreVersions/{id}/appStoreVersionExperiments", id=id),
            params={
                "filter[state]": filter_state,
                "fields[appStoreVersionExperiments]": fields_app_store_version_experiments,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appStoreVersionExperimentTreatments]": fields_app_store_version_experiment_treatments,
                "limit": limit,
                "include": include,
                "limit[appStoreVersionExperimentTreatments]": limit_app_store_version_experiment_treatments,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[appStoreVersionExperimentTreatments]": 50},
            deprecated="appStoreVersions_appStoreVersionExperiments_getToManyRelated",
            response_type=AppStoreVersionExperimentsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppStoreVersionsAppStoreVersionExperimentsV2(SyncAPIResource):
    """``client.app_store_versions.app_store_version_experiments_v2``: /v1/appStoreVersions"""

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
        AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponse,
        AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponseData,
    ]:
        """appStoreVersions_appStoreVersionExperimentsV2_getToManyRelationship

        GET /v1/appStoreVersions/{id}/relationships/appStoreVersionExperimentsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionexperimentsv2
        """
        from ascapi.models.app_store_version_app_store_version_experiments_v2_linkages_response import (
            AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreVersions/{id}/relationships/appStoreVersionExperimentsV2", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_state: Sequence[_Enum24] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum28] | None = None,
        fields_apps: Sequence[_Enum4] | None = None,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        fields_app_store_version_experiment_treatments: Sequence[_Enum26] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum29] | None = None,
        limit_control_versions: int | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppStoreVersionExperimentsV2Response, AppStoreVersionExperimentV2]:
        """appStoreVersions_appStoreVersionExperimentsV2_getToManyRelated

        GET /v1/appStoreVersions/{id}/appStoreVersionExperimentsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionexperimentsv2
        """
        from ascapi.models.app_store_version_experiments_v2_response import (
            AppStoreVersionExperimentsV2Response,
        )

        return self._client._get_page(
            path("/v1/appStoreVersions/{id}/appStoreVersionExperimentsV2", id=id),
            params={
                "filter[state]": filter_state,
                "fields[appStoreVersionExperiments]": fields_app_store_version_experiments,
                "fields[apps]": fields_apps,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appStoreVersionExperimentTreatments]": fields_app_store_version_experiment_treatments,
                "limit": limit,
                "include": include,
                "limit[controlVersions]": limit_control_versions,
                "limit[appStoreVersionExperimentTreatments]": limit_app_store_version_experiment_treatments,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[controlVersions]": 50,
                "limit[appStoreVersionExperimentTreatments]": 50,
            },
            response_type=AppStoreVersionExperimentsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AppStoreVersionsAppStoreVersionLocalizations(SyncAPIResource):
    """``client.app_store_versions.app_store_version_localizations``: /v1/appStoreVersions"""

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
        AppStoreVersionAppStoreVersionLocalizationsLinkagesResponse,
        AppStoreVersionAppStoreVersionLocalizationsLinkagesResponseData,
    ]:
        """appStoreVersions_appStoreVersionLocalizations_getToManyRelationship

        GET /v1/appStoreVersions/{id}/relationships/appStoreVersionLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionlocalizations
        """
        from ascapi.models.app_store_version_app_store_version_localizations_linkages_response import (
            AppStoreVersionAppStoreVersionLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreVersions/{id}/relationships/appStoreVersionLocalizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreVersionAppStoreVersionLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_locale: Sequence[str] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum5] | None = None,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        fields_app_screenshot_sets: Sequence[_Enum30] | None = None,
        fields_app_preview_sets: Sequence[_Enum31] | None = None,
        fields_app_keywords: Sequence[str] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum32] | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_app_preview_sets: int | None = None,
        limit_search_keywords: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppStoreVersionLocalizationsResponse, AppStoreVersionLocalization]:
        """appStoreVersions_appStoreVersionLocalizations_getToManyRelated

        GET /v1/appStoreVersions/{id}/appStoreVersionLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionlocalizations
        """
        from ascapi.models.app_store_version_localizations_response import (
            AppStoreVersionLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreVersions/{id}/appStoreVersionLocalizations", id=id),
            params={
                "filter[locale]": filter_locale,
                "fields[appStoreVersionLocalizations]": fields_app_store_version_localizations,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appScreenshotSets]": fields_app_screenshot_sets,
                "fields[appPreviewSets]": fields_app_preview_sets,
                "fields[appKeywords]": fields_app_keywords,
                "limit": limit,
                "include": include,
                "limit[appScreenshotSets]": limit_app_screenshot_sets,
                "limit[appPreviewSets]": limit_app_preview_sets,
                "limit[searchKeywords]": limit_search_keywords,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[appScreenshotSets]": 50,
                "limit[appPreviewSets]": 50,
                "limit[searchKeywords]": 50,
            },
            response_type=AppStoreVersionLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppStoreVersionsAppStoreVersionPhasedRelease(SyncAPIResource):
    """``client.app_store_versions.app_store_version_phased_release``: /v1/appStoreVersions"""

    def get(
        self,
        id: str,
        *,
        fields_app_store_version_phased_releases: Sequence[_Enum7] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionPhasedReleaseWithoutIncludesResponse:
        """appStoreVersions_appStoreVersionPhasedRelease_getToOneRelated

        GET /v1/appStoreVersions/{id}/appStoreVersionPhasedRelease

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionphasedrelease
        """
        from ascapi.models.app_store_version_phased_release_without_includes_response import (
            AppStoreVersionPhasedReleaseWithoutIncludesResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/appStoreVersionPhasedRelease", id=id),
            params={
                "fields[appStoreVersionPhasedReleases]": fields_app_store_version_phased_releases
            },
            response_type=AppStoreVersionPhasedReleaseWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionAppStoreVersionPhasedReleaseLinkageResponse:
        """appStoreVersions_appStoreVersionPhasedRelease_getToOneRelationship

        GET /v1/appStoreVersions/{id}/relationships/appStoreVersionPhasedRelease

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionphasedrelease
        """
        from ascapi.models.app_store_version_app_store_version_phased_release_linkage_response import (
            AppStoreVersionAppStoreVersionPhasedReleaseLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/relationships/appStoreVersionPhasedRelease", id=id),
            response_type=AppStoreVersionAppStoreVersionPhasedReleaseLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppStoreVersionsAppStoreVersionSubmission(SyncAPIResource):
    """``client.app_store_versions.app_store_version_submission``: /v1/appStoreVersions"""

    def get(
        self,
        id: str,
        *,
        fields_app_store_version_submissions: Sequence[_Enum11] | None = None,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum11] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionSubmissionResponse:
        """appStoreVersions_appStoreVersionSubmission_getToOneRelated

        GET /v1/appStoreVersions/{id}/appStoreVersionSubmission

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionsubmission
        """
        from ascapi.models.app_store_version_submission_response import (
            AppStoreVersionSubmissionResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/appStoreVersionSubmission", id=id),
            params={
                "fields[appStoreVersionSubmissions]": fields_app_store_version_submissions,
                "fields[appStoreVersions]": fields_app_store_versions,
                "include": include,
            },
            deprecated="appStoreVersions_appStoreVersionSubmission_getToOneRelated",
            response_type=AppStoreVersionSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionAppStoreVersionSubmissionLinkageResponse:
        """appStoreVersions_appStoreVersionSubmission_getToOneRelationship

        GET /v1/appStoreVersions/{id}/relationships/appStoreVersionSubmission

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionsubmission
        """
        from ascapi.models.app_store_version_app_store_version_submission_linkage_response import (
            AppStoreVersionAppStoreVersionSubmissionLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/relationships/appStoreVersionSubmission", id=id),
            deprecated="appStoreVersions_appStoreVersionSubmission_getToOneRelationship",
            response_type=AppStoreVersionAppStoreVersionSubmissionLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppStoreVersionsBuild(SyncAPIResource):
    """``client.app_store_versions.build``: /v1/appStoreVersions"""

    def get(
        self,
        id: str,
        *,
        fields_builds: Sequence[_Enum6] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildWithoutIncludesResponse:
        """appStoreVersions_build_getToOneRelated

        GET /v1/appStoreVersions/{id}/build

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-build
        """
        from ascapi.models.build_without_includes_response import BuildWithoutIncludesResponse

        return self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/build", id=id),
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
    ) -> AppStoreVersionBuildLinkageResponse:
        """appStoreVersions_build_getToOneRelationship

        GET /v1/appStoreVersions/{id}/relationships/build

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-build
        """
        from ascapi.models.app_store_version_build_linkage_response import (
            AppStoreVersionBuildLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/relationships/build", id=id),
            response_type=AppStoreVersionBuildLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: AppStoreVersionBuildLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """appStoreVersions_build_updateToOneRelationship

        PATCH /v1/appStoreVersions/{id}/relationships/build

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversions-_id_-relationships-build
        """
        if body is None:
            body = _support.linkage("builds", related_id)
        return self._client._call(
            "PATCH",
            path("/v1/appStoreVersions/{id}/relationships/build", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AppStoreVersionsCustomerReviews(SyncAPIResource):
    """``client.app_store_versions.customer_reviews``: /v1/appStoreVersions"""

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
        AppStoreVersionCustomerReviewsLinkagesResponse,
        AppStoreVersionCustomerReviewsLinkagesResponseData,
    ]:
        """appStoreVersions_customerReviews_getToManyRelationship

        GET /v1/appStoreVersions/{id}/relationships/customerReviews

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-customerreviews
        """
        from ascapi.models.app_store_version_customer_reviews_linkages_response import (
            AppStoreVersionCustomerReviewsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreVersions/{id}/relationships/customerReviews", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreVersionCustomerReviewsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[_Enum33] | None = None,
        filter_rating: Sequence[str] | None = None,
        filter_review_territory: Sequence[str] | None = None,
        exists_published_response: bool | None = None,
        sort: Sequence[_Enum34] | None = None,
        fields_customer_reviews: Sequence[_Enum35] | None = None,
        fields_customer_review_responses: Sequence[_Enum36] | None = None,
        fields_territories: Sequence[_Enum37] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum38] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CustomerReviewsResponse, CustomerReview]:
        """appStoreVersions_customerReviews_getToManyRelated

        GET /v1/appStoreVersions/{id}/customerReviews

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-customerreviews
        """
        from ascapi.models.customer_reviews_response import CustomerReviewsResponse

        return self._client._get_page(
            path("/v1/appStoreVersions/{id}/customerReviews", id=id),
            params={
                "filter[territory]": filter_territory,
                "filter[rating]": filter_rating,
                "filter[reviewTerritory]": filter_review_territory,
                "exists[publishedResponse]": exists_published_response,
                "sort": sort,
                "fields[customerReviews]": fields_customer_reviews,
                "fields[customerReviewResponses]": fields_customer_review_responses,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=CustomerReviewsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppStoreVersionsGameCenterAppVersion(SyncAPIResource):
    """``client.app_store_versions.game_center_app_version``: /v1/appStoreVersions"""

    def get(
        self,
        id: str,
        *,
        fields_game_center_app_versions: Sequence[_Enum8] | None = None,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum39] | None = None,
        limit_compatibility_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAppVersionResponse:
        """appStoreVersions_gameCenterAppVersion_getToOneRelated

        GET /v1/appStoreVersions/{id}/gameCenterAppVersion

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-gamecenterappversion
        """
        from ascapi.models.game_center_app_version_response import GameCenterAppVersionResponse

        return self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/gameCenterAppVersion", id=id),
            params={
                "fields[gameCenterAppVersions]": fields_game_center_app_versions,
                "fields[appStoreVersions]": fields_app_store_versions,
                "include": include,
                "limit[compatibilityVersions]": limit_compatibility_versions,
            },
            maxima={"limit[compatibilityVersions]": 50},
            response_type=GameCenterAppVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionGameCenterAppVersionLinkageResponse:
        """appStoreVersions_gameCenterAppVersion_getToOneRelationship

        GET /v1/appStoreVersions/{id}/relationships/gameCenterAppVersion

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-gamecenterappversion
        """
        from ascapi.models.app_store_version_game_center_app_version_linkage_response import (
            AppStoreVersionGameCenterAppVersionLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/relationships/gameCenterAppVersion", id=id),
            response_type=AppStoreVersionGameCenterAppVersionLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppStoreVersionsRoutingAppCoverage(SyncAPIResource):
    """``client.app_store_versions.routing_app_coverage``: /v1/appStoreVersions"""

    def get(
        self,
        id: str,
        *,
        fields_routing_app_coverages: Sequence[_Enum9] | None = None,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum11] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoutingAppCoverageResponse:
        """appStoreVersions_routingAppCoverage_getToOneRelated

        GET /v1/appStoreVersions/{id}/routingAppCoverage

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-routingappcoverage
        """
        from ascapi.models.routing_app_coverage_response import RoutingAppCoverageResponse

        return self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/routingAppCoverage", id=id),
            params={
                "fields[routingAppCoverages]": fields_routing_app_coverages,
                "fields[appStoreVersions]": fields_app_store_versions,
                "include": include,
            },
            response_type=RoutingAppCoverageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionRoutingAppCoverageLinkageResponse:
        """appStoreVersions_routingAppCoverage_getToOneRelationship

        GET /v1/appStoreVersions/{id}/relationships/routingAppCoverage

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-routingappcoverage
        """
        from ascapi.models.app_store_version_routing_app_coverage_linkage_response import (
            AppStoreVersionRoutingAppCoverageLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/relationships/routingAppCoverage", id=id),
            response_type=AppStoreVersionRoutingAppCoverageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersions(AsyncAPIResource):
    """``client.app_store_versions``: /v1/appStoreVersions"""

    @cached_property
    def alternative_distribution_package(
        self,
    ) -> AsyncAppStoreVersionsAlternativeDistributionPackage:
        return AsyncAppStoreVersionsAlternativeDistributionPackage(self._client)

    @cached_property
    def app_clip_default_experience(self) -> AsyncAppStoreVersionsAppClipDefaultExperience:
        return AsyncAppStoreVersionsAppClipDefaultExperience(self._client)

    @cached_property
    def app_store_review_detail(self) -> AsyncAppStoreVersionsAppStoreReviewDetail:
        return AsyncAppStoreVersionsAppStoreReviewDetail(self._client)

    @cached_property
    def app_store_version_experiments(self) -> AsyncAppStoreVersionsAppStoreVersionExperiments:
        return AsyncAppStoreVersionsAppStoreVersionExperiments(self._client)

    @cached_property
    def app_store_version_experiments_v2(self) -> AsyncAppStoreVersionsAppStoreVersionExperimentsV2:
        return AsyncAppStoreVersionsAppStoreVersionExperimentsV2(self._client)

    @cached_property
    def app_store_version_localizations(self) -> AsyncAppStoreVersionsAppStoreVersionLocalizations:
        return AsyncAppStoreVersionsAppStoreVersionLocalizations(self._client)

    @cached_property
    def app_store_version_phased_release(self) -> AsyncAppStoreVersionsAppStoreVersionPhasedRelease:
        return AsyncAppStoreVersionsAppStoreVersionPhasedRelease(self._client)

    @cached_property
    def app_store_version_submission(self) -> AsyncAppStoreVersionsAppStoreVersionSubmission:
        return AsyncAppStoreVersionsAppStoreVersionSubmission(self._client)

    @cached_property
    def build(self) -> AsyncAppStoreVersionsBuild:
        return AsyncAppStoreVersionsBuild(self._client)

    @cached_property
    def customer_reviews(self) -> AsyncAppStoreVersionsCustomerReviews:
        return AsyncAppStoreVersionsCustomerReviews(self._client)

    @cached_property
    def game_center_app_version(self) -> AsyncAppStoreVersionsGameCenterAppVersion:
        return AsyncAppStoreVersionsGameCenterAppVersion(self._client)

    @cached_property
    def routing_app_coverage(self) -> AsyncAppStoreVersionsRoutingAppCoverage:
        return AsyncAppStoreVersionsRoutingAppCoverage(self._client)

    async def create(
        self,
        *,
        body: AppStoreVersionCreateRequest | Mapping[str, Any] | None = None,
        platform: _Enum0 | str | None | UnsetType = UNSET,
        version_string: str | None | UnsetType = UNSET,
        copyright: str | None | UnsetType = UNSET,
        review_type: _Enum1 | str | None | UnsetType = UNSET,
        release_type: _Enum2 | str | None | UnsetType = UNSET,
        earliest_release_date: _dt.datetime | str | None | UnsetType = UNSET,
        uses_idfa: bool | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        app_store_version_localizations: Sequence[str] | str | None | UnsetType = UNSET,
        build: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionResponse:
        """appStoreVersions_createInstance

        POST /v1/appStoreVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversions
        """
        from ascapi.models.app_store_version_response import AppStoreVersionResponse

        body = _support.document(
            body,
            platform is not UNSET
            or version_string is not UNSET
            or copyright is not UNSET
            or review_type is not UNSET
            or release_type is not UNSET
            or earliest_release_date is not UNSET
            or uses_idfa is not UNSET
            or app is not UNSET
            or app_store_version_localizations is not UNSET
            or build is not UNSET,
            "appStoreVersions",
            None,
            {
                "platform": platform,
                "versionString": version_string,
                "copyright": copyright,
                "reviewType": review_type,
                "releaseType": release_type,
                "earliestReleaseDate": _support.instant(
                    earliest_release_date, "earliest_release_date"
                ),
                "usesIdfa": uses_idfa,
            },
            {
                "app": ("apps", False, app),
                "appStoreVersionLocalizations": (
                    "appStoreVersionLocalizations",
                    True,
                    app_store_version_localizations,
                ),
                "build": ("builds", False, build),
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/appStoreVersions",
            body=body,
            response_type=AppStoreVersionResponse,
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
        """appStoreVersions_deleteInstance

        DELETE /v1/appStoreVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversions-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appStoreVersions/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        fields_apps: Sequence[_Enum4] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum5] | None = None,
        fields_builds: Sequence[_Enum6] | None = None,
        fields_app_store_version_phased_releases: Sequence[_Enum7] | None = None,
        fields_game_center_app_versions: Sequence[_Enum8] | None = None,
        fields_routing_app_coverages: Sequence[_Enum9] | None = None,
        fields_app_store_review_details: Sequence[_Enum10] | None = None,
        fields_app_store_version_submissions: Sequence[_Enum11] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum12] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum13] | None = None,
        fields_alternative_distribution_packages: Sequence[_Enum14] | None = None,
        include: Sequence[_Enum15] | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        limit_app_store_version_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionResponse:
        """appStoreVersions_getInstance

        GET /v1/appStoreVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_
        """
        from ascapi.models.app_store_version_response import AppStoreVersionResponse

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}", id=id),
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
                "limit[appStoreVersionExperiments]": limit_app_store_version_experiments,
                "limit[appStoreVersionExperimentsV2]": limit_app_store_version_experiments_v2,
                "limit[appStoreVersionLocalizations]": limit_app_store_version_localizations,
            },
            maxima={
                "limit[appStoreVersionExperiments]": 50,
                "limit[appStoreVersionExperimentsV2]": 50,
                "limit[appStoreVersionLocalizations]": 50,
            },
            response_type=AppStoreVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppStoreVersionUpdateRequest | Mapping[str, Any] | None = None,
        version_string: str | None | UnsetType = UNSET,
        copyright: str | None | UnsetType = UNSET,
        review_type: _Enum1 | str | None | UnsetType = UNSET,
        release_type: _Enum2 | str | None | UnsetType = UNSET,
        earliest_release_date: _dt.datetime | str | None | UnsetType = UNSET,
        uses_idfa: bool | None | UnsetType = UNSET,
        downloadable: bool | None | UnsetType = UNSET,
        build: str | None | UnsetType = UNSET,
        app_clip_default_experience: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionResponse:
        """appStoreVersions_updateInstance

        PATCH /v1/appStoreVersions/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversions-_id_
        """
        from ascapi.models.app_store_version_response import AppStoreVersionResponse

        body = _support.document(
            body,
            version_string is not UNSET
            or copyright is not UNSET
            or review_type is not UNSET
            or release_type is not UNSET
            or earliest_release_date is not UNSET
            or uses_idfa is not UNSET
            or downloadable is not UNSET
            or build is not UNSET
            or app_clip_default_experience is not UNSET,
            "appStoreVersions",
            id,
            {
                "versionString": version_string,
                "copyright": copyright,
                "reviewType": review_type,
                "releaseType": release_type,
                "earliestReleaseDate": _support.instant(
                    earliest_release_date, "earliest_release_date"
                ),
                "usesIdfa": uses_idfa,
                "downloadable": downloadable,
            },
            {
                "build": ("builds", False, build),
                "appClipDefaultExperience": (
                    "appClipDefaultExperiences",
                    False,
                    app_clip_default_experience,
                ),
            },
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appStoreVersions/{id}", id=id),
            body=body,
            response_type=AppStoreVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionsAlternativeDistributionPackage(AsyncAPIResource):
    """``client.app_store_versions.alternative_distribution_package``: /v1/appStoreVersions"""

    async def get(
        self,
        id: str,
        *,
        fields_alternative_distribution_packages: Sequence[_Enum14] | None = None,
        fields_alternative_distribution_package_versions: Sequence[_Enum16] | None = None,
        include: Sequence[_Enum17] | None = None,
        limit_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AlternativeDistributionPackageResponse:
        """appStoreVersions_alternativeDistributionPackage_getToOneRelated

        GET /v1/appStoreVersions/{id}/alternativeDistributionPackage

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-alternativedistributionpackage
        """
        from ascapi.models.alternative_distribution_package_response import (
            AlternativeDistributionPackageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/alternativeDistributionPackage", id=id),
            params={
                "fields[alternativeDistributionPackages]": fields_alternative_distribution_packages,
                "fields[alternativeDistributionPackageVersions]": fields_alternative_distribution_package_versions,
                "include": include,
                "limit[versions]": limit_versions,
            },
            maxima={"limit[versions]": 50},
            response_type=AlternativeDistributionPackageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionAlternativeDistributionPackageLinkageResponse:
        """appStoreVersions_alternativeDistributionPackage_getToOneRelationship

        GET /v1/appStoreVersions/{id}/relationships/alternativeDistributionPackage

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-alternativedistributionpackage
        """
        from ascapi.models.app_store_version_alternative_distribution_package_linkage_response import (
            AppStoreVersionAlternativeDistributionPackageLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/relationships/alternativeDistributionPackage", id=id),
            response_type=AppStoreVersionAlternativeDistributionPackageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionsAppClipDefaultExperience(AsyncAPIResource):
    """``client.app_store_versions.app_clip_default_experience``: /v1/appStoreVersions"""

    async def get(
        self,
        id: str,
        *,
        fields_app_clip_default_experiences: Sequence[_Enum12] | None = None,
        fields_app_clips: Sequence[_Enum18] | None = None,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        fields_app_clip_default_experience_localizations: Sequence[_Enum19] | None = None,
        fields_app_clip_app_store_review_details: Sequence[_Enum20] | None = None,
        include: Sequence[_Enum21] | None = None,
        limit_app_clip_default_experience_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDefaultExperienceResponse:
        """appStoreVersions_appClipDefaultExperience_getToOneRelated

        GET /v1/appStoreVersions/{id}/appClipDefaultExperience

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appclipdefaultexperience
        """
        from ascapi.models.app_clip_default_experience_response import (
            AppClipDefaultExperienceResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/appClipDefaultExperience", id=id),
            params={
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "fields[appClips]": fields_app_clips,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appClipDefaultExperienceLocalizations]": fields_app_clip_default_experience_localizations,
                "fields[appClipAppStoreReviewDetails]": fields_app_clip_app_store_review_details,
                "include": include,
                "limit[appClipDefaultExperienceLocalizations]": limit_app_clip_default_experience_localizations,
            },
            maxima={"limit[appClipDefaultExperienceLocalizations]": 50},
            response_type=AppClipDefaultExperienceResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionAppClipDefaultExperienceLinkageResponse:
        """appStoreVersions_appClipDefaultExperience_getToOneRelationship

        GET /v1/appStoreVersions/{id}/relationships/appClipDefaultExperience

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appclipdefaultexperience
        """
        from ascapi.models.app_store_version_app_clip_default_experience_linkage_response import (
            AppStoreVersionAppClipDefaultExperienceLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/relationships/appClipDefaultExperience", id=id),
            response_type=AppStoreVersionAppClipDefaultExperienceLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: AppStoreVersionAppClipDefaultExperienceLinkageRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """appStoreVersions_appClipDefaultExperience_updateToOneRelationship

        PATCH /v1/appStoreVersions/{id}/relationships/appClipDefaultExperience

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversions-_id_-relationships-appclipdefaultexperience
        """
        if body is None:
            body = _support.linkage("appClipDefaultExperiences", related_id)
        return await self._client._call(
            "PATCH",
            path("/v1/appStoreVersions/{id}/relationships/appClipDefaultExperience", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionsAppStoreReviewDetail(AsyncAPIResource):
    """``client.app_store_versions.app_store_review_detail``: /v1/appStoreVersions"""

    async def get(
        self,
        id: str,
        *,
        fields_app_store_review_details: Sequence[_Enum10] | None = None,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        fields_app_store_review_attachments: Sequence[_Enum22] | None = None,
        include: Sequence[_Enum23] | None = None,
        limit_app_store_review_attachments: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreReviewDetailResponse:
        """appStoreVersions_appStoreReviewDetail_getToOneRelated

        GET /v1/appStoreVersions/{id}/appStoreReviewDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstorereviewdetail
        """
        from ascapi.models.app_store_review_detail_response import AppStoreReviewDetailResponse

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/appStoreReviewDetail", id=id),
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

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionAppStoreReviewDetailLinkageResponse:
        """appStoreVersions_appStoreReviewDetail_getToOneRelationship

        GET /v1/appStoreVersions/{id}/relationships/appStoreReviewDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstorereviewdetail
        """
        from ascapi.models.app_store_version_app_store_review_detail_linkage_response import (
            AppStoreVersionAppStoreReviewDetailLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/relationships/appStoreReviewDetail", id=id),
            response_type=AppStoreVersionAppStoreReviewDetailLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionsAppStoreVersionExperiments(AsyncAPIResource):
    """``client.app_store_versions.app_store_version_experiments``: /v1/appStoreVersions"""

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
        AppStoreVersionAppStoreVersionExperimentsLinkagesResponse,
        AppStoreVersionAppStoreVersionExperimentsLinkagesResponseData,
    ]:
        """appStoreVersions_appStoreVersionExperiments_getToManyRelationship

        GET /v1/appStoreVersions/{id}/relationships/appStoreVersionExperiments

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionexperiments
        """
        from ascapi.models.app_store_version_app_store_version_experiments_linkages_response import (
            AppStoreVersionAppStoreVersionExperimentsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreVersions/{id}/relationships/appStoreVersionExperiments", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="appStoreVersions_appStoreVersionExperiments_getToManyRelationship",
            response_type=AppStoreVersionAppStoreVersionExperimentsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_state: Sequence[_Enum24] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum25] | None = None,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        fields_app_store_version_experiment_treatments: Sequence[_Enum26] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum27] | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppStoreVersionExperimentsResponse, AppStoreVersionExperiment]:
        """appStoreVersions_appStoreVersionExperiments_getToManyRelated

        GET /v1/appStoreVersions/{id}/appStoreVersionExperiments

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionexperiments
        """
        from ascapi.models.app_store_version_experiments_response import (
            AppStoreVersionExperimentsResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreVersions/{id}/appStoreVersionExperiments", id=id),
            params={
                "filter[state]": filter_state,
                "fields[appStoreVersionExperiments]": fields_app_store_version_experiments,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appStoreVersionExperimentTreatments]": fields_app_store_version_experiment_treatments,
                "limit": limit,
                "include": include,
                "limit[appStoreVersionExperimentTreatments]": limit_app_store_version_experiment_treatments,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[appStoreVersionExperimentTreatments]": 50},
            deprecated="appStoreVersions_appStoreVersionExperiments_getToManyRelated",
            response_type=AppStoreVersionExperimentsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionsAppStoreVersionExperimentsV2(AsyncAPIResource):
    """``client.app_store_versions.app_store_version_experiments_v2``: /v1/appStoreVersions"""

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
        AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponse,
        AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponseData,
    ]:
        """appStoreVersions_appStoreVersionExperimentsV2_getToManyRelationship

        GET /v1/appStoreVersions/{id}/relationships/appStoreVersionExperimentsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionexperimentsv2
        """
        from ascapi.models.app_store_version_app_store_version_experiments_v2_linkages_response import (
            AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreVersions/{id}/relationships/appStoreVersionExperimentsV2", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_state: Sequence[_Enum24] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum28] | None = None,
        fields_apps: Sequence[_Enum4] | None = None,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        fields_app_store_version_experiment_treatments: Sequence[_Enum26] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum29] | None = None,
        limit_control_versions: int | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppStoreVersionExperimentsV2Response, AppStoreVersionExperimentV2]:
        """appStoreVersions_appStoreVersionExperimentsV2_getToManyRelated

        GET /v1/appStoreVersions/{id}/appStoreVersionExperimentsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionexperimentsv2
        """
        from ascapi.models.app_store_version_experiments_v2_response import (
            AppStoreVersionExperimentsV2Response,
        )

        return self._client._get_page(
            path("/v1/appStoreVersions/{id}/appStoreVersionExperimentsV2", id=id),
            params={
                "filter[state]": filter_state,
                "fields[appStoreVersionExperiments]": fields_app_store_version_experiments,
                "fields[apps]": fields_apps,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appStoreVersionExperimentTreatments]": fields_app_store_version_experiment_treatments,
                "limit": limit,
                "include": include,
                "limit[controlVersions]": limit_control_versions,
                "limit[appStoreVersionExperimentTreatments]": limit_app_store_version_experiment_treatments,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[controlVersions]": 50,
                "limit[appStoreVersionExperimentTreatments]": 50,
            },
            response_type=AppStoreVersionExperimentsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionsAppStoreVersionLocalizations(AsyncAPIResource):
    """``client.app_store_versions.app_store_version_localizations``: /v1/appStoreVersions"""

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
        AppStoreVersionAppStoreVersionLocalizationsLinkagesResponse,
        AppStoreVersionAppStoreVersionLocalizationsLinkagesResponseData,
    ]:
        """appStoreVersions_appStoreVersionLocalizations_getToManyRelationship

        GET /v1/appStoreVersions/{id}/relationships/appStoreVersionLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionlocalizations
        """
        from ascapi.models.app_store_version_app_store_version_localizations_linkages_response import (
            AppStoreVersionAppStoreVersionLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreVersions/{id}/relationships/appStoreVersionLocalizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreVersionAppStoreVersionLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_locale: Sequence[str] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum5] | None = None,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        fields_app_screenshot_sets: Sequence[_Enum30] | None = None,
        fields_app_preview_sets: Sequence[_Enum31] | None = None,
        fields_app_keywords: Sequence[str] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum32] | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_app_preview_sets: int | None = None,
        limit_search_keywords: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppStoreVersionLocalizationsResponse, AppStoreVersionLocalization]:
        """appStoreVersions_appStoreVersionLocalizations_getToManyRelated

        GET /v1/appStoreVersions/{id}/appStoreVersionLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionlocalizations
        """
        from ascapi.models.app_store_version_localizations_response import (
            AppStoreVersionLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreVersions/{id}/appStoreVersionLocalizations", id=id),
            params={
                "filter[locale]": filter_locale,
                "fields[appStoreVersionLocalizations]": fields_app_store_version_localizations,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appScreenshotSets]": fields_app_screenshot_sets,
                "fields[appPreviewSets]": fields_app_preview_sets,
                "fields[appKeywords]": fields_app_keywords,
                "limit": limit,
                "include": include,
                "limit[appScreenshotSets]": limit_app_screenshot_sets,
                "limit[appPreviewSets]": limit_app_preview_sets,
                "limit[searchKeywords]": limit_search_keywords,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[appScreenshotSets]": 50,
                "limit[appPreviewSets]": 50,
                "limit[searchKeywords]": 50,
            },
            response_type=AppStoreVersionLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionsAppStoreVersionPhasedRelease(AsyncAPIResource):
    """``client.app_store_versions.app_store_version_phased_release``: /v1/appStoreVersions"""

    async def get(
        self,
        id: str,
        *,
        fields_app_store_version_phased_releases: Sequence[_Enum7] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionPhasedReleaseWithoutIncludesResponse:
        """appStoreVersions_appStoreVersionPhasedRelease_getToOneRelated

        GET /v1/appStoreVersions/{id}/appStoreVersionPhasedRelease

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionphasedrelease
        """
        from ascapi.models.app_store_version_phased_release_without_includes_response import (
            AppStoreVersionPhasedReleaseWithoutIncludesResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/appStoreVersionPhasedRelease", id=id),
            params={
                "fields[appStoreVersionPhasedReleases]": fields_app_store_version_phased_releases
            },
            response_type=AppStoreVersionPhasedReleaseWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionAppStoreVersionPhasedReleaseLinkageResponse:
        """appStoreVersions_appStoreVersionPhasedRelease_getToOneRelationship

        GET /v1/appStoreVersions/{id}/relationships/appStoreVersionPhasedRelease

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionphasedrelease
        """
        from ascapi.models.app_store_version_app_store_version_phased_release_linkage_response import (
            AppStoreVersionAppStoreVersionPhasedReleaseLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/relationships/appStoreVersionPhasedRelease", id=id),
            response_type=AppStoreVersionAppStoreVersionPhasedReleaseLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionsAppStoreVersionSubmission(AsyncAPIResource):
    """``client.app_store_versions.app_store_version_submission``: /v1/appStoreVersions"""

    async def get(
        self,
        id: str,
        *,
        fields_app_store_version_submissions: Sequence[_Enum11] | None = None,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum11] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionSubmissionResponse:
        """appStoreVersions_appStoreVersionSubmission_getToOneRelated

        GET /v1/appStoreVersions/{id}/appStoreVersionSubmission

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionsubmission
        """
        from ascapi.models.app_store_version_submission_response import (
            AppStoreVersionSubmissionResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/appStoreVersionSubmission", id=id),
            params={
                "fields[appStoreVersionSubmissions]": fields_app_store_version_submissions,
                "fields[appStoreVersions]": fields_app_store_versions,
                "include": include,
            },
            deprecated="appStoreVersions_appStoreVersionSubmission_getToOneRelated",
            response_type=AppStoreVersionSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionAppStoreVersionSubmissionLinkageResponse:
        """appStoreVersions_appStoreVersionSubmission_getToOneRelationship

        GET /v1/appStoreVersions/{id}/relationships/appStoreVersionSubmission

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-appstoreversionsubmission
        """
        from ascapi.models.app_store_version_app_store_version_submission_linkage_response import (
            AppStoreVersionAppStoreVersionSubmissionLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/relationships/appStoreVersionSubmission", id=id),
            deprecated="appStoreVersions_appStoreVersionSubmission_getToOneRelationship",
            response_type=AppStoreVersionAppStoreVersionSubmissionLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionsBuild(AsyncAPIResource):
    """``client.app_store_versions.build``: /v1/appStoreVersions"""

    async def get(
        self,
        id: str,
        *,
        fields_builds: Sequence[_Enum6] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildWithoutIncludesResponse:
        """appStoreVersions_build_getToOneRelated

        GET /v1/appStoreVersions/{id}/build

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-build
        """
        from ascapi.models.build_without_includes_response import BuildWithoutIncludesResponse

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/build", id=id),
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
    ) -> AppStoreVersionBuildLinkageResponse:
        """appStoreVersions_build_getToOneRelationship

        GET /v1/appStoreVersions/{id}/relationships/build

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-build
        """
        from ascapi.models.app_store_version_build_linkage_response import (
            AppStoreVersionBuildLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/relationships/build", id=id),
            response_type=AppStoreVersionBuildLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: AppStoreVersionBuildLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """appStoreVersions_build_updateToOneRelationship

        PATCH /v1/appStoreVersions/{id}/relationships/build

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversions-_id_-relationships-build
        """
        if body is None:
            body = _support.linkage("builds", related_id)
        return await self._client._call(
            "PATCH",
            path("/v1/appStoreVersions/{id}/relationships/build", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionsCustomerReviews(AsyncAPIResource):
    """``client.app_store_versions.customer_reviews``: /v1/appStoreVersions"""

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
        AppStoreVersionCustomerReviewsLinkagesResponse,
        AppStoreVersionCustomerReviewsLinkagesResponseData,
    ]:
        """appStoreVersions_customerReviews_getToManyRelationship

        GET /v1/appStoreVersions/{id}/relationships/customerReviews

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-customerreviews
        """
        from ascapi.models.app_store_version_customer_reviews_linkages_response import (
            AppStoreVersionCustomerReviewsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreVersions/{id}/relationships/customerReviews", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreVersionCustomerReviewsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[_Enum33] | None = None,
        filter_rating: Sequence[str] | None = None,
        filter_review_territory: Sequence[str] | None = None,
        exists_published_response: bool | None = None,
        sort: Sequence[_Enum34] | None = None,
        fields_customer_reviews: Sequence[_Enum35] | None = None,
        fields_customer_review_responses: Sequence[_Enum36] | None = None,
        fields_territories: Sequence[_Enum37] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum38] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CustomerReviewsResponse, CustomerReview]:
        """appStoreVersions_customerReviews_getToManyRelated

        GET /v1/appStoreVersions/{id}/customerReviews

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-customerreviews
        """
        from ascapi.models.customer_reviews_response import CustomerReviewsResponse

        return self._client._get_page(
            path("/v1/appStoreVersions/{id}/customerReviews", id=id),
            params={
                "filter[territory]": filter_territory,
                "filter[rating]": filter_rating,
                "filter[reviewTerritory]": filter_review_territory,
                "exists[publishedResponse]": exists_published_response,
                "sort": sort,
                "fields[customerReviews]": fields_customer_reviews,
                "fields[customerReviewResponses]": fields_customer_review_responses,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=CustomerReviewsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionsGameCenterAppVersion(AsyncAPIResource):
    """``client.app_store_versions.game_center_app_version``: /v1/appStoreVersions"""

    async def get(
        self,
        id: str,
        *,
        fields_game_center_app_versions: Sequence[_Enum8] | None = None,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum39] | None = None,
        limit_compatibility_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAppVersionResponse:
        """appStoreVersions_gameCenterAppVersion_getToOneRelated

        GET /v1/appStoreVersions/{id}/gameCenterAppVersion

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-gamecenterappversion
        """
        from ascapi.models.game_center_app_version_response import GameCenterAppVersionResponse

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/gameCenterAppVersion", id=id),
            params={
                "fields[gameCenterAppVersions]": fields_game_center_app_versions,
                "fields[appStoreVersions]": fields_app_store_versions,
                "include": include,
                "limit[compatibilityVersions]": limit_compatibility_versions,
            },
            maxima={"limit[compatibilityVersions]": 50},
            response_type=GameCenterAppVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionGameCenterAppVersionLinkageResponse:
        """appStoreVersions_gameCenterAppVersion_getToOneRelationship

        GET /v1/appStoreVersions/{id}/relationships/gameCenterAppVersion

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-gamecenterappversion
        """
        from ascapi.models.app_store_version_game_center_app_version_linkage_response import (
            AppStoreVersionGameCenterAppVersionLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/relationships/gameCenterAppVersion", id=id),
            response_type=AppStoreVersionGameCenterAppVersionLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionsRoutingAppCoverage(AsyncAPIResource):
    """``client.app_store_versions.routing_app_coverage``: /v1/appStoreVersions"""

    async def get(
        self,
        id: str,
        *,
        fields_routing_app_coverages: Sequence[_Enum9] | None = None,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum11] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoutingAppCoverageResponse:
        """appStoreVersions_routingAppCoverage_getToOneRelated

        GET /v1/appStoreVersions/{id}/routingAppCoverage

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-routingappcoverage
        """
        from ascapi.models.routing_app_coverage_response import RoutingAppCoverageResponse

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/routingAppCoverage", id=id),
            params={
                "fields[routingAppCoverages]": fields_routing_app_coverages,
                "fields[appStoreVersions]": fields_app_store_versions,
                "include": include,
            },
            response_type=RoutingAppCoverageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionRoutingAppCoverageLinkageResponse:
        """appStoreVersions_routingAppCoverage_getToOneRelationship

        GET /v1/appStoreVersions/{id}/relationships/routingAppCoverage

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-relationships-routingappcoverage
        """
        from ascapi.models.app_store_version_routing_app_coverage_linkage_response import (
            AppStoreVersionRoutingAppCoverageLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersions/{id}/relationships/routingAppCoverage", id=id),
            response_type=AppStoreVersionRoutingAppCoverageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
