# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``apps`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, overload

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._jsonapi import UNSET
from ascapi._types import NOT_GIVEN
from ascapi.resources import _support

if TYPE_CHECKING:
    from collections.abc import Awaitable, Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.accessibility_declaration import AccessibilityDeclaration
    from ascapi.models.accessibility_declarations_response import AccessibilityDeclarationsResponse
    from ascapi.models.alternative_distribution_key_response import (
        AlternativeDistributionKeyResponse,
    )
    from ascapi.models.analytics_report_request import AnalyticsReportRequest
    from ascapi.models.analytics_report_requests_response import AnalyticsReportRequestsResponse
    from ascapi.models.android_to_ios_app_mapping_detail import AndroidToIosAppMappingDetail
    from ascapi.models.android_to_ios_app_mapping_details_response import (
        AndroidToIosAppMappingDetailsResponse,
    )
    from ascapi.models.app import App
    from ascapi.models.app_accessibility_declarations_linkages_response import (
        AppAccessibilityDeclarationsLinkagesResponse,
        AppAccessibilityDeclarationsLinkagesResponseData,
    )
    from ascapi.models.app_alternative_distribution_key_linkage_response import (
        AppAlternativeDistributionKeyLinkageResponse,
    )
    from ascapi.models.app_analytics_report_requests_linkages_response import (
        AppAnalyticsReportRequestsLinkagesResponse,
        AppAnalyticsReportRequestsLinkagesResponseData,
    )
    from ascapi.models.app_android_to_ios_app_mapping_details_linkages_response import (
        AppAndroidToIosAppMappingDetailsLinkagesResponse,
        AppAndroidToIosAppMappingDetailsLinkagesResponseData,
    )
    from ascapi.models.app_app_availability_v2_linkage_response import (
        AppAppAvailabilityV2LinkageResponse,
    )
    from ascapi.models.app_app_clips_linkages_response import (
        AppAppClipsLinkagesResponse,
        AppAppClipsLinkagesResponseData,
    )
    from ascapi.models.app_app_custom_product_pages_linkages_response import (
        AppAppCustomProductPagesLinkagesResponse,
        AppAppCustomProductPagesLinkagesResponseData,
    )
    from ascapi.models.app_app_encryption_declarations_linkages_response import (
        AppAppEncryptionDeclarationsLinkagesResponse,
        AppAppEncryptionDeclarationsLinkagesResponseData,
    )
    from ascapi.models.app_app_events_linkages_response import (
        AppAppEventsLinkagesResponse,
        AppAppEventsLinkagesResponseData,
    )
    from ascapi.models.app_app_infos_linkages_response import (
        AppAppInfosLinkagesResponse,
        AppAppInfosLinkagesResponseData,
    )
    from ascapi.models.app_app_price_points_linkages_response import (
        AppAppPricePointsLinkagesResponse,
        AppAppPricePointsLinkagesResponseData,
    )
    from ascapi.models.app_app_price_schedule_linkage_response import (
        AppAppPriceScheduleLinkageResponse,
    )
    from ascapi.models.app_app_store_version_experiments_v2_linkages_response import (
        AppAppStoreVersionExperimentsV2LinkagesResponse,
        AppAppStoreVersionExperimentsV2LinkagesResponseData,
    )
    from ascapi.models.app_app_store_versions_linkages_response import (
        AppAppStoreVersionsLinkagesResponse,
        AppAppStoreVersionsLinkagesResponseData,
    )
    from ascapi.models.app_app_tags_linkages_response import (
        AppAppTagsLinkagesResponse,
        AppAppTagsLinkagesResponseData,
    )
    from ascapi.models.app_availability_v2_response import AppAvailabilityV2Response
    from ascapi.models.app_background_assets_linkages_response import (
        AppBackgroundAssetsLinkagesResponse,
        AppBackgroundAssetsLinkagesResponseData,
    )
    from ascapi.models.app_beta_app_localizations_linkages_response import (
        AppBetaAppLocalizationsLinkagesResponse,
        AppBetaAppLocalizationsLinkagesResponseData,
    )
    from ascapi.models.app_beta_app_review_detail_linkage_response import (
        AppBetaAppReviewDetailLinkageResponse,
    )
    from ascapi.models.app_beta_feedback_crash_submissions_linkages_response import (
        AppBetaFeedbackCrashSubmissionsLinkagesResponse,
        AppBetaFeedbackCrashSubmissionsLinkagesResponseData,
    )
    from ascapi.models.app_beta_feedback_screenshot_submissions_linkages_response import (
        AppBetaFeedbackScreenshotSubmissionsLinkagesResponse,
        AppBetaFeedbackScreenshotSubmissionsLinkagesResponseData,
    )
    from ascapi.models.app_beta_groups_linkages_response import (
        AppBetaGroupsLinkagesResponse,
        AppBetaGroupsLinkagesResponseData,
    )
    from ascapi.models.app_beta_license_agreement_linkage_response import (
        AppBetaLicenseAgreementLinkageResponse,
    )
    from ascapi.models.app_beta_testers_linkages_request import AppBetaTestersLinkagesRequest
    from ascapi.models.app_build_uploads_linkages_response import (
        AppBuildUploadsLinkagesResponse,
        AppBuildUploadsLinkagesResponseData,
    )
    from ascapi.models.app_builds_linkages_response import (
        AppBuildsLinkagesResponse,
        AppBuildsLinkagesResponseData,
    )
    from ascapi.models.app_ci_product_linkage_response import AppCiProductLinkageResponse
    from ascapi.models.app_clip import AppClip
    from ascapi.models.app_clips_response import AppClipsResponse
    from ascapi.models.app_custom_product_page import AppCustomProductPage
    from ascapi.models.app_custom_product_pages_response import AppCustomProductPagesResponse
    from ascapi.models.app_customer_reviews_linkages_response import (
        AppCustomerReviewsLinkagesResponse,
        AppCustomerReviewsLinkagesResponseData,
    )
    from ascapi.models.app_encryption_declaration import AppEncryptionDeclaration
    from ascapi.models.app_encryption_declarations_response import AppEncryptionDeclarationsResponse
    from ascapi.models.app_end_user_license_agreement_linkage_response import (
        AppEndUserLicenseAgreementLinkageResponse,
    )
    from ascapi.models.app_event import AppEvent
    from ascapi.models.app_events_response import AppEventsResponse
    from ascapi.models.app_game_center_detail_linkage_response import (
        AppGameCenterDetailLinkageResponse,
    )
    from ascapi.models.app_game_center_enabled_versions_linkages_response import (
        AppGameCenterEnabledVersionsLinkagesResponse,
        AppGameCenterEnabledVersionsLinkagesResponseData,
    )
    from ascapi.models.app_in_app_purchases_linkages_response import (
        AppInAppPurchasesLinkagesResponse,
        AppInAppPurchasesLinkagesResponseData,
    )
    from ascapi.models.app_in_app_purchases_v2_linkages_response import (
        AppInAppPurchasesV2LinkagesResponse,
        AppInAppPurchasesV2LinkagesResponseData,
    )
    from ascapi.models.app_info import AppInfo
    from ascapi.models.app_infos_response import AppInfosResponse
    from ascapi.models.app_keyword import AppKeyword
    from ascapi.models.app_keywords_response import AppKeywordsResponse
    from ascapi.models.app_marketplace_search_detail_linkage_response import (
        AppMarketplaceSearchDetailLinkageResponse,
    )
    from ascapi.models.app_pre_release_versions_linkages_response import (
        AppPreReleaseVersionsLinkagesResponse,
        AppPreReleaseVersionsLinkagesResponseData,
    )
    from ascapi.models.app_price_point_v3 import AppPricePointV3
    from ascapi.models.app_price_points_v3_response import AppPricePointsV3Response
    from ascapi.models.app_price_schedule_response import AppPriceScheduleResponse
    from ascapi.models.app_promoted_purchases_linkages_request import (
        AppPromotedPurchasesLinkagesRequest,
    )
    from ascapi.models.app_promoted_purchases_linkages_response import (
        AppPromotedPurchasesLinkagesResponse,
        AppPromotedPurchasesLinkagesResponseData,
    )
    from ascapi.models.app_response import AppResponse
    from ascapi.models.app_review_submissions_linkages_response import (
        AppReviewSubmissionsLinkagesResponse,
        AppReviewSubmissionsLinkagesResponseData,
    )
    from ascapi.models.app_search_keywords_linkages_response import (
        AppSearchKeywordsLinkagesResponse,
        AppSearchKeywordsLinkagesResponseData,
    )
    from ascapi.models.app_store_version import AppStoreVersion
    from ascapi.models.app_store_version_experiment_v2 import AppStoreVersionExperimentV2
    from ascapi.models.app_store_version_experiments_v2_response import (
        AppStoreVersionExperimentsV2Response,
    )
    from ascapi.models.app_store_versions_response import AppStoreVersionsResponse
    from ascapi.models.app_subscription_grace_period_linkage_response import (
        AppSubscriptionGracePeriodLinkageResponse,
    )
    from ascapi.models.app_subscription_groups_linkages_response import (
        AppSubscriptionGroupsLinkagesResponse,
        AppSubscriptionGroupsLinkagesResponseData,
    )
    from ascapi.models.app_tag import AppTag
    from ascapi.models.app_tags_response import AppTagsResponse
    from ascapi.models.app_update_request import AppUpdateRequest
    from ascapi.models.app_webhooks_linkages_response import (
        AppWebhooksLinkagesResponse,
        AppWebhooksLinkagesResponseData,
    )
    from ascapi.models.apps_beta_tester_usages_v1_metric_response import (
        AppsBetaTesterUsagesV1MetricResponse,
        AppsBetaTesterUsagesV1MetricResponseData,
    )
    from ascapi.models.apps_response import AppsResponse
    from ascapi.models.background_asset import BackgroundAsset
    from ascapi.models.background_assets_response import BackgroundAssetsResponse
    from ascapi.models.beta_app_localization import BetaAppLocalization
    from ascapi.models.beta_app_localizations_without_includes_response import (
        BetaAppLocalizationsWithoutIncludesResponse,
    )
    from ascapi.models.beta_app_review_detail_without_includes_response import (
        BetaAppReviewDetailWithoutIncludesResponse,
    )
    from ascapi.models.beta_feedback_crash_submission import BetaFeedbackCrashSubmission
    from ascapi.models.beta_feedback_crash_submissions_response import (
        BetaFeedbackCrashSubmissionsResponse,
    )
    from ascapi.models.beta_feedback_screenshot_submission import BetaFeedbackScreenshotSubmission
    from ascapi.models.beta_feedback_screenshot_submissions_response import (
        BetaFeedbackScreenshotSubmissionsResponse,
    )
    from ascapi.models.beta_group import BetaGroup
    from ascapi.models.beta_groups_without_includes_response import (
        BetaGroupsWithoutIncludesResponse,
    )
    from ascapi.models.beta_license_agreement_without_includes_response import (
        BetaLicenseAgreementWithoutIncludesResponse,
    )
    from ascapi.models.build import Build
    from ascapi.models.build_upload import BuildUpload
    from ascapi.models.build_uploads_response import BuildUploadsResponse
    from ascapi.models.builds_without_includes_response import BuildsWithoutIncludesResponse
    from ascapi.models.ci_product_response import CiProductResponse
    from ascapi.models.customer_review import CustomerReview
    from ascapi.models.customer_review_summarization import CustomerReviewSummarization
    from ascapi.models.customer_review_summarizations_response import (
        CustomerReviewSummarizationsResponse,
    )
    from ascapi.models.customer_reviews_response import CustomerReviewsResponse
    from ascapi.models.end_user_license_agreement_without_includes_response import (
        EndUserLicenseAgreementWithoutIncludesResponse,
    )
    from ascapi.models.game_center_detail_response import GameCenterDetailResponse
    from ascapi.models.game_center_enabled_version import GameCenterEnabledVersion
    from ascapi.models.game_center_enabled_versions_response import (
        GameCenterEnabledVersionsResponse,
    )
    from ascapi.models.in_app_purchase import InAppPurchase
    from ascapi.models.in_app_purchase_v2 import InAppPurchaseV2
    from ascapi.models.in_app_purchases_response import InAppPurchasesResponse
    from ascapi.models.in_app_purchases_v2_response import InAppPurchasesV2Response
    from ascapi.models.marketplace_search_detail_response import MarketplaceSearchDetailResponse
    from ascapi.models.pre_release_versions_without_includes_response import (
        PreReleaseVersionsWithoutIncludesResponse,
    )
    from ascapi.models.prerelease_version import PrereleaseVersion
    from ascapi.models.promoted_purchase import PromotedPurchase
    from ascapi.models.promoted_purchases_response import PromotedPurchasesResponse
    from ascapi.models.review_submission import ReviewSubmission
    from ascapi.models.review_submissions_response import ReviewSubmissionsResponse
    from ascapi.models.subscription_grace_period_response import SubscriptionGracePeriodResponse
    from ascapi.models.subscription_group import SubscriptionGroup
    from ascapi.models.subscription_groups_response import SubscriptionGroupsResponse
    from ascapi.models.webhook import Webhook
    from ascapi.models.webhooks_response import WebhooksResponse
    from ascapi.models.xcode_metrics import xcodeMetrics
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
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
    _Enum1 = Literal[
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
    _Enum2 = Literal["iconAsset", "iconType", "masked", "name"]
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
    _Enum4 = Literal[
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
    _Enum5 = Literal[
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
    _Enum6 = Literal["version", "platform", "builds", "app"]
    _Enum7 = Literal[
        "feedbackEmail",
        "marketingUrl",
        "privacyPolicyUrl",
        "tvOsPrivacyPolicy",
        "description",
        "locale",
        "app",
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
    _Enum9 = Literal["agreementText", "app"]
    _Enum10 = Literal[
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
    _Enum11 = Literal[
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
    _Enum12 = Literal["bundleId", "app", "appClipDefaultExperiences", "appClipAdvancedExperiences"]
    _Enum13 = Literal["agreementText", "app", "territories"]
    _Enum14 = Literal[
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
    _Enum15 = Literal[
        "referenceName", "subscriptions", "subscriptionGroupLocalizations", "versions"
    ]
    _Enum16 = Literal["platform", "versionString", "iconAsset", "compatibleVersions", "app"]
    _Enum17 = Literal["name", "url", "visible", "app", "appCustomProductPageVersions"]
    _Enum18 = Literal["visibleForAllUsers", "enabled", "state", "inAppPurchaseV2", "subscription"]
    _Enum19 = Literal[
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
    _Enum20 = Literal[
        "platform",
        "submittedDate",
        "state",
        "app",
        "items",
        "appStoreVersionForReview",
        "submittedByActor",
        "lastUpdatedByActor",
    ]
    _Enum21 = Literal["optIn", "sandboxOptIn", "duration", "renewalType"]
    _Enum22 = Literal[
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
    _Enum23 = Literal[
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
    _Enum24 = Literal["packageName", "appSigningKeyPublicCertificateSha256Fingerprints"]
    _Enum25 = Literal[
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
    _Enum26 = Literal[
        "ACCEPTED",
        "DEVELOPER_REMOVED_FROM_SALE",
        "DEVELOPER_REJECTED",
        "IN_REVIEW",
        "INVALID_BINARY",
        "METADATA_REJECTED",
        "PENDING_APPLE_RELEASE",
        "PENDING_CONTRACT",
        "PENDING_DEVELOPER_RELEASE",
        "PREPARE_FOR_SUBMISSION",
        "PREORDER_READY_FOR_SALE",
        "PROCESSING_FOR_APP_STORE",
        "READY_FOR_REVIEW",
        "READY_FOR_SALE",
        "REJECTED",
        "REMOVED_FROM_SALE",
        "WAITING_FOR_EXPORT_COMPLIANCE",
        "WAITING_FOR_REVIEW",
        "REPLACED_WITH_NEW_VERSION",
        "NOT_APPLICABLE",
    ]
    _Enum27 = Literal["IOS", "MAC_OS", "TV_OS", "VISION_OS"]
    _Enum28 = Literal[
        "ACCEPTED",
        "DEVELOPER_REJECTED",
        "IN_REVIEW",
        "INVALID_BINARY",
        "METADATA_REJECTED",
        "PENDING_APPLE_RELEASE",
        "PENDING_DEVELOPER_RELEASE",
        "PREPARE_FOR_SUBMISSION",
        "PROCESSING_FOR_DISTRIBUTION",
        "READY_FOR_DISTRIBUTION",
        "READY_FOR_REVIEW",
        "REJECTED",
        "REPLACED_WITH_NEW_VERSION",
        "WAITING_FOR_EXPORT_COMPLIANCE",
        "WAITING_FOR_REVIEW",
    ]
    _Enum29 = Literal[
        "READY_FOR_REVIEW",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "UNRESOLVED_ISSUES",
        "CANCELING",
        "COMPLETING",
        "COMPLETE",
    ]
    _Enum30 = Literal["name", "-name", "bundleId", "-bundleId", "sku", "-sku"]
    _Enum31 = Literal["V1", "V2"]
    _Enum32 = Literal["DOES_NOT_USE_THIRD_PARTY_CONTENT", "USES_THIRD_PARTY_CONTENT"]
    _Enum33 = Literal["IPHONE", "IPAD", "APPLE_TV", "APPLE_WATCH", "MAC", "VISION"]
    _Enum34 = Literal["DRAFT", "PUBLISHED", "REPLACED"]
    _Enum35 = Literal[
        "deviceFamily",
        "state",
        "supportsAudioDescriptions",
        "supportsCaptions",
        "supportsDarkInterface",
        "supportsDifferentiateWithoutColorAlone",
        "supportsLargerText",
        "supportsReducedMotion",
        "supportsSufficientContrast",
        "supportsVoiceControl",
        "supportsVoiceover",
    ]
    _Enum36 = Literal["publicKey"]
    _Enum37 = Literal["ONE_TIME_SNAPSHOT", "ONGOING"]
    _Enum38 = Literal["accessType", "stoppedDueToInactivity", "reports"]
    _Enum39 = Literal["name", "category", "instances"]
    _Enum40 = Literal["reports"]
    _Enum41 = Literal["availableInNewTerritories", "territoryAvailabilities"]
    _Enum42 = Literal[
        "available",
        "releaseDate",
        "preOrderEnabled",
        "preOrderPublishDate",
        "contentStatuses",
        "territory",
    ]
    _Enum43 = Literal["territoryAvailabilities"]
    _Enum44 = Literal[
        "action",
        "appClip",
        "releaseWithAppStoreVersion",
        "appClipDefaultExperienceLocalizations",
        "appClipAppStoreReviewDetail",
    ]
    _Enum45 = Literal["app", "appClipDefaultExperiences"]
    _Enum46 = Literal[
        "version", "state", "deepLink", "appCustomProductPage", "appCustomProductPageLocalizations"
    ]
    _Enum47 = Literal["app", "appCustomProductPageVersions"]
    _Enum48 = Literal[
        "fileSize",
        "fileName",
        "assetToken",
        "downloadUrl",
        "sourceFileChecksum",
        "uploadOperations",
        "assetDeliveryState",
    ]
    _Enum49 = Literal["app", "builds", "appEncryptionDeclarationDocument"]
    _Enum50 = Literal[
        "DRAFT",
        "READY_FOR_REVIEW",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "REJECTED",
        "ACCEPTED",
        "APPROVED",
        "PUBLISHED",
        "PAST",
        "ARCHIVED",
    ]
    _Enum51 = Literal[
        "locale",
        "name",
        "shortDescription",
        "longDescription",
        "appEvent",
        "appEventScreenshots",
        "appEventVideoClips",
    ]
    _Enum52 = Literal["localizations"]
    _Enum53 = Literal[
        "advertising",
        "alcoholTobaccoOrDrugUseOrReferences",
        "contests",
        "gambling",
        "gamblingSimulated",
        "gunsOrOtherWeapons",
        "healthOrWellnessTopics",
        "kidsAgeBand",
        "lootBox",
        "medicalOrTreatmentInformation",
        "messagingAndChat",
        "parentalControls",
        "profanityOrCrudeHumor",
        "ageAssurance",
        "sexualContentGraphicAndNudity",
        "sexualContentOrNudity",
        "socialMedia",
        "socialMediaAgeRestricted",
        "horrorOrFearThemes",
        "matureOrSuggestiveThemes",
        "unrestrictedWebAccess",
        "userGeneratedContent",
        "violenceCartoonOrFantasy",
        "violenceRealisticProlongedGraphicOrSadistic",
        "violenceRealistic",
        "ageRatingOverride",
        "ageRatingOverrideV2",
        "koreaAgeRatingOverride",
        "developerAgeRatingInfoUrl",
    ]
    _Enum54 = Literal[
        "locale",
        "name",
        "subtitle",
        "privacyPolicyUrl",
        "privacyChoicesUrl",
        "privacyPolicyText",
        "appInfo",
    ]
    _Enum55 = Literal["platforms", "subcategories", "parent"]
    _Enum56 = Literal[
        "app",
        "ageRatingDeclaration",
        "appInfoLocalizations",
        "primaryCategory",
        "primarySubcategoryOne",
        "primarySubcategoryTwo",
        "secondaryCategory",
        "secondarySubcategoryOne",
        "secondarySubcategoryTwo",
    ]
    _Enum57 = Literal["customerPrice", "proceeds", "app", "equalizations", "territory"]
    _Enum58 = Literal["currency"]
    _Enum59 = Literal["app", "territory"]
    _Enum60 = Literal["app", "baseTerritory", "manualPrices", "automaticPrices"]
    _Enum61 = Literal["manual", "startDate", "endDate", "appPricePoint", "territory"]
    _Enum62 = Literal[
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
    _Enum63 = Literal[
        "name",
        "appIcon",
        "appIconName",
        "promotedDate",
        "appStoreVersionExperiment",
        "appStoreVersionExperimentV2",
        "appStoreVersionExperimentTreatmentLocalizations",
    ]
    _Enum64 = Literal[
        "app", "latestControlVersion", "controlVersions", "appStoreVersionExperimentTreatments"
    ]
    _Enum65 = Literal[
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
    _Enum66 = Literal["phasedReleaseState", "startDate", "totalPauseDuration", "currentDayNumber"]
    _Enum67 = Literal["enabled", "compatibilityVersions", "appStoreVersion"]
    _Enum68 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "uploadOperations",
        "assetDeliveryState",
        "appStoreVersion",
    ]
    _Enum69 = Literal[
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
    _Enum70 = Literal["appStoreVersion"]
    _Enum71 = Literal[
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
    _Enum72 = Literal["sourceFileChecksum", "versions"]
    _Enum73 = Literal[
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
    _Enum74 = Literal["name", "-name"]
    _Enum75 = Literal["name", "visibleInAppStore", "territories"]
    _Enum76 = Literal["territories"]
    _Enum77 = Literal["assetPackIdentifier", "-assetPackIdentifier", "createdDate", "-createdDate"]
    _Enum78 = Literal[
        "archived",
        "assetPackIdentifier",
        "createdDate",
        "usedBytes",
        "app",
        "versions",
        "appStoreVersion",
        "internalBetaVersion",
        "externalBetaVersion",
    ]
    _Enum79 = Literal[
        "createdDate",
        "platforms",
        "state",
        "stateDetails",
        "version",
        "locale",
        "backgroundAsset",
        "internalBetaRelease",
        "externalBetaRelease",
        "appStoreRelease",
        "assetFile",
        "manifestFile",
        "backgroundAssetUploadFiles",
    ]
    _Enum80 = Literal["app", "appStoreVersion", "internalBetaVersion", "externalBetaVersion"]
    _Enum81 = Literal["createdDate", "-createdDate"]
    _Enum82 = Literal[
        "createdDate",
        "comment",
        "email",
        "deviceModel",
        "osVersion",
        "locale",
        "timeZone",
        "architecture",
        "connectionType",
        "pairedAppleWatch",
        "appUptimeInMilliseconds",
        "diskBytesAvailable",
        "diskBytesTotal",
        "batteryPercentage",
        "screenWidthInPoints",
        "screenHeightInPoints",
        "appPlatform",
        "devicePlatform",
        "deviceFamily",
        "buildBundleId",
        "crashLog",
        "build",
        "tester",
    ]
    _Enum83 = Literal[
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
    _Enum84 = Literal["build", "tester"]
    _Enum85 = Literal[
        "createdDate",
        "comment",
        "email",
        "deviceModel",
        "osVersion",
        "locale",
        "timeZone",
        "architecture",
        "connectionType",
        "pairedAppleWatch",
        "appUptimeInMilliseconds",
        "diskBytesAvailable",
        "diskBytesTotal",
        "batteryPercentage",
        "screenWidthInPoints",
        "screenHeightInPoints",
        "appPlatform",
        "devicePlatform",
        "deviceFamily",
        "buildBundleId",
        "screenshots",
        "build",
        "tester",
    ]
    _Enum86 = Literal["P7D", "P30D", "P90D", "P365D"]
    _Enum87 = Literal["betaTesters"]
    _Enum88 = Literal["cfBundleVersion", "-cfBundleVersion", "uploadedDate", "-uploadedDate"]
    _Enum89 = Literal[
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
    _Enum90 = Literal[
        "assetDeliveryState",
        "assetToken",
        "assetType",
        "fileName",
        "fileSize",
        "sourceFileChecksums",
        "uploadOperations",
        "uti",
    ]
    _Enum91 = Literal["build", "assetFile", "assetDescriptionFile", "assetSpiFile"]
    _Enum92 = Literal[
        "name", "platform", "identifier", "seedId", "profiles", "bundleIdCapabilities", "app"
    ]
    _Enum93 = Literal[
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
    _Enum94 = Literal["app", "bundleId", "primaryRepositories"]
    _Enum95 = Literal["createdDate", "locale", "platform", "text", "territory"]
    _Enum96 = Literal["territory"]
    _Enum97 = Literal[
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
    _Enum98 = Literal["rating", "-rating", "createdDate", "-createdDate"]
    _Enum99 = Literal[
        "rating",
        "title",
        "body",
        "reviewerNickname",
        "createdDate",
        "territory",
        "response",
        "reviewTerritory",
    ]
    _Enum100 = Literal["responseBody", "lastModifiedDate", "state", "review"]
    _Enum101 = Literal["response", "reviewTerritory"]
    _Enum102 = Literal[
        "referenceName",
        "gameCenterDetails",
        "gameCenterLeaderboards",
        "gameCenterLeaderboardsV2",
        "gameCenterLeaderboardSets",
        "gameCenterLeaderboardSetsV2",
        "gameCenterAchievements",
        "gameCenterAchievementsV2",
        "gameCenterActivities",
        "gameCenterChallenges",
    ]
    _Enum103 = Literal[
        "defaultFormatter",
        "referenceName",
        "vendorIdentifier",
        "submissionType",
        "scoreSortType",
        "scoreRangeStart",
        "scoreRangeEnd",
        "recurrenceStartDate",
        "recurrenceDuration",
        "recurrenceRule",
        "archived",
        "activityProperties",
        "visibility",
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboard",
        "gameCenterLeaderboardSets",
        "localizations",
        "releases",
        "activity",
        "challenge",
        "versions",
    ]
    _Enum104 = Literal[
        "referenceName",
        "vendorIdentifier",
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboardSet",
        "localizations",
        "gameCenterLeaderboards",
        "releases",
        "versions",
    ]
    _Enum105 = Literal[
        "referenceName",
        "vendorIdentifier",
        "points",
        "showBeforeEarned",
        "repeatable",
        "archived",
        "activityProperties",
        "gameCenterDetail",
        "gameCenterGroup",
        "groupAchievement",
        "localizations",
        "releases",
        "activity",
        "versions",
    ]
    _Enum106 = Literal[
        "referenceName",
        "vendorIdentifier",
        "playStyle",
        "minimumPlayersCount",
        "maximumPlayersCount",
        "supportsPartyCode",
        "archived",
        "properties",
        "gameCenterDetail",
        "gameCenterGroup",
        "achievements",
        "achievementsV2",
        "leaderboards",
        "leaderboardsV2",
        "versions",
    ]
    _Enum107 = Literal[
        "referenceName",
        "vendorIdentifier",
        "archived",
        "challengeType",
        "repeatable",
        "gameCenterDetail",
        "gameCenterGroup",
        "versions",
        "leaderboard",
        "leaderboardV2",
    ]
    _Enum108 = Literal["live", "gameCenterDetail", "gameCenterAchievement"]
    _Enum109 = Literal["version"]
    _Enum110 = Literal["live", "gameCenterDetail", "gameCenterLeaderboard"]
    _Enum111 = Literal["live", "gameCenterDetail", "gameCenterLeaderboardSet"]
    _Enum112 = Literal[
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
    _Enum113 = Literal["versionString", "-versionString"]
    _Enum114 = Literal["compatibleVersions", "app"]
    _Enum115 = Literal[
        "AUTOMATICALLY_RENEWABLE_SUBSCRIPTION",
        "NON_CONSUMABLE",
        "CONSUMABLE",
        "NON_RENEWING_SUBSCRIPTION",
        "FREE_SUBSCRIPTION",
    ]
    _Enum116 = Literal[
        "referenceName",
        "-referenceName",
        "productId",
        "-productId",
        "inAppPurchaseType",
        "-inAppPurchaseType",
    ]
    _Enum117 = Literal["referenceName", "productId", "inAppPurchaseType", "state", "apps"]
    _Enum118 = Literal["apps"]
    _Enum119 = Literal[
        "MISSING_METADATA",
        "WAITING_FOR_UPLOAD",
        "PROCESSING_CONTENT",
        "READY_TO_SUBMIT",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "DEVELOPER_ACTION_NEEDED",
        "PENDING_BINARY_APPROVAL",
        "APPROVED",
        "DEVELOPER_REMOVED_FROM_SALE",
        "REMOVED_FROM_SALE",
        "REJECTED",
    ]
    _Enum120 = Literal["CONSUMABLE", "NON_CONSUMABLE", "NON_RENEWING_SUBSCRIPTION"]
    _Enum121 = Literal["name", "-name", "inAppPurchaseType", "-inAppPurchaseType"]
    _Enum122 = Literal[
        "name",
        "productId",
        "inAppPurchaseType",
        "state",
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
    _Enum123 = Literal["name", "locale", "description", "state", "inAppPurchaseV2"]
    _Enum124 = Literal["fileName", "fileSize", "url", "lastModifiedDate", "inAppPurchaseV2"]
    _Enum125 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "imageAsset",
        "assetToken",
        "assetType",
        "uploadOperations",
        "assetDeliveryState",
        "inAppPurchaseV2",
    ]
    _Enum126 = Literal["baseTerritory", "manualPrices", "automaticPrices"]
    _Enum127 = Literal["availableInNewTerritories", "availableTerritories"]
    _Enum128 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "assetToken",
        "imageAsset",
        "uploadOperations",
        "state",
        "inAppPurchase",
    ]
    _Enum129 = Literal[
        "name",
        "customerEligibilities",
        "productionCodeCount",
        "sandboxCodeCount",
        "active",
        "oneTimeUseCodes",
        "customCodes",
        "prices",
    ]
    _Enum130 = Literal["version", "state", "inAppPurchase", "image", "images", "localizations"]
    _Enum131 = Literal[
        "inAppPurchaseLocalizations",
        "content",
        "appStoreReviewScreenshot",
        "promotedPurchase",
        "iapPriceSchedule",
        "inAppPurchaseAvailability",
        "images",
        "offerCodes",
        "versions",
    ]
    _Enum132 = Literal["catalogUrl"]
    _Enum133 = Literal["IOS"]
    _Enum134 = Literal[
        "DISK", "HANG", "BATTERY", "LAUNCH", "MEMORY", "ANIMATION", "TERMINATION", "STORAGE"
    ]
    _Enum135 = Literal[
        "name",
        "productId",
        "familySharable",
        "state",
        "subscriptionPeriod",
        "reviewNote",
        "groupLevel",
        "subscriptionLocalizations",
        "appStoreReviewScreenshot",
        "group",
        "introductoryOffers",
        "promotionalOffers",
        "offerCodes",
        "prices",
        "pricePoints",
        "promotedPurchase",
        "subscriptionAvailability",
        "winBackOffers",
        "images",
        "planAvailabilities",
        "versions",
    ]
    _Enum136 = Literal["inAppPurchaseV2", "subscription"]
    _Enum137 = Literal[
        "state",
        "appStoreVersion",
        "appCustomProductPageVersion",
        "appStoreVersionExperiment",
        "appStoreVersionExperimentV2",
        "appEvent",
        "backgroundAssetVersion",
        "gameCenterAchievementVersion",
        "gameCenterActivityVersion",
        "gameCenterChallengeVersion",
        "gameCenterLeaderboardSetVersion",
        "gameCenterLeaderboardVersion",
        "inAppPurchaseVersion",
        "subscriptionVersion",
        "subscriptionGroupVersion",
    ]
    _Enum138 = Literal["actorType", "userFirstName", "userLastName", "userEmail", "apiKeyId"]
    _Enum139 = Literal[
        "app", "items", "appStoreVersionForReview", "submittedByActor", "lastUpdatedByActor"
    ]
    _Enum140 = Literal[
        "MISSING_METADATA",
        "READY_TO_SUBMIT",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "DEVELOPER_ACTION_NEEDED",
        "PENDING_BINARY_APPROVAL",
        "APPROVED",
        "DEVELOPER_REMOVED_FROM_SALE",
        "REMOVED_FROM_SALE",
        "REJECTED",
    ]
    _Enum141 = Literal["referenceName", "-referenceName"]
    _Enum142 = Literal["name", "customAppName", "locale", "state", "subscriptionGroup"]
    _Enum143 = Literal["version", "state", "subscriptionGroup", "localizations"]
    _Enum144 = Literal["subscriptions", "subscriptionGroupLocalizations", "versions"]
    _Enum145 = Literal["enabled", "eventTypes", "name", "url", "app", "deliveries"]
    _Enum146 = Literal["app"]


class Apps(SyncAPIResource):
    """``client.apps``: /v1/apps"""

    @cached_property
    def accessibility_declarations(self) -> AppsAccessibilityDeclarations:
        return AppsAccessibilityDeclarations(self._client)

    @cached_property
    def alternative_distribution_key(self) -> AppsAlternativeDistributionKey:
        return AppsAlternativeDistributionKey(self._client)

    @cached_property
    def analytics_report_requests(self) -> AppsAnalyticsReportRequests:
        return AppsAnalyticsReportRequests(self._client)

    @cached_property
    def android_to_ios_app_mapping_details(self) -> AppsAndroidToIosAppMappingDetails:
        return AppsAndroidToIosAppMappingDetails(self._client)

    @cached_property
    def app_availability_v2(self) -> AppsAppAvailabilityV2:
        return AppsAppAvailabilityV2(self._client)

    @cached_property
    def app_clips(self) -> AppsAppClips:
        return AppsAppClips(self._client)

    @cached_property
    def app_custom_product_pages(self) -> AppsAppCustomProductPages:
        return AppsAppCustomProductPages(self._client)

    @cached_property
    def app_encryption_declarations(self) -> AppsAppEncryptionDeclarations:
        return AppsAppEncryptionDeclarations(self._client)

    @cached_property
    def app_events(self) -> AppsAppEvents:
        return AppsAppEvents(self._client)

    @cached_property
    def app_infos(self) -> AppsAppInfos:
        return AppsAppInfos(self._client)

    @cached_property
    def app_price_points(self) -> AppsAppPricePoints:
        return AppsAppPricePoints(self._client)

    @cached_property
    def app_price_schedule(self) -> AppsAppPriceSchedule:
        return AppsAppPriceSchedule(self._client)

    @cached_property
    def app_store_version_experiments_v2(self) -> AppsAppStoreVersionExperimentsV2:
        return AppsAppStoreVersionExperimentsV2(self._client)

    @cached_property
    def app_store_versions(self) -> AppsAppStoreVersions:
        return AppsAppStoreVersions(self._client)

    @cached_property
    def app_tags(self) -> AppsAppTags:
        return AppsAppTags(self._client)

    @cached_property
    def background_assets(self) -> AppsBackgroundAssets:
        return AppsBackgroundAssets(self._client)

    @cached_property
    def beta_app_localizations(self) -> AppsBetaAppLocalizations:
        return AppsBetaAppLocalizations(self._client)

    @cached_property
    def beta_app_review_detail(self) -> AppsBetaAppReviewDetail:
        return AppsBetaAppReviewDetail(self._client)

    @cached_property
    def beta_feedback_crash_submissions(self) -> AppsBetaFeedbackCrashSubmissions:
        return AppsBetaFeedbackCrashSubmissions(self._client)

    @cached_property
    def beta_feedback_screenshot_submissions(self) -> AppsBetaFeedbackScreenshotSubmissions:
        return AppsBetaFeedbackScreenshotSubmissions(self._client)

    @cached_property
    def beta_groups(self) -> AppsBetaGroups:
        return AppsBetaGroups(self._client)

    @cached_property
    def beta_license_agreement(self) -> AppsBetaLicenseAgreement:
        return AppsBetaLicenseAgreement(self._client)

    @cached_property
    def beta_tester_usages(self) -> AppsBetaTesterUsages:
        return AppsBetaTesterUsages(self._client)

    @cached_property
    def beta_testers(self) -> AppsBetaTesters:
        return AppsBetaTesters(self._client)

    @cached_property
    def build_uploads(self) -> AppsBuildUploads:
        return AppsBuildUploads(self._client)

    @cached_property
    def builds(self) -> AppsBuilds:
        return AppsBuilds(self._client)

    @cached_property
    def ci_product(self) -> AppsCiProduct:
        return AppsCiProduct(self._client)

    @cached_property
    def customer_review_summarizations(self) -> AppsCustomerReviewSummarizations:
        return AppsCustomerReviewSummarizations(self._client)

    @cached_property
    def customer_reviews(self) -> AppsCustomerReviews:
        return AppsCustomerReviews(self._client)

    @cached_property
    def end_user_license_agreement(self) -> AppsEndUserLicenseAgreement:
        return AppsEndUserLicenseAgreement(self._client)

    @cached_property
    def game_center_detail(self) -> AppsGameCenterDetail:
        return AppsGameCenterDetail(self._client)

    @cached_property
    def game_center_enabled_versions(self) -> AppsGameCenterEnabledVersions:
        return AppsGameCenterEnabledVersions(self._client)

    @cached_property
    def in_app_purchases(self) -> AppsInAppPurchases:
        return AppsInAppPurchases(self._client)

    @cached_property
    def in_app_purchases_v2(self) -> AppsInAppPurchasesV2:
        return AppsInAppPurchasesV2(self._client)

    @cached_property
    def marketplace_search_detail(self) -> AppsMarketplaceSearchDetail:
        return AppsMarketplaceSearchDetail(self._client)

    @cached_property
    def perf_power_metrics(self) -> AppsPerfPowerMetrics:
        return AppsPerfPowerMetrics(self._client)

    @cached_property
    def pre_release_versions(self) -> AppsPreReleaseVersions:
        return AppsPreReleaseVersions(self._client)

    @cached_property
    def promoted_purchases(self) -> AppsPromotedPurchases:
        return AppsPromotedPurchases(self._client)

    @cached_property
    def review_submissions(self) -> AppsReviewSubmissions:
        return AppsReviewSubmissions(self._client)

    @cached_property
    def search_keywords(self) -> AppsSearchKeywords:
        return AppsSearchKeywords(self._client)

    @cached_property
    def subscription_grace_period(self) -> AppsSubscriptionGracePeriod:
        return AppsSubscriptionGracePeriod(self._client)

    @cached_property
    def subscription_groups(self) -> AppsSubscriptionGroups:
        return AppsSubscriptionGroups(self._client)

    @cached_property
    def webhooks(self) -> AppsWebhooks:
        return AppsWebhooks(self._client)

    def get(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_app_encryption_declarations: Sequence[_Enum1] | None = None,
        fields_build_icons: Sequence[_Enum2] | None = None,
        fields_ci_products: Sequence[_Enum3] | None = None,
        fields_beta_groups: Sequence[_Enum4] | None = None,
        fields_app_store_versions: Sequence[_Enum5] | None = None,
        fields_pre_release_versions: Sequence[_Enum6] | None = None,
        fields_beta_app_localizations: Sequence[_Enum7] | None = None,
        fields_builds: Sequence[_Enum8] | None = None,
        fields_beta_license_agreements: Sequence[_Enum9] | None = None,
        fields_beta_app_review_details: Sequence[_Enum10] | None = None,
        fields_app_infos: Sequence[_Enum11] | None = None,
        fields_app_clips: Sequence[_Enum12] | None = None,
        fields_end_user_license_agreements: Sequence[_Enum13] | None = None,
        fields_in_app_purchases: Sequence[_Enum14] | None = None,
        fields_subscription_groups: Sequence[_Enum15] | None = None,
        fields_game_center_enabled_versions: Sequence[_Enum16] | None = None,
        fields_app_custom_product_pages: Sequence[_Enum17] | None = None,
        fields_promoted_purchases: Sequence[_Enum18] | None = None,
        fields_app_events: Sequence[_Enum19] | None = None,
        fields_review_submissions: Sequence[_Enum20] | None = None,
        fields_subscription_grace_periods: Sequence[_Enum21] | None = None,
        fields_game_center_details: Sequence[_Enum22] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum23] | None = None,
        fields_android_to_ios_app_mapping_details: Sequence[_Enum24] | None = None,
        include: Sequence[_Enum25] | None = None,
        limit_android_to_ios_app_mapping_details: int | None = None,
        limit_app_clips: int | None = None,
        limit_app_custom_product_pages: int | None = None,
        limit_app_encryption_declarations: int | None = None,
        limit_app_events: int | None = None,
        limit_app_infos: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        limit_app_store_versions: int | None = None,
        limit_beta_app_localizations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_builds: int | None = None,
        limit_game_center_enabled_versions: int | None = None,
        limit_in_app_purchases: int | None = None,
        limit_in_app_purchases_v2: int | None = None,
        limit_pre_release_versions: int | None = None,
        limit_promoted_purchases: int | None = None,
        limit_review_submissions: int | None = None,
        limit_subscription_groups: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppResponse:
        """apps_getInstance

        GET /v1/apps/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_
        """
        from ascapi.models.app_response import AppResponse

        return self._client._call(
            "GET",
            path("/v1/apps/{id}", id=id),
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
                "limit[androidToIosAppMappingDetails]": limit_android_to_ios_app_mapping_details,
                "limit[appClips]": limit_app_clips,
                "limit[appCustomProductPages]": limit_app_custom_product_pages,
                "limit[appEncryptionDeclarations]": limit_app_encryption_declarations,
                "limit[appEvents]": limit_app_events,
                "limit[appInfos]": limit_app_infos,
                "limit[appStoreVersionExperimentsV2]": limit_app_store_version_experiments_v2,
                "limit[appStoreVersions]": limit_app_store_versions,
                "limit[betaAppLocalizations]": limit_beta_app_localizations,
                "limit[betaGroups]": limit_beta_groups,
                "limit[builds]": limit_builds,
                "limit[gameCenterEnabledVersions]": limit_game_center_enabled_versions,
                "limit[inAppPurchases]": limit_in_app_purchases,
                "limit[inAppPurchasesV2]": limit_in_app_purchases_v2,
                "limit[preReleaseVersions]": limit_pre_release_versions,
                "limit[promotedPurchases]": limit_promoted_purchases,
                "limit[reviewSubmissions]": limit_review_submissions,
                "limit[subscriptionGroups]": limit_subscription_groups,
            },
            maxima={
                "limit[androidToIosAppMappingDetails]": 50,
                "limit[appClips]": 50,
                "limit[appCustomProductPages]": 50,
                "limit[appEncryptionDeclarations]": 50,
                "limit[appEvents]": 50,
                "limit[appInfos]": 50,
                "limit[appStoreVersionExperimentsV2]": 50,
                "limit[appStoreVersions]": 50,
                "limit[betaAppLocalizations]": 50,
                "limit[betaGroups]": 50,
                "limit[builds]": 50,
                "limit[gameCenterEnabledVersions]": 50,
                "limit[inAppPurchases]": 50,
                "limit[inAppPurchasesV2]": 50,
                "limit[preReleaseVersions]": 50,
                "limit[promotedPurchases]": 50,
                "limit[reviewSubmissions]": 50,
                "limit[subscriptionGroups]": 50,
            },
            response_type=AppResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_name: Sequence[str] | None = None,
        filter_bundle_id: Sequence[str] | None = None,
        filter_sku: Sequence[str] | None = None,
        filter_app_store_versions_app_store_state: Sequence[_Enum26] | None = None,
        filter_app_store_versions_platform: Sequence[_Enum27] | None = None,
        filter_app_store_versions_app_version_state: Sequence[_Enum28] | None = None,
        filter_review_submissions_state: Sequence[_Enum29] | None = None,
        filter_review_submissions_platform: Sequence[_Enum27] | None = None,
        filter_app_store_versions: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        exists_game_center_enabled_versions: bool | None = None,
        sort: Sequence[_Enum30] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_app_encryption_declarations: Sequence[_Enum1] | None = None,
        fields_build_icons: Sequence[_Enum2] | None = None,
        fields_ci_products: Sequence[_Enum3] | None = None,
        fields_beta_groups: Sequence[_Enum4] | None = None,
        fields_app_store_versions: Sequence[_Enum5] | None = None,
        fields_pre_release_versions: Sequence[_Enum6] | None = None,
        fields_beta_app_localizations: Sequence[_Enum7] | None = None,
        fields_builds: Sequence[_Enum8] | None = None,
        fields_beta_license_agreements: Sequence[_Enum9] | None = None,
        fields_beta_app_review_details: Sequence[_Enum10] | None = None,
        fields_app_infos: Sequence[_Enum11] | None = None,
        fields_app_clips: Sequence[_Enum12] | None = None,
        fields_end_user_license_agreements: Sequence[_Enum13] | None = None,
        fields_in_app_purchases: Sequence[_Enum14] | None = None,
        fields_subscription_groups: Sequence[_Enum15] | None = None,
        fields_game_center_enabled_versions: Sequence[_Enum16] | None = None,
        fields_app_custom_product_pages: Sequence[_Enum17] | None = None,
        fields_promoted_purchases: Sequence[_Enum18] | None = None,
        fields_app_events: Sequence[_Enum19] | None = None,
        fields_review_submissions: Sequence[_Enum20] | None = None,
        fields_subscription_grace_periods: Sequence[_Enum21] | None = None,
        fields_game_center_details: Sequence[_Enum22] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum23] | None = None,
        fields_android_to_ios_app_mapping_details: Sequence[_Enum24] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum25] | None = None,
        limit_android_to_ios_app_mapping_details: int | None = None,
        limit_app_clips: int | None = None,
        limit_app_custom_product_pages: int | None = None,
        limit_app_encryption_declarations: int | None = None,
        limit_app_events: int | None = None,
        limit_app_infos: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        limit_app_store_versions: int | None = None,
        limit_beta_app_localizations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_builds: int | None = None,
        limit_game_center_enabled_versions: int | None = None,
        limit_in_app_purchases: int | None = None,
        limit_in_app_purchases_v2: int | None = None,
        limit_pre_release_versions: int | None = None,
        limit_promoted_purchases: int | None = None,
        limit_review_submissions: int | None = None,
        limit_subscription_groups: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppsResponse, App]:
        """apps_getCollection

        GET /v1/apps

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps
        """
        from ascapi.models.apps_response import AppsResponse

        return self._client._get_page(
            "/v1/apps",
            params={
                "filter[name]": filter_name,
                "filter[bundleId]": filter_bundle_id,
                "filter[sku]": filter_sku,
                "filter[appStoreVersions.appStoreState]": filter_app_store_versions_app_store_state,
                "filter[appStoreVersions.platform]": filter_app_store_versions_platform,
                "filter[appStoreVersions.appVersionState]": filter_app_store_versions_app_version_state,
                "filter[reviewSubmissions.state]": filter_review_submissions_state,
                "filter[reviewSubmissions.platform]": filter_review_submissions_platform,
                "filter[appStoreVersions]": filter_app_store_versions,
                "filter[id]": filter_id,
                "exists[gameCenterEnabledVersions]": exists_game_center_enabled_versions,
                "sort": sort,
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
                "limit": limit,
                "include": include,
                "limit[androidToIosAppMappingDetails]": limit_android_to_ios_app_mapping_details,
                "limit[appClips]": limit_app_clips,
                "limit[appCustomProductPages]": limit_app_custom_product_pages,
                "limit[appEncryptionDeclarations]": limit_app_encryption_declarations,
                "limit[appEvents]": limit_app_events,
                "limit[appInfos]": limit_app_infos,
                "limit[appStoreVersionExperimentsV2]": limit_app_store_version_experiments_v2,
                "limit[appStoreVersions]": limit_app_store_versions,
                "limit[betaAppLocalizations]": limit_beta_app_localizations,
                "limit[betaGroups]": limit_beta_groups,
                "limit[builds]": limit_builds,
                "limit[gameCenterEnabledVersions]": limit_game_center_enabled_versions,
                "limit[inAppPurchases]": limit_in_app_purchases,
                "limit[inAppPurchasesV2]": limit_in_app_purchases_v2,
                "limit[preReleaseVersions]": limit_pre_release_versions,
                "limit[promotedPurchases]": limit_promoted_purchases,
                "limit[reviewSubmissions]": limit_review_submissions,
                "limit[subscriptionGroups]": limit_subscription_groups,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[androidToIosAppMappingDetails]": 50,
                "limit[appClips]": 50,
                "limit[appCustomProductPages]": 50,
                "limit[appEncryptionDeclarations]": 50,
                "limit[appEvents]": 50,
                "limit[appInfos]": 50,
                "limit[appStoreVersionExperimentsV2]": 50,
                "limit[appStoreVersions]": 50,
                "limit[betaAppLocalizations]": 50,
                "limit[betaGroups]": 50,
                "limit[builds]": 50,
                "limit[gameCenterEnabledVersions]": 50,
                "limit[inAppPurchases]": 50,
                "limit[inAppPurchasesV2]": 50,
                "limit[preReleaseVersions]": 50,
                "limit[promotedPurchases]": 50,
                "limit[reviewSubmissions]": 50,
                "limit[subscriptionGroups]": 50,
            },
            response_type=AppsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppUpdateRequest | Mapping[str, Any] | None = None,
        accessibility_url: str | None | UnsetType = UNSET,
        bundle_id: str | None | UnsetType = UNSET,
        primary_locale: str | None | UnsetType = UNSET,
        subscription_status_url: str | None | UnsetType = UNSET,
        subscription_status_url_version: _Enum31 | str | None | UnsetType = UNSET,
        subscription_status_url_for_sandbox: str | None | UnsetType = UNSET,
        subscription_status_url_version_for_sandbox: _Enum31 | str | None | UnsetType = UNSET,
        content_rights_declaration: _Enum32 | str | None | UnsetType = UNSET,
        streamlined_purchasing_enabled: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppResponse:
        """apps_updateInstance

        PATCH /v1/apps/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-apps-_id_
        """
        from ascapi.models.app_response import AppResponse

        body = _support.document(
            body,
            accessibility_url is not UNSET
            or bundle_id is not UNSET
            or primary_locale is not UNSET
            or subscription_status_url is not UNSET
            or subscription_status_url_version is not UNSET
            or subscription_status_url_for_sandbox is not UNSET
            or subscription_status_url_version_for_sandbox is not UNSET
            or content_rights_declaration is not UNSET
            or streamlined_purchasing_enabled is not UNSET,
            "apps",
            id,
            {
                "accessibilityUrl": accessibility_url,
                "bundleId": bundle_id,
                "primaryLocale": primary_locale,
                "subscriptionStatusUrl": subscription_status_url,
                "subscriptionStatusUrlVersion": subscription_status_url_version,
                "subscriptionStatusUrlForSandbox": subscription_status_url_for_sandbox,
                "subscriptionStatusUrlVersionForSandbox": subscription_status_url_version_for_sandbox,
                "contentRightsDeclaration": content_rights_declaration,
                "streamlinedPurchasingEnabled": streamlined_purchasing_enabled,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/apps/{id}", id=id),
            body=body,
            response_type=AppResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsAccessibilityDeclarations(SyncAPIResource):
    """``client.apps.accessibility_declarations``: /v1/apps"""

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
        AppAccessibilityDeclarationsLinkagesResponse,
        AppAccessibilityDeclarationsLinkagesResponseData,
    ]:
        """apps_accessibilityDeclarations_getToManyRelationship

        GET /v1/apps/{id}/relationships/accessibilityDeclarations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-accessibilitydeclarations
        """
        from ascapi.models.app_accessibility_declarations_linkages_response import (
            AppAccessibilityDeclarationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/accessibilityDeclarations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAccessibilityDeclarationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_device_family: Sequence[_Enum33] | None = None,
        filter_state: Sequence[_Enum34] | None = None,
        fields_accessibility_declarations: Sequence[_Enum35] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AccessibilityDeclarationsResponse, AccessibilityDeclaration]:
        """apps_accessibilityDeclarations_getToManyRelated

        GET /v1/apps/{id}/accessibilityDeclarations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-accessibilitydeclarations
        """
        from ascapi.models.accessibility_declarations_response import (
            AccessibilityDeclarationsResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/accessibilityDeclarations", id=id),
            params={
                "filter[deviceFamily]": filter_device_family,
                "filter[state]": filter_state,
                "fields[accessibilityDeclarations]": fields_accessibility_declarations,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AccessibilityDeclarationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsAlternativeDistributionKey(SyncAPIResource):
    """``client.apps.alternative_distribution_key``: /v1/apps"""

    def get(
        self,
        id: str,
        *,
        fields_alternative_distribution_keys: Sequence[_Enum36] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AlternativeDistributionKeyResponse:
        """apps_alternativeDistributionKey_getToOneRelated

        GET /v1/apps/{id}/alternativeDistributionKey

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-alternativedistributionkey
        """
        from ascapi.models.alternative_distribution_key_response import (
            AlternativeDistributionKeyResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/alternativeDistributionKey", id=id),
            params={"fields[alternativeDistributionKeys]": fields_alternative_distribution_keys},
            response_type=AlternativeDistributionKeyResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppAlternativeDistributionKeyLinkageResponse:
        """apps_alternativeDistributionKey_getToOneRelationship

        GET /v1/apps/{id}/relationships/alternativeDistributionKey

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-alternativedistributionkey
        """
        from ascapi.models.app_alternative_distribution_key_linkage_response import (
            AppAlternativeDistributionKeyLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/relationships/alternativeDistributionKey", id=id),
            response_type=AppAlternativeDistributionKeyLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsAnalyticsReportRequests(SyncAPIResource):
    """``client.apps.analytics_report_requests``: /v1/apps"""

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
        AppAnalyticsReportRequestsLinkagesResponse, AppAnalyticsReportRequestsLinkagesResponseData
    ]:
        """apps_analyticsReportRequests_getToManyRelationship

        GET /v1/apps/{id}/relationships/analyticsReportRequests

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-analyticsreportrequests
        """
        from ascapi.models.app_analytics_report_requests_linkages_response import (
            AppAnalyticsReportRequestsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/analyticsReportRequests", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAnalyticsReportRequestsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_access_type: Sequence[_Enum37] | None = None,
        fields_analytics_report_requests: Sequence[_Enum38] | None = None,
        fields_analytics_reports: Sequence[_Enum39] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum40] | None = None,
        limit_reports: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AnalyticsReportRequestsResponse, AnalyticsReportRequest]:
        """apps_analyticsReportRequests_getToManyRelated

        GET /v1/apps/{id}/analyticsReportRequests

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-analyticsreportrequests
        """
        from ascapi.models.analytics_report_requests_response import AnalyticsReportRequestsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/analyticsReportRequests", id=id),
            params={
                "filter[accessType]": filter_access_type,
                "fields[analyticsReportRequests]": fields_analytics_report_requests,
                "fields[analyticsReports]": fields_analytics_reports,
                "limit": limit,
                "include": include,
                "limit[reports]": limit_reports,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[reports]": 50},
            response_type=AnalyticsReportRequestsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsAndroidToIosAppMappingDetails(SyncAPIResource):
    """``client.apps.android_to_ios_app_mapping_details``: /v1/apps"""

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
        AppAndroidToIosAppMappingDetailsLinkagesResponse,
        AppAndroidToIosAppMappingDetailsLinkagesResponseData,
    ]:
        """apps_androidToIosAppMappingDetails_getToManyRelationship

        GET /v1/apps/{id}/relationships/androidToIosAppMappingDetails

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-androidtoiosappmappingdetails
        """
        from ascapi.models.app_android_to_ios_app_mapping_details_linkages_response import (
            AppAndroidToIosAppMappingDetailsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/androidToIosAppMappingDetails", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAndroidToIosAppMappingDetailsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_android_to_ios_app_mapping_details: Sequence[_Enum24] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AndroidToIosAppMappingDetailsResponse, AndroidToIosAppMappingDetail]:
        """apps_androidToIosAppMappingDetails_getToManyRelated

        GET /v1/apps/{id}/androidToIosAppMappingDetails

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-androidtoiosappmappingdetails
        """
        from ascapi.models.android_to_ios_app_mapping_details_response import (
            AndroidToIosAppMappingDetailsResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/androidToIosAppMappingDetails", id=id),
            params={
                "fields[androidToIosAppMappingDetails]": fields_android_to_ios_app_mapping_details,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AndroidToIosAppMappingDetailsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsAppAvailabilityV2(SyncAPIResource):
    """``client.apps.app_availability_v2``: /v1/apps"""

    def get(
        self,
        id: str,
        *,
        fields_app_availabilities: Sequence[_Enum41] | None = None,
        fields_territory_availabilities: Sequence[_Enum42] | None = None,
        include: Sequence[_Enum43] | None = None,
        limit_territory_availabilities: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppAvailabilityV2Response:
        """apps_appAvailabilityV2_getToOneRelated

        GET /v1/apps/{id}/appAvailabilityV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appavailabilityv2
        """
        from ascapi.models.app_availability_v2_response import AppAvailabilityV2Response

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/appAvailabilityV2", id=id),
            params={
                "fields[appAvailabilities]": fields_app_availabilities,
                "fields[territoryAvailabilities]": fields_territory_availabilities,
                "include": include,
                "limit[territoryAvailabilities]": limit_territory_availabilities,
            },
            maxima={"limit[territoryAvailabilities]": 50},
            response_type=AppAvailabilityV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppAppAvailabilityV2LinkageResponse:
        """apps_appAvailabilityV2_getToOneRelationship

        GET /v1/apps/{id}/relationships/appAvailabilityV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appavailabilityv2
        """
        from ascapi.models.app_app_availability_v2_linkage_response import (
            AppAppAvailabilityV2LinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/relationships/appAvailabilityV2", id=id),
            response_type=AppAppAvailabilityV2LinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsAppClips(SyncAPIResource):
    """``client.apps.app_clips``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppAppClipsLinkagesResponse, AppAppClipsLinkagesResponseData]:
        """apps_appClips_getToManyRelationship

        GET /v1/apps/{id}/relationships/appClips

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appclips
        """
        from ascapi.models.app_app_clips_linkages_response import AppAppClipsLinkagesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/appClips", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAppClipsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_bundle_id: Sequence[str] | None = None,
        fields_app_clips: Sequence[_Enum12] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum44] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum45] | None = None,
        limit_app_clip_default_experiences: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppClipsResponse, AppClip]:
        """apps_appClips_getToManyRelated

        GET /v1/apps/{id}/appClips

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appclips
        """
        from ascapi.models.app_clips_response import AppClipsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/appClips", id=id),
            params={
                "filter[bundleId]": filter_bundle_id,
                "fields[appClips]": fields_app_clips,
                "fields[apps]": fields_apps,
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "limit": limit,
                "include": include,
                "limit[appClipDefaultExperiences]": limit_app_clip_default_experiences,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[appClipDefaultExperiences]": 50},
            response_type=AppClipsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsAppCustomProductPages(SyncAPIResource):
    """``client.apps.app_custom_product_pages``: /v1/apps"""

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
        AppAppCustomProductPagesLinkagesResponse, AppAppCustomProductPagesLinkagesResponseData
    ]:
        """apps_appCustomProductPages_getToManyRelationship

        GET /v1/apps/{id}/relationships/appCustomProductPages

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appcustomproductpages
        """
        from ascapi.models.app_app_custom_product_pages_linkages_response import (
            AppAppCustomProductPagesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/appCustomProductPages", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAppCustomProductPagesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_visible: Sequence[str] | None = None,
        fields_app_custom_product_pages: Sequence[_Enum17] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_app_custom_product_page_versions: Sequence[_Enum46] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum47] | None = None,
        limit_app_custom_product_page_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppCustomProductPagesResponse, AppCustomProductPage]:
        """apps_appCustomProductPages_getToManyRelated

        GET /v1/apps/{id}/appCustomProductPages

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appcustomproductpages
        """
        from ascapi.models.app_custom_product_pages_response import AppCustomProductPagesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/appCustomProductPages", id=id),
            params={
                "filter[visible]": filter_visible,
                "fields[appCustomProductPages]": fields_app_custom_product_pages,
                "fields[apps]": fields_apps,
                "fields[appCustomProductPageVersions]": fields_app_custom_product_page_versions,
                "limit": limit,
                "include": include,
                "limit[appCustomProductPageVersions]": limit_app_custom_product_page_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[appCustomProductPageVersions]": 50},
            response_type=AppCustomProductPagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsAppEncryptionDeclarations(SyncAPIResource):
    """``client.apps.app_encryption_declarations``: /v1/apps"""

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
        AppAppEncryptionDeclarationsLinkagesResponse,
        AppAppEncryptionDeclarationsLinkagesResponseData,
    ]:
        """apps_appEncryptionDeclarations_getToManyRelationship

        GET /v1/apps/{id}/relationships/appEncryptionDeclarations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appencryptiondeclarations
        """
        from ascapi.models.app_app_encryption_declarations_linkages_response import (
            AppAppEncryptionDeclarationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/appEncryptionDeclarations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAppEncryptionDeclarationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_platform: Sequence[_Enum27] | None = None,
        filter_builds: Sequence[str] | None = None,
        fields_app_encryption_declarations: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum8] | None = None,
        fields_app_encryption_declaration_documents: Sequence[_Enum48] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum49] | None = None,
        limit_builds: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppEncryptionDeclarationsResponse, AppEncryptionDeclaration]:
        """apps_appEncryptionDeclarations_getToManyRelated

        GET /v1/apps/{id}/appEncryptionDeclarations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appencryptiondeclarations
        """
        from ascapi.models.app_encryption_declarations_response import (
            AppEncryptionDeclarationsResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/appEncryptionDeclarations", id=id),
            params={
                "filter[platform]": filter_platform,
                "filter[builds]": filter_builds,
                "fields[appEncryptionDeclarations]": fields_app_encryption_declarations,
                "fields[apps]": fields_apps,
                "fields[builds]": fields_builds,
                "fields[appEncryptionDeclarationDocuments]": fields_app_encryption_declaration_documents,
                "limit": limit,
                "include": include,
                "limit[builds]": limit_builds,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[builds]": 50},
            response_type=AppEncryptionDeclarationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsAppEvents(SyncAPIResource):
    """``client.apps.app_events``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppAppEventsLinkagesResponse, AppAppEventsLinkagesResponseData]:
        """apps_appEvents_getToManyRelationship

        GET /v1/apps/{id}/relationships/appEvents

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appevents
        """
        from ascapi.models.app_app_events_linkages_response import AppAppEventsLinkagesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/appEvents", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAppEventsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_event_state: Sequence[_Enum50] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_app_events: Sequence[_Enum19] | None = None,
        fields_app_event_localizations: Sequence[_Enum51] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum52] | None = None,
        limit_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppEventsResponse, AppEvent]:
        """apps_appEvents_getToManyRelated

        GET /v1/apps/{id}/appEvents

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appevents
        """
        from ascapi.models.app_events_response import AppEventsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/appEvents", id=id),
            params={
                "filter[eventState]": filter_event_state,
                "filter[id]": filter_id,
                "fields[appEvents]": fields_app_events,
                "fields[appEventLocalizations]": fields_app_event_localizations,
                "limit": limit,
                "include": include,
                "limit[localizations]": limit_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[localizations]": 50},
            response_type=AppEventsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsAppInfos(SyncAPIResource):
    """``client.apps.app_infos``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppAppInfosLinkagesResponse, AppAppInfosLinkagesResponseData]:
        """apps_appInfos_getToManyRelationship

        GET /v1/apps/{id}/relationships/appInfos

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appinfos
        """
        from ascapi.models.app_app_infos_linkages_response import AppAppInfosLinkagesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/appInfos", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAppInfosLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_app_infos: Sequence[_Enum11] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_age_rating_declarations: Sequence[_Enum53] | None = None,
        fields_app_info_localizations: Sequence[_Enum54] | None = None,
        fields_app_categories: Sequence[_Enum55] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum56] | None = None,
        limit_app_info_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppInfosResponse, AppInfo]:
        """apps_appInfos_getToManyRelated

        GET /v1/apps/{id}/appInfos

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appinfos
        """
        from ascapi.models.app_infos_response import AppInfosResponse

        return self._client._get_page(
            path("/v1/apps/{id}/appInfos", id=id),
            params={
                "fields[appInfos]": fields_app_infos,
                "fields[apps]": fields_apps,
                "fields[ageRatingDeclarations]": fields_age_rating_declarations,
                "fields[appInfoLocalizations]": fields_app_info_localizations,
                "fields[appCategories]": fields_app_categories,
                "limit": limit,
                "include": include,
                "limit[appInfoLocalizations]": limit_app_info_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[appInfoLocalizations]": 50},
            response_type=AppInfosResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsAppPricePoints(SyncAPIResource):
    """``client.apps.app_price_points``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppAppPricePointsLinkagesResponse, AppAppPricePointsLinkagesResponseData]:
        """apps_appPricePoints_getToManyRelationship

        GET /v1/apps/{id}/relationships/appPricePoints

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-apppricepoints
        """
        from ascapi.models.app_app_price_points_linkages_response import (
            AppAppPricePointsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/appPricePoints", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAppPricePointsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_app_price_points: Sequence[_Enum57] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum58] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum59] | None = None,
        cursor: str | None = None,
        accept: Literal["text/csv"],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str: ...

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_app_price_points: Sequence[_Enum57] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum58] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum59] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppPricePointsV3Response, AppPricePointV3]: ...

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_app_price_points: Sequence[_Enum57] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum58] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum59] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json", "text/csv"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppPricePointsV3Response, AppPricePointV3] | str:
        """apps_appPricePoints_getToManyRelated

        GET /v1/apps/{id}/appPricePoints

        ``accept="text/csv"`` returns the CSV text instead of a page of JSON.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apppricepoints
        """
        from ascapi.models.app_price_points_v3_response import AppPricePointsV3Response

        if accept == "text/csv":
            return self._client._call(
                "GET",
                path("/v1/apps/{id}/appPricePoints", id=id),
                params={
                    "filter[territory]": filter_territory,
                    "fields[appPricePoints]": fields_app_price_points,
                    "fields[apps]": fields_apps,
                    "fields[territories]": fields_territories,
                    "limit": limit,
                    "include": include,
                    "cursor": cursor,
                },
                maxima={"limit": 200},
                result="text",
                accept="text/csv",
                options=options(extra_headers, extra_query, timeout),
            )
        return self._client._get_page(
            path("/v1/apps/{id}/appPricePoints", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[appPricePoints]": fields_app_price_points,
                "fields[apps]": fields_apps,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppPricePointsV3Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsAppPriceSchedule(SyncAPIResource):
    """``client.apps.app_price_schedule``: /v1/apps"""

    def get(
        self,
        id: str,
        *,
        fields_app_price_schedules: Sequence[_Enum60] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum58] | None = None,
        fields_app_prices: Sequence[_Enum61] | None = None,
        include: Sequence[_Enum60] | None = None,
        limit_manual_prices: int | None = None,
        limit_automatic_prices: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppPriceScheduleResponse:
        """apps_appPriceSchedule_getToOneRelated

        GET /v1/apps/{id}/appPriceSchedule

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apppriceschedule
        """
        from ascapi.models.app_price_schedule_response import AppPriceScheduleResponse

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/appPriceSchedule", id=id),
            params={
                "fields[appPriceSchedules]": fields_app_price_schedules,
                "fields[apps]": fields_apps,
                "fields[territories]": fields_territories,
                "fields[appPrices]": fields_app_prices,
                "include": include,
                "limit[manualPrices]": limit_manual_prices,
                "limit[automaticPrices]": limit_automatic_prices,
            },
            maxima={"limit[manualPrices]": 50, "limit[automaticPrices]": 50},
            response_type=AppPriceScheduleResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppAppPriceScheduleLinkageResponse:
        """apps_appPriceSchedule_getToOneRelationship

        GET /v1/apps/{id}/relationships/appPriceSchedule

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-apppriceschedule
        """
        from ascapi.models.app_app_price_schedule_linkage_response import (
            AppAppPriceScheduleLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/relationships/appPriceSchedule", id=id),
            response_type=AppAppPriceScheduleLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsAppStoreVersionExperimentsV2(SyncAPIResource):
    """``client.apps.app_store_version_experiments_v2``: /v1/apps"""

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
        AppAppStoreVersionExperimentsV2LinkagesResponse,
        AppAppStoreVersionExperimentsV2LinkagesResponseData,
    ]:
        """apps_appStoreVersionExperimentsV2_getToManyRelationship

        GET /v1/apps/{id}/relationships/appStoreVersionExperimentsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appstoreversionexperimentsv2
        """
        from ascapi.models.app_app_store_version_experiments_v2_linkages_response import (
            AppAppStoreVersionExperimentsV2LinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/appStoreVersionExperimentsV2", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAppStoreVersionExperimentsV2LinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_state: Sequence[_Enum62] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum23] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_app_store_versions: Sequence[_Enum5] | None = None,
        fields_app_store_version_experiment_treatments: Sequence[_Enum63] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum64] | None = None,
        limit_control_versions: int | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppStoreVersionExperimentsV2Response, AppStoreVersionExperimentV2]:
        """apps_appStoreVersionExperimentsV2_getToManyRelated

        GET /v1/apps/{id}/appStoreVersionExperimentsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appstoreversionexperimentsv2
        """
        from ascapi.models.app_store_version_experiments_v2_response import (
            AppStoreVersionExperimentsV2Response,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/appStoreVersionExperimentsV2", id=id),
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


class AppsAppStoreVersions(SyncAPIResource):
    """``client.apps.app_store_versions``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppAppStoreVersionsLinkagesResponse, AppAppStoreVersionsLinkagesResponseData]:
        """apps_appStoreVersions_getToManyRelationship

        GET /v1/apps/{id}/relationships/appStoreVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appstoreversions
        """
        from ascapi.models.app_app_store_versions_linkages_response import (
            AppAppStoreVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/appStoreVersions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAppStoreVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_platform: Sequence[_Enum27] | None = None,
        filter_version_string: Sequence[str] | None = None,
        filter_app_store_state: Sequence[_Enum26] | None = None,
        filter_app_version_state: Sequence[_Enum28] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_app_store_versions: Sequence[_Enum5] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum65] | None = None,
        fields_builds: Sequence[_Enum8] | None = None,
        fields_app_store_version_phased_releases: Sequence[_Enum66] | None = None,
        fields_game_center_app_versions: Sequence[_Enum67] | None = None,
        fields_routing_app_coverages: Sequence[_Enum68] | None = None,
        fields_app_store_review_details: Sequence[_Enum69] | None = None,
        fields_app_store_version_submissions: Sequence[_Enum70] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum44] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum71] | None = None,
        fields_alternative_distribution_packages: Sequence[_Enum72] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum73] | None = None,
        limit_app_store_version_localizations: int | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppStoreVersionsResponse, AppStoreVersion]:
        """apps_appStoreVersions_getToManyRelated

        GET /v1/apps/{id}/appStoreVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appstoreversions
        """
        from ascapi.models.app_store_versions_response import AppStoreVersionsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/appStoreVersions", id=id),
            params={
                "filter[platform]": filter_platform,
                "filter[versionString]": filter_version_string,
                "filter[appStoreState]": filter_app_store_state,
                "filter[appVersionState]": filter_app_version_state,
                "filter[id]": filter_id,
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
                "limit": limit,
                "include": include,
                "limit[appStoreVersionLocalizations]": limit_app_store_version_localizations,
                "limit[appStoreVersionExperiments]": limit_app_store_version_experiments,
                "limit[appStoreVersionExperimentsV2]": limit_app_store_version_experiments_v2,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[appStoreVersionLocalizations]": 50,
                "limit[appStoreVersionExperiments]": 50,
                "limit[appStoreVersionExperimentsV2]": 50,
            },
            response_type=AppStoreVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsAppTags(SyncAPIResource):
    """``client.apps.app_tags``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppAppTagsLinkagesResponse, AppAppTagsLinkagesResponseData]:
        """apps_appTags_getToManyRelationship

        GET /v1/apps/{id}/relationships/appTags

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-apptags
        """
        from ascapi.models.app_app_tags_linkages_response import AppAppTagsLinkagesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/appTags", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAppTagsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_visible_in_app_store: Sequence[str] | None = None,
        sort: Sequence[_Enum74] | None = None,
        fields_app_tags: Sequence[_Enum75] | None = None,
        fields_territories: Sequence[_Enum58] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum76] | None = None,
        limit_territories: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppTagsResponse, AppTag]:
        """apps_appTags_getToManyRelated

        GET /v1/apps/{id}/appTags

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apptags
        """
        from ascapi.models.app_tags_response import AppTagsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/appTags", id=id),
            params={
                "filter[visibleInAppStore]": filter_visible_in_app_store,
                "sort": sort,
                "fields[appTags]": fields_app_tags,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "limit[territories]": limit_territories,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[territories]": 50},
            response_type=AppTagsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsBackgroundAssets(SyncAPIResource):
    """``client.apps.background_assets``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppBackgroundAssetsLinkagesResponse, AppBackgroundAssetsLinkagesResponseData]:
        """apps_backgroundAssets_getToManyRelationship

        GET /v1/apps/{id}/relationships/backgroundAssets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-backgroundassets
        """
        from ascapi.models.app_background_assets_linkages_response import (
            AppBackgroundAssetsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/backgroundAssets", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppBackgroundAssetsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_archived: Sequence[str] | None = None,
        filter_asset_pack_identifier: Sequence[str] | None = None,
        filter_versions_locale: Sequence[str] | None = None,
        filter_versions_platforms: Sequence[_Enum27] | None = None,
        sort: Sequence[_Enum77] | None = None,
        fields_background_assets: Sequence[_Enum78] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_background_asset_versions: Sequence[_Enum79] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum80] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BackgroundAssetsResponse, BackgroundAsset]:
        """apps_backgroundAssets_getToManyRelated

        GET /v1/apps/{id}/backgroundAssets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-backgroundassets
        """
        from ascapi.models.background_assets_response import BackgroundAssetsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/backgroundAssets", id=id),
            params={
                "filter[archived]": filter_archived,
                "filter[assetPackIdentifier]": filter_asset_pack_identifier,
                "filter[versions.locale]": filter_versions_locale,
                "filter[versions.platforms]": filter_versions_platforms,
                "sort": sort,
                "fields[backgroundAssets]": fields_background_assets,
                "fields[apps]": fields_apps,
                "fields[backgroundAssetVersions]": fields_background_asset_versions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BackgroundAssetsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsBetaAppLocalizations(SyncAPIResource):
    """``client.apps.beta_app_localizations``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppBetaAppLocalizationsLinkagesResponse, AppBetaAppLocalizationsLinkagesResponseData]:
        """apps_betaAppLocalizations_getToManyRelationship

        GET /v1/apps/{id}/relationships/betaAppLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betaapplocalizations
        """
        from ascapi.models.app_beta_app_localizations_linkages_response import (
            AppBetaAppLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/betaAppLocalizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppBetaAppLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_beta_app_localizations: Sequence[_Enum7] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaAppLocalizationsWithoutIncludesResponse, BetaAppLocalization]:
        """apps_betaAppLocalizations_getToManyRelated

        GET /v1/apps/{id}/betaAppLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betaapplocalizations
        """
        from ascapi.models.beta_app_localizations_without_includes_response import (
            BetaAppLocalizationsWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/betaAppLocalizations", id=id),
            params={
                "fields[betaAppLocalizations]": fields_beta_app_localizations,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaAppLocalizationsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsBetaAppReviewDetail(SyncAPIResource):
    """``client.apps.beta_app_review_detail``: /v1/apps"""

    def get(
        self,
        id: str,
        *,
        fields_beta_app_review_details: Sequence[_Enum10] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppReviewDetailWithoutIncludesResponse:
        """apps_betaAppReviewDetail_getToOneRelated

        GET /v1/apps/{id}/betaAppReviewDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betaappreviewdetail
        """
        from ascapi.models.beta_app_review_detail_without_includes_response import (
            BetaAppReviewDetailWithoutIncludesResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/betaAppReviewDetail", id=id),
            params={"fields[betaAppReviewDetails]": fields_beta_app_review_details},
            response_type=BetaAppReviewDetailWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppBetaAppReviewDetailLinkageResponse:
        """apps_betaAppReviewDetail_getToOneRelationship

        GET /v1/apps/{id}/relationships/betaAppReviewDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betaappreviewdetail
        """
        from ascapi.models.app_beta_app_review_detail_linkage_response import (
            AppBetaAppReviewDetailLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/relationships/betaAppReviewDetail", id=id),
            response_type=AppBetaAppReviewDetailLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsBetaFeedbackCrashSubmissions(SyncAPIResource):
    """``client.apps.beta_feedback_crash_submissions``: /v1/apps"""

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
        AppBetaFeedbackCrashSubmissionsLinkagesResponse,
        AppBetaFeedbackCrashSubmissionsLinkagesResponseData,
    ]:
        """apps_betaFeedbackCrashSubmissions_getToManyRelationship

        GET /v1/apps/{id}/relationships/betaFeedbackCrashSubmissions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betafeedbackcrashsubmissions
        """
        from ascapi.models.app_beta_feedback_crash_submissions_linkages_response import (
            AppBetaFeedbackCrashSubmissionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/betaFeedbackCrashSubmissions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppBetaFeedbackCrashSubmissionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_device_model: Sequence[str] | None = None,
        filter_os_version: Sequence[str] | None = None,
        filter_app_platform: Sequence[_Enum27] | None = None,
        filter_device_platform: Sequence[_Enum27] | None = None,
        filter_build: Sequence[str] | None = None,
        filter_build_pre_release_version: Sequence[str] | None = None,
        filter_tester: Sequence[str] | None = None,
        sort: Sequence[_Enum81] | None = None,
        fields_beta_feedback_crash_submissions: Sequence[_Enum82] | None = None,
        fields_builds: Sequence[_Enum8] | None = None,
        fields_beta_testers: Sequence[_Enum83] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum84] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaFeedbackCrashSubmissionsResponse, BetaFeedbackCrashSubmission]:
        """apps_betaFeedbackCrashSubmissions_getToManyRelated

        GET /v1/apps/{id}/betaFeedbackCrashSubmissions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betafeedbackcrashsubmissions
        """
        from ascapi.models.beta_feedback_crash_submissions_response import (
            BetaFeedbackCrashSubmissionsResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/betaFeedbackCrashSubmissions", id=id),
            params={
                "filter[deviceModel]": filter_device_model,
                "filter[osVersion]": filter_os_version,
                "filter[appPlatform]": filter_app_platform,
                "filter[devicePlatform]": filter_device_platform,
                "filter[build]": filter_build,
                "filter[build.preReleaseVersion]": filter_build_pre_release_version,
                "filter[tester]": filter_tester,
                "sort": sort,
                "fields[betaFeedbackCrashSubmissions]": fields_beta_feedback_crash_submissions,
                "fields[builds]": fields_builds,
                "fields[betaTesters]": fields_beta_testers,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaFeedbackCrashSubmissionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsBetaFeedbackScreenshotSubmissions(SyncAPIResource):
    """``client.apps.beta_feedback_screenshot_submissions``: /v1/apps"""

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
        AppBetaFeedbackScreenshotSubmissionsLinkagesResponse,
        AppBetaFeedbackScreenshotSubmissionsLinkagesResponseData,
    ]:
        """apps_betaFeedbackScreenshotSubmissions_getToManyRelationship

        GET /v1/apps/{id}/relationships/betaFeedbackScreenshotSubmissions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betafeedbackscreenshotsubmissions
        """
        from ascapi.models.app_beta_feedback_screenshot_submissions_linkages_response import (
            AppBetaFeedbackScreenshotSubmissionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/betaFeedbackScreenshotSubmissions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppBetaFeedbackScreenshotSubmissionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_device_model: Sequence[str] | None = None,
        filter_os_version: Sequence[str] | None = None,
        filter_app_platform: Sequence[_Enum27] | None = None,
        filter_device_platform: Sequence[_Enum27] | None = None,
        filter_build: Sequence[str] | None = None,
        filter_build_pre_release_version: Sequence[str] | None = None,
        filter_tester: Sequence[str] | None = None,
        sort: Sequence[_Enum81] | None = None,
        fields_beta_feedback_screenshot_submissions: Sequence[_Enum85] | None = None,
        fields_builds: Sequence[_Enum8] | None = None,
        fields_beta_testers: Sequence[_Enum83] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum84] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaFeedbackScreenshotSubmissionsResponse, BetaFeedbackScreenshotSubmission]:
        """apps_betaFeedbackScreenshotSubmissions_getToManyRelated

        GET /v1/apps/{id}/betaFeedbackScreenshotSubmissions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betafeedbackscreenshotsubmissions
        """
        from ascapi.models.beta_feedback_screenshot_submissions_response import (
            BetaFeedbackScreenshotSubmissionsResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/betaFeedbackScreenshotSubmissions", id=id),
            params={
                "filter[deviceModel]": filter_device_model,
                "filter[osVersion]": filter_os_version,
                "filter[appPlatform]": filter_app_platform,
                "filter[devicePlatform]": filter_device_platform,
                "filter[build]": filter_build,
                "filter[build.preReleaseVersion]": filter_build_pre_release_version,
                "filter[tester]": filter_tester,
                "sort": sort,
                "fields[betaFeedbackScreenshotSubmissions]": fields_beta_feedback_screenshot_submissions,
                "fields[builds]": fields_builds,
                "fields[betaTesters]": fields_beta_testers,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaFeedbackScreenshotSubmissionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsBetaGroups(SyncAPIResource):
    """``client.apps.beta_groups``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppBetaGroupsLinkagesResponse, AppBetaGroupsLinkagesResponseData]:
        """apps_betaGroups_getToManyRelationship

        GET /v1/apps/{id}/relationships/betaGroups

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betagroups
        """
        from ascapi.models.app_beta_groups_linkages_response import AppBetaGroupsLinkagesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/betaGroups", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppBetaGroupsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_beta_groups: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaGroupsWithoutIncludesResponse, BetaGroup]:
        """apps_betaGroups_getToManyRelated

        GET /v1/apps/{id}/betaGroups

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betagroups
        """
        from ascapi.models.beta_groups_without_includes_response import (
            BetaGroupsWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/betaGroups", id=id),
            params={"fields[betaGroups]": fields_beta_groups, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaGroupsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsBetaLicenseAgreement(SyncAPIResource):
    """``client.apps.beta_license_agreement``: /v1/apps"""

    def get(
        self,
        id: str,
        *,
        fields_beta_license_agreements: Sequence[_Enum9] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaLicenseAgreementWithoutIncludesResponse:
        """apps_betaLicenseAgreement_getToOneRelated

        GET /v1/apps/{id}/betaLicenseAgreement

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betalicenseagreement
        """
        from ascapi.models.beta_license_agreement_without_includes_response import (
            BetaLicenseAgreementWithoutIncludesResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/betaLicenseAgreement", id=id),
            params={"fields[betaLicenseAgreements]": fields_beta_license_agreements},
            response_type=BetaLicenseAgreementWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppBetaLicenseAgreementLinkageResponse:
        """apps_betaLicenseAgreement_getToOneRelationship

        GET /v1/apps/{id}/relationships/betaLicenseAgreement

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betalicenseagreement
        """
        from ascapi.models.app_beta_license_agreement_linkage_response import (
            AppBetaLicenseAgreementLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/relationships/betaLicenseAgreement", id=id),
            response_type=AppBetaLicenseAgreementLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsBetaTesterUsages(SyncAPIResource):
    """``client.apps.beta_tester_usages``: /v1/apps"""

    def metrics(
        self,
        id: str,
        *,
        period: _Enum86 | None = None,
        group_by: Sequence[_Enum87] | None = None,
        filter_beta_testers: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppsBetaTesterUsagesV1MetricResponse, AppsBetaTesterUsagesV1MetricResponseData]:
        """apps_betaTesterUsages_getMetrics

        GET /v1/apps/{id}/metrics/betaTesterUsages

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-metrics-betatesterusages
        """
        from ascapi.models.apps_beta_tester_usages_v1_metric_response import (
            AppsBetaTesterUsagesV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/metrics/betaTesterUsages", id=id),
            params={
                "period": period,
                "groupBy": group_by,
                "filter[betaTesters]": filter_beta_testers,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppsBetaTesterUsagesV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsBetaTesters(SyncAPIResource):
    """``client.apps.beta_testers``: /v1/apps"""

    def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: AppBetaTestersLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """apps_betaTesters_deleteToManyRelationship

        DELETE /v1/apps/{id}/relationships/betaTesters

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-apps-_id_-relationships-betatesters
        """
        if body is None:
            body = _support.linkages("betaTesters", ids)
        return self._client._call(
            "DELETE",
            path("/v1/apps/{id}/relationships/betaTesters", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsBuildUploads(SyncAPIResource):
    """``client.apps.build_uploads``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppBuildUploadsLinkagesResponse, AppBuildUploadsLinkagesResponseData]:
        """apps_buildUploads_getToManyRelationship

        GET /v1/apps/{id}/relationships/buildUploads

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-builduploads
        """
        from ascapi.models.app_build_uploads_linkages_response import (
            AppBuildUploadsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/buildUploads", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppBuildUploadsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_cf_bundle_short_version_string: Sequence[str] | None = None,
        filter_cf_bundle_version: Sequence[str] | None = None,
        filter_platform: Sequence[_Enum27] | None = None,
        filter_state: Sequence[str] | None = None,
        sort: Sequence[_Enum88] | None = None,
        fields_build_uploads: Sequence[_Enum89] | None = None,
        fields_builds: Sequence[_Enum8] | None = None,
        fields_build_upload_files: Sequence[_Enum90] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum91] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BuildUploadsResponse, BuildUpload]:
        """apps_buildUploads_getToManyRelated

        GET /v1/apps/{id}/buildUploads

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-builduploads
        """
        from ascapi.models.build_uploads_response import BuildUploadsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/buildUploads", id=id),
            params={
                "filter[cfBundleShortVersionString]": filter_cf_bundle_short_version_string,
                "filter[cfBundleVersion]": filter_cf_bundle_version,
                "filter[platform]": filter_platform,
                "filter[state]": filter_state,
                "sort": sort,
                "fields[buildUploads]": fields_build_uploads,
                "fields[builds]": fields_builds,
                "fields[buildUploadFiles]": fields_build_upload_files,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BuildUploadsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsBuilds(SyncAPIResource):
    """``client.apps.builds``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppBuildsLinkagesResponse, AppBuildsLinkagesResponseData]:
        """apps_builds_getToManyRelationship

        GET /v1/apps/{id}/relationships/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-builds
        """
        from ascapi.models.app_builds_linkages_response import AppBuildsLinkagesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/builds", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppBuildsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_builds: Sequence[_Enum8] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BuildsWithoutIncludesResponse, Build]:
        """apps_builds_getToManyRelated

        GET /v1/apps/{id}/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-builds
        """
        from ascapi.models.builds_without_includes_response import BuildsWithoutIncludesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/builds", id=id),
            params={"fields[builds]": fields_builds, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsCiProduct(SyncAPIResource):
    """``client.apps.ci_product``: /v1/apps"""

    def get(
        self,
        id: str,
        *,
        fields_ci_products: Sequence[_Enum3] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_bundle_ids: Sequence[_Enum92] | None = None,
        fields_scm_repositories: Sequence[_Enum93] | None = None,
        include: Sequence[_Enum94] | None = None,
        limit_primary_repositories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiProductResponse:
        """apps_ciProduct_getToOneRelated

        GET /v1/apps/{id}/ciProduct

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-ciproduct
        """
        from ascapi.models.ci_product_response import CiProductResponse

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/ciProduct", id=id),
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

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCiProductLinkageResponse:
        """apps_ciProduct_getToOneRelationship

        GET /v1/apps/{id}/relationships/ciProduct

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-ciproduct
        """
        from ascapi.models.app_ci_product_linkage_response import AppCiProductLinkageResponse

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/relationships/ciProduct", id=id),
            response_type=AppCiProductLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsCustomerReviewSummarizations(SyncAPIResource):
    """``client.apps.customer_review_summarizations``: /v1/apps"""

    def list(
        self,
        id: str,
        *,
        filter_platform: Sequence[_Enum27],
        filter_territory: Sequence[str] | None = None,
        fields_customer_review_summarizations: Sequence[_Enum95] | None = None,
        fields_territories: Sequence[_Enum58] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum96] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CustomerReviewSummarizationsResponse, CustomerReviewSummarization]:
        """apps_customerReviewSummarizations_getToManyRelated

        GET /v1/apps/{id}/customerReviewSummarizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-customerreviewsummarizations
        """
        from ascapi.models.customer_review_summarizations_response import (
            CustomerReviewSummarizationsResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/customerReviewSummarizations", id=id),
            params={
                "filter[platform]": filter_platform,
                "filter[territory]": filter_territory,
                "fields[customerReviewSummarizations]": fields_customer_review_summarizations,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=CustomerReviewSummarizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsCustomerReviews(SyncAPIResource):
    """``client.apps.customer_reviews``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppCustomerReviewsLinkagesResponse, AppCustomerReviewsLinkagesResponseData]:
        """apps_customerReviews_getToManyRelationship

        GET /v1/apps/{id}/relationships/customerReviews

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-customerreviews
        """
        from ascapi.models.app_customer_reviews_linkages_response import (
            AppCustomerReviewsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/customerReviews", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppCustomerReviewsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[_Enum97] | None = None,
        filter_rating: Sequence[str] | None = None,
        filter_review_territory: Sequence[str] | None = None,
        exists_published_response: bool | None = None,
        sort: Sequence[_Enum98] | None = None,
        fields_customer_reviews: Sequence[_Enum99] | None = None,
        fields_customer_review_responses: Sequence[_Enum100] | None = None,
        fields_territories: Sequence[_Enum58] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum101] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CustomerReviewsResponse, CustomerReview]:
        """apps_customerReviews_getToManyRelated

        GET /v1/apps/{id}/customerReviews

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-customerreviews
        """
        from ascapi.models.customer_reviews_response import CustomerReviewsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/customerReviews", id=id),
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


class AppsEndUserLicenseAgreement(SyncAPIResource):
    """``client.apps.end_user_license_agreement``: /v1/apps"""

    def get(
        self,
        id: str,
        *,
        fields_end_user_license_agreements: Sequence[_Enum13] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EndUserLicenseAgreementWithoutIncludesResponse:
        """apps_endUserLicenseAgreement_getToOneRelated

        GET /v1/apps/{id}/endUserLicenseAgreement

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-enduserlicenseagreement
        """
        from ascapi.models.end_user_license_agreement_without_includes_response import (
            EndUserLicenseAgreementWithoutIncludesResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/endUserLicenseAgreement", id=id),
            params={"fields[endUserLicenseAgreements]": fields_end_user_license_agreements},
            response_type=EndUserLicenseAgreementWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEndUserLicenseAgreementLinkageResponse:
        """apps_endUserLicenseAgreement_getToOneRelationship

        GET /v1/apps/{id}/relationships/endUserLicenseAgreement

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-enduserlicenseagreement
        """
        from ascapi.models.app_end_user_license_agreement_linkage_response import (
            AppEndUserLicenseAgreementLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/relationships/endUserLicenseAgreement", id=id),
            response_type=AppEndUserLicenseAgreementLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsGameCenterDetail(SyncAPIResource):
    """``client.apps.game_center_detail``: /v1/apps"""

    def get(
        self,
        id: str,
        *,
        fields_game_center_details: Sequence[_Enum22] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_game_center_app_versions: Sequence[_Enum67] | None = None,
        fields_game_center_groups: Sequence[_Enum102] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum103] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum104] | None = None,
        fields_game_center_achievements: Sequence[_Enum105] | None = None,
        fields_game_center_activities: Sequence[_Enum106] | None = None,
        fields_game_center_challenges: Sequence[_Enum107] | None = None,
        fields_game_center_achievement_releases: Sequence[_Enum108] | None = None,
        fields_game_center_activity_version_releases: Sequence[_Enum109] | None = None,
        fields_game_center_challenge_version_releases: Sequence[_Enum109] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum110] | None = None,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum111] | None = None,
        fields_app_store_versions: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum112] | None = None,
        limit_game_center_app_versions: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_achievement_releases: int | None = None,
        limit_activity_releases: int | None = None,
        limit_challenge_releases: int | None = None,
        limit_leaderboard_releases: int | None = None,
        limit_leaderboard_set_releases: int | None = None,
        limit_challenges_minimum_platform_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterDetailResponse:
        """apps_gameCenterDetail_getToOneRelated

        GET /v1/apps/{id}/gameCenterDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-gamecenterdetail
        """
        from ascapi.models.game_center_detail_response import GameCenterDetailResponse

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/gameCenterDetail", id=id),
            params={
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[apps]": fields_apps,
                "fields[gameCenterAppVersions]": fields_game_center_app_versions,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "fields[gameCenterAchievementReleases]": fields_game_center_achievement_releases,
                "fields[gameCenterActivityVersionReleases]": fields_game_center_activity_version_releases,
                "fields[gameCenterChallengeVersionReleases]": fields_game_center_challenge_version_releases,
                "fields[gameCenterLeaderboardReleases]": fields_game_center_leaderboard_releases,
                "fields[gameCenterLeaderboardSetReleases]": fields_game_center_leaderboard_set_releases,
                "fields[appStoreVersions]": fields_app_store_versions,
                "include": include,
                "limit[gameCenterAppVersions]": limit_game_center_app_versions,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[gameCenterLeaderboardsV2]": limit_game_center_leaderboards_v2,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[gameCenterLeaderboardSetsV2]": limit_game_center_leaderboard_sets_v2,
                "limit[gameCenterAchievements]": limit_game_center_achievements,
                "limit[gameCenterAchievementsV2]": limit_game_center_achievements_v2,
                "limit[gameCenterActivities]": limit_game_center_activities,
                "limit[gameCenterChallenges]": limit_game_center_challenges,
                "limit[achievementReleases]": limit_achievement_releases,
                "limit[activityReleases]": limit_activity_releases,
                "limit[challengeReleases]": limit_challenge_releases,
                "limit[leaderboardReleases]": limit_leaderboard_releases,
                "limit[leaderboardSetReleases]": limit_leaderboard_set_releases,
                "limit[challengesMinimumPlatformVersions]": limit_challenges_minimum_platform_versions,
            },
            maxima={
                "limit[gameCenterAppVersions]": 50,
                "limit[gameCenterLeaderboards]": 50,
                "limit[gameCenterLeaderboardsV2]": 50,
                "limit[gameCenterLeaderboardSets]": 50,
                "limit[gameCenterLeaderboardSetsV2]": 50,
                "limit[gameCenterAchievements]": 50,
                "limit[gameCenterAchievementsV2]": 50,
                "limit[gameCenterActivities]": 50,
                "limit[gameCenterChallenges]": 50,
                "limit[achievementReleases]": 50,
                "limit[activityReleases]": 50,
                "limit[challengeReleases]": 50,
                "limit[leaderboardReleases]": 50,
                "limit[leaderboardSetReleases]": 50,
                "limit[challengesMinimumPlatformVersions]": 50,
            },
            response_type=GameCenterDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppGameCenterDetailLinkageResponse:
        """apps_gameCenterDetail_getToOneRelationship

        GET /v1/apps/{id}/relationships/gameCenterDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-gamecenterdetail
        """
        from ascapi.models.app_game_center_detail_linkage_response import (
            AppGameCenterDetailLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/relationships/gameCenterDetail", id=id),
            response_type=AppGameCenterDetailLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsGameCenterEnabledVersions(SyncAPIResource):
    """``client.apps.game_center_enabled_versions``: /v1/apps"""

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
        AppGameCenterEnabledVersionsLinkagesResponse,
        AppGameCenterEnabledVersionsLinkagesResponseData,
    ]:
        """apps_gameCenterEnabledVersions_getToManyRelationship

        GET /v1/apps/{id}/relationships/gameCenterEnabledVersions

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-gamecenterenabledversions
        """
        from ascapi.models.app_game_center_enabled_versions_linkages_response import (
            AppGameCenterEnabledVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/gameCenterEnabledVersions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="apps_gameCenterEnabledVersions_getToManyRelationship",
            response_type=AppGameCenterEnabledVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_platform: Sequence[_Enum27] | None = None,
        filter_version_string: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        sort: Sequence[_Enum113] | None = None,
        fields_game_center_enabled_versions: Sequence[_Enum16] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum114] | None = None,
        limit_compatible_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterEnabledVersionsResponse, GameCenterEnabledVersion]:
        """apps_gameCenterEnabledVersions_getToManyRelated

        GET /v1/apps/{id}/gameCenterEnabledVersions

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-gamecenterenabledversions
        """
        from ascapi.models.game_center_enabled_versions_response import (
            GameCenterEnabledVersionsResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/gameCenterEnabledVersions", id=id),
            params={
                "filter[platform]": filter_platform,
                "filter[versionString]": filter_version_string,
                "filter[id]": filter_id,
                "sort": sort,
                "fields[gameCenterEnabledVersions]": fields_game_center_enabled_versions,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "limit[compatibleVersions]": limit_compatible_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[compatibleVersions]": 50},
            deprecated="apps_gameCenterEnabledVersions_getToManyRelated",
            response_type=GameCenterEnabledVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsInAppPurchases(SyncAPIResource):
    """``client.apps.in_app_purchases``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppInAppPurchasesLinkagesResponse, AppInAppPurchasesLinkagesResponseData]:
        """apps_inAppPurchases_getToManyRelationship

        GET /v1/apps/{id}/relationships/inAppPurchases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-inapppurchases
        """
        from ascapi.models.app_in_app_purchases_linkages_response import (
            AppInAppPurchasesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/inAppPurchases", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="apps_inAppPurchases_getToManyRelationship",
            response_type=AppInAppPurchasesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_in_app_purchase_type: Sequence[_Enum115] | None = None,
        filter_can_be_submitted: Sequence[str] | None = None,
        sort: Sequence[_Enum116] | None = None,
        fields_in_app_purchases: Sequence[_Enum117] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum118] | None = None,
        limit_apps: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[InAppPurchasesResponse, InAppPurchase]:
        """apps_inAppPurchases_getToManyRelated

        GET /v1/apps/{id}/inAppPurchases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-inapppurchases
        """
        from ascapi.models.in_app_purchases_response import InAppPurchasesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/inAppPurchases", id=id),
            params={
                "filter[inAppPurchaseType]": filter_in_app_purchase_type,
                "filter[canBeSubmitted]": filter_can_be_submitted,
                "sort": sort,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "limit[apps]": limit_apps,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[apps]": 50},
            deprecated="apps_inAppPurchases_getToManyRelated",
            response_type=InAppPurchasesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsInAppPurchasesV2(SyncAPIResource):
    """``client.apps.in_app_purchases_v2``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppInAppPurchasesV2LinkagesResponse, AppInAppPurchasesV2LinkagesResponseData]:
        """apps_inAppPurchasesV2_getToManyRelationship

        GET /v1/apps/{id}/relationships/inAppPurchasesV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-inapppurchasesv2
        """
        from ascapi.models.app_in_app_purchases_v2_linkages_response import (
            AppInAppPurchasesV2LinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/inAppPurchasesV2", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppInAppPurchasesV2LinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_product_id: Sequence[str] | None = None,
        filter_name: Sequence[str] | None = None,
        filter_state: Sequence[_Enum119] | None = None,
        filter_in_app_purchase_type: Sequence[_Enum120] | None = None,
        sort: Sequence[_Enum121] | None = None,
        fields_in_app_purchases: Sequence[_Enum122] | None = None,
        fields_in_app_purchase_localizations: Sequence[_Enum123] | None = None,
        fields_in_app_purchase_contents: Sequence[_Enum124] | None = None,
        fields_in_app_purchase_app_store_review_screenshots: Sequence[_Enum125] | None = None,
        fields_promoted_purchases: Sequence[_Enum18] | None = None,
        fields_in_app_purchase_price_schedules: Sequence[_Enum126] | None = None,
        fields_in_app_purchase_availabilities: Sequence[_Enum127] | None = None,
        fields_in_app_purchase_images: Sequence[_Enum128] | None = None,
        fields_in_app_purchase_offer_codes: Sequence[_Enum129] | None = None,
        fields_in_app_purchase_versions: Sequence[_Enum130] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum131] | None = None,
        limit_in_app_purchase_localizations: int | None = None,
        limit_images: int | None = None,
        limit_offer_codes: int | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[InAppPurchasesV2Response, InAppPurchaseV2]:
        """apps_inAppPurchasesV2_getToManyRelated

        GET /v1/apps/{id}/inAppPurchasesV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-inapppurchasesv2
        """
        from ascapi.models.in_app_purchases_v2_response import InAppPurchasesV2Response

        return self._client._get_page(
            path("/v1/apps/{id}/inAppPurchasesV2", id=id),
            params={
                "filter[productId]": filter_product_id,
                "filter[name]": filter_name,
                "filter[state]": filter_state,
                "filter[inAppPurchaseType]": filter_in_app_purchase_type,
                "sort": sort,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "fields[inAppPurchaseLocalizations]": fields_in_app_purchase_localizations,
                "fields[inAppPurchaseContents]": fields_in_app_purchase_contents,
                "fields[inAppPurchaseAppStoreReviewScreenshots]": fields_in_app_purchase_app_store_review_screenshots,
                "fields[promotedPurchases]": fields_promoted_purchases,
                "fields[inAppPurchasePriceSchedules]": fields_in_app_purchase_price_schedules,
                "fields[inAppPurchaseAvailabilities]": fields_in_app_purchase_availabilities,
                "fields[inAppPurchaseImages]": fields_in_app_purchase_images,
                "fields[inAppPurchaseOfferCodes]": fields_in_app_purchase_offer_codes,
                "fields[inAppPurchaseVersions]": fields_in_app_purchase_versions,
                "limit": limit,
                "include": include,
                "limit[inAppPurchaseLocalizations]": limit_in_app_purchase_localizations,
                "limit[images]": limit_images,
                "limit[offerCodes]": limit_offer_codes,
                "limit[versions]": limit_versions,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[inAppPurchaseLocalizations]": 50,
                "limit[images]": 50,
                "limit[offerCodes]": 50,
                "limit[versions]": 50,
            },
            response_type=InAppPurchasesV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsMarketplaceSearchDetail(SyncAPIResource):
    """``client.apps.marketplace_search_detail``: /v1/apps"""

    def get(
        self,
        id: str,
        *,
        fields_marketplace_search_details: Sequence[_Enum132] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MarketplaceSearchDetailResponse:
        """apps_marketplaceSearchDetail_getToOneRelated

        GET /v1/apps/{id}/marketplaceSearchDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-marketplacesearchdetail
        """
        from ascapi.models.marketplace_search_detail_response import MarketplaceSearchDetailResponse

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/marketplaceSearchDetail", id=id),
            params={"fields[marketplaceSearchDetails]": fields_marketplace_search_details},
            response_type=MarketplaceSearchDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppMarketplaceSearchDetailLinkageResponse:
        """apps_marketplaceSearchDetail_getToOneRelationship

        GET /v1/apps/{id}/relationships/marketplaceSearchDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-marketplacesearchdetail
        """
        from ascapi.models.app_marketplace_search_detail_linkage_response import (
            AppMarketplaceSearchDetailLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/relationships/marketplaceSearchDetail", id=id),
            response_type=AppMarketplaceSearchDetailLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsPerfPowerMetrics(SyncAPIResource):
    """``client.apps.perf_power_metrics``: /v1/apps"""

    def list(
        self,
        id: str,
        *,
        filter_platform: Sequence[_Enum133] | None = None,
        filter_metric_type: Sequence[_Enum134] | None = None,
        filter_device_type: Sequence[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> xcodeMetrics:
        """apps_perfPowerMetrics_getToManyRelated

        GET /v1/apps/{id}/perfPowerMetrics

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-perfpowermetrics
        """
        from ascapi.models.xcode_metrics import xcodeMetrics

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/perfPowerMetrics", id=id),
            params={
                "filter[platform]": filter_platform,
                "filter[metricType]": filter_metric_type,
                "filter[deviceType]": filter_device_type,
            },
            response_type=xcodeMetrics,
            accept="application/vnd.apple.xcode-metrics+json",
            options=options(extra_headers, extra_query, timeout),
        )


class AppsPreReleaseVersions(SyncAPIResource):
    """``client.apps.pre_release_versions``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppPreReleaseVersionsLinkagesResponse, AppPreReleaseVersionsLinkagesResponseData]:
        """apps_preReleaseVersions_getToManyRelationship

        GET /v1/apps/{id}/relationships/preReleaseVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-prereleaseversions
        """
        from ascapi.models.app_pre_release_versions_linkages_response import (
            AppPreReleaseVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/preReleaseVersions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppPreReleaseVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_pre_release_versions: Sequence[_Enum6] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[PreReleaseVersionsWithoutIncludesResponse, PrereleaseVersion]:
        """apps_preReleaseVersions_getToManyRelated

        GET /v1/apps/{id}/preReleaseVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-prereleaseversions
        """
        from ascapi.models.pre_release_versions_without_includes_response import (
            PreReleaseVersionsWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/preReleaseVersions", id=id),
            params={
                "fields[preReleaseVersions]": fields_pre_release_versions,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=PreReleaseVersionsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsPromotedPurchases(SyncAPIResource):
    """``client.apps.promoted_purchases``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppPromotedPurchasesLinkagesResponse, AppPromotedPurchasesLinkagesResponseData]:
        """apps_promotedPurchases_getToManyRelationship

        GET /v1/apps/{id}/relationships/promotedPurchases

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-promotedpurchases
        """
        from ascapi.models.app_promoted_purchases_linkages_response import (
            AppPromotedPurchasesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/promotedPurchases", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppPromotedPurchasesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_promoted_purchases: Sequence[_Enum18] | None = None,
        fields_in_app_purchases: Sequence[_Enum122] | None = None,
        fields_subscriptions: Sequence[_Enum135] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum136] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[PromotedPurchasesResponse, PromotedPurchase]:
        """apps_promotedPurchases_getToManyRelated

        GET /v1/apps/{id}/promotedPurchases

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-promotedpurchases
        """
        from ascapi.models.promoted_purchases_response import PromotedPurchasesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/promotedPurchases", id=id),
            params={
                "fields[promotedPurchases]": fields_promoted_purchases,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "fields[subscriptions]": fields_subscriptions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=PromotedPurchasesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: AppPromotedPurchasesLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """apps_promotedPurchases_replaceToManyRelationship

        PATCH /v1/apps/{id}/relationships/promotedPurchases

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-apps-_id_-relationships-promotedpurchases
        """
        if body is None:
            body = _support.linkages("promotedPurchases", ids)
        return self._client._call(
            "PATCH",
            path("/v1/apps/{id}/relationships/promotedPurchases", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsReviewSubmissions(SyncAPIResource):
    """``client.apps.review_submissions``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppReviewSubmissionsLinkagesResponse, AppReviewSubmissionsLinkagesResponseData]:
        """apps_reviewSubmissions_getToManyRelationship

        GET /v1/apps/{id}/relationships/reviewSubmissions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-reviewsubmissions
        """
        from ascapi.models.app_review_submissions_linkages_response import (
            AppReviewSubmissionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/reviewSubmissions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppReviewSubmissionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_platform: Sequence[_Enum27] | None = None,
        filter_state: Sequence[_Enum29] | None = None,
        fields_review_submissions: Sequence[_Enum20] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_review_submission_items: Sequence[_Enum137] | None = None,
        fields_app_store_versions: Sequence[_Enum5] | None = None,
        fields_actors: Sequence[_Enum138] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum139] | None = None,
        limit_items: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[ReviewSubmissionsResponse, ReviewSubmission]:
        """apps_reviewSubmissions_getToManyRelated

        GET /v1/apps/{id}/reviewSubmissions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-reviewsubmissions
        """
        from ascapi.models.review_submissions_response import ReviewSubmissionsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/reviewSubmissions", id=id),
            params={
                "filter[platform]": filter_platform,
                "filter[state]": filter_state,
                "fields[reviewSubmissions]": fields_review_submissions,
                "fields[apps]": fields_apps,
                "fields[reviewSubmissionItems]": fields_review_submission_items,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[actors]": fields_actors,
                "limit": limit,
                "include": include,
                "limit[items]": limit_items,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[items]": 50},
            response_type=ReviewSubmissionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsSearchKeywords(SyncAPIResource):
    """``client.apps.search_keywords``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppSearchKeywordsLinkagesResponse, AppSearchKeywordsLinkagesResponseData]:
        """apps_searchKeywords_getToManyRelationship

        GET /v1/apps/{id}/relationships/searchKeywords

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-searchkeywords
        """
        from ascapi.models.app_search_keywords_linkages_response import (
            AppSearchKeywordsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/searchKeywords", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppSearchKeywordsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_platform: Sequence[str] | None = None,
        filter_locale: Sequence[str] | None = None,
        fields_app_keywords: Sequence[str] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppKeywordsResponse, AppKeyword]:
        """apps_searchKeywords_getToManyRelated

        GET /v1/apps/{id}/searchKeywords

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-searchkeywords
        """
        from ascapi.models.app_keywords_response import AppKeywordsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/searchKeywords", id=id),
            params={
                "filter[platform]": filter_platform,
                "filter[locale]": filter_locale,
                "fields[appKeywords]": fields_app_keywords,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppKeywordsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsSubscriptionGracePeriod(SyncAPIResource):
    """``client.apps.subscription_grace_period``: /v1/apps"""

    def get(
        self,
        id: str,
        *,
        fields_subscription_grace_periods: Sequence[_Enum21] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGracePeriodResponse:
        """apps_subscriptionGracePeriod_getToOneRelated

        GET /v1/apps/{id}/subscriptionGracePeriod

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-subscriptiongraceperiod
        """
        from ascapi.models.subscription_grace_period_response import SubscriptionGracePeriodResponse

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/subscriptionGracePeriod", id=id),
            params={"fields[subscriptionGracePeriods]": fields_subscription_grace_periods},
            response_type=SubscriptionGracePeriodResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppSubscriptionGracePeriodLinkageResponse:
        """apps_subscriptionGracePeriod_getToOneRelationship

        GET /v1/apps/{id}/relationships/subscriptionGracePeriod

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-subscriptiongraceperiod
        """
        from ascapi.models.app_subscription_grace_period_linkage_response import (
            AppSubscriptionGracePeriodLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/apps/{id}/relationships/subscriptionGracePeriod", id=id),
            response_type=AppSubscriptionGracePeriodLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsSubscriptionGroups(SyncAPIResource):
    """``client.apps.subscription_groups``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppSubscriptionGroupsLinkagesResponse, AppSubscriptionGroupsLinkagesResponseData]:
        """apps_subscriptionGroups_getToManyRelationship

        GET /v1/apps/{id}/relationships/subscriptionGroups

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-subscriptiongroups
        """
        from ascapi.models.app_subscription_groups_linkages_response import (
            AppSubscriptionGroupsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/subscriptionGroups", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppSubscriptionGroupsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_subscriptions_state: Sequence[_Enum140] | None = None,
        sort: Sequence[_Enum141] | None = None,
        fields_subscription_groups: Sequence[_Enum15] | None = None,
        fields_subscriptions: Sequence[_Enum135] | None = None,
        fields_subscription_group_localizations: Sequence[_Enum142] | None = None,
        fields_subscription_group_versions: Sequence[_Enum143] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum144] | None = None,
        limit_subscriptions: int | None = None,
        limit_subscription_group_localizations: int | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionGroupsResponse, SubscriptionGroup]:
        """apps_subscriptionGroups_getToManyRelated

        GET /v1/apps/{id}/subscriptionGroups

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-subscriptiongroups
        """
        from ascapi.models.subscription_groups_response import SubscriptionGroupsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/subscriptionGroups", id=id),
            params={
                "filter[referenceName]": filter_reference_name,
                "filter[subscriptions.state]": filter_subscriptions_state,
                "sort": sort,
                "fields[subscriptionGroups]": fields_subscription_groups,
                "fields[subscriptions]": fields_subscriptions,
                "fields[subscriptionGroupLocalizations]": fields_subscription_group_localizations,
                "fields[subscriptionGroupVersions]": fields_subscription_group_versions,
                "limit": limit,
                "include": include,
                "limit[subscriptions]": limit_subscriptions,
                "limit[subscriptionGroupLocalizations]": limit_subscription_group_localizations,
                "limit[versions]": limit_versions,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[subscriptions]": 50,
                "limit[subscriptionGroupLocalizations]": 50,
                "limit[versions]": 50,
            },
            response_type=SubscriptionGroupsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppsWebhooks(SyncAPIResource):
    """``client.apps.webhooks``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppWebhooksLinkagesResponse, AppWebhooksLinkagesResponseData]:
        """apps_webhooks_getToManyRelationship

        GET /v1/apps/{id}/relationships/webhooks

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-webhooks
        """
        from ascapi.models.app_webhooks_linkages_response import AppWebhooksLinkagesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/webhooks", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppWebhooksLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_webhooks: Sequence[_Enum145] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum146] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[WebhooksResponse, Webhook]:
        """apps_webhooks_getToManyRelated

        GET /v1/apps/{id}/webhooks

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-webhooks
        """
        from ascapi.models.webhooks_response import WebhooksResponse

        return self._client._get_page(
            path("/v1/apps/{id}/webhooks", id=id),
            params={
                "fields[webhooks]": fields_webhooks,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=WebhooksResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncApps(AsyncAPIResource):
    """``client.apps``: /v1/apps"""

    @cached_property
    def accessibility_declarations(self) -> AsyncAppsAccessibilityDeclarations:
        return AsyncAppsAccessibilityDeclarations(self._client)

    @cached_property
    def alternative_distribution_key(self) -> AsyncAppsAlternativeDistributionKey:
        return AsyncAppsAlternativeDistributionKey(self._client)

    @cached_property
    def analytics_report_requests(self) -> AsyncAppsAnalyticsReportRequests:
        return AsyncAppsAnalyticsReportRequests(self._client)

    @cached_property
    def android_to_ios_app_mapping_details(self) -> AsyncAppsAndroidToIosAppMappingDetails:
        return AsyncAppsAndroidToIosAppMappingDetails(self._client)

    @cached_property
    def app_availability_v2(self) -> AsyncAppsAppAvailabilityV2:
        return AsyncAppsAppAvailabilityV2(self._client)

    @cached_property
    def app_clips(self) -> AsyncAppsAppClips:
        return AsyncAppsAppClips(self._client)

    @cached_property
    def app_custom_product_pages(self) -> AsyncAppsAppCustomProductPages:
        return AsyncAppsAppCustomProductPages(self._client)

    @cached_property
    def app_encryption_declarations(self) -> AsyncAppsAppEncryptionDeclarations:
        return AsyncAppsAppEncryptionDeclarations(self._client)

    @cached_property
    def app_events(self) -> AsyncAppsAppEvents:
        return AsyncAppsAppEvents(self._client)

    @cached_property
    def app_infos(self) -> AsyncAppsAppInfos:
        return AsyncAppsAppInfos(self._client)

    @cached_property
    def app_price_points(self) -> AsyncAppsAppPricePoints:
        return AsyncAppsAppPricePoints(self._client)

    @cached_property
    def app_price_schedule(self) -> AsyncAppsAppPriceSchedule:
        return AsyncAppsAppPriceSchedule(self._client)

    @cached_property
    def app_store_version_experiments_v2(self) -> AsyncAppsAppStoreVersionExperimentsV2:
        return AsyncAppsAppStoreVersionExperimentsV2(self._client)

    @cached_property
    def app_store_versions(self) -> AsyncAppsAppStoreVersions:
        return AsyncAppsAppStoreVersions(self._client)

    @cached_property
    def app_tags(self) -> AsyncAppsAppTags:
        return AsyncAppsAppTags(self._client)

    @cached_property
    def background_assets(self) -> AsyncAppsBackgroundAssets:
        return AsyncAppsBackgroundAssets(self._client)

    @cached_property
    def beta_app_localizations(self) -> AsyncAppsBetaAppLocalizations:
        return AsyncAppsBetaAppLocalizations(self._client)

    @cached_property
    def beta_app_review_detail(self) -> AsyncAppsBetaAppReviewDetail:
        return AsyncAppsBetaAppReviewDetail(self._client)

    @cached_property
    def beta_feedback_crash_submissions(self) -> AsyncAppsBetaFeedbackCrashSubmissions:
        return AsyncAppsBetaFeedbackCrashSubmissions(self._client)

    @cached_property
    def beta_feedback_screenshot_submissions(self) -> AsyncAppsBetaFeedbackScreenshotSubmissions:
        return AsyncAppsBetaFeedbackScreenshotSubmissions(self._client)

    @cached_property
    def beta_groups(self) -> AsyncAppsBetaGroups:
        return AsyncAppsBetaGroups(self._client)

    @cached_property
    def beta_license_agreement(self) -> AsyncAppsBetaLicenseAgreement:
        return AsyncAppsBetaLicenseAgreement(self._client)

    @cached_property
    def beta_tester_usages(self) -> AsyncAppsBetaTesterUsages:
        return AsyncAppsBetaTesterUsages(self._client)

    @cached_property
    def beta_testers(self) -> AsyncAppsBetaTesters:
        return AsyncAppsBetaTesters(self._client)

    @cached_property
    def build_uploads(self) -> AsyncAppsBuildUploads:
        return AsyncAppsBuildUploads(self._client)

    @cached_property
    def builds(self) -> AsyncAppsBuilds:
        return AsyncAppsBuilds(self._client)

    @cached_property
    def ci_product(self) -> AsyncAppsCiProduct:
        return AsyncAppsCiProduct(self._client)

    @cached_property
    def customer_review_summarizations(self) -> AsyncAppsCustomerReviewSummarizations:
        return AsyncAppsCustomerReviewSummarizations(self._client)

    @cached_property
    def customer_reviews(self) -> AsyncAppsCustomerReviews:
        return AsyncAppsCustomerReviews(self._client)

    @cached_property
    def end_user_license_agreement(self) -> AsyncAppsEndUserLicenseAgreement:
        return AsyncAppsEndUserLicenseAgreement(self._client)

    @cached_property
    def game_center_detail(self) -> AsyncAppsGameCenterDetail:
        return AsyncAppsGameCenterDetail(self._client)

    @cached_property
    def game_center_enabled_versions(self) -> AsyncAppsGameCenterEnabledVersions:
        return AsyncAppsGameCenterEnabledVersions(self._client)

    @cached_property
    def in_app_purchases(self) -> AsyncAppsInAppPurchases:
        return AsyncAppsInAppPurchases(self._client)

    @cached_property
    def in_app_purchases_v2(self) -> AsyncAppsInAppPurchasesV2:
        return AsyncAppsInAppPurchasesV2(self._client)

    @cached_property
    def marketplace_search_detail(self) -> AsyncAppsMarketplaceSearchDetail:
        return AsyncAppsMarketplaceSearchDetail(self._client)

    @cached_property
    def perf_power_metrics(self) -> AsyncAppsPerfPowerMetrics:
        return AsyncAppsPerfPowerMetrics(self._client)

    @cached_property
    def pre_release_versions(self) -> AsyncAppsPreReleaseVersions:
        return AsyncAppsPreReleaseVersions(self._client)

    @cached_property
    def promoted_purchases(self) -> AsyncAppsPromotedPurchases:
        return AsyncAppsPromotedPurchases(self._client)

    @cached_property
    def review_submissions(self) -> AsyncAppsReviewSubmissions:
        return AsyncAppsReviewSubmissions(self._client)

    @cached_property
    def search_keywords(self) -> AsyncAppsSearchKeywords:
        return AsyncAppsSearchKeywords(self._client)

    @cached_property
    def subscription_grace_period(self) -> AsyncAppsSubscriptionGracePeriod:
        return AsyncAppsSubscriptionGracePeriod(self._client)

    @cached_property
    def subscription_groups(self) -> AsyncAppsSubscriptionGroups:
        return AsyncAppsSubscriptionGroups(self._client)

    @cached_property
    def webhooks(self) -> AsyncAppsWebhooks:
        return AsyncAppsWebhooks(self._client)

    async def get(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_app_encryption_declarations: Sequence[_Enum1] | None = None,
        fields_build_icons: Sequence[_Enum2] | None = None,
        fields_ci_products: Sequence[_Enum3] | None = None,
        fields_beta_groups: Sequence[_Enum4] | None = None,
        fields_app_store_versions: Sequence[_Enum5] | None = None,
        fields_pre_release_versions: Sequence[_Enum6] | None = None,
        fields_beta_app_localizations: Sequence[_Enum7] | None = None,
        fields_builds: Sequence[_Enum8] | None = None,
        fields_beta_license_agreements: Sequence[_Enum9] | None = None,
        fields_beta_app_review_details: Sequence[_Enum10] | None = None,
        fields_app_infos: Sequence[_Enum11] | None = None,
        fields_app_clips: Sequence[_Enum12] | None = None,
        fields_end_user_license_agreements: Sequence[_Enum13] | None = None,
        fields_in_app_purchases: Sequence[_Enum14] | None = None,
        fields_subscription_groups: Sequence[_Enum15] | None = None,
        fields_game_center_enabled_versions: Sequence[_Enum16] | None = None,
        fields_app_custom_product_pages: Sequence[_Enum17] | None = None,
        fields_promoted_purchases: Sequence[_Enum18] | None = None,
        fields_app_events: Sequence[_Enum19] | None = None,
        fields_review_submissions: Sequence[_Enum20] | None = None,
        fields_subscription_grace_periods: Sequence[_Enum21] | None = None,
        fields_game_center_details: Sequence[_Enum22] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum23] | None = None,
        fields_android_to_ios_app_mapping_details: Sequence[_Enum24] | None = None,
        include: Sequence[_Enum25] | None = None,
        limit_android_to_ios_app_mapping_details: int | None = None,
        limit_app_clips: int | None = None,
        limit_app_custom_product_pages: int | None = None,
        limit_app_encryption_declarations: int | None = None,
        limit_app_events: int | None = None,
        limit_app_infos: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        limit_app_store_versions: int | None = None,
        limit_beta_app_localizations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_builds: int | None = None,
        limit_game_center_enabled_versions: int | None = None,
        limit_in_app_purchases: int | None = None,
        limit_in_app_purchases_v2: int | None = None,
        limit_pre_release_versions: int | None = None,
        limit_promoted_purchases: int | None = None,
        limit_review_submissions: int | None = None,
        limit_subscription_groups: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppResponse:
        """apps_getInstance

        GET /v1/apps/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_
        """
        from ascapi.models.app_response import AppResponse

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}", id=id),
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
                "limit[androidToIosAppMappingDetails]": limit_android_to_ios_app_mapping_details,
                "limit[appClips]": limit_app_clips,
                "limit[appCustomProductPages]": limit_app_custom_product_pages,
                "limit[appEncryptionDeclarations]": limit_app_encryption_declarations,
                "limit[appEvents]": limit_app_events,
                "limit[appInfos]": limit_app_infos,
                "limit[appStoreVersionExperimentsV2]": limit_app_store_version_experiments_v2,
                "limit[appStoreVersions]": limit_app_store_versions,
                "limit[betaAppLocalizations]": limit_beta_app_localizations,
                "limit[betaGroups]": limit_beta_groups,
                "limit[builds]": limit_builds,
                "limit[gameCenterEnabledVersions]": limit_game_center_enabled_versions,
                "limit[inAppPurchases]": limit_in_app_purchases,
                "limit[inAppPurchasesV2]": limit_in_app_purchases_v2,
                "limit[preReleaseVersions]": limit_pre_release_versions,
                "limit[promotedPurchases]": limit_promoted_purchases,
                "limit[reviewSubmissions]": limit_review_submissions,
                "limit[subscriptionGroups]": limit_subscription_groups,
            },
            maxima={
                "limit[androidToIosAppMappingDetails]": 50,
                "limit[appClips]": 50,
                "limit[appCustomProductPages]": 50,
                "limit[appEncryptionDeclarations]": 50,
                "limit[appEvents]": 50,
                "limit[appInfos]": 50,
                "limit[appStoreVersionExperimentsV2]": 50,
                "limit[appStoreVersions]": 50,
                "limit[betaAppLocalizations]": 50,
                "limit[betaGroups]": 50,
                "limit[builds]": 50,
                "limit[gameCenterEnabledVersions]": 50,
                "limit[inAppPurchases]": 50,
                "limit[inAppPurchasesV2]": 50,
                "limit[preReleaseVersions]": 50,
                "limit[promotedPurchases]": 50,
                "limit[reviewSubmissions]": 50,
                "limit[subscriptionGroups]": 50,
            },
            response_type=AppResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_name: Sequence[str] | None = None,
        filter_bundle_id: Sequence[str] | None = None,
        filter_sku: Sequence[str] | None = None,
        filter_app_store_versions_app_store_state: Sequence[_Enum26] | None = None,
        filter_app_store_versions_platform: Sequence[_Enum27] | None = None,
        filter_app_store_versions_app_version_state: Sequence[_Enum28] | None = None,
        filter_review_submissions_state: Sequence[_Enum29] | None = None,
        filter_review_submissions_platform: Sequence[_Enum27] | None = None,
        filter_app_store_versions: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        exists_game_center_enabled_versions: bool | None = None,
        sort: Sequence[_Enum30] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_app_encryption_declarations: Sequence[_Enum1] | None = None,
        fields_build_icons: Sequence[_Enum2] | None = None,
        fields_ci_products: Sequence[_Enum3] | None = None,
        fields_beta_groups: Sequence[_Enum4] | None = None,
        fields_app_store_versions: Sequence[_Enum5] | None = None,
        fields_pre_release_versions: Sequence[_Enum6] | None = None,
        fields_beta_app_localizations: Sequence[_Enum7] | None = None,
        fields_builds: Sequence[_Enum8] | None = None,
        fields_beta_license_agreements: Sequence[_Enum9] | None = None,
        fields_beta_app_review_details: Sequence[_Enum10] | None = None,
        fields_app_infos: Sequence[_Enum11] | None = None,
        fields_app_clips: Sequence[_Enum12] | None = None,
        fields_end_user_license_agreements: Sequence[_Enum13] | None = None,
        fields_in_app_purchases: Sequence[_Enum14] | None = None,
        fields_subscription_groups: Sequence[_Enum15] | None = None,
        fields_game_center_enabled_versions: Sequence[_Enum16] | None = None,
        fields_app_custom_product_pages: Sequence[_Enum17] | None = None,
        fields_promoted_purchases: Sequence[_Enum18] | None = None,
        fields_app_events: Sequence[_Enum19] | None = None,
        fields_review_submissions: Sequence[_Enum20] | None = None,
        fields_subscription_grace_periods: Sequence[_Enum21] | None = None,
        fields_game_center_details: Sequence[_Enum22] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum23] | None = None,
        fields_android_to_ios_app_mapping_details: Sequence[_Enum24] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum25] | None = None,
        limit_android_to_ios_app_mapping_details: int | None = None,
        limit_app_clips: int | None = None,
        limit_app_custom_product_pages: int | None = None,
        limit_app_encryption_declarations: int | None = None,
        limit_app_events: int | None = None,
        limit_app_infos: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        limit_app_store_versions: int | None = None,
        limit_beta_app_localizations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_builds: int | None = None,
        limit_game_center_enabled_versions: int | None = None,
        limit_in_app_purchases: int | None = None,
        limit_in_app_purchases_v2: int | None = None,
        limit_pre_release_versions: int | None = None,
        limit_promoted_purchases: int | None = None,
        limit_review_submissions: int | None = None,
        limit_subscription_groups: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppsResponse, App]:
        """apps_getCollection

        GET /v1/apps

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps
        """
        from ascapi.models.apps_response import AppsResponse

        return self._client._get_page(
            "/v1/apps",
            params={
                "filter[name]": filter_name,
                "filter[bundleId]": filter_bundle_id,
                "filter[sku]": filter_sku,
                "filter[appStoreVersions.appStoreState]": filter_app_store_versions_app_store_state,
                "filter[appStoreVersions.platform]": filter_app_store_versions_platform,
                "filter[appStoreVersions.appVersionState]": filter_app_store_versions_app_version_state,
                "filter[reviewSubmissions.state]": filter_review_submissions_state,
                "filter[reviewSubmissions.platform]": filter_review_submissions_platform,
                "filter[appStoreVersions]": filter_app_store_versions,
                "filter[id]": filter_id,
                "exists[gameCenterEnabledVersions]": exists_game_center_enabled_versions,
                "sort": sort,
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
                "limit": limit,
                "include": include,
                "limit[androidToIosAppMappingDetails]": limit_android_to_ios_app_mapping_details,
                "limit[appClips]": limit_app_clips,
                "limit[appCustomProductPages]": limit_app_custom_product_pages,
                "limit[appEncryptionDeclarations]": limit_app_encryption_declarations,
                "limit[appEvents]": limit_app_events,
                "limit[appInfos]": limit_app_infos,
                "limit[appStoreVersionExperimentsV2]": limit_app_store_version_experiments_v2,
                "limit[appStoreVersions]": limit_app_store_versions,
                "limit[betaAppLocalizations]": limit_beta_app_localizations,
                "limit[betaGroups]": limit_beta_groups,
                "limit[builds]": limit_builds,
                "limit[gameCenterEnabledVersions]": limit_game_center_enabled_versions,
                "limit[inAppPurchases]": limit_in_app_purchases,
                "limit[inAppPurchasesV2]": limit_in_app_purchases_v2,
                "limit[preReleaseVersions]": limit_pre_release_versions,
                "limit[promotedPurchases]": limit_promoted_purchases,
                "limit[reviewSubmissions]": limit_review_submissions,
                "limit[subscriptionGroups]": limit_subscription_groups,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[androidToIosAppMappingDetails]": 50,
                "limit[appClips]": 50,
                "limit[appCustomProductPages]": 50,
                "limit[appEncryptionDeclarations]": 50,
                "limit[appEvents]": 50,
                "limit[appInfos]": 50,
                "limit[appStoreVersionExperimentsV2]": 50,
                "limit[appStoreVersions]": 50,
                "limit[betaAppLocalizations]": 50,
                "limit[betaGroups]": 50,
                "limit[builds]": 50,
                "limit[gameCenterEnabledVersions]": 50,
                "limit[inAppPurchases]": 50,
                "limit[inAppPurchasesV2]": 50,
                "limit[preReleaseVersions]": 50,
                "limit[promotedPurchases]": 50,
                "limit[reviewSubmissions]": 50,
                "limit[subscriptionGroups]": 50,
            },
            response_type=AppsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppUpdateRequest | Mapping[str, Any] | None = None,
        accessibility_url: str | None | UnsetType = UNSET,
        bundle_id: str | None | UnsetType = UNSET,
        primary_locale: str | None | UnsetType = UNSET,
        subscription_status_url: str | None | UnsetType = UNSET,
        subscription_status_url_version: _Enum31 | str | None | UnsetType = UNSET,
        subscription_status_url_for_sandbox: str | None | UnsetType = UNSET,
        subscription_status_url_version_for_sandbox: _Enum31 | str | None | UnsetType = UNSET,
        content_rights_declaration: _Enum32 | str | None | UnsetType = UNSET,
        streamlined_purchasing_enabled: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppResponse:
        """apps_updateInstance

        PATCH /v1/apps/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-apps-_id_
        """
        from ascapi.models.app_response import AppResponse

        body = _support.document(
            body,
            accessibility_url is not UNSET
            or bundle_id is not UNSET
            or primary_locale is not UNSET
            or subscription_status_url is not UNSET
            or subscription_status_url_version is not UNSET
            or subscription_status_url_for_sandbox is not UNSET
            or subscription_status_url_version_for_sandbox is not UNSET
            or content_rights_declaration is not UNSET
            or streamlined_purchasing_enabled is not UNSET,
            "apps",
            id,
            {
                "accessibilityUrl": accessibility_url,
                "bundleId": bundle_id,
                "primaryLocale": primary_locale,
                "subscriptionStatusUrl": subscription_status_url,
                "subscriptionStatusUrlVersion": subscription_status_url_version,
                "subscriptionStatusUrlForSandbox": subscription_status_url_for_sandbox,
                "subscriptionStatusUrlVersionForSandbox": subscription_status_url_version_for_sandbox,
                "contentRightsDeclaration": content_rights_declaration,
                "streamlinedPurchasingEnabled": streamlined_purchasing_enabled,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/apps/{id}", id=id),
            body=body,
            response_type=AppResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsAccessibilityDeclarations(AsyncAPIResource):
    """``client.apps.accessibility_declarations``: /v1/apps"""

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
        AppAccessibilityDeclarationsLinkagesResponse,
        AppAccessibilityDeclarationsLinkagesResponseData,
    ]:
        """apps_accessibilityDeclarations_getToManyRelationship

        GET /v1/apps/{id}/relationships/accessibilityDeclarations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-accessibilitydeclarations
        """
        from ascapi.models.app_accessibility_declarations_linkages_response import (
            AppAccessibilityDeclarationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/accessibilityDeclarations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAccessibilityDeclarationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_device_family: Sequence[_Enum33] | None = None,
        filter_state: Sequence[_Enum34] | None = None,
        fields_accessibility_declarations: Sequence[_Enum35] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AccessibilityDeclarationsResponse, AccessibilityDeclaration]:
        """apps_accessibilityDeclarations_getToManyRelated

        GET /v1/apps/{id}/accessibilityDeclarations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-accessibilitydeclarations
        """
        from ascapi.models.accessibility_declarations_response import (
            AccessibilityDeclarationsResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/accessibilityDeclarations", id=id),
            params={
                "filter[deviceFamily]": filter_device_family,
                "filter[state]": filter_state,
                "fields[accessibilityDeclarations]": fields_accessibility_declarations,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AccessibilityDeclarationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsAlternativeDistributionKey(AsyncAPIResource):
    """``client.apps.alternative_distribution_key``: /v1/apps"""

    async def get(
        self,
        id: str,
        *,
        fields_alternative_distribution_keys: Sequence[_Enum36] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AlternativeDistributionKeyResponse:
        """apps_alternativeDistributionKey_getToOneRelated

        GET /v1/apps/{id}/alternativeDistributionKey

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-alternativedistributionkey
        """
        from ascapi.models.alternative_distribution_key_response import (
            AlternativeDistributionKeyResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/alternativeDistributionKey", id=id),
            params={"fields[alternativeDistributionKeys]": fields_alternative_distribution_keys},
            response_type=AlternativeDistributionKeyResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppAlternativeDistributionKeyLinkageResponse:
        """apps_alternativeDistributionKey_getToOneRelationship

        GET /v1/apps/{id}/relationships/alternativeDistributionKey

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-alternativedistributionkey
        """
        from ascapi.models.app_alternative_distribution_key_linkage_response import (
            AppAlternativeDistributionKeyLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/relationships/alternativeDistributionKey", id=id),
            response_type=AppAlternativeDistributionKeyLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsAnalyticsReportRequests(AsyncAPIResource):
    """``client.apps.analytics_report_requests``: /v1/apps"""

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
        AppAnalyticsReportRequestsLinkagesResponse, AppAnalyticsReportRequestsLinkagesResponseData
    ]:
        """apps_analyticsReportRequests_getToManyRelationship

        GET /v1/apps/{id}/relationships/analyticsReportRequests

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-analyticsreportrequests
        """
        from ascapi.models.app_analytics_report_requests_linkages_response import (
            AppAnalyticsReportRequestsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/analyticsReportRequests", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAnalyticsReportRequestsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_access_type: Sequence[_Enum37] | None = None,
        fields_analytics_report_requests: Sequence[_Enum38] | None = None,
        fields_analytics_reports: Sequence[_Enum39] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum40] | None = None,
        limit_reports: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AnalyticsReportRequestsResponse, AnalyticsReportRequest]:
        """apps_analyticsReportRequests_getToManyRelated

        GET /v1/apps/{id}/analyticsReportRequests

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-analyticsreportrequests
        """
        from ascapi.models.analytics_report_requests_response import AnalyticsReportRequestsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/analyticsReportRequests", id=id),
            params={
                "filter[accessType]": filter_access_type,
                "fields[analyticsReportRequests]": fields_analytics_report_requests,
                "fields[analyticsReports]": fields_analytics_reports,
                "limit": limit,
                "include": include,
                "limit[reports]": limit_reports,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[reports]": 50},
            response_type=AnalyticsReportRequestsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsAndroidToIosAppMappingDetails(AsyncAPIResource):
    """``client.apps.android_to_ios_app_mapping_details``: /v1/apps"""

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
        AppAndroidToIosAppMappingDetailsLinkagesResponse,
        AppAndroidToIosAppMappingDetailsLinkagesResponseData,
    ]:
        """apps_androidToIosAppMappingDetails_getToManyRelationship

        GET /v1/apps/{id}/relationships/androidToIosAppMappingDetails

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-androidtoiosappmappingdetails
        """
        from ascapi.models.app_android_to_ios_app_mapping_details_linkages_response import (
            AppAndroidToIosAppMappingDetailsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/androidToIosAppMappingDetails", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAndroidToIosAppMappingDetailsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_android_to_ios_app_mapping_details: Sequence[_Enum24] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AndroidToIosAppMappingDetailsResponse, AndroidToIosAppMappingDetail]:
        """apps_androidToIosAppMappingDetails_getToManyRelated

        GET /v1/apps/{id}/androidToIosAppMappingDetails

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-androidtoiosappmappingdetails
        """
        from ascapi.models.android_to_ios_app_mapping_details_response import (
            AndroidToIosAppMappingDetailsResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/androidToIosAppMappingDetails", id=id),
            params={
                "fields[androidToIosAppMappingDetails]": fields_android_to_ios_app_mapping_details,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AndroidToIosAppMappingDetailsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsAppAvailabilityV2(AsyncAPIResource):
    """``client.apps.app_availability_v2``: /v1/apps"""

    async def get(
        self,
        id: str,
        *,
        fields_app_availabilities: Sequence[_Enum41] | None = None,
        fields_territory_availabilities: Sequence[_Enum42] | None = None,
        include: Sequence[_Enum43] | None = None,
        limit_territory_availabilities: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppAvailabilityV2Response:
        """apps_appAvailabilityV2_getToOneRelated

        GET /v1/apps/{id}/appAvailabilityV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appavailabilityv2
        """
        from ascapi.models.app_availability_v2_response import AppAvailabilityV2Response

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/appAvailabilityV2", id=id),
            params={
                "fields[appAvailabilities]": fields_app_availabilities,
                "fields[territoryAvailabilities]": fields_territory_availabilities,
                "include": include,
                "limit[territoryAvailabilities]": limit_territory_availabilities,
            },
            maxima={"limit[territoryAvailabilities]": 50},
            response_type=AppAvailabilityV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppAppAvailabilityV2LinkageResponse:
        """apps_appAvailabilityV2_getToOneRelationship

        GET /v1/apps/{id}/relationships/appAvailabilityV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appavailabilityv2
        """
        from ascapi.models.app_app_availability_v2_linkage_response import (
            AppAppAvailabilityV2LinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/relationships/appAvailabilityV2", id=id),
            response_type=AppAppAvailabilityV2LinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsAppClips(AsyncAPIResource):
    """``client.apps.app_clips``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppAppClipsLinkagesResponse, AppAppClipsLinkagesResponseData]:
        """apps_appClips_getToManyRelationship

        GET /v1/apps/{id}/relationships/appClips

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appclips
        """
        from ascapi.models.app_app_clips_linkages_response import AppAppClipsLinkagesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/appClips", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAppClipsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_bundle_id: Sequence[str] | None = None,
        fields_app_clips: Sequence[_Enum12] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum44] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum45] | None = None,
        limit_app_clip_default_experiences: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppClipsResponse, AppClip]:
        """apps_appClips_getToManyRelated

        GET /v1/apps/{id}/appClips

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appclips
        """
        from ascapi.models.app_clips_response import AppClipsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/appClips", id=id),
            params={
                "filter[bundleId]": filter_bundle_id,
                "fields[appClips]": fields_app_clips,
                "fields[apps]": fields_apps,
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "limit": limit,
                "include": include,
                "limit[appClipDefaultExperiences]": limit_app_clip_default_experiences,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[appClipDefaultExperiences]": 50},
            response_type=AppClipsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsAppCustomProductPages(AsyncAPIResource):
    """``client.apps.app_custom_product_pages``: /v1/apps"""

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
        AppAppCustomProductPagesLinkagesResponse, AppAppCustomProductPagesLinkagesResponseData
    ]:
        """apps_appCustomProductPages_getToManyRelationship

        GET /v1/apps/{id}/relationships/appCustomProductPages

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appcustomproductpages
        """
        from ascapi.models.app_app_custom_product_pages_linkages_response import (
            AppAppCustomProductPagesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/appCustomProductPages", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAppCustomProductPagesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_visible: Sequence[str] | None = None,
        fields_app_custom_product_pages: Sequence[_Enum17] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_app_custom_product_page_versions: Sequence[_Enum46] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum47] | None = None,
        limit_app_custom_product_page_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppCustomProductPagesResponse, AppCustomProductPage]:
        """apps_appCustomProductPages_getToManyRelated

        GET /v1/apps/{id}/appCustomProductPages

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appcustomproductpages
        """
        from ascapi.models.app_custom_product_pages_response import AppCustomProductPagesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/appCustomProductPages", id=id),
            params={
                "filter[visible]": filter_visible,
                "fields[appCustomProductPages]": fields_app_custom_product_pages,
                "fields[apps]": fields_apps,
                "fields[appCustomProductPageVersions]": fields_app_custom_product_page_versions,
                "limit": limit,
                "include": include,
                "limit[appCustomProductPageVersions]": limit_app_custom_product_page_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[appCustomProductPageVersions]": 50},
            response_type=AppCustomProductPagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsAppEncryptionDeclarations(AsyncAPIResource):
    """``client.apps.app_encryption_declarations``: /v1/apps"""

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
        AppAppEncryptionDeclarationsLinkagesResponse,
        AppAppEncryptionDeclarationsLinkagesResponseData,
    ]:
        """apps_appEncryptionDeclarations_getToManyRelationship

        GET /v1/apps/{id}/relationships/appEncryptionDeclarations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appencryptiondeclarations
        """
        from ascapi.models.app_app_encryption_declarations_linkages_response import (
            AppAppEncryptionDeclarationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/appEncryptionDeclarations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAppEncryptionDeclarationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_platform: Sequence[_Enum27] | None = None,
        filter_builds: Sequence[str] | None = None,
        fields_app_encryption_declarations: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum8] | None = None,
        fields_app_encryption_declaration_documents: Sequence[_Enum48] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum49] | None = None,
        limit_builds: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppEncryptionDeclarationsResponse, AppEncryptionDeclaration]:
        """apps_appEncryptionDeclarations_getToManyRelated

        GET /v1/apps/{id}/appEncryptionDeclarations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appencryptiondeclarations
        """
        from ascapi.models.app_encryption_declarations_response import (
            AppEncryptionDeclarationsResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/appEncryptionDeclarations", id=id),
            params={
                "filter[platform]": filter_platform,
                "filter[builds]": filter_builds,
                "fields[appEncryptionDeclarations]": fields_app_encryption_declarations,
                "fields[apps]": fields_apps,
                "fields[builds]": fields_builds,
                "fields[appEncryptionDeclarationDocuments]": fields_app_encryption_declaration_documents,
                "limit": limit,
                "include": include,
                "limit[builds]": limit_builds,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[builds]": 50},
            response_type=AppEncryptionDeclarationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsAppEvents(AsyncAPIResource):
    """``client.apps.app_events``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppAppEventsLinkagesResponse, AppAppEventsLinkagesResponseData]:
        """apps_appEvents_getToManyRelationship

        GET /v1/apps/{id}/relationships/appEvents

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appevents
        """
        from ascapi.models.app_app_events_linkages_response import AppAppEventsLinkagesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/appEvents", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAppEventsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_event_state: Sequence[_Enum50] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_app_events: Sequence[_Enum19] | None = None,
        fields_app_event_localizations: Sequence[_Enum51] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum52] | None = None,
        limit_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppEventsResponse, AppEvent]:
        """apps_appEvents_getToManyRelated

        GET /v1/apps/{id}/appEvents

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appevents
        """
        from ascapi.models.app_events_response import AppEventsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/appEvents", id=id),
            params={
                "filter[eventState]": filter_event_state,
                "filter[id]": filter_id,
                "fields[appEvents]": fields_app_events,
                "fields[appEventLocalizations]": fields_app_event_localizations,
                "limit": limit,
                "include": include,
                "limit[localizations]": limit_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[localizations]": 50},
            response_type=AppEventsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsAppInfos(AsyncAPIResource):
    """``client.apps.app_infos``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppAppInfosLinkagesResponse, AppAppInfosLinkagesResponseData]:
        """apps_appInfos_getToManyRelationship

        GET /v1/apps/{id}/relationships/appInfos

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appinfos
        """
        from ascapi.models.app_app_infos_linkages_response import AppAppInfosLinkagesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/appInfos", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAppInfosLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_app_infos: Sequence[_Enum11] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_age_rating_declarations: Sequence[_Enum53] | None = None,
        fields_app_info_localizations: Sequence[_Enum54] | None = None,
        fields_app_categories: Sequence[_Enum55] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum56] | None = None,
        limit_app_info_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppInfosResponse, AppInfo]:
        """apps_appInfos_getToManyRelated

        GET /v1/apps/{id}/appInfos

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appinfos
        """
        from ascapi.models.app_infos_response import AppInfosResponse

        return self._client._get_page(
            path("/v1/apps/{id}/appInfos", id=id),
            params={
                "fields[appInfos]": fields_app_infos,
                "fields[apps]": fields_apps,
                "fields[ageRatingDeclarations]": fields_age_rating_declarations,
                "fields[appInfoLocalizations]": fields_app_info_localizations,
                "fields[appCategories]": fields_app_categories,
                "limit": limit,
                "include": include,
                "limit[appInfoLocalizations]": limit_app_info_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[appInfoLocalizations]": 50},
            response_type=AppInfosResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsAppPricePoints(AsyncAPIResource):
    """``client.apps.app_price_points``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppAppPricePointsLinkagesResponse, AppAppPricePointsLinkagesResponseData]:
        """apps_appPricePoints_getToManyRelationship

        GET /v1/apps/{id}/relationships/appPricePoints

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-apppricepoints
        """
        from ascapi.models.app_app_price_points_linkages_response import (
            AppAppPricePointsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/appPricePoints", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAppPricePointsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_app_price_points: Sequence[_Enum57] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum58] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum59] | None = None,
        cursor: str | None = None,
        accept: Literal["text/csv"],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Awaitable[str]: ...

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_app_price_points: Sequence[_Enum57] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum58] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum59] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppPricePointsV3Response, AppPricePointV3]: ...

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_app_price_points: Sequence[_Enum57] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum58] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum59] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json", "text/csv"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppPricePointsV3Response, AppPricePointV3] | Awaitable[str]:
        """apps_appPricePoints_getToManyRelated

        GET /v1/apps/{id}/appPricePoints

        ``accept="text/csv"`` returns the CSV text instead of a page of JSON.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apppricepoints
        """
        from ascapi.models.app_price_points_v3_response import AppPricePointsV3Response

        if accept == "text/csv":
            return self._client._call(
                "GET",
                path("/v1/apps/{id}/appPricePoints", id=id),
                params={
                    "filter[territory]": filter_territory,
                    "fields[appPricePoints]": fields_app_price_points,
                    "fields[apps]": fields_apps,
                    "fields[territories]": fields_territories,
                    "limit": limit,
                    "include": include,
                    "cursor": cursor,
                },
                maxima={"limit": 200},
                result="text",
                accept="text/csv",
                options=options(extra_headers, extra_query, timeout),
            )
        return self._client._get_page(
            path("/v1/apps/{id}/appPricePoints", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[appPricePoints]": fields_app_price_points,
                "fields[apps]": fields_apps,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppPricePointsV3Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsAppPriceSchedule(AsyncAPIResource):
    """``client.apps.app_price_schedule``: /v1/apps"""

    async def get(
        self,
        id: str,
        *,
        fields_app_price_schedules: Sequence[_Enum60] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum58] | None = None,
        fields_app_prices: Sequence[_Enum61] | None = None,
        include: Sequence[_Enum60] | None = None,
        limit_manual_prices: int | None = None,
        limit_automatic_prices: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppPriceScheduleResponse:
        """apps_appPriceSchedule_getToOneRelated

        GET /v1/apps/{id}/appPriceSchedule

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apppriceschedule
        """
        from ascapi.models.app_price_schedule_response import AppPriceScheduleResponse

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/appPriceSchedule", id=id),
            params={
                "fields[appPriceSchedules]": fields_app_price_schedules,
                "fields[apps]": fields_apps,
                "fields[territories]": fields_territories,
                "fields[appPrices]": fields_app_prices,
                "include": include,
                "limit[manualPrices]": limit_manual_prices,
                "limit[automaticPrices]": limit_automatic_prices,
            },
            maxima={"limit[manualPrices]": 50, "limit[automaticPrices]": 50},
            response_type=AppPriceScheduleResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppAppPriceScheduleLinkageResponse:
        """apps_appPriceSchedule_getToOneRelationship

        GET /v1/apps/{id}/relationships/appPriceSchedule

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-apppriceschedule
        """
        from ascapi.models.app_app_price_schedule_linkage_response import (
            AppAppPriceScheduleLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/relationships/appPriceSchedule", id=id),
            response_type=AppAppPriceScheduleLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsAppStoreVersionExperimentsV2(AsyncAPIResource):
    """``client.apps.app_store_version_experiments_v2``: /v1/apps"""

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
        AppAppStoreVersionExperimentsV2LinkagesResponse,
        AppAppStoreVersionExperimentsV2LinkagesResponseData,
    ]:
        """apps_appStoreVersionExperimentsV2_getToManyRelationship

        GET /v1/apps/{id}/relationships/appStoreVersionExperimentsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appstoreversionexperimentsv2
        """
        from ascapi.models.app_app_store_version_experiments_v2_linkages_response import (
            AppAppStoreVersionExperimentsV2LinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/appStoreVersionExperimentsV2", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAppStoreVersionExperimentsV2LinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_state: Sequence[_Enum62] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum23] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_app_store_versions: Sequence[_Enum5] | None = None,
        fields_app_store_version_experiment_treatments: Sequence[_Enum63] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum64] | None = None,
        limit_control_versions: int | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppStoreVersionExperimentsV2Response, AppStoreVersionExperimentV2]:
        """apps_appStoreVersionExperimentsV2_getToManyRelated

        GET /v1/apps/{id}/appStoreVersionExperimentsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appstoreversionexperimentsv2
        """
        from ascapi.models.app_store_version_experiments_v2_response import (
            AppStoreVersionExperimentsV2Response,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/appStoreVersionExperimentsV2", id=id),
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


class AsyncAppsAppStoreVersions(AsyncAPIResource):
    """``client.apps.app_store_versions``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppAppStoreVersionsLinkagesResponse, AppAppStoreVersionsLinkagesResponseData]:
        """apps_appStoreVersions_getToManyRelationship

        GET /v1/apps/{id}/relationships/appStoreVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appstoreversions
        """
        from ascapi.models.app_app_store_versions_linkages_response import (
            AppAppStoreVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/appStoreVersions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAppStoreVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_platform: Sequence[_Enum27] | None = None,
        filter_version_string: Sequence[str] | None = None,
        filter_app_store_state: Sequence[_Enum26] | None = None,
        filter_app_version_state: Sequence[_Enum28] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_app_store_versions: Sequence[_Enum5] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum65] | None = None,
        fields_builds: Sequence[_Enum8] | None = None,
        fields_app_store_version_phased_releases: Sequence[_Enum66] | None = None,
        fields_game_center_app_versions: Sequence[_Enum67] | None = None,
        fields_routing_app_coverages: Sequence[_Enum68] | None = None,
        fields_app_store_review_details: Sequence[_Enum69] | None = None,
        fields_app_store_version_submissions: Sequence[_Enum70] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum44] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum71] | None = None,
        fields_alternative_distribution_packages: Sequence[_Enum72] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum73] | None = None,
        limit_app_store_version_localizations: int | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppStoreVersionsResponse, AppStoreVersion]:
        """apps_appStoreVersions_getToManyRelated

        GET /v1/apps/{id}/appStoreVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appstoreversions
        """
        from ascapi.models.app_store_versions_response import AppStoreVersionsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/appStoreVersions", id=id),
            params={
                "filter[platform]": filter_platform,
                "filter[versionString]": filter_version_string,
                "filter[appStoreState]": filter_app_store_state,
                "filter[appVersionState]": filter_app_version_state,
                "filter[id]": filter_id,
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
                "limit": limit,
                "include": include,
                "limit[appStoreVersionLocalizations]": limit_app_store_version_localizations,
                "limit[appStoreVersionExperiments]": limit_app_store_version_experiments,
                "limit[appStoreVersionExperimentsV2]": limit_app_store_version_experiments_v2,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[appStoreVersionLocalizations]": 50,
                "limit[appStoreVersionExperiments]": 50,
                "limit[appStoreVersionExperimentsV2]": 50,
            },
            response_type=AppStoreVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsAppTags(AsyncAPIResource):
    """``client.apps.app_tags``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppAppTagsLinkagesResponse, AppAppTagsLinkagesResponseData]:
        """apps_appTags_getToManyRelationship

        GET /v1/apps/{id}/relationships/appTags

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-apptags
        """
        from ascapi.models.app_app_tags_linkages_response import AppAppTagsLinkagesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/appTags", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAppTagsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_visible_in_app_store: Sequence[str] | None = None,
        sort: Sequence[_Enum74] | None = None,
        fields_app_tags: Sequence[_Enum75] | None = None,
        fields_territories: Sequence[_Enum58] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum76] | None = None,
        limit_territories: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppTagsResponse, AppTag]:
        """apps_appTags_getToManyRelated

        GET /v1/apps/{id}/appTags

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apptags
        """
        from ascapi.models.app_tags_response import AppTagsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/appTags", id=id),
            params={
                "filter[visibleInAppStore]": filter_visible_in_app_store,
                "sort": sort,
                "fields[appTags]": fields_app_tags,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "limit[territories]": limit_territories,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[territories]": 50},
            response_type=AppTagsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsBackgroundAssets(AsyncAPIResource):
    """``client.apps.background_assets``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppBackgroundAssetsLinkagesResponse, AppBackgroundAssetsLinkagesResponseData]:
        """apps_backgroundAssets_getToManyRelationship

        GET /v1/apps/{id}/relationships/backgroundAssets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-backgroundassets
        """
        from ascapi.models.app_background_assets_linkages_response import (
            AppBackgroundAssetsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/backgroundAssets", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppBackgroundAssetsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_archived: Sequence[str] | None = None,
        filter_asset_pack_identifier: Sequence[str] | None = None,
        filter_versions_locale: Sequence[str] | None = None,
        filter_versions_platforms: Sequence[_Enum27] | None = None,
        sort: Sequence[_Enum77] | None = None,
        fields_background_assets: Sequence[_Enum78] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_background_asset_versions: Sequence[_Enum79] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum80] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BackgroundAssetsResponse, BackgroundAsset]:
        """apps_backgroundAssets_getToManyRelated

        GET /v1/apps/{id}/backgroundAssets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-backgroundassets
        """
        from ascapi.models.background_assets_response import BackgroundAssetsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/backgroundAssets", id=id),
            params={
                "filter[archived]": filter_archived,
                "filter[assetPackIdentifier]": filter_asset_pack_identifier,
                "filter[versions.locale]": filter_versions_locale,
                "filter[versions.platforms]": filter_versions_platforms,
                "sort": sort,
                "fields[backgroundAssets]": fields_background_assets,
                "fields[apps]": fields_apps,
                "fields[backgroundAssetVersions]": fields_background_asset_versions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BackgroundAssetsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsBetaAppLocalizations(AsyncAPIResource):
    """``client.apps.beta_app_localizations``: /v1/apps"""

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
        AppBetaAppLocalizationsLinkagesResponse, AppBetaAppLocalizationsLinkagesResponseData
    ]:
        """apps_betaAppLocalizations_getToManyRelationship

        GET /v1/apps/{id}/relationships/betaAppLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betaapplocalizations
        """
        from ascapi.models.app_beta_app_localizations_linkages_response import (
            AppBetaAppLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/betaAppLocalizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppBetaAppLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_beta_app_localizations: Sequence[_Enum7] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaAppLocalizationsWithoutIncludesResponse, BetaAppLocalization]:
        """apps_betaAppLocalizations_getToManyRelated

        GET /v1/apps/{id}/betaAppLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betaapplocalizations
        """
        from ascapi.models.beta_app_localizations_without_includes_response import (
            BetaAppLocalizationsWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/betaAppLocalizations", id=id),
            params={
                "fields[betaAppLocalizations]": fields_beta_app_localizations,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaAppLocalizationsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsBetaAppReviewDetail(AsyncAPIResource):
    """``client.apps.beta_app_review_detail``: /v1/apps"""

    async def get(
        self,
        id: str,
        *,
        fields_beta_app_review_details: Sequence[_Enum10] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppReviewDetailWithoutIncludesResponse:
        """apps_betaAppReviewDetail_getToOneRelated

        GET /v1/apps/{id}/betaAppReviewDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betaappreviewdetail
        """
        from ascapi.models.beta_app_review_detail_without_includes_response import (
            BetaAppReviewDetailWithoutIncludesResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/betaAppReviewDetail", id=id),
            params={"fields[betaAppReviewDetails]": fields_beta_app_review_details},
            response_type=BetaAppReviewDetailWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppBetaAppReviewDetailLinkageResponse:
        """apps_betaAppReviewDetail_getToOneRelationship

        GET /v1/apps/{id}/relationships/betaAppReviewDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betaappreviewdetail
        """
        from ascapi.models.app_beta_app_review_detail_linkage_response import (
            AppBetaAppReviewDetailLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/relationships/betaAppReviewDetail", id=id),
            response_type=AppBetaAppReviewDetailLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsBetaFeedbackCrashSubmissions(AsyncAPIResource):
    """``client.apps.beta_feedback_crash_submissions``: /v1/apps"""

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
        AppBetaFeedbackCrashSubmissionsLinkagesResponse,
        AppBetaFeedbackCrashSubmissionsLinkagesResponseData,
    ]:
        """apps_betaFeedbackCrashSubmissions_getToManyRelationship

        GET /v1/apps/{id}/relationships/betaFeedbackCrashSubmissions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betafeedbackcrashsubmissions
        """
        from ascapi.models.app_beta_feedback_crash_submissions_linkages_response import (
            AppBetaFeedbackCrashSubmissionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/betaFeedbackCrashSubmissions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppBetaFeedbackCrashSubmissionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_device_model: Sequence[str] | None = None,
        filter_os_version: Sequence[str] | None = None,
        filter_app_platform: Sequence[_Enum27] | None = None,
        filter_device_platform: Sequence[_Enum27] | None = None,
        filter_build: Sequence[str] | None = None,
        filter_build_pre_release_version: Sequence[str] | None = None,
        filter_tester: Sequence[str] | None = None,
        sort: Sequence[_Enum81] | None = None,
        fields_beta_feedback_crash_submissions: Sequence[_Enum82] | None = None,
        fields_builds: Sequence[_Enum8] | None = None,
        fields_beta_testers: Sequence[_Enum83] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum84] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaFeedbackCrashSubmissionsResponse, BetaFeedbackCrashSubmission]:
        """apps_betaFeedbackCrashSubmissions_getToManyRelated

        GET /v1/apps/{id}/betaFeedbackCrashSubmissions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betafeedbackcrashsubmissions
        """
        from ascapi.models.beta_feedback_crash_submissions_response import (
            BetaFeedbackCrashSubmissionsResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/betaFeedbackCrashSubmissions", id=id),
            params={
                "filter[deviceModel]": filter_device_model,
                "filter[osVersion]": filter_os_version,
                "filter[appPlatform]": filter_app_platform,
                "filter[devicePlatform]": filter_device_platform,
                "filter[build]": filter_build,
                "filter[build.preReleaseVersion]": filter_build_pre_release_version,
                "filter[tester]": filter_tester,
                "sort": sort,
                "fields[betaFeedbackCrashSubmissions]": fields_beta_feedback_crash_submissions,
                "fields[builds]": fields_builds,
                "fields[betaTesters]": fields_beta_testers,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaFeedbackCrashSubmissionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsBetaFeedbackScreenshotSubmissions(AsyncAPIResource):
    """``client.apps.beta_feedback_screenshot_submissions``: /v1/apps"""

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
        AppBetaFeedbackScreenshotSubmissionsLinkagesResponse,
        AppBetaFeedbackScreenshotSubmissionsLinkagesResponseData,
    ]:
        """apps_betaFeedbackScreenshotSubmissions_getToManyRelationship

        GET /v1/apps/{id}/relationships/betaFeedbackScreenshotSubmissions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betafeedbackscreenshotsubmissions
        """
        from ascapi.models.app_beta_feedback_screenshot_submissions_linkages_response import (
            AppBetaFeedbackScreenshotSubmissionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/betaFeedbackScreenshotSubmissions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppBetaFeedbackScreenshotSubmissionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_device_model: Sequence[str] | None = None,
        filter_os_version: Sequence[str] | None = None,
        filter_app_platform: Sequence[_Enum27] | None = None,
        filter_device_platform: Sequence[_Enum27] | None = None,
        filter_build: Sequence[str] | None = None,
        filter_build_pre_release_version: Sequence[str] | None = None,
        filter_tester: Sequence[str] | None = None,
        sort: Sequence[_Enum81] | None = None,
        fields_beta_feedback_screenshot_submissions: Sequence[_Enum85] | None = None,
        fields_builds: Sequence[_Enum8] | None = None,
        fields_beta_testers: Sequence[_Enum83] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum84] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaFeedbackScreenshotSubmissionsResponse, BetaFeedbackScreenshotSubmission]:
        """apps_betaFeedbackScreenshotSubmissions_getToManyRelated

        GET /v1/apps/{id}/betaFeedbackScreenshotSubmissions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betafeedbackscreenshotsubmissions
        """
        from ascapi.models.beta_feedback_screenshot_submissions_response import (
            BetaFeedbackScreenshotSubmissionsResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/betaFeedbackScreenshotSubmissions", id=id),
            params={
                "filter[deviceModel]": filter_device_model,
                "filter[osVersion]": filter_os_version,
                "filter[appPlatform]": filter_app_platform,
                "filter[devicePlatform]": filter_device_platform,
                "filter[build]": filter_build,
                "filter[build.preReleaseVersion]": filter_build_pre_release_version,
                "filter[tester]": filter_tester,
                "sort": sort,
                "fields[betaFeedbackScreenshotSubmissions]": fields_beta_feedback_screenshot_submissions,
                "fields[builds]": fields_builds,
                "fields[betaTesters]": fields_beta_testers,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaFeedbackScreenshotSubmissionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsBetaGroups(AsyncAPIResource):
    """``client.apps.beta_groups``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppBetaGroupsLinkagesResponse, AppBetaGroupsLinkagesResponseData]:
        """apps_betaGroups_getToManyRelationship

        GET /v1/apps/{id}/relationships/betaGroups

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betagroups
        """
        from ascapi.models.app_beta_groups_linkages_response import AppBetaGroupsLinkagesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/betaGroups", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppBetaGroupsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_beta_groups: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaGroupsWithoutIncludesResponse, BetaGroup]:
        """apps_betaGroups_getToManyRelated

        GET /v1/apps/{id}/betaGroups

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betagroups
        """
        from ascapi.models.beta_groups_without_includes_response import (
            BetaGroupsWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/betaGroups", id=id),
            params={"fields[betaGroups]": fields_beta_groups, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaGroupsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsBetaLicenseAgreement(AsyncAPIResource):
    """``client.apps.beta_license_agreement``: /v1/apps"""

    async def get(
        self,
        id: str,
        *,
        fields_beta_license_agreements: Sequence[_Enum9] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaLicenseAgreementWithoutIncludesResponse:
        """apps_betaLicenseAgreement_getToOneRelated

        GET /v1/apps/{id}/betaLicenseAgreement

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betalicenseagreement
        """
        from ascapi.models.beta_license_agreement_without_includes_response import (
            BetaLicenseAgreementWithoutIncludesResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/betaLicenseAgreement", id=id),
            params={"fields[betaLicenseAgreements]": fields_beta_license_agreements},
            response_type=BetaLicenseAgreementWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppBetaLicenseAgreementLinkageResponse:
        """apps_betaLicenseAgreement_getToOneRelationship

        GET /v1/apps/{id}/relationships/betaLicenseAgreement

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betalicenseagreement
        """
        from ascapi.models.app_beta_license_agreement_linkage_response import (
            AppBetaLicenseAgreementLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/relationships/betaLicenseAgreement", id=id),
            response_type=AppBetaLicenseAgreementLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsBetaTesterUsages(AsyncAPIResource):
    """``client.apps.beta_tester_usages``: /v1/apps"""

    def metrics(
        self,
        id: str,
        *,
        period: _Enum86 | None = None,
        group_by: Sequence[_Enum87] | None = None,
        filter_beta_testers: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppsBetaTesterUsagesV1MetricResponse, AppsBetaTesterUsagesV1MetricResponseData]:
        """apps_betaTesterUsages_getMetrics

        GET /v1/apps/{id}/metrics/betaTesterUsages

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-metrics-betatesterusages
        """
        from ascapi.models.apps_beta_tester_usages_v1_metric_response import (
            AppsBetaTesterUsagesV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/metrics/betaTesterUsages", id=id),
            params={
                "period": period,
                "groupBy": group_by,
                "filter[betaTesters]": filter_beta_testers,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppsBetaTesterUsagesV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsBetaTesters(AsyncAPIResource):
    """``client.apps.beta_testers``: /v1/apps"""

    async def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: AppBetaTestersLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """apps_betaTesters_deleteToManyRelationship

        DELETE /v1/apps/{id}/relationships/betaTesters

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-apps-_id_-relationships-betatesters
        """
        if body is None:
            body = _support.linkages("betaTesters", ids)
        return await self._client._call(
            "DELETE",
            path("/v1/apps/{id}/relationships/betaTesters", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsBuildUploads(AsyncAPIResource):
    """``client.apps.build_uploads``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppBuildUploadsLinkagesResponse, AppBuildUploadsLinkagesResponseData]:
        """apps_buildUploads_getToManyRelationship

        GET /v1/apps/{id}/relationships/buildUploads

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-builduploads
        """
        from ascapi.models.app_build_uploads_linkages_response import (
            AppBuildUploadsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/buildUploads", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppBuildUploadsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_cf_bundle_short_version_string: Sequence[str] | None = None,
        filter_cf_bundle_version: Sequence[str] | None = None,
        filter_platform: Sequence[_Enum27] | None = None,
        filter_state: Sequence[str] | None = None,
        sort: Sequence[_Enum88] | None = None,
        fields_build_uploads: Sequence[_Enum89] | None = None,
        fields_builds: Sequence[_Enum8] | None = None,
        fields_build_upload_files: Sequence[_Enum90] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum91] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BuildUploadsResponse, BuildUpload]:
        """apps_buildUploads_getToManyRelated

        GET /v1/apps/{id}/buildUploads

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-builduploads
        """
        from ascapi.models.build_uploads_response import BuildUploadsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/buildUploads", id=id),
            params={
                "filter[cfBundleShortVersionString]": filter_cf_bundle_short_version_string,
                "filter[cfBundleVersion]": filter_cf_bundle_version,
                "filter[platform]": filter_platform,
                "filter[state]": filter_state,
                "sort": sort,
                "fields[buildUploads]": fields_build_uploads,
                "fields[builds]": fields_builds,
                "fields[buildUploadFiles]": fields_build_upload_files,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BuildUploadsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsBuilds(AsyncAPIResource):
    """``client.apps.builds``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppBuildsLinkagesResponse, AppBuildsLinkagesResponseData]:
        """apps_builds_getToManyRelationship

        GET /v1/apps/{id}/relationships/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-builds
        """
        from ascapi.models.app_builds_linkages_response import AppBuildsLinkagesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/builds", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppBuildsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_builds: Sequence[_Enum8] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BuildsWithoutIncludesResponse, Build]:
        """apps_builds_getToManyRelated

        GET /v1/apps/{id}/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-builds
        """
        from ascapi.models.builds_without_includes_response import BuildsWithoutIncludesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/builds", id=id),
            params={"fields[builds]": fields_builds, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsCiProduct(AsyncAPIResource):
    """``client.apps.ci_product``: /v1/apps"""

    async def get(
        self,
        id: str,
        *,
        fields_ci_products: Sequence[_Enum3] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_bundle_ids: Sequence[_Enum92] | None = None,
        fields_scm_repositories: Sequence[_Enum93] | None = None,
        include: Sequence[_Enum94] | None = None,
        limit_primary_repositories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiProductResponse:
        """apps_ciProduct_getToOneRelated

        GET /v1/apps/{id}/ciProduct

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-ciproduct
        """
        from ascapi.models.ci_product_response import CiProductResponse

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/ciProduct", id=id),
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

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCiProductLinkageResponse:
        """apps_ciProduct_getToOneRelationship

        GET /v1/apps/{id}/relationships/ciProduct

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-ciproduct
        """
        from ascapi.models.app_ci_product_linkage_response import AppCiProductLinkageResponse

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/relationships/ciProduct", id=id),
            response_type=AppCiProductLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsCustomerReviewSummarizations(AsyncAPIResource):
    """``client.apps.customer_review_summarizations``: /v1/apps"""

    def list(
        self,
        id: str,
        *,
        filter_platform: Sequence[_Enum27],
        filter_territory: Sequence[str] | None = None,
        fields_customer_review_summarizations: Sequence[_Enum95] | None = None,
        fields_territories: Sequence[_Enum58] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum96] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CustomerReviewSummarizationsResponse, CustomerReviewSummarization]:
        """apps_customerReviewSummarizations_getToManyRelated

        GET /v1/apps/{id}/customerReviewSummarizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-customerreviewsummarizations
        """
        from ascapi.models.customer_review_summarizations_response import (
            CustomerReviewSummarizationsResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/customerReviewSummarizations", id=id),
            params={
                "filter[platform]": filter_platform,
                "filter[territory]": filter_territory,
                "fields[customerReviewSummarizations]": fields_customer_review_summarizations,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=CustomerReviewSummarizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsCustomerReviews(AsyncAPIResource):
    """``client.apps.customer_reviews``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppCustomerReviewsLinkagesResponse, AppCustomerReviewsLinkagesResponseData]:
        """apps_customerReviews_getToManyRelationship

        GET /v1/apps/{id}/relationships/customerReviews

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-customerreviews
        """
        from ascapi.models.app_customer_reviews_linkages_response import (
            AppCustomerReviewsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/customerReviews", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppCustomerReviewsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[_Enum97] | None = None,
        filter_rating: Sequence[str] | None = None,
        filter_review_territory: Sequence[str] | None = None,
        exists_published_response: bool | None = None,
        sort: Sequence[_Enum98] | None = None,
        fields_customer_reviews: Sequence[_Enum99] | None = None,
        fields_customer_review_responses: Sequence[_Enum100] | None = None,
        fields_territories: Sequence[_Enum58] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum101] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CustomerReviewsResponse, CustomerReview]:
        """apps_customerReviews_getToManyRelated

        GET /v1/apps/{id}/customerReviews

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-customerreviews
        """
        from ascapi.models.customer_reviews_response import CustomerReviewsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/customerReviews", id=id),
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


class AsyncAppsEndUserLicenseAgreement(AsyncAPIResource):
    """``client.apps.end_user_license_agreement``: /v1/apps"""

    async def get(
        self,
        id: str,
        *,
        fields_end_user_license_agreements: Sequence[_Enum13] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EndUserLicenseAgreementWithoutIncludesResponse:
        """apps_endUserLicenseAgreement_getToOneRelated

        GET /v1/apps/{id}/endUserLicenseAgreement

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-enduserlicenseagreement
        """
        from ascapi.models.end_user_license_agreement_without_includes_response import (
            EndUserLicenseAgreementWithoutIncludesResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/endUserLicenseAgreement", id=id),
            params={"fields[endUserLicenseAgreements]": fields_end_user_license_agreements},
            response_type=EndUserLicenseAgreementWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEndUserLicenseAgreementLinkageResponse:
        """apps_endUserLicenseAgreement_getToOneRelationship

        GET /v1/apps/{id}/relationships/endUserLicenseAgreement

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-enduserlicenseagreement
        """
        from ascapi.models.app_end_user_license_agreement_linkage_response import (
            AppEndUserLicenseAgreementLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/relationships/endUserLicenseAgreement", id=id),
            response_type=AppEndUserLicenseAgreementLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsGameCenterDetail(AsyncAPIResource):
    """``client.apps.game_center_detail``: /v1/apps"""

    async def get(
        self,
        id: str,
        *,
        fields_game_center_details: Sequence[_Enum22] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_game_center_app_versions: Sequence[_Enum67] | None = None,
        fields_game_center_groups: Sequence[_Enum102] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum103] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum104] | None = None,
        fields_game_center_achievements: Sequence[_Enum105] | None = None,
        fields_game_center_activities: Sequence[_Enum106] | None = None,
        fields_game_center_challenges: Sequence[_Enum107] | None = None,
        fields_game_center_achievement_releases: Sequence[_Enum108] | None = None,
        fields_game_center_activity_version_releases: Sequence[_Enum109] | None = None,
        fields_game_center_challenge_version_releases: Sequence[_Enum109] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum110] | None = None,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum111] | None = None,
        fields_app_store_versions: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum112] | None = None,
        limit_game_center_app_versions: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_achievement_releases: int | None = None,
        limit_activity_releases: int | None = None,
        limit_challenge_releases: int | None = None,
        limit_leaderboard_releases: int | None = None,
        limit_leaderboard_set_releases: int | None = None,
        limit_challenges_minimum_platform_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterDetailResponse:
        """apps_gameCenterDetail_getToOneRelated

        GET /v1/apps/{id}/gameCenterDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-gamecenterdetail
        """
        from ascapi.models.game_center_detail_response import GameCenterDetailResponse

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/gameCenterDetail", id=id),
            params={
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[apps]": fields_apps,
                "fields[gameCenterAppVersions]": fields_game_center_app_versions,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "fields[gameCenterAchievementReleases]": fields_game_center_achievement_releases,
                "fields[gameCenterActivityVersionReleases]": fields_game_center_activity_version_releases,
                "fields[gameCenterChallengeVersionReleases]": fields_game_center_challenge_version_releases,
                "fields[gameCenterLeaderboardReleases]": fields_game_center_leaderboard_releases,
                "fields[gameCenterLeaderboardSetReleases]": fields_game_center_leaderboard_set_releases,
                "fields[appStoreVersions]": fields_app_store_versions,
                "include": include,
                "limit[gameCenterAppVersions]": limit_game_center_app_versions,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[gameCenterLeaderboardsV2]": limit_game_center_leaderboards_v2,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[gameCenterLeaderboardSetsV2]": limit_game_center_leaderboard_sets_v2,
                "limit[gameCenterAchievements]": limit_game_center_achievements,
                "limit[gameCenterAchievementsV2]": limit_game_center_achievements_v2,
                "limit[gameCenterActivities]": limit_game_center_activities,
                "limit[gameCenterChallenges]": limit_game_center_challenges,
                "limit[achievementReleases]": limit_achievement_releases,
                "limit[activityReleases]": limit_activity_releases,
                "limit[challengeReleases]": limit_challenge_releases,
                "limit[leaderboardReleases]": limit_leaderboard_releases,
                "limit[leaderboardSetReleases]": limit_leaderboard_set_releases,
                "limit[challengesMinimumPlatformVersions]": limit_challenges_minimum_platform_versions,
            },
            maxima={
                "limit[gameCenterAppVersions]": 50,
                "limit[gameCenterLeaderboards]": 50,
                "limit[gameCenterLeaderboardsV2]": 50,
                "limit[gameCenterLeaderboardSets]": 50,
                "limit[gameCenterLeaderboardSetsV2]": 50,
                "limit[gameCenterAchievements]": 50,
                "limit[gameCenterAchievementsV2]": 50,
                "limit[gameCenterActivities]": 50,
                "limit[gameCenterChallenges]": 50,
                "limit[achievementReleases]": 50,
                "limit[activityReleases]": 50,
                "limit[challengeReleases]": 50,
                "limit[leaderboardReleases]": 50,
                "limit[leaderboardSetReleases]": 50,
                "limit[challengesMinimumPlatformVersions]": 50,
            },
            response_type=GameCenterDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppGameCenterDetailLinkageResponse:
        """apps_gameCenterDetail_getToOneRelationship

        GET /v1/apps/{id}/relationships/gameCenterDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-gamecenterdetail
        """
        from ascapi.models.app_game_center_detail_linkage_response import (
            AppGameCenterDetailLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/relationships/gameCenterDetail", id=id),
            response_type=AppGameCenterDetailLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsGameCenterEnabledVersions(AsyncAPIResource):
    """``client.apps.game_center_enabled_versions``: /v1/apps"""

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
        AppGameCenterEnabledVersionsLinkagesResponse,
        AppGameCenterEnabledVersionsLinkagesResponseData,
    ]:
        """apps_gameCenterEnabledVersions_getToManyRelationship

        GET /v1/apps/{id}/relationships/gameCenterEnabledVersions

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-gamecenterenabledversions
        """
        from ascapi.models.app_game_center_enabled_versions_linkages_response import (
            AppGameCenterEnabledVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/gameCenterEnabledVersions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="apps_gameCenterEnabledVersions_getToManyRelationship",
            response_type=AppGameCenterEnabledVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_platform: Sequence[_Enum27] | None = None,
        filter_version_string: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        sort: Sequence[_Enum113] | None = None,
        fields_game_center_enabled_versions: Sequence[_Enum16] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum114] | None = None,
        limit_compatible_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterEnabledVersionsResponse, GameCenterEnabledVersion]:
        """apps_gameCenterEnabledVersions_getToManyRelated

        GET /v1/apps/{id}/gameCenterEnabledVersions

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-gamecenterenabledversions
        """
        from ascapi.models.game_center_enabled_versions_response import (
            GameCenterEnabledVersionsResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/gameCenterEnabledVersions", id=id),
            params={
                "filter[platform]": filter_platform,
                "filter[versionString]": filter_version_string,
                "filter[id]": filter_id,
                "sort": sort,
                "fields[gameCenterEnabledVersions]": fields_game_center_enabled_versions,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "limit[compatibleVersions]": limit_compatible_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[compatibleVersions]": 50},
            deprecated="apps_gameCenterEnabledVersions_getToManyRelated",
            response_type=GameCenterEnabledVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsInAppPurchases(AsyncAPIResource):
    """``client.apps.in_app_purchases``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppInAppPurchasesLinkagesResponse, AppInAppPurchasesLinkagesResponseData]:
        """apps_inAppPurchases_getToManyRelationship

        GET /v1/apps/{id}/relationships/inAppPurchases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-inapppurchases
        """
        from ascapi.models.app_in_app_purchases_linkages_response import (
            AppInAppPurchasesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/inAppPurchases", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="apps_inAppPurchases_getToManyRelationship",
            response_type=AppInAppPurchasesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_in_app_purchase_type: Sequence[_Enum115] | None = None,
        filter_can_be_submitted: Sequence[str] | None = None,
        sort: Sequence[_Enum116] | None = None,
        fields_in_app_purchases: Sequence[_Enum117] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum118] | None = None,
        limit_apps: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[InAppPurchasesResponse, InAppPurchase]:
        """apps_inAppPurchases_getToManyRelated

        GET /v1/apps/{id}/inAppPurchases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-inapppurchases
        """
        from ascapi.models.in_app_purchases_response import InAppPurchasesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/inAppPurchases", id=id),
            params={
                "filter[inAppPurchaseType]": filter_in_app_purchase_type,
                "filter[canBeSubmitted]": filter_can_be_submitted,
                "sort": sort,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "limit[apps]": limit_apps,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[apps]": 50},
            deprecated="apps_inAppPurchases_getToManyRelated",
            response_type=InAppPurchasesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsInAppPurchasesV2(AsyncAPIResource):
    """``client.apps.in_app_purchases_v2``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppInAppPurchasesV2LinkagesResponse, AppInAppPurchasesV2LinkagesResponseData]:
        """apps_inAppPurchasesV2_getToManyRelationship

        GET /v1/apps/{id}/relationships/inAppPurchasesV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-inapppurchasesv2
        """
        from ascapi.models.app_in_app_purchases_v2_linkages_response import (
            AppInAppPurchasesV2LinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/inAppPurchasesV2", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppInAppPurchasesV2LinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_product_id: Sequence[str] | None = None,
        filter_name: Sequence[str] | None = None,
        filter_state: Sequence[_Enum119] | None = None,
        filter_in_app_purchase_type: Sequence[_Enum120] | None = None,
        sort: Sequence[_Enum121] | None = None,
        fields_in_app_purchases: Sequence[_Enum122] | None = None,
        fields_in_app_purchase_localizations: Sequence[_Enum123] | None = None,
        fields_in_app_purchase_contents: Sequence[_Enum124] | None = None,
        fields_in_app_purchase_app_store_review_screenshots: Sequence[_Enum125] | None = None,
        fields_promoted_purchases: Sequence[_Enum18] | None = None,
        fields_in_app_purchase_price_schedules: Sequence[_Enum126] | None = None,
        fields_in_app_purchase_availabilities: Sequence[_Enum127] | None = None,
        fields_in_app_purchase_images: Sequence[_Enum128] | None = None,
        fields_in_app_purchase_offer_codes: Sequence[_Enum129] | None = None,
        fields_in_app_purchase_versions: Sequence[_Enum130] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum131] | None = None,
        limit_in_app_purchase_localizations: int | None = None,
        limit_images: int | None = None,
        limit_offer_codes: int | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[InAppPurchasesV2Response, InAppPurchaseV2]:
        """apps_inAppPurchasesV2_getToManyRelated

        GET /v1/apps/{id}/inAppPurchasesV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-inapppurchasesv2
        """
        from ascapi.models.in_app_purchases_v2_response import InAppPurchasesV2Response

        return self._client._get_page(
            path("/v1/apps/{id}/inAppPurchasesV2", id=id),
            params={
                "filter[productId]": filter_product_id,
                "filter[name]": filter_name,
                "filter[state]": filter_state,
                "filter[inAppPurchaseType]": filter_in_app_purchase_type,
                "sort": sort,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "fields[inAppPurchaseLocalizations]": fields_in_app_purchase_localizations,
                "fields[inAppPurchaseContents]": fields_in_app_purchase_contents,
                "fields[inAppPurchaseAppStoreReviewScreenshots]": fields_in_app_purchase_app_store_review_screenshots,
                "fields[promotedPurchases]": fields_promoted_purchases,
                "fields[inAppPurchasePriceSchedules]": fields_in_app_purchase_price_schedules,
                "fields[inAppPurchaseAvailabilities]": fields_in_app_purchase_availabilities,
                "fields[inAppPurchaseImages]": fields_in_app_purchase_images,
                "fields[inAppPurchaseOfferCodes]": fields_in_app_purchase_offer_codes,
                "fields[inAppPurchaseVersions]": fields_in_app_purchase_versions,
                "limit": limit,
                "include": include,
                "limit[inAppPurchaseLocalizations]": limit_in_app_purchase_localizations,
                "limit[images]": limit_images,
                "limit[offerCodes]": limit_offer_codes,
                "limit[versions]": limit_versions,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[inAppPurchaseLocalizations]": 50,
                "limit[images]": 50,
                "limit[offerCodes]": 50,
                "limit[versions]": 50,
            },
            response_type=InAppPurchasesV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsMarketplaceSearchDetail(AsyncAPIResource):
    """``client.apps.marketplace_search_detail``: /v1/apps"""

    async def get(
        self,
        id: str,
        *,
        fields_marketplace_search_details: Sequence[_Enum132] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MarketplaceSearchDetailResponse:
        """apps_marketplaceSearchDetail_getToOneRelated

        GET /v1/apps/{id}/marketplaceSearchDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-marketplacesearchdetail
        """
        from ascapi.models.marketplace_search_detail_response import MarketplaceSearchDetailResponse

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/marketplaceSearchDetail", id=id),
            params={"fields[marketplaceSearchDetails]": fields_marketplace_search_details},
            response_type=MarketplaceSearchDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppMarketplaceSearchDetailLinkageResponse:
        """apps_marketplaceSearchDetail_getToOneRelationship

        GET /v1/apps/{id}/relationships/marketplaceSearchDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-marketplacesearchdetail
        """
        from ascapi.models.app_marketplace_search_detail_linkage_response import (
            AppMarketplaceSearchDetailLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/relationships/marketplaceSearchDetail", id=id),
            response_type=AppMarketplaceSearchDetailLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsPerfPowerMetrics(AsyncAPIResource):
    """``client.apps.perf_power_metrics``: /v1/apps"""

    async def list(
        self,
        id: str,
        *,
        filter_platform: Sequence[_Enum133] | None = None,
        filter_metric_type: Sequence[_Enum134] | None = None,
        filter_device_type: Sequence[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> xcodeMetrics:
        """apps_perfPowerMetrics_getToManyRelated

        GET /v1/apps/{id}/perfPowerMetrics

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-perfpowermetrics
        """
        from ascapi.models.xcode_metrics import xcodeMetrics

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/perfPowerMetrics", id=id),
            params={
                "filter[platform]": filter_platform,
                "filter[metricType]": filter_metric_type,
                "filter[deviceType]": filter_device_type,
            },
            response_type=xcodeMetrics,
            accept="application/vnd.apple.xcode-metrics+json",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsPreReleaseVersions(AsyncAPIResource):
    """``client.apps.pre_release_versions``: /v1/apps"""

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
        AppPreReleaseVersionsLinkagesResponse, AppPreReleaseVersionsLinkagesResponseData
    ]:
        """apps_preReleaseVersions_getToManyRelationship

        GET /v1/apps/{id}/relationships/preReleaseVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-prereleaseversions
        """
        from ascapi.models.app_pre_release_versions_linkages_response import (
            AppPreReleaseVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/preReleaseVersions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppPreReleaseVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_pre_release_versions: Sequence[_Enum6] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[PreReleaseVersionsWithoutIncludesResponse, PrereleaseVersion]:
        """apps_preReleaseVersions_getToManyRelated

        GET /v1/apps/{id}/preReleaseVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-prereleaseversions
        """
        from ascapi.models.pre_release_versions_without_includes_response import (
            PreReleaseVersionsWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/preReleaseVersions", id=id),
            params={
                "fields[preReleaseVersions]": fields_pre_release_versions,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=PreReleaseVersionsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsPromotedPurchases(AsyncAPIResource):
    """``client.apps.promoted_purchases``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppPromotedPurchasesLinkagesResponse, AppPromotedPurchasesLinkagesResponseData]:
        """apps_promotedPurchases_getToManyRelationship

        GET /v1/apps/{id}/relationships/promotedPurchases

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-promotedpurchases
        """
        from ascapi.models.app_promoted_purchases_linkages_response import (
            AppPromotedPurchasesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/promotedPurchases", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppPromotedPurchasesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_promoted_purchases: Sequence[_Enum18] | None = None,
        fields_in_app_purchases: Sequence[_Enum122] | None = None,
        fields_subscriptions: Sequence[_Enum135] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum136] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[PromotedPurchasesResponse, PromotedPurchase]:
        """apps_promotedPurchases_getToManyRelated

        GET /v1/apps/{id}/promotedPurchases

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-promotedpurchases
        """
        from ascapi.models.promoted_purchases_response import PromotedPurchasesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/promotedPurchases", id=id),
            params={
                "fields[promotedPurchases]": fields_promoted_purchases,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "fields[subscriptions]": fields_subscriptions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=PromotedPurchasesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: AppPromotedPurchasesLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """apps_promotedPurchases_replaceToManyRelationship

        PATCH /v1/apps/{id}/relationships/promotedPurchases

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-apps-_id_-relationships-promotedpurchases
        """
        if body is None:
            body = _support.linkages("promotedPurchases", ids)
        return await self._client._call(
            "PATCH",
            path("/v1/apps/{id}/relationships/promotedPurchases", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsReviewSubmissions(AsyncAPIResource):
    """``client.apps.review_submissions``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppReviewSubmissionsLinkagesResponse, AppReviewSubmissionsLinkagesResponseData]:
        """apps_reviewSubmissions_getToManyRelationship

        GET /v1/apps/{id}/relationships/reviewSubmissions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-reviewsubmissions
        """
        from ascapi.models.app_review_submissions_linkages_response import (
            AppReviewSubmissionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/reviewSubmissions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppReviewSubmissionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_platform: Sequence[_Enum27] | None = None,
        filter_state: Sequence[_Enum29] | None = None,
        fields_review_submissions: Sequence[_Enum20] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        fields_review_submission_items: Sequence[_Enum137] | None = None,
        fields_app_store_versions: Sequence[_Enum5] | None = None,
        fields_actors: Sequence[_Enum138] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum139] | None = None,
        limit_items: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ReviewSubmissionsResponse, ReviewSubmission]:
        """apps_reviewSubmissions_getToManyRelated

        GET /v1/apps/{id}/reviewSubmissions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-reviewsubmissions
        """
        from ascapi.models.review_submissions_response import ReviewSubmissionsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/reviewSubmissions", id=id),
            params={
                "filter[platform]": filter_platform,
                "filter[state]": filter_state,
                "fields[reviewSubmissions]": fields_review_submissions,
                "fields[apps]": fields_apps,
                "fields[reviewSubmissionItems]": fields_review_submission_items,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[actors]": fields_actors,
                "limit": limit,
                "include": include,
                "limit[items]": limit_items,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[items]": 50},
            response_type=ReviewSubmissionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsSearchKeywords(AsyncAPIResource):
    """``client.apps.search_keywords``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppSearchKeywordsLinkagesResponse, AppSearchKeywordsLinkagesResponseData]:
        """apps_searchKeywords_getToManyRelationship

        GET /v1/apps/{id}/relationships/searchKeywords

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-searchkeywords
        """
        from ascapi.models.app_search_keywords_linkages_response import (
            AppSearchKeywordsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/searchKeywords", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppSearchKeywordsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_platform: Sequence[str] | None = None,
        filter_locale: Sequence[str] | None = None,
        fields_app_keywords: Sequence[str] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppKeywordsResponse, AppKeyword]:
        """apps_searchKeywords_getToManyRelated

        GET /v1/apps/{id}/searchKeywords

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-searchkeywords
        """
        from ascapi.models.app_keywords_response import AppKeywordsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/searchKeywords", id=id),
            params={
                "filter[platform]": filter_platform,
                "filter[locale]": filter_locale,
                "fields[appKeywords]": fields_app_keywords,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppKeywordsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsSubscriptionGracePeriod(AsyncAPIResource):
    """``client.apps.subscription_grace_period``: /v1/apps"""

    async def get(
        self,
        id: str,
        *,
        fields_subscription_grace_periods: Sequence[_Enum21] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGracePeriodResponse:
        """apps_subscriptionGracePeriod_getToOneRelated

        GET /v1/apps/{id}/subscriptionGracePeriod

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-subscriptiongraceperiod
        """
        from ascapi.models.subscription_grace_period_response import SubscriptionGracePeriodResponse

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/subscriptionGracePeriod", id=id),
            params={"fields[subscriptionGracePeriods]": fields_subscription_grace_periods},
            response_type=SubscriptionGracePeriodResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppSubscriptionGracePeriodLinkageResponse:
        """apps_subscriptionGracePeriod_getToOneRelationship

        GET /v1/apps/{id}/relationships/subscriptionGracePeriod

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-subscriptiongraceperiod
        """
        from ascapi.models.app_subscription_grace_period_linkage_response import (
            AppSubscriptionGracePeriodLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/apps/{id}/relationships/subscriptionGracePeriod", id=id),
            response_type=AppSubscriptionGracePeriodLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsSubscriptionGroups(AsyncAPIResource):
    """``client.apps.subscription_groups``: /v1/apps"""

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
        AppSubscriptionGroupsLinkagesResponse, AppSubscriptionGroupsLinkagesResponseData
    ]:
        """apps_subscriptionGroups_getToManyRelationship

        GET /v1/apps/{id}/relationships/subscriptionGroups

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-subscriptiongroups
        """
        from ascapi.models.app_subscription_groups_linkages_response import (
            AppSubscriptionGroupsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/subscriptionGroups", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppSubscriptionGroupsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_subscriptions_state: Sequence[_Enum140] | None = None,
        sort: Sequence[_Enum141] | None = None,
        fields_subscription_groups: Sequence[_Enum15] | None = None,
        fields_subscriptions: Sequence[_Enum135] | None = None,
        fields_subscription_group_localizations: Sequence[_Enum142] | None = None,
        fields_subscription_group_versions: Sequence[_Enum143] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum144] | None = None,
        limit_subscriptions: int | None = None,
        limit_subscription_group_localizations: int | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionGroupsResponse, SubscriptionGroup]:
        """apps_subscriptionGroups_getToManyRelated

        GET /v1/apps/{id}/subscriptionGroups

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-subscriptiongroups
        """
        from ascapi.models.subscription_groups_response import SubscriptionGroupsResponse

        return self._client._get_page(
            path("/v1/apps/{id}/subscriptionGroups", id=id),
            params={
                "filter[referenceName]": filter_reference_name,
                "filter[subscriptions.state]": filter_subscriptions_state,
                "sort": sort,
                "fields[subscriptionGroups]": fields_subscription_groups,
                "fields[subscriptions]": fields_subscriptions,
                "fields[subscriptionGroupLocalizations]": fields_subscription_group_localizations,
                "fields[subscriptionGroupVersions]": fields_subscription_group_versions,
                "limit": limit,
                "include": include,
                "limit[subscriptions]": limit_subscriptions,
                "limit[subscriptionGroupLocalizations]": limit_subscription_group_localizations,
                "limit[versions]": limit_versions,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[subscriptions]": 50,
                "limit[subscriptionGroupLocalizations]": 50,
                "limit[versions]": 50,
            },
            response_type=SubscriptionGroupsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppsWebhooks(AsyncAPIResource):
    """``client.apps.webhooks``: /v1/apps"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppWebhooksLinkagesResponse, AppWebhooksLinkagesResponseData]:
        """apps_webhooks_getToManyRelationship

        GET /v1/apps/{id}/relationships/webhooks

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-webhooks
        """
        from ascapi.models.app_webhooks_linkages_response import AppWebhooksLinkagesResponse

        return self._client._get_page(
            path("/v1/apps/{id}/relationships/webhooks", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppWebhooksLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_webhooks: Sequence[_Enum145] | None = None,
        fields_apps: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum146] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[WebhooksResponse, Webhook]:
        """apps_webhooks_getToManyRelated

        GET /v1/apps/{id}/webhooks

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-webhooks
        """
        from ascapi.models.webhooks_response import WebhooksResponse

        return self._client._get_page(
            path("/v1/apps/{id}/webhooks", id=id),
            params={
                "fields[webhooks]": fields_webhooks,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=WebhooksResponse,
            options=options(extra_headers, extra_query, timeout),
        )
