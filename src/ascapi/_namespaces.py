# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""Top-level resource namespaces of ``Client`` and ``AsyncClient``.

Each property imports its resource module on first use, so ``import ascapi`` loads none.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ascapi._client import AsyncClient, Client
    from ascapi.resources.accessibility_declarations import (
        AccessibilityDeclarations,
        AsyncAccessibilityDeclarations,
    )
    from ascapi.resources.actors import Actors, AsyncActors
    from ascapi.resources.age_rating_declarations import (
        AgeRatingDeclarations,
        AsyncAgeRatingDeclarations,
    )
    from ascapi.resources.alternative_distribution_domains import (
        AlternativeDistributionDomains,
        AsyncAlternativeDistributionDomains,
    )
    from ascapi.resources.alternative_distribution_keys import (
        AlternativeDistributionKeys,
        AsyncAlternativeDistributionKeys,
    )
    from ascapi.resources.alternative_distribution_package_deltas import (
        AlternativeDistributionPackageDeltas,
        AsyncAlternativeDistributionPackageDeltas,
    )
    from ascapi.resources.alternative_distribution_package_variants import (
        AlternativeDistributionPackageVariants,
        AsyncAlternativeDistributionPackageVariants,
    )
    from ascapi.resources.alternative_distribution_package_versions import (
        AlternativeDistributionPackageVersions,
        AsyncAlternativeDistributionPackageVersions,
    )
    from ascapi.resources.alternative_distribution_packages import (
        AlternativeDistributionPackages,
        AsyncAlternativeDistributionPackages,
    )
    from ascapi.resources.analytics_report_instances import (
        AnalyticsReportInstances,
        AsyncAnalyticsReportInstances,
    )
    from ascapi.resources.analytics_report_requests import (
        AnalyticsReportRequests,
        AsyncAnalyticsReportRequests,
    )
    from ascapi.resources.analytics_report_segments import (
        AnalyticsReportSegments,
        AsyncAnalyticsReportSegments,
    )
    from ascapi.resources.analytics_reports import AnalyticsReports, AsyncAnalyticsReports
    from ascapi.resources.android_to_ios_app_mapping_details import (
        AndroidToIosAppMappingDetails,
        AsyncAndroidToIosAppMappingDetails,
    )
    from ascapi.resources.app_availabilities_v2 import AppAvailabilitiesV2, AsyncAppAvailabilitiesV2
    from ascapi.resources.app_categories import AppCategories, AsyncAppCategories
    from ascapi.resources.app_clip_advanced_experience_images import (
        AppClipAdvancedExperienceImages,
        AsyncAppClipAdvancedExperienceImages,
    )
    from ascapi.resources.app_clip_advanced_experiences import (
        AppClipAdvancedExperiences,
        AsyncAppClipAdvancedExperiences,
    )
    from ascapi.resources.app_clip_app_store_review_details import (
        AppClipAppStoreReviewDetails,
        AsyncAppClipAppStoreReviewDetails,
    )
    from ascapi.resources.app_clip_default_experience_localizations import (
        AppClipDefaultExperienceLocalizations,
        AsyncAppClipDefaultExperienceLocalizations,
    )
    from ascapi.resources.app_clip_default_experiences import (
        AppClipDefaultExperiences,
        AsyncAppClipDefaultExperiences,
    )
    from ascapi.resources.app_clip_header_images import (
        AppClipHeaderImages,
        AsyncAppClipHeaderImages,
    )
    from ascapi.resources.app_clips import AppClips, AsyncAppClips
    from ascapi.resources.app_custom_product_page_localizations import (
        AppCustomProductPageLocalizations,
        AsyncAppCustomProductPageLocalizations,
    )
    from ascapi.resources.app_custom_product_page_versions import (
        AppCustomProductPageVersions,
        AsyncAppCustomProductPageVersions,
    )
    from ascapi.resources.app_custom_product_pages import (
        AppCustomProductPages,
        AsyncAppCustomProductPages,
    )
    from ascapi.resources.app_encryption_declaration_documents import (
        AppEncryptionDeclarationDocuments,
        AsyncAppEncryptionDeclarationDocuments,
    )
    from ascapi.resources.app_encryption_declarations import (
        AppEncryptionDeclarations,
        AsyncAppEncryptionDeclarations,
    )
    from ascapi.resources.app_event_localizations import (
        AppEventLocalizations,
        AsyncAppEventLocalizations,
    )
    from ascapi.resources.app_event_screenshots import AppEventScreenshots, AsyncAppEventScreenshots
    from ascapi.resources.app_event_video_clips import AppEventVideoClips, AsyncAppEventVideoClips
    from ascapi.resources.app_events import AppEvents, AsyncAppEvents
    from ascapi.resources.app_info_localizations import (
        AppInfoLocalizations,
        AsyncAppInfoLocalizations,
    )
    from ascapi.resources.app_infos import AppInfos, AsyncAppInfos
    from ascapi.resources.app_preview_sets import AppPreviewSets, AsyncAppPreviewSets
    from ascapi.resources.app_previews import AppPreviews, AsyncAppPreviews
    from ascapi.resources.app_price_points_v3 import AppPricePointsV3, AsyncAppPricePointsV3
    from ascapi.resources.app_price_schedules import AppPriceSchedules, AsyncAppPriceSchedules
    from ascapi.resources.app_screenshot_sets import AppScreenshotSets, AsyncAppScreenshotSets
    from ascapi.resources.app_screenshots import AppScreenshots, AsyncAppScreenshots
    from ascapi.resources.app_store_review_attachments import (
        AppStoreReviewAttachments,
        AsyncAppStoreReviewAttachments,
    )
    from ascapi.resources.app_store_review_details import (
        AppStoreReviewDetails,
        AsyncAppStoreReviewDetails,
    )
    from ascapi.resources.app_store_version_experiment_treatment_localizations import (
        AppStoreVersionExperimentTreatmentLocalizations,
        AsyncAppStoreVersionExperimentTreatmentLocalizations,
    )
    from ascapi.resources.app_store_version_experiment_treatments import (
        AppStoreVersionExperimentTreatments,
        AsyncAppStoreVersionExperimentTreatments,
    )
    from ascapi.resources.app_store_version_experiments import (
        AppStoreVersionExperiments,
        AsyncAppStoreVersionExperiments,
    )
    from ascapi.resources.app_store_version_experiments_v2 import (
        AppStoreVersionExperimentsV2,
        AsyncAppStoreVersionExperimentsV2,
    )
    from ascapi.resources.app_store_version_localizations import (
        AppStoreVersionLocalizations,
        AsyncAppStoreVersionLocalizations,
    )
    from ascapi.resources.app_store_version_phased_releases import (
        AppStoreVersionPhasedReleases,
        AsyncAppStoreVersionPhasedReleases,
    )
    from ascapi.resources.app_store_version_promotions import (
        AppStoreVersionPromotions,
        AsyncAppStoreVersionPromotions,
    )
    from ascapi.resources.app_store_version_release_requests import (
        AppStoreVersionReleaseRequests,
        AsyncAppStoreVersionReleaseRequests,
    )
    from ascapi.resources.app_store_version_submissions import (
        AppStoreVersionSubmissions,
        AsyncAppStoreVersionSubmissions,
    )
    from ascapi.resources.app_store_versions import AppStoreVersions, AsyncAppStoreVersions
    from ascapi.resources.app_tags import AppTags, AsyncAppTags
    from ascapi.resources.apps import Apps, AsyncApps
    from ascapi.resources.background_asset_upload_files import (
        AsyncBackgroundAssetUploadFiles,
        BackgroundAssetUploadFiles,
    )
    from ascapi.resources.background_asset_version_app_store_releases import (
        AsyncBackgroundAssetVersionAppStoreReleases,
        BackgroundAssetVersionAppStoreReleases,
    )
    from ascapi.resources.background_asset_version_external_beta_releases import (
        AsyncBackgroundAssetVersionExternalBetaReleases,
        BackgroundAssetVersionExternalBetaReleases,
    )
    from ascapi.resources.background_asset_version_internal_beta_releases import (
        AsyncBackgroundAssetVersionInternalBetaReleases,
        BackgroundAssetVersionInternalBetaReleases,
    )
    from ascapi.resources.background_asset_versions import (
        AsyncBackgroundAssetVersions,
        BackgroundAssetVersions,
    )
    from ascapi.resources.background_assets import AsyncBackgroundAssets, BackgroundAssets
    from ascapi.resources.beta_app_clip_invocation_localizations import (
        AsyncBetaAppClipInvocationLocalizations,
        BetaAppClipInvocationLocalizations,
    )
    from ascapi.resources.beta_app_clip_invocations import (
        AsyncBetaAppClipInvocations,
        BetaAppClipInvocations,
    )
    from ascapi.resources.beta_app_localizations import (
        AsyncBetaAppLocalizations,
        BetaAppLocalizations,
    )
    from ascapi.resources.beta_app_review_details import (
        AsyncBetaAppReviewDetails,
        BetaAppReviewDetails,
    )
    from ascapi.resources.beta_app_review_submissions import (
        AsyncBetaAppReviewSubmissions,
        BetaAppReviewSubmissions,
    )
    from ascapi.resources.beta_build_localizations import (
        AsyncBetaBuildLocalizations,
        BetaBuildLocalizations,
    )
    from ascapi.resources.beta_crash_logs import AsyncBetaCrashLogs, BetaCrashLogs
    from ascapi.resources.beta_feedback_crash_submissions import (
        AsyncBetaFeedbackCrashSubmissions,
        BetaFeedbackCrashSubmissions,
    )
    from ascapi.resources.beta_feedback_screenshot_submissions import (
        AsyncBetaFeedbackScreenshotSubmissions,
        BetaFeedbackScreenshotSubmissions,
    )
    from ascapi.resources.beta_groups import AsyncBetaGroups, BetaGroups
    from ascapi.resources.beta_license_agreements import (
        AsyncBetaLicenseAgreements,
        BetaLicenseAgreements,
    )
    from ascapi.resources.beta_recruitment_criteria import (
        AsyncBetaRecruitmentCriteria,
        BetaRecruitmentCriteria,
    )
    from ascapi.resources.beta_recruitment_criterion_options import (
        AsyncBetaRecruitmentCriterionOptions,
        BetaRecruitmentCriterionOptions,
    )
    from ascapi.resources.beta_tester_invitations import (
        AsyncBetaTesterInvitations,
        BetaTesterInvitations,
    )
    from ascapi.resources.beta_testers import AsyncBetaTesters, BetaTesters
    from ascapi.resources.build_beta_details import AsyncBuildBetaDetails, BuildBetaDetails
    from ascapi.resources.build_beta_notifications import (
        AsyncBuildBetaNotifications,
        BuildBetaNotifications,
    )
    from ascapi.resources.build_bundles import AsyncBuildBundles, BuildBundles
    from ascapi.resources.build_upload_files import AsyncBuildUploadFiles, BuildUploadFiles
    from ascapi.resources.build_uploads import AsyncBuildUploads, BuildUploads
    from ascapi.resources.builds import AsyncBuilds, Builds
    from ascapi.resources.bundle_id_capabilities import (
        AsyncBundleIdCapabilities,
        BundleIdCapabilities,
    )
    from ascapi.resources.bundle_ids import AsyncBundleIds, BundleIds
    from ascapi.resources.certificates import AsyncCertificates, Certificates
    from ascapi.resources.ci_artifacts import AsyncCiArtifacts, CiArtifacts
    from ascapi.resources.ci_build_actions import AsyncCiBuildActions, CiBuildActions
    from ascapi.resources.ci_build_runs import AsyncCiBuildRuns, CiBuildRuns
    from ascapi.resources.ci_issues import AsyncCiIssues, CiIssues
    from ascapi.resources.ci_mac_os_versions import AsyncCiMacOsVersions, CiMacOsVersions
    from ascapi.resources.ci_products import AsyncCiProducts, CiProducts
    from ascapi.resources.ci_test_results import AsyncCiTestResults, CiTestResults
    from ascapi.resources.ci_workflows import AsyncCiWorkflows, CiWorkflows
    from ascapi.resources.ci_xcode_versions import AsyncCiXcodeVersions, CiXcodeVersions
    from ascapi.resources.customer_review_responses import (
        AsyncCustomerReviewResponses,
        CustomerReviewResponses,
    )
    from ascapi.resources.customer_reviews import AsyncCustomerReviews, CustomerReviews
    from ascapi.resources.devices import AsyncDevices, Devices
    from ascapi.resources.diagnostic_signatures import (
        AsyncDiagnosticSignatures,
        DiagnosticSignatures,
    )
    from ascapi.resources.end_app_availability_pre_orders import (
        AsyncEndAppAvailabilityPreOrders,
        EndAppAvailabilityPreOrders,
    )
    from ascapi.resources.end_user_license_agreements import (
        AsyncEndUserLicenseAgreements,
        EndUserLicenseAgreements,
    )
    from ascapi.resources.finance_reports import AsyncFinanceReports, FinanceReports
    from ascapi.resources.game_center_achievement_images import (
        AsyncGameCenterAchievementImages,
        GameCenterAchievementImages,
    )
    from ascapi.resources.game_center_achievement_images_v2 import (
        AsyncGameCenterAchievementImagesV2,
        GameCenterAchievementImagesV2,
    )
    from ascapi.resources.game_center_achievement_localizations import (
        AsyncGameCenterAchievementLocalizations,
        GameCenterAchievementLocalizations,
    )
    from ascapi.resources.game_center_achievement_localizations_v2 import (
        AsyncGameCenterAchievementLocalizationsV2,
        GameCenterAchievementLocalizationsV2,
    )
    from ascapi.resources.game_center_achievement_releases import (
        AsyncGameCenterAchievementReleases,
        GameCenterAchievementReleases,
    )
    from ascapi.resources.game_center_achievement_versions_v2 import (
        AsyncGameCenterAchievementVersionsV2,
        GameCenterAchievementVersionsV2,
    )
    from ascapi.resources.game_center_achievements import (
        AsyncGameCenterAchievements,
        GameCenterAchievements,
    )
    from ascapi.resources.game_center_achievements_v2 import (
        AsyncGameCenterAchievementsV2,
        GameCenterAchievementsV2,
    )
    from ascapi.resources.game_center_activities import (
        AsyncGameCenterActivities,
        GameCenterActivities,
    )
    from ascapi.resources.game_center_activity_images import (
        AsyncGameCenterActivityImages,
        GameCenterActivityImages,
    )
    from ascapi.resources.game_center_activity_localizations import (
        AsyncGameCenterActivityLocalizations,
        GameCenterActivityLocalizations,
    )
    from ascapi.resources.game_center_activity_version_releases import (
        AsyncGameCenterActivityVersionReleases,
        GameCenterActivityVersionReleases,
    )
    from ascapi.resources.game_center_activity_versions import (
        AsyncGameCenterActivityVersions,
        GameCenterActivityVersions,
    )
    from ascapi.resources.game_center_app_versions import (
        AsyncGameCenterAppVersions,
        GameCenterAppVersions,
    )
    from ascapi.resources.game_center_challenge_images import (
        AsyncGameCenterChallengeImages,
        GameCenterChallengeImages,
    )
    from ascapi.resources.game_center_challenge_localizations import (
        AsyncGameCenterChallengeLocalizations,
        GameCenterChallengeLocalizations,
    )
    from ascapi.resources.game_center_challenge_version_releases import (
        AsyncGameCenterChallengeVersionReleases,
        GameCenterChallengeVersionReleases,
    )
    from ascapi.resources.game_center_challenge_versions import (
        AsyncGameCenterChallengeVersions,
        GameCenterChallengeVersions,
    )
    from ascapi.resources.game_center_challenges import (
        AsyncGameCenterChallenges,
        GameCenterChallenges,
    )
    from ascapi.resources.game_center_details import AsyncGameCenterDetails, GameCenterDetails
    from ascapi.resources.game_center_enabled_versions import (
        AsyncGameCenterEnabledVersions,
        GameCenterEnabledVersions,
    )
    from ascapi.resources.game_center_groups import AsyncGameCenterGroups, GameCenterGroups
    from ascapi.resources.game_center_leaderboard_entry_submissions import (
        AsyncGameCenterLeaderboardEntrySubmissions,
        GameCenterLeaderboardEntrySubmissions,
    )
    from ascapi.resources.game_center_leaderboard_images import (
        AsyncGameCenterLeaderboardImages,
        GameCenterLeaderboardImages,
    )
    from ascapi.resources.game_center_leaderboard_images_v2 import (
        AsyncGameCenterLeaderboardImagesV2,
        GameCenterLeaderboardImagesV2,
    )
    from ascapi.resources.game_center_leaderboard_localizations import (
        AsyncGameCenterLeaderboardLocalizations,
        GameCenterLeaderboardLocalizations,
    )
    from ascapi.resources.game_center_leaderboard_localizations_v2 import (
        AsyncGameCenterLeaderboardLocalizationsV2,
        GameCenterLeaderboardLocalizationsV2,
    )
    from ascapi.resources.game_center_leaderboard_releases import (
        AsyncGameCenterLeaderboardReleases,
        GameCenterLeaderboardReleases,
    )
    from ascapi.resources.game_center_leaderboard_set_images import (
        AsyncGameCenterLeaderboardSetImages,
        GameCenterLeaderboardSetImages,
    )
    from ascapi.resources.game_center_leaderboard_set_images_v2 import (
        AsyncGameCenterLeaderboardSetImagesV2,
        GameCenterLeaderboardSetImagesV2,
    )
    from ascapi.resources.game_center_leaderboard_set_localizations import (
        AsyncGameCenterLeaderboardSetLocalizations,
        GameCenterLeaderboardSetLocalizations,
    )
    from ascapi.resources.game_center_leaderboard_set_localizations_v2 import (
        AsyncGameCenterLeaderboardSetLocalizationsV2,
        GameCenterLeaderboardSetLocalizationsV2,
    )
    from ascapi.resources.game_center_leaderboard_set_member_localizations import (
        AsyncGameCenterLeaderboardSetMemberLocalizations,
        GameCenterLeaderboardSetMemberLocalizations,
    )
    from ascapi.resources.game_center_leaderboard_set_releases import (
        AsyncGameCenterLeaderboardSetReleases,
        GameCenterLeaderboardSetReleases,
    )
    from ascapi.resources.game_center_leaderboard_set_versions_v2 import (
        AsyncGameCenterLeaderboardSetVersionsV2,
        GameCenterLeaderboardSetVersionsV2,
    )
    from ascapi.resources.game_center_leaderboard_sets import (
        AsyncGameCenterLeaderboardSets,
        GameCenterLeaderboardSets,
    )
    from ascapi.resources.game_center_leaderboard_sets_v2 import (
        AsyncGameCenterLeaderboardSetsV2,
        GameCenterLeaderboardSetsV2,
    )
    from ascapi.resources.game_center_leaderboard_versions_v2 import (
        AsyncGameCenterLeaderboardVersionsV2,
        GameCenterLeaderboardVersionsV2,
    )
    from ascapi.resources.game_center_leaderboards import (
        AsyncGameCenterLeaderboards,
        GameCenterLeaderboards,
    )
    from ascapi.resources.game_center_leaderboards_v2 import (
        AsyncGameCenterLeaderboardsV2,
        GameCenterLeaderboardsV2,
    )
    from ascapi.resources.game_center_matchmaking_queues import (
        AsyncGameCenterMatchmakingQueues,
        GameCenterMatchmakingQueues,
    )
    from ascapi.resources.game_center_matchmaking_rule_set_tests import (
        AsyncGameCenterMatchmakingRuleSetTests,
        GameCenterMatchmakingRuleSetTests,
    )
    from ascapi.resources.game_center_matchmaking_rule_sets import (
        AsyncGameCenterMatchmakingRuleSets,
        GameCenterMatchmakingRuleSets,
    )
    from ascapi.resources.game_center_matchmaking_rules import (
        AsyncGameCenterMatchmakingRules,
        GameCenterMatchmakingRules,
    )
    from ascapi.resources.game_center_matchmaking_teams import (
        AsyncGameCenterMatchmakingTeams,
        GameCenterMatchmakingTeams,
    )
    from ascapi.resources.game_center_player_achievement_submissions import (
        AsyncGameCenterPlayerAchievementSubmissions,
        GameCenterPlayerAchievementSubmissions,
    )
    from ascapi.resources.in_app_purchase_app_store_review_screenshots import (
        AsyncInAppPurchaseAppStoreReviewScreenshots,
        InAppPurchaseAppStoreReviewScreenshots,
    )
    from ascapi.resources.in_app_purchase_availabilities import (
        AsyncInAppPurchaseAvailabilities,
        InAppPurchaseAvailabilities,
    )
    from ascapi.resources.in_app_purchase_contents import (
        AsyncInAppPurchaseContents,
        InAppPurchaseContents,
    )
    from ascapi.resources.in_app_purchase_images import (
        AsyncInAppPurchaseImages,
        InAppPurchaseImages,
    )
    from ascapi.resources.in_app_purchase_images_v2 import (
        AsyncInAppPurchaseImagesV2,
        InAppPurchaseImagesV2,
    )
    from ascapi.resources.in_app_purchase_localizations import (
        AsyncInAppPurchaseLocalizations,
        InAppPurchaseLocalizations,
    )
    from ascapi.resources.in_app_purchase_localizations_v2 import (
        AsyncInAppPurchaseLocalizationsV2,
        InAppPurchaseLocalizationsV2,
    )
    from ascapi.resources.in_app_purchase_offer_code_custom_codes import (
        AsyncInAppPurchaseOfferCodeCustomCodes,
        InAppPurchaseOfferCodeCustomCodes,
    )
    from ascapi.resources.in_app_purchase_offer_code_one_time_use_codes import (
        AsyncInAppPurchaseOfferCodeOneTimeUseCodes,
        InAppPurchaseOfferCodeOneTimeUseCodes,
    )
    from ascapi.resources.in_app_purchase_offer_codes import (
        AsyncInAppPurchaseOfferCodes,
        InAppPurchaseOfferCodes,
    )
    from ascapi.resources.in_app_purchase_price_points import (
        AsyncInAppPurchasePricePoints,
        InAppPurchasePricePoints,
    )
    from ascapi.resources.in_app_purchase_price_schedules import (
        AsyncInAppPurchasePriceSchedules,
        InAppPurchasePriceSchedules,
    )
    from ascapi.resources.in_app_purchase_submissions import (
        AsyncInAppPurchaseSubmissions,
        InAppPurchaseSubmissions,
    )
    from ascapi.resources.in_app_purchase_versions import (
        AsyncInAppPurchaseVersions,
        InAppPurchaseVersions,
    )
    from ascapi.resources.in_app_purchases import AsyncInAppPurchases, InAppPurchases
    from ascapi.resources.in_app_purchases_v2 import AsyncInAppPurchasesV2, InAppPurchasesV2
    from ascapi.resources.marketplace_search_details import (
        AsyncMarketplaceSearchDetails,
        MarketplaceSearchDetails,
    )
    from ascapi.resources.marketplace_webhooks import AsyncMarketplaceWebhooks, MarketplaceWebhooks
    from ascapi.resources.merchant_ids import AsyncMerchantIds, MerchantIds
    from ascapi.resources.nominations import AsyncNominations, Nominations
    from ascapi.resources.pass_type_ids import AsyncPassTypeIds, PassTypeIds
    from ascapi.resources.pre_release_versions import AsyncPreReleaseVersions, PreReleaseVersions
    from ascapi.resources.profiles import AsyncProfiles, Profiles
    from ascapi.resources.promoted_purchases import AsyncPromotedPurchases, PromotedPurchases
    from ascapi.resources.review_submission_items import (
        AsyncReviewSubmissionItems,
        ReviewSubmissionItems,
    )
    from ascapi.resources.review_submissions import AsyncReviewSubmissions, ReviewSubmissions
    from ascapi.resources.routing_app_coverages import AsyncRoutingAppCoverages, RoutingAppCoverages
    from ascapi.resources.sales_reports import AsyncSalesReports, SalesReports
    from ascapi.resources.sandbox_testers_clear_purchase_history_request_v2 import (
        AsyncSandboxTestersClearPurchaseHistoryRequestV2,
        SandboxTestersClearPurchaseHistoryRequestV2,
    )
    from ascapi.resources.sandbox_testers_v2 import AsyncSandboxTestersV2, SandboxTestersV2
    from ascapi.resources.scm_git_references import AsyncScmGitReferences, ScmGitReferences
    from ascapi.resources.scm_providers import AsyncScmProviders, ScmProviders
    from ascapi.resources.scm_pull_requests import AsyncScmPullRequests, ScmPullRequests
    from ascapi.resources.scm_repositories import AsyncScmRepositories, ScmRepositories
    from ascapi.resources.subscription_app_store_review_screenshots import (
        AsyncSubscriptionAppStoreReviewScreenshots,
        SubscriptionAppStoreReviewScreenshots,
    )
    from ascapi.resources.subscription_availabilities import (
        AsyncSubscriptionAvailabilities,
        SubscriptionAvailabilities,
    )
    from ascapi.resources.subscription_grace_periods import (
        AsyncSubscriptionGracePeriods,
        SubscriptionGracePeriods,
    )
    from ascapi.resources.subscription_group_localizations import (
        AsyncSubscriptionGroupLocalizations,
        SubscriptionGroupLocalizations,
    )
    from ascapi.resources.subscription_group_localizations_v2 import (
        AsyncSubscriptionGroupLocalizationsV2,
        SubscriptionGroupLocalizationsV2,
    )
    from ascapi.resources.subscription_group_submissions import (
        AsyncSubscriptionGroupSubmissions,
        SubscriptionGroupSubmissions,
    )
    from ascapi.resources.subscription_group_versions import (
        AsyncSubscriptionGroupVersions,
        SubscriptionGroupVersions,
    )
    from ascapi.resources.subscription_groups import AsyncSubscriptionGroups, SubscriptionGroups
    from ascapi.resources.subscription_images import AsyncSubscriptionImages, SubscriptionImages
    from ascapi.resources.subscription_images_v2 import (
        AsyncSubscriptionImagesV2,
        SubscriptionImagesV2,
    )
    from ascapi.resources.subscription_introductory_offers import (
        AsyncSubscriptionIntroductoryOffers,
        SubscriptionIntroductoryOffers,
    )
    from ascapi.resources.subscription_localizations import (
        AsyncSubscriptionLocalizations,
        SubscriptionLocalizations,
    )
    from ascapi.resources.subscription_localizations_v2 import (
        AsyncSubscriptionLocalizationsV2,
        SubscriptionLocalizationsV2,
    )
    from ascapi.resources.subscription_offer_code_custom_codes import (
        AsyncSubscriptionOfferCodeCustomCodes,
        SubscriptionOfferCodeCustomCodes,
    )
    from ascapi.resources.subscription_offer_code_one_time_use_codes import (
        AsyncSubscriptionOfferCodeOneTimeUseCodes,
        SubscriptionOfferCodeOneTimeUseCodes,
    )
    from ascapi.resources.subscription_offer_codes import (
        AsyncSubscriptionOfferCodes,
        SubscriptionOfferCodes,
    )
    from ascapi.resources.subscription_plan_availabilities import (
        AsyncSubscriptionPlanAvailabilities,
        SubscriptionPlanAvailabilities,
    )
    from ascapi.resources.subscription_price_points import (
        AsyncSubscriptionPricePoints,
        SubscriptionPricePoints,
    )
    from ascapi.resources.subscription_prices import AsyncSubscriptionPrices, SubscriptionPrices
    from ascapi.resources.subscription_promotional_offers import (
        AsyncSubscriptionPromotionalOffers,
        SubscriptionPromotionalOffers,
    )
    from ascapi.resources.subscription_submissions import (
        AsyncSubscriptionSubmissions,
        SubscriptionSubmissions,
    )
    from ascapi.resources.subscription_versions import (
        AsyncSubscriptionVersions,
        SubscriptionVersions,
    )
    from ascapi.resources.subscriptions import AsyncSubscriptions, Subscriptions
    from ascapi.resources.territories import AsyncTerritories, Territories
    from ascapi.resources.territory_availabilities import (
        AsyncTerritoryAvailabilities,
        TerritoryAvailabilities,
    )
    from ascapi.resources.user_invitations import AsyncUserInvitations, UserInvitations
    from ascapi.resources.users import AsyncUsers, Users
    from ascapi.resources.webhook_deliveries import AsyncWebhookDeliveries, WebhookDeliveries
    from ascapi.resources.webhook_pings import AsyncWebhookPings, WebhookPings
    from ascapi.resources.webhooks import AsyncWebhooks, Webhooks
    from ascapi.resources.win_back_offers import AsyncWinBackOffers, WinBackOffers


class SyncNamespaces:
    """The resource namespaces of ``Client``."""

    @cached_property
    def accessibility_declarations(self) -> AccessibilityDeclarations:
        from ascapi.resources.accessibility_declarations import AccessibilityDeclarations

        return AccessibilityDeclarations(cast("Client", self))

    @cached_property
    def actors(self) -> Actors:
        from ascapi.resources.actors import Actors

        return Actors(cast("Client", self))

    @cached_property
    def age_rating_declarations(self) -> AgeRatingDeclarations:
        from ascapi.resources.age_rating_declarations import AgeRatingDeclarations

        return AgeRatingDeclarations(cast("Client", self))

    @cached_property
    def alternative_distribution_domains(self) -> AlternativeDistributionDomains:
        from ascapi.resources.alternative_distribution_domains import AlternativeDistributionDomains

        return AlternativeDistributionDomains(cast("Client", self))

    @cached_property
    def alternative_distribution_keys(self) -> AlternativeDistributionKeys:
        from ascapi.resources.alternative_distribution_keys import AlternativeDistributionKeys

        return AlternativeDistributionKeys(cast("Client", self))

    @cached_property
    def alternative_distribution_package_deltas(self) -> AlternativeDistributionPackageDeltas:
        from ascapi.resources.alternative_distribution_package_deltas import (
            AlternativeDistributionPackageDeltas,
        )

        return AlternativeDistributionPackageDeltas(cast("Client", self))

    @cached_property
    def alternative_distribution_package_variants(self) -> AlternativeDistributionPackageVariants:
        from ascapi.resources.alternative_distribution_package_variants import (
            AlternativeDistributionPackageVariants,
        )

        return AlternativeDistributionPackageVariants(cast("Client", self))

    @cached_property
    def alternative_distribution_package_versions(self) -> AlternativeDistributionPackageVersions:
        from ascapi.resources.alternative_distribution_package_versions import (
            AlternativeDistributionPackageVersions,
        )

        return AlternativeDistributionPackageVersions(cast("Client", self))

    @cached_property
    def alternative_distribution_packages(self) -> AlternativeDistributionPackages:
        from ascapi.resources.alternative_distribution_packages import (
            AlternativeDistributionPackages,
        )

        return AlternativeDistributionPackages(cast("Client", self))

    @cached_property
    def analytics_report_instances(self) -> AnalyticsReportInstances:
        from ascapi.resources.analytics_report_instances import AnalyticsReportInstances

        return AnalyticsReportInstances(cast("Client", self))

    @cached_property
    def analytics_report_requests(self) -> AnalyticsReportRequests:
        from ascapi.resources.analytics_report_requests import AnalyticsReportRequests

        return AnalyticsReportRequests(cast("Client", self))

    @cached_property
    def analytics_report_segments(self) -> AnalyticsReportSegments:
        from ascapi.resources.analytics_report_segments import AnalyticsReportSegments

        return AnalyticsReportSegments(cast("Client", self))

    @cached_property
    def analytics_reports(self) -> AnalyticsReports:
        from ascapi.resources.analytics_reports import AnalyticsReports

        return AnalyticsReports(cast("Client", self))

    @cached_property
    def android_to_ios_app_mapping_details(self) -> AndroidToIosAppMappingDetails:
        from ascapi.resources.android_to_ios_app_mapping_details import (
            AndroidToIosAppMappingDetails,
        )

        return AndroidToIosAppMappingDetails(cast("Client", self))

    @cached_property
    def app_availabilities_v2(self) -> AppAvailabilitiesV2:
        from ascapi.resources.app_availabilities_v2 import AppAvailabilitiesV2

        return AppAvailabilitiesV2(cast("Client", self))

    @cached_property
    def app_categories(self) -> AppCategories:
        from ascapi.resources.app_categories import AppCategories

        return AppCategories(cast("Client", self))

    @cached_property
    def app_clip_advanced_experience_images(self) -> AppClipAdvancedExperienceImages:
        from ascapi.resources.app_clip_advanced_experience_images import (
            AppClipAdvancedExperienceImages,
        )

        return AppClipAdvancedExperienceImages(cast("Client", self))

    @cached_property
    def app_clip_advanced_experiences(self) -> AppClipAdvancedExperiences:
        from ascapi.resources.app_clip_advanced_experiences import AppClipAdvancedExperiences

        return AppClipAdvancedExperiences(cast("Client", self))

    @cached_property
    def app_clip_app_store_review_details(self) -> AppClipAppStoreReviewDetails:
        from ascapi.resources.app_clip_app_store_review_details import AppClipAppStoreReviewDetails

        return AppClipAppStoreReviewDetails(cast("Client", self))

    @cached_property
    def app_clip_default_experience_localizations(self) -> AppClipDefaultExperienceLocalizations:
        from ascapi.resources.app_clip_default_experience_localizations import (
            AppClipDefaultExperienceLocalizations,
        )

        return AppClipDefaultExperienceLocalizations(cast("Client", self))

    @cached_property
    def app_clip_default_experiences(self) -> AppClipDefaultExperiences:
        from ascapi.resources.app_clip_default_experiences import AppClipDefaultExperiences

        return AppClipDefaultExperiences(cast("Client", self))

    @cached_property
    def app_clip_header_images(self) -> AppClipHeaderImages:
        from ascapi.resources.app_clip_header_images import AppClipHeaderImages

        return AppClipHeaderImages(cast("Client", self))

    @cached_property
    def app_clips(self) -> AppClips:
        from ascapi.resources.app_clips import AppClips

        return AppClips(cast("Client", self))

    @cached_property
    def app_custom_product_page_localizations(self) -> AppCustomProductPageLocalizations:
        from ascapi.resources.app_custom_product_page_localizations import (
            AppCustomProductPageLocalizations,
        )

        return AppCustomProductPageLocalizations(cast("Client", self))

    @cached_property
    def app_custom_product_page_versions(self) -> AppCustomProductPageVersions:
        from ascapi.resources.app_custom_product_page_versions import AppCustomProductPageVersions

        return AppCustomProductPageVersions(cast("Client", self))

    @cached_property
    def app_custom_product_pages(self) -> AppCustomProductPages:
        from ascapi.resources.app_custom_product_pages import AppCustomProductPages

        return AppCustomProductPages(cast("Client", self))

    @cached_property
    def app_encryption_declaration_documents(self) -> AppEncryptionDeclarationDocuments:
        from ascapi.resources.app_encryption_declaration_documents import (
            AppEncryptionDeclarationDocuments,
        )

        return AppEncryptionDeclarationDocuments(cast("Client", self))

    @cached_property
    def app_encryption_declarations(self) -> AppEncryptionDeclarations:
        from ascapi.resources.app_encryption_declarations import AppEncryptionDeclarations

        return AppEncryptionDeclarations(cast("Client", self))

    @cached_property
    def app_event_localizations(self) -> AppEventLocalizations:
        from ascapi.resources.app_event_localizations import AppEventLocalizations

        return AppEventLocalizations(cast("Client", self))

    @cached_property
    def app_event_screenshots(self) -> AppEventScreenshots:
        from ascapi.resources.app_event_screenshots import AppEventScreenshots

        return AppEventScreenshots(cast("Client", self))

    @cached_property
    def app_event_video_clips(self) -> AppEventVideoClips:
        from ascapi.resources.app_event_video_clips import AppEventVideoClips

        return AppEventVideoClips(cast("Client", self))

    @cached_property
    def app_events(self) -> AppEvents:
        from ascapi.resources.app_events import AppEvents

        return AppEvents(cast("Client", self))

    @cached_property
    def app_info_localizations(self) -> AppInfoLocalizations:
        from ascapi.resources.app_info_localizations import AppInfoLocalizations

        return AppInfoLocalizations(cast("Client", self))

    @cached_property
    def app_infos(self) -> AppInfos:
        from ascapi.resources.app_infos import AppInfos

        return AppInfos(cast("Client", self))

    @cached_property
    def app_preview_sets(self) -> AppPreviewSets:
        from ascapi.resources.app_preview_sets import AppPreviewSets

        return AppPreviewSets(cast("Client", self))

    @cached_property
    def app_previews(self) -> AppPreviews:
        from ascapi.resources.app_previews import AppPreviews

        return AppPreviews(cast("Client", self))

    @cached_property
    def app_price_points_v3(self) -> AppPricePointsV3:
        from ascapi.resources.app_price_points_v3 import AppPricePointsV3

        return AppPricePointsV3(cast("Client", self))

    @cached_property
    def app_price_schedules(self) -> AppPriceSchedules:
        from ascapi.resources.app_price_schedules import AppPriceSchedules

        return AppPriceSchedules(cast("Client", self))

    @cached_property
    def app_screenshot_sets(self) -> AppScreenshotSets:
        from ascapi.resources.app_screenshot_sets import AppScreenshotSets

        return AppScreenshotSets(cast("Client", self))

    @cached_property
    def app_screenshots(self) -> AppScreenshots:
        from ascapi.resources.app_screenshots import AppScreenshots

        return AppScreenshots(cast("Client", self))

    @cached_property
    def app_store_review_attachments(self) -> AppStoreReviewAttachments:
        from ascapi.resources.app_store_review_attachments import AppStoreReviewAttachments

        return AppStoreReviewAttachments(cast("Client", self))

    @cached_property
    def app_store_review_details(self) -> AppStoreReviewDetails:
        from ascapi.resources.app_store_review_details import AppStoreReviewDetails

        return AppStoreReviewDetails(cast("Client", self))

    @cached_property
    def app_store_version_experiment_treatment_localizations(
        self,
    ) -> AppStoreVersionExperimentTreatmentLocalizations:
        from ascapi.resources.app_store_version_experiment_treatment_localizations import (
            AppStoreVersionExperimentTreatmentLocalizations,
        )

        return AppStoreVersionExperimentTreatmentLocalizations(cast("Client", self))

    @cached_property
    def app_store_version_experiment_treatments(self) -> AppStoreVersionExperimentTreatments:
        from ascapi.resources.app_store_version_experiment_treatments import (
            AppStoreVersionExperimentTreatments,
        )

        return AppStoreVersionExperimentTreatments(cast("Client", self))

    @cached_property
    def app_store_version_experiments(self) -> AppStoreVersionExperiments:
        from ascapi.resources.app_store_version_experiments import AppStoreVersionExperiments

        return AppStoreVersionExperiments(cast("Client", self))

    @cached_property
    def app_store_version_experiments_v2(self) -> AppStoreVersionExperimentsV2:
        from ascapi.resources.app_store_version_experiments_v2 import AppStoreVersionExperimentsV2

        return AppStoreVersionExperimentsV2(cast("Client", self))

    @cached_property
    def app_store_version_localizations(self) -> AppStoreVersionLocalizations:
        from ascapi.resources.app_store_version_localizations import AppStoreVersionLocalizations

        return AppStoreVersionLocalizations(cast("Client", self))

    @cached_property
    def app_store_version_phased_releases(self) -> AppStoreVersionPhasedReleases:
        from ascapi.resources.app_store_version_phased_releases import AppStoreVersionPhasedReleases

        return AppStoreVersionPhasedReleases(cast("Client", self))

    @cached_property
    def app_store_version_promotions(self) -> AppStoreVersionPromotions:
        from ascapi.resources.app_store_version_promotions import AppStoreVersionPromotions

        return AppStoreVersionPromotions(cast("Client", self))

    @cached_property
    def app_store_version_release_requests(self) -> AppStoreVersionReleaseRequests:
        from ascapi.resources.app_store_version_release_requests import (
            AppStoreVersionReleaseRequests,
        )

        return AppStoreVersionReleaseRequests(cast("Client", self))

    @cached_property
    def app_store_version_submissions(self) -> AppStoreVersionSubmissions:
        from ascapi.resources.app_store_version_submissions import AppStoreVersionSubmissions

        return AppStoreVersionSubmissions(cast("Client", self))

    @cached_property
    def app_store_versions(self) -> AppStoreVersions:
        from ascapi.resources.app_store_versions import AppStoreVersions

        return AppStoreVersions(cast("Client", self))

    @cached_property
    def app_tags(self) -> AppTags:
        from ascapi.resources.app_tags import AppTags

        return AppTags(cast("Client", self))

    @cached_property
    def apps(self) -> Apps:
        from ascapi.resources.apps import Apps

        return Apps(cast("Client", self))

    @cached_property
    def background_asset_upload_files(self) -> BackgroundAssetUploadFiles:
        from ascapi.resources.background_asset_upload_files import BackgroundAssetUploadFiles

        return BackgroundAssetUploadFiles(cast("Client", self))

    @cached_property
    def background_asset_version_app_store_releases(self) -> BackgroundAssetVersionAppStoreReleases:
        from ascapi.resources.background_asset_version_app_store_releases import (
            BackgroundAssetVersionAppStoreReleases,
        )

        return BackgroundAssetVersionAppStoreReleases(cast("Client", self))

    @cached_property
    def background_asset_version_external_beta_releases(
        self,
    ) -> BackgroundAssetVersionExternalBetaReleases:
        from ascapi.resources.background_asset_version_external_beta_releases import (
            BackgroundAssetVersionExternalBetaReleases,
        )

        return BackgroundAssetVersionExternalBetaReleases(cast("Client", self))

    @cached_property
    def background_asset_version_internal_beta_releases(
        self,
    ) -> BackgroundAssetVersionInternalBetaReleases:
        from ascapi.resources.background_asset_version_internal_beta_releases import (
            BackgroundAssetVersionInternalBetaReleases,
        )

        return BackgroundAssetVersionInternalBetaReleases(cast("Client", self))

    @cached_property
    def background_asset_versions(self) -> BackgroundAssetVersions:
        from ascapi.resources.background_asset_versions import BackgroundAssetVersions

        return BackgroundAssetVersions(cast("Client", self))

    @cached_property
    def background_assets(self) -> BackgroundAssets:
        from ascapi.resources.background_assets import BackgroundAssets

        return BackgroundAssets(cast("Client", self))

    @cached_property
    def beta_app_clip_invocation_localizations(self) -> BetaAppClipInvocationLocalizations:
        from ascapi.resources.beta_app_clip_invocation_localizations import (
            BetaAppClipInvocationLocalizations,
        )

        return BetaAppClipInvocationLocalizations(cast("Client", self))

    @cached_property
    def beta_app_clip_invocations(self) -> BetaAppClipInvocations:
        from ascapi.resources.beta_app_clip_invocations import BetaAppClipInvocations

        return BetaAppClipInvocations(cast("Client", self))

    @cached_property
    def beta_app_localizations(self) -> BetaAppLocalizations:
        from ascapi.resources.beta_app_localizations import BetaAppLocalizations

        return BetaAppLocalizations(cast("Client", self))

    @cached_property
    def beta_app_review_details(self) -> BetaAppReviewDetails:
        from ascapi.resources.beta_app_review_details import BetaAppReviewDetails

        return BetaAppReviewDetails(cast("Client", self))

    @cached_property
    def beta_app_review_submissions(self) -> BetaAppReviewSubmissions:
        from ascapi.resources.beta_app_review_submissions import BetaAppReviewSubmissions

        return BetaAppReviewSubmissions(cast("Client", self))

    @cached_property
    def beta_build_localizations(self) -> BetaBuildLocalizations:
        from ascapi.resources.beta_build_localizations import BetaBuildLocalizations

        return BetaBuildLocalizations(cast("Client", self))

    @cached_property
    def beta_crash_logs(self) -> BetaCrashLogs:
        from ascapi.resources.beta_crash_logs import BetaCrashLogs

        return BetaCrashLogs(cast("Client", self))

    @cached_property
    def beta_feedback_crash_submissions(self) -> BetaFeedbackCrashSubmissions:
        from ascapi.resources.beta_feedback_crash_submissions import BetaFeedbackCrashSubmissions

        return BetaFeedbackCrashSubmissions(cast("Client", self))

    @cached_property
    def beta_feedback_screenshot_submissions(self) -> BetaFeedbackScreenshotSubmissions:
        from ascapi.resources.beta_feedback_screenshot_submissions import (
            BetaFeedbackScreenshotSubmissions,
        )

        return BetaFeedbackScreenshotSubmissions(cast("Client", self))

    @cached_property
    def beta_groups(self) -> BetaGroups:
        from ascapi.resources.beta_groups import BetaGroups

        return BetaGroups(cast("Client", self))

    @cached_property
    def beta_license_agreements(self) -> BetaLicenseAgreements:
        from ascapi.resources.beta_license_agreements import BetaLicenseAgreements

        return BetaLicenseAgreements(cast("Client", self))

    @cached_property
    def beta_recruitment_criteria(self) -> BetaRecruitmentCriteria:
        from ascapi.resources.beta_recruitment_criteria import BetaRecruitmentCriteria

        return BetaRecruitmentCriteria(cast("Client", self))

    @cached_property
    def beta_recruitment_criterion_options(self) -> BetaRecruitmentCriterionOptions:
        from ascapi.resources.beta_recruitment_criterion_options import (
            BetaRecruitmentCriterionOptions,
        )

        return BetaRecruitmentCriterionOptions(cast("Client", self))

    @cached_property
    def beta_tester_invitations(self) -> BetaTesterInvitations:
        from ascapi.resources.beta_tester_invitations import BetaTesterInvitations

        return BetaTesterInvitations(cast("Client", self))

    @cached_property
    def beta_testers(self) -> BetaTesters:
        from ascapi.resources.beta_testers import BetaTesters

        return BetaTesters(cast("Client", self))

    @cached_property
    def build_beta_details(self) -> BuildBetaDetails:
        from ascapi.resources.build_beta_details import BuildBetaDetails

        return BuildBetaDetails(cast("Client", self))

    @cached_property
    def build_beta_notifications(self) -> BuildBetaNotifications:
        from ascapi.resources.build_beta_notifications import BuildBetaNotifications

        return BuildBetaNotifications(cast("Client", self))

    @cached_property
    def build_bundles(self) -> BuildBundles:
        from ascapi.resources.build_bundles import BuildBundles

        return BuildBundles(cast("Client", self))

    @cached_property
    def build_upload_files(self) -> BuildUploadFiles:
        from ascapi.resources.build_upload_files import BuildUploadFiles

        return BuildUploadFiles(cast("Client", self))

    @cached_property
    def build_uploads(self) -> BuildUploads:
        from ascapi.resources.build_uploads import BuildUploads

        return BuildUploads(cast("Client", self))

    @cached_property
    def builds(self) -> Builds:
        from ascapi.resources.builds import Builds

        return Builds(cast("Client", self))

    @cached_property
    def bundle_id_capabilities(self) -> BundleIdCapabilities:
        from ascapi.resources.bundle_id_capabilities import BundleIdCapabilities

        return BundleIdCapabilities(cast("Client", self))

    @cached_property
    def bundle_ids(self) -> BundleIds:
        from ascapi.resources.bundle_ids import BundleIds

        return BundleIds(cast("Client", self))

    @cached_property
    def certificates(self) -> Certificates:
        from ascapi.resources.certificates import Certificates

        return Certificates(cast("Client", self))

    @cached_property
    def ci_artifacts(self) -> CiArtifacts:
        from ascapi.resources.ci_artifacts import CiArtifacts

        return CiArtifacts(cast("Client", self))

    @cached_property
    def ci_build_actions(self) -> CiBuildActions:
        from ascapi.resources.ci_build_actions import CiBuildActions

        return CiBuildActions(cast("Client", self))

    @cached_property
    def ci_build_runs(self) -> CiBuildRuns:
        from ascapi.resources.ci_build_runs import CiBuildRuns

        return CiBuildRuns(cast("Client", self))

    @cached_property
    def ci_issues(self) -> CiIssues:
        from ascapi.resources.ci_issues import CiIssues

        return CiIssues(cast("Client", self))

    @cached_property
    def ci_mac_os_versions(self) -> CiMacOsVersions:
        from ascapi.resources.ci_mac_os_versions import CiMacOsVersions

        return CiMacOsVersions(cast("Client", self))

    @cached_property
    def ci_products(self) -> CiProducts:
        from ascapi.resources.ci_products import CiProducts

        return CiProducts(cast("Client", self))

    @cached_property
    def ci_test_results(self) -> CiTestResults:
        from ascapi.resources.ci_test_results import CiTestResults

        return CiTestResults(cast("Client", self))

    @cached_property
    def ci_workflows(self) -> CiWorkflows:
        from ascapi.resources.ci_workflows import CiWorkflows

        return CiWorkflows(cast("Client", self))

    @cached_property
    def ci_xcode_versions(self) -> CiXcodeVersions:
        from ascapi.resources.ci_xcode_versions import CiXcodeVersions

        return CiXcodeVersions(cast("Client", self))

    @cached_property
    def customer_review_responses(self) -> CustomerReviewResponses:
        from ascapi.resources.customer_review_responses import CustomerReviewResponses

        return CustomerReviewResponses(cast("Client", self))

    @cached_property
    def customer_reviews(self) -> CustomerReviews:
        from ascapi.resources.customer_reviews import CustomerReviews

        return CustomerReviews(cast("Client", self))

    @cached_property
    def devices(self) -> Devices:
        from ascapi.resources.devices import Devices

        return Devices(cast("Client", self))

    @cached_property
    def diagnostic_signatures(self) -> DiagnosticSignatures:
        from ascapi.resources.diagnostic_signatures import DiagnosticSignatures

        return DiagnosticSignatures(cast("Client", self))

    @cached_property
    def end_app_availability_pre_orders(self) -> EndAppAvailabilityPreOrders:
        from ascapi.resources.end_app_availability_pre_orders import EndAppAvailabilityPreOrders

        return EndAppAvailabilityPreOrders(cast("Client", self))

    @cached_property
    def end_user_license_agreements(self) -> EndUserLicenseAgreements:
        from ascapi.resources.end_user_license_agreements import EndUserLicenseAgreements

        return EndUserLicenseAgreements(cast("Client", self))

    @cached_property
    def finance_reports(self) -> FinanceReports:
        from ascapi.resources.finance_reports import FinanceReports

        return FinanceReports(cast("Client", self))

    @cached_property
    def game_center_achievement_images(self) -> GameCenterAchievementImages:
        from ascapi.resources.game_center_achievement_images import GameCenterAchievementImages

        return GameCenterAchievementImages(cast("Client", self))

    @cached_property
    def game_center_achievement_images_v2(self) -> GameCenterAchievementImagesV2:
        from ascapi.resources.game_center_achievement_images_v2 import GameCenterAchievementImagesV2

        return GameCenterAchievementImagesV2(cast("Client", self))

    @cached_property
    def game_center_achievement_localizations(self) -> GameCenterAchievementLocalizations:
        from ascapi.resources.game_center_achievement_localizations import (
            GameCenterAchievementLocalizations,
        )

        return GameCenterAchievementLocalizations(cast("Client", self))

    @cached_property
    def game_center_achievement_localizations_v2(self) -> GameCenterAchievementLocalizationsV2:
        from ascapi.resources.game_center_achievement_localizations_v2 import (
            GameCenterAchievementLocalizationsV2,
        )

        return GameCenterAchievementLocalizationsV2(cast("Client", self))

    @cached_property
    def game_center_achievement_releases(self) -> GameCenterAchievementReleases:
        from ascapi.resources.game_center_achievement_releases import GameCenterAchievementReleases

        return GameCenterAchievementReleases(cast("Client", self))

    @cached_property
    def game_center_achievement_versions_v2(self) -> GameCenterAchievementVersionsV2:
        from ascapi.resources.game_center_achievement_versions_v2 import (
            GameCenterAchievementVersionsV2,
        )

        return GameCenterAchievementVersionsV2(cast("Client", self))

    @cached_property
    def game_center_achievements(self) -> GameCenterAchievements:
        from ascapi.resources.game_center_achievements import GameCenterAchievements

        return GameCenterAchievements(cast("Client", self))

    @cached_property
    def game_center_achievements_v2(self) -> GameCenterAchievementsV2:
        from ascapi.resources.game_center_achievements_v2 import GameCenterAchievementsV2

        return GameCenterAchievementsV2(cast("Client", self))

    @cached_property
    def game_center_activities(self) -> GameCenterActivities:
        from ascapi.resources.game_center_activities import GameCenterActivities

        return GameCenterActivities(cast("Client", self))

    @cached_property
    def game_center_activity_images(self) -> GameCenterActivityImages:
        from ascapi.resources.game_center_activity_images import GameCenterActivityImages

        return GameCenterActivityImages(cast("Client", self))

    @cached_property
    def game_center_activity_localizations(self) -> GameCenterActivityLocalizations:
        from ascapi.resources.game_center_activity_localizations import (
            GameCenterActivityLocalizations,
        )

        return GameCenterActivityLocalizations(cast("Client", self))

    @cached_property
    def game_center_activity_version_releases(self) -> GameCenterActivityVersionReleases:
        from ascapi.resources.game_center_activity_version_releases import (
            GameCenterActivityVersionReleases,
        )

        return GameCenterActivityVersionReleases(cast("Client", self))

    @cached_property
    def game_center_activity_versions(self) -> GameCenterActivityVersions:
        from ascapi.resources.game_center_activity_versions import GameCenterActivityVersions

        return GameCenterActivityVersions(cast("Client", self))

    @cached_property
    def game_center_app_versions(self) -> GameCenterAppVersions:
        from ascapi.resources.game_center_app_versions import GameCenterAppVersions

        return GameCenterAppVersions(cast("Client", self))

    @cached_property
    def game_center_challenge_images(self) -> GameCenterChallengeImages:
        from ascapi.resources.game_center_challenge_images import GameCenterChallengeImages

        return GameCenterChallengeImages(cast("Client", self))

    @cached_property
    def game_center_challenge_localizations(self) -> GameCenterChallengeLocalizations:
        from ascapi.resources.game_center_challenge_localizations import (
            GameCenterChallengeLocalizations,
        )

        return GameCenterChallengeLocalizations(cast("Client", self))

    @cached_property
    def game_center_challenge_version_releases(self) -> GameCenterChallengeVersionReleases:
        from ascapi.resources.game_center_challenge_version_releases import (
            GameCenterChallengeVersionReleases,
        )

        return GameCenterChallengeVersionReleases(cast("Client", self))

    @cached_property
    def game_center_challenge_versions(self) -> GameCenterChallengeVersions:
        from ascapi.resources.game_center_challenge_versions import GameCenterChallengeVersions

        return GameCenterChallengeVersions(cast("Client", self))

    @cached_property
    def game_center_challenges(self) -> GameCenterChallenges:
        from ascapi.resources.game_center_challenges import GameCenterChallenges

        return GameCenterChallenges(cast("Client", self))

    @cached_property
    def game_center_details(self) -> GameCenterDetails:
        from ascapi.resources.game_center_details import GameCenterDetails

        return GameCenterDetails(cast("Client", self))

    @cached_property
    def game_center_enabled_versions(self) -> GameCenterEnabledVersions:
        from ascapi.resources.game_center_enabled_versions import GameCenterEnabledVersions

        return GameCenterEnabledVersions(cast("Client", self))

    @cached_property
    def game_center_groups(self) -> GameCenterGroups:
        from ascapi.resources.game_center_groups import GameCenterGroups

        return GameCenterGroups(cast("Client", self))

    @cached_property
    def game_center_leaderboard_entry_submissions(self) -> GameCenterLeaderboardEntrySubmissions:
        from ascapi.resources.game_center_leaderboard_entry_submissions import (
            GameCenterLeaderboardEntrySubmissions,
        )

        return GameCenterLeaderboardEntrySubmissions(cast("Client", self))

    @cached_property
    def game_center_leaderboard_images(self) -> GameCenterLeaderboardImages:
        from ascapi.resources.game_center_leaderboard_images import GameCenterLeaderboardImages

        return GameCenterLeaderboardImages(cast("Client", self))

    @cached_property
    def game_center_leaderboard_images_v2(self) -> GameCenterLeaderboardImagesV2:
        from ascapi.resources.game_center_leaderboard_images_v2 import GameCenterLeaderboardImagesV2

        return GameCenterLeaderboardImagesV2(cast("Client", self))

    @cached_property
    def game_center_leaderboard_localizations(self) -> GameCenterLeaderboardLocalizations:
        from ascapi.resources.game_center_leaderboard_localizations import (
            GameCenterLeaderboardLocalizations,
        )

        return GameCenterLeaderboardLocalizations(cast("Client", self))

    @cached_property
    def game_center_leaderboard_localizations_v2(self) -> GameCenterLeaderboardLocalizationsV2:
        from ascapi.resources.game_center_leaderboard_localizations_v2 import (
            GameCenterLeaderboardLocalizationsV2,
        )

        return GameCenterLeaderboardLocalizationsV2(cast("Client", self))

    @cached_property
    def game_center_leaderboard_releases(self) -> GameCenterLeaderboardReleases:
        from ascapi.resources.game_center_leaderboard_releases import GameCenterLeaderboardReleases

        return GameCenterLeaderboardReleases(cast("Client", self))

    @cached_property
    def game_center_leaderboard_set_images(self) -> GameCenterLeaderboardSetImages:
        from ascapi.resources.game_center_leaderboard_set_images import (
            GameCenterLeaderboardSetImages,
        )

        return GameCenterLeaderboardSetImages(cast("Client", self))

    @cached_property
    def game_center_leaderboard_set_images_v2(self) -> GameCenterLeaderboardSetImagesV2:
        from ascapi.resources.game_center_leaderboard_set_images_v2 import (
            GameCenterLeaderboardSetImagesV2,
        )

        return GameCenterLeaderboardSetImagesV2(cast("Client", self))

    @cached_property
    def game_center_leaderboard_set_localizations(self) -> GameCenterLeaderboardSetLocalizations:
        from ascapi.resources.game_center_leaderboard_set_localizations import (
            GameCenterLeaderboardSetLocalizations,
        )

        return GameCenterLeaderboardSetLocalizations(cast("Client", self))

    @cached_property
    def game_center_leaderboard_set_localizations_v2(
        self,
    ) -> GameCenterLeaderboardSetLocalizationsV2:
        from ascapi.resources.game_center_leaderboard_set_localizations_v2 import (
            GameCenterLeaderboardSetLocalizationsV2,
        )

        return GameCenterLeaderboardSetLocalizationsV2(cast("Client", self))

    @cached_property
    def game_center_leaderboard_set_member_localizations(
        self,
    ) -> GameCenterLeaderboardSetMemberLocalizations:
        from ascapi.resources.game_center_leaderboard_set_member_localizations import (
            GameCenterLeaderboardSetMemberLocalizations,
        )

        return GameCenterLeaderboardSetMemberLocalizations(cast("Client", self))

    @cached_property
    def game_center_leaderboard_set_releases(self) -> GameCenterLeaderboardSetReleases:
        from ascapi.resources.game_center_leaderboard_set_releases import (
            GameCenterLeaderboardSetReleases,
        )

        return GameCenterLeaderboardSetReleases(cast("Client", self))

    @cached_property
    def game_center_leaderboard_set_versions_v2(self) -> GameCenterLeaderboardSetVersionsV2:
        from ascapi.resources.game_center_leaderboard_set_versions_v2 import (
            GameCenterLeaderboardSetVersionsV2,
        )

        return GameCenterLeaderboardSetVersionsV2(cast("Client", self))

    @cached_property
    def game_center_leaderboard_sets(self) -> GameCenterLeaderboardSets:
        from ascapi.resources.game_center_leaderboard_sets import GameCenterLeaderboardSets

        return GameCenterLeaderboardSets(cast("Client", self))

    @cached_property
    def game_center_leaderboard_sets_v2(self) -> GameCenterLeaderboardSetsV2:
        from ascapi.resources.game_center_leaderboard_sets_v2 import GameCenterLeaderboardSetsV2

        return GameCenterLeaderboardSetsV2(cast("Client", self))

    @cached_property
    def game_center_leaderboard_versions_v2(self) -> GameCenterLeaderboardVersionsV2:
        from ascapi.resources.game_center_leaderboard_versions_v2 import (
            GameCenterLeaderboardVersionsV2,
        )

        return GameCenterLeaderboardVersionsV2(cast("Client", self))

    @cached_property
    def game_center_leaderboards(self) -> GameCenterLeaderboards:
        from ascapi.resources.game_center_leaderboards import GameCenterLeaderboards

        return GameCenterLeaderboards(cast("Client", self))

    @cached_property
    def game_center_leaderboards_v2(self) -> GameCenterLeaderboardsV2:
        from ascapi.resources.game_center_leaderboards_v2 import GameCenterLeaderboardsV2

        return GameCenterLeaderboardsV2(cast("Client", self))

    @cached_property
    def game_center_matchmaking_queues(self) -> GameCenterMatchmakingQueues:
        from ascapi.resources.game_center_matchmaking_queues import GameCenterMatchmakingQueues

        return GameCenterMatchmakingQueues(cast("Client", self))

    @cached_property
    def game_center_matchmaking_rule_set_tests(self) -> GameCenterMatchmakingRuleSetTests:
        from ascapi.resources.game_center_matchmaking_rule_set_tests import (
            GameCenterMatchmakingRuleSetTests,
        )

        return GameCenterMatchmakingRuleSetTests(cast("Client", self))

    @cached_property
    def game_center_matchmaking_rule_sets(self) -> GameCenterMatchmakingRuleSets:
        from ascapi.resources.game_center_matchmaking_rule_sets import GameCenterMatchmakingRuleSets

        return GameCenterMatchmakingRuleSets(cast("Client", self))

    @cached_property
    def game_center_matchmaking_rules(self) -> GameCenterMatchmakingRules:
        from ascapi.resources.game_center_matchmaking_rules import GameCenterMatchmakingRules

        return GameCenterMatchmakingRules(cast("Client", self))

    @cached_property
    def game_center_matchmaking_teams(self) -> GameCenterMatchmakingTeams:
        from ascapi.resources.game_center_matchmaking_teams import GameCenterMatchmakingTeams

        return GameCenterMatchmakingTeams(cast("Client", self))

    @cached_property
    def game_center_player_achievement_submissions(self) -> GameCenterPlayerAchievementSubmissions:
        from ascapi.resources.game_center_player_achievement_submissions import (
            GameCenterPlayerAchievementSubmissions,
        )

        return GameCenterPlayerAchievementSubmissions(cast("Client", self))

    @cached_property
    def in_app_purchase_app_store_review_screenshots(
        self,
    ) -> InAppPurchaseAppStoreReviewScreenshots:
        from ascapi.resources.in_app_purchase_app_store_review_screenshots import (
            InAppPurchaseAppStoreReviewScreenshots,
        )

        return InAppPurchaseAppStoreReviewScreenshots(cast("Client", self))

    @cached_property
    def in_app_purchase_availabilities(self) -> InAppPurchaseAvailabilities:
        from ascapi.resources.in_app_purchase_availabilities import InAppPurchaseAvailabilities

        return InAppPurchaseAvailabilities(cast("Client", self))

    @cached_property
    def in_app_purchase_contents(self) -> InAppPurchaseContents:
        from ascapi.resources.in_app_purchase_contents import InAppPurchaseContents

        return InAppPurchaseContents(cast("Client", self))

    @cached_property
    def in_app_purchase_images(self) -> InAppPurchaseImages:
        from ascapi.resources.in_app_purchase_images import InAppPurchaseImages

        return InAppPurchaseImages(cast("Client", self))

    @cached_property
    def in_app_purchase_images_v2(self) -> InAppPurchaseImagesV2:
        from ascapi.resources.in_app_purchase_images_v2 import InAppPurchaseImagesV2

        return InAppPurchaseImagesV2(cast("Client", self))

    @cached_property
    def in_app_purchase_localizations(self) -> InAppPurchaseLocalizations:
        from ascapi.resources.in_app_purchase_localizations import InAppPurchaseLocalizations

        return InAppPurchaseLocalizations(cast("Client", self))

    @cached_property
    def in_app_purchase_localizations_v2(self) -> InAppPurchaseLocalizationsV2:
        from ascapi.resources.in_app_purchase_localizations_v2 import InAppPurchaseLocalizationsV2

        return InAppPurchaseLocalizationsV2(cast("Client", self))

    @cached_property
    def in_app_purchase_offer_code_custom_codes(self) -> InAppPurchaseOfferCodeCustomCodes:
        from ascapi.resources.in_app_purchase_offer_code_custom_codes import (
            InAppPurchaseOfferCodeCustomCodes,
        )

        return InAppPurchaseOfferCodeCustomCodes(cast("Client", self))

    @cached_property
    def in_app_purchase_offer_code_one_time_use_codes(
        self,
    ) -> InAppPurchaseOfferCodeOneTimeUseCodes:
        from ascapi.resources.in_app_purchase_offer_code_one_time_use_codes import (
            InAppPurchaseOfferCodeOneTimeUseCodes,
        )

        return InAppPurchaseOfferCodeOneTimeUseCodes(cast("Client", self))

    @cached_property
    def in_app_purchase_offer_codes(self) -> InAppPurchaseOfferCodes:
        from ascapi.resources.in_app_purchase_offer_codes import InAppPurchaseOfferCodes

        return InAppPurchaseOfferCodes(cast("Client", self))

    @cached_property
    def in_app_purchase_price_points(self) -> InAppPurchasePricePoints:
        from ascapi.resources.in_app_purchase_price_points import InAppPurchasePricePoints

        return InAppPurchasePricePoints(cast("Client", self))

    @cached_property
    def in_app_purchase_price_schedules(self) -> InAppPurchasePriceSchedules:
        from ascapi.resources.in_app_purchase_price_schedules import InAppPurchasePriceSchedules

        return InAppPurchasePriceSchedules(cast("Client", self))

    @cached_property
    def in_app_purchase_submissions(self) -> InAppPurchaseSubmissions:
        from ascapi.resources.in_app_purchase_submissions import InAppPurchaseSubmissions

        return InAppPurchaseSubmissions(cast("Client", self))

    @cached_property
    def in_app_purchase_versions(self) -> InAppPurchaseVersions:
        from ascapi.resources.in_app_purchase_versions import InAppPurchaseVersions

        return InAppPurchaseVersions(cast("Client", self))

    @cached_property
    def in_app_purchases(self) -> InAppPurchases:
        from ascapi.resources.in_app_purchases import InAppPurchases

        return InAppPurchases(cast("Client", self))

    @cached_property
    def in_app_purchases_v2(self) -> InAppPurchasesV2:
        from ascapi.resources.in_app_purchases_v2 import InAppPurchasesV2

        return InAppPurchasesV2(cast("Client", self))

    @cached_property
    def marketplace_search_details(self) -> MarketplaceSearchDetails:
        from ascapi.resources.marketplace_search_details import MarketplaceSearchDetails

        return MarketplaceSearchDetails(cast("Client", self))

    @cached_property
    def marketplace_webhooks(self) -> MarketplaceWebhooks:
        from ascapi.resources.marketplace_webhooks import MarketplaceWebhooks

        return MarketplaceWebhooks(cast("Client", self))

    @cached_property
    def merchant_ids(self) -> MerchantIds:
        from ascapi.resources.merchant_ids import MerchantIds

        return MerchantIds(cast("Client", self))

    @cached_property
    def nominations(self) -> Nominations:
        from ascapi.resources.nominations import Nominations

        return Nominations(cast("Client", self))

    @cached_property
    def pass_type_ids(self) -> PassTypeIds:
        from ascapi.resources.pass_type_ids import PassTypeIds

        return PassTypeIds(cast("Client", self))

    @cached_property
    def pre_release_versions(self) -> PreReleaseVersions:
        from ascapi.resources.pre_release_versions import PreReleaseVersions

        return PreReleaseVersions(cast("Client", self))

    @cached_property
    def profiles(self) -> Profiles:
        from ascapi.resources.profiles import Profiles

        return Profiles(cast("Client", self))

    @cached_property
    def promoted_purchases(self) -> PromotedPurchases:
        from ascapi.resources.promoted_purchases import PromotedPurchases

        return PromotedPurchases(cast("Client", self))

    @cached_property
    def review_submission_items(self) -> ReviewSubmissionItems:
        from ascapi.resources.review_submission_items import ReviewSubmissionItems

        return ReviewSubmissionItems(cast("Client", self))

    @cached_property
    def review_submissions(self) -> ReviewSubmissions:
        from ascapi.resources.review_submissions import ReviewSubmissions

        return ReviewSubmissions(cast("Client", self))

    @cached_property
    def routing_app_coverages(self) -> RoutingAppCoverages:
        from ascapi.resources.routing_app_coverages import RoutingAppCoverages

        return RoutingAppCoverages(cast("Client", self))

    @cached_property
    def sales_reports(self) -> SalesReports:
        from ascapi.resources.sales_reports import SalesReports

        return SalesReports(cast("Client", self))

    @cached_property
    def sandbox_testers_clear_purchase_history_request_v2(
        self,
    ) -> SandboxTestersClearPurchaseHistoryRequestV2:
        from ascapi.resources.sandbox_testers_clear_purchase_history_request_v2 import (
            SandboxTestersClearPurchaseHistoryRequestV2,
        )

        return SandboxTestersClearPurchaseHistoryRequestV2(cast("Client", self))

    @cached_property
    def sandbox_testers_v2(self) -> SandboxTestersV2:
        from ascapi.resources.sandbox_testers_v2 import SandboxTestersV2

        return SandboxTestersV2(cast("Client", self))

    @cached_property
    def scm_git_references(self) -> ScmGitReferences:
        from ascapi.resources.scm_git_references import ScmGitReferences

        return ScmGitReferences(cast("Client", self))

    @cached_property
    def scm_providers(self) -> ScmProviders:
        from ascapi.resources.scm_providers import ScmProviders

        return ScmProviders(cast("Client", self))

    @cached_property
    def scm_pull_requests(self) -> ScmPullRequests:
        from ascapi.resources.scm_pull_requests import ScmPullRequests

        return ScmPullRequests(cast("Client", self))

    @cached_property
    def scm_repositories(self) -> ScmRepositories:
        from ascapi.resources.scm_repositories import ScmRepositories

        return ScmRepositories(cast("Client", self))

    @cached_property
    def subscription_app_store_review_screenshots(self) -> SubscriptionAppStoreReviewScreenshots:
        from ascapi.resources.subscription_app_store_review_screenshots import (
            SubscriptionAppStoreReviewScreenshots,
        )

        return SubscriptionAppStoreReviewScreenshots(cast("Client", self))

    @cached_property
    def subscription_availabilities(self) -> SubscriptionAvailabilities:
        from ascapi.resources.subscription_availabilities import SubscriptionAvailabilities

        return SubscriptionAvailabilities(cast("Client", self))

    @cached_property
    def subscription_grace_periods(self) -> SubscriptionGracePeriods:
        from ascapi.resources.subscription_grace_periods import SubscriptionGracePeriods

        return SubscriptionGracePeriods(cast("Client", self))

    @cached_property
    def subscription_group_localizations(self) -> SubscriptionGroupLocalizations:
        from ascapi.resources.subscription_group_localizations import SubscriptionGroupLocalizations

        return SubscriptionGroupLocalizations(cast("Client", self))

    @cached_property
    def subscription_group_localizations_v2(self) -> SubscriptionGroupLocalizationsV2:
        from ascapi.resources.subscription_group_localizations_v2 import (
            SubscriptionGroupLocalizationsV2,
        )

        return SubscriptionGroupLocalizationsV2(cast("Client", self))

    @cached_property
    def subscription_group_submissions(self) -> SubscriptionGroupSubmissions:
        from ascapi.resources.subscription_group_submissions import SubscriptionGroupSubmissions

        return SubscriptionGroupSubmissions(cast("Client", self))

    @cached_property
    def subscription_group_versions(self) -> SubscriptionGroupVersions:
        from ascapi.resources.subscription_group_versions import SubscriptionGroupVersions

        return SubscriptionGroupVersions(cast("Client", self))

    @cached_property
    def subscription_groups(self) -> SubscriptionGroups:
        from ascapi.resources.subscription_groups import SubscriptionGroups

        return SubscriptionGroups(cast("Client", self))

    @cached_property
    def subscription_images(self) -> SubscriptionImages:
        from ascapi.resources.subscription_images import SubscriptionImages

        return SubscriptionImages(cast("Client", self))

    @cached_property
    def subscription_images_v2(self) -> SubscriptionImagesV2:
        from ascapi.resources.subscription_images_v2 import SubscriptionImagesV2

        return SubscriptionImagesV2(cast("Client", self))

    @cached_property
    def subscription_introductory_offers(self) -> SubscriptionIntroductoryOffers:
        from ascapi.resources.subscription_introductory_offers import SubscriptionIntroductoryOffers

        return SubscriptionIntroductoryOffers(cast("Client", self))

    @cached_property
    def subscription_localizations(self) -> SubscriptionLocalizations:
        from ascapi.resources.subscription_localizations import SubscriptionLocalizations

        return SubscriptionLocalizations(cast("Client", self))

    @cached_property
    def subscription_localizations_v2(self) -> SubscriptionLocalizationsV2:
        from ascapi.resources.subscription_localizations_v2 import SubscriptionLocalizationsV2

        return SubscriptionLocalizationsV2(cast("Client", self))

    @cached_property
    def subscription_offer_code_custom_codes(self) -> SubscriptionOfferCodeCustomCodes:
        from ascapi.resources.subscription_offer_code_custom_codes import (
            SubscriptionOfferCodeCustomCodes,
        )

        return SubscriptionOfferCodeCustomCodes(cast("Client", self))

    @cached_property
    def subscription_offer_code_one_time_use_codes(self) -> SubscriptionOfferCodeOneTimeUseCodes:
        from ascapi.resources.subscription_offer_code_one_time_use_codes import (
            SubscriptionOfferCodeOneTimeUseCodes,
        )

        return SubscriptionOfferCodeOneTimeUseCodes(cast("Client", self))

    @cached_property
    def subscription_offer_codes(self) -> SubscriptionOfferCodes:
        from ascapi.resources.subscription_offer_codes import SubscriptionOfferCodes

        return SubscriptionOfferCodes(cast("Client", self))

    @cached_property
    def subscription_plan_availabilities(self) -> SubscriptionPlanAvailabilities:
        from ascapi.resources.subscription_plan_availabilities import SubscriptionPlanAvailabilities

        return SubscriptionPlanAvailabilities(cast("Client", self))

    @cached_property
    def subscription_price_points(self) -> SubscriptionPricePoints:
        from ascapi.resources.subscription_price_points import SubscriptionPricePoints

        return SubscriptionPricePoints(cast("Client", self))

    @cached_property
    def subscription_prices(self) -> SubscriptionPrices:
        from ascapi.resources.subscription_prices import SubscriptionPrices

        return SubscriptionPrices(cast("Client", self))

    @cached_property
    def subscription_promotional_offers(self) -> SubscriptionPromotionalOffers:
        from ascapi.resources.subscription_promotional_offers import SubscriptionPromotionalOffers

        return SubscriptionPromotionalOffers(cast("Client", self))

    @cached_property
    def subscription_submissions(self) -> SubscriptionSubmissions:
        from ascapi.resources.subscription_submissions import SubscriptionSubmissions

        return SubscriptionSubmissions(cast("Client", self))

    @cached_property
    def subscription_versions(self) -> SubscriptionVersions:
        from ascapi.resources.subscription_versions import SubscriptionVersions

        return SubscriptionVersions(cast("Client", self))

    @cached_property
    def subscriptions(self) -> Subscriptions:
        from ascapi.resources.subscriptions import Subscriptions

        return Subscriptions(cast("Client", self))

    @cached_property
    def territories(self) -> Territories:
        from ascapi.resources.territories import Territories

        return Territories(cast("Client", self))

    @cached_property
    def territory_availabilities(self) -> TerritoryAvailabilities:
        from ascapi.resources.territory_availabilities import TerritoryAvailabilities

        return TerritoryAvailabilities(cast("Client", self))

    @cached_property
    def user_invitations(self) -> UserInvitations:
        from ascapi.resources.user_invitations import UserInvitations

        return UserInvitations(cast("Client", self))

    @cached_property
    def users(self) -> Users:
        from ascapi.resources.users import Users

        return Users(cast("Client", self))

    @cached_property
    def webhook_deliveries(self) -> WebhookDeliveries:
        from ascapi.resources.webhook_deliveries import WebhookDeliveries

        return WebhookDeliveries(cast("Client", self))

    @cached_property
    def webhook_pings(self) -> WebhookPings:
        from ascapi.resources.webhook_pings import WebhookPings

        return WebhookPings(cast("Client", self))

    @cached_property
    def webhooks(self) -> Webhooks:
        from ascapi.resources.webhooks import Webhooks

        return Webhooks(cast("Client", self))

    @cached_property
    def win_back_offers(self) -> WinBackOffers:
        from ascapi.resources.win_back_offers import WinBackOffers

        return WinBackOffers(cast("Client", self))


class AsyncNamespaces:
    """The resource namespaces of ``AsyncClient``."""

    @cached_property
    def accessibility_declarations(self) -> AsyncAccessibilityDeclarations:
        from ascapi.resources.accessibility_declarations import AsyncAccessibilityDeclarations

        return AsyncAccessibilityDeclarations(cast("AsyncClient", self))

    @cached_property
    def actors(self) -> AsyncActors:
        from ascapi.resources.actors import AsyncActors

        return AsyncActors(cast("AsyncClient", self))

    @cached_property
    def age_rating_declarations(self) -> AsyncAgeRatingDeclarations:
        from ascapi.resources.age_rating_declarations import AsyncAgeRatingDeclarations

        return AsyncAgeRatingDeclarations(cast("AsyncClient", self))

    @cached_property
    def alternative_distribution_domains(self) -> AsyncAlternativeDistributionDomains:
        from ascapi.resources.alternative_distribution_domains import (
            AsyncAlternativeDistributionDomains,
        )

        return AsyncAlternativeDistributionDomains(cast("AsyncClient", self))

    @cached_property
    def alternative_distribution_keys(self) -> AsyncAlternativeDistributionKeys:
        from ascapi.resources.alternative_distribution_keys import AsyncAlternativeDistributionKeys

        return AsyncAlternativeDistributionKeys(cast("AsyncClient", self))

    @cached_property
    def alternative_distribution_package_deltas(self) -> AsyncAlternativeDistributionPackageDeltas:
        from ascapi.resources.alternative_distribution_package_deltas import (
            AsyncAlternativeDistributionPackageDeltas,
        )

        return AsyncAlternativeDistributionPackageDeltas(cast("AsyncClient", self))

    @cached_property
    def alternative_distribution_package_variants(
        self,
    ) -> AsyncAlternativeDistributionPackageVariants:
        from ascapi.resources.alternative_distribution_package_variants import (
            AsyncAlternativeDistributionPackageVariants,
        )

        return AsyncAlternativeDistributionPackageVariants(cast("AsyncClient", self))

    @cached_property
    def alternative_distribution_package_versions(
        self,
    ) -> AsyncAlternativeDistributionPackageVersions:
        from ascapi.resources.alternative_distribution_package_versions import (
            AsyncAlternativeDistributionPackageVersions,
        )

        return AsyncAlternativeDistributionPackageVersions(cast("AsyncClient", self))

    @cached_property
    def alternative_distribution_packages(self) -> AsyncAlternativeDistributionPackages:
        from ascapi.resources.alternative_distribution_packages import (
            AsyncAlternativeDistributionPackages,
        )

        return AsyncAlternativeDistributionPackages(cast("AsyncClient", self))

    @cached_property
    def analytics_report_instances(self) -> AsyncAnalyticsReportInstances:
        from ascapi.resources.analytics_report_instances import AsyncAnalyticsReportInstances

        return AsyncAnalyticsReportInstances(cast("AsyncClient", self))

    @cached_property
    def analytics_report_requests(self) -> AsyncAnalyticsReportRequests:
        from ascapi.resources.analytics_report_requests import AsyncAnalyticsReportRequests

        return AsyncAnalyticsReportRequests(cast("AsyncClient", self))

    @cached_property
    def analytics_report_segments(self) -> AsyncAnalyticsReportSegments:
        from ascapi.resources.analytics_report_segments import AsyncAnalyticsReportSegments

        return AsyncAnalyticsReportSegments(cast("AsyncClient", self))

    @cached_property
    def analytics_reports(self) -> AsyncAnalyticsReports:
        from ascapi.resources.analytics_reports import AsyncAnalyticsReports

        return AsyncAnalyticsReports(cast("AsyncClient", self))

    @cached_property
    def android_to_ios_app_mapping_details(self) -> AsyncAndroidToIosAppMappingDetails:
        from ascapi.resources.android_to_ios_app_mapping_details import (
            AsyncAndroidToIosAppMappingDetails,
        )

        return AsyncAndroidToIosAppMappingDetails(cast("AsyncClient", self))

    @cached_property
    def app_availabilities_v2(self) -> AsyncAppAvailabilitiesV2:
        from ascapi.resources.app_availabilities_v2 import AsyncAppAvailabilitiesV2

        return AsyncAppAvailabilitiesV2(cast("AsyncClient", self))

    @cached_property
    def app_categories(self) -> AsyncAppCategories:
        from ascapi.resources.app_categories import AsyncAppCategories

        return AsyncAppCategories(cast("AsyncClient", self))

    @cached_property
    def app_clip_advanced_experience_images(self) -> AsyncAppClipAdvancedExperienceImages:
        from ascapi.resources.app_clip_advanced_experience_images import (
            AsyncAppClipAdvancedExperienceImages,
        )

        return AsyncAppClipAdvancedExperienceImages(cast("AsyncClient", self))

    @cached_property
    def app_clip_advanced_experiences(self) -> AsyncAppClipAdvancedExperiences:
        from ascapi.resources.app_clip_advanced_experiences import AsyncAppClipAdvancedExperiences

        return AsyncAppClipAdvancedExperiences(cast("AsyncClient", self))

    @cached_property
    def app_clip_app_store_review_details(self) -> AsyncAppClipAppStoreReviewDetails:
        from ascapi.resources.app_clip_app_store_review_details import (
            AsyncAppClipAppStoreReviewDetails,
        )

        return AsyncAppClipAppStoreReviewDetails(cast("AsyncClient", self))

    @cached_property
    def app_clip_default_experience_localizations(
        self,
    ) -> AsyncAppClipDefaultExperienceLocalizations:
        from ascapi.resources.app_clip_default_experience_localizations import (
            AsyncAppClipDefaultExperienceLocalizations,
        )

        return AsyncAppClipDefaultExperienceLocalizations(cast("AsyncClient", self))

    @cached_property
    def app_clip_default_experiences(self) -> AsyncAppClipDefaultExperiences:
        from ascapi.resources.app_clip_default_experiences import AsyncAppClipDefaultExperiences

        return AsyncAppClipDefaultExperiences(cast("AsyncClient", self))

    @cached_property
    def app_clip_header_images(self) -> AsyncAppClipHeaderImages:
        from ascapi.resources.app_clip_header_images import AsyncAppClipHeaderImages

        return AsyncAppClipHeaderImages(cast("AsyncClient", self))

    @cached_property
    def app_clips(self) -> AsyncAppClips:
        from ascapi.resources.app_clips import AsyncAppClips

        return AsyncAppClips(cast("AsyncClient", self))

    @cached_property
    def app_custom_product_page_localizations(self) -> AsyncAppCustomProductPageLocalizations:
        from ascapi.resources.app_custom_product_page_localizations import (
            AsyncAppCustomProductPageLocalizations,
        )

        return AsyncAppCustomProductPageLocalizations(cast("AsyncClient", self))

    @cached_property
    def app_custom_product_page_versions(self) -> AsyncAppCustomProductPageVersions:
        from ascapi.resources.app_custom_product_page_versions import (
            AsyncAppCustomProductPageVersions,
        )

        return AsyncAppCustomProductPageVersions(cast("AsyncClient", self))

    @cached_property
    def app_custom_product_pages(self) -> AsyncAppCustomProductPages:
        from ascapi.resources.app_custom_product_pages import AsyncAppCustomProductPages

        return AsyncAppCustomProductPages(cast("AsyncClient", self))

    @cached_property
    def app_encryption_declaration_documents(self) -> AsyncAppEncryptionDeclarationDocuments:
        from ascapi.resources.app_encryption_declaration_documents import (
            AsyncAppEncryptionDeclarationDocuments,
        )

        return AsyncAppEncryptionDeclarationDocuments(cast("AsyncClient", self))

    @cached_property
    def app_encryption_declarations(self) -> AsyncAppEncryptionDeclarations:
        from ascapi.resources.app_encryption_declarations import AsyncAppEncryptionDeclarations

        return AsyncAppEncryptionDeclarations(cast("AsyncClient", self))

    @cached_property
    def app_event_localizations(self) -> AsyncAppEventLocalizations:
        from ascapi.resources.app_event_localizations import AsyncAppEventLocalizations

        return AsyncAppEventLocalizations(cast("AsyncClient", self))

    @cached_property
    def app_event_screenshots(self) -> AsyncAppEventScreenshots:
        from ascapi.resources.app_event_screenshots import AsyncAppEventScreenshots

        return AsyncAppEventScreenshots(cast("AsyncClient", self))

    @cached_property
    def app_event_video_clips(self) -> AsyncAppEventVideoClips:
        from ascapi.resources.app_event_video_clips import AsyncAppEventVideoClips

        return AsyncAppEventVideoClips(cast("AsyncClient", self))

    @cached_property
    def app_events(self) -> AsyncAppEvents:
        from ascapi.resources.app_events import AsyncAppEvents

        return AsyncAppEvents(cast("AsyncClient", self))

    @cached_property
    def app_info_localizations(self) -> AsyncAppInfoLocalizations:
        from ascapi.resources.app_info_localizations import AsyncAppInfoLocalizations

        return AsyncAppInfoLocalizations(cast("AsyncClient", self))

    @cached_property
    def app_infos(self) -> AsyncAppInfos:
        from ascapi.resources.app_infos import AsyncAppInfos

        return AsyncAppInfos(cast("AsyncClient", self))

    @cached_property
    def app_preview_sets(self) -> AsyncAppPreviewSets:
        from ascapi.resources.app_preview_sets import AsyncAppPreviewSets

        return AsyncAppPreviewSets(cast("AsyncClient", self))

    @cached_property
    def app_previews(self) -> AsyncAppPreviews:
        from ascapi.resources.app_previews import AsyncAppPreviews

        return AsyncAppPreviews(cast("AsyncClient", self))

    @cached_property
    def app_price_points_v3(self) -> AsyncAppPricePointsV3:
        from ascapi.resources.app_price_points_v3 import AsyncAppPricePointsV3

        return AsyncAppPricePointsV3(cast("AsyncClient", self))

    @cached_property
    def app_price_schedules(self) -> AsyncAppPriceSchedules:
        from ascapi.resources.app_price_schedules import AsyncAppPriceSchedules

        return AsyncAppPriceSchedules(cast("AsyncClient", self))

    @cached_property
    def app_screenshot_sets(self) -> AsyncAppScreenshotSets:
        from ascapi.resources.app_screenshot_sets import AsyncAppScreenshotSets

        return AsyncAppScreenshotSets(cast("AsyncClient", self))

    @cached_property
    def app_screenshots(self) -> AsyncAppScreenshots:
        from ascapi.resources.app_screenshots import AsyncAppScreenshots

        return AsyncAppScreenshots(cast("AsyncClient", self))

    @cached_property
    def app_store_review_attachments(self) -> AsyncAppStoreReviewAttachments:
        from ascapi.resources.app_store_review_attachments import AsyncAppStoreReviewAttachments

        return AsyncAppStoreReviewAttachments(cast("AsyncClient", self))

    @cached_property
    def app_store_review_details(self) -> AsyncAppStoreReviewDetails:
        from ascapi.resources.app_store_review_details import AsyncAppStoreReviewDetails

        return AsyncAppStoreReviewDetails(cast("AsyncClient", self))

    @cached_property
    def app_store_version_experiment_treatment_localizations(
        self,
    ) -> AsyncAppStoreVersionExperimentTreatmentLocalizations:
        from ascapi.resources.app_store_version_experiment_treatment_localizations import (
            AsyncAppStoreVersionExperimentTreatmentLocalizations,
        )

        return AsyncAppStoreVersionExperimentTreatmentLocalizations(cast("AsyncClient", self))

    @cached_property
    def app_store_version_experiment_treatments(self) -> AsyncAppStoreVersionExperimentTreatments:
        from ascapi.resources.app_store_version_experiment_treatments import (
            AsyncAppStoreVersionExperimentTreatments,
        )

        return AsyncAppStoreVersionExperimentTreatments(cast("AsyncClient", self))

    @cached_property
    def app_store_version_experiments(self) -> AsyncAppStoreVersionExperiments:
        from ascapi.resources.app_store_version_experiments import AsyncAppStoreVersionExperiments

        return AsyncAppStoreVersionExperiments(cast("AsyncClient", self))

    @cached_property
    def app_store_version_experiments_v2(self) -> AsyncAppStoreVersionExperimentsV2:
        from ascapi.resources.app_store_version_experiments_v2 import (
            AsyncAppStoreVersionExperimentsV2,
        )

        return AsyncAppStoreVersionExperimentsV2(cast("AsyncClient", self))

    @cached_property
    def app_store_version_localizations(self) -> AsyncAppStoreVersionLocalizations:
        from ascapi.resources.app_store_version_localizations import (
            AsyncAppStoreVersionLocalizations,
        )

        return AsyncAppStoreVersionLocalizations(cast("AsyncClient", self))

    @cached_property
    def app_store_version_phased_releases(self) -> AsyncAppStoreVersionPhasedReleases:
        from ascapi.resources.app_store_version_phased_releases import (
            AsyncAppStoreVersionPhasedReleases,
        )

        return AsyncAppStoreVersionPhasedReleases(cast("AsyncClient", self))

    @cached_property
    def app_store_version_promotions(self) -> AsyncAppStoreVersionPromotions:
        from ascapi.resources.app_store_version_promotions import AsyncAppStoreVersionPromotions

        return AsyncAppStoreVersionPromotions(cast("AsyncClient", self))

    @cached_property
    def app_store_version_release_requests(self) -> AsyncAppStoreVersionReleaseRequests:
        from ascapi.resources.app_store_version_release_requests import (
            AsyncAppStoreVersionReleaseRequests,
        )

        return AsyncAppStoreVersionReleaseRequests(cast("AsyncClient", self))

    @cached_property
    def app_store_version_submissions(self) -> AsyncAppStoreVersionSubmissions:
        from ascapi.resources.app_store_version_submissions import AsyncAppStoreVersionSubmissions

        return AsyncAppStoreVersionSubmissions(cast("AsyncClient", self))

    @cached_property
    def app_store_versions(self) -> AsyncAppStoreVersions:
        from ascapi.resources.app_store_versions import AsyncAppStoreVersions

        return AsyncAppStoreVersions(cast("AsyncClient", self))

    @cached_property
    def app_tags(self) -> AsyncAppTags:
        from ascapi.resources.app_tags import AsyncAppTags

        return AsyncAppTags(cast("AsyncClient", self))

    @cached_property
    def apps(self) -> AsyncApps:
        from ascapi.resources.apps import AsyncApps

        return AsyncApps(cast("AsyncClient", self))

    @cached_property
    def background_asset_upload_files(self) -> AsyncBackgroundAssetUploadFiles:
        from ascapi.resources.background_asset_upload_files import AsyncBackgroundAssetUploadFiles

        return AsyncBackgroundAssetUploadFiles(cast("AsyncClient", self))

    @cached_property
    def background_asset_version_app_store_releases(
        self,
    ) -> AsyncBackgroundAssetVersionAppStoreReleases:
        from ascapi.resources.background_asset_version_app_store_releases import (
            AsyncBackgroundAssetVersionAppStoreReleases,
        )

        return AsyncBackgroundAssetVersionAppStoreReleases(cast("AsyncClient", self))

    @cached_property
    def background_asset_version_external_beta_releases(
        self,
    ) -> AsyncBackgroundAssetVersionExternalBetaReleases:
        from ascapi.resources.background_asset_version_external_beta_releases import (
            AsyncBackgroundAssetVersionExternalBetaReleases,
        )

        return AsyncBackgroundAssetVersionExternalBetaReleases(cast("AsyncClient", self))

    @cached_property
    def background_asset_version_internal_beta_releases(
        self,
    ) -> AsyncBackgroundAssetVersionInternalBetaReleases:
        from ascapi.resources.background_asset_version_internal_beta_releases import (
            AsyncBackgroundAssetVersionInternalBetaReleases,
        )

        return AsyncBackgroundAssetVersionInternalBetaReleases(cast("AsyncClient", self))

    @cached_property
    def background_asset_versions(self) -> AsyncBackgroundAssetVersions:
        from ascapi.resources.background_asset_versions import AsyncBackgroundAssetVersions

        return AsyncBackgroundAssetVersions(cast("AsyncClient", self))

    @cached_property
    def background_assets(self) -> AsyncBackgroundAssets:
        from ascapi.resources.background_assets import AsyncBackgroundAssets

        return AsyncBackgroundAssets(cast("AsyncClient", self))

    @cached_property
    def beta_app_clip_invocation_localizations(self) -> AsyncBetaAppClipInvocationLocalizations:
        from ascapi.resources.beta_app_clip_invocation_localizations import (
            AsyncBetaAppClipInvocationLocalizations,
        )

        return AsyncBetaAppClipInvocationLocalizations(cast("AsyncClient", self))

    @cached_property
    def beta_app_clip_invocations(self) -> AsyncBetaAppClipInvocations:
        from ascapi.resources.beta_app_clip_invocations import AsyncBetaAppClipInvocations

        return AsyncBetaAppClipInvocations(cast("AsyncClient", self))

    @cached_property
    def beta_app_localizations(self) -> AsyncBetaAppLocalizations:
        from ascapi.resources.beta_app_localizations import AsyncBetaAppLocalizations

        return AsyncBetaAppLocalizations(cast("AsyncClient", self))

    @cached_property
    def beta_app_review_details(self) -> AsyncBetaAppReviewDetails:
        from ascapi.resources.beta_app_review_details import AsyncBetaAppReviewDetails

        return AsyncBetaAppReviewDetails(cast("AsyncClient", self))

    @cached_property
    def beta_app_review_submissions(self) -> AsyncBetaAppReviewSubmissions:
        from ascapi.resources.beta_app_review_submissions import AsyncBetaAppReviewSubmissions

        return AsyncBetaAppReviewSubmissions(cast("AsyncClient", self))

    @cached_property
    def beta_build_localizations(self) -> AsyncBetaBuildLocalizations:
        from ascapi.resources.beta_build_localizations import AsyncBetaBuildLocalizations

        return AsyncBetaBuildLocalizations(cast("AsyncClient", self))

    @cached_property
    def beta_crash_logs(self) -> AsyncBetaCrashLogs:
        from ascapi.resources.beta_crash_logs import AsyncBetaCrashLogs

        return AsyncBetaCrashLogs(cast("AsyncClient", self))

    @cached_property
    def beta_feedback_crash_submissions(self) -> AsyncBetaFeedbackCrashSubmissions:
        from ascapi.resources.beta_feedback_crash_submissions import (
            AsyncBetaFeedbackCrashSubmissions,
        )

        return AsyncBetaFeedbackCrashSubmissions(cast("AsyncClient", self))

    @cached_property
    def beta_feedback_screenshot_submissions(self) -> AsyncBetaFeedbackScreenshotSubmissions:
        from ascapi.resources.beta_feedback_screenshot_submissions import (
            AsyncBetaFeedbackScreenshotSubmissions,
        )

        return AsyncBetaFeedbackScreenshotSubmissions(cast("AsyncClient", self))

    @cached_property
    def beta_groups(self) -> AsyncBetaGroups:
        from ascapi.resources.beta_groups import AsyncBetaGroups

        return AsyncBetaGroups(cast("AsyncClient", self))

    @cached_property
    def beta_license_agreements(self) -> AsyncBetaLicenseAgreements:
        from ascapi.resources.beta_license_agreements import AsyncBetaLicenseAgreements

        return AsyncBetaLicenseAgreements(cast("AsyncClient", self))

    @cached_property
    def beta_recruitment_criteria(self) -> AsyncBetaRecruitmentCriteria:
        from ascapi.resources.beta_recruitment_criteria import AsyncBetaRecruitmentCriteria

        return AsyncBetaRecruitmentCriteria(cast("AsyncClient", self))

    @cached_property
    def beta_recruitment_criterion_options(self) -> AsyncBetaRecruitmentCriterionOptions:
        from ascapi.resources.beta_recruitment_criterion_options import (
            AsyncBetaRecruitmentCriterionOptions,
        )

        return AsyncBetaRecruitmentCriterionOptions(cast("AsyncClient", self))

    @cached_property
    def beta_tester_invitations(self) -> AsyncBetaTesterInvitations:
        from ascapi.resources.beta_tester_invitations import AsyncBetaTesterInvitations

        return AsyncBetaTesterInvitations(cast("AsyncClient", self))

    @cached_property
    def beta_testers(self) -> AsyncBetaTesters:
        from ascapi.resources.beta_testers import AsyncBetaTesters

        return AsyncBetaTesters(cast("AsyncClient", self))

    @cached_property
    def build_beta_details(self) -> AsyncBuildBetaDetails:
        from ascapi.resources.build_beta_details import AsyncBuildBetaDetails

        return AsyncBuildBetaDetails(cast("AsyncClient", self))

    @cached_property
    def build_beta_notifications(self) -> AsyncBuildBetaNotifications:
        from ascapi.resources.build_beta_notifications import AsyncBuildBetaNotifications

        return AsyncBuildBetaNotifications(cast("AsyncClient", self))

    @cached_property
    def build_bundles(self) -> AsyncBuildBundles:
        from ascapi.resources.build_bundles import AsyncBuildBundles

        return AsyncBuildBundles(cast("AsyncClient", self))

    @cached_property
    def build_upload_files(self) -> AsyncBuildUploadFiles:
        from ascapi.resources.build_upload_files import AsyncBuildUploadFiles

        return AsyncBuildUploadFiles(cast("AsyncClient", self))

    @cached_property
    def build_uploads(self) -> AsyncBuildUploads:
        from ascapi.resources.build_uploads import AsyncBuildUploads

        return AsyncBuildUploads(cast("AsyncClient", self))

    @cached_property
    def builds(self) -> AsyncBuilds:
        from ascapi.resources.builds import AsyncBuilds

        return AsyncBuilds(cast("AsyncClient", self))

    @cached_property
    def bundle_id_capabilities(self) -> AsyncBundleIdCapabilities:
        from ascapi.resources.bundle_id_capabilities import AsyncBundleIdCapabilities

        return AsyncBundleIdCapabilities(cast("AsyncClient", self))

    @cached_property
    def bundle_ids(self) -> AsyncBundleIds:
        from ascapi.resources.bundle_ids import AsyncBundleIds

        return AsyncBundleIds(cast("AsyncClient", self))

    @cached_property
    def certificates(self) -> AsyncCertificates:
        from ascapi.resources.certificates import AsyncCertificates

        return AsyncCertificates(cast("AsyncClient", self))

    @cached_property
    def ci_artifacts(self) -> AsyncCiArtifacts:
        from ascapi.resources.ci_artifacts import AsyncCiArtifacts

        return AsyncCiArtifacts(cast("AsyncClient", self))

    @cached_property
    def ci_build_actions(self) -> AsyncCiBuildActions:
        from ascapi.resources.ci_build_actions import AsyncCiBuildActions

        return AsyncCiBuildActions(cast("AsyncClient", self))

    @cached_property
    def ci_build_runs(self) -> AsyncCiBuildRuns:
        from ascapi.resources.ci_build_runs import AsyncCiBuildRuns

        return AsyncCiBuildRuns(cast("AsyncClient", self))

    @cached_property
    def ci_issues(self) -> AsyncCiIssues:
        from ascapi.resources.ci_issues import AsyncCiIssues

        return AsyncCiIssues(cast("AsyncClient", self))

    @cached_property
    def ci_mac_os_versions(self) -> AsyncCiMacOsVersions:
        from ascapi.resources.ci_mac_os_versions import AsyncCiMacOsVersions

        return AsyncCiMacOsVersions(cast("AsyncClient", self))

    @cached_property
    def ci_products(self) -> AsyncCiProducts:
        from ascapi.resources.ci_products import AsyncCiProducts

        return AsyncCiProducts(cast("AsyncClient", self))

    @cached_property
    def ci_test_results(self) -> AsyncCiTestResults:
        from ascapi.resources.ci_test_results import AsyncCiTestResults

        return AsyncCiTestResults(cast("AsyncClient", self))

    @cached_property
    def ci_workflows(self) -> AsyncCiWorkflows:
        from ascapi.resources.ci_workflows import AsyncCiWorkflows

        return AsyncCiWorkflows(cast("AsyncClient", self))

    @cached_property
    def ci_xcode_versions(self) -> AsyncCiXcodeVersions:
        from ascapi.resources.ci_xcode_versions import AsyncCiXcodeVersions

        return AsyncCiXcodeVersions(cast("AsyncClient", self))

    @cached_property
    def customer_review_responses(self) -> AsyncCustomerReviewResponses:
        from ascapi.resources.customer_review_responses import AsyncCustomerReviewResponses

        return AsyncCustomerReviewResponses(cast("AsyncClient", self))

    @cached_property
    def customer_reviews(self) -> AsyncCustomerReviews:
        from ascapi.resources.customer_reviews import AsyncCustomerReviews

        return AsyncCustomerReviews(cast("AsyncClient", self))

    @cached_property
    def devices(self) -> AsyncDevices:
        from ascapi.resources.devices import AsyncDevices

        return AsyncDevices(cast("AsyncClient", self))

    @cached_property
    def diagnostic_signatures(self) -> AsyncDiagnosticSignatures:
        from ascapi.resources.diagnostic_signatures import AsyncDiagnosticSignatures

        return AsyncDiagnosticSignatures(cast("AsyncClient", self))

    @cached_property
    def end_app_availability_pre_orders(self) -> AsyncEndAppAvailabilityPreOrders:
        from ascapi.resources.end_app_availability_pre_orders import (
            AsyncEndAppAvailabilityPreOrders,
        )

        return AsyncEndAppAvailabilityPreOrders(cast("AsyncClient", self))

    @cached_property
    def end_user_license_agreements(self) -> AsyncEndUserLicenseAgreements:
        from ascapi.resources.end_user_license_agreements import AsyncEndUserLicenseAgreements

        return AsyncEndUserLicenseAgreements(cast("AsyncClient", self))

    @cached_property
    def finance_reports(self) -> AsyncFinanceReports:
        from ascapi.resources.finance_reports import AsyncFinanceReports

        return AsyncFinanceReports(cast("AsyncClient", self))

    @cached_property
    def game_center_achievement_images(self) -> AsyncGameCenterAchievementImages:
        from ascapi.resources.game_center_achievement_images import AsyncGameCenterAchievementImages

        return AsyncGameCenterAchievementImages(cast("AsyncClient", self))

    @cached_property
    def game_center_achievement_images_v2(self) -> AsyncGameCenterAchievementImagesV2:
        from ascapi.resources.game_center_achievement_images_v2 import (
            AsyncGameCenterAchievementImagesV2,
        )

        return AsyncGameCenterAchievementImagesV2(cast("AsyncClient", self))

    @cached_property
    def game_center_achievement_localizations(self) -> AsyncGameCenterAchievementLocalizations:
        from ascapi.resources.game_center_achievement_localizations import (
            AsyncGameCenterAchievementLocalizations,
        )

        return AsyncGameCenterAchievementLocalizations(cast("AsyncClient", self))

    @cached_property
    def game_center_achievement_localizations_v2(self) -> AsyncGameCenterAchievementLocalizationsV2:
        from ascapi.resources.game_center_achievement_localizations_v2 import (
            AsyncGameCenterAchievementLocalizationsV2,
        )

        return AsyncGameCenterAchievementLocalizationsV2(cast("AsyncClient", self))

    @cached_property
    def game_center_achievement_releases(self) -> AsyncGameCenterAchievementReleases:
        from ascapi.resources.game_center_achievement_releases import (
            AsyncGameCenterAchievementReleases,
        )

        return AsyncGameCenterAchievementReleases(cast("AsyncClient", self))

    @cached_property
    def game_center_achievement_versions_v2(self) -> AsyncGameCenterAchievementVersionsV2:
        from ascapi.resources.game_center_achievement_versions_v2 import (
            AsyncGameCenterAchievementVersionsV2,
        )

        return AsyncGameCenterAchievementVersionsV2(cast("AsyncClient", self))

    @cached_property
    def game_center_achievements(self) -> AsyncGameCenterAchievements:
        from ascapi.resources.game_center_achievements import AsyncGameCenterAchievements

        return AsyncGameCenterAchievements(cast("AsyncClient", self))

    @cached_property
    def game_center_achievements_v2(self) -> AsyncGameCenterAchievementsV2:
        from ascapi.resources.game_center_achievements_v2 import AsyncGameCenterAchievementsV2

        return AsyncGameCenterAchievementsV2(cast("AsyncClient", self))

    @cached_property
    def game_center_activities(self) -> AsyncGameCenterActivities:
        from ascapi.resources.game_center_activities import AsyncGameCenterActivities

        return AsyncGameCenterActivities(cast("AsyncClient", self))

    @cached_property
    def game_center_activity_images(self) -> AsyncGameCenterActivityImages:
        from ascapi.resources.game_center_activity_images import AsyncGameCenterActivityImages

        return AsyncGameCenterActivityImages(cast("AsyncClient", self))

    @cached_property
    def game_center_activity_localizations(self) -> AsyncGameCenterActivityLocalizations:
        from ascapi.resources.game_center_activity_localizations import (
            AsyncGameCenterActivityLocalizations,
        )

        return AsyncGameCenterActivityLocalizations(cast("AsyncClient", self))

    @cached_property
    def game_center_activity_version_releases(self) -> AsyncGameCenterActivityVersionReleases:
        from ascapi.resources.game_center_activity_version_releases import (
            AsyncGameCenterActivityVersionReleases,
        )

        return AsyncGameCenterActivityVersionReleases(cast("AsyncClient", self))

    @cached_property
    def game_center_activity_versions(self) -> AsyncGameCenterActivityVersions:
        from ascapi.resources.game_center_activity_versions import AsyncGameCenterActivityVersions

        return AsyncGameCenterActivityVersions(cast("AsyncClient", self))

    @cached_property
    def game_center_app_versions(self) -> AsyncGameCenterAppVersions:
        from ascapi.resources.game_center_app_versions import AsyncGameCenterAppVersions

        return AsyncGameCenterAppVersions(cast("AsyncClient", self))

    @cached_property
    def game_center_challenge_images(self) -> AsyncGameCenterChallengeImages:
        from ascapi.resources.game_center_challenge_images import AsyncGameCenterChallengeImages

        return AsyncGameCenterChallengeImages(cast("AsyncClient", self))

    @cached_property
    def game_center_challenge_localizations(self) -> AsyncGameCenterChallengeLocalizations:
        from ascapi.resources.game_center_challenge_localizations import (
            AsyncGameCenterChallengeLocalizations,
        )

        return AsyncGameCenterChallengeLocalizations(cast("AsyncClient", self))

    @cached_property
    def game_center_challenge_version_releases(self) -> AsyncGameCenterChallengeVersionReleases:
        from ascapi.resources.game_center_challenge_version_releases import (
            AsyncGameCenterChallengeVersionReleases,
        )

        return AsyncGameCenterChallengeVersionReleases(cast("AsyncClient", self))

    @cached_property
    def game_center_challenge_versions(self) -> AsyncGameCenterChallengeVersions:
        from ascapi.resources.game_center_challenge_versions import AsyncGameCenterChallengeVersions

        return AsyncGameCenterChallengeVersions(cast("AsyncClient", self))

    @cached_property
    def game_center_challenges(self) -> AsyncGameCenterChallenges:
        from ascapi.resources.game_center_challenges import AsyncGameCenterChallenges

        return AsyncGameCenterChallenges(cast("AsyncClient", self))

    @cached_property
    def game_center_details(self) -> AsyncGameCenterDetails:
        from ascapi.resources.game_center_details import AsyncGameCenterDetails

        return AsyncGameCenterDetails(cast("AsyncClient", self))

    @cached_property
    def game_center_enabled_versions(self) -> AsyncGameCenterEnabledVersions:
        from ascapi.resources.game_center_enabled_versions import AsyncGameCenterEnabledVersions

        return AsyncGameCenterEnabledVersions(cast("AsyncClient", self))

    @cached_property
    def game_center_groups(self) -> AsyncGameCenterGroups:
        from ascapi.resources.game_center_groups import AsyncGameCenterGroups

        return AsyncGameCenterGroups(cast("AsyncClient", self))

    @cached_property
    def game_center_leaderboard_entry_submissions(
        self,
    ) -> AsyncGameCenterLeaderboardEntrySubmissions:
        from ascapi.resources.game_center_leaderboard_entry_submissions import (
            AsyncGameCenterLeaderboardEntrySubmissions,
        )

        return AsyncGameCenterLeaderboardEntrySubmissions(cast("AsyncClient", self))

    @cached_property
    def game_center_leaderboard_images(self) -> AsyncGameCenterLeaderboardImages:
        from ascapi.resources.game_center_leaderboard_images import AsyncGameCenterLeaderboardImages

        return AsyncGameCenterLeaderboardImages(cast("AsyncClient", self))

    @cached_property
    def game_center_leaderboard_images_v2(self) -> AsyncGameCenterLeaderboardImagesV2:
        from ascapi.resources.game_center_leaderboard_images_v2 import (
            AsyncGameCenterLeaderboardImagesV2,
        )

        return AsyncGameCenterLeaderboardImagesV2(cast("AsyncClient", self))

    @cached_property
    def game_center_leaderboard_localizations(self) -> AsyncGameCenterLeaderboardLocalizations:
        from ascapi.resources.game_center_leaderboard_localizations import (
            AsyncGameCenterLeaderboardLocalizations,
        )

        return AsyncGameCenterLeaderboardLocalizations(cast("AsyncClient", self))

    @cached_property
    def game_center_leaderboard_localizations_v2(self) -> AsyncGameCenterLeaderboardLocalizationsV2:
        from ascapi.resources.game_center_leaderboard_localizations_v2 import (
            AsyncGameCenterLeaderboardLocalizationsV2,
        )

        return AsyncGameCenterLeaderboardLocalizationsV2(cast("AsyncClient", self))

    @cached_property
    def game_center_leaderboard_releases(self) -> AsyncGameCenterLeaderboardReleases:
        from ascapi.resources.game_center_leaderboard_releases import (
            AsyncGameCenterLeaderboardReleases,
        )

        return AsyncGameCenterLeaderboardReleases(cast("AsyncClient", self))

    @cached_property
    def game_center_leaderboard_set_images(self) -> AsyncGameCenterLeaderboardSetImages:
        from ascapi.resources.game_center_leaderboard_set_images import (
            AsyncGameCenterLeaderboardSetImages,
        )

        return AsyncGameCenterLeaderboardSetImages(cast("AsyncClient", self))

    @cached_property
    def game_center_leaderboard_set_images_v2(self) -> AsyncGameCenterLeaderboardSetImagesV2:
        from ascapi.resources.game_center_leaderboard_set_images_v2 import (
            AsyncGameCenterLeaderboardSetImagesV2,
        )

        return AsyncGameCenterLeaderboardSetImagesV2(cast("AsyncClient", self))

    @cached_property
    def game_center_leaderboard_set_localizations(
        self,
    ) -> AsyncGameCenterLeaderboardSetLocalizations:
        from ascapi.resources.game_center_leaderboard_set_localizations import (
            AsyncGameCenterLeaderboardSetLocalizations,
        )

        return AsyncGameCenterLeaderboardSetLocalizations(cast("AsyncClient", self))

    @cached_property
    def game_center_leaderboard_set_localizations_v2(
        self,
    ) -> AsyncGameCenterLeaderboardSetLocalizationsV2:
        from ascapi.resources.game_center_leaderboard_set_localizations_v2 import (
            AsyncGameCenterLeaderboardSetLocalizationsV2,
        )

        return AsyncGameCenterLeaderboardSetLocalizationsV2(cast("AsyncClient", self))

    @cached_property
    def game_center_leaderboard_set_member_localizations(
        self,
    ) -> AsyncGameCenterLeaderboardSetMemberLocalizations:
        from ascapi.resources.game_center_leaderboard_set_member_localizations import (
            AsyncGameCenterLeaderboardSetMemberLocalizations,
        )

        return AsyncGameCenterLeaderboardSetMemberLocalizations(cast("AsyncClient", self))

    @cached_property
    def game_center_leaderboard_set_releases(self) -> AsyncGameCenterLeaderboardSetReleases:
        from ascapi.resources.game_center_leaderboard_set_releases import (
            AsyncGameCenterLeaderboardSetReleases,
        )

        return AsyncGameCenterLeaderboardSetReleases(cast("AsyncClient", self))

    @cached_property
    def game_center_leaderboard_set_versions_v2(self) -> AsyncGameCenterLeaderboardSetVersionsV2:
        from ascapi.resources.game_center_leaderboard_set_versions_v2 import (
            AsyncGameCenterLeaderboardSetVersionsV2,
        )

        return AsyncGameCenterLeaderboardSetVersionsV2(cast("AsyncClient", self))

    @cached_property
    def game_center_leaderboard_sets(self) -> AsyncGameCenterLeaderboardSets:
        from ascapi.resources.game_center_leaderboard_sets import AsyncGameCenterLeaderboardSets

        return AsyncGameCenterLeaderboardSets(cast("AsyncClient", self))

    @cached_property
    def game_center_leaderboard_sets_v2(self) -> AsyncGameCenterLeaderboardSetsV2:
        from ascapi.resources.game_center_leaderboard_sets_v2 import (
            AsyncGameCenterLeaderboardSetsV2,
        )

        return AsyncGameCenterLeaderboardSetsV2(cast("AsyncClient", self))

    @cached_property
    def game_center_leaderboard_versions_v2(self) -> AsyncGameCenterLeaderboardVersionsV2:
        from ascapi.resources.game_center_leaderboard_versions_v2 import (
            AsyncGameCenterLeaderboardVersionsV2,
        )

        return AsyncGameCenterLeaderboardVersionsV2(cast("AsyncClient", self))

    @cached_property
    def game_center_leaderboards(self) -> AsyncGameCenterLeaderboards:
        from ascapi.resources.game_center_leaderboards import AsyncGameCenterLeaderboards

        return AsyncGameCenterLeaderboards(cast("AsyncClient", self))

    @cached_property
    def game_center_leaderboards_v2(self) -> AsyncGameCenterLeaderboardsV2:
        from ascapi.resources.game_center_leaderboards_v2 import AsyncGameCenterLeaderboardsV2

        return AsyncGameCenterLeaderboardsV2(cast("AsyncClient", self))

    @cached_property
    def game_center_matchmaking_queues(self) -> AsyncGameCenterMatchmakingQueues:
        from ascapi.resources.game_center_matchmaking_queues import AsyncGameCenterMatchmakingQueues

        return AsyncGameCenterMatchmakingQueues(cast("AsyncClient", self))

    @cached_property
    def game_center_matchmaking_rule_set_tests(self) -> AsyncGameCenterMatchmakingRuleSetTests:
        from ascapi.resources.game_center_matchmaking_rule_set_tests import (
            AsyncGameCenterMatchmakingRuleSetTests,
        )

        return AsyncGameCenterMatchmakingRuleSetTests(cast("AsyncClient", self))

    @cached_property
    def game_center_matchmaking_rule_sets(self) -> AsyncGameCenterMatchmakingRuleSets:
        from ascapi.resources.game_center_matchmaking_rule_sets import (
            AsyncGameCenterMatchmakingRuleSets,
        )

        return AsyncGameCenterMatchmakingRuleSets(cast("AsyncClient", self))

    @cached_property
    def game_center_matchmaking_rules(self) -> AsyncGameCenterMatchmakingRules:
        from ascapi.resources.game_center_matchmaking_rules import AsyncGameCenterMatchmakingRules

        return AsyncGameCenterMatchmakingRules(cast("AsyncClient", self))

    @cached_property
    def game_center_matchmaking_teams(self) -> AsyncGameCenterMatchmakingTeams:
        from ascapi.resources.game_center_matchmaking_teams import AsyncGameCenterMatchmakingTeams

        return AsyncGameCenterMatchmakingTeams(cast("AsyncClient", self))

    @cached_property
    def game_center_player_achievement_submissions(
        self,
    ) -> AsyncGameCenterPlayerAchievementSubmissions:
        from ascapi.resources.game_center_player_achievement_submissions import (
            AsyncGameCenterPlayerAchievementSubmissions,
        )

        return AsyncGameCenterPlayerAchievementSubmissions(cast("AsyncClient", self))

    @cached_property
    def in_app_purchase_app_store_review_screenshots(
        self,
    ) -> AsyncInAppPurchaseAppStoreReviewScreenshots:
        from ascapi.resources.in_app_purchase_app_store_review_screenshots import (
            AsyncInAppPurchaseAppStoreReviewScreenshots,
        )

        return AsyncInAppPurchaseAppStoreReviewScreenshots(cast("AsyncClient", self))

    @cached_property
    def in_app_purchase_availabilities(self) -> AsyncInAppPurchaseAvailabilities:
        from ascapi.resources.in_app_purchase_availabilities import AsyncInAppPurchaseAvailabilities

        return AsyncInAppPurchaseAvailabilities(cast("AsyncClient", self))

    @cached_property
    def in_app_purchase_contents(self) -> AsyncInAppPurchaseContents:
        from ascapi.resources.in_app_purchase_contents import AsyncInAppPurchaseContents

        return AsyncInAppPurchaseContents(cast("AsyncClient", self))

    @cached_property
    def in_app_purchase_images(self) -> AsyncInAppPurchaseImages:
        from ascapi.resources.in_app_purchase_images import AsyncInAppPurchaseImages

        return AsyncInAppPurchaseImages(cast("AsyncClient", self))

    @cached_property
    def in_app_purchase_images_v2(self) -> AsyncInAppPurchaseImagesV2:
        from ascapi.resources.in_app_purchase_images_v2 import AsyncInAppPurchaseImagesV2

        return AsyncInAppPurchaseImagesV2(cast("AsyncClient", self))

    @cached_property
    def in_app_purchase_localizations(self) -> AsyncInAppPurchaseLocalizations:
        from ascapi.resources.in_app_purchase_localizations import AsyncInAppPurchaseLocalizations

        return AsyncInAppPurchaseLocalizations(cast("AsyncClient", self))

    @cached_property
    def in_app_purchase_localizations_v2(self) -> AsyncInAppPurchaseLocalizationsV2:
        from ascapi.resources.in_app_purchase_localizations_v2 import (
            AsyncInAppPurchaseLocalizationsV2,
        )

        return AsyncInAppPurchaseLocalizationsV2(cast("AsyncClient", self))

    @cached_property
    def in_app_purchase_offer_code_custom_codes(self) -> AsyncInAppPurchaseOfferCodeCustomCodes:
        from ascapi.resources.in_app_purchase_offer_code_custom_codes import (
            AsyncInAppPurchaseOfferCodeCustomCodes,
        )

        return AsyncInAppPurchaseOfferCodeCustomCodes(cast("AsyncClient", self))

    @cached_property
    def in_app_purchase_offer_code_one_time_use_codes(
        self,
    ) -> AsyncInAppPurchaseOfferCodeOneTimeUseCodes:
        from ascapi.resources.in_app_purchase_offer_code_one_time_use_codes import (
            AsyncInAppPurchaseOfferCodeOneTimeUseCodes,
        )

        return AsyncInAppPurchaseOfferCodeOneTimeUseCodes(cast("AsyncClient", self))

    @cached_property
    def in_app_purchase_offer_codes(self) -> AsyncInAppPurchaseOfferCodes:
        from ascapi.resources.in_app_purchase_offer_codes import AsyncInAppPurchaseOfferCodes

        return AsyncInAppPurchaseOfferCodes(cast("AsyncClient", self))

    @cached_property
    def in_app_purchase_price_points(self) -> AsyncInAppPurchasePricePoints:
        from ascapi.resources.in_app_purchase_price_points import AsyncInAppPurchasePricePoints

        return AsyncInAppPurchasePricePoints(cast("AsyncClient", self))

    @cached_property
    def in_app_purchase_price_schedules(self) -> AsyncInAppPurchasePriceSchedules:
        from ascapi.resources.in_app_purchase_price_schedules import (
            AsyncInAppPurchasePriceSchedules,
        )

        return AsyncInAppPurchasePriceSchedules(cast("AsyncClient", self))

    @cached_property
    def in_app_purchase_submissions(self) -> AsyncInAppPurchaseSubmissions:
        from ascapi.resources.in_app_purchase_submissions import AsyncInAppPurchaseSubmissions

        return AsyncInAppPurchaseSubmissions(cast("AsyncClient", self))

    @cached_property
    def in_app_purchase_versions(self) -> AsyncInAppPurchaseVersions:
        from ascapi.resources.in_app_purchase_versions import AsyncInAppPurchaseVersions

        return AsyncInAppPurchaseVersions(cast("AsyncClient", self))

    @cached_property
    def in_app_purchases(self) -> AsyncInAppPurchases:
        from ascapi.resources.in_app_purchases import AsyncInAppPurchases

        return AsyncInAppPurchases(cast("AsyncClient", self))

    @cached_property
    def in_app_purchases_v2(self) -> AsyncInAppPurchasesV2:
        from ascapi.resources.in_app_purchases_v2 import AsyncInAppPurchasesV2

        return AsyncInAppPurchasesV2(cast("AsyncClient", self))

    @cached_property
    def marketplace_search_details(self) -> AsyncMarketplaceSearchDetails:
        from ascapi.resources.marketplace_search_details import AsyncMarketplaceSearchDetails

        return AsyncMarketplaceSearchDetails(cast("AsyncClient", self))

    @cached_property
    def marketplace_webhooks(self) -> AsyncMarketplaceWebhooks:
        from ascapi.resources.marketplace_webhooks import AsyncMarketplaceWebhooks

        return AsyncMarketplaceWebhooks(cast("AsyncClient", self))

    @cached_property
    def merchant_ids(self) -> AsyncMerchantIds:
        from ascapi.resources.merchant_ids import AsyncMerchantIds

        return AsyncMerchantIds(cast("AsyncClient", self))

    @cached_property
    def nominations(self) -> AsyncNominations:
        from ascapi.resources.nominations import AsyncNominations

        return AsyncNominations(cast("AsyncClient", self))

    @cached_property
    def pass_type_ids(self) -> AsyncPassTypeIds:
        from ascapi.resources.pass_type_ids import AsyncPassTypeIds

        return AsyncPassTypeIds(cast("AsyncClient", self))

    @cached_property
    def pre_release_versions(self) -> AsyncPreReleaseVersions:
        from ascapi.resources.pre_release_versions import AsyncPreReleaseVersions

        return AsyncPreReleaseVersions(cast("AsyncClient", self))

    @cached_property
    def profiles(self) -> AsyncProfiles:
        from ascapi.resources.profiles import AsyncProfiles

        return AsyncProfiles(cast("AsyncClient", self))

    @cached_property
    def promoted_purchases(self) -> AsyncPromotedPurchases:
        from ascapi.resources.promoted_purchases import AsyncPromotedPurchases

        return AsyncPromotedPurchases(cast("AsyncClient", self))

    @cached_property
    def review_submission_items(self) -> AsyncReviewSubmissionItems:
        from ascapi.resources.review_submission_items import AsyncReviewSubmissionItems

        return AsyncReviewSubmissionItems(cast("AsyncClient", self))

    @cached_property
    def review_submissions(self) -> AsyncReviewSubmissions:
        from ascapi.resources.review_submissions import AsyncReviewSubmissions

        return AsyncReviewSubmissions(cast("AsyncClient", self))

    @cached_property
    def routing_app_coverages(self) -> AsyncRoutingAppCoverages:
        from ascapi.resources.routing_app_coverages import AsyncRoutingAppCoverages

        return AsyncRoutingAppCoverages(cast("AsyncClient", self))

    @cached_property
    def sales_reports(self) -> AsyncSalesReports:
        from ascapi.resources.sales_reports import AsyncSalesReports

        return AsyncSalesReports(cast("AsyncClient", self))

    @cached_property
    def sandbox_testers_clear_purchase_history_request_v2(
        self,
    ) -> AsyncSandboxTestersClearPurchaseHistoryRequestV2:
        from ascapi.resources.sandbox_testers_clear_purchase_history_request_v2 import (
            AsyncSandboxTestersClearPurchaseHistoryRequestV2,
        )

        return AsyncSandboxTestersClearPurchaseHistoryRequestV2(cast("AsyncClient", self))

    @cached_property
    def sandbox_testers_v2(self) -> AsyncSandboxTestersV2:
        from ascapi.resources.sandbox_testers_v2 import AsyncSandboxTestersV2

        return AsyncSandboxTestersV2(cast("AsyncClient", self))

    @cached_property
    def scm_git_references(self) -> AsyncScmGitReferences:
        from ascapi.resources.scm_git_references import AsyncScmGitReferences

        return AsyncScmGitReferences(cast("AsyncClient", self))

    @cached_property
    def scm_providers(self) -> AsyncScmProviders:
        from ascapi.resources.scm_providers import AsyncScmProviders

        return AsyncScmProviders(cast("AsyncClient", self))

    @cached_property
    def scm_pull_requests(self) -> AsyncScmPullRequests:
        from ascapi.resources.scm_pull_requests import AsyncScmPullRequests

        return AsyncScmPullRequests(cast("AsyncClient", self))

    @cached_property
    def scm_repositories(self) -> AsyncScmRepositories:
        from ascapi.resources.scm_repositories import AsyncScmRepositories

        return AsyncScmRepositories(cast("AsyncClient", self))

    @cached_property
    def subscription_app_store_review_screenshots(
        self,
    ) -> AsyncSubscriptionAppStoreReviewScreenshots:
        from ascapi.resources.subscription_app_store_review_screenshots import (
            AsyncSubscriptionAppStoreReviewScreenshots,
        )

        return AsyncSubscriptionAppStoreReviewScreenshots(cast("AsyncClient", self))

    @cached_property
    def subscription_availabilities(self) -> AsyncSubscriptionAvailabilities:
        from ascapi.resources.subscription_availabilities import AsyncSubscriptionAvailabilities

        return AsyncSubscriptionAvailabilities(cast("AsyncClient", self))

    @cached_property
    def subscription_grace_periods(self) -> AsyncSubscriptionGracePeriods:
        from ascapi.resources.subscription_grace_periods import AsyncSubscriptionGracePeriods

        return AsyncSubscriptionGracePeriods(cast("AsyncClient", self))

    @cached_property
    def subscription_group_localizations(self) -> AsyncSubscriptionGroupLocalizations:
        from ascapi.resources.subscription_group_localizations import (
            AsyncSubscriptionGroupLocalizations,
        )

        return AsyncSubscriptionGroupLocalizations(cast("AsyncClient", self))

    @cached_property
    def subscription_group_localizations_v2(self) -> AsyncSubscriptionGroupLocalizationsV2:
        from ascapi.resources.subscription_group_localizations_v2 import (
            AsyncSubscriptionGroupLocalizationsV2,
        )

        return AsyncSubscriptionGroupLocalizationsV2(cast("AsyncClient", self))

    @cached_property
    def subscription_group_submissions(self) -> AsyncSubscriptionGroupSubmissions:
        from ascapi.resources.subscription_group_submissions import (
            AsyncSubscriptionGroupSubmissions,
        )

        return AsyncSubscriptionGroupSubmissions(cast("AsyncClient", self))

    @cached_property
    def subscription_group_versions(self) -> AsyncSubscriptionGroupVersions:
        from ascapi.resources.subscription_group_versions import AsyncSubscriptionGroupVersions

        return AsyncSubscriptionGroupVersions(cast("AsyncClient", self))

    @cached_property
    def subscription_groups(self) -> AsyncSubscriptionGroups:
        from ascapi.resources.subscription_groups import AsyncSubscriptionGroups

        return AsyncSubscriptionGroups(cast("AsyncClient", self))

    @cached_property
    def subscription_images(self) -> AsyncSubscriptionImages:
        from ascapi.resources.subscription_images import AsyncSubscriptionImages

        return AsyncSubscriptionImages(cast("AsyncClient", self))

    @cached_property
    def subscription_images_v2(self) -> AsyncSubscriptionImagesV2:
        from ascapi.resources.subscription_images_v2 import AsyncSubscriptionImagesV2

        return AsyncSubscriptionImagesV2(cast("AsyncClient", self))

    @cached_property
    def subscription_introductory_offers(self) -> AsyncSubscriptionIntroductoryOffers:
        from ascapi.resources.subscription_introductory_offers import (
            AsyncSubscriptionIntroductoryOffers,
        )

        return AsyncSubscriptionIntroductoryOffers(cast("AsyncClient", self))

    @cached_property
    def subscription_localizations(self) -> AsyncSubscriptionLocalizations:
        from ascapi.resources.subscription_localizations import AsyncSubscriptionLocalizations

        return AsyncSubscriptionLocalizations(cast("AsyncClient", self))

    @cached_property
    def subscription_localizations_v2(self) -> AsyncSubscriptionLocalizationsV2:
        from ascapi.resources.subscription_localizations_v2 import AsyncSubscriptionLocalizationsV2

        return AsyncSubscriptionLocalizationsV2(cast("AsyncClient", self))

    @cached_property
    def subscription_offer_code_custom_codes(self) -> AsyncSubscriptionOfferCodeCustomCodes:
        from ascapi.resources.subscription_offer_code_custom_codes import (
            AsyncSubscriptionOfferCodeCustomCodes,
        )

        return AsyncSubscriptionOfferCodeCustomCodes(cast("AsyncClient", self))

    @cached_property
    def subscription_offer_code_one_time_use_codes(
        self,
    ) -> AsyncSubscriptionOfferCodeOneTimeUseCodes:
        from ascapi.resources.subscription_offer_code_one_time_use_codes import (
            AsyncSubscriptionOfferCodeOneTimeUseCodes,
        )

        return AsyncSubscriptionOfferCodeOneTimeUseCodes(cast("AsyncClient", self))

    @cached_property
    def subscription_offer_codes(self) -> AsyncSubscriptionOfferCodes:
        from ascapi.resources.subscription_offer_codes import AsyncSubscriptionOfferCodes

        return AsyncSubscriptionOfferCodes(cast("AsyncClient", self))

    @cached_property
    def subscription_plan_availabilities(self) -> AsyncSubscriptionPlanAvailabilities:
        from ascapi.resources.subscription_plan_availabilities import (
            AsyncSubscriptionPlanAvailabilities,
        )

        return AsyncSubscriptionPlanAvailabilities(cast("AsyncClient", self))

    @cached_property
    def subscription_price_points(self) -> AsyncSubscriptionPricePoints:
        from ascapi.resources.subscription_price_points import AsyncSubscriptionPricePoints

        return AsyncSubscriptionPricePoints(cast("AsyncClient", self))

    @cached_property
    def subscription_prices(self) -> AsyncSubscriptionPrices:
        from ascapi.resources.subscription_prices import AsyncSubscriptionPrices

        return AsyncSubscriptionPrices(cast("AsyncClient", self))

    @cached_property
    def subscription_promotional_offers(self) -> AsyncSubscriptionPromotionalOffers:
        from ascapi.resources.subscription_promotional_offers import (
            AsyncSubscriptionPromotionalOffers,
        )

        return AsyncSubscriptionPromotionalOffers(cast("AsyncClient", self))

    @cached_property
    def subscription_submissions(self) -> AsyncSubscriptionSubmissions:
        from ascapi.resources.subscription_submissions import AsyncSubscriptionSubmissions

        return AsyncSubscriptionSubmissions(cast("AsyncClient", self))

    @cached_property
    def subscription_versions(self) -> AsyncSubscriptionVersions:
        from ascapi.resources.subscription_versions import AsyncSubscriptionVersions

        return AsyncSubscriptionVersions(cast("AsyncClient", self))

    @cached_property
    def subscriptions(self) -> AsyncSubscriptions:
        from ascapi.resources.subscriptions import AsyncSubscriptions

        return AsyncSubscriptions(cast("AsyncClient", self))

    @cached_property
    def territories(self) -> AsyncTerritories:
        from ascapi.resources.territories import AsyncTerritories

        return AsyncTerritories(cast("AsyncClient", self))

    @cached_property
    def territory_availabilities(self) -> AsyncTerritoryAvailabilities:
        from ascapi.resources.territory_availabilities import AsyncTerritoryAvailabilities

        return AsyncTerritoryAvailabilities(cast("AsyncClient", self))

    @cached_property
    def user_invitations(self) -> AsyncUserInvitations:
        from ascapi.resources.user_invitations import AsyncUserInvitations

        return AsyncUserInvitations(cast("AsyncClient", self))

    @cached_property
    def users(self) -> AsyncUsers:
        from ascapi.resources.users import AsyncUsers

        return AsyncUsers(cast("AsyncClient", self))

    @cached_property
    def webhook_deliveries(self) -> AsyncWebhookDeliveries:
        from ascapi.resources.webhook_deliveries import AsyncWebhookDeliveries

        return AsyncWebhookDeliveries(cast("AsyncClient", self))

    @cached_property
    def webhook_pings(self) -> AsyncWebhookPings:
        from ascapi.resources.webhook_pings import AsyncWebhookPings

        return AsyncWebhookPings(cast("AsyncClient", self))

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        from ascapi.resources.webhooks import AsyncWebhooks

        return AsyncWebhooks(cast("AsyncClient", self))

    @cached_property
    def win_back_offers(self) -> AsyncWinBackOffers:
        from ascapi.resources.win_back_offers import AsyncWinBackOffers

        return AsyncWinBackOffers(cast("AsyncClient", self))
