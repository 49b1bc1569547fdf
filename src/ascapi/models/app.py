# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "App",
    "AppAttributes",
    "AppRelationships",
    "AppRelationshipsAccessibilityDeclarations",
    "AppRelationshipsAppEncryptionDeclarations",
    "AppRelationshipsAppEncryptionDeclarationsData",
    "AppRelationshipsAppStoreIcon",
    "AppRelationshipsAppStoreIconData",
    "AppRelationshipsCiProduct",
    "AppRelationshipsCiProductData",
    "AppRelationshipsBetaGroups",
    "AppRelationshipsBetaGroupsData",
    "AppRelationshipsAppStoreVersions",
    "AppRelationshipsAppStoreVersionsData",
    "AppRelationshipsPreReleaseVersions",
    "AppRelationshipsPreReleaseVersionsData",
    "AppRelationshipsBetaAppLocalizations",
    "AppRelationshipsBetaAppLocalizationsData",
    "AppRelationshipsBuilds",
    "AppRelationshipsBuildsData",
    "AppRelationshipsBetaLicenseAgreement",
    "AppRelationshipsBetaLicenseAgreementData",
    "AppRelationshipsBetaAppReviewDetail",
    "AppRelationshipsBetaAppReviewDetailData",
    "AppRelationshipsAppInfos",
    "AppRelationshipsAppInfosData",
    "AppRelationshipsAppClips",
    "AppRelationshipsAppClipsData",
    "AppRelationshipsEndUserLicenseAgreement",
    "AppRelationshipsEndUserLicenseAgreementData",
    "AppRelationshipsInAppPurchases",
    "AppRelationshipsInAppPurchasesData",
    "AppRelationshipsSubscriptionGroups",
    "AppRelationshipsSubscriptionGroupsData",
    "AppRelationshipsGameCenterEnabledVersions",
    "AppRelationshipsGameCenterEnabledVersionsData",
    "AppRelationshipsAppCustomProductPages",
    "AppRelationshipsAppCustomProductPagesData",
    "AppRelationshipsInAppPurchasesV2",
    "AppRelationshipsPromotedPurchases",
    "AppRelationshipsPromotedPurchasesData",
    "AppRelationshipsAppEvents",
    "AppRelationshipsAppEventsData",
    "AppRelationshipsReviewSubmissions",
    "AppRelationshipsReviewSubmissionsData",
    "AppRelationshipsSubscriptionGracePeriod",
    "AppRelationshipsSubscriptionGracePeriodData",
    "AppRelationshipsGameCenterDetail",
    "AppRelationshipsGameCenterDetailData",
    "AppRelationshipsAppStoreVersionExperimentsV2",
    "AppRelationshipsAppStoreVersionExperimentsV2Data",
    "AppRelationshipsAndroidToIosAppMappingDetails",
    "AppRelationshipsAndroidToIosAppMappingDetailsData",
]

_E0 = frozenset({"apps"})
_E1 = frozenset({"V1", "V2"})
_E2 = frozenset({"DOES_NOT_USE_THIRD_PARTY_CONTENT", "USES_THIRD_PARTY_CONTENT"})
_E3 = frozenset({"appEncryptionDeclarations"})
_E4 = frozenset({"buildIcons"})
_E5 = frozenset({"ciProducts"})
_E6 = frozenset({"betaGroups"})
_E7 = frozenset({"appStoreVersions"})
_E8 = frozenset({"preReleaseVersions"})
_E9 = frozenset({"betaAppLocalizations"})
_E10 = frozenset({"builds"})
_E11 = frozenset({"betaLicenseAgreements"})
_E12 = frozenset({"betaAppReviewDetails"})
_E13 = frozenset({"appInfos"})
_E14 = frozenset({"appClips"})
_E15 = frozenset({"endUserLicenseAgreements"})
_E16 = frozenset({"inAppPurchases"})
_E17 = frozenset({"subscriptionGroups"})
_E18 = frozenset({"gameCenterEnabledVersions"})
_E19 = frozenset({"appCustomProductPages"})
_E20 = frozenset({"promotedPurchases"})
_E21 = frozenset({"appEvents"})
_E22 = frozenset({"reviewSubmissions"})
_E23 = frozenset({"subscriptionGracePeriods"})
_E24 = frozenset({"gameCenterDetails"})
_E25 = frozenset({"appStoreVersionExperiments"})
_E26 = frozenset({"androidToIosAppMappingDetails"})


class App(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppAttributes | None | UnsetType = UNSET
    relationships: AppRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppAttributes(Model):
    accessibility_url: str | None | UnsetType = msgspec.field(
        default=UNSET, name="accessibilityUrl"
    )
    name: str | None | UnsetType = UNSET
    bundle_id: str | None | UnsetType = msgspec.field(default=UNSET, name="bundleId")
    sku: str | None | UnsetType = UNSET
    primary_locale: str | None | UnsetType = msgspec.field(default=UNSET, name="primaryLocale")
    is_or_ever_was_made_for_kids: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="isOrEverWasMadeForKids"
    )
    subscription_status_url: str | None | UnsetType = msgspec.field(
        default=UNSET, name="subscriptionStatusUrl"
    )
    subscription_status_url_version: _L["V1", "V2"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="subscriptionStatusUrlVersion"
    )
    subscription_status_url_for_sandbox: str | None | UnsetType = msgspec.field(
        default=UNSET, name="subscriptionStatusUrlForSandbox"
    )
    subscription_status_url_version_for_sandbox: _L["V1", "V2"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="subscriptionStatusUrlVersionForSandbox")
    )
    content_rights_declaration: (
        _L["DOES_NOT_USE_THIRD_PARTY_CONTENT", "USES_THIRD_PARTY_CONTENT"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="contentRightsDeclaration")
    streamlined_purchasing_enabled: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="streamlinedPurchasingEnabled"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {
        "subscription_status_url_version": _E1,
        "subscription_status_url_version_for_sandbox": _E1,
        "content_rights_declaration": _E2,
    }


class AppRelationships(Model):
    accessibility_declarations: AppRelationshipsAccessibilityDeclarations | None | UnsetType = (
        msgspec.field(default=UNSET, name="accessibilityDeclarations")
    )
    app_encryption_declarations: AppRelationshipsAppEncryptionDeclarations | None | UnsetType = (
        msgspec.field(default=UNSET, name="appEncryptionDeclarations")
    )
    app_store_icon: AppRelationshipsAppStoreIcon | None | UnsetType = msgspec.field(
        default=UNSET, name="appStoreIcon"
    )
    ci_product: AppRelationshipsCiProduct | None | UnsetType = msgspec.field(
        default=UNSET, name="ciProduct"
    )
    beta_testers: AppRelationshipsAccessibilityDeclarations | None | UnsetType = msgspec.field(
        default=UNSET, name="betaTesters"
    )
    beta_groups: AppRelationshipsBetaGroups | None | UnsetType = msgspec.field(
        default=UNSET, name="betaGroups"
    )
    app_store_versions: AppRelationshipsAppStoreVersions | None | UnsetType = msgspec.field(
        default=UNSET, name="appStoreVersions"
    )
    app_tags: AppRelationshipsAccessibilityDeclarations | None | UnsetType = msgspec.field(
        default=UNSET, name="appTags"
    )
    pre_release_versions: AppRelationshipsPreReleaseVersions | None | UnsetType = msgspec.field(
        default=UNSET, name="preReleaseVersions"
    )
    beta_app_localizations: AppRelationshipsBetaAppLocalizations | None | UnsetType = msgspec.field(
        default=UNSET, name="betaAppLocalizations"
    )
    builds: AppRelationshipsBuilds | None | UnsetType = UNSET
    beta_license_agreement: AppRelationshipsBetaLicenseAgreement | None | UnsetType = msgspec.field(
        default=UNSET, name="betaLicenseAgreement"
    )
    beta_app_review_detail: AppRelationshipsBetaAppReviewDetail | None | UnsetType = msgspec.field(
        default=UNSET, name="betaAppReviewDetail"
    )
    app_infos: AppRelationshipsAppInfos | None | UnsetType = msgspec.field(
        default=UNSET, name="appInfos"
    )
    app_clips: AppRelationshipsAppClips | None | UnsetType = msgspec.field(
        default=UNSET, name="appClips"
    )
    app_price_points: AppRelationshipsAccessibilityDeclarations | None | UnsetType = msgspec.field(
        default=UNSET, name="appPricePoints"
    )
    end_user_license_agreement: AppRelationshipsEndUserLicenseAgreement | None | UnsetType = (
        msgspec.field(default=UNSET, name="endUserLicenseAgreement")
    )
    app_price_schedule: AppRelationshipsAccessibilityDeclarations | None | UnsetType = (
        msgspec.field(default=UNSET, name="appPriceSchedule")
    )
    app_availability_v2: AppRelationshipsAccessibilityDeclarations | None | UnsetType = (
        msgspec.field(default=UNSET, name="appAvailabilityV2")
    )
    in_app_purchases: AppRelationshipsInAppPurchases | None | UnsetType = msgspec.field(
        default=UNSET, name="inAppPurchases"
    )
    subscription_groups: AppRelationshipsSubscriptionGroups | None | UnsetType = msgspec.field(
        default=UNSET, name="subscriptionGroups"
    )
    game_center_enabled_versions: AppRelationshipsGameCenterEnabledVersions | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterEnabledVersions")
    )
    perf_power_metrics: AppRelationshipsAccessibilityDeclarations | None | UnsetType = (
        msgspec.field(default=UNSET, name="perfPowerMetrics")
    )
    app_custom_product_pages: AppRelationshipsAppCustomProductPages | None | UnsetType = (
        msgspec.field(default=UNSET, name="appCustomProductPages")
    )
    in_app_purchases_v2: AppRelationshipsInAppPurchasesV2 | None | UnsetType = msgspec.field(
        default=UNSET, name="inAppPurchasesV2"
    )
    promoted_purchases: AppRelationshipsPromotedPurchases | None | UnsetType = msgspec.field(
        default=UNSET, name="promotedPurchases"
    )
    app_events: AppRelationshipsAppEvents | None | UnsetType = msgspec.field(
        default=UNSET, name="appEvents"
    )
    review_submissions: AppRelationshipsReviewSubmissions | None | UnsetType = msgspec.field(
        default=UNSET, name="reviewSubmissions"
    )
    subscription_grace_period: AppRelationshipsSubscriptionGracePeriod | None | UnsetType = (
        msgspec.field(default=UNSET, name="subscriptionGracePeriod")
    )
    customer_reviews: AppRelationshipsAccessibilityDeclarations | None | UnsetType = msgspec.field(
        default=UNSET, name="customerReviews"
    )
    customer_review_summarizations: AppRelationshipsAccessibilityDeclarations | None | UnsetType = (
        msgspec.field(default=UNSET, name="customerReviewSummarizations")
    )
    game_center_detail: AppRelationshipsGameCenterDetail | None | UnsetType = msgspec.field(
        default=UNSET, name="gameCenterDetail"
    )
    app_store_version_experiments_v2: (
        AppRelationshipsAppStoreVersionExperimentsV2 | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperimentsV2")
    alternative_distribution_key: AppRelationshipsAccessibilityDeclarations | None | UnsetType = (
        msgspec.field(default=UNSET, name="alternativeDistributionKey")
    )
    analytics_report_requests: AppRelationshipsAccessibilityDeclarations | None | UnsetType = (
        msgspec.field(default=UNSET, name="analyticsReportRequests")
    )
    marketplace_search_detail: AppRelationshipsAccessibilityDeclarations | None | UnsetType = (
        msgspec.field(default=UNSET, name="marketplaceSearchDetail")
    )
    build_uploads: AppRelationshipsAccessibilityDeclarations | None | UnsetType = msgspec.field(
        default=UNSET, name="buildUploads"
    )
    background_assets: AppRelationshipsAccessibilityDeclarations | None | UnsetType = msgspec.field(
        default=UNSET, name="backgroundAssets"
    )
    beta_feedback_screenshot_submissions: (
        AppRelationshipsAccessibilityDeclarations | None | UnsetType
    ) = msgspec.field(default=UNSET, name="betaFeedbackScreenshotSubmissions")
    beta_feedback_crash_submissions: (
        AppRelationshipsAccessibilityDeclarations | None | UnsetType
    ) = msgspec.field(default=UNSET, name="betaFeedbackCrashSubmissions")
    search_keywords: AppRelationshipsAccessibilityDeclarations | None | UnsetType = msgspec.field(
        default=UNSET, name="searchKeywords"
    )
    webhooks: AppRelationshipsAccessibilityDeclarations | None | UnsetType = UNSET
    android_to_ios_app_mapping_details: (
        AppRelationshipsAndroidToIosAppMappingDetails | None | UnsetType
    ) = msgspec.field(default=UNSET, name="androidToIosAppMappingDetails")
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsAccessibilityDeclarations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsAppEncryptionDeclarations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppRelationshipsAppEncryptionDeclarationsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsAppEncryptionDeclarationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appEncryptionDeclarations"] | str
        id: str
    else:
        type: _L["appEncryptionDeclarations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class AppRelationshipsAppStoreIcon(Model):
    data: AppRelationshipsAppStoreIconData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsAppStoreIconData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["buildIcons"] | str
        id: str
    else:
        type: _L["buildIcons"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class AppRelationshipsCiProduct(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: AppRelationshipsCiProductData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsCiProductData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["ciProducts"] | str
        id: str
    else:
        type: _L["ciProducts"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class AppRelationshipsBetaGroups(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppRelationshipsBetaGroupsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsBetaGroupsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaGroups"] | str
        id: str
    else:
        type: _L["betaGroups"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}


class AppRelationshipsAppStoreVersions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppRelationshipsAppStoreVersionsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsAppStoreVersionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersions"] | str
        id: str
    else:
        type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E7}


class AppRelationshipsPreReleaseVersions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppRelationshipsPreReleaseVersionsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsPreReleaseVersionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["preReleaseVersions"] | str
        id: str
    else:
        type: _L["preReleaseVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E8}


class AppRelationshipsBetaAppLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppRelationshipsBetaAppLocalizationsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsBetaAppLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaAppLocalizations"] | str
        id: str
    else:
        type: _L["betaAppLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E9}


class AppRelationshipsBuilds(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppRelationshipsBuildsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsBuildsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["builds"] | str
        id: str
    else:
        type: _L["builds"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E10}


class AppRelationshipsBetaLicenseAgreement(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: AppRelationshipsBetaLicenseAgreementData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsBetaLicenseAgreementData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaLicenseAgreements"] | str
        id: str
    else:
        type: _L["betaLicenseAgreements"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E11}


class AppRelationshipsBetaAppReviewDetail(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: AppRelationshipsBetaAppReviewDetailData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsBetaAppReviewDetailData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaAppReviewDetails"] | str
        id: str
    else:
        type: _L["betaAppReviewDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E12}


class AppRelationshipsAppInfos(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppRelationshipsAppInfosData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsAppInfosData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appInfos"] | str
        id: str
    else:
        type: _L["appInfos"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E13}


class AppRelationshipsAppClips(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppRelationshipsAppClipsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsAppClipsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appClips"] | str
        id: str
    else:
        type: _L["appClips"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E14}


class AppRelationshipsEndUserLicenseAgreement(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: AppRelationshipsEndUserLicenseAgreementData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsEndUserLicenseAgreementData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["endUserLicenseAgreements"] | str
        id: str
    else:
        type: _L["endUserLicenseAgreements"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E15}


class AppRelationshipsInAppPurchases(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppRelationshipsInAppPurchasesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsInAppPurchasesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchases"] | str
        id: str
    else:
        type: _L["inAppPurchases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E16}


class AppRelationshipsSubscriptionGroups(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppRelationshipsSubscriptionGroupsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsSubscriptionGroupsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionGroups"] | str
        id: str
    else:
        type: _L["subscriptionGroups"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E17}


class AppRelationshipsGameCenterEnabledVersions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppRelationshipsGameCenterEnabledVersionsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsGameCenterEnabledVersionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterEnabledVersions"] | str
        id: str
    else:
        type: _L["gameCenterEnabledVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E18}


class AppRelationshipsAppCustomProductPages(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppRelationshipsAppCustomProductPagesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsAppCustomProductPagesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appCustomProductPages"] | str
        id: str
    else:
        type: _L["appCustomProductPages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E19}


class AppRelationshipsInAppPurchasesV2(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppRelationshipsInAppPurchasesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsPromotedPurchases(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppRelationshipsPromotedPurchasesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsPromotedPurchasesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["promotedPurchases"] | str
        id: str
    else:
        type: _L["promotedPurchases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E20}


class AppRelationshipsAppEvents(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppRelationshipsAppEventsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsAppEventsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appEvents"] | str
        id: str
    else:
        type: _L["appEvents"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E21}


class AppRelationshipsReviewSubmissions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppRelationshipsReviewSubmissionsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsReviewSubmissionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["reviewSubmissions"] | str
        id: str
    else:
        type: _L["reviewSubmissions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E22}


class AppRelationshipsSubscriptionGracePeriod(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: AppRelationshipsSubscriptionGracePeriodData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsSubscriptionGracePeriodData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionGracePeriods"] | str
        id: str
    else:
        type: _L["subscriptionGracePeriods"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E23}


class AppRelationshipsGameCenterDetail(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: AppRelationshipsGameCenterDetailData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsGameCenterDetailData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterDetails"] | str
        id: str
    else:
        type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E24}


class AppRelationshipsAppStoreVersionExperimentsV2(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppRelationshipsAppStoreVersionExperimentsV2Data] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsAppStoreVersionExperimentsV2Data(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersionExperiments"] | str
        id: str
    else:
        type: _L["appStoreVersionExperiments"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E25}


class AppRelationshipsAndroidToIosAppMappingDetails(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppRelationshipsAndroidToIosAppMappingDetailsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppRelationshipsAndroidToIosAppMappingDetailsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["androidToIosAppMappingDetails"] | str
        id: str
    else:
        type: _L["androidToIosAppMappingDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E26}
