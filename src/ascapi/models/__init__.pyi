# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""Type checkers' view of ``ascapi.models``: each class from its own module."""

from ascapi.models.accessibility_declaration import (
    AccessibilityDeclaration as AccessibilityDeclaration,
)
from ascapi.models.accessibility_declaration import (
    AccessibilityDeclarationAttributes as AccessibilityDeclarationAttributes,
)
from ascapi.models.accessibility_declaration_create_request import (
    AccessibilityDeclarationCreateRequest as AccessibilityDeclarationCreateRequest,
)
from ascapi.models.accessibility_declaration_create_request import (
    AccessibilityDeclarationCreateRequestData as AccessibilityDeclarationCreateRequestData,
)
from ascapi.models.accessibility_declaration_create_request import (
    AccessibilityDeclarationCreateRequestDataAttributes as AccessibilityDeclarationCreateRequestDataAttributes,
)
from ascapi.models.accessibility_declaration_create_request import (
    AccessibilityDeclarationCreateRequestDataRelationships as AccessibilityDeclarationCreateRequestDataRelationships,
)
from ascapi.models.accessibility_declaration_create_request import (
    AccessibilityDeclarationCreateRequestDataRelationshipsApp as AccessibilityDeclarationCreateRequestDataRelationshipsApp,
)
from ascapi.models.accessibility_declaration_create_request import (
    AccessibilityDeclarationCreateRequestDataRelationshipsAppData as AccessibilityDeclarationCreateRequestDataRelationshipsAppData,
)
from ascapi.models.accessibility_declaration_response import (
    AccessibilityDeclarationResponse as AccessibilityDeclarationResponse,
)
from ascapi.models.accessibility_declaration_update_request import (
    AccessibilityDeclarationUpdateRequest as AccessibilityDeclarationUpdateRequest,
)
from ascapi.models.accessibility_declaration_update_request import (
    AccessibilityDeclarationUpdateRequestData as AccessibilityDeclarationUpdateRequestData,
)
from ascapi.models.accessibility_declaration_update_request import (
    AccessibilityDeclarationUpdateRequestDataAttributes as AccessibilityDeclarationUpdateRequestDataAttributes,
)
from ascapi.models.accessibility_declarations_response import (
    AccessibilityDeclarationsResponse as AccessibilityDeclarationsResponse,
)
from ascapi.models.actor import Actor as Actor
from ascapi.models.actor import ActorAttributes as ActorAttributes
from ascapi.models.actor_response import ActorResponse as ActorResponse
from ascapi.models.actors_response import ActorsResponse as ActorsResponse
from ascapi.models.age_rating_declaration import AgeRatingDeclaration as AgeRatingDeclaration
from ascapi.models.age_rating_declaration import (
    AgeRatingDeclarationAttributes as AgeRatingDeclarationAttributes,
)
from ascapi.models.age_rating_declaration_response import (
    AgeRatingDeclarationResponse as AgeRatingDeclarationResponse,
)
from ascapi.models.age_rating_declaration_update_request import (
    AgeRatingDeclarationUpdateRequest as AgeRatingDeclarationUpdateRequest,
)
from ascapi.models.age_rating_declaration_update_request import (
    AgeRatingDeclarationUpdateRequestData as AgeRatingDeclarationUpdateRequestData,
)
from ascapi.models.age_rating_declaration_update_request import (
    AgeRatingDeclarationUpdateRequestDataAttributes as AgeRatingDeclarationUpdateRequestDataAttributes,
)
from ascapi.models.alternative_distribution_domain import (
    AlternativeDistributionDomain as AlternativeDistributionDomain,
)
from ascapi.models.alternative_distribution_domain import (
    AlternativeDistributionDomainAttributes as AlternativeDistributionDomainAttributes,
)
from ascapi.models.alternative_distribution_domain_create_request import (
    AlternativeDistributionDomainCreateRequest as AlternativeDistributionDomainCreateRequest,
)
from ascapi.models.alternative_distribution_domain_create_request import (
    AlternativeDistributionDomainCreateRequestData as AlternativeDistributionDomainCreateRequestData,
)
from ascapi.models.alternative_distribution_domain_create_request import (
    AlternativeDistributionDomainCreateRequestDataAttributes as AlternativeDistributionDomainCreateRequestDataAttributes,
)
from ascapi.models.alternative_distribution_domain_response import (
    AlternativeDistributionDomainResponse as AlternativeDistributionDomainResponse,
)
from ascapi.models.alternative_distribution_domains_response import (
    AlternativeDistributionDomainsResponse as AlternativeDistributionDomainsResponse,
)
from ascapi.models.alternative_distribution_key import (
    AlternativeDistributionKey as AlternativeDistributionKey,
)
from ascapi.models.alternative_distribution_key import (
    AlternativeDistributionKeyAttributes as AlternativeDistributionKeyAttributes,
)
from ascapi.models.alternative_distribution_key_create_request import (
    AlternativeDistributionKeyCreateRequest as AlternativeDistributionKeyCreateRequest,
)
from ascapi.models.alternative_distribution_key_create_request import (
    AlternativeDistributionKeyCreateRequestData as AlternativeDistributionKeyCreateRequestData,
)
from ascapi.models.alternative_distribution_key_create_request import (
    AlternativeDistributionKeyCreateRequestDataAttributes as AlternativeDistributionKeyCreateRequestDataAttributes,
)
from ascapi.models.alternative_distribution_key_create_request import (
    AlternativeDistributionKeyCreateRequestDataRelationships as AlternativeDistributionKeyCreateRequestDataRelationships,
)
from ascapi.models.alternative_distribution_key_create_request import (
    AlternativeDistributionKeyCreateRequestDataRelationshipsApp as AlternativeDistributionKeyCreateRequestDataRelationshipsApp,
)
from ascapi.models.alternative_distribution_key_create_request import (
    AlternativeDistributionKeyCreateRequestDataRelationshipsAppData as AlternativeDistributionKeyCreateRequestDataRelationshipsAppData,
)
from ascapi.models.alternative_distribution_key_response import (
    AlternativeDistributionKeyResponse as AlternativeDistributionKeyResponse,
)
from ascapi.models.alternative_distribution_keys_response import (
    AlternativeDistributionKeysResponse as AlternativeDistributionKeysResponse,
)
from ascapi.models.alternative_distribution_package import (
    AlternativeDistributionPackage as AlternativeDistributionPackage,
)
from ascapi.models.alternative_distribution_package import (
    AlternativeDistributionPackageAttributes as AlternativeDistributionPackageAttributes,
)
from ascapi.models.alternative_distribution_package import (
    AlternativeDistributionPackageRelationships as AlternativeDistributionPackageRelationships,
)
from ascapi.models.alternative_distribution_package import (
    AlternativeDistributionPackageRelationshipsVersions as AlternativeDistributionPackageRelationshipsVersions,
)
from ascapi.models.alternative_distribution_package import (
    AlternativeDistributionPackageRelationshipsVersionsData as AlternativeDistributionPackageRelationshipsVersionsData,
)
from ascapi.models.alternative_distribution_package_create_request import (
    AlternativeDistributionPackageCreateRequest as AlternativeDistributionPackageCreateRequest,
)
from ascapi.models.alternative_distribution_package_create_request import (
    AlternativeDistributionPackageCreateRequestData as AlternativeDistributionPackageCreateRequestData,
)
from ascapi.models.alternative_distribution_package_create_request import (
    AlternativeDistributionPackageCreateRequestDataRelationships as AlternativeDistributionPackageCreateRequestDataRelationships,
)
from ascapi.models.alternative_distribution_package_create_request import (
    AlternativeDistributionPackageCreateRequestDataRelationshipsAppStoreVersion as AlternativeDistributionPackageCreateRequestDataRelationshipsAppStoreVersion,
)
from ascapi.models.alternative_distribution_package_create_request import (
    AlternativeDistributionPackageCreateRequestDataRelationshipsAppStoreVersionData as AlternativeDistributionPackageCreateRequestDataRelationshipsAppStoreVersionData,
)
from ascapi.models.alternative_distribution_package_delta import (
    AlternativeDistributionPackageDelta as AlternativeDistributionPackageDelta,
)
from ascapi.models.alternative_distribution_package_delta import (
    AlternativeDistributionPackageDeltaAttributes as AlternativeDistributionPackageDeltaAttributes,
)
from ascapi.models.alternative_distribution_package_delta_response import (
    AlternativeDistributionPackageDeltaResponse as AlternativeDistributionPackageDeltaResponse,
)
from ascapi.models.alternative_distribution_package_deltas_response import (
    AlternativeDistributionPackageDeltasResponse as AlternativeDistributionPackageDeltasResponse,
)
from ascapi.models.alternative_distribution_package_response import (
    AlternativeDistributionPackageResponse as AlternativeDistributionPackageResponse,
)
from ascapi.models.alternative_distribution_package_variant import (
    AlternativeDistributionPackageVariant as AlternativeDistributionPackageVariant,
)
from ascapi.models.alternative_distribution_package_variant import (
    AlternativeDistributionPackageVariantAttributes as AlternativeDistributionPackageVariantAttributes,
)
from ascapi.models.alternative_distribution_package_variant_response import (
    AlternativeDistributionPackageVariantResponse as AlternativeDistributionPackageVariantResponse,
)
from ascapi.models.alternative_distribution_package_variants_response import (
    AlternativeDistributionPackageVariantsResponse as AlternativeDistributionPackageVariantsResponse,
)
from ascapi.models.alternative_distribution_package_version import (
    AlternativeDistributionPackageVersion as AlternativeDistributionPackageVersion,
)
from ascapi.models.alternative_distribution_package_version import (
    AlternativeDistributionPackageVersionAttributes as AlternativeDistributionPackageVersionAttributes,
)
from ascapi.models.alternative_distribution_package_version import (
    AlternativeDistributionPackageVersionRelationships as AlternativeDistributionPackageVersionRelationships,
)
from ascapi.models.alternative_distribution_package_version import (
    AlternativeDistributionPackageVersionRelationshipsAlternativeDistributionPackage as AlternativeDistributionPackageVersionRelationshipsAlternativeDistributionPackage,
)
from ascapi.models.alternative_distribution_package_version import (
    AlternativeDistributionPackageVersionRelationshipsAlternativeDistributionPackageData as AlternativeDistributionPackageVersionRelationshipsAlternativeDistributionPackageData,
)
from ascapi.models.alternative_distribution_package_version import (
    AlternativeDistributionPackageVersionRelationshipsDeltas as AlternativeDistributionPackageVersionRelationshipsDeltas,
)
from ascapi.models.alternative_distribution_package_version import (
    AlternativeDistributionPackageVersionRelationshipsDeltasData as AlternativeDistributionPackageVersionRelationshipsDeltasData,
)
from ascapi.models.alternative_distribution_package_version import (
    AlternativeDistributionPackageVersionRelationshipsVariants as AlternativeDistributionPackageVersionRelationshipsVariants,
)
from ascapi.models.alternative_distribution_package_version import (
    AlternativeDistributionPackageVersionRelationshipsVariantsData as AlternativeDistributionPackageVersionRelationshipsVariantsData,
)
from ascapi.models.alternative_distribution_package_version_deltas_linkages_response import (
    AlternativeDistributionPackageVersionDeltasLinkagesResponse as AlternativeDistributionPackageVersionDeltasLinkagesResponse,
)
from ascapi.models.alternative_distribution_package_version_deltas_linkages_response import (
    AlternativeDistributionPackageVersionDeltasLinkagesResponseData as AlternativeDistributionPackageVersionDeltasLinkagesResponseData,
)
from ascapi.models.alternative_distribution_package_version_response import (
    AlternativeDistributionPackageVersionResponse as AlternativeDistributionPackageVersionResponse,
)
from ascapi.models.alternative_distribution_package_version_variants_linkages_response import (
    AlternativeDistributionPackageVersionVariantsLinkagesResponse as AlternativeDistributionPackageVersionVariantsLinkagesResponse,
)
from ascapi.models.alternative_distribution_package_version_variants_linkages_response import (
    AlternativeDistributionPackageVersionVariantsLinkagesResponseData as AlternativeDistributionPackageVersionVariantsLinkagesResponseData,
)
from ascapi.models.alternative_distribution_package_versions_linkages_response import (
    AlternativeDistributionPackageVersionsLinkagesResponse as AlternativeDistributionPackageVersionsLinkagesResponse,
)
from ascapi.models.alternative_distribution_package_versions_linkages_response import (
    AlternativeDistributionPackageVersionsLinkagesResponseData as AlternativeDistributionPackageVersionsLinkagesResponseData,
)
from ascapi.models.alternative_distribution_package_versions_response import (
    AlternativeDistributionPackageVersionsResponse as AlternativeDistributionPackageVersionsResponse,
)
from ascapi.models.analytics_report import AnalyticsReport as AnalyticsReport
from ascapi.models.analytics_report import AnalyticsReportAttributes as AnalyticsReportAttributes
from ascapi.models.analytics_report import (
    AnalyticsReportRelationships as AnalyticsReportRelationships,
)
from ascapi.models.analytics_report import (
    AnalyticsReportRelationshipsInstances as AnalyticsReportRelationshipsInstances,
)
from ascapi.models.analytics_report_instance import (
    AnalyticsReportInstance as AnalyticsReportInstance,
)
from ascapi.models.analytics_report_instance import (
    AnalyticsReportInstanceAttributes as AnalyticsReportInstanceAttributes,
)
from ascapi.models.analytics_report_instance import (
    AnalyticsReportInstanceRelationships as AnalyticsReportInstanceRelationships,
)
from ascapi.models.analytics_report_instance import (
    AnalyticsReportInstanceRelationshipsSegments as AnalyticsReportInstanceRelationshipsSegments,
)
from ascapi.models.analytics_report_instance_response import (
    AnalyticsReportInstanceResponse as AnalyticsReportInstanceResponse,
)
from ascapi.models.analytics_report_instance_segments_linkages_response import (
    AnalyticsReportInstanceSegmentsLinkagesResponse as AnalyticsReportInstanceSegmentsLinkagesResponse,
)
from ascapi.models.analytics_report_instance_segments_linkages_response import (
    AnalyticsReportInstanceSegmentsLinkagesResponseData as AnalyticsReportInstanceSegmentsLinkagesResponseData,
)
from ascapi.models.analytics_report_instances_linkages_response import (
    AnalyticsReportInstancesLinkagesResponse as AnalyticsReportInstancesLinkagesResponse,
)
from ascapi.models.analytics_report_instances_linkages_response import (
    AnalyticsReportInstancesLinkagesResponseData as AnalyticsReportInstancesLinkagesResponseData,
)
from ascapi.models.analytics_report_instances_response import (
    AnalyticsReportInstancesResponse as AnalyticsReportInstancesResponse,
)
from ascapi.models.analytics_report_request import AnalyticsReportRequest as AnalyticsReportRequest
from ascapi.models.analytics_report_request import (
    AnalyticsReportRequestAttributes as AnalyticsReportRequestAttributes,
)
from ascapi.models.analytics_report_request import (
    AnalyticsReportRequestRelationships as AnalyticsReportRequestRelationships,
)
from ascapi.models.analytics_report_request import (
    AnalyticsReportRequestRelationshipsReports as AnalyticsReportRequestRelationshipsReports,
)
from ascapi.models.analytics_report_request import (
    AnalyticsReportRequestRelationshipsReportsData as AnalyticsReportRequestRelationshipsReportsData,
)
from ascapi.models.analytics_report_request_create_request import (
    AnalyticsReportRequestCreateRequest as AnalyticsReportRequestCreateRequest,
)
from ascapi.models.analytics_report_request_create_request import (
    AnalyticsReportRequestCreateRequestData as AnalyticsReportRequestCreateRequestData,
)
from ascapi.models.analytics_report_request_create_request import (
    AnalyticsReportRequestCreateRequestDataAttributes as AnalyticsReportRequestCreateRequestDataAttributes,
)
from ascapi.models.analytics_report_request_create_request import (
    AnalyticsReportRequestCreateRequestDataRelationships as AnalyticsReportRequestCreateRequestDataRelationships,
)
from ascapi.models.analytics_report_request_create_request import (
    AnalyticsReportRequestCreateRequestDataRelationshipsApp as AnalyticsReportRequestCreateRequestDataRelationshipsApp,
)
from ascapi.models.analytics_report_request_create_request import (
    AnalyticsReportRequestCreateRequestDataRelationshipsAppData as AnalyticsReportRequestCreateRequestDataRelationshipsAppData,
)
from ascapi.models.analytics_report_request_reports_linkages_response import (
    AnalyticsReportRequestReportsLinkagesResponse as AnalyticsReportRequestReportsLinkagesResponse,
)
from ascapi.models.analytics_report_request_reports_linkages_response import (
    AnalyticsReportRequestReportsLinkagesResponseData as AnalyticsReportRequestReportsLinkagesResponseData,
)
from ascapi.models.analytics_report_request_response import (
    AnalyticsReportRequestResponse as AnalyticsReportRequestResponse,
)
from ascapi.models.analytics_report_requests_response import (
    AnalyticsReportRequestsResponse as AnalyticsReportRequestsResponse,
)
from ascapi.models.analytics_report_response import (
    AnalyticsReportResponse as AnalyticsReportResponse,
)
from ascapi.models.analytics_report_segment import AnalyticsReportSegment as AnalyticsReportSegment
from ascapi.models.analytics_report_segment import (
    AnalyticsReportSegmentAttributes as AnalyticsReportSegmentAttributes,
)
from ascapi.models.analytics_report_segment_response import (
    AnalyticsReportSegmentResponse as AnalyticsReportSegmentResponse,
)
from ascapi.models.analytics_report_segments_response import (
    AnalyticsReportSegmentsResponse as AnalyticsReportSegmentsResponse,
)
from ascapi.models.analytics_reports_response import (
    AnalyticsReportsResponse as AnalyticsReportsResponse,
)
from ascapi.models.android_to_ios_app_mapping_detail import (
    AndroidToIosAppMappingDetail as AndroidToIosAppMappingDetail,
)
from ascapi.models.android_to_ios_app_mapping_detail import (
    AndroidToIosAppMappingDetailAttributes as AndroidToIosAppMappingDetailAttributes,
)
from ascapi.models.android_to_ios_app_mapping_detail_create_request import (
    AndroidToIosAppMappingDetailCreateRequest as AndroidToIosAppMappingDetailCreateRequest,
)
from ascapi.models.android_to_ios_app_mapping_detail_create_request import (
    AndroidToIosAppMappingDetailCreateRequestData as AndroidToIosAppMappingDetailCreateRequestData,
)
from ascapi.models.android_to_ios_app_mapping_detail_create_request import (
    AndroidToIosAppMappingDetailCreateRequestDataAttributes as AndroidToIosAppMappingDetailCreateRequestDataAttributes,
)
from ascapi.models.android_to_ios_app_mapping_detail_create_request import (
    AndroidToIosAppMappingDetailCreateRequestDataRelationships as AndroidToIosAppMappingDetailCreateRequestDataRelationships,
)
from ascapi.models.android_to_ios_app_mapping_detail_create_request import (
    AndroidToIosAppMappingDetailCreateRequestDataRelationshipsApp as AndroidToIosAppMappingDetailCreateRequestDataRelationshipsApp,
)
from ascapi.models.android_to_ios_app_mapping_detail_create_request import (
    AndroidToIosAppMappingDetailCreateRequestDataRelationshipsAppData as AndroidToIosAppMappingDetailCreateRequestDataRelationshipsAppData,
)
from ascapi.models.android_to_ios_app_mapping_detail_response import (
    AndroidToIosAppMappingDetailResponse as AndroidToIosAppMappingDetailResponse,
)
from ascapi.models.android_to_ios_app_mapping_detail_update_request import (
    AndroidToIosAppMappingDetailUpdateRequest as AndroidToIosAppMappingDetailUpdateRequest,
)
from ascapi.models.android_to_ios_app_mapping_detail_update_request import (
    AndroidToIosAppMappingDetailUpdateRequestData as AndroidToIosAppMappingDetailUpdateRequestData,
)
from ascapi.models.android_to_ios_app_mapping_detail_update_request import (
    AndroidToIosAppMappingDetailUpdateRequestDataAttributes as AndroidToIosAppMappingDetailUpdateRequestDataAttributes,
)
from ascapi.models.android_to_ios_app_mapping_details_response import (
    AndroidToIosAppMappingDetailsResponse as AndroidToIosAppMappingDetailsResponse,
)
from ascapi.models.app import App as App
from ascapi.models.app import AppAttributes as AppAttributes
from ascapi.models.app import AppRelationships as AppRelationships
from ascapi.models.app import (
    AppRelationshipsAccessibilityDeclarations as AppRelationshipsAccessibilityDeclarations,
)
from ascapi.models.app import (
    AppRelationshipsAndroidToIosAppMappingDetails as AppRelationshipsAndroidToIosAppMappingDetails,
)
from ascapi.models.app import (
    AppRelationshipsAndroidToIosAppMappingDetailsData as AppRelationshipsAndroidToIosAppMappingDetailsData,
)
from ascapi.models.app import AppRelationshipsAppClips as AppRelationshipsAppClips
from ascapi.models.app import AppRelationshipsAppClipsData as AppRelationshipsAppClipsData
from ascapi.models.app import (
    AppRelationshipsAppCustomProductPages as AppRelationshipsAppCustomProductPages,
)
from ascapi.models.app import (
    AppRelationshipsAppCustomProductPagesData as AppRelationshipsAppCustomProductPagesData,
)
from ascapi.models.app import (
    AppRelationshipsAppEncryptionDeclarations as AppRelationshipsAppEncryptionDeclarations,
)
from ascapi.models.app import (
    AppRelationshipsAppEncryptionDeclarationsData as AppRelationshipsAppEncryptionDeclarationsData,
)
from ascapi.models.app import AppRelationshipsAppEvents as AppRelationshipsAppEvents
from ascapi.models.app import AppRelationshipsAppEventsData as AppRelationshipsAppEventsData
from ascapi.models.app import AppRelationshipsAppInfos as AppRelationshipsAppInfos
from ascapi.models.app import AppRelationshipsAppInfosData as AppRelationshipsAppInfosData
from ascapi.models.app import AppRelationshipsAppStoreIcon as AppRelationshipsAppStoreIcon
from ascapi.models.app import AppRelationshipsAppStoreIconData as AppRelationshipsAppStoreIconData
from ascapi.models.app import (
    AppRelationshipsAppStoreVersionExperimentsV2 as AppRelationshipsAppStoreVersionExperimentsV2,
)
from ascapi.models.app import (
    AppRelationshipsAppStoreVersionExperimentsV2Data as AppRelationshipsAppStoreVersionExperimentsV2Data,
)
from ascapi.models.app import AppRelationshipsAppStoreVersions as AppRelationshipsAppStoreVersions
from ascapi.models.app import (
    AppRelationshipsAppStoreVersionsData as AppRelationshipsAppStoreVersionsData,
)
from ascapi.models.app import (
    AppRelationshipsBetaAppLocalizations as AppRelationshipsBetaAppLocalizations,
)
from ascapi.models.app import (
    AppRelationshipsBetaAppLocalizationsData as AppRelationshipsBetaAppLocalizationsData,
)
from ascapi.models.app import (
    AppRelationshipsBetaAppReviewDetail as AppRelationshipsBetaAppReviewDetail,
)
from ascapi.models.app import (
    AppRelationshipsBetaAppReviewDetailData as AppRelationshipsBetaAppReviewDetailData,
)
from ascapi.models.app import AppRelationshipsBetaGroups as AppRelationshipsBetaGroups
from ascapi.models.app import AppRelationshipsBetaGroupsData as AppRelationshipsBetaGroupsData
from ascapi.models.app import (
    AppRelationshipsBetaLicenseAgreement as AppRelationshipsBetaLicenseAgreement,
)
from ascapi.models.app import (
    AppRelationshipsBetaLicenseAgreementData as AppRelationshipsBetaLicenseAgreementData,
)
from ascapi.models.app import AppRelationshipsBuilds as AppRelationshipsBuilds
from ascapi.models.app import AppRelationshipsBuildsData as AppRelationshipsBuildsData
from ascapi.models.app import AppRelationshipsCiProduct as AppRelationshipsCiProduct
from ascapi.models.app import AppRelationshipsCiProductData as AppRelationshipsCiProductData
from ascapi.models.app import (
    AppRelationshipsEndUserLicenseAgreement as AppRelationshipsEndUserLicenseAgreement,
)
from ascapi.models.app import (
    AppRelationshipsEndUserLicenseAgreementData as AppRelationshipsEndUserLicenseAgreementData,
)
from ascapi.models.app import AppRelationshipsGameCenterDetail as AppRelationshipsGameCenterDetail
from ascapi.models.app import (
    AppRelationshipsGameCenterDetailData as AppRelationshipsGameCenterDetailData,
)
from ascapi.models.app import (
    AppRelationshipsGameCenterEnabledVersions as AppRelationshipsGameCenterEnabledVersions,
)
from ascapi.models.app import (
    AppRelationshipsGameCenterEnabledVersionsData as AppRelationshipsGameCenterEnabledVersionsData,
)
from ascapi.models.app import AppRelationshipsInAppPurchases as AppRelationshipsInAppPurchases
from ascapi.models.app import (
    AppRelationshipsInAppPurchasesData as AppRelationshipsInAppPurchasesData,
)
from ascapi.models.app import AppRelationshipsInAppPurchasesV2 as AppRelationshipsInAppPurchasesV2
from ascapi.models.app import (
    AppRelationshipsPreReleaseVersions as AppRelationshipsPreReleaseVersions,
)
from ascapi.models.app import (
    AppRelationshipsPreReleaseVersionsData as AppRelationshipsPreReleaseVersionsData,
)
from ascapi.models.app import AppRelationshipsPromotedPurchases as AppRelationshipsPromotedPurchases
from ascapi.models.app import (
    AppRelationshipsPromotedPurchasesData as AppRelationshipsPromotedPurchasesData,
)
from ascapi.models.app import AppRelationshipsReviewSubmissions as AppRelationshipsReviewSubmissions
from ascapi.models.app import (
    AppRelationshipsReviewSubmissionsData as AppRelationshipsReviewSubmissionsData,
)
from ascapi.models.app import (
    AppRelationshipsSubscriptionGracePeriod as AppRelationshipsSubscriptionGracePeriod,
)
from ascapi.models.app import (
    AppRelationshipsSubscriptionGracePeriodData as AppRelationshipsSubscriptionGracePeriodData,
)
from ascapi.models.app import (
    AppRelationshipsSubscriptionGroups as AppRelationshipsSubscriptionGroups,
)
from ascapi.models.app import (
    AppRelationshipsSubscriptionGroupsData as AppRelationshipsSubscriptionGroupsData,
)
from ascapi.models.app_accessibility_declarations_linkages_response import (
    AppAccessibilityDeclarationsLinkagesResponse as AppAccessibilityDeclarationsLinkagesResponse,
)
from ascapi.models.app_accessibility_declarations_linkages_response import (
    AppAccessibilityDeclarationsLinkagesResponseData as AppAccessibilityDeclarationsLinkagesResponseData,
)
from ascapi.models.app_alternative_distribution_key_linkage_response import (
    AppAlternativeDistributionKeyLinkageResponse as AppAlternativeDistributionKeyLinkageResponse,
)
from ascapi.models.app_alternative_distribution_key_linkage_response import (
    AppAlternativeDistributionKeyLinkageResponseData as AppAlternativeDistributionKeyLinkageResponseData,
)
from ascapi.models.app_analytics_report_requests_linkages_response import (
    AppAnalyticsReportRequestsLinkagesResponse as AppAnalyticsReportRequestsLinkagesResponse,
)
from ascapi.models.app_analytics_report_requests_linkages_response import (
    AppAnalyticsReportRequestsLinkagesResponseData as AppAnalyticsReportRequestsLinkagesResponseData,
)
from ascapi.models.app_android_to_ios_app_mapping_details_linkages_response import (
    AppAndroidToIosAppMappingDetailsLinkagesResponse as AppAndroidToIosAppMappingDetailsLinkagesResponse,
)
from ascapi.models.app_android_to_ios_app_mapping_details_linkages_response import (
    AppAndroidToIosAppMappingDetailsLinkagesResponseData as AppAndroidToIosAppMappingDetailsLinkagesResponseData,
)
from ascapi.models.app_app_availability_v2_linkage_response import (
    AppAppAvailabilityV2LinkageResponse as AppAppAvailabilityV2LinkageResponse,
)
from ascapi.models.app_app_availability_v2_linkage_response import (
    AppAppAvailabilityV2LinkageResponseData as AppAppAvailabilityV2LinkageResponseData,
)
from ascapi.models.app_app_clips_linkages_response import (
    AppAppClipsLinkagesResponse as AppAppClipsLinkagesResponse,
)
from ascapi.models.app_app_clips_linkages_response import (
    AppAppClipsLinkagesResponseData as AppAppClipsLinkagesResponseData,
)
from ascapi.models.app_app_custom_product_pages_linkages_response import (
    AppAppCustomProductPagesLinkagesResponse as AppAppCustomProductPagesLinkagesResponse,
)
from ascapi.models.app_app_custom_product_pages_linkages_response import (
    AppAppCustomProductPagesLinkagesResponseData as AppAppCustomProductPagesLinkagesResponseData,
)
from ascapi.models.app_app_encryption_declarations_linkages_response import (
    AppAppEncryptionDeclarationsLinkagesResponse as AppAppEncryptionDeclarationsLinkagesResponse,
)
from ascapi.models.app_app_encryption_declarations_linkages_response import (
    AppAppEncryptionDeclarationsLinkagesResponseData as AppAppEncryptionDeclarationsLinkagesResponseData,
)
from ascapi.models.app_app_events_linkages_response import (
    AppAppEventsLinkagesResponse as AppAppEventsLinkagesResponse,
)
from ascapi.models.app_app_events_linkages_response import (
    AppAppEventsLinkagesResponseData as AppAppEventsLinkagesResponseData,
)
from ascapi.models.app_app_infos_linkages_response import (
    AppAppInfosLinkagesResponse as AppAppInfosLinkagesResponse,
)
from ascapi.models.app_app_infos_linkages_response import (
    AppAppInfosLinkagesResponseData as AppAppInfosLinkagesResponseData,
)
from ascapi.models.app_app_price_points_linkages_response import (
    AppAppPricePointsLinkagesResponse as AppAppPricePointsLinkagesResponse,
)
from ascapi.models.app_app_price_points_linkages_response import (
    AppAppPricePointsLinkagesResponseData as AppAppPricePointsLinkagesResponseData,
)
from ascapi.models.app_app_price_schedule_linkage_response import (
    AppAppPriceScheduleLinkageResponse as AppAppPriceScheduleLinkageResponse,
)
from ascapi.models.app_app_price_schedule_linkage_response import (
    AppAppPriceScheduleLinkageResponseData as AppAppPriceScheduleLinkageResponseData,
)
from ascapi.models.app_app_store_version_experiments_v2_linkages_response import (
    AppAppStoreVersionExperimentsV2LinkagesResponse as AppAppStoreVersionExperimentsV2LinkagesResponse,
)
from ascapi.models.app_app_store_version_experiments_v2_linkages_response import (
    AppAppStoreVersionExperimentsV2LinkagesResponseData as AppAppStoreVersionExperimentsV2LinkagesResponseData,
)
from ascapi.models.app_app_store_versions_linkages_response import (
    AppAppStoreVersionsLinkagesResponse as AppAppStoreVersionsLinkagesResponse,
)
from ascapi.models.app_app_store_versions_linkages_response import (
    AppAppStoreVersionsLinkagesResponseData as AppAppStoreVersionsLinkagesResponseData,
)
from ascapi.models.app_app_tags_linkages_response import (
    AppAppTagsLinkagesResponse as AppAppTagsLinkagesResponse,
)
from ascapi.models.app_app_tags_linkages_response import (
    AppAppTagsLinkagesResponseData as AppAppTagsLinkagesResponseData,
)
from ascapi.models.app_availability_v2 import AppAvailabilityV2 as AppAvailabilityV2
from ascapi.models.app_availability_v2 import (
    AppAvailabilityV2Attributes as AppAvailabilityV2Attributes,
)
from ascapi.models.app_availability_v2 import (
    AppAvailabilityV2Relationships as AppAvailabilityV2Relationships,
)
from ascapi.models.app_availability_v2 import (
    AppAvailabilityV2RelationshipsTerritoryAvailabilities as AppAvailabilityV2RelationshipsTerritoryAvailabilities,
)
from ascapi.models.app_availability_v2 import (
    AppAvailabilityV2RelationshipsTerritoryAvailabilitiesData as AppAvailabilityV2RelationshipsTerritoryAvailabilitiesData,
)
from ascapi.models.app_availability_v2_create_request import (
    AppAvailabilityV2CreateRequest as AppAvailabilityV2CreateRequest,
)
from ascapi.models.app_availability_v2_create_request import (
    AppAvailabilityV2CreateRequestData as AppAvailabilityV2CreateRequestData,
)
from ascapi.models.app_availability_v2_create_request import (
    AppAvailabilityV2CreateRequestDataAttributes as AppAvailabilityV2CreateRequestDataAttributes,
)
from ascapi.models.app_availability_v2_create_request import (
    AppAvailabilityV2CreateRequestDataRelationships as AppAvailabilityV2CreateRequestDataRelationships,
)
from ascapi.models.app_availability_v2_create_request import (
    AppAvailabilityV2CreateRequestDataRelationshipsApp as AppAvailabilityV2CreateRequestDataRelationshipsApp,
)
from ascapi.models.app_availability_v2_create_request import (
    AppAvailabilityV2CreateRequestDataRelationshipsAppData as AppAvailabilityV2CreateRequestDataRelationshipsAppData,
)
from ascapi.models.app_availability_v2_create_request import (
    AppAvailabilityV2CreateRequestDataRelationshipsTerritoryAvailabilities as AppAvailabilityV2CreateRequestDataRelationshipsTerritoryAvailabilities,
)
from ascapi.models.app_availability_v2_create_request import (
    AppAvailabilityV2CreateRequestDataRelationshipsTerritoryAvailabilitiesData as AppAvailabilityV2CreateRequestDataRelationshipsTerritoryAvailabilitiesData,
)
from ascapi.models.app_availability_v2_response import (
    AppAvailabilityV2Response as AppAvailabilityV2Response,
)
from ascapi.models.app_availability_v2_territory_availabilities_linkages_response import (
    AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponse as AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponse,
)
from ascapi.models.app_availability_v2_territory_availabilities_linkages_response import (
    AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponseData as AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponseData,
)
from ascapi.models.app_background_assets_linkages_response import (
    AppBackgroundAssetsLinkagesResponse as AppBackgroundAssetsLinkagesResponse,
)
from ascapi.models.app_background_assets_linkages_response import (
    AppBackgroundAssetsLinkagesResponseData as AppBackgroundAssetsLinkagesResponseData,
)
from ascapi.models.app_beta_app_localizations_linkages_response import (
    AppBetaAppLocalizationsLinkagesResponse as AppBetaAppLocalizationsLinkagesResponse,
)
from ascapi.models.app_beta_app_localizations_linkages_response import (
    AppBetaAppLocalizationsLinkagesResponseData as AppBetaAppLocalizationsLinkagesResponseData,
)
from ascapi.models.app_beta_app_review_detail_linkage_response import (
    AppBetaAppReviewDetailLinkageResponse as AppBetaAppReviewDetailLinkageResponse,
)
from ascapi.models.app_beta_app_review_detail_linkage_response import (
    AppBetaAppReviewDetailLinkageResponseData as AppBetaAppReviewDetailLinkageResponseData,
)
from ascapi.models.app_beta_feedback_crash_submissions_linkages_response import (
    AppBetaFeedbackCrashSubmissionsLinkagesResponse as AppBetaFeedbackCrashSubmissionsLinkagesResponse,
)
from ascapi.models.app_beta_feedback_crash_submissions_linkages_response import (
    AppBetaFeedbackCrashSubmissionsLinkagesResponseData as AppBetaFeedbackCrashSubmissionsLinkagesResponseData,
)
from ascapi.models.app_beta_feedback_screenshot_submissions_linkages_response import (
    AppBetaFeedbackScreenshotSubmissionsLinkagesResponse as AppBetaFeedbackScreenshotSubmissionsLinkagesResponse,
)
from ascapi.models.app_beta_feedback_screenshot_submissions_linkages_response import (
    AppBetaFeedbackScreenshotSubmissionsLinkagesResponseData as AppBetaFeedbackScreenshotSubmissionsLinkagesResponseData,
)
from ascapi.models.app_beta_groups_linkages_response import (
    AppBetaGroupsLinkagesResponse as AppBetaGroupsLinkagesResponse,
)
from ascapi.models.app_beta_groups_linkages_response import (
    AppBetaGroupsLinkagesResponseData as AppBetaGroupsLinkagesResponseData,
)
from ascapi.models.app_beta_license_agreement_linkage_response import (
    AppBetaLicenseAgreementLinkageResponse as AppBetaLicenseAgreementLinkageResponse,
)
from ascapi.models.app_beta_license_agreement_linkage_response import (
    AppBetaLicenseAgreementLinkageResponseData as AppBetaLicenseAgreementLinkageResponseData,
)
from ascapi.models.app_beta_testers_linkages_request import (
    AppBetaTestersLinkagesRequest as AppBetaTestersLinkagesRequest,
)
from ascapi.models.app_beta_testers_linkages_request import (
    AppBetaTestersLinkagesRequestData as AppBetaTestersLinkagesRequestData,
)
from ascapi.models.app_build_uploads_linkages_response import (
    AppBuildUploadsLinkagesResponse as AppBuildUploadsLinkagesResponse,
)
from ascapi.models.app_build_uploads_linkages_response import (
    AppBuildUploadsLinkagesResponseData as AppBuildUploadsLinkagesResponseData,
)
from ascapi.models.app_builds_linkages_response import (
    AppBuildsLinkagesResponse as AppBuildsLinkagesResponse,
)
from ascapi.models.app_builds_linkages_response import (
    AppBuildsLinkagesResponseData as AppBuildsLinkagesResponseData,
)
from ascapi.models.app_categories_response import AppCategoriesResponse as AppCategoriesResponse
from ascapi.models.app_categories_without_includes_response import (
    AppCategoriesWithoutIncludesResponse as AppCategoriesWithoutIncludesResponse,
)
from ascapi.models.app_category import AppCategory as AppCategory
from ascapi.models.app_category import AppCategoryAttributes as AppCategoryAttributes
from ascapi.models.app_category import AppCategoryRelationships as AppCategoryRelationships
from ascapi.models.app_category import (
    AppCategoryRelationshipsParent as AppCategoryRelationshipsParent,
)
from ascapi.models.app_category import (
    AppCategoryRelationshipsSubcategories as AppCategoryRelationshipsSubcategories,
)
from ascapi.models.app_category import (
    AppCategoryRelationshipsSubcategoriesData as AppCategoryRelationshipsSubcategoriesData,
)
from ascapi.models.app_category_parent_linkage_response import (
    AppCategoryParentLinkageResponse as AppCategoryParentLinkageResponse,
)
from ascapi.models.app_category_parent_linkage_response import (
    AppCategoryParentLinkageResponseData as AppCategoryParentLinkageResponseData,
)
from ascapi.models.app_category_response import AppCategoryResponse as AppCategoryResponse
from ascapi.models.app_category_subcategories_linkages_response import (
    AppCategorySubcategoriesLinkagesResponse as AppCategorySubcategoriesLinkagesResponse,
)
from ascapi.models.app_category_subcategories_linkages_response import (
    AppCategorySubcategoriesLinkagesResponseData as AppCategorySubcategoriesLinkagesResponseData,
)
from ascapi.models.app_category_without_includes_response import (
    AppCategoryWithoutIncludesResponse as AppCategoryWithoutIncludesResponse,
)
from ascapi.models.app_ci_product_linkage_response import (
    AppCiProductLinkageResponse as AppCiProductLinkageResponse,
)
from ascapi.models.app_ci_product_linkage_response import (
    AppCiProductLinkageResponseData as AppCiProductLinkageResponseData,
)
from ascapi.models.app_clip import AppClip as AppClip
from ascapi.models.app_clip import AppClipAttributes as AppClipAttributes
from ascapi.models.app_clip import AppClipRelationships as AppClipRelationships
from ascapi.models.app_clip import AppClipRelationshipsApp as AppClipRelationshipsApp
from ascapi.models.app_clip import (
    AppClipRelationshipsAppClipAdvancedExperiences as AppClipRelationshipsAppClipAdvancedExperiences,
)
from ascapi.models.app_clip import (
    AppClipRelationshipsAppClipDefaultExperiences as AppClipRelationshipsAppClipDefaultExperiences,
)
from ascapi.models.app_clip import (
    AppClipRelationshipsAppClipDefaultExperiencesData as AppClipRelationshipsAppClipDefaultExperiencesData,
)
from ascapi.models.app_clip import AppClipRelationshipsAppData as AppClipRelationshipsAppData
from ascapi.models.app_clip_action import AppClipAction as AppClipAction
from ascapi.models.app_clip_advanced_experience import (
    AppClipAdvancedExperience as AppClipAdvancedExperience,
)
from ascapi.models.app_clip_advanced_experience import (
    AppClipAdvancedExperienceAttributes as AppClipAdvancedExperienceAttributes,
)
from ascapi.models.app_clip_advanced_experience import (
    AppClipAdvancedExperienceAttributesPlace as AppClipAdvancedExperienceAttributesPlace,
)
from ascapi.models.app_clip_advanced_experience import (
    AppClipAdvancedExperienceAttributesPlaceDisplayPoint as AppClipAdvancedExperienceAttributesPlaceDisplayPoint,
)
from ascapi.models.app_clip_advanced_experience import (
    AppClipAdvancedExperienceAttributesPlaceDisplayPointCoordinates as AppClipAdvancedExperienceAttributesPlaceDisplayPointCoordinates,
)
from ascapi.models.app_clip_advanced_experience import (
    AppClipAdvancedExperienceAttributesPlaceMainAddress as AppClipAdvancedExperienceAttributesPlaceMainAddress,
)
from ascapi.models.app_clip_advanced_experience import (
    AppClipAdvancedExperienceAttributesPlaceMainAddressStructuredAddress as AppClipAdvancedExperienceAttributesPlaceMainAddressStructuredAddress,
)
from ascapi.models.app_clip_advanced_experience import (
    AppClipAdvancedExperienceAttributesPlacePhoneNumber as AppClipAdvancedExperienceAttributesPlacePhoneNumber,
)
from ascapi.models.app_clip_advanced_experience import (
    AppClipAdvancedExperienceRelationships as AppClipAdvancedExperienceRelationships,
)
from ascapi.models.app_clip_advanced_experience import (
    AppClipAdvancedExperienceRelationshipsAppClip as AppClipAdvancedExperienceRelationshipsAppClip,
)
from ascapi.models.app_clip_advanced_experience import (
    AppClipAdvancedExperienceRelationshipsAppClipData as AppClipAdvancedExperienceRelationshipsAppClipData,
)
from ascapi.models.app_clip_advanced_experience import (
    AppClipAdvancedExperienceRelationshipsHeaderImage as AppClipAdvancedExperienceRelationshipsHeaderImage,
)
from ascapi.models.app_clip_advanced_experience import (
    AppClipAdvancedExperienceRelationshipsHeaderImageData as AppClipAdvancedExperienceRelationshipsHeaderImageData,
)
from ascapi.models.app_clip_advanced_experience import (
    AppClipAdvancedExperienceRelationshipsLocalizations as AppClipAdvancedExperienceRelationshipsLocalizations,
)
from ascapi.models.app_clip_advanced_experience import (
    AppClipAdvancedExperienceRelationshipsLocalizationsData as AppClipAdvancedExperienceRelationshipsLocalizationsData,
)
from ascapi.models.app_clip_advanced_experience_create_request import (
    AppClipAdvancedExperienceCreateRequest as AppClipAdvancedExperienceCreateRequest,
)
from ascapi.models.app_clip_advanced_experience_create_request import (
    AppClipAdvancedExperienceCreateRequestData as AppClipAdvancedExperienceCreateRequestData,
)
from ascapi.models.app_clip_advanced_experience_create_request import (
    AppClipAdvancedExperienceCreateRequestDataAttributes as AppClipAdvancedExperienceCreateRequestDataAttributes,
)
from ascapi.models.app_clip_advanced_experience_create_request import (
    AppClipAdvancedExperienceCreateRequestDataAttributesPlace as AppClipAdvancedExperienceCreateRequestDataAttributesPlace,
)
from ascapi.models.app_clip_advanced_experience_create_request import (
    AppClipAdvancedExperienceCreateRequestDataAttributesPlaceDisplayPoint as AppClipAdvancedExperienceCreateRequestDataAttributesPlaceDisplayPoint,
)
from ascapi.models.app_clip_advanced_experience_create_request import (
    AppClipAdvancedExperienceCreateRequestDataAttributesPlaceDisplayPointCoordinates as AppClipAdvancedExperienceCreateRequestDataAttributesPlaceDisplayPointCoordinates,
)
from ascapi.models.app_clip_advanced_experience_create_request import (
    AppClipAdvancedExperienceCreateRequestDataAttributesPlaceMainAddress as AppClipAdvancedExperienceCreateRequestDataAttributesPlaceMainAddress,
)
from ascapi.models.app_clip_advanced_experience_create_request import (
    AppClipAdvancedExperienceCreateRequestDataAttributesPlaceMainAddressStructuredAddress as AppClipAdvancedExperienceCreateRequestDataAttributesPlaceMainAddressStructuredAddress,
)
from ascapi.models.app_clip_advanced_experience_create_request import (
    AppClipAdvancedExperienceCreateRequestDataAttributesPlacePhoneNumber as AppClipAdvancedExperienceCreateRequestDataAttributesPlacePhoneNumber,
)
from ascapi.models.app_clip_advanced_experience_create_request import (
    AppClipAdvancedExperienceCreateRequestDataRelationships as AppClipAdvancedExperienceCreateRequestDataRelationships,
)
from ascapi.models.app_clip_advanced_experience_create_request import (
    AppClipAdvancedExperienceCreateRequestDataRelationshipsAppClip as AppClipAdvancedExperienceCreateRequestDataRelationshipsAppClip,
)
from ascapi.models.app_clip_advanced_experience_create_request import (
    AppClipAdvancedExperienceCreateRequestDataRelationshipsAppClipData as AppClipAdvancedExperienceCreateRequestDataRelationshipsAppClipData,
)
from ascapi.models.app_clip_advanced_experience_create_request import (
    AppClipAdvancedExperienceCreateRequestDataRelationshipsHeaderImage as AppClipAdvancedExperienceCreateRequestDataRelationshipsHeaderImage,
)
from ascapi.models.app_clip_advanced_experience_create_request import (
    AppClipAdvancedExperienceCreateRequestDataRelationshipsHeaderImageData as AppClipAdvancedExperienceCreateRequestDataRelationshipsHeaderImageData,
)
from ascapi.models.app_clip_advanced_experience_create_request import (
    AppClipAdvancedExperienceCreateRequestDataRelationshipsLocalizations as AppClipAdvancedExperienceCreateRequestDataRelationshipsLocalizations,
)
from ascapi.models.app_clip_advanced_experience_create_request import (
    AppClipAdvancedExperienceCreateRequestDataRelationshipsLocalizationsData as AppClipAdvancedExperienceCreateRequestDataRelationshipsLocalizationsData,
)
from ascapi.models.app_clip_advanced_experience_image import (
    AppClipAdvancedExperienceImage as AppClipAdvancedExperienceImage,
)
from ascapi.models.app_clip_advanced_experience_image import (
    AppClipAdvancedExperienceImageAttributes as AppClipAdvancedExperienceImageAttributes,
)
from ascapi.models.app_clip_advanced_experience_image_create_request import (
    AppClipAdvancedExperienceImageCreateRequest as AppClipAdvancedExperienceImageCreateRequest,
)
from ascapi.models.app_clip_advanced_experience_image_create_request import (
    AppClipAdvancedExperienceImageCreateRequestData as AppClipAdvancedExperienceImageCreateRequestData,
)
from ascapi.models.app_clip_advanced_experience_image_create_request import (
    AppClipAdvancedExperienceImageCreateRequestDataAttributes as AppClipAdvancedExperienceImageCreateRequestDataAttributes,
)
from ascapi.models.app_clip_advanced_experience_image_response import (
    AppClipAdvancedExperienceImageResponse as AppClipAdvancedExperienceImageResponse,
)
from ascapi.models.app_clip_advanced_experience_image_update_request import (
    AppClipAdvancedExperienceImageUpdateRequest as AppClipAdvancedExperienceImageUpdateRequest,
)
from ascapi.models.app_clip_advanced_experience_image_update_request import (
    AppClipAdvancedExperienceImageUpdateRequestData as AppClipAdvancedExperienceImageUpdateRequestData,
)
from ascapi.models.app_clip_advanced_experience_image_update_request import (
    AppClipAdvancedExperienceImageUpdateRequestDataAttributes as AppClipAdvancedExperienceImageUpdateRequestDataAttributes,
)
from ascapi.models.app_clip_advanced_experience_language import (
    AppClipAdvancedExperienceLanguage as AppClipAdvancedExperienceLanguage,
)
from ascapi.models.app_clip_advanced_experience_localization import (
    AppClipAdvancedExperienceLocalization as AppClipAdvancedExperienceLocalization,
)
from ascapi.models.app_clip_advanced_experience_localization import (
    AppClipAdvancedExperienceLocalizationAttributes as AppClipAdvancedExperienceLocalizationAttributes,
)
from ascapi.models.app_clip_advanced_experience_localization_inline_create import (
    AppClipAdvancedExperienceLocalizationInlineCreate as AppClipAdvancedExperienceLocalizationInlineCreate,
)
from ascapi.models.app_clip_advanced_experience_localization_inline_create import (
    AppClipAdvancedExperienceLocalizationInlineCreateAttributes as AppClipAdvancedExperienceLocalizationInlineCreateAttributes,
)
from ascapi.models.app_clip_advanced_experience_response import (
    AppClipAdvancedExperienceResponse as AppClipAdvancedExperienceResponse,
)
from ascapi.models.app_clip_advanced_experience_update_request import (
    AppClipAdvancedExperienceUpdateRequest as AppClipAdvancedExperienceUpdateRequest,
)
from ascapi.models.app_clip_advanced_experience_update_request import (
    AppClipAdvancedExperienceUpdateRequestData as AppClipAdvancedExperienceUpdateRequestData,
)
from ascapi.models.app_clip_advanced_experience_update_request import (
    AppClipAdvancedExperienceUpdateRequestDataAttributes as AppClipAdvancedExperienceUpdateRequestDataAttributes,
)
from ascapi.models.app_clip_advanced_experience_update_request import (
    AppClipAdvancedExperienceUpdateRequestDataAttributesPlace as AppClipAdvancedExperienceUpdateRequestDataAttributesPlace,
)
from ascapi.models.app_clip_advanced_experience_update_request import (
    AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceDisplayPoint as AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceDisplayPoint,
)
from ascapi.models.app_clip_advanced_experience_update_request import (
    AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceDisplayPointCoordinates as AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceDisplayPointCoordinates,
)
from ascapi.models.app_clip_advanced_experience_update_request import (
    AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceMainAddress as AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceMainAddress,
)
from ascapi.models.app_clip_advanced_experience_update_request import (
    AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceMainAddressStructuredAddress as AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceMainAddressStructuredAddress,
)
from ascapi.models.app_clip_advanced_experience_update_request import (
    AppClipAdvancedExperienceUpdateRequestDataAttributesPlacePhoneNumber as AppClipAdvancedExperienceUpdateRequestDataAttributesPlacePhoneNumber,
)
from ascapi.models.app_clip_advanced_experience_update_request import (
    AppClipAdvancedExperienceUpdateRequestDataRelationships as AppClipAdvancedExperienceUpdateRequestDataRelationships,
)
from ascapi.models.app_clip_advanced_experience_update_request import (
    AppClipAdvancedExperienceUpdateRequestDataRelationshipsAppClip as AppClipAdvancedExperienceUpdateRequestDataRelationshipsAppClip,
)
from ascapi.models.app_clip_advanced_experience_update_request import (
    AppClipAdvancedExperienceUpdateRequestDataRelationshipsAppClipData as AppClipAdvancedExperienceUpdateRequestDataRelationshipsAppClipData,
)
from ascapi.models.app_clip_advanced_experience_update_request import (
    AppClipAdvancedExperienceUpdateRequestDataRelationshipsHeaderImage as AppClipAdvancedExperienceUpdateRequestDataRelationshipsHeaderImage,
)
from ascapi.models.app_clip_advanced_experience_update_request import (
    AppClipAdvancedExperienceUpdateRequestDataRelationshipsHeaderImageData as AppClipAdvancedExperienceUpdateRequestDataRelationshipsHeaderImageData,
)
from ascapi.models.app_clip_advanced_experience_update_request import (
    AppClipAdvancedExperienceUpdateRequestDataRelationshipsLocalizations as AppClipAdvancedExperienceUpdateRequestDataRelationshipsLocalizations,
)
from ascapi.models.app_clip_advanced_experience_update_request import (
    AppClipAdvancedExperienceUpdateRequestDataRelationshipsLocalizationsData as AppClipAdvancedExperienceUpdateRequestDataRelationshipsLocalizationsData,
)
from ascapi.models.app_clip_advanced_experiences_response import (
    AppClipAdvancedExperiencesResponse as AppClipAdvancedExperiencesResponse,
)
from ascapi.models.app_clip_app_clip_advanced_experiences_linkages_response import (
    AppClipAppClipAdvancedExperiencesLinkagesResponse as AppClipAppClipAdvancedExperiencesLinkagesResponse,
)
from ascapi.models.app_clip_app_clip_advanced_experiences_linkages_response import (
    AppClipAppClipAdvancedExperiencesLinkagesResponseData as AppClipAppClipAdvancedExperiencesLinkagesResponseData,
)
from ascapi.models.app_clip_app_clip_default_experiences_linkages_response import (
    AppClipAppClipDefaultExperiencesLinkagesResponse as AppClipAppClipDefaultExperiencesLinkagesResponse,
)
from ascapi.models.app_clip_app_clip_default_experiences_linkages_response import (
    AppClipAppClipDefaultExperiencesLinkagesResponseData as AppClipAppClipDefaultExperiencesLinkagesResponseData,
)
from ascapi.models.app_clip_app_store_review_detail import (
    AppClipAppStoreReviewDetail as AppClipAppStoreReviewDetail,
)
from ascapi.models.app_clip_app_store_review_detail import (
    AppClipAppStoreReviewDetailAttributes as AppClipAppStoreReviewDetailAttributes,
)
from ascapi.models.app_clip_app_store_review_detail import (
    AppClipAppStoreReviewDetailRelationships as AppClipAppStoreReviewDetailRelationships,
)
from ascapi.models.app_clip_app_store_review_detail import (
    AppClipAppStoreReviewDetailRelationshipsAppClipDefaultExperience as AppClipAppStoreReviewDetailRelationshipsAppClipDefaultExperience,
)
from ascapi.models.app_clip_app_store_review_detail import (
    AppClipAppStoreReviewDetailRelationshipsAppClipDefaultExperienceData as AppClipAppStoreReviewDetailRelationshipsAppClipDefaultExperienceData,
)
from ascapi.models.app_clip_app_store_review_detail_create_request import (
    AppClipAppStoreReviewDetailCreateRequest as AppClipAppStoreReviewDetailCreateRequest,
)
from ascapi.models.app_clip_app_store_review_detail_create_request import (
    AppClipAppStoreReviewDetailCreateRequestData as AppClipAppStoreReviewDetailCreateRequestData,
)
from ascapi.models.app_clip_app_store_review_detail_create_request import (
    AppClipAppStoreReviewDetailCreateRequestDataAttributes as AppClipAppStoreReviewDetailCreateRequestDataAttributes,
)
from ascapi.models.app_clip_app_store_review_detail_create_request import (
    AppClipAppStoreReviewDetailCreateRequestDataRelationships as AppClipAppStoreReviewDetailCreateRequestDataRelationships,
)
from ascapi.models.app_clip_app_store_review_detail_create_request import (
    AppClipAppStoreReviewDetailCreateRequestDataRelationshipsAppClipDefaultExperience as AppClipAppStoreReviewDetailCreateRequestDataRelationshipsAppClipDefaultExperience,
)
from ascapi.models.app_clip_app_store_review_detail_create_request import (
    AppClipAppStoreReviewDetailCreateRequestDataRelationshipsAppClipDefaultExperienceData as AppClipAppStoreReviewDetailCreateRequestDataRelationshipsAppClipDefaultExperienceData,
)
from ascapi.models.app_clip_app_store_review_detail_response import (
    AppClipAppStoreReviewDetailResponse as AppClipAppStoreReviewDetailResponse,
)
from ascapi.models.app_clip_app_store_review_detail_update_request import (
    AppClipAppStoreReviewDetailUpdateRequest as AppClipAppStoreReviewDetailUpdateRequest,
)
from ascapi.models.app_clip_app_store_review_detail_update_request import (
    AppClipAppStoreReviewDetailUpdateRequestData as AppClipAppStoreReviewDetailUpdateRequestData,
)
from ascapi.models.app_clip_app_store_review_detail_update_request import (
    AppClipAppStoreReviewDetailUpdateRequestDataAttributes as AppClipAppStoreReviewDetailUpdateRequestDataAttributes,
)
from ascapi.models.app_clip_default_experience import (
    AppClipDefaultExperience as AppClipDefaultExperience,
)
from ascapi.models.app_clip_default_experience import (
    AppClipDefaultExperienceAttributes as AppClipDefaultExperienceAttributes,
)
from ascapi.models.app_clip_default_experience import (
    AppClipDefaultExperienceRelationships as AppClipDefaultExperienceRelationships,
)
from ascapi.models.app_clip_default_experience import (
    AppClipDefaultExperienceRelationshipsAppClip as AppClipDefaultExperienceRelationshipsAppClip,
)
from ascapi.models.app_clip_default_experience import (
    AppClipDefaultExperienceRelationshipsAppClipAppStoreReviewDetail as AppClipDefaultExperienceRelationshipsAppClipAppStoreReviewDetail,
)
from ascapi.models.app_clip_default_experience import (
    AppClipDefaultExperienceRelationshipsAppClipAppStoreReviewDetailData as AppClipDefaultExperienceRelationshipsAppClipAppStoreReviewDetailData,
)
from ascapi.models.app_clip_default_experience import (
    AppClipDefaultExperienceRelationshipsAppClipData as AppClipDefaultExperienceRelationshipsAppClipData,
)
from ascapi.models.app_clip_default_experience import (
    AppClipDefaultExperienceRelationshipsAppClipDefaultExperienceLocalizations as AppClipDefaultExperienceRelationshipsAppClipDefaultExperienceLocalizations,
)
from ascapi.models.app_clip_default_experience import (
    AppClipDefaultExperienceRelationshipsAppClipDefaultExperienceLocalizationsData as AppClipDefaultExperienceRelationshipsAppClipDefaultExperienceLocalizationsData,
)
from ascapi.models.app_clip_default_experience import (
    AppClipDefaultExperienceRelationshipsReleaseWithAppStoreVersion as AppClipDefaultExperienceRelationshipsReleaseWithAppStoreVersion,
)
from ascapi.models.app_clip_default_experience import (
    AppClipDefaultExperienceRelationshipsReleaseWithAppStoreVersionData as AppClipDefaultExperienceRelationshipsReleaseWithAppStoreVersionData,
)
from ascapi.models.app_clip_default_experience_app_clip_app_store_review_detail_linkage_response import (
    AppClipDefaultExperienceAppClipAppStoreReviewDetailLinkageResponse as AppClipDefaultExperienceAppClipAppStoreReviewDetailLinkageResponse,
)
from ascapi.models.app_clip_default_experience_app_clip_app_store_review_detail_linkage_response import (
    AppClipDefaultExperienceAppClipAppStoreReviewDetailLinkageResponseData as AppClipDefaultExperienceAppClipAppStoreReviewDetailLinkageResponseData,
)
from ascapi.models.app_clip_default_experience_app_clip_default_experience_localizations_linkages_response import (
    AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponse as AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponse,
)
from ascapi.models.app_clip_default_experience_app_clip_default_experience_localizations_linkages_response import (
    AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponseData as AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponseData,
)
from ascapi.models.app_clip_default_experience_create_request import (
    AppClipDefaultExperienceCreateRequest as AppClipDefaultExperienceCreateRequest,
)
from ascapi.models.app_clip_default_experience_create_request import (
    AppClipDefaultExperienceCreateRequestData as AppClipDefaultExperienceCreateRequestData,
)
from ascapi.models.app_clip_default_experience_create_request import (
    AppClipDefaultExperienceCreateRequestDataAttributes as AppClipDefaultExperienceCreateRequestDataAttributes,
)
from ascapi.models.app_clip_default_experience_create_request import (
    AppClipDefaultExperienceCreateRequestDataRelationships as AppClipDefaultExperienceCreateRequestDataRelationships,
)
from ascapi.models.app_clip_default_experience_create_request import (
    AppClipDefaultExperienceCreateRequestDataRelationshipsAppClip as AppClipDefaultExperienceCreateRequestDataRelationshipsAppClip,
)
from ascapi.models.app_clip_default_experience_create_request import (
    AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipData as AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipData,
)
from ascapi.models.app_clip_default_experience_create_request import (
    AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipDefaultExperienceTemplate as AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipDefaultExperienceTemplate,
)
from ascapi.models.app_clip_default_experience_create_request import (
    AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipDefaultExperienceTemplateData as AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipDefaultExperienceTemplateData,
)
from ascapi.models.app_clip_default_experience_create_request import (
    AppClipDefaultExperienceCreateRequestDataRelationshipsReleaseWithAppStoreVersion as AppClipDefaultExperienceCreateRequestDataRelationshipsReleaseWithAppStoreVersion,
)
from ascapi.models.app_clip_default_experience_create_request import (
    AppClipDefaultExperienceCreateRequestDataRelationshipsReleaseWithAppStoreVersionData as AppClipDefaultExperienceCreateRequestDataRelationshipsReleaseWithAppStoreVersionData,
)
from ascapi.models.app_clip_default_experience_localization import (
    AppClipDefaultExperienceLocalization as AppClipDefaultExperienceLocalization,
)
from ascapi.models.app_clip_default_experience_localization import (
    AppClipDefaultExperienceLocalizationAttributes as AppClipDefaultExperienceLocalizationAttributes,
)
from ascapi.models.app_clip_default_experience_localization import (
    AppClipDefaultExperienceLocalizationRelationships as AppClipDefaultExperienceLocalizationRelationships,
)
from ascapi.models.app_clip_default_experience_localization import (
    AppClipDefaultExperienceLocalizationRelationshipsAppClipDefaultExperience as AppClipDefaultExperienceLocalizationRelationshipsAppClipDefaultExperience,
)
from ascapi.models.app_clip_default_experience_localization import (
    AppClipDefaultExperienceLocalizationRelationshipsAppClipDefaultExperienceData as AppClipDefaultExperienceLocalizationRelationshipsAppClipDefaultExperienceData,
)
from ascapi.models.app_clip_default_experience_localization import (
    AppClipDefaultExperienceLocalizationRelationshipsAppClipHeaderImage as AppClipDefaultExperienceLocalizationRelationshipsAppClipHeaderImage,
)
from ascapi.models.app_clip_default_experience_localization import (
    AppClipDefaultExperienceLocalizationRelationshipsAppClipHeaderImageData as AppClipDefaultExperienceLocalizationRelationshipsAppClipHeaderImageData,
)
from ascapi.models.app_clip_default_experience_localization_app_clip_header_image_linkage_response import (
    AppClipDefaultExperienceLocalizationAppClipHeaderImageLinkageResponse as AppClipDefaultExperienceLocalizationAppClipHeaderImageLinkageResponse,
)
from ascapi.models.app_clip_default_experience_localization_app_clip_header_image_linkage_response import (
    AppClipDefaultExperienceLocalizationAppClipHeaderImageLinkageResponseData as AppClipDefaultExperienceLocalizationAppClipHeaderImageLinkageResponseData,
)
from ascapi.models.app_clip_default_experience_localization_create_request import (
    AppClipDefaultExperienceLocalizationCreateRequest as AppClipDefaultExperienceLocalizationCreateRequest,
)
from ascapi.models.app_clip_default_experience_localization_create_request import (
    AppClipDefaultExperienceLocalizationCreateRequestData as AppClipDefaultExperienceLocalizationCreateRequestData,
)
from ascapi.models.app_clip_default_experience_localization_create_request import (
    AppClipDefaultExperienceLocalizationCreateRequestDataAttributes as AppClipDefaultExperienceLocalizationCreateRequestDataAttributes,
)
from ascapi.models.app_clip_default_experience_localization_create_request import (
    AppClipDefaultExperienceLocalizationCreateRequestDataRelationships as AppClipDefaultExperienceLocalizationCreateRequestDataRelationships,
)
from ascapi.models.app_clip_default_experience_localization_create_request import (
    AppClipDefaultExperienceLocalizationCreateRequestDataRelationshipsAppClipDefaultExperience as AppClipDefaultExperienceLocalizationCreateRequestDataRelationshipsAppClipDefaultExperience,
)
from ascapi.models.app_clip_default_experience_localization_create_request import (
    AppClipDefaultExperienceLocalizationCreateRequestDataRelationshipsAppClipDefaultExperienceData as AppClipDefaultExperienceLocalizationCreateRequestDataRelationshipsAppClipDefaultExperienceData,
)
from ascapi.models.app_clip_default_experience_localization_response import (
    AppClipDefaultExperienceLocalizationResponse as AppClipDefaultExperienceLocalizationResponse,
)
from ascapi.models.app_clip_default_experience_localization_update_request import (
    AppClipDefaultExperienceLocalizationUpdateRequest as AppClipDefaultExperienceLocalizationUpdateRequest,
)
from ascapi.models.app_clip_default_experience_localization_update_request import (
    AppClipDefaultExperienceLocalizationUpdateRequestData as AppClipDefaultExperienceLocalizationUpdateRequestData,
)
from ascapi.models.app_clip_default_experience_localization_update_request import (
    AppClipDefaultExperienceLocalizationUpdateRequestDataAttributes as AppClipDefaultExperienceLocalizationUpdateRequestDataAttributes,
)
from ascapi.models.app_clip_default_experience_localizations_response import (
    AppClipDefaultExperienceLocalizationsResponse as AppClipDefaultExperienceLocalizationsResponse,
)
from ascapi.models.app_clip_default_experience_release_with_app_store_version_linkage_request import (
    AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageRequest as AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageRequest,
)
from ascapi.models.app_clip_default_experience_release_with_app_store_version_linkage_request import (
    AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageRequestData as AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageRequestData,
)
from ascapi.models.app_clip_default_experience_release_with_app_store_version_linkage_response import (
    AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageResponse as AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageResponse,
)
from ascapi.models.app_clip_default_experience_release_with_app_store_version_linkage_response import (
    AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageResponseData as AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageResponseData,
)
from ascapi.models.app_clip_default_experience_response import (
    AppClipDefaultExperienceResponse as AppClipDefaultExperienceResponse,
)
from ascapi.models.app_clip_default_experience_update_request import (
    AppClipDefaultExperienceUpdateRequest as AppClipDefaultExperienceUpdateRequest,
)
from ascapi.models.app_clip_default_experience_update_request import (
    AppClipDefaultExperienceUpdateRequestData as AppClipDefaultExperienceUpdateRequestData,
)
from ascapi.models.app_clip_default_experience_update_request import (
    AppClipDefaultExperienceUpdateRequestDataAttributes as AppClipDefaultExperienceUpdateRequestDataAttributes,
)
from ascapi.models.app_clip_default_experience_update_request import (
    AppClipDefaultExperienceUpdateRequestDataRelationships as AppClipDefaultExperienceUpdateRequestDataRelationships,
)
from ascapi.models.app_clip_default_experience_update_request import (
    AppClipDefaultExperienceUpdateRequestDataRelationshipsReleaseWithAppStoreVersion as AppClipDefaultExperienceUpdateRequestDataRelationshipsReleaseWithAppStoreVersion,
)
from ascapi.models.app_clip_default_experience_update_request import (
    AppClipDefaultExperienceUpdateRequestDataRelationshipsReleaseWithAppStoreVersionData as AppClipDefaultExperienceUpdateRequestDataRelationshipsReleaseWithAppStoreVersionData,
)
from ascapi.models.app_clip_default_experiences_response import (
    AppClipDefaultExperiencesResponse as AppClipDefaultExperiencesResponse,
)
from ascapi.models.app_clip_domain_status import AppClipDomainStatus as AppClipDomainStatus
from ascapi.models.app_clip_domain_status import (
    AppClipDomainStatusAttributes as AppClipDomainStatusAttributes,
)
from ascapi.models.app_clip_domain_status import (
    AppClipDomainStatusAttributesDomains as AppClipDomainStatusAttributesDomains,
)
from ascapi.models.app_clip_domain_status_response import (
    AppClipDomainStatusResponse as AppClipDomainStatusResponse,
)
from ascapi.models.app_clip_header_image import AppClipHeaderImage as AppClipHeaderImage
from ascapi.models.app_clip_header_image import (
    AppClipHeaderImageAttributes as AppClipHeaderImageAttributes,
)
from ascapi.models.app_clip_header_image import (
    AppClipHeaderImageRelationships as AppClipHeaderImageRelationships,
)
from ascapi.models.app_clip_header_image import (
    AppClipHeaderImageRelationshipsAppClipDefaultExperienceLocalization as AppClipHeaderImageRelationshipsAppClipDefaultExperienceLocalization,
)
from ascapi.models.app_clip_header_image import (
    AppClipHeaderImageRelationshipsAppClipDefaultExperienceLocalizationData as AppClipHeaderImageRelationshipsAppClipDefaultExperienceLocalizationData,
)
from ascapi.models.app_clip_header_image_create_request import (
    AppClipHeaderImageCreateRequest as AppClipHeaderImageCreateRequest,
)
from ascapi.models.app_clip_header_image_create_request import (
    AppClipHeaderImageCreateRequestData as AppClipHeaderImageCreateRequestData,
)
from ascapi.models.app_clip_header_image_create_request import (
    AppClipHeaderImageCreateRequestDataAttributes as AppClipHeaderImageCreateRequestDataAttributes,
)
from ascapi.models.app_clip_header_image_create_request import (
    AppClipHeaderImageCreateRequestDataRelationships as AppClipHeaderImageCreateRequestDataRelationships,
)
from ascapi.models.app_clip_header_image_create_request import (
    AppClipHeaderImageCreateRequestDataRelationshipsAppClipDefaultExperienceLocalization as AppClipHeaderImageCreateRequestDataRelationshipsAppClipDefaultExperienceLocalization,
)
from ascapi.models.app_clip_header_image_create_request import (
    AppClipHeaderImageCreateRequestDataRelationshipsAppClipDefaultExperienceLocalizationData as AppClipHeaderImageCreateRequestDataRelationshipsAppClipDefaultExperienceLocalizationData,
)
from ascapi.models.app_clip_header_image_response import (
    AppClipHeaderImageResponse as AppClipHeaderImageResponse,
)
from ascapi.models.app_clip_header_image_update_request import (
    AppClipHeaderImageUpdateRequest as AppClipHeaderImageUpdateRequest,
)
from ascapi.models.app_clip_header_image_update_request import (
    AppClipHeaderImageUpdateRequestData as AppClipHeaderImageUpdateRequestData,
)
from ascapi.models.app_clip_header_image_update_request import (
    AppClipHeaderImageUpdateRequestDataAttributes as AppClipHeaderImageUpdateRequestDataAttributes,
)
from ascapi.models.app_clip_response import AppClipResponse as AppClipResponse
from ascapi.models.app_clips_response import AppClipsResponse as AppClipsResponse
from ascapi.models.app_custom_product_page import AppCustomProductPage as AppCustomProductPage
from ascapi.models.app_custom_product_page import (
    AppCustomProductPageAttributes as AppCustomProductPageAttributes,
)
from ascapi.models.app_custom_product_page import (
    AppCustomProductPageRelationships as AppCustomProductPageRelationships,
)
from ascapi.models.app_custom_product_page import (
    AppCustomProductPageRelationshipsApp as AppCustomProductPageRelationshipsApp,
)
from ascapi.models.app_custom_product_page import (
    AppCustomProductPageRelationshipsAppCustomProductPageVersions as AppCustomProductPageRelationshipsAppCustomProductPageVersions,
)
from ascapi.models.app_custom_product_page import (
    AppCustomProductPageRelationshipsAppCustomProductPageVersionsData as AppCustomProductPageRelationshipsAppCustomProductPageVersionsData,
)
from ascapi.models.app_custom_product_page import (
    AppCustomProductPageRelationshipsAppData as AppCustomProductPageRelationshipsAppData,
)
from ascapi.models.app_custom_product_page_app_custom_product_page_versions_linkages_response import (
    AppCustomProductPageAppCustomProductPageVersionsLinkagesResponse as AppCustomProductPageAppCustomProductPageVersionsLinkagesResponse,
)
from ascapi.models.app_custom_product_page_app_custom_product_page_versions_linkages_response import (
    AppCustomProductPageAppCustomProductPageVersionsLinkagesResponseData as AppCustomProductPageAppCustomProductPageVersionsLinkagesResponseData,
)
from ascapi.models.app_custom_product_page_create_request import (
    AppCustomProductPageCreateRequest as AppCustomProductPageCreateRequest,
)
from ascapi.models.app_custom_product_page_create_request import (
    AppCustomProductPageCreateRequestData as AppCustomProductPageCreateRequestData,
)
from ascapi.models.app_custom_product_page_create_request import (
    AppCustomProductPageCreateRequestDataAttributes as AppCustomProductPageCreateRequestDataAttributes,
)
from ascapi.models.app_custom_product_page_create_request import (
    AppCustomProductPageCreateRequestDataRelationships as AppCustomProductPageCreateRequestDataRelationships,
)
from ascapi.models.app_custom_product_page_create_request import (
    AppCustomProductPageCreateRequestDataRelationshipsApp as AppCustomProductPageCreateRequestDataRelationshipsApp,
)
from ascapi.models.app_custom_product_page_create_request import (
    AppCustomProductPageCreateRequestDataRelationshipsAppCustomProductPageVersions as AppCustomProductPageCreateRequestDataRelationshipsAppCustomProductPageVersions,
)
from ascapi.models.app_custom_product_page_create_request import (
    AppCustomProductPageCreateRequestDataRelationshipsAppCustomProductPageVersionsData as AppCustomProductPageCreateRequestDataRelationshipsAppCustomProductPageVersionsData,
)
from ascapi.models.app_custom_product_page_create_request import (
    AppCustomProductPageCreateRequestDataRelationshipsAppData as AppCustomProductPageCreateRequestDataRelationshipsAppData,
)
from ascapi.models.app_custom_product_page_create_request import (
    AppCustomProductPageCreateRequestDataRelationshipsAppStoreVersionTemplate as AppCustomProductPageCreateRequestDataRelationshipsAppStoreVersionTemplate,
)
from ascapi.models.app_custom_product_page_create_request import (
    AppCustomProductPageCreateRequestDataRelationshipsAppStoreVersionTemplateData as AppCustomProductPageCreateRequestDataRelationshipsAppStoreVersionTemplateData,
)
from ascapi.models.app_custom_product_page_create_request import (
    AppCustomProductPageCreateRequestDataRelationshipsCustomProductPageTemplate as AppCustomProductPageCreateRequestDataRelationshipsCustomProductPageTemplate,
)
from ascapi.models.app_custom_product_page_create_request import (
    AppCustomProductPageCreateRequestDataRelationshipsCustomProductPageTemplateData as AppCustomProductPageCreateRequestDataRelationshipsCustomProductPageTemplateData,
)
from ascapi.models.app_custom_product_page_localization import (
    AppCustomProductPageLocalization as AppCustomProductPageLocalization,
)
from ascapi.models.app_custom_product_page_localization import (
    AppCustomProductPageLocalizationAttributes as AppCustomProductPageLocalizationAttributes,
)
from ascapi.models.app_custom_product_page_localization import (
    AppCustomProductPageLocalizationRelationships as AppCustomProductPageLocalizationRelationships,
)
from ascapi.models.app_custom_product_page_localization import (
    AppCustomProductPageLocalizationRelationshipsAppCustomProductPageVersion as AppCustomProductPageLocalizationRelationshipsAppCustomProductPageVersion,
)
from ascapi.models.app_custom_product_page_localization import (
    AppCustomProductPageLocalizationRelationshipsAppCustomProductPageVersionData as AppCustomProductPageLocalizationRelationshipsAppCustomProductPageVersionData,
)
from ascapi.models.app_custom_product_page_localization import (
    AppCustomProductPageLocalizationRelationshipsAppPreviewSets as AppCustomProductPageLocalizationRelationshipsAppPreviewSets,
)
from ascapi.models.app_custom_product_page_localization import (
    AppCustomProductPageLocalizationRelationshipsAppPreviewSetsData as AppCustomProductPageLocalizationRelationshipsAppPreviewSetsData,
)
from ascapi.models.app_custom_product_page_localization import (
    AppCustomProductPageLocalizationRelationshipsAppScreenshotSets as AppCustomProductPageLocalizationRelationshipsAppScreenshotSets,
)
from ascapi.models.app_custom_product_page_localization import (
    AppCustomProductPageLocalizationRelationshipsAppScreenshotSetsData as AppCustomProductPageLocalizationRelationshipsAppScreenshotSetsData,
)
from ascapi.models.app_custom_product_page_localization import (
    AppCustomProductPageLocalizationRelationshipsSearchKeywords as AppCustomProductPageLocalizationRelationshipsSearchKeywords,
)
from ascapi.models.app_custom_product_page_localization import (
    AppCustomProductPageLocalizationRelationshipsSearchKeywordsData as AppCustomProductPageLocalizationRelationshipsSearchKeywordsData,
)
from ascapi.models.app_custom_product_page_localization_app_preview_sets_linkages_response import (
    AppCustomProductPageLocalizationAppPreviewSetsLinkagesResponse as AppCustomProductPageLocalizationAppPreviewSetsLinkagesResponse,
)
from ascapi.models.app_custom_product_page_localization_app_preview_sets_linkages_response import (
    AppCustomProductPageLocalizationAppPreviewSetsLinkagesResponseData as AppCustomProductPageLocalizationAppPreviewSetsLinkagesResponseData,
)
from ascapi.models.app_custom_product_page_localization_app_screenshot_sets_linkages_response import (
    AppCustomProductPageLocalizationAppScreenshotSetsLinkagesResponse as AppCustomProductPageLocalizationAppScreenshotSetsLinkagesResponse,
)
from ascapi.models.app_custom_product_page_localization_app_screenshot_sets_linkages_response import (
    AppCustomProductPageLocalizationAppScreenshotSetsLinkagesResponseData as AppCustomProductPageLocalizationAppScreenshotSetsLinkagesResponseData,
)
from ascapi.models.app_custom_product_page_localization_create_request import (
    AppCustomProductPageLocalizationCreateRequest as AppCustomProductPageLocalizationCreateRequest,
)
from ascapi.models.app_custom_product_page_localization_create_request import (
    AppCustomProductPageLocalizationCreateRequestData as AppCustomProductPageLocalizationCreateRequestData,
)
from ascapi.models.app_custom_product_page_localization_create_request import (
    AppCustomProductPageLocalizationCreateRequestDataAttributes as AppCustomProductPageLocalizationCreateRequestDataAttributes,
)
from ascapi.models.app_custom_product_page_localization_create_request import (
    AppCustomProductPageLocalizationCreateRequestDataRelationships as AppCustomProductPageLocalizationCreateRequestDataRelationships,
)
from ascapi.models.app_custom_product_page_localization_create_request import (
    AppCustomProductPageLocalizationCreateRequestDataRelationshipsAppCustomProductPageVersion as AppCustomProductPageLocalizationCreateRequestDataRelationshipsAppCustomProductPageVersion,
)
from ascapi.models.app_custom_product_page_localization_create_request import (
    AppCustomProductPageLocalizationCreateRequestDataRelationshipsAppCustomProductPageVersionData as AppCustomProductPageLocalizationCreateRequestDataRelationshipsAppCustomProductPageVersionData,
)
from ascapi.models.app_custom_product_page_localization_inline_create import (
    AppCustomProductPageLocalizationInlineCreate as AppCustomProductPageLocalizationInlineCreate,
)
from ascapi.models.app_custom_product_page_localization_inline_create import (
    AppCustomProductPageLocalizationInlineCreateAttributes as AppCustomProductPageLocalizationInlineCreateAttributes,
)
from ascapi.models.app_custom_product_page_localization_inline_create import (
    AppCustomProductPageLocalizationInlineCreateRelationships as AppCustomProductPageLocalizationInlineCreateRelationships,
)
from ascapi.models.app_custom_product_page_localization_inline_create import (
    AppCustomProductPageLocalizationInlineCreateRelationshipsAppCustomProductPageVersion as AppCustomProductPageLocalizationInlineCreateRelationshipsAppCustomProductPageVersion,
)
from ascapi.models.app_custom_product_page_localization_inline_create import (
    AppCustomProductPageLocalizationInlineCreateRelationshipsAppCustomProductPageVersionData as AppCustomProductPageLocalizationInlineCreateRelationshipsAppCustomProductPageVersionData,
)
from ascapi.models.app_custom_product_page_localization_response import (
    AppCustomProductPageLocalizationResponse as AppCustomProductPageLocalizationResponse,
)
from ascapi.models.app_custom_product_page_localization_search_keywords_linkages_request import (
    AppCustomProductPageLocalizationSearchKeywordsLinkagesRequest as AppCustomProductPageLocalizationSearchKeywordsLinkagesRequest,
)
from ascapi.models.app_custom_product_page_localization_search_keywords_linkages_request import (
    AppCustomProductPageLocalizationSearchKeywordsLinkagesRequestData as AppCustomProductPageLocalizationSearchKeywordsLinkagesRequestData,
)
from ascapi.models.app_custom_product_page_localization_search_keywords_linkages_response import (
    AppCustomProductPageLocalizationSearchKeywordsLinkagesResponse as AppCustomProductPageLocalizationSearchKeywordsLinkagesResponse,
)
from ascapi.models.app_custom_product_page_localization_search_keywords_linkages_response import (
    AppCustomProductPageLocalizationSearchKeywordsLinkagesResponseData as AppCustomProductPageLocalizationSearchKeywordsLinkagesResponseData,
)
from ascapi.models.app_custom_product_page_localization_update_request import (
    AppCustomProductPageLocalizationUpdateRequest as AppCustomProductPageLocalizationUpdateRequest,
)
from ascapi.models.app_custom_product_page_localization_update_request import (
    AppCustomProductPageLocalizationUpdateRequestData as AppCustomProductPageLocalizationUpdateRequestData,
)
from ascapi.models.app_custom_product_page_localization_update_request import (
    AppCustomProductPageLocalizationUpdateRequestDataAttributes as AppCustomProductPageLocalizationUpdateRequestDataAttributes,
)
from ascapi.models.app_custom_product_page_localizations_response import (
    AppCustomProductPageLocalizationsResponse as AppCustomProductPageLocalizationsResponse,
)
from ascapi.models.app_custom_product_page_response import (
    AppCustomProductPageResponse as AppCustomProductPageResponse,
)
from ascapi.models.app_custom_product_page_update_request import (
    AppCustomProductPageUpdateRequest as AppCustomProductPageUpdateRequest,
)
from ascapi.models.app_custom_product_page_update_request import (
    AppCustomProductPageUpdateRequestData as AppCustomProductPageUpdateRequestData,
)
from ascapi.models.app_custom_product_page_update_request import (
    AppCustomProductPageUpdateRequestDataAttributes as AppCustomProductPageUpdateRequestDataAttributes,
)
from ascapi.models.app_custom_product_page_version import (
    AppCustomProductPageVersion as AppCustomProductPageVersion,
)
from ascapi.models.app_custom_product_page_version import (
    AppCustomProductPageVersionAttributes as AppCustomProductPageVersionAttributes,
)
from ascapi.models.app_custom_product_page_version import (
    AppCustomProductPageVersionRelationships as AppCustomProductPageVersionRelationships,
)
from ascapi.models.app_custom_product_page_version import (
    AppCustomProductPageVersionRelationshipsAppCustomProductPage as AppCustomProductPageVersionRelationshipsAppCustomProductPage,
)
from ascapi.models.app_custom_product_page_version import (
    AppCustomProductPageVersionRelationshipsAppCustomProductPageData as AppCustomProductPageVersionRelationshipsAppCustomProductPageData,
)
from ascapi.models.app_custom_product_page_version import (
    AppCustomProductPageVersionRelationshipsAppCustomProductPageLocalizations as AppCustomProductPageVersionRelationshipsAppCustomProductPageLocalizations,
)
from ascapi.models.app_custom_product_page_version import (
    AppCustomProductPageVersionRelationshipsAppCustomProductPageLocalizationsData as AppCustomProductPageVersionRelationshipsAppCustomProductPageLocalizationsData,
)
from ascapi.models.app_custom_product_page_version_app_custom_product_page_localizations_linkages_response import (
    AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponse as AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponse,
)
from ascapi.models.app_custom_product_page_version_app_custom_product_page_localizations_linkages_response import (
    AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponseData as AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponseData,
)
from ascapi.models.app_custom_product_page_version_create_request import (
    AppCustomProductPageVersionCreateRequest as AppCustomProductPageVersionCreateRequest,
)
from ascapi.models.app_custom_product_page_version_create_request import (
    AppCustomProductPageVersionCreateRequestData as AppCustomProductPageVersionCreateRequestData,
)
from ascapi.models.app_custom_product_page_version_create_request import (
    AppCustomProductPageVersionCreateRequestDataAttributes as AppCustomProductPageVersionCreateRequestDataAttributes,
)
from ascapi.models.app_custom_product_page_version_create_request import (
    AppCustomProductPageVersionCreateRequestDataRelationships as AppCustomProductPageVersionCreateRequestDataRelationships,
)
from ascapi.models.app_custom_product_page_version_create_request import (
    AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPage as AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPage,
)
from ascapi.models.app_custom_product_page_version_create_request import (
    AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageData as AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageData,
)
from ascapi.models.app_custom_product_page_version_create_request import (
    AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageLocalizations as AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageLocalizations,
)
from ascapi.models.app_custom_product_page_version_create_request import (
    AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageLocalizationsData as AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageLocalizationsData,
)
from ascapi.models.app_custom_product_page_version_inline_create import (
    AppCustomProductPageVersionInlineCreate as AppCustomProductPageVersionInlineCreate,
)
from ascapi.models.app_custom_product_page_version_inline_create import (
    AppCustomProductPageVersionInlineCreateAttributes as AppCustomProductPageVersionInlineCreateAttributes,
)
from ascapi.models.app_custom_product_page_version_inline_create import (
    AppCustomProductPageVersionInlineCreateRelationships as AppCustomProductPageVersionInlineCreateRelationships,
)
from ascapi.models.app_custom_product_page_version_inline_create import (
    AppCustomProductPageVersionInlineCreateRelationshipsAppCustomProductPage as AppCustomProductPageVersionInlineCreateRelationshipsAppCustomProductPage,
)
from ascapi.models.app_custom_product_page_version_inline_create import (
    AppCustomProductPageVersionInlineCreateRelationshipsAppCustomProductPageData as AppCustomProductPageVersionInlineCreateRelationshipsAppCustomProductPageData,
)
from ascapi.models.app_custom_product_page_version_inline_create import (
    AppCustomProductPageVersionInlineCreateRelationshipsAppCustomProductPageLocalizations as AppCustomProductPageVersionInlineCreateRelationshipsAppCustomProductPageLocalizations,
)
from ascapi.models.app_custom_product_page_version_inline_create import (
    AppCustomProductPageVersionInlineCreateRelationshipsAppCustomProductPageLocalizationsData as AppCustomProductPageVersionInlineCreateRelationshipsAppCustomProductPageLocalizationsData,
)
from ascapi.models.app_custom_product_page_version_response import (
    AppCustomProductPageVersionResponse as AppCustomProductPageVersionResponse,
)
from ascapi.models.app_custom_product_page_version_update_request import (
    AppCustomProductPageVersionUpdateRequest as AppCustomProductPageVersionUpdateRequest,
)
from ascapi.models.app_custom_product_page_version_update_request import (
    AppCustomProductPageVersionUpdateRequestData as AppCustomProductPageVersionUpdateRequestData,
)
from ascapi.models.app_custom_product_page_version_update_request import (
    AppCustomProductPageVersionUpdateRequestDataAttributes as AppCustomProductPageVersionUpdateRequestDataAttributes,
)
from ascapi.models.app_custom_product_page_versions_response import (
    AppCustomProductPageVersionsResponse as AppCustomProductPageVersionsResponse,
)
from ascapi.models.app_custom_product_pages_response import (
    AppCustomProductPagesResponse as AppCustomProductPagesResponse,
)
from ascapi.models.app_customer_reviews_linkages_response import (
    AppCustomerReviewsLinkagesResponse as AppCustomerReviewsLinkagesResponse,
)
from ascapi.models.app_customer_reviews_linkages_response import (
    AppCustomerReviewsLinkagesResponseData as AppCustomerReviewsLinkagesResponseData,
)
from ascapi.models.app_encryption_declaration import (
    AppEncryptionDeclaration as AppEncryptionDeclaration,
)
from ascapi.models.app_encryption_declaration import (
    AppEncryptionDeclarationAttributes as AppEncryptionDeclarationAttributes,
)
from ascapi.models.app_encryption_declaration import (
    AppEncryptionDeclarationRelationships as AppEncryptionDeclarationRelationships,
)
from ascapi.models.app_encryption_declaration import (
    AppEncryptionDeclarationRelationshipsApp as AppEncryptionDeclarationRelationshipsApp,
)
from ascapi.models.app_encryption_declaration import (
    AppEncryptionDeclarationRelationshipsAppData as AppEncryptionDeclarationRelationshipsAppData,
)
from ascapi.models.app_encryption_declaration import (
    AppEncryptionDeclarationRelationshipsAppEncryptionDeclarationDocument as AppEncryptionDeclarationRelationshipsAppEncryptionDeclarationDocument,
)
from ascapi.models.app_encryption_declaration import (
    AppEncryptionDeclarationRelationshipsAppEncryptionDeclarationDocumentData as AppEncryptionDeclarationRelationshipsAppEncryptionDeclarationDocumentData,
)
from ascapi.models.app_encryption_declaration import (
    AppEncryptionDeclarationRelationshipsBuilds as AppEncryptionDeclarationRelationshipsBuilds,
)
from ascapi.models.app_encryption_declaration import (
    AppEncryptionDeclarationRelationshipsBuildsData as AppEncryptionDeclarationRelationshipsBuildsData,
)
from ascapi.models.app_encryption_declaration_app_encryption_declaration_document_linkage_response import (
    AppEncryptionDeclarationAppEncryptionDeclarationDocumentLinkageResponse as AppEncryptionDeclarationAppEncryptionDeclarationDocumentLinkageResponse,
)
from ascapi.models.app_encryption_declaration_app_encryption_declaration_document_linkage_response import (
    AppEncryptionDeclarationAppEncryptionDeclarationDocumentLinkageResponseData as AppEncryptionDeclarationAppEncryptionDeclarationDocumentLinkageResponseData,
)
from ascapi.models.app_encryption_declaration_app_linkage_response import (
    AppEncryptionDeclarationAppLinkageResponse as AppEncryptionDeclarationAppLinkageResponse,
)
from ascapi.models.app_encryption_declaration_app_linkage_response import (
    AppEncryptionDeclarationAppLinkageResponseData as AppEncryptionDeclarationAppLinkageResponseData,
)
from ascapi.models.app_encryption_declaration_builds_linkages_request import (
    AppEncryptionDeclarationBuildsLinkagesRequest as AppEncryptionDeclarationBuildsLinkagesRequest,
)
from ascapi.models.app_encryption_declaration_builds_linkages_request import (
    AppEncryptionDeclarationBuildsLinkagesRequestData as AppEncryptionDeclarationBuildsLinkagesRequestData,
)
from ascapi.models.app_encryption_declaration_create_request import (
    AppEncryptionDeclarationCreateRequest as AppEncryptionDeclarationCreateRequest,
)
from ascapi.models.app_encryption_declaration_create_request import (
    AppEncryptionDeclarationCreateRequestData as AppEncryptionDeclarationCreateRequestData,
)
from ascapi.models.app_encryption_declaration_create_request import (
    AppEncryptionDeclarationCreateRequestDataAttributes as AppEncryptionDeclarationCreateRequestDataAttributes,
)
from ascapi.models.app_encryption_declaration_create_request import (
    AppEncryptionDeclarationCreateRequestDataRelationships as AppEncryptionDeclarationCreateRequestDataRelationships,
)
from ascapi.models.app_encryption_declaration_create_request import (
    AppEncryptionDeclarationCreateRequestDataRelationshipsApp as AppEncryptionDeclarationCreateRequestDataRelationshipsApp,
)
from ascapi.models.app_encryption_declaration_create_request import (
    AppEncryptionDeclarationCreateRequestDataRelationshipsAppData as AppEncryptionDeclarationCreateRequestDataRelationshipsAppData,
)
from ascapi.models.app_encryption_declaration_document import (
    AppEncryptionDeclarationDocument as AppEncryptionDeclarationDocument,
)
from ascapi.models.app_encryption_declaration_document import (
    AppEncryptionDeclarationDocumentAttributes as AppEncryptionDeclarationDocumentAttributes,
)
from ascapi.models.app_encryption_declaration_document_create_request import (
    AppEncryptionDeclarationDocumentCreateRequest as AppEncryptionDeclarationDocumentCreateRequest,
)
from ascapi.models.app_encryption_declaration_document_create_request import (
    AppEncryptionDeclarationDocumentCreateRequestData as AppEncryptionDeclarationDocumentCreateRequestData,
)
from ascapi.models.app_encryption_declaration_document_create_request import (
    AppEncryptionDeclarationDocumentCreateRequestDataAttributes as AppEncryptionDeclarationDocumentCreateRequestDataAttributes,
)
from ascapi.models.app_encryption_declaration_document_create_request import (
    AppEncryptionDeclarationDocumentCreateRequestDataRelationships as AppEncryptionDeclarationDocumentCreateRequestDataRelationships,
)
from ascapi.models.app_encryption_declaration_document_create_request import (
    AppEncryptionDeclarationDocumentCreateRequestDataRelationshipsAppEncryptionDeclaration as AppEncryptionDeclarationDocumentCreateRequestDataRelationshipsAppEncryptionDeclaration,
)
from ascapi.models.app_encryption_declaration_document_create_request import (
    AppEncryptionDeclarationDocumentCreateRequestDataRelationshipsAppEncryptionDeclarationData as AppEncryptionDeclarationDocumentCreateRequestDataRelationshipsAppEncryptionDeclarationData,
)
from ascapi.models.app_encryption_declaration_document_response import (
    AppEncryptionDeclarationDocumentResponse as AppEncryptionDeclarationDocumentResponse,
)
from ascapi.models.app_encryption_declaration_document_update_request import (
    AppEncryptionDeclarationDocumentUpdateRequest as AppEncryptionDeclarationDocumentUpdateRequest,
)
from ascapi.models.app_encryption_declaration_document_update_request import (
    AppEncryptionDeclarationDocumentUpdateRequestData as AppEncryptionDeclarationDocumentUpdateRequestData,
)
from ascapi.models.app_encryption_declaration_document_update_request import (
    AppEncryptionDeclarationDocumentUpdateRequestDataAttributes as AppEncryptionDeclarationDocumentUpdateRequestDataAttributes,
)
from ascapi.models.app_encryption_declaration_response import (
    AppEncryptionDeclarationResponse as AppEncryptionDeclarationResponse,
)
from ascapi.models.app_encryption_declaration_state import (
    AppEncryptionDeclarationState as AppEncryptionDeclarationState,
)
from ascapi.models.app_encryption_declaration_without_includes_response import (
    AppEncryptionDeclarationWithoutIncludesResponse as AppEncryptionDeclarationWithoutIncludesResponse,
)
from ascapi.models.app_encryption_declarations_response import (
    AppEncryptionDeclarationsResponse as AppEncryptionDeclarationsResponse,
)
from ascapi.models.app_end_user_license_agreement_linkage_response import (
    AppEndUserLicenseAgreementLinkageResponse as AppEndUserLicenseAgreementLinkageResponse,
)
from ascapi.models.app_end_user_license_agreement_linkage_response import (
    AppEndUserLicenseAgreementLinkageResponseData as AppEndUserLicenseAgreementLinkageResponseData,
)
from ascapi.models.app_event import AppEvent as AppEvent
from ascapi.models.app_event import AppEventAttributes as AppEventAttributes
from ascapi.models.app_event import (
    AppEventAttributesTerritorySchedules as AppEventAttributesTerritorySchedules,
)
from ascapi.models.app_event import AppEventRelationships as AppEventRelationships
from ascapi.models.app_event import (
    AppEventRelationshipsLocalizations as AppEventRelationshipsLocalizations,
)
from ascapi.models.app_event import (
    AppEventRelationshipsLocalizationsData as AppEventRelationshipsLocalizationsData,
)
from ascapi.models.app_event_asset_type import AppEventAssetType as AppEventAssetType
from ascapi.models.app_event_create_request import AppEventCreateRequest as AppEventCreateRequest
from ascapi.models.app_event_create_request import (
    AppEventCreateRequestData as AppEventCreateRequestData,
)
from ascapi.models.app_event_create_request import (
    AppEventCreateRequestDataAttributes as AppEventCreateRequestDataAttributes,
)
from ascapi.models.app_event_create_request import (
    AppEventCreateRequestDataAttributesTerritorySchedules as AppEventCreateRequestDataAttributesTerritorySchedules,
)
from ascapi.models.app_event_create_request import (
    AppEventCreateRequestDataRelationships as AppEventCreateRequestDataRelationships,
)
from ascapi.models.app_event_create_request import (
    AppEventCreateRequestDataRelationshipsApp as AppEventCreateRequestDataRelationshipsApp,
)
from ascapi.models.app_event_create_request import (
    AppEventCreateRequestDataRelationshipsAppData as AppEventCreateRequestDataRelationshipsAppData,
)
from ascapi.models.app_event_localization import AppEventLocalization as AppEventLocalization
from ascapi.models.app_event_localization import (
    AppEventLocalizationAttributes as AppEventLocalizationAttributes,
)
from ascapi.models.app_event_localization import (
    AppEventLocalizationRelationships as AppEventLocalizationRelationships,
)
from ascapi.models.app_event_localization import (
    AppEventLocalizationRelationshipsAppEvent as AppEventLocalizationRelationshipsAppEvent,
)
from ascapi.models.app_event_localization import (
    AppEventLocalizationRelationshipsAppEventData as AppEventLocalizationRelationshipsAppEventData,
)
from ascapi.models.app_event_localization import (
    AppEventLocalizationRelationshipsAppEventScreenshots as AppEventLocalizationRelationshipsAppEventScreenshots,
)
from ascapi.models.app_event_localization import (
    AppEventLocalizationRelationshipsAppEventScreenshotsData as AppEventLocalizationRelationshipsAppEventScreenshotsData,
)
from ascapi.models.app_event_localization import (
    AppEventLocalizationRelationshipsAppEventVideoClips as AppEventLocalizationRelationshipsAppEventVideoClips,
)
from ascapi.models.app_event_localization import (
    AppEventLocalizationRelationshipsAppEventVideoClipsData as AppEventLocalizationRelationshipsAppEventVideoClipsData,
)
from ascapi.models.app_event_localization_app_event_screenshots_linkages_response import (
    AppEventLocalizationAppEventScreenshotsLinkagesResponse as AppEventLocalizationAppEventScreenshotsLinkagesResponse,
)
from ascapi.models.app_event_localization_app_event_screenshots_linkages_response import (
    AppEventLocalizationAppEventScreenshotsLinkagesResponseData as AppEventLocalizationAppEventScreenshotsLinkagesResponseData,
)
from ascapi.models.app_event_localization_app_event_video_clips_linkages_response import (
    AppEventLocalizationAppEventVideoClipsLinkagesResponse as AppEventLocalizationAppEventVideoClipsLinkagesResponse,
)
from ascapi.models.app_event_localization_app_event_video_clips_linkages_response import (
    AppEventLocalizationAppEventVideoClipsLinkagesResponseData as AppEventLocalizationAppEventVideoClipsLinkagesResponseData,
)
from ascapi.models.app_event_localization_create_request import (
    AppEventLocalizationCreateRequest as AppEventLocalizationCreateRequest,
)
from ascapi.models.app_event_localization_create_request import (
    AppEventLocalizationCreateRequestData as AppEventLocalizationCreateRequestData,
)
from ascapi.models.app_event_localization_create_request import (
    AppEventLocalizationCreateRequestDataAttributes as AppEventLocalizationCreateRequestDataAttributes,
)
from ascapi.models.app_event_localization_create_request import (
    AppEventLocalizationCreateRequestDataRelationships as AppEventLocalizationCreateRequestDataRelationships,
)
from ascapi.models.app_event_localization_create_request import (
    AppEventLocalizationCreateRequestDataRelationshipsAppEvent as AppEventLocalizationCreateRequestDataRelationshipsAppEvent,
)
from ascapi.models.app_event_localization_create_request import (
    AppEventLocalizationCreateRequestDataRelationshipsAppEventData as AppEventLocalizationCreateRequestDataRelationshipsAppEventData,
)
from ascapi.models.app_event_localization_response import (
    AppEventLocalizationResponse as AppEventLocalizationResponse,
)
from ascapi.models.app_event_localization_update_request import (
    AppEventLocalizationUpdateRequest as AppEventLocalizationUpdateRequest,
)
from ascapi.models.app_event_localization_update_request import (
    AppEventLocalizationUpdateRequestData as AppEventLocalizationUpdateRequestData,
)
from ascapi.models.app_event_localization_update_request import (
    AppEventLocalizationUpdateRequestDataAttributes as AppEventLocalizationUpdateRequestDataAttributes,
)
from ascapi.models.app_event_localizations_linkages_response import (
    AppEventLocalizationsLinkagesResponse as AppEventLocalizationsLinkagesResponse,
)
from ascapi.models.app_event_localizations_linkages_response import (
    AppEventLocalizationsLinkagesResponseData as AppEventLocalizationsLinkagesResponseData,
)
from ascapi.models.app_event_localizations_response import (
    AppEventLocalizationsResponse as AppEventLocalizationsResponse,
)
from ascapi.models.app_event_response import AppEventResponse as AppEventResponse
from ascapi.models.app_event_screenshot import AppEventScreenshot as AppEventScreenshot
from ascapi.models.app_event_screenshot import (
    AppEventScreenshotAttributes as AppEventScreenshotAttributes,
)
from ascapi.models.app_event_screenshot import (
    AppEventScreenshotRelationships as AppEventScreenshotRelationships,
)
from ascapi.models.app_event_screenshot import (
    AppEventScreenshotRelationshipsAppEventLocalization as AppEventScreenshotRelationshipsAppEventLocalization,
)
from ascapi.models.app_event_screenshot import (
    AppEventScreenshotRelationshipsAppEventLocalizationData as AppEventScreenshotRelationshipsAppEventLocalizationData,
)
from ascapi.models.app_event_screenshot_create_request import (
    AppEventScreenshotCreateRequest as AppEventScreenshotCreateRequest,
)
from ascapi.models.app_event_screenshot_create_request import (
    AppEventScreenshotCreateRequestData as AppEventScreenshotCreateRequestData,
)
from ascapi.models.app_event_screenshot_create_request import (
    AppEventScreenshotCreateRequestDataAttributes as AppEventScreenshotCreateRequestDataAttributes,
)
from ascapi.models.app_event_screenshot_create_request import (
    AppEventScreenshotCreateRequestDataRelationships as AppEventScreenshotCreateRequestDataRelationships,
)
from ascapi.models.app_event_screenshot_create_request import (
    AppEventScreenshotCreateRequestDataRelationshipsAppEventLocalization as AppEventScreenshotCreateRequestDataRelationshipsAppEventLocalization,
)
from ascapi.models.app_event_screenshot_create_request import (
    AppEventScreenshotCreateRequestDataRelationshipsAppEventLocalizationData as AppEventScreenshotCreateRequestDataRelationshipsAppEventLocalizationData,
)
from ascapi.models.app_event_screenshot_response import (
    AppEventScreenshotResponse as AppEventScreenshotResponse,
)
from ascapi.models.app_event_screenshot_update_request import (
    AppEventScreenshotUpdateRequest as AppEventScreenshotUpdateRequest,
)
from ascapi.models.app_event_screenshot_update_request import (
    AppEventScreenshotUpdateRequestData as AppEventScreenshotUpdateRequestData,
)
from ascapi.models.app_event_screenshot_update_request import (
    AppEventScreenshotUpdateRequestDataAttributes as AppEventScreenshotUpdateRequestDataAttributes,
)
from ascapi.models.app_event_screenshots_response import (
    AppEventScreenshotsResponse as AppEventScreenshotsResponse,
)
from ascapi.models.app_event_update_request import AppEventUpdateRequest as AppEventUpdateRequest
from ascapi.models.app_event_update_request import (
    AppEventUpdateRequestData as AppEventUpdateRequestData,
)
from ascapi.models.app_event_update_request import (
    AppEventUpdateRequestDataAttributes as AppEventUpdateRequestDataAttributes,
)
from ascapi.models.app_event_update_request import (
    AppEventUpdateRequestDataAttributesTerritorySchedules as AppEventUpdateRequestDataAttributesTerritorySchedules,
)
from ascapi.models.app_event_video_clip import AppEventVideoClip as AppEventVideoClip
from ascapi.models.app_event_video_clip import (
    AppEventVideoClipAttributes as AppEventVideoClipAttributes,
)
from ascapi.models.app_event_video_clip import (
    AppEventVideoClipRelationships as AppEventVideoClipRelationships,
)
from ascapi.models.app_event_video_clip import (
    AppEventVideoClipRelationshipsAppEventLocalization as AppEventVideoClipRelationshipsAppEventLocalization,
)
from ascapi.models.app_event_video_clip import (
    AppEventVideoClipRelationshipsAppEventLocalizationData as AppEventVideoClipRelationshipsAppEventLocalizationData,
)
from ascapi.models.app_event_video_clip_create_request import (
    AppEventVideoClipCreateRequest as AppEventVideoClipCreateRequest,
)
from ascapi.models.app_event_video_clip_create_request import (
    AppEventVideoClipCreateRequestData as AppEventVideoClipCreateRequestData,
)
from ascapi.models.app_event_video_clip_create_request import (
    AppEventVideoClipCreateRequestDataAttributes as AppEventVideoClipCreateRequestDataAttributes,
)
from ascapi.models.app_event_video_clip_create_request import (
    AppEventVideoClipCreateRequestDataRelationships as AppEventVideoClipCreateRequestDataRelationships,
)
from ascapi.models.app_event_video_clip_create_request import (
    AppEventVideoClipCreateRequestDataRelationshipsAppEventLocalization as AppEventVideoClipCreateRequestDataRelationshipsAppEventLocalization,
)
from ascapi.models.app_event_video_clip_create_request import (
    AppEventVideoClipCreateRequestDataRelationshipsAppEventLocalizationData as AppEventVideoClipCreateRequestDataRelationshipsAppEventLocalizationData,
)
from ascapi.models.app_event_video_clip_response import (
    AppEventVideoClipResponse as AppEventVideoClipResponse,
)
from ascapi.models.app_event_video_clip_update_request import (
    AppEventVideoClipUpdateRequest as AppEventVideoClipUpdateRequest,
)
from ascapi.models.app_event_video_clip_update_request import (
    AppEventVideoClipUpdateRequestData as AppEventVideoClipUpdateRequestData,
)
from ascapi.models.app_event_video_clip_update_request import (
    AppEventVideoClipUpdateRequestDataAttributes as AppEventVideoClipUpdateRequestDataAttributes,
)
from ascapi.models.app_event_video_clips_response import (
    AppEventVideoClipsResponse as AppEventVideoClipsResponse,
)
from ascapi.models.app_events_response import AppEventsResponse as AppEventsResponse
from ascapi.models.app_game_center_detail_linkage_response import (
    AppGameCenterDetailLinkageResponse as AppGameCenterDetailLinkageResponse,
)
from ascapi.models.app_game_center_detail_linkage_response import (
    AppGameCenterDetailLinkageResponseData as AppGameCenterDetailLinkageResponseData,
)
from ascapi.models.app_game_center_enabled_versions_linkages_response import (
    AppGameCenterEnabledVersionsLinkagesResponse as AppGameCenterEnabledVersionsLinkagesResponse,
)
from ascapi.models.app_game_center_enabled_versions_linkages_response import (
    AppGameCenterEnabledVersionsLinkagesResponseData as AppGameCenterEnabledVersionsLinkagesResponseData,
)
from ascapi.models.app_in_app_purchases_linkages_response import (
    AppInAppPurchasesLinkagesResponse as AppInAppPurchasesLinkagesResponse,
)
from ascapi.models.app_in_app_purchases_linkages_response import (
    AppInAppPurchasesLinkagesResponseData as AppInAppPurchasesLinkagesResponseData,
)
from ascapi.models.app_in_app_purchases_v2_linkages_response import (
    AppInAppPurchasesV2LinkagesResponse as AppInAppPurchasesV2LinkagesResponse,
)
from ascapi.models.app_in_app_purchases_v2_linkages_response import (
    AppInAppPurchasesV2LinkagesResponseData as AppInAppPurchasesV2LinkagesResponseData,
)
from ascapi.models.app_info import AppInfo as AppInfo
from ascapi.models.app_info import AppInfoAttributes as AppInfoAttributes
from ascapi.models.app_info import AppInfoRelationships as AppInfoRelationships
from ascapi.models.app_info import (
    AppInfoRelationshipsAgeRatingDeclaration as AppInfoRelationshipsAgeRatingDeclaration,
)
from ascapi.models.app_info import (
    AppInfoRelationshipsAgeRatingDeclarationData as AppInfoRelationshipsAgeRatingDeclarationData,
)
from ascapi.models.app_info import AppInfoRelationshipsApp as AppInfoRelationshipsApp
from ascapi.models.app_info import AppInfoRelationshipsAppData as AppInfoRelationshipsAppData
from ascapi.models.app_info import (
    AppInfoRelationshipsAppInfoLocalizations as AppInfoRelationshipsAppInfoLocalizations,
)
from ascapi.models.app_info import (
    AppInfoRelationshipsAppInfoLocalizationsData as AppInfoRelationshipsAppInfoLocalizationsData,
)
from ascapi.models.app_info import (
    AppInfoRelationshipsPrimaryCategory as AppInfoRelationshipsPrimaryCategory,
)
from ascapi.models.app_info import (
    AppInfoRelationshipsPrimaryCategoryData as AppInfoRelationshipsPrimaryCategoryData,
)
from ascapi.models.app_info import (
    AppInfoRelationshipsTerritoryAgeRatings as AppInfoRelationshipsTerritoryAgeRatings,
)
from ascapi.models.app_info_age_rating_declaration_linkage_response import (
    AppInfoAgeRatingDeclarationLinkageResponse as AppInfoAgeRatingDeclarationLinkageResponse,
)
from ascapi.models.app_info_age_rating_declaration_linkage_response import (
    AppInfoAgeRatingDeclarationLinkageResponseData as AppInfoAgeRatingDeclarationLinkageResponseData,
)
from ascapi.models.app_info_app_info_localizations_linkages_response import (
    AppInfoAppInfoLocalizationsLinkagesResponse as AppInfoAppInfoLocalizationsLinkagesResponse,
)
from ascapi.models.app_info_app_info_localizations_linkages_response import (
    AppInfoAppInfoLocalizationsLinkagesResponseData as AppInfoAppInfoLocalizationsLinkagesResponseData,
)
from ascapi.models.app_info_localization import AppInfoLocalization as AppInfoLocalization
from ascapi.models.app_info_localization import (
    AppInfoLocalizationAttributes as AppInfoLocalizationAttributes,
)
from ascapi.models.app_info_localization import (
    AppInfoLocalizationRelationships as AppInfoLocalizationRelationships,
)
from ascapi.models.app_info_localization import (
    AppInfoLocalizationRelationshipsAppInfo as AppInfoLocalizationRelationshipsAppInfo,
)
from ascapi.models.app_info_localization import (
    AppInfoLocalizationRelationshipsAppInfoData as AppInfoLocalizationRelationshipsAppInfoData,
)
from ascapi.models.app_info_localization_create_request import (
    AppInfoLocalizationCreateRequest as AppInfoLocalizationCreateRequest,
)
from ascapi.models.app_info_localization_create_request import (
    AppInfoLocalizationCreateRequestData as AppInfoLocalizationCreateRequestData,
)
from ascapi.models.app_info_localization_create_request import (
    AppInfoLocalizationCreateRequestDataAttributes as AppInfoLocalizationCreateRequestDataAttributes,
)
from ascapi.models.app_info_localization_create_request import (
    AppInfoLocalizationCreateRequestDataRelationships as AppInfoLocalizationCreateRequestDataRelationships,
)
from ascapi.models.app_info_localization_create_request import (
    AppInfoLocalizationCreateRequestDataRelationshipsAppInfo as AppInfoLocalizationCreateRequestDataRelationshipsAppInfo,
)
from ascapi.models.app_info_localization_create_request import (
    AppInfoLocalizationCreateRequestDataRelationshipsAppInfoData as AppInfoLocalizationCreateRequestDataRelationshipsAppInfoData,
)
from ascapi.models.app_info_localization_response import (
    AppInfoLocalizationResponse as AppInfoLocalizationResponse,
)
from ascapi.models.app_info_localization_update_request import (
    AppInfoLocalizationUpdateRequest as AppInfoLocalizationUpdateRequest,
)
from ascapi.models.app_info_localization_update_request import (
    AppInfoLocalizationUpdateRequestData as AppInfoLocalizationUpdateRequestData,
)
from ascapi.models.app_info_localization_update_request import (
    AppInfoLocalizationUpdateRequestDataAttributes as AppInfoLocalizationUpdateRequestDataAttributes,
)
from ascapi.models.app_info_localizations_response import (
    AppInfoLocalizationsResponse as AppInfoLocalizationsResponse,
)
from ascapi.models.app_info_primary_category_linkage_response import (
    AppInfoPrimaryCategoryLinkageResponse as AppInfoPrimaryCategoryLinkageResponse,
)
from ascapi.models.app_info_primary_category_linkage_response import (
    AppInfoPrimaryCategoryLinkageResponseData as AppInfoPrimaryCategoryLinkageResponseData,
)
from ascapi.models.app_info_primary_subcategory_one_linkage_response import (
    AppInfoPrimarySubcategoryOneLinkageResponse as AppInfoPrimarySubcategoryOneLinkageResponse,
)
from ascapi.models.app_info_primary_subcategory_one_linkage_response import (
    AppInfoPrimarySubcategoryOneLinkageResponseData as AppInfoPrimarySubcategoryOneLinkageResponseData,
)
from ascapi.models.app_info_primary_subcategory_two_linkage_response import (
    AppInfoPrimarySubcategoryTwoLinkageResponse as AppInfoPrimarySubcategoryTwoLinkageResponse,
)
from ascapi.models.app_info_primary_subcategory_two_linkage_response import (
    AppInfoPrimarySubcategoryTwoLinkageResponseData as AppInfoPrimarySubcategoryTwoLinkageResponseData,
)
from ascapi.models.app_info_response import AppInfoResponse as AppInfoResponse
from ascapi.models.app_info_secondary_category_linkage_response import (
    AppInfoSecondaryCategoryLinkageResponse as AppInfoSecondaryCategoryLinkageResponse,
)
from ascapi.models.app_info_secondary_category_linkage_response import (
    AppInfoSecondaryCategoryLinkageResponseData as AppInfoSecondaryCategoryLinkageResponseData,
)
from ascapi.models.app_info_secondary_subcategory_one_linkage_response import (
    AppInfoSecondarySubcategoryOneLinkageResponse as AppInfoSecondarySubcategoryOneLinkageResponse,
)
from ascapi.models.app_info_secondary_subcategory_one_linkage_response import (
    AppInfoSecondarySubcategoryOneLinkageResponseData as AppInfoSecondarySubcategoryOneLinkageResponseData,
)
from ascapi.models.app_info_secondary_subcategory_two_linkage_response import (
    AppInfoSecondarySubcategoryTwoLinkageResponse as AppInfoSecondarySubcategoryTwoLinkageResponse,
)
from ascapi.models.app_info_secondary_subcategory_two_linkage_response import (
    AppInfoSecondarySubcategoryTwoLinkageResponseData as AppInfoSecondarySubcategoryTwoLinkageResponseData,
)
from ascapi.models.app_info_territory_age_ratings_linkages_response import (
    AppInfoTerritoryAgeRatingsLinkagesResponse as AppInfoTerritoryAgeRatingsLinkagesResponse,
)
from ascapi.models.app_info_territory_age_ratings_linkages_response import (
    AppInfoTerritoryAgeRatingsLinkagesResponseData as AppInfoTerritoryAgeRatingsLinkagesResponseData,
)
from ascapi.models.app_info_update_request import AppInfoUpdateRequest as AppInfoUpdateRequest
from ascapi.models.app_info_update_request import (
    AppInfoUpdateRequestData as AppInfoUpdateRequestData,
)
from ascapi.models.app_info_update_request import (
    AppInfoUpdateRequestDataRelationships as AppInfoUpdateRequestDataRelationships,
)
from ascapi.models.app_info_update_request import (
    AppInfoUpdateRequestDataRelationshipsPrimaryCategory as AppInfoUpdateRequestDataRelationshipsPrimaryCategory,
)
from ascapi.models.app_info_update_request import (
    AppInfoUpdateRequestDataRelationshipsPrimaryCategoryData as AppInfoUpdateRequestDataRelationshipsPrimaryCategoryData,
)
from ascapi.models.app_infos_response import AppInfosResponse as AppInfosResponse
from ascapi.models.app_keyword import AppKeyword as AppKeyword
from ascapi.models.app_keywords_response import AppKeywordsResponse as AppKeywordsResponse
from ascapi.models.app_marketplace_search_detail_linkage_response import (
    AppMarketplaceSearchDetailLinkageResponse as AppMarketplaceSearchDetailLinkageResponse,
)
from ascapi.models.app_marketplace_search_detail_linkage_response import (
    AppMarketplaceSearchDetailLinkageResponseData as AppMarketplaceSearchDetailLinkageResponseData,
)
from ascapi.models.app_media_asset_state import AppMediaAssetState as AppMediaAssetState
from ascapi.models.app_media_preview_frame_image_state import (
    AppMediaPreviewFrameImageState as AppMediaPreviewFrameImageState,
)
from ascapi.models.app_media_state_error import AppMediaStateError as AppMediaStateError
from ascapi.models.app_media_video_state import AppMediaVideoState as AppMediaVideoState
from ascapi.models.app_perf_power_metrics_linkages_response import (
    AppPerfPowerMetricsLinkagesResponse as AppPerfPowerMetricsLinkagesResponse,
)
from ascapi.models.app_perf_power_metrics_linkages_response import (
    AppPerfPowerMetricsLinkagesResponseData as AppPerfPowerMetricsLinkagesResponseData,
)
from ascapi.models.app_pre_release_versions_linkages_response import (
    AppPreReleaseVersionsLinkagesResponse as AppPreReleaseVersionsLinkagesResponse,
)
from ascapi.models.app_pre_release_versions_linkages_response import (
    AppPreReleaseVersionsLinkagesResponseData as AppPreReleaseVersionsLinkagesResponseData,
)
from ascapi.models.app_preview import AppPreview as AppPreview
from ascapi.models.app_preview import AppPreviewAttributes as AppPreviewAttributes
from ascapi.models.app_preview import AppPreviewRelationships as AppPreviewRelationships
from ascapi.models.app_preview import (
    AppPreviewRelationshipsAppPreviewSet as AppPreviewRelationshipsAppPreviewSet,
)
from ascapi.models.app_preview import (
    AppPreviewRelationshipsAppPreviewSetData as AppPreviewRelationshipsAppPreviewSetData,
)
from ascapi.models.app_preview_create_request import (
    AppPreviewCreateRequest as AppPreviewCreateRequest,
)
from ascapi.models.app_preview_create_request import (
    AppPreviewCreateRequestData as AppPreviewCreateRequestData,
)
from ascapi.models.app_preview_create_request import (
    AppPreviewCreateRequestDataAttributes as AppPreviewCreateRequestDataAttributes,
)
from ascapi.models.app_preview_create_request import (
    AppPreviewCreateRequestDataRelationships as AppPreviewCreateRequestDataRelationships,
)
from ascapi.models.app_preview_create_request import (
    AppPreviewCreateRequestDataRelationshipsAppPreviewSet as AppPreviewCreateRequestDataRelationshipsAppPreviewSet,
)
from ascapi.models.app_preview_create_request import (
    AppPreviewCreateRequestDataRelationshipsAppPreviewSetData as AppPreviewCreateRequestDataRelationshipsAppPreviewSetData,
)
from ascapi.models.app_preview_response import AppPreviewResponse as AppPreviewResponse
from ascapi.models.app_preview_set import AppPreviewSet as AppPreviewSet
from ascapi.models.app_preview_set import AppPreviewSetAttributes as AppPreviewSetAttributes
from ascapi.models.app_preview_set import AppPreviewSetRelationships as AppPreviewSetRelationships
from ascapi.models.app_preview_set import (
    AppPreviewSetRelationshipsAppCustomProductPageLocalization as AppPreviewSetRelationshipsAppCustomProductPageLocalization,
)
from ascapi.models.app_preview_set import (
    AppPreviewSetRelationshipsAppCustomProductPageLocalizationData as AppPreviewSetRelationshipsAppCustomProductPageLocalizationData,
)
from ascapi.models.app_preview_set import (
    AppPreviewSetRelationshipsAppPreviews as AppPreviewSetRelationshipsAppPreviews,
)
from ascapi.models.app_preview_set import (
    AppPreviewSetRelationshipsAppPreviewsData as AppPreviewSetRelationshipsAppPreviewsData,
)
from ascapi.models.app_preview_set import (
    AppPreviewSetRelationshipsAppStoreVersionExperimentTreatmentLocalization as AppPreviewSetRelationshipsAppStoreVersionExperimentTreatmentLocalization,
)
from ascapi.models.app_preview_set import (
    AppPreviewSetRelationshipsAppStoreVersionExperimentTreatmentLocalizationData as AppPreviewSetRelationshipsAppStoreVersionExperimentTreatmentLocalizationData,
)
from ascapi.models.app_preview_set import (
    AppPreviewSetRelationshipsAppStoreVersionLocalization as AppPreviewSetRelationshipsAppStoreVersionLocalization,
)
from ascapi.models.app_preview_set import (
    AppPreviewSetRelationshipsAppStoreVersionLocalizationData as AppPreviewSetRelationshipsAppStoreVersionLocalizationData,
)
from ascapi.models.app_preview_set_app_previews_linkages_request import (
    AppPreviewSetAppPreviewsLinkagesRequest as AppPreviewSetAppPreviewsLinkagesRequest,
)
from ascapi.models.app_preview_set_app_previews_linkages_request import (
    AppPreviewSetAppPreviewsLinkagesRequestData as AppPreviewSetAppPreviewsLinkagesRequestData,
)
from ascapi.models.app_preview_set_app_previews_linkages_response import (
    AppPreviewSetAppPreviewsLinkagesResponse as AppPreviewSetAppPreviewsLinkagesResponse,
)
from ascapi.models.app_preview_set_app_previews_linkages_response import (
    AppPreviewSetAppPreviewsLinkagesResponseData as AppPreviewSetAppPreviewsLinkagesResponseData,
)
from ascapi.models.app_preview_set_create_request import (
    AppPreviewSetCreateRequest as AppPreviewSetCreateRequest,
)
from ascapi.models.app_preview_set_create_request import (
    AppPreviewSetCreateRequestData as AppPreviewSetCreateRequestData,
)
from ascapi.models.app_preview_set_create_request import (
    AppPreviewSetCreateRequestDataAttributes as AppPreviewSetCreateRequestDataAttributes,
)
from ascapi.models.app_preview_set_create_request import (
    AppPreviewSetCreateRequestDataRelationships as AppPreviewSetCreateRequestDataRelationships,
)
from ascapi.models.app_preview_set_create_request import (
    AppPreviewSetCreateRequestDataRelationshipsAppCustomProductPageLocalization as AppPreviewSetCreateRequestDataRelationshipsAppCustomProductPageLocalization,
)
from ascapi.models.app_preview_set_create_request import (
    AppPreviewSetCreateRequestDataRelationshipsAppCustomProductPageLocalizationData as AppPreviewSetCreateRequestDataRelationshipsAppCustomProductPageLocalizationData,
)
from ascapi.models.app_preview_set_create_request import (
    AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalization as AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalization,
)
from ascapi.models.app_preview_set_create_request import (
    AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalizationData as AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalizationData,
)
from ascapi.models.app_preview_set_create_request import (
    AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionLocalization as AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionLocalization,
)
from ascapi.models.app_preview_set_create_request import (
    AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionLocalizationData as AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionLocalizationData,
)
from ascapi.models.app_preview_set_response import AppPreviewSetResponse as AppPreviewSetResponse
from ascapi.models.app_preview_sets_response import AppPreviewSetsResponse as AppPreviewSetsResponse
from ascapi.models.app_preview_update_request import (
    AppPreviewUpdateRequest as AppPreviewUpdateRequest,
)
from ascapi.models.app_preview_update_request import (
    AppPreviewUpdateRequestData as AppPreviewUpdateRequestData,
)
from ascapi.models.app_preview_update_request import (
    AppPreviewUpdateRequestDataAttributes as AppPreviewUpdateRequestDataAttributes,
)
from ascapi.models.app_previews_response import AppPreviewsResponse as AppPreviewsResponse
from ascapi.models.app_price_point_v3 import AppPricePointV3 as AppPricePointV3
from ascapi.models.app_price_point_v3 import AppPricePointV3Attributes as AppPricePointV3Attributes
from ascapi.models.app_price_point_v3 import (
    AppPricePointV3Relationships as AppPricePointV3Relationships,
)
from ascapi.models.app_price_point_v3 import (
    AppPricePointV3RelationshipsApp as AppPricePointV3RelationshipsApp,
)
from ascapi.models.app_price_point_v3 import (
    AppPricePointV3RelationshipsAppData as AppPricePointV3RelationshipsAppData,
)
from ascapi.models.app_price_point_v3 import (
    AppPricePointV3RelationshipsEqualizations as AppPricePointV3RelationshipsEqualizations,
)
from ascapi.models.app_price_point_v3 import (
    AppPricePointV3RelationshipsTerritory as AppPricePointV3RelationshipsTerritory,
)
from ascapi.models.app_price_point_v3 import (
    AppPricePointV3RelationshipsTerritoryData as AppPricePointV3RelationshipsTerritoryData,
)
from ascapi.models.app_price_point_v3_equalizations_linkages_response import (
    AppPricePointV3EqualizationsLinkagesResponse as AppPricePointV3EqualizationsLinkagesResponse,
)
from ascapi.models.app_price_point_v3_equalizations_linkages_response import (
    AppPricePointV3EqualizationsLinkagesResponseData as AppPricePointV3EqualizationsLinkagesResponseData,
)
from ascapi.models.app_price_point_v3_response import (
    AppPricePointV3Response as AppPricePointV3Response,
)
from ascapi.models.app_price_points_v3_response import (
    AppPricePointsV3Response as AppPricePointsV3Response,
)
from ascapi.models.app_price_schedule import AppPriceSchedule as AppPriceSchedule
from ascapi.models.app_price_schedule import (
    AppPriceScheduleRelationships as AppPriceScheduleRelationships,
)
from ascapi.models.app_price_schedule import (
    AppPriceScheduleRelationshipsApp as AppPriceScheduleRelationshipsApp,
)
from ascapi.models.app_price_schedule import (
    AppPriceScheduleRelationshipsAppData as AppPriceScheduleRelationshipsAppData,
)
from ascapi.models.app_price_schedule import (
    AppPriceScheduleRelationshipsBaseTerritory as AppPriceScheduleRelationshipsBaseTerritory,
)
from ascapi.models.app_price_schedule import (
    AppPriceScheduleRelationshipsBaseTerritoryData as AppPriceScheduleRelationshipsBaseTerritoryData,
)
from ascapi.models.app_price_schedule import (
    AppPriceScheduleRelationshipsManualPrices as AppPriceScheduleRelationshipsManualPrices,
)
from ascapi.models.app_price_schedule import (
    AppPriceScheduleRelationshipsManualPricesData as AppPriceScheduleRelationshipsManualPricesData,
)
from ascapi.models.app_price_schedule_automatic_prices_linkages_response import (
    AppPriceScheduleAutomaticPricesLinkagesResponse as AppPriceScheduleAutomaticPricesLinkagesResponse,
)
from ascapi.models.app_price_schedule_automatic_prices_linkages_response import (
    AppPriceScheduleAutomaticPricesLinkagesResponseData as AppPriceScheduleAutomaticPricesLinkagesResponseData,
)
from ascapi.models.app_price_schedule_base_territory_linkage_response import (
    AppPriceScheduleBaseTerritoryLinkageResponse as AppPriceScheduleBaseTerritoryLinkageResponse,
)
from ascapi.models.app_price_schedule_base_territory_linkage_response import (
    AppPriceScheduleBaseTerritoryLinkageResponseData as AppPriceScheduleBaseTerritoryLinkageResponseData,
)
from ascapi.models.app_price_schedule_create_request import (
    AppPriceScheduleCreateRequest as AppPriceScheduleCreateRequest,
)
from ascapi.models.app_price_schedule_create_request import (
    AppPriceScheduleCreateRequestData as AppPriceScheduleCreateRequestData,
)
from ascapi.models.app_price_schedule_create_request import (
    AppPriceScheduleCreateRequestDataRelationships as AppPriceScheduleCreateRequestDataRelationships,
)
from ascapi.models.app_price_schedule_create_request import (
    AppPriceScheduleCreateRequestDataRelationshipsApp as AppPriceScheduleCreateRequestDataRelationshipsApp,
)
from ascapi.models.app_price_schedule_create_request import (
    AppPriceScheduleCreateRequestDataRelationshipsAppData as AppPriceScheduleCreateRequestDataRelationshipsAppData,
)
from ascapi.models.app_price_schedule_create_request import (
    AppPriceScheduleCreateRequestDataRelationshipsBaseTerritory as AppPriceScheduleCreateRequestDataRelationshipsBaseTerritory,
)
from ascapi.models.app_price_schedule_create_request import (
    AppPriceScheduleCreateRequestDataRelationshipsBaseTerritoryData as AppPriceScheduleCreateRequestDataRelationshipsBaseTerritoryData,
)
from ascapi.models.app_price_schedule_create_request import (
    AppPriceScheduleCreateRequestDataRelationshipsManualPrices as AppPriceScheduleCreateRequestDataRelationshipsManualPrices,
)
from ascapi.models.app_price_schedule_create_request import (
    AppPriceScheduleCreateRequestDataRelationshipsManualPricesData as AppPriceScheduleCreateRequestDataRelationshipsManualPricesData,
)
from ascapi.models.app_price_schedule_manual_prices_linkages_response import (
    AppPriceScheduleManualPricesLinkagesResponse as AppPriceScheduleManualPricesLinkagesResponse,
)
from ascapi.models.app_price_schedule_manual_prices_linkages_response import (
    AppPriceScheduleManualPricesLinkagesResponseData as AppPriceScheduleManualPricesLinkagesResponseData,
)
from ascapi.models.app_price_schedule_response import (
    AppPriceScheduleResponse as AppPriceScheduleResponse,
)
from ascapi.models.app_price_v2 import AppPriceV2 as AppPriceV2
from ascapi.models.app_price_v2 import AppPriceV2Attributes as AppPriceV2Attributes
from ascapi.models.app_price_v2 import AppPriceV2Relationships as AppPriceV2Relationships
from ascapi.models.app_price_v2 import (
    AppPriceV2RelationshipsAppPricePoint as AppPriceV2RelationshipsAppPricePoint,
)
from ascapi.models.app_price_v2 import (
    AppPriceV2RelationshipsAppPricePointData as AppPriceV2RelationshipsAppPricePointData,
)
from ascapi.models.app_price_v2 import (
    AppPriceV2RelationshipsTerritory as AppPriceV2RelationshipsTerritory,
)
from ascapi.models.app_price_v2 import (
    AppPriceV2RelationshipsTerritoryData as AppPriceV2RelationshipsTerritoryData,
)
from ascapi.models.app_price_v2_inline_create import (
    AppPriceV2InlineCreate as AppPriceV2InlineCreate,
)
from ascapi.models.app_price_v2_inline_create import (
    AppPriceV2InlineCreateAttributes as AppPriceV2InlineCreateAttributes,
)
from ascapi.models.app_price_v2_inline_create import (
    AppPriceV2InlineCreateRelationships as AppPriceV2InlineCreateRelationships,
)
from ascapi.models.app_price_v2_inline_create import (
    AppPriceV2InlineCreateRelationshipsAppPricePoint as AppPriceV2InlineCreateRelationshipsAppPricePoint,
)
from ascapi.models.app_price_v2_inline_create import (
    AppPriceV2InlineCreateRelationshipsAppPricePointData as AppPriceV2InlineCreateRelationshipsAppPricePointData,
)
from ascapi.models.app_prices_v2_response import AppPricesV2Response as AppPricesV2Response
from ascapi.models.app_promoted_purchases_linkages_request import (
    AppPromotedPurchasesLinkagesRequest as AppPromotedPurchasesLinkagesRequest,
)
from ascapi.models.app_promoted_purchases_linkages_request import (
    AppPromotedPurchasesLinkagesRequestData as AppPromotedPurchasesLinkagesRequestData,
)
from ascapi.models.app_promoted_purchases_linkages_response import (
    AppPromotedPurchasesLinkagesResponse as AppPromotedPurchasesLinkagesResponse,
)
from ascapi.models.app_promoted_purchases_linkages_response import (
    AppPromotedPurchasesLinkagesResponseData as AppPromotedPurchasesLinkagesResponseData,
)
from ascapi.models.app_response import AppResponse as AppResponse
from ascapi.models.app_review_submissions_linkages_response import (
    AppReviewSubmissionsLinkagesResponse as AppReviewSubmissionsLinkagesResponse,
)
from ascapi.models.app_review_submissions_linkages_response import (
    AppReviewSubmissionsLinkagesResponseData as AppReviewSubmissionsLinkagesResponseData,
)
from ascapi.models.app_screenshot import AppScreenshot as AppScreenshot
from ascapi.models.app_screenshot import AppScreenshotAttributes as AppScreenshotAttributes
from ascapi.models.app_screenshot import AppScreenshotRelationships as AppScreenshotRelationships
from ascapi.models.app_screenshot import (
    AppScreenshotRelationshipsAppScreenshotSet as AppScreenshotRelationshipsAppScreenshotSet,
)
from ascapi.models.app_screenshot import (
    AppScreenshotRelationshipsAppScreenshotSetData as AppScreenshotRelationshipsAppScreenshotSetData,
)
from ascapi.models.app_screenshot_create_request import (
    AppScreenshotCreateRequest as AppScreenshotCreateRequest,
)
from ascapi.models.app_screenshot_create_request import (
    AppScreenshotCreateRequestData as AppScreenshotCreateRequestData,
)
from ascapi.models.app_screenshot_create_request import (
    AppScreenshotCreateRequestDataAttributes as AppScreenshotCreateRequestDataAttributes,
)
from ascapi.models.app_screenshot_create_request import (
    AppScreenshotCreateRequestDataRelationships as AppScreenshotCreateRequestDataRelationships,
)
from ascapi.models.app_screenshot_create_request import (
    AppScreenshotCreateRequestDataRelationshipsAppScreenshotSet as AppScreenshotCreateRequestDataRelationshipsAppScreenshotSet,
)
from ascapi.models.app_screenshot_create_request import (
    AppScreenshotCreateRequestDataRelationshipsAppScreenshotSetData as AppScreenshotCreateRequestDataRelationshipsAppScreenshotSetData,
)
from ascapi.models.app_screenshot_response import AppScreenshotResponse as AppScreenshotResponse
from ascapi.models.app_screenshot_set import AppScreenshotSet as AppScreenshotSet
from ascapi.models.app_screenshot_set import (
    AppScreenshotSetAttributes as AppScreenshotSetAttributes,
)
from ascapi.models.app_screenshot_set import (
    AppScreenshotSetRelationships as AppScreenshotSetRelationships,
)
from ascapi.models.app_screenshot_set import (
    AppScreenshotSetRelationshipsAppCustomProductPageLocalization as AppScreenshotSetRelationshipsAppCustomProductPageLocalization,
)
from ascapi.models.app_screenshot_set import (
    AppScreenshotSetRelationshipsAppCustomProductPageLocalizationData as AppScreenshotSetRelationshipsAppCustomProductPageLocalizationData,
)
from ascapi.models.app_screenshot_set import (
    AppScreenshotSetRelationshipsAppScreenshots as AppScreenshotSetRelationshipsAppScreenshots,
)
from ascapi.models.app_screenshot_set import (
    AppScreenshotSetRelationshipsAppScreenshotsData as AppScreenshotSetRelationshipsAppScreenshotsData,
)
from ascapi.models.app_screenshot_set import (
    AppScreenshotSetRelationshipsAppStoreVersionExperimentTreatmentLocalization as AppScreenshotSetRelationshipsAppStoreVersionExperimentTreatmentLocalization,
)
from ascapi.models.app_screenshot_set import (
    AppScreenshotSetRelationshipsAppStoreVersionExperimentTreatmentLocalizationData as AppScreenshotSetRelationshipsAppStoreVersionExperimentTreatmentLocalizationData,
)
from ascapi.models.app_screenshot_set import (
    AppScreenshotSetRelationshipsAppStoreVersionLocalization as AppScreenshotSetRelationshipsAppStoreVersionLocalization,
)
from ascapi.models.app_screenshot_set import (
    AppScreenshotSetRelationshipsAppStoreVersionLocalizationData as AppScreenshotSetRelationshipsAppStoreVersionLocalizationData,
)
from ascapi.models.app_screenshot_set_app_screenshots_linkages_request import (
    AppScreenshotSetAppScreenshotsLinkagesRequest as AppScreenshotSetAppScreenshotsLinkagesRequest,
)
from ascapi.models.app_screenshot_set_app_screenshots_linkages_request import (
    AppScreenshotSetAppScreenshotsLinkagesRequestData as AppScreenshotSetAppScreenshotsLinkagesRequestData,
)
from ascapi.models.app_screenshot_set_app_screenshots_linkages_response import (
    AppScreenshotSetAppScreenshotsLinkagesResponse as AppScreenshotSetAppScreenshotsLinkagesResponse,
)
from ascapi.models.app_screenshot_set_app_screenshots_linkages_response import (
    AppScreenshotSetAppScreenshotsLinkagesResponseData as AppScreenshotSetAppScreenshotsLinkagesResponseData,
)
from ascapi.models.app_screenshot_set_create_request import (
    AppScreenshotSetCreateRequest as AppScreenshotSetCreateRequest,
)
from ascapi.models.app_screenshot_set_create_request import (
    AppScreenshotSetCreateRequestData as AppScreenshotSetCreateRequestData,
)
from ascapi.models.app_screenshot_set_create_request import (
    AppScreenshotSetCreateRequestDataAttributes as AppScreenshotSetCreateRequestDataAttributes,
)
from ascapi.models.app_screenshot_set_create_request import (
    AppScreenshotSetCreateRequestDataRelationships as AppScreenshotSetCreateRequestDataRelationships,
)
from ascapi.models.app_screenshot_set_create_request import (
    AppScreenshotSetCreateRequestDataRelationshipsAppCustomProductPageLocalization as AppScreenshotSetCreateRequestDataRelationshipsAppCustomProductPageLocalization,
)
from ascapi.models.app_screenshot_set_create_request import (
    AppScreenshotSetCreateRequestDataRelationshipsAppCustomProductPageLocalizationData as AppScreenshotSetCreateRequestDataRelationshipsAppCustomProductPageLocalizationData,
)
from ascapi.models.app_screenshot_set_create_request import (
    AppScreenshotSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalization as AppScreenshotSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalization,
)
from ascapi.models.app_screenshot_set_create_request import (
    AppScreenshotSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalizationData as AppScreenshotSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalizationData,
)
from ascapi.models.app_screenshot_set_create_request import (
    AppScreenshotSetCreateRequestDataRelationshipsAppStoreVersionLocalization as AppScreenshotSetCreateRequestDataRelationshipsAppStoreVersionLocalization,
)
from ascapi.models.app_screenshot_set_create_request import (
    AppScreenshotSetCreateRequestDataRelationshipsAppStoreVersionLocalizationData as AppScreenshotSetCreateRequestDataRelationshipsAppStoreVersionLocalizationData,
)
from ascapi.models.app_screenshot_set_response import (
    AppScreenshotSetResponse as AppScreenshotSetResponse,
)
from ascapi.models.app_screenshot_sets_response import (
    AppScreenshotSetsResponse as AppScreenshotSetsResponse,
)
from ascapi.models.app_screenshot_update_request import (
    AppScreenshotUpdateRequest as AppScreenshotUpdateRequest,
)
from ascapi.models.app_screenshot_update_request import (
    AppScreenshotUpdateRequestData as AppScreenshotUpdateRequestData,
)
from ascapi.models.app_screenshot_update_request import (
    AppScreenshotUpdateRequestDataAttributes as AppScreenshotUpdateRequestDataAttributes,
)
from ascapi.models.app_screenshots_response import AppScreenshotsResponse as AppScreenshotsResponse
from ascapi.models.app_search_keywords_linkages_response import (
    AppSearchKeywordsLinkagesResponse as AppSearchKeywordsLinkagesResponse,
)
from ascapi.models.app_search_keywords_linkages_response import (
    AppSearchKeywordsLinkagesResponseData as AppSearchKeywordsLinkagesResponseData,
)
from ascapi.models.app_store_age_rating import AppStoreAgeRating as AppStoreAgeRating
from ascapi.models.app_store_review_attachment import (
    AppStoreReviewAttachment as AppStoreReviewAttachment,
)
from ascapi.models.app_store_review_attachment import (
    AppStoreReviewAttachmentAttributes as AppStoreReviewAttachmentAttributes,
)
from ascapi.models.app_store_review_attachment import (
    AppStoreReviewAttachmentRelationships as AppStoreReviewAttachmentRelationships,
)
from ascapi.models.app_store_review_attachment import (
    AppStoreReviewAttachmentRelationshipsAppStoreReviewDetail as AppStoreReviewAttachmentRelationshipsAppStoreReviewDetail,
)
from ascapi.models.app_store_review_attachment import (
    AppStoreReviewAttachmentRelationshipsAppStoreReviewDetailData as AppStoreReviewAttachmentRelationshipsAppStoreReviewDetailData,
)
from ascapi.models.app_store_review_attachment_create_request import (
    AppStoreReviewAttachmentCreateRequest as AppStoreReviewAttachmentCreateRequest,
)
from ascapi.models.app_store_review_attachment_create_request import (
    AppStoreReviewAttachmentCreateRequestData as AppStoreReviewAttachmentCreateRequestData,
)
from ascapi.models.app_store_review_attachment_create_request import (
    AppStoreReviewAttachmentCreateRequestDataAttributes as AppStoreReviewAttachmentCreateRequestDataAttributes,
)
from ascapi.models.app_store_review_attachment_create_request import (
    AppStoreReviewAttachmentCreateRequestDataRelationships as AppStoreReviewAttachmentCreateRequestDataRelationships,
)
from ascapi.models.app_store_review_attachment_create_request import (
    AppStoreReviewAttachmentCreateRequestDataRelationshipsAppStoreReviewDetail as AppStoreReviewAttachmentCreateRequestDataRelationshipsAppStoreReviewDetail,
)
from ascapi.models.app_store_review_attachment_create_request import (
    AppStoreReviewAttachmentCreateRequestDataRelationshipsAppStoreReviewDetailData as AppStoreReviewAttachmentCreateRequestDataRelationshipsAppStoreReviewDetailData,
)
from ascapi.models.app_store_review_attachment_response import (
    AppStoreReviewAttachmentResponse as AppStoreReviewAttachmentResponse,
)
from ascapi.models.app_store_review_attachment_update_request import (
    AppStoreReviewAttachmentUpdateRequest as AppStoreReviewAttachmentUpdateRequest,
)
from ascapi.models.app_store_review_attachment_update_request import (
    AppStoreReviewAttachmentUpdateRequestData as AppStoreReviewAttachmentUpdateRequestData,
)
from ascapi.models.app_store_review_attachment_update_request import (
    AppStoreReviewAttachmentUpdateRequestDataAttributes as AppStoreReviewAttachmentUpdateRequestDataAttributes,
)
from ascapi.models.app_store_review_attachments_response import (
    AppStoreReviewAttachmentsResponse as AppStoreReviewAttachmentsResponse,
)
from ascapi.models.app_store_review_detail import AppStoreReviewDetail as AppStoreReviewDetail
from ascapi.models.app_store_review_detail import (
    AppStoreReviewDetailAttributes as AppStoreReviewDetailAttributes,
)
from ascapi.models.app_store_review_detail import (
    AppStoreReviewDetailRelationships as AppStoreReviewDetailRelationships,
)
from ascapi.models.app_store_review_detail import (
    AppStoreReviewDetailRelationshipsAppStoreReviewAttachments as AppStoreReviewDetailRelationshipsAppStoreReviewAttachments,
)
from ascapi.models.app_store_review_detail import (
    AppStoreReviewDetailRelationshipsAppStoreReviewAttachmentsData as AppStoreReviewDetailRelationshipsAppStoreReviewAttachmentsData,
)
from ascapi.models.app_store_review_detail import (
    AppStoreReviewDetailRelationshipsAppStoreVersion as AppStoreReviewDetailRelationshipsAppStoreVersion,
)
from ascapi.models.app_store_review_detail import (
    AppStoreReviewDetailRelationshipsAppStoreVersionData as AppStoreReviewDetailRelationshipsAppStoreVersionData,
)
from ascapi.models.app_store_review_detail_app_store_review_attachments_linkages_response import (
    AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponse as AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponse,
)
from ascapi.models.app_store_review_detail_app_store_review_attachments_linkages_response import (
    AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponseData as AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponseData,
)
from ascapi.models.app_store_review_detail_create_request import (
    AppStoreReviewDetailCreateRequest as AppStoreReviewDetailCreateRequest,
)
from ascapi.models.app_store_review_detail_create_request import (
    AppStoreReviewDetailCreateRequestData as AppStoreReviewDetailCreateRequestData,
)
from ascapi.models.app_store_review_detail_create_request import (
    AppStoreReviewDetailCreateRequestDataAttributes as AppStoreReviewDetailCreateRequestDataAttributes,
)
from ascapi.models.app_store_review_detail_create_request import (
    AppStoreReviewDetailCreateRequestDataRelationships as AppStoreReviewDetailCreateRequestDataRelationships,
)
from ascapi.models.app_store_review_detail_create_request import (
    AppStoreReviewDetailCreateRequestDataRelationshipsAppStoreVersion as AppStoreReviewDetailCreateRequestDataRelationshipsAppStoreVersion,
)
from ascapi.models.app_store_review_detail_create_request import (
    AppStoreReviewDetailCreateRequestDataRelationshipsAppStoreVersionData as AppStoreReviewDetailCreateRequestDataRelationshipsAppStoreVersionData,
)
from ascapi.models.app_store_review_detail_response import (
    AppStoreReviewDetailResponse as AppStoreReviewDetailResponse,
)
from ascapi.models.app_store_review_detail_update_request import (
    AppStoreReviewDetailUpdateRequest as AppStoreReviewDetailUpdateRequest,
)
from ascapi.models.app_store_review_detail_update_request import (
    AppStoreReviewDetailUpdateRequestData as AppStoreReviewDetailUpdateRequestData,
)
from ascapi.models.app_store_review_detail_update_request import (
    AppStoreReviewDetailUpdateRequestDataAttributes as AppStoreReviewDetailUpdateRequestDataAttributes,
)
from ascapi.models.app_store_version import AppStoreVersion as AppStoreVersion
from ascapi.models.app_store_version import AppStoreVersionAttributes as AppStoreVersionAttributes
from ascapi.models.app_store_version import (
    AppStoreVersionRelationships as AppStoreVersionRelationships,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsAlternativeDistributionPackage as AppStoreVersionRelationshipsAlternativeDistributionPackage,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsAlternativeDistributionPackageData as AppStoreVersionRelationshipsAlternativeDistributionPackageData,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsApp as AppStoreVersionRelationshipsApp,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsAppClipDefaultExperience as AppStoreVersionRelationshipsAppClipDefaultExperience,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsAppClipDefaultExperienceData as AppStoreVersionRelationshipsAppClipDefaultExperienceData,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsAppData as AppStoreVersionRelationshipsAppData,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsAppStoreReviewDetail as AppStoreVersionRelationshipsAppStoreReviewDetail,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsAppStoreReviewDetailData as AppStoreVersionRelationshipsAppStoreReviewDetailData,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsAppStoreVersionExperiments as AppStoreVersionRelationshipsAppStoreVersionExperiments,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsAppStoreVersionExperimentsData as AppStoreVersionRelationshipsAppStoreVersionExperimentsData,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsAppStoreVersionLocalizations as AppStoreVersionRelationshipsAppStoreVersionLocalizations,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsAppStoreVersionLocalizationsData as AppStoreVersionRelationshipsAppStoreVersionLocalizationsData,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsAppStoreVersionPhasedRelease as AppStoreVersionRelationshipsAppStoreVersionPhasedRelease,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsAppStoreVersionPhasedReleaseData as AppStoreVersionRelationshipsAppStoreVersionPhasedReleaseData,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsAppStoreVersionSubmission as AppStoreVersionRelationshipsAppStoreVersionSubmission,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsAppStoreVersionSubmissionData as AppStoreVersionRelationshipsAppStoreVersionSubmissionData,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsBuild as AppStoreVersionRelationshipsBuild,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsBuildData as AppStoreVersionRelationshipsBuildData,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsCustomerReviews as AppStoreVersionRelationshipsCustomerReviews,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsGameCenterAppVersion as AppStoreVersionRelationshipsGameCenterAppVersion,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsGameCenterAppVersionData as AppStoreVersionRelationshipsGameCenterAppVersionData,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsRoutingAppCoverage as AppStoreVersionRelationshipsRoutingAppCoverage,
)
from ascapi.models.app_store_version import (
    AppStoreVersionRelationshipsRoutingAppCoverageData as AppStoreVersionRelationshipsRoutingAppCoverageData,
)
from ascapi.models.app_store_version_alternative_distribution_package_linkage_response import (
    AppStoreVersionAlternativeDistributionPackageLinkageResponse as AppStoreVersionAlternativeDistributionPackageLinkageResponse,
)
from ascapi.models.app_store_version_alternative_distribution_package_linkage_response import (
    AppStoreVersionAlternativeDistributionPackageLinkageResponseData as AppStoreVersionAlternativeDistributionPackageLinkageResponseData,
)
from ascapi.models.app_store_version_app_clip_default_experience_linkage_request import (
    AppStoreVersionAppClipDefaultExperienceLinkageRequest as AppStoreVersionAppClipDefaultExperienceLinkageRequest,
)
from ascapi.models.app_store_version_app_clip_default_experience_linkage_request import (
    AppStoreVersionAppClipDefaultExperienceLinkageRequestData as AppStoreVersionAppClipDefaultExperienceLinkageRequestData,
)
from ascapi.models.app_store_version_app_clip_default_experience_linkage_response import (
    AppStoreVersionAppClipDefaultExperienceLinkageResponse as AppStoreVersionAppClipDefaultExperienceLinkageResponse,
)
from ascapi.models.app_store_version_app_clip_default_experience_linkage_response import (
    AppStoreVersionAppClipDefaultExperienceLinkageResponseData as AppStoreVersionAppClipDefaultExperienceLinkageResponseData,
)
from ascapi.models.app_store_version_app_store_review_detail_linkage_response import (
    AppStoreVersionAppStoreReviewDetailLinkageResponse as AppStoreVersionAppStoreReviewDetailLinkageResponse,
)
from ascapi.models.app_store_version_app_store_review_detail_linkage_response import (
    AppStoreVersionAppStoreReviewDetailLinkageResponseData as AppStoreVersionAppStoreReviewDetailLinkageResponseData,
)
from ascapi.models.app_store_version_app_store_version_experiments_linkages_response import (
    AppStoreVersionAppStoreVersionExperimentsLinkagesResponse as AppStoreVersionAppStoreVersionExperimentsLinkagesResponse,
)
from ascapi.models.app_store_version_app_store_version_experiments_linkages_response import (
    AppStoreVersionAppStoreVersionExperimentsLinkagesResponseData as AppStoreVersionAppStoreVersionExperimentsLinkagesResponseData,
)
from ascapi.models.app_store_version_app_store_version_experiments_v2_linkages_response import (
    AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponse as AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponse,
)
from ascapi.models.app_store_version_app_store_version_experiments_v2_linkages_response import (
    AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponseData as AppStoreVersionAppStoreVersionExperimentsV2LinkagesResponseData,
)
from ascapi.models.app_store_version_app_store_version_localizations_linkages_response import (
    AppStoreVersionAppStoreVersionLocalizationsLinkagesResponse as AppStoreVersionAppStoreVersionLocalizationsLinkagesResponse,
)
from ascapi.models.app_store_version_app_store_version_localizations_linkages_response import (
    AppStoreVersionAppStoreVersionLocalizationsLinkagesResponseData as AppStoreVersionAppStoreVersionLocalizationsLinkagesResponseData,
)
from ascapi.models.app_store_version_app_store_version_phased_release_linkage_response import (
    AppStoreVersionAppStoreVersionPhasedReleaseLinkageResponse as AppStoreVersionAppStoreVersionPhasedReleaseLinkageResponse,
)
from ascapi.models.app_store_version_app_store_version_phased_release_linkage_response import (
    AppStoreVersionAppStoreVersionPhasedReleaseLinkageResponseData as AppStoreVersionAppStoreVersionPhasedReleaseLinkageResponseData,
)
from ascapi.models.app_store_version_app_store_version_submission_linkage_response import (
    AppStoreVersionAppStoreVersionSubmissionLinkageResponse as AppStoreVersionAppStoreVersionSubmissionLinkageResponse,
)
from ascapi.models.app_store_version_app_store_version_submission_linkage_response import (
    AppStoreVersionAppStoreVersionSubmissionLinkageResponseData as AppStoreVersionAppStoreVersionSubmissionLinkageResponseData,
)
from ascapi.models.app_store_version_build_linkage_request import (
    AppStoreVersionBuildLinkageRequest as AppStoreVersionBuildLinkageRequest,
)
from ascapi.models.app_store_version_build_linkage_request import (
    AppStoreVersionBuildLinkageRequestData as AppStoreVersionBuildLinkageRequestData,
)
from ascapi.models.app_store_version_build_linkage_response import (
    AppStoreVersionBuildLinkageResponse as AppStoreVersionBuildLinkageResponse,
)
from ascapi.models.app_store_version_build_linkage_response import (
    AppStoreVersionBuildLinkageResponseData as AppStoreVersionBuildLinkageResponseData,
)
from ascapi.models.app_store_version_create_request import (
    AppStoreVersionCreateRequest as AppStoreVersionCreateRequest,
)
from ascapi.models.app_store_version_create_request import (
    AppStoreVersionCreateRequestData as AppStoreVersionCreateRequestData,
)
from ascapi.models.app_store_version_create_request import (
    AppStoreVersionCreateRequestDataAttributes as AppStoreVersionCreateRequestDataAttributes,
)
from ascapi.models.app_store_version_create_request import (
    AppStoreVersionCreateRequestDataRelationships as AppStoreVersionCreateRequestDataRelationships,
)
from ascapi.models.app_store_version_create_request import (
    AppStoreVersionCreateRequestDataRelationshipsApp as AppStoreVersionCreateRequestDataRelationshipsApp,
)
from ascapi.models.app_store_version_create_request import (
    AppStoreVersionCreateRequestDataRelationshipsAppData as AppStoreVersionCreateRequestDataRelationshipsAppData,
)
from ascapi.models.app_store_version_create_request import (
    AppStoreVersionCreateRequestDataRelationshipsAppStoreVersionLocalizations as AppStoreVersionCreateRequestDataRelationshipsAppStoreVersionLocalizations,
)
from ascapi.models.app_store_version_create_request import (
    AppStoreVersionCreateRequestDataRelationshipsAppStoreVersionLocalizationsData as AppStoreVersionCreateRequestDataRelationshipsAppStoreVersionLocalizationsData,
)
from ascapi.models.app_store_version_create_request import (
    AppStoreVersionCreateRequestDataRelationshipsBuild as AppStoreVersionCreateRequestDataRelationshipsBuild,
)
from ascapi.models.app_store_version_create_request import (
    AppStoreVersionCreateRequestDataRelationshipsBuildData as AppStoreVersionCreateRequestDataRelationshipsBuildData,
)
from ascapi.models.app_store_version_customer_reviews_linkages_response import (
    AppStoreVersionCustomerReviewsLinkagesResponse as AppStoreVersionCustomerReviewsLinkagesResponse,
)
from ascapi.models.app_store_version_customer_reviews_linkages_response import (
    AppStoreVersionCustomerReviewsLinkagesResponseData as AppStoreVersionCustomerReviewsLinkagesResponseData,
)
from ascapi.models.app_store_version_experiment import (
    AppStoreVersionExperiment as AppStoreVersionExperiment,
)
from ascapi.models.app_store_version_experiment import (
    AppStoreVersionExperimentAttributes as AppStoreVersionExperimentAttributes,
)
from ascapi.models.app_store_version_experiment import (
    AppStoreVersionExperimentRelationships as AppStoreVersionExperimentRelationships,
)
from ascapi.models.app_store_version_experiment import (
    AppStoreVersionExperimentRelationshipsAppStoreVersion as AppStoreVersionExperimentRelationshipsAppStoreVersion,
)
from ascapi.models.app_store_version_experiment import (
    AppStoreVersionExperimentRelationshipsAppStoreVersionData as AppStoreVersionExperimentRelationshipsAppStoreVersionData,
)
from ascapi.models.app_store_version_experiment import (
    AppStoreVersionExperimentRelationshipsAppStoreVersionExperimentTreatments as AppStoreVersionExperimentRelationshipsAppStoreVersionExperimentTreatments,
)
from ascapi.models.app_store_version_experiment import (
    AppStoreVersionExperimentRelationshipsAppStoreVersionExperimentTreatmentsData as AppStoreVersionExperimentRelationshipsAppStoreVersionExperimentTreatmentsData,
)
from ascapi.models.app_store_version_experiment_app_store_version_experiment_treatments_linkages_response import (
    AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponse as AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponse,
)
from ascapi.models.app_store_version_experiment_app_store_version_experiment_treatments_linkages_response import (
    AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponseData as AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponseData,
)
from ascapi.models.app_store_version_experiment_create_request import (
    AppStoreVersionExperimentCreateRequest as AppStoreVersionExperimentCreateRequest,
)
from ascapi.models.app_store_version_experiment_create_request import (
    AppStoreVersionExperimentCreateRequestData as AppStoreVersionExperimentCreateRequestData,
)
from ascapi.models.app_store_version_experiment_create_request import (
    AppStoreVersionExperimentCreateRequestDataAttributes as AppStoreVersionExperimentCreateRequestDataAttributes,
)
from ascapi.models.app_store_version_experiment_create_request import (
    AppStoreVersionExperimentCreateRequestDataRelationships as AppStoreVersionExperimentCreateRequestDataRelationships,
)
from ascapi.models.app_store_version_experiment_create_request import (
    AppStoreVersionExperimentCreateRequestDataRelationshipsAppStoreVersion as AppStoreVersionExperimentCreateRequestDataRelationshipsAppStoreVersion,
)
from ascapi.models.app_store_version_experiment_create_request import (
    AppStoreVersionExperimentCreateRequestDataRelationshipsAppStoreVersionData as AppStoreVersionExperimentCreateRequestDataRelationshipsAppStoreVersionData,
)
from ascapi.models.app_store_version_experiment_response import (
    AppStoreVersionExperimentResponse as AppStoreVersionExperimentResponse,
)
from ascapi.models.app_store_version_experiment_treatment import (
    AppStoreVersionExperimentTreatment as AppStoreVersionExperimentTreatment,
)
from ascapi.models.app_store_version_experiment_treatment import (
    AppStoreVersionExperimentTreatmentAttributes as AppStoreVersionExperimentTreatmentAttributes,
)
from ascapi.models.app_store_version_experiment_treatment import (
    AppStoreVersionExperimentTreatmentRelationships as AppStoreVersionExperimentTreatmentRelationships,
)
from ascapi.models.app_store_version_experiment_treatment import (
    AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperiment as AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperiment,
)
from ascapi.models.app_store_version_experiment_treatment import (
    AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentData as AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentData,
)
from ascapi.models.app_store_version_experiment_treatment import (
    AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentTreatmentLocalizations as AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentTreatmentLocalizations,
)
from ascapi.models.app_store_version_experiment_treatment import (
    AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentTreatmentLocalizationsData as AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentTreatmentLocalizationsData,
)
from ascapi.models.app_store_version_experiment_treatment_app_store_version_experiment_treatment_localizations_linkages_response import (
    AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponse as AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponse,
)
from ascapi.models.app_store_version_experiment_treatment_app_store_version_experiment_treatment_localizations_linkages_response import (
    AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponseData as AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponseData,
)
from ascapi.models.app_store_version_experiment_treatment_create_request import (
    AppStoreVersionExperimentTreatmentCreateRequest as AppStoreVersionExperimentTreatmentCreateRequest,
)
from ascapi.models.app_store_version_experiment_treatment_create_request import (
    AppStoreVersionExperimentTreatmentCreateRequestData as AppStoreVersionExperimentTreatmentCreateRequestData,
)
from ascapi.models.app_store_version_experiment_treatment_create_request import (
    AppStoreVersionExperimentTreatmentCreateRequestDataAttributes as AppStoreVersionExperimentTreatmentCreateRequestDataAttributes,
)
from ascapi.models.app_store_version_experiment_treatment_create_request import (
    AppStoreVersionExperimentTreatmentCreateRequestDataRelationships as AppStoreVersionExperimentTreatmentCreateRequestDataRelationships,
)
from ascapi.models.app_store_version_experiment_treatment_create_request import (
    AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperiment as AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperiment,
)
from ascapi.models.app_store_version_experiment_treatment_create_request import (
    AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperimentData as AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperimentData,
)
from ascapi.models.app_store_version_experiment_treatment_localization import (
    AppStoreVersionExperimentTreatmentLocalization as AppStoreVersionExperimentTreatmentLocalization,
)
from ascapi.models.app_store_version_experiment_treatment_localization import (
    AppStoreVersionExperimentTreatmentLocalizationAttributes as AppStoreVersionExperimentTreatmentLocalizationAttributes,
)
from ascapi.models.app_store_version_experiment_treatment_localization import (
    AppStoreVersionExperimentTreatmentLocalizationRelationships as AppStoreVersionExperimentTreatmentLocalizationRelationships,
)
from ascapi.models.app_store_version_experiment_treatment_localization import (
    AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppPreviewSets as AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppPreviewSets,
)
from ascapi.models.app_store_version_experiment_treatment_localization import (
    AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppPreviewSetsData as AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppPreviewSetsData,
)
from ascapi.models.app_store_version_experiment_treatment_localization import (
    AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppScreenshotSets as AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppScreenshotSets,
)
from ascapi.models.app_store_version_experiment_treatment_localization import (
    AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppScreenshotSetsData as AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppScreenshotSetsData,
)
from ascapi.models.app_store_version_experiment_treatment_localization import (
    AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppStoreVersionExperimentTreatment as AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppStoreVersionExperimentTreatment,
)
from ascapi.models.app_store_version_experiment_treatment_localization import (
    AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppStoreVersionExperimentTreatmentData as AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppStoreVersionExperimentTreatmentData,
)
from ascapi.models.app_store_version_experiment_treatment_localization_app_preview_sets_linkages_response import (
    AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponse as AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponse,
)
from ascapi.models.app_store_version_experiment_treatment_localization_app_preview_sets_linkages_response import (
    AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponseData as AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponseData,
)
from ascapi.models.app_store_version_experiment_treatment_localization_app_screenshot_sets_linkages_response import (
    AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponse as AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponse,
)
from ascapi.models.app_store_version_experiment_treatment_localization_app_screenshot_sets_linkages_response import (
    AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponseData as AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponseData,
)
from ascapi.models.app_store_version_experiment_treatment_localization_create_request import (
    AppStoreVersionExperimentTreatmentLocalizationCreateRequest as AppStoreVersionExperimentTreatmentLocalizationCreateRequest,
)
from ascapi.models.app_store_version_experiment_treatment_localization_create_request import (
    AppStoreVersionExperimentTreatmentLocalizationCreateRequestData as AppStoreVersionExperimentTreatmentLocalizationCreateRequestData,
)
from ascapi.models.app_store_version_experiment_treatment_localization_create_request import (
    AppStoreVersionExperimentTreatmentLocalizationCreateRequestDataAttributes as AppStoreVersionExperimentTreatmentLocalizationCreateRequestDataAttributes,
)
from ascapi.models.app_store_version_experiment_treatment_localization_create_request import (
    AppStoreVersionExperimentTreatmentLocalizationCreateRequestDataRelationships as AppStoreVersionExperimentTreatmentLocalizationCreateRequestDataRelationships,
)
from ascapi.models.app_store_version_experiment_treatment_localization_create_request import (
    AppStoreVersionExperimentTreatmentLocalizationCreateRequestDataRelationshipsAppStoreVersionExperimentTreatment as AppStoreVersionExperimentTreatmentLocalizationCreateRequestDataRelationshipsAppStoreVersionExperimentTreatment,
)
from ascapi.models.app_store_version_experiment_treatment_localization_create_request import (
    AppStoreVersionExperimentTreatmentLocalizationCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentData as AppStoreVersionExperimentTreatmentLocalizationCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentData,
)
from ascapi.models.app_store_version_experiment_treatment_localization_response import (
    AppStoreVersionExperimentTreatmentLocalizationResponse as AppStoreVersionExperimentTreatmentLocalizationResponse,
)
from ascapi.models.app_store_version_experiment_treatment_localizations_response import (
    AppStoreVersionExperimentTreatmentLocalizationsResponse as AppStoreVersionExperimentTreatmentLocalizationsResponse,
)
from ascapi.models.app_store_version_experiment_treatment_response import (
    AppStoreVersionExperimentTreatmentResponse as AppStoreVersionExperimentTreatmentResponse,
)
from ascapi.models.app_store_version_experiment_treatment_update_request import (
    AppStoreVersionExperimentTreatmentUpdateRequest as AppStoreVersionExperimentTreatmentUpdateRequest,
)
from ascapi.models.app_store_version_experiment_treatment_update_request import (
    AppStoreVersionExperimentTreatmentUpdateRequestData as AppStoreVersionExperimentTreatmentUpdateRequestData,
)
from ascapi.models.app_store_version_experiment_treatment_update_request import (
    AppStoreVersionExperimentTreatmentUpdateRequestDataAttributes as AppStoreVersionExperimentTreatmentUpdateRequestDataAttributes,
)
from ascapi.models.app_store_version_experiment_treatments_response import (
    AppStoreVersionExperimentTreatmentsResponse as AppStoreVersionExperimentTreatmentsResponse,
)
from ascapi.models.app_store_version_experiment_update_request import (
    AppStoreVersionExperimentUpdateRequest as AppStoreVersionExperimentUpdateRequest,
)
from ascapi.models.app_store_version_experiment_update_request import (
    AppStoreVersionExperimentUpdateRequestData as AppStoreVersionExperimentUpdateRequestData,
)
from ascapi.models.app_store_version_experiment_update_request import (
    AppStoreVersionExperimentUpdateRequestDataAttributes as AppStoreVersionExperimentUpdateRequestDataAttributes,
)
from ascapi.models.app_store_version_experiment_v2 import (
    AppStoreVersionExperimentV2 as AppStoreVersionExperimentV2,
)
from ascapi.models.app_store_version_experiment_v2 import (
    AppStoreVersionExperimentV2Attributes as AppStoreVersionExperimentV2Attributes,
)
from ascapi.models.app_store_version_experiment_v2 import (
    AppStoreVersionExperimentV2Relationships as AppStoreVersionExperimentV2Relationships,
)
from ascapi.models.app_store_version_experiment_v2 import (
    AppStoreVersionExperimentV2RelationshipsApp as AppStoreVersionExperimentV2RelationshipsApp,
)
from ascapi.models.app_store_version_experiment_v2 import (
    AppStoreVersionExperimentV2RelationshipsAppData as AppStoreVersionExperimentV2RelationshipsAppData,
)
from ascapi.models.app_store_version_experiment_v2 import (
    AppStoreVersionExperimentV2RelationshipsAppStoreVersionExperimentTreatments as AppStoreVersionExperimentV2RelationshipsAppStoreVersionExperimentTreatments,
)
from ascapi.models.app_store_version_experiment_v2 import (
    AppStoreVersionExperimentV2RelationshipsAppStoreVersionExperimentTreatmentsData as AppStoreVersionExperimentV2RelationshipsAppStoreVersionExperimentTreatmentsData,
)
from ascapi.models.app_store_version_experiment_v2 import (
    AppStoreVersionExperimentV2RelationshipsControlVersions as AppStoreVersionExperimentV2RelationshipsControlVersions,
)
from ascapi.models.app_store_version_experiment_v2 import (
    AppStoreVersionExperimentV2RelationshipsLatestControlVersion as AppStoreVersionExperimentV2RelationshipsLatestControlVersion,
)
from ascapi.models.app_store_version_experiment_v2 import (
    AppStoreVersionExperimentV2RelationshipsLatestControlVersionData as AppStoreVersionExperimentV2RelationshipsLatestControlVersionData,
)
from ascapi.models.app_store_version_experiment_v2_app_store_version_experiment_treatments_linkages_response import (
    AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponse as AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponse,
)
from ascapi.models.app_store_version_experiment_v2_app_store_version_experiment_treatments_linkages_response import (
    AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponseData as AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponseData,
)
from ascapi.models.app_store_version_experiment_v2_create_request import (
    AppStoreVersionExperimentV2CreateRequest as AppStoreVersionExperimentV2CreateRequest,
)
from ascapi.models.app_store_version_experiment_v2_create_request import (
    AppStoreVersionExperimentV2CreateRequestData as AppStoreVersionExperimentV2CreateRequestData,
)
from ascapi.models.app_store_version_experiment_v2_create_request import (
    AppStoreVersionExperimentV2CreateRequestDataAttributes as AppStoreVersionExperimentV2CreateRequestDataAttributes,
)
from ascapi.models.app_store_version_experiment_v2_create_request import (
    AppStoreVersionExperimentV2CreateRequestDataRelationships as AppStoreVersionExperimentV2CreateRequestDataRelationships,
)
from ascapi.models.app_store_version_experiment_v2_create_request import (
    AppStoreVersionExperimentV2CreateRequestDataRelationshipsApp as AppStoreVersionExperimentV2CreateRequestDataRelationshipsApp,
)
from ascapi.models.app_store_version_experiment_v2_create_request import (
    AppStoreVersionExperimentV2CreateRequestDataRelationshipsAppData as AppStoreVersionExperimentV2CreateRequestDataRelationshipsAppData,
)
from ascapi.models.app_store_version_experiment_v2_response import (
    AppStoreVersionExperimentV2Response as AppStoreVersionExperimentV2Response,
)
from ascapi.models.app_store_version_experiment_v2_update_request import (
    AppStoreVersionExperimentV2UpdateRequest as AppStoreVersionExperimentV2UpdateRequest,
)
from ascapi.models.app_store_version_experiment_v2_update_request import (
    AppStoreVersionExperimentV2UpdateRequestData as AppStoreVersionExperimentV2UpdateRequestData,
)
from ascapi.models.app_store_version_experiment_v2_update_request import (
    AppStoreVersionExperimentV2UpdateRequestDataAttributes as AppStoreVersionExperimentV2UpdateRequestDataAttributes,
)
from ascapi.models.app_store_version_experiments_response import (
    AppStoreVersionExperimentsResponse as AppStoreVersionExperimentsResponse,
)
from ascapi.models.app_store_version_experiments_v2_response import (
    AppStoreVersionExperimentsV2Response as AppStoreVersionExperimentsV2Response,
)
from ascapi.models.app_store_version_game_center_app_version_linkage_response import (
    AppStoreVersionGameCenterAppVersionLinkageResponse as AppStoreVersionGameCenterAppVersionLinkageResponse,
)
from ascapi.models.app_store_version_game_center_app_version_linkage_response import (
    AppStoreVersionGameCenterAppVersionLinkageResponseData as AppStoreVersionGameCenterAppVersionLinkageResponseData,
)
from ascapi.models.app_store_version_localization import (
    AppStoreVersionLocalization as AppStoreVersionLocalization,
)
from ascapi.models.app_store_version_localization import (
    AppStoreVersionLocalizationAttributes as AppStoreVersionLocalizationAttributes,
)
from ascapi.models.app_store_version_localization import (
    AppStoreVersionLocalizationRelationships as AppStoreVersionLocalizationRelationships,
)
from ascapi.models.app_store_version_localization import (
    AppStoreVersionLocalizationRelationshipsAppPreviewSets as AppStoreVersionLocalizationRelationshipsAppPreviewSets,
)
from ascapi.models.app_store_version_localization import (
    AppStoreVersionLocalizationRelationshipsAppPreviewSetsData as AppStoreVersionLocalizationRelationshipsAppPreviewSetsData,
)
from ascapi.models.app_store_version_localization import (
    AppStoreVersionLocalizationRelationshipsAppScreenshotSets as AppStoreVersionLocalizationRelationshipsAppScreenshotSets,
)
from ascapi.models.app_store_version_localization import (
    AppStoreVersionLocalizationRelationshipsAppScreenshotSetsData as AppStoreVersionLocalizationRelationshipsAppScreenshotSetsData,
)
from ascapi.models.app_store_version_localization import (
    AppStoreVersionLocalizationRelationshipsAppStoreVersion as AppStoreVersionLocalizationRelationshipsAppStoreVersion,
)
from ascapi.models.app_store_version_localization import (
    AppStoreVersionLocalizationRelationshipsAppStoreVersionData as AppStoreVersionLocalizationRelationshipsAppStoreVersionData,
)
from ascapi.models.app_store_version_localization import (
    AppStoreVersionLocalizationRelationshipsSearchKeywords as AppStoreVersionLocalizationRelationshipsSearchKeywords,
)
from ascapi.models.app_store_version_localization import (
    AppStoreVersionLocalizationRelationshipsSearchKeywordsData as AppStoreVersionLocalizationRelationshipsSearchKeywordsData,
)
from ascapi.models.app_store_version_localization_app_preview_sets_linkages_response import (
    AppStoreVersionLocalizationAppPreviewSetsLinkagesResponse as AppStoreVersionLocalizationAppPreviewSetsLinkagesResponse,
)
from ascapi.models.app_store_version_localization_app_preview_sets_linkages_response import (
    AppStoreVersionLocalizationAppPreviewSetsLinkagesResponseData as AppStoreVersionLocalizationAppPreviewSetsLinkagesResponseData,
)
from ascapi.models.app_store_version_localization_app_screenshot_sets_linkages_response import (
    AppStoreVersionLocalizationAppScreenshotSetsLinkagesResponse as AppStoreVersionLocalizationAppScreenshotSetsLinkagesResponse,
)
from ascapi.models.app_store_version_localization_app_screenshot_sets_linkages_response import (
    AppStoreVersionLocalizationAppScreenshotSetsLinkagesResponseData as AppStoreVersionLocalizationAppScreenshotSetsLinkagesResponseData,
)
from ascapi.models.app_store_version_localization_create_request import (
    AppStoreVersionLocalizationCreateRequest as AppStoreVersionLocalizationCreateRequest,
)
from ascapi.models.app_store_version_localization_create_request import (
    AppStoreVersionLocalizationCreateRequestData as AppStoreVersionLocalizationCreateRequestData,
)
from ascapi.models.app_store_version_localization_create_request import (
    AppStoreVersionLocalizationCreateRequestDataAttributes as AppStoreVersionLocalizationCreateRequestDataAttributes,
)
from ascapi.models.app_store_version_localization_create_request import (
    AppStoreVersionLocalizationCreateRequestDataRelationships as AppStoreVersionLocalizationCreateRequestDataRelationships,
)
from ascapi.models.app_store_version_localization_create_request import (
    AppStoreVersionLocalizationCreateRequestDataRelationshipsAppStoreVersion as AppStoreVersionLocalizationCreateRequestDataRelationshipsAppStoreVersion,
)
from ascapi.models.app_store_version_localization_create_request import (
    AppStoreVersionLocalizationCreateRequestDataRelationshipsAppStoreVersionData as AppStoreVersionLocalizationCreateRequestDataRelationshipsAppStoreVersionData,
)
from ascapi.models.app_store_version_localization_response import (
    AppStoreVersionLocalizationResponse as AppStoreVersionLocalizationResponse,
)
from ascapi.models.app_store_version_localization_search_keywords_linkages_request import (
    AppStoreVersionLocalizationSearchKeywordsLinkagesRequest as AppStoreVersionLocalizationSearchKeywordsLinkagesRequest,
)
from ascapi.models.app_store_version_localization_search_keywords_linkages_request import (
    AppStoreVersionLocalizationSearchKeywordsLinkagesRequestData as AppStoreVersionLocalizationSearchKeywordsLinkagesRequestData,
)
from ascapi.models.app_store_version_localization_search_keywords_linkages_response import (
    AppStoreVersionLocalizationSearchKeywordsLinkagesResponse as AppStoreVersionLocalizationSearchKeywordsLinkagesResponse,
)
from ascapi.models.app_store_version_localization_search_keywords_linkages_response import (
    AppStoreVersionLocalizationSearchKeywordsLinkagesResponseData as AppStoreVersionLocalizationSearchKeywordsLinkagesResponseData,
)
from ascapi.models.app_store_version_localization_update_request import (
    AppStoreVersionLocalizationUpdateRequest as AppStoreVersionLocalizationUpdateRequest,
)
from ascapi.models.app_store_version_localization_update_request import (
    AppStoreVersionLocalizationUpdateRequestData as AppStoreVersionLocalizationUpdateRequestData,
)
from ascapi.models.app_store_version_localization_update_request import (
    AppStoreVersionLocalizationUpdateRequestDataAttributes as AppStoreVersionLocalizationUpdateRequestDataAttributes,
)
from ascapi.models.app_store_version_localizations_response import (
    AppStoreVersionLocalizationsResponse as AppStoreVersionLocalizationsResponse,
)
from ascapi.models.app_store_version_phased_release import (
    AppStoreVersionPhasedRelease as AppStoreVersionPhasedRelease,
)
from ascapi.models.app_store_version_phased_release import (
    AppStoreVersionPhasedReleaseAttributes as AppStoreVersionPhasedReleaseAttributes,
)
from ascapi.models.app_store_version_phased_release_create_request import (
    AppStoreVersionPhasedReleaseCreateRequest as AppStoreVersionPhasedReleaseCreateRequest,
)
from ascapi.models.app_store_version_phased_release_create_request import (
    AppStoreVersionPhasedReleaseCreateRequestData as AppStoreVersionPhasedReleaseCreateRequestData,
)
from ascapi.models.app_store_version_phased_release_create_request import (
    AppStoreVersionPhasedReleaseCreateRequestDataAttributes as AppStoreVersionPhasedReleaseCreateRequestDataAttributes,
)
from ascapi.models.app_store_version_phased_release_create_request import (
    AppStoreVersionPhasedReleaseCreateRequestDataRelationships as AppStoreVersionPhasedReleaseCreateRequestDataRelationships,
)
from ascapi.models.app_store_version_phased_release_create_request import (
    AppStoreVersionPhasedReleaseCreateRequestDataRelationshipsAppStoreVersion as AppStoreVersionPhasedReleaseCreateRequestDataRelationshipsAppStoreVersion,
)
from ascapi.models.app_store_version_phased_release_create_request import (
    AppStoreVersionPhasedReleaseCreateRequestDataRelationshipsAppStoreVersionData as AppStoreVersionPhasedReleaseCreateRequestDataRelationshipsAppStoreVersionData,
)
from ascapi.models.app_store_version_phased_release_response import (
    AppStoreVersionPhasedReleaseResponse as AppStoreVersionPhasedReleaseResponse,
)
from ascapi.models.app_store_version_phased_release_update_request import (
    AppStoreVersionPhasedReleaseUpdateRequest as AppStoreVersionPhasedReleaseUpdateRequest,
)
from ascapi.models.app_store_version_phased_release_update_request import (
    AppStoreVersionPhasedReleaseUpdateRequestData as AppStoreVersionPhasedReleaseUpdateRequestData,
)
from ascapi.models.app_store_version_phased_release_update_request import (
    AppStoreVersionPhasedReleaseUpdateRequestDataAttributes as AppStoreVersionPhasedReleaseUpdateRequestDataAttributes,
)
from ascapi.models.app_store_version_phased_release_without_includes_response import (
    AppStoreVersionPhasedReleaseWithoutIncludesResponse as AppStoreVersionPhasedReleaseWithoutIncludesResponse,
)
from ascapi.models.app_store_version_promotion import (
    AppStoreVersionPromotion as AppStoreVersionPromotion,
)
from ascapi.models.app_store_version_promotion_create_request import (
    AppStoreVersionPromotionCreateRequest as AppStoreVersionPromotionCreateRequest,
)
from ascapi.models.app_store_version_promotion_create_request import (
    AppStoreVersionPromotionCreateRequestData as AppStoreVersionPromotionCreateRequestData,
)
from ascapi.models.app_store_version_promotion_create_request import (
    AppStoreVersionPromotionCreateRequestDataRelationships as AppStoreVersionPromotionCreateRequestDataRelationships,
)
from ascapi.models.app_store_version_promotion_create_request import (
    AppStoreVersionPromotionCreateRequestDataRelationshipsAppStoreVersion as AppStoreVersionPromotionCreateRequestDataRelationshipsAppStoreVersion,
)
from ascapi.models.app_store_version_promotion_create_request import (
    AppStoreVersionPromotionCreateRequestDataRelationshipsAppStoreVersionData as AppStoreVersionPromotionCreateRequestDataRelationshipsAppStoreVersionData,
)
from ascapi.models.app_store_version_promotion_create_request import (
    AppStoreVersionPromotionCreateRequestDataRelationshipsAppStoreVersionExperimentTreatment as AppStoreVersionPromotionCreateRequestDataRelationshipsAppStoreVersionExperimentTreatment,
)
from ascapi.models.app_store_version_promotion_create_request import (
    AppStoreVersionPromotionCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentData as AppStoreVersionPromotionCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentData,
)
from ascapi.models.app_store_version_promotion_response import (
    AppStoreVersionPromotionResponse as AppStoreVersionPromotionResponse,
)
from ascapi.models.app_store_version_release_request import (
    AppStoreVersionReleaseRequest as AppStoreVersionReleaseRequest,
)
from ascapi.models.app_store_version_release_request_create_request import (
    AppStoreVersionReleaseRequestCreateRequest as AppStoreVersionReleaseRequestCreateRequest,
)
from ascapi.models.app_store_version_release_request_create_request import (
    AppStoreVersionReleaseRequestCreateRequestData as AppStoreVersionReleaseRequestCreateRequestData,
)
from ascapi.models.app_store_version_release_request_create_request import (
    AppStoreVersionReleaseRequestCreateRequestDataRelationships as AppStoreVersionReleaseRequestCreateRequestDataRelationships,
)
from ascapi.models.app_store_version_release_request_create_request import (
    AppStoreVersionReleaseRequestCreateRequestDataRelationshipsAppStoreVersion as AppStoreVersionReleaseRequestCreateRequestDataRelationshipsAppStoreVersion,
)
from ascapi.models.app_store_version_release_request_create_request import (
    AppStoreVersionReleaseRequestCreateRequestDataRelationshipsAppStoreVersionData as AppStoreVersionReleaseRequestCreateRequestDataRelationshipsAppStoreVersionData,
)
from ascapi.models.app_store_version_release_request_response import (
    AppStoreVersionReleaseRequestResponse as AppStoreVersionReleaseRequestResponse,
)
from ascapi.models.app_store_version_response import (
    AppStoreVersionResponse as AppStoreVersionResponse,
)
from ascapi.models.app_store_version_routing_app_coverage_linkage_response import (
    AppStoreVersionRoutingAppCoverageLinkageResponse as AppStoreVersionRoutingAppCoverageLinkageResponse,
)
from ascapi.models.app_store_version_routing_app_coverage_linkage_response import (
    AppStoreVersionRoutingAppCoverageLinkageResponseData as AppStoreVersionRoutingAppCoverageLinkageResponseData,
)
from ascapi.models.app_store_version_state import AppStoreVersionState as AppStoreVersionState
from ascapi.models.app_store_version_submission import (
    AppStoreVersionSubmission as AppStoreVersionSubmission,
)
from ascapi.models.app_store_version_submission import (
    AppStoreVersionSubmissionRelationships as AppStoreVersionSubmissionRelationships,
)
from ascapi.models.app_store_version_submission import (
    AppStoreVersionSubmissionRelationshipsAppStoreVersion as AppStoreVersionSubmissionRelationshipsAppStoreVersion,
)
from ascapi.models.app_store_version_submission import (
    AppStoreVersionSubmissionRelationshipsAppStoreVersionData as AppStoreVersionSubmissionRelationshipsAppStoreVersionData,
)
from ascapi.models.app_store_version_submission_response import (
    AppStoreVersionSubmissionResponse as AppStoreVersionSubmissionResponse,
)
from ascapi.models.app_store_version_update_request import (
    AppStoreVersionUpdateRequest as AppStoreVersionUpdateRequest,
)
from ascapi.models.app_store_version_update_request import (
    AppStoreVersionUpdateRequestData as AppStoreVersionUpdateRequestData,
)
from ascapi.models.app_store_version_update_request import (
    AppStoreVersionUpdateRequestDataAttributes as AppStoreVersionUpdateRequestDataAttributes,
)
from ascapi.models.app_store_version_update_request import (
    AppStoreVersionUpdateRequestDataRelationships as AppStoreVersionUpdateRequestDataRelationships,
)
from ascapi.models.app_store_version_update_request import (
    AppStoreVersionUpdateRequestDataRelationshipsAppClipDefaultExperience as AppStoreVersionUpdateRequestDataRelationshipsAppClipDefaultExperience,
)
from ascapi.models.app_store_version_update_request import (
    AppStoreVersionUpdateRequestDataRelationshipsAppClipDefaultExperienceData as AppStoreVersionUpdateRequestDataRelationshipsAppClipDefaultExperienceData,
)
from ascapi.models.app_store_version_update_request import (
    AppStoreVersionUpdateRequestDataRelationshipsBuild as AppStoreVersionUpdateRequestDataRelationshipsBuild,
)
from ascapi.models.app_store_version_update_request import (
    AppStoreVersionUpdateRequestDataRelationshipsBuildData as AppStoreVersionUpdateRequestDataRelationshipsBuildData,
)
from ascapi.models.app_store_versions_response import (
    AppStoreVersionsResponse as AppStoreVersionsResponse,
)
from ascapi.models.app_subscription_grace_period_linkage_response import (
    AppSubscriptionGracePeriodLinkageResponse as AppSubscriptionGracePeriodLinkageResponse,
)
from ascapi.models.app_subscription_grace_period_linkage_response import (
    AppSubscriptionGracePeriodLinkageResponseData as AppSubscriptionGracePeriodLinkageResponseData,
)
from ascapi.models.app_subscription_groups_linkages_response import (
    AppSubscriptionGroupsLinkagesResponse as AppSubscriptionGroupsLinkagesResponse,
)
from ascapi.models.app_subscription_groups_linkages_response import (
    AppSubscriptionGroupsLinkagesResponseData as AppSubscriptionGroupsLinkagesResponseData,
)
from ascapi.models.app_tag import AppTag as AppTag
from ascapi.models.app_tag import AppTagAttributes as AppTagAttributes
from ascapi.models.app_tag import AppTagRelationships as AppTagRelationships
from ascapi.models.app_tag import AppTagRelationshipsTerritories as AppTagRelationshipsTerritories
from ascapi.models.app_tag import (
    AppTagRelationshipsTerritoriesData as AppTagRelationshipsTerritoriesData,
)
from ascapi.models.app_tag_response import AppTagResponse as AppTagResponse
from ascapi.models.app_tag_territories_linkages_response import (
    AppTagTerritoriesLinkagesResponse as AppTagTerritoriesLinkagesResponse,
)
from ascapi.models.app_tag_territories_linkages_response import (
    AppTagTerritoriesLinkagesResponseData as AppTagTerritoriesLinkagesResponseData,
)
from ascapi.models.app_tag_update_request import AppTagUpdateRequest as AppTagUpdateRequest
from ascapi.models.app_tag_update_request import AppTagUpdateRequestData as AppTagUpdateRequestData
from ascapi.models.app_tag_update_request import (
    AppTagUpdateRequestDataAttributes as AppTagUpdateRequestDataAttributes,
)
from ascapi.models.app_tags_response import AppTagsResponse as AppTagsResponse
from ascapi.models.app_update_request import AppUpdateRequest as AppUpdateRequest
from ascapi.models.app_update_request import AppUpdateRequestData as AppUpdateRequestData
from ascapi.models.app_update_request import (
    AppUpdateRequestDataAttributes as AppUpdateRequestDataAttributes,
)
from ascapi.models.app_version_state import AppVersionState as AppVersionState
from ascapi.models.app_webhooks_linkages_response import (
    AppWebhooksLinkagesResponse as AppWebhooksLinkagesResponse,
)
from ascapi.models.app_webhooks_linkages_response import (
    AppWebhooksLinkagesResponseData as AppWebhooksLinkagesResponseData,
)
from ascapi.models.app_without_includes_response import (
    AppWithoutIncludesResponse as AppWithoutIncludesResponse,
)
from ascapi.models.apps_beta_tester_usages_v1_metric_response import (
    AppsBetaTesterUsagesV1MetricResponse as AppsBetaTesterUsagesV1MetricResponse,
)
from ascapi.models.apps_beta_tester_usages_v1_metric_response import (
    AppsBetaTesterUsagesV1MetricResponseData as AppsBetaTesterUsagesV1MetricResponseData,
)
from ascapi.models.apps_beta_tester_usages_v1_metric_response import (
    AppsBetaTesterUsagesV1MetricResponseDataDataPoints as AppsBetaTesterUsagesV1MetricResponseDataDataPoints,
)
from ascapi.models.apps_beta_tester_usages_v1_metric_response import (
    AppsBetaTesterUsagesV1MetricResponseDataDataPointsValues as AppsBetaTesterUsagesV1MetricResponseDataDataPointsValues,
)
from ascapi.models.apps_beta_tester_usages_v1_metric_response import (
    AppsBetaTesterUsagesV1MetricResponseDataDimensions as AppsBetaTesterUsagesV1MetricResponseDataDimensions,
)
from ascapi.models.apps_beta_tester_usages_v1_metric_response import (
    AppsBetaTesterUsagesV1MetricResponseDataDimensionsBetaTesters as AppsBetaTesterUsagesV1MetricResponseDataDimensionsBetaTesters,
)
from ascapi.models.apps_beta_tester_usages_v1_metric_response import (
    AppsBetaTesterUsagesV1MetricResponseDataDimensionsBetaTestersLinks as AppsBetaTesterUsagesV1MetricResponseDataDimensionsBetaTestersLinks,
)
from ascapi.models.apps_response import AppsResponse as AppsResponse
from ascapi.models.apps_without_includes_response import (
    AppsWithoutIncludesResponse as AppsWithoutIncludesResponse,
)
from ascapi.models.background_asset import BackgroundAsset as BackgroundAsset
from ascapi.models.background_asset import BackgroundAssetAttributes as BackgroundAssetAttributes
from ascapi.models.background_asset import (
    BackgroundAssetRelationships as BackgroundAssetRelationships,
)
from ascapi.models.background_asset import (
    BackgroundAssetRelationshipsApp as BackgroundAssetRelationshipsApp,
)
from ascapi.models.background_asset import (
    BackgroundAssetRelationshipsAppData as BackgroundAssetRelationshipsAppData,
)
from ascapi.models.background_asset import (
    BackgroundAssetRelationshipsAppStoreVersion as BackgroundAssetRelationshipsAppStoreVersion,
)
from ascapi.models.background_asset import (
    BackgroundAssetRelationshipsAppStoreVersionData as BackgroundAssetRelationshipsAppStoreVersionData,
)
from ascapi.models.background_asset import (
    BackgroundAssetRelationshipsVersions as BackgroundAssetRelationshipsVersions,
)
from ascapi.models.background_asset_create_request import (
    BackgroundAssetCreateRequest as BackgroundAssetCreateRequest,
)
from ascapi.models.background_asset_create_request import (
    BackgroundAssetCreateRequestData as BackgroundAssetCreateRequestData,
)
from ascapi.models.background_asset_create_request import (
    BackgroundAssetCreateRequestDataAttributes as BackgroundAssetCreateRequestDataAttributes,
)
from ascapi.models.background_asset_create_request import (
    BackgroundAssetCreateRequestDataRelationships as BackgroundAssetCreateRequestDataRelationships,
)
from ascapi.models.background_asset_create_request import (
    BackgroundAssetCreateRequestDataRelationshipsApp as BackgroundAssetCreateRequestDataRelationshipsApp,
)
from ascapi.models.background_asset_create_request import (
    BackgroundAssetCreateRequestDataRelationshipsAppData as BackgroundAssetCreateRequestDataRelationshipsAppData,
)
from ascapi.models.background_asset_response import (
    BackgroundAssetResponse as BackgroundAssetResponse,
)
from ascapi.models.background_asset_update_request import (
    BackgroundAssetUpdateRequest as BackgroundAssetUpdateRequest,
)
from ascapi.models.background_asset_update_request import (
    BackgroundAssetUpdateRequestData as BackgroundAssetUpdateRequestData,
)
from ascapi.models.background_asset_update_request import (
    BackgroundAssetUpdateRequestDataAttributes as BackgroundAssetUpdateRequestDataAttributes,
)
from ascapi.models.background_asset_upload_file import (
    BackgroundAssetUploadFile as BackgroundAssetUploadFile,
)
from ascapi.models.background_asset_upload_file import (
    BackgroundAssetUploadFileAttributes as BackgroundAssetUploadFileAttributes,
)
from ascapi.models.background_asset_upload_file_create_request import (
    BackgroundAssetUploadFileCreateRequest as BackgroundAssetUploadFileCreateRequest,
)
from ascapi.models.background_asset_upload_file_create_request import (
    BackgroundAssetUploadFileCreateRequestData as BackgroundAssetUploadFileCreateRequestData,
)
from ascapi.models.background_asset_upload_file_create_request import (
    BackgroundAssetUploadFileCreateRequestDataAttributes as BackgroundAssetUploadFileCreateRequestDataAttributes,
)
from ascapi.models.background_asset_upload_file_create_request import (
    BackgroundAssetUploadFileCreateRequestDataRelationships as BackgroundAssetUploadFileCreateRequestDataRelationships,
)
from ascapi.models.background_asset_upload_file_create_request import (
    BackgroundAssetUploadFileCreateRequestDataRelationshipsBackgroundAssetVersion as BackgroundAssetUploadFileCreateRequestDataRelationshipsBackgroundAssetVersion,
)
from ascapi.models.background_asset_upload_file_create_request import (
    BackgroundAssetUploadFileCreateRequestDataRelationshipsBackgroundAssetVersionData as BackgroundAssetUploadFileCreateRequestDataRelationshipsBackgroundAssetVersionData,
)
from ascapi.models.background_asset_upload_file_response import (
    BackgroundAssetUploadFileResponse as BackgroundAssetUploadFileResponse,
)
from ascapi.models.background_asset_upload_file_update_request import (
    BackgroundAssetUploadFileUpdateRequest as BackgroundAssetUploadFileUpdateRequest,
)
from ascapi.models.background_asset_upload_file_update_request import (
    BackgroundAssetUploadFileUpdateRequestData as BackgroundAssetUploadFileUpdateRequestData,
)
from ascapi.models.background_asset_upload_file_update_request import (
    BackgroundAssetUploadFileUpdateRequestDataAttributes as BackgroundAssetUploadFileUpdateRequestDataAttributes,
)
from ascapi.models.background_asset_upload_files_response import (
    BackgroundAssetUploadFilesResponse as BackgroundAssetUploadFilesResponse,
)
from ascapi.models.background_asset_version import BackgroundAssetVersion as BackgroundAssetVersion
from ascapi.models.background_asset_version import (
    BackgroundAssetVersionAttributes as BackgroundAssetVersionAttributes,
)
from ascapi.models.background_asset_version import (
    BackgroundAssetVersionAttributesStateDetails as BackgroundAssetVersionAttributesStateDetails,
)
from ascapi.models.background_asset_version import (
    BackgroundAssetVersionRelationships as BackgroundAssetVersionRelationships,
)
from ascapi.models.background_asset_version import (
    BackgroundAssetVersionRelationshipsAppStoreRelease as BackgroundAssetVersionRelationshipsAppStoreRelease,
)
from ascapi.models.background_asset_version import (
    BackgroundAssetVersionRelationshipsAppStoreReleaseData as BackgroundAssetVersionRelationshipsAppStoreReleaseData,
)
from ascapi.models.background_asset_version import (
    BackgroundAssetVersionRelationshipsAssetFile as BackgroundAssetVersionRelationshipsAssetFile,
)
from ascapi.models.background_asset_version import (
    BackgroundAssetVersionRelationshipsAssetFileData as BackgroundAssetVersionRelationshipsAssetFileData,
)
from ascapi.models.background_asset_version import (
    BackgroundAssetVersionRelationshipsBackgroundAsset as BackgroundAssetVersionRelationshipsBackgroundAsset,
)
from ascapi.models.background_asset_version import (
    BackgroundAssetVersionRelationshipsBackgroundAssetData as BackgroundAssetVersionRelationshipsBackgroundAssetData,
)
from ascapi.models.background_asset_version import (
    BackgroundAssetVersionRelationshipsBackgroundAssetUploadFiles as BackgroundAssetVersionRelationshipsBackgroundAssetUploadFiles,
)
from ascapi.models.background_asset_version import (
    BackgroundAssetVersionRelationshipsExternalBetaRelease as BackgroundAssetVersionRelationshipsExternalBetaRelease,
)
from ascapi.models.background_asset_version import (
    BackgroundAssetVersionRelationshipsExternalBetaReleaseData as BackgroundAssetVersionRelationshipsExternalBetaReleaseData,
)
from ascapi.models.background_asset_version import (
    BackgroundAssetVersionRelationshipsInternalBetaRelease as BackgroundAssetVersionRelationshipsInternalBetaRelease,
)
from ascapi.models.background_asset_version import (
    BackgroundAssetVersionRelationshipsInternalBetaReleaseData as BackgroundAssetVersionRelationshipsInternalBetaReleaseData,
)
from ascapi.models.background_asset_version_app_store_release import (
    BackgroundAssetVersionAppStoreRelease as BackgroundAssetVersionAppStoreRelease,
)
from ascapi.models.background_asset_version_app_store_release import (
    BackgroundAssetVersionAppStoreReleaseAttributes as BackgroundAssetVersionAppStoreReleaseAttributes,
)
from ascapi.models.background_asset_version_app_store_release import (
    BackgroundAssetVersionAppStoreReleaseRelationships as BackgroundAssetVersionAppStoreReleaseRelationships,
)
from ascapi.models.background_asset_version_app_store_release import (
    BackgroundAssetVersionAppStoreReleaseRelationshipsBackgroundAssetVersion as BackgroundAssetVersionAppStoreReleaseRelationshipsBackgroundAssetVersion,
)
from ascapi.models.background_asset_version_app_store_release import (
    BackgroundAssetVersionAppStoreReleaseRelationshipsBackgroundAssetVersionData as BackgroundAssetVersionAppStoreReleaseRelationshipsBackgroundAssetVersionData,
)
from ascapi.models.background_asset_version_app_store_release_response import (
    BackgroundAssetVersionAppStoreReleaseResponse as BackgroundAssetVersionAppStoreReleaseResponse,
)
from ascapi.models.background_asset_version_app_store_release_state import (
    BackgroundAssetVersionAppStoreReleaseState as BackgroundAssetVersionAppStoreReleaseState,
)
from ascapi.models.background_asset_version_background_asset_upload_files_linkages_response import (
    BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponse as BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponse,
)
from ascapi.models.background_asset_version_background_asset_upload_files_linkages_response import (
    BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponseData as BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponseData,
)
from ascapi.models.background_asset_version_create_request import (
    BackgroundAssetVersionCreateRequest as BackgroundAssetVersionCreateRequest,
)
from ascapi.models.background_asset_version_create_request import (
    BackgroundAssetVersionCreateRequestData as BackgroundAssetVersionCreateRequestData,
)
from ascapi.models.background_asset_version_create_request import (
    BackgroundAssetVersionCreateRequestDataRelationships as BackgroundAssetVersionCreateRequestDataRelationships,
)
from ascapi.models.background_asset_version_create_request import (
    BackgroundAssetVersionCreateRequestDataRelationshipsBackgroundAsset as BackgroundAssetVersionCreateRequestDataRelationshipsBackgroundAsset,
)
from ascapi.models.background_asset_version_create_request import (
    BackgroundAssetVersionCreateRequestDataRelationshipsBackgroundAssetData as BackgroundAssetVersionCreateRequestDataRelationshipsBackgroundAssetData,
)
from ascapi.models.background_asset_version_external_beta_release import (
    BackgroundAssetVersionExternalBetaRelease as BackgroundAssetVersionExternalBetaRelease,
)
from ascapi.models.background_asset_version_external_beta_release import (
    BackgroundAssetVersionExternalBetaReleaseAttributes as BackgroundAssetVersionExternalBetaReleaseAttributes,
)
from ascapi.models.background_asset_version_external_beta_release import (
    BackgroundAssetVersionExternalBetaReleaseRelationships as BackgroundAssetVersionExternalBetaReleaseRelationships,
)
from ascapi.models.background_asset_version_external_beta_release import (
    BackgroundAssetVersionExternalBetaReleaseRelationshipsBackgroundAssetVersion as BackgroundAssetVersionExternalBetaReleaseRelationshipsBackgroundAssetVersion,
)
from ascapi.models.background_asset_version_external_beta_release import (
    BackgroundAssetVersionExternalBetaReleaseRelationshipsBackgroundAssetVersionData as BackgroundAssetVersionExternalBetaReleaseRelationshipsBackgroundAssetVersionData,
)
from ascapi.models.background_asset_version_external_beta_release_response import (
    BackgroundAssetVersionExternalBetaReleaseResponse as BackgroundAssetVersionExternalBetaReleaseResponse,
)
from ascapi.models.background_asset_version_external_beta_release_state import (
    BackgroundAssetVersionExternalBetaReleaseState as BackgroundAssetVersionExternalBetaReleaseState,
)
from ascapi.models.background_asset_version_internal_beta_release import (
    BackgroundAssetVersionInternalBetaRelease as BackgroundAssetVersionInternalBetaRelease,
)
from ascapi.models.background_asset_version_internal_beta_release import (
    BackgroundAssetVersionInternalBetaReleaseAttributes as BackgroundAssetVersionInternalBetaReleaseAttributes,
)
from ascapi.models.background_asset_version_internal_beta_release import (
    BackgroundAssetVersionInternalBetaReleaseRelationships as BackgroundAssetVersionInternalBetaReleaseRelationships,
)
from ascapi.models.background_asset_version_internal_beta_release import (
    BackgroundAssetVersionInternalBetaReleaseRelationshipsBackgroundAssetVersion as BackgroundAssetVersionInternalBetaReleaseRelationshipsBackgroundAssetVersion,
)
from ascapi.models.background_asset_version_internal_beta_release import (
    BackgroundAssetVersionInternalBetaReleaseRelationshipsBackgroundAssetVersionData as BackgroundAssetVersionInternalBetaReleaseRelationshipsBackgroundAssetVersionData,
)
from ascapi.models.background_asset_version_internal_beta_release_response import (
    BackgroundAssetVersionInternalBetaReleaseResponse as BackgroundAssetVersionInternalBetaReleaseResponse,
)
from ascapi.models.background_asset_version_response import (
    BackgroundAssetVersionResponse as BackgroundAssetVersionResponse,
)
from ascapi.models.background_asset_version_state import (
    BackgroundAssetVersionState as BackgroundAssetVersionState,
)
from ascapi.models.background_asset_versions_linkages_response import (
    BackgroundAssetVersionsLinkagesResponse as BackgroundAssetVersionsLinkagesResponse,
)
from ascapi.models.background_asset_versions_linkages_response import (
    BackgroundAssetVersionsLinkagesResponseData as BackgroundAssetVersionsLinkagesResponseData,
)
from ascapi.models.background_asset_versions_response import (
    BackgroundAssetVersionsResponse as BackgroundAssetVersionsResponse,
)
from ascapi.models.background_assets_response import (
    BackgroundAssetsResponse as BackgroundAssetsResponse,
)
from ascapi.models.beta_app_clip_invocation import BetaAppClipInvocation as BetaAppClipInvocation
from ascapi.models.beta_app_clip_invocation import (
    BetaAppClipInvocationAttributes as BetaAppClipInvocationAttributes,
)
from ascapi.models.beta_app_clip_invocation import (
    BetaAppClipInvocationRelationships as BetaAppClipInvocationRelationships,
)
from ascapi.models.beta_app_clip_invocation import (
    BetaAppClipInvocationRelationshipsBetaAppClipInvocationLocalizations as BetaAppClipInvocationRelationshipsBetaAppClipInvocationLocalizations,
)
from ascapi.models.beta_app_clip_invocation import (
    BetaAppClipInvocationRelationshipsBetaAppClipInvocationLocalizationsData as BetaAppClipInvocationRelationshipsBetaAppClipInvocationLocalizationsData,
)
from ascapi.models.beta_app_clip_invocation_create_request import (
    BetaAppClipInvocationCreateRequest as BetaAppClipInvocationCreateRequest,
)
from ascapi.models.beta_app_clip_invocation_create_request import (
    BetaAppClipInvocationCreateRequestData as BetaAppClipInvocationCreateRequestData,
)
from ascapi.models.beta_app_clip_invocation_create_request import (
    BetaAppClipInvocationCreateRequestDataAttributes as BetaAppClipInvocationCreateRequestDataAttributes,
)
from ascapi.models.beta_app_clip_invocation_create_request import (
    BetaAppClipInvocationCreateRequestDataRelationships as BetaAppClipInvocationCreateRequestDataRelationships,
)
from ascapi.models.beta_app_clip_invocation_create_request import (
    BetaAppClipInvocationCreateRequestDataRelationshipsBetaAppClipInvocationLocalizations as BetaAppClipInvocationCreateRequestDataRelationshipsBetaAppClipInvocationLocalizations,
)
from ascapi.models.beta_app_clip_invocation_create_request import (
    BetaAppClipInvocationCreateRequestDataRelationshipsBetaAppClipInvocationLocalizationsData as BetaAppClipInvocationCreateRequestDataRelationshipsBetaAppClipInvocationLocalizationsData,
)
from ascapi.models.beta_app_clip_invocation_create_request import (
    BetaAppClipInvocationCreateRequestDataRelationshipsBuildBundle as BetaAppClipInvocationCreateRequestDataRelationshipsBuildBundle,
)
from ascapi.models.beta_app_clip_invocation_create_request import (
    BetaAppClipInvocationCreateRequestDataRelationshipsBuildBundleData as BetaAppClipInvocationCreateRequestDataRelationshipsBuildBundleData,
)
from ascapi.models.beta_app_clip_invocation_localization import (
    BetaAppClipInvocationLocalization as BetaAppClipInvocationLocalization,
)
from ascapi.models.beta_app_clip_invocation_localization import (
    BetaAppClipInvocationLocalizationAttributes as BetaAppClipInvocationLocalizationAttributes,
)
from ascapi.models.beta_app_clip_invocation_localization_create_request import (
    BetaAppClipInvocationLocalizationCreateRequest as BetaAppClipInvocationLocalizationCreateRequest,
)
from ascapi.models.beta_app_clip_invocation_localization_create_request import (
    BetaAppClipInvocationLocalizationCreateRequestData as BetaAppClipInvocationLocalizationCreateRequestData,
)
from ascapi.models.beta_app_clip_invocation_localization_create_request import (
    BetaAppClipInvocationLocalizationCreateRequestDataAttributes as BetaAppClipInvocationLocalizationCreateRequestDataAttributes,
)
from ascapi.models.beta_app_clip_invocation_localization_create_request import (
    BetaAppClipInvocationLocalizationCreateRequestDataRelationships as BetaAppClipInvocationLocalizationCreateRequestDataRelationships,
)
from ascapi.models.beta_app_clip_invocation_localization_create_request import (
    BetaAppClipInvocationLocalizationCreateRequestDataRelationshipsBetaAppClipInvocation as BetaAppClipInvocationLocalizationCreateRequestDataRelationshipsBetaAppClipInvocation,
)
from ascapi.models.beta_app_clip_invocation_localization_create_request import (
    BetaAppClipInvocationLocalizationCreateRequestDataRelationshipsBetaAppClipInvocationData as BetaAppClipInvocationLocalizationCreateRequestDataRelationshipsBetaAppClipInvocationData,
)
from ascapi.models.beta_app_clip_invocation_localization_inline_create import (
    BetaAppClipInvocationLocalizationInlineCreate as BetaAppClipInvocationLocalizationInlineCreate,
)
from ascapi.models.beta_app_clip_invocation_localization_inline_create import (
    BetaAppClipInvocationLocalizationInlineCreateAttributes as BetaAppClipInvocationLocalizationInlineCreateAttributes,
)
from ascapi.models.beta_app_clip_invocation_localization_inline_create import (
    BetaAppClipInvocationLocalizationInlineCreateRelationships as BetaAppClipInvocationLocalizationInlineCreateRelationships,
)
from ascapi.models.beta_app_clip_invocation_localization_inline_create import (
    BetaAppClipInvocationLocalizationInlineCreateRelationshipsBetaAppClipInvocation as BetaAppClipInvocationLocalizationInlineCreateRelationshipsBetaAppClipInvocation,
)
from ascapi.models.beta_app_clip_invocation_localization_inline_create import (
    BetaAppClipInvocationLocalizationInlineCreateRelationshipsBetaAppClipInvocationData as BetaAppClipInvocationLocalizationInlineCreateRelationshipsBetaAppClipInvocationData,
)
from ascapi.models.beta_app_clip_invocation_localization_response import (
    BetaAppClipInvocationLocalizationResponse as BetaAppClipInvocationLocalizationResponse,
)
from ascapi.models.beta_app_clip_invocation_localization_update_request import (
    BetaAppClipInvocationLocalizationUpdateRequest as BetaAppClipInvocationLocalizationUpdateRequest,
)
from ascapi.models.beta_app_clip_invocation_localization_update_request import (
    BetaAppClipInvocationLocalizationUpdateRequestData as BetaAppClipInvocationLocalizationUpdateRequestData,
)
from ascapi.models.beta_app_clip_invocation_localization_update_request import (
    BetaAppClipInvocationLocalizationUpdateRequestDataAttributes as BetaAppClipInvocationLocalizationUpdateRequestDataAttributes,
)
from ascapi.models.beta_app_clip_invocation_response import (
    BetaAppClipInvocationResponse as BetaAppClipInvocationResponse,
)
from ascapi.models.beta_app_clip_invocation_update_request import (
    BetaAppClipInvocationUpdateRequest as BetaAppClipInvocationUpdateRequest,
)
from ascapi.models.beta_app_clip_invocation_update_request import (
    BetaAppClipInvocationUpdateRequestData as BetaAppClipInvocationUpdateRequestData,
)
from ascapi.models.beta_app_clip_invocation_update_request import (
    BetaAppClipInvocationUpdateRequestDataAttributes as BetaAppClipInvocationUpdateRequestDataAttributes,
)
from ascapi.models.beta_app_clip_invocations_response import (
    BetaAppClipInvocationsResponse as BetaAppClipInvocationsResponse,
)
from ascapi.models.beta_app_localization import BetaAppLocalization as BetaAppLocalization
from ascapi.models.beta_app_localization import (
    BetaAppLocalizationAttributes as BetaAppLocalizationAttributes,
)
from ascapi.models.beta_app_localization import (
    BetaAppLocalizationRelationships as BetaAppLocalizationRelationships,
)
from ascapi.models.beta_app_localization import (
    BetaAppLocalizationRelationshipsApp as BetaAppLocalizationRelationshipsApp,
)
from ascapi.models.beta_app_localization import (
    BetaAppLocalizationRelationshipsAppData as BetaAppLocalizationRelationshipsAppData,
)
from ascapi.models.beta_app_localization_app_linkage_response import (
    BetaAppLocalizationAppLinkageResponse as BetaAppLocalizationAppLinkageResponse,
)
from ascapi.models.beta_app_localization_app_linkage_response import (
    BetaAppLocalizationAppLinkageResponseData as BetaAppLocalizationAppLinkageResponseData,
)
from ascapi.models.beta_app_localization_create_request import (
    BetaAppLocalizationCreateRequest as BetaAppLocalizationCreateRequest,
)
from ascapi.models.beta_app_localization_create_request import (
    BetaAppLocalizationCreateRequestData as BetaAppLocalizationCreateRequestData,
)
from ascapi.models.beta_app_localization_create_request import (
    BetaAppLocalizationCreateRequestDataAttributes as BetaAppLocalizationCreateRequestDataAttributes,
)
from ascapi.models.beta_app_localization_create_request import (
    BetaAppLocalizationCreateRequestDataRelationships as BetaAppLocalizationCreateRequestDataRelationships,
)
from ascapi.models.beta_app_localization_create_request import (
    BetaAppLocalizationCreateRequestDataRelationshipsApp as BetaAppLocalizationCreateRequestDataRelationshipsApp,
)
from ascapi.models.beta_app_localization_create_request import (
    BetaAppLocalizationCreateRequestDataRelationshipsAppData as BetaAppLocalizationCreateRequestDataRelationshipsAppData,
)
from ascapi.models.beta_app_localization_response import (
    BetaAppLocalizationResponse as BetaAppLocalizationResponse,
)
from ascapi.models.beta_app_localization_update_request import (
    BetaAppLocalizationUpdateRequest as BetaAppLocalizationUpdateRequest,
)
from ascapi.models.beta_app_localization_update_request import (
    BetaAppLocalizationUpdateRequestData as BetaAppLocalizationUpdateRequestData,
)
from ascapi.models.beta_app_localization_update_request import (
    BetaAppLocalizationUpdateRequestDataAttributes as BetaAppLocalizationUpdateRequestDataAttributes,
)
from ascapi.models.beta_app_localizations_response import (
    BetaAppLocalizationsResponse as BetaAppLocalizationsResponse,
)
from ascapi.models.beta_app_localizations_without_includes_response import (
    BetaAppLocalizationsWithoutIncludesResponse as BetaAppLocalizationsWithoutIncludesResponse,
)
from ascapi.models.beta_app_review_detail import BetaAppReviewDetail as BetaAppReviewDetail
from ascapi.models.beta_app_review_detail import (
    BetaAppReviewDetailAttributes as BetaAppReviewDetailAttributes,
)
from ascapi.models.beta_app_review_detail import (
    BetaAppReviewDetailRelationships as BetaAppReviewDetailRelationships,
)
from ascapi.models.beta_app_review_detail import (
    BetaAppReviewDetailRelationshipsApp as BetaAppReviewDetailRelationshipsApp,
)
from ascapi.models.beta_app_review_detail import (
    BetaAppReviewDetailRelationshipsAppData as BetaAppReviewDetailRelationshipsAppData,
)
from ascapi.models.beta_app_review_detail_app_linkage_response import (
    BetaAppReviewDetailAppLinkageResponse as BetaAppReviewDetailAppLinkageResponse,
)
from ascapi.models.beta_app_review_detail_app_linkage_response import (
    BetaAppReviewDetailAppLinkageResponseData as BetaAppReviewDetailAppLinkageResponseData,
)
from ascapi.models.beta_app_review_detail_response import (
    BetaAppReviewDetailResponse as BetaAppReviewDetailResponse,
)
from ascapi.models.beta_app_review_detail_update_request import (
    BetaAppReviewDetailUpdateRequest as BetaAppReviewDetailUpdateRequest,
)
from ascapi.models.beta_app_review_detail_update_request import (
    BetaAppReviewDetailUpdateRequestData as BetaAppReviewDetailUpdateRequestData,
)
from ascapi.models.beta_app_review_detail_update_request import (
    BetaAppReviewDetailUpdateRequestDataAttributes as BetaAppReviewDetailUpdateRequestDataAttributes,
)
from ascapi.models.beta_app_review_detail_without_includes_response import (
    BetaAppReviewDetailWithoutIncludesResponse as BetaAppReviewDetailWithoutIncludesResponse,
)
from ascapi.models.beta_app_review_details_response import (
    BetaAppReviewDetailsResponse as BetaAppReviewDetailsResponse,
)
from ascapi.models.beta_app_review_submission import (
    BetaAppReviewSubmission as BetaAppReviewSubmission,
)
from ascapi.models.beta_app_review_submission import (
    BetaAppReviewSubmissionAttributes as BetaAppReviewSubmissionAttributes,
)
from ascapi.models.beta_app_review_submission import (
    BetaAppReviewSubmissionRelationships as BetaAppReviewSubmissionRelationships,
)
from ascapi.models.beta_app_review_submission import (
    BetaAppReviewSubmissionRelationshipsBuild as BetaAppReviewSubmissionRelationshipsBuild,
)
from ascapi.models.beta_app_review_submission import (
    BetaAppReviewSubmissionRelationshipsBuildData as BetaAppReviewSubmissionRelationshipsBuildData,
)
from ascapi.models.beta_app_review_submission_build_linkage_response import (
    BetaAppReviewSubmissionBuildLinkageResponse as BetaAppReviewSubmissionBuildLinkageResponse,
)
from ascapi.models.beta_app_review_submission_build_linkage_response import (
    BetaAppReviewSubmissionBuildLinkageResponseData as BetaAppReviewSubmissionBuildLinkageResponseData,
)
from ascapi.models.beta_app_review_submission_create_request import (
    BetaAppReviewSubmissionCreateRequest as BetaAppReviewSubmissionCreateRequest,
)
from ascapi.models.beta_app_review_submission_create_request import (
    BetaAppReviewSubmissionCreateRequestData as BetaAppReviewSubmissionCreateRequestData,
)
from ascapi.models.beta_app_review_submission_create_request import (
    BetaAppReviewSubmissionCreateRequestDataRelationships as BetaAppReviewSubmissionCreateRequestDataRelationships,
)
from ascapi.models.beta_app_review_submission_create_request import (
    BetaAppReviewSubmissionCreateRequestDataRelationshipsBuild as BetaAppReviewSubmissionCreateRequestDataRelationshipsBuild,
)
from ascapi.models.beta_app_review_submission_create_request import (
    BetaAppReviewSubmissionCreateRequestDataRelationshipsBuildData as BetaAppReviewSubmissionCreateRequestDataRelationshipsBuildData,
)
from ascapi.models.beta_app_review_submission_response import (
    BetaAppReviewSubmissionResponse as BetaAppReviewSubmissionResponse,
)
from ascapi.models.beta_app_review_submission_without_includes_response import (
    BetaAppReviewSubmissionWithoutIncludesResponse as BetaAppReviewSubmissionWithoutIncludesResponse,
)
from ascapi.models.beta_app_review_submissions_response import (
    BetaAppReviewSubmissionsResponse as BetaAppReviewSubmissionsResponse,
)
from ascapi.models.beta_build_localization import BetaBuildLocalization as BetaBuildLocalization
from ascapi.models.beta_build_localization import (
    BetaBuildLocalizationAttributes as BetaBuildLocalizationAttributes,
)
from ascapi.models.beta_build_localization import (
    BetaBuildLocalizationRelationships as BetaBuildLocalizationRelationships,
)
from ascapi.models.beta_build_localization import (
    BetaBuildLocalizationRelationshipsBuild as BetaBuildLocalizationRelationshipsBuild,
)
from ascapi.models.beta_build_localization import (
    BetaBuildLocalizationRelationshipsBuildData as BetaBuildLocalizationRelationshipsBuildData,
)
from ascapi.models.beta_build_localization_build_linkage_response import (
    BetaBuildLocalizationBuildLinkageResponse as BetaBuildLocalizationBuildLinkageResponse,
)
from ascapi.models.beta_build_localization_build_linkage_response import (
    BetaBuildLocalizationBuildLinkageResponseData as BetaBuildLocalizationBuildLinkageResponseData,
)
from ascapi.models.beta_build_localization_create_request import (
    BetaBuildLocalizationCreateRequest as BetaBuildLocalizationCreateRequest,
)
from ascapi.models.beta_build_localization_create_request import (
    BetaBuildLocalizationCreateRequestData as BetaBuildLocalizationCreateRequestData,
)
from ascapi.models.beta_build_localization_create_request import (
    BetaBuildLocalizationCreateRequestDataAttributes as BetaBuildLocalizationCreateRequestDataAttributes,
)
from ascapi.models.beta_build_localization_create_request import (
    BetaBuildLocalizationCreateRequestDataRelationships as BetaBuildLocalizationCreateRequestDataRelationships,
)
from ascapi.models.beta_build_localization_create_request import (
    BetaBuildLocalizationCreateRequestDataRelationshipsBuild as BetaBuildLocalizationCreateRequestDataRelationshipsBuild,
)
from ascapi.models.beta_build_localization_create_request import (
    BetaBuildLocalizationCreateRequestDataRelationshipsBuildData as BetaBuildLocalizationCreateRequestDataRelationshipsBuildData,
)
from ascapi.models.beta_build_localization_response import (
    BetaBuildLocalizationResponse as BetaBuildLocalizationResponse,
)
from ascapi.models.beta_build_localization_update_request import (
    BetaBuildLocalizationUpdateRequest as BetaBuildLocalizationUpdateRequest,
)
from ascapi.models.beta_build_localization_update_request import (
    BetaBuildLocalizationUpdateRequestData as BetaBuildLocalizationUpdateRequestData,
)
from ascapi.models.beta_build_localization_update_request import (
    BetaBuildLocalizationUpdateRequestDataAttributes as BetaBuildLocalizationUpdateRequestDataAttributes,
)
from ascapi.models.beta_build_localizations_response import (
    BetaBuildLocalizationsResponse as BetaBuildLocalizationsResponse,
)
from ascapi.models.beta_build_localizations_without_includes_response import (
    BetaBuildLocalizationsWithoutIncludesResponse as BetaBuildLocalizationsWithoutIncludesResponse,
)
from ascapi.models.beta_build_usages_v1_metric_response import (
    BetaBuildUsagesV1MetricResponse as BetaBuildUsagesV1MetricResponse,
)
from ascapi.models.beta_build_usages_v1_metric_response import (
    BetaBuildUsagesV1MetricResponseData as BetaBuildUsagesV1MetricResponseData,
)
from ascapi.models.beta_build_usages_v1_metric_response import (
    BetaBuildUsagesV1MetricResponseDataDataPoints as BetaBuildUsagesV1MetricResponseDataDataPoints,
)
from ascapi.models.beta_build_usages_v1_metric_response import (
    BetaBuildUsagesV1MetricResponseDataDataPointsValues as BetaBuildUsagesV1MetricResponseDataDataPointsValues,
)
from ascapi.models.beta_crash_log import BetaCrashLog as BetaCrashLog
from ascapi.models.beta_crash_log import BetaCrashLogAttributes as BetaCrashLogAttributes
from ascapi.models.beta_crash_log_response import BetaCrashLogResponse as BetaCrashLogResponse
from ascapi.models.beta_feedback_crash_submission import (
    BetaFeedbackCrashSubmission as BetaFeedbackCrashSubmission,
)
from ascapi.models.beta_feedback_crash_submission import (
    BetaFeedbackCrashSubmissionAttributes as BetaFeedbackCrashSubmissionAttributes,
)
from ascapi.models.beta_feedback_crash_submission import (
    BetaFeedbackCrashSubmissionRelationships as BetaFeedbackCrashSubmissionRelationships,
)
from ascapi.models.beta_feedback_crash_submission import (
    BetaFeedbackCrashSubmissionRelationshipsBuild as BetaFeedbackCrashSubmissionRelationshipsBuild,
)
from ascapi.models.beta_feedback_crash_submission import (
    BetaFeedbackCrashSubmissionRelationshipsBuildData as BetaFeedbackCrashSubmissionRelationshipsBuildData,
)
from ascapi.models.beta_feedback_crash_submission import (
    BetaFeedbackCrashSubmissionRelationshipsCrashLog as BetaFeedbackCrashSubmissionRelationshipsCrashLog,
)
from ascapi.models.beta_feedback_crash_submission import (
    BetaFeedbackCrashSubmissionRelationshipsTester as BetaFeedbackCrashSubmissionRelationshipsTester,
)
from ascapi.models.beta_feedback_crash_submission import (
    BetaFeedbackCrashSubmissionRelationshipsTesterData as BetaFeedbackCrashSubmissionRelationshipsTesterData,
)
from ascapi.models.beta_feedback_crash_submission_crash_log_linkage_response import (
    BetaFeedbackCrashSubmissionCrashLogLinkageResponse as BetaFeedbackCrashSubmissionCrashLogLinkageResponse,
)
from ascapi.models.beta_feedback_crash_submission_crash_log_linkage_response import (
    BetaFeedbackCrashSubmissionCrashLogLinkageResponseData as BetaFeedbackCrashSubmissionCrashLogLinkageResponseData,
)
from ascapi.models.beta_feedback_crash_submission_response import (
    BetaFeedbackCrashSubmissionResponse as BetaFeedbackCrashSubmissionResponse,
)
from ascapi.models.beta_feedback_crash_submissions_response import (
    BetaFeedbackCrashSubmissionsResponse as BetaFeedbackCrashSubmissionsResponse,
)
from ascapi.models.beta_feedback_screenshot_image import (
    BetaFeedbackScreenshotImage as BetaFeedbackScreenshotImage,
)
from ascapi.models.beta_feedback_screenshot_submission import (
    BetaFeedbackScreenshotSubmission as BetaFeedbackScreenshotSubmission,
)
from ascapi.models.beta_feedback_screenshot_submission import (
    BetaFeedbackScreenshotSubmissionAttributes as BetaFeedbackScreenshotSubmissionAttributes,
)
from ascapi.models.beta_feedback_screenshot_submission import (
    BetaFeedbackScreenshotSubmissionRelationships as BetaFeedbackScreenshotSubmissionRelationships,
)
from ascapi.models.beta_feedback_screenshot_submission import (
    BetaFeedbackScreenshotSubmissionRelationshipsBuild as BetaFeedbackScreenshotSubmissionRelationshipsBuild,
)
from ascapi.models.beta_feedback_screenshot_submission import (
    BetaFeedbackScreenshotSubmissionRelationshipsBuildData as BetaFeedbackScreenshotSubmissionRelationshipsBuildData,
)
from ascapi.models.beta_feedback_screenshot_submission import (
    BetaFeedbackScreenshotSubmissionRelationshipsTester as BetaFeedbackScreenshotSubmissionRelationshipsTester,
)
from ascapi.models.beta_feedback_screenshot_submission import (
    BetaFeedbackScreenshotSubmissionRelationshipsTesterData as BetaFeedbackScreenshotSubmissionRelationshipsTesterData,
)
from ascapi.models.beta_feedback_screenshot_submission_response import (
    BetaFeedbackScreenshotSubmissionResponse as BetaFeedbackScreenshotSubmissionResponse,
)
from ascapi.models.beta_feedback_screenshot_submissions_response import (
    BetaFeedbackScreenshotSubmissionsResponse as BetaFeedbackScreenshotSubmissionsResponse,
)
from ascapi.models.beta_group import BetaGroup as BetaGroup
from ascapi.models.beta_group import BetaGroupAttributes as BetaGroupAttributes
from ascapi.models.beta_group import BetaGroupRelationships as BetaGroupRelationships
from ascapi.models.beta_group import BetaGroupRelationshipsApp as BetaGroupRelationshipsApp
from ascapi.models.beta_group import BetaGroupRelationshipsAppData as BetaGroupRelationshipsAppData
from ascapi.models.beta_group import (
    BetaGroupRelationshipsBetaRecruitmentCriteria as BetaGroupRelationshipsBetaRecruitmentCriteria,
)
from ascapi.models.beta_group import (
    BetaGroupRelationshipsBetaRecruitmentCriteriaData as BetaGroupRelationshipsBetaRecruitmentCriteriaData,
)
from ascapi.models.beta_group import (
    BetaGroupRelationshipsBetaRecruitmentCriterionCompatibleBuildCheck as BetaGroupRelationshipsBetaRecruitmentCriterionCompatibleBuildCheck,
)
from ascapi.models.beta_group import (
    BetaGroupRelationshipsBetaTesters as BetaGroupRelationshipsBetaTesters,
)
from ascapi.models.beta_group import (
    BetaGroupRelationshipsBetaTestersData as BetaGroupRelationshipsBetaTestersData,
)
from ascapi.models.beta_group import BetaGroupRelationshipsBuilds as BetaGroupRelationshipsBuilds
from ascapi.models.beta_group import (
    BetaGroupRelationshipsBuildsData as BetaGroupRelationshipsBuildsData,
)
from ascapi.models.beta_group_app_linkage_response import (
    BetaGroupAppLinkageResponse as BetaGroupAppLinkageResponse,
)
from ascapi.models.beta_group_app_linkage_response import (
    BetaGroupAppLinkageResponseData as BetaGroupAppLinkageResponseData,
)
from ascapi.models.beta_group_beta_recruitment_criteria_linkage_response import (
    BetaGroupBetaRecruitmentCriteriaLinkageResponse as BetaGroupBetaRecruitmentCriteriaLinkageResponse,
)
from ascapi.models.beta_group_beta_recruitment_criteria_linkage_response import (
    BetaGroupBetaRecruitmentCriteriaLinkageResponseData as BetaGroupBetaRecruitmentCriteriaLinkageResponseData,
)
from ascapi.models.beta_group_beta_recruitment_criterion_compatible_build_check_linkage_response import (
    BetaGroupBetaRecruitmentCriterionCompatibleBuildCheckLinkageResponse as BetaGroupBetaRecruitmentCriterionCompatibleBuildCheckLinkageResponse,
)
from ascapi.models.beta_group_beta_recruitment_criterion_compatible_build_check_linkage_response import (
    BetaGroupBetaRecruitmentCriterionCompatibleBuildCheckLinkageResponseData as BetaGroupBetaRecruitmentCriterionCompatibleBuildCheckLinkageResponseData,
)
from ascapi.models.beta_group_beta_testers_linkages_request import (
    BetaGroupBetaTestersLinkagesRequest as BetaGroupBetaTestersLinkagesRequest,
)
from ascapi.models.beta_group_beta_testers_linkages_request import (
    BetaGroupBetaTestersLinkagesRequestData as BetaGroupBetaTestersLinkagesRequestData,
)
from ascapi.models.beta_group_beta_testers_linkages_response import (
    BetaGroupBetaTestersLinkagesResponse as BetaGroupBetaTestersLinkagesResponse,
)
from ascapi.models.beta_group_beta_testers_linkages_response import (
    BetaGroupBetaTestersLinkagesResponseData as BetaGroupBetaTestersLinkagesResponseData,
)
from ascapi.models.beta_group_builds_linkages_request import (
    BetaGroupBuildsLinkagesRequest as BetaGroupBuildsLinkagesRequest,
)
from ascapi.models.beta_group_builds_linkages_request import (
    BetaGroupBuildsLinkagesRequestData as BetaGroupBuildsLinkagesRequestData,
)
from ascapi.models.beta_group_builds_linkages_response import (
    BetaGroupBuildsLinkagesResponse as BetaGroupBuildsLinkagesResponse,
)
from ascapi.models.beta_group_builds_linkages_response import (
    BetaGroupBuildsLinkagesResponseData as BetaGroupBuildsLinkagesResponseData,
)
from ascapi.models.beta_group_create_request import BetaGroupCreateRequest as BetaGroupCreateRequest
from ascapi.models.beta_group_create_request import (
    BetaGroupCreateRequestData as BetaGroupCreateRequestData,
)
from ascapi.models.beta_group_create_request import (
    BetaGroupCreateRequestDataAttributes as BetaGroupCreateRequestDataAttributes,
)
from ascapi.models.beta_group_create_request import (
    BetaGroupCreateRequestDataRelationships as BetaGroupCreateRequestDataRelationships,
)
from ascapi.models.beta_group_create_request import (
    BetaGroupCreateRequestDataRelationshipsApp as BetaGroupCreateRequestDataRelationshipsApp,
)
from ascapi.models.beta_group_create_request import (
    BetaGroupCreateRequestDataRelationshipsAppData as BetaGroupCreateRequestDataRelationshipsAppData,
)
from ascapi.models.beta_group_create_request import (
    BetaGroupCreateRequestDataRelationshipsBetaTesters as BetaGroupCreateRequestDataRelationshipsBetaTesters,
)
from ascapi.models.beta_group_create_request import (
    BetaGroupCreateRequestDataRelationshipsBetaTestersData as BetaGroupCreateRequestDataRelationshipsBetaTestersData,
)
from ascapi.models.beta_group_create_request import (
    BetaGroupCreateRequestDataRelationshipsBuilds as BetaGroupCreateRequestDataRelationshipsBuilds,
)
from ascapi.models.beta_group_create_request import (
    BetaGroupCreateRequestDataRelationshipsBuildsData as BetaGroupCreateRequestDataRelationshipsBuildsData,
)
from ascapi.models.beta_group_response import BetaGroupResponse as BetaGroupResponse
from ascapi.models.beta_group_update_request import BetaGroupUpdateRequest as BetaGroupUpdateRequest
from ascapi.models.beta_group_update_request import (
    BetaGroupUpdateRequestData as BetaGroupUpdateRequestData,
)
from ascapi.models.beta_group_update_request import (
    BetaGroupUpdateRequestDataAttributes as BetaGroupUpdateRequestDataAttributes,
)
from ascapi.models.beta_groups_response import BetaGroupsResponse as BetaGroupsResponse
from ascapi.models.beta_groups_without_includes_response import (
    BetaGroupsWithoutIncludesResponse as BetaGroupsWithoutIncludesResponse,
)
from ascapi.models.beta_invite_type import BetaInviteType as BetaInviteType
from ascapi.models.beta_license_agreement import BetaLicenseAgreement as BetaLicenseAgreement
from ascapi.models.beta_license_agreement import (
    BetaLicenseAgreementAttributes as BetaLicenseAgreementAttributes,
)
from ascapi.models.beta_license_agreement import (
    BetaLicenseAgreementRelationships as BetaLicenseAgreementRelationships,
)
from ascapi.models.beta_license_agreement import (
    BetaLicenseAgreementRelationshipsApp as BetaLicenseAgreementRelationshipsApp,
)
from ascapi.models.beta_license_agreement import (
    BetaLicenseAgreementRelationshipsAppData as BetaLicenseAgreementRelationshipsAppData,
)
from ascapi.models.beta_license_agreement_app_linkage_response import (
    BetaLicenseAgreementAppLinkageResponse as BetaLicenseAgreementAppLinkageResponse,
)
from ascapi.models.beta_license_agreement_app_linkage_response import (
    BetaLicenseAgreementAppLinkageResponseData as BetaLicenseAgreementAppLinkageResponseData,
)
from ascapi.models.beta_license_agreement_response import (
    BetaLicenseAgreementResponse as BetaLicenseAgreementResponse,
)
from ascapi.models.beta_license_agreement_update_request import (
    BetaLicenseAgreementUpdateRequest as BetaLicenseAgreementUpdateRequest,
)
from ascapi.models.beta_license_agreement_update_request import (
    BetaLicenseAgreementUpdateRequestData as BetaLicenseAgreementUpdateRequestData,
)
from ascapi.models.beta_license_agreement_update_request import (
    BetaLicenseAgreementUpdateRequestDataAttributes as BetaLicenseAgreementUpdateRequestDataAttributes,
)
from ascapi.models.beta_license_agreement_without_includes_response import (
    BetaLicenseAgreementWithoutIncludesResponse as BetaLicenseAgreementWithoutIncludesResponse,
)
from ascapi.models.beta_license_agreements_response import (
    BetaLicenseAgreementsResponse as BetaLicenseAgreementsResponse,
)
from ascapi.models.beta_public_link_usages_v1_metric_response import (
    BetaPublicLinkUsagesV1MetricResponse as BetaPublicLinkUsagesV1MetricResponse,
)
from ascapi.models.beta_public_link_usages_v1_metric_response import (
    BetaPublicLinkUsagesV1MetricResponseData as BetaPublicLinkUsagesV1MetricResponseData,
)
from ascapi.models.beta_public_link_usages_v1_metric_response import (
    BetaPublicLinkUsagesV1MetricResponseDataDataPoints as BetaPublicLinkUsagesV1MetricResponseDataDataPoints,
)
from ascapi.models.beta_public_link_usages_v1_metric_response import (
    BetaPublicLinkUsagesV1MetricResponseDataDataPointsValues as BetaPublicLinkUsagesV1MetricResponseDataDataPointsValues,
)
from ascapi.models.beta_recruitment_criterion import (
    BetaRecruitmentCriterion as BetaRecruitmentCriterion,
)
from ascapi.models.beta_recruitment_criterion import (
    BetaRecruitmentCriterionAttributes as BetaRecruitmentCriterionAttributes,
)
from ascapi.models.beta_recruitment_criterion_compatible_build_check import (
    BetaRecruitmentCriterionCompatibleBuildCheck as BetaRecruitmentCriterionCompatibleBuildCheck,
)
from ascapi.models.beta_recruitment_criterion_compatible_build_check import (
    BetaRecruitmentCriterionCompatibleBuildCheckAttributes as BetaRecruitmentCriterionCompatibleBuildCheckAttributes,
)
from ascapi.models.beta_recruitment_criterion_compatible_build_check_response import (
    BetaRecruitmentCriterionCompatibleBuildCheckResponse as BetaRecruitmentCriterionCompatibleBuildCheckResponse,
)
from ascapi.models.beta_recruitment_criterion_create_request import (
    BetaRecruitmentCriterionCreateRequest as BetaRecruitmentCriterionCreateRequest,
)
from ascapi.models.beta_recruitment_criterion_create_request import (
    BetaRecruitmentCriterionCreateRequestData as BetaRecruitmentCriterionCreateRequestData,
)
from ascapi.models.beta_recruitment_criterion_create_request import (
    BetaRecruitmentCriterionCreateRequestDataAttributes as BetaRecruitmentCriterionCreateRequestDataAttributes,
)
from ascapi.models.beta_recruitment_criterion_create_request import (
    BetaRecruitmentCriterionCreateRequestDataRelationships as BetaRecruitmentCriterionCreateRequestDataRelationships,
)
from ascapi.models.beta_recruitment_criterion_create_request import (
    BetaRecruitmentCriterionCreateRequestDataRelationshipsBetaGroup as BetaRecruitmentCriterionCreateRequestDataRelationshipsBetaGroup,
)
from ascapi.models.beta_recruitment_criterion_create_request import (
    BetaRecruitmentCriterionCreateRequestDataRelationshipsBetaGroupData as BetaRecruitmentCriterionCreateRequestDataRelationshipsBetaGroupData,
)
from ascapi.models.beta_recruitment_criterion_option import (
    BetaRecruitmentCriterionOption as BetaRecruitmentCriterionOption,
)
from ascapi.models.beta_recruitment_criterion_option import (
    BetaRecruitmentCriterionOptionAttributes as BetaRecruitmentCriterionOptionAttributes,
)
from ascapi.models.beta_recruitment_criterion_option import (
    BetaRecruitmentCriterionOptionAttributesDeviceFamilyOsVersions as BetaRecruitmentCriterionOptionAttributesDeviceFamilyOsVersions,
)
from ascapi.models.beta_recruitment_criterion_options_response import (
    BetaRecruitmentCriterionOptionsResponse as BetaRecruitmentCriterionOptionsResponse,
)
from ascapi.models.beta_recruitment_criterion_response import (
    BetaRecruitmentCriterionResponse as BetaRecruitmentCriterionResponse,
)
from ascapi.models.beta_recruitment_criterion_update_request import (
    BetaRecruitmentCriterionUpdateRequest as BetaRecruitmentCriterionUpdateRequest,
)
from ascapi.models.beta_recruitment_criterion_update_request import (
    BetaRecruitmentCriterionUpdateRequestData as BetaRecruitmentCriterionUpdateRequestData,
)
from ascapi.models.beta_recruitment_criterion_update_request import (
    BetaRecruitmentCriterionUpdateRequestDataAttributes as BetaRecruitmentCriterionUpdateRequestDataAttributes,
)
from ascapi.models.beta_review_state import BetaReviewState as BetaReviewState
from ascapi.models.beta_tester import BetaTester as BetaTester
from ascapi.models.beta_tester import BetaTesterAttributes as BetaTesterAttributes
from ascapi.models.beta_tester import (
    BetaTesterAttributesAppDevices as BetaTesterAttributesAppDevices,
)
from ascapi.models.beta_tester import BetaTesterRelationships as BetaTesterRelationships
from ascapi.models.beta_tester import BetaTesterRelationshipsApps as BetaTesterRelationshipsApps
from ascapi.models.beta_tester import (
    BetaTesterRelationshipsAppsData as BetaTesterRelationshipsAppsData,
)
from ascapi.models.beta_tester import (
    BetaTesterRelationshipsBetaGroups as BetaTesterRelationshipsBetaGroups,
)
from ascapi.models.beta_tester import (
    BetaTesterRelationshipsBetaGroupsData as BetaTesterRelationshipsBetaGroupsData,
)
from ascapi.models.beta_tester import BetaTesterRelationshipsBuilds as BetaTesterRelationshipsBuilds
from ascapi.models.beta_tester import (
    BetaTesterRelationshipsBuildsData as BetaTesterRelationshipsBuildsData,
)
from ascapi.models.beta_tester_apps_linkages_request import (
    BetaTesterAppsLinkagesRequest as BetaTesterAppsLinkagesRequest,
)
from ascapi.models.beta_tester_apps_linkages_request import (
    BetaTesterAppsLinkagesRequestData as BetaTesterAppsLinkagesRequestData,
)
from ascapi.models.beta_tester_apps_linkages_response import (
    BetaTesterAppsLinkagesResponse as BetaTesterAppsLinkagesResponse,
)
from ascapi.models.beta_tester_apps_linkages_response import (
    BetaTesterAppsLinkagesResponseData as BetaTesterAppsLinkagesResponseData,
)
from ascapi.models.beta_tester_beta_groups_linkages_request import (
    BetaTesterBetaGroupsLinkagesRequest as BetaTesterBetaGroupsLinkagesRequest,
)
from ascapi.models.beta_tester_beta_groups_linkages_request import (
    BetaTesterBetaGroupsLinkagesRequestData as BetaTesterBetaGroupsLinkagesRequestData,
)
from ascapi.models.beta_tester_beta_groups_linkages_response import (
    BetaTesterBetaGroupsLinkagesResponse as BetaTesterBetaGroupsLinkagesResponse,
)
from ascapi.models.beta_tester_beta_groups_linkages_response import (
    BetaTesterBetaGroupsLinkagesResponseData as BetaTesterBetaGroupsLinkagesResponseData,
)
from ascapi.models.beta_tester_builds_linkages_request import (
    BetaTesterBuildsLinkagesRequest as BetaTesterBuildsLinkagesRequest,
)
from ascapi.models.beta_tester_builds_linkages_request import (
    BetaTesterBuildsLinkagesRequestData as BetaTesterBuildsLinkagesRequestData,
)
from ascapi.models.beta_tester_builds_linkages_response import (
    BetaTesterBuildsLinkagesResponse as BetaTesterBuildsLinkagesResponse,
)
from ascapi.models.beta_tester_builds_linkages_response import (
    BetaTesterBuildsLinkagesResponseData as BetaTesterBuildsLinkagesResponseData,
)
from ascapi.models.beta_tester_create_request import (
    BetaTesterCreateRequest as BetaTesterCreateRequest,
)
from ascapi.models.beta_tester_create_request import (
    BetaTesterCreateRequestData as BetaTesterCreateRequestData,
)
from ascapi.models.beta_tester_create_request import (
    BetaTesterCreateRequestDataAttributes as BetaTesterCreateRequestDataAttributes,
)
from ascapi.models.beta_tester_create_request import (
    BetaTesterCreateRequestDataRelationships as BetaTesterCreateRequestDataRelationships,
)
from ascapi.models.beta_tester_create_request import (
    BetaTesterCreateRequestDataRelationshipsBetaGroups as BetaTesterCreateRequestDataRelationshipsBetaGroups,
)
from ascapi.models.beta_tester_create_request import (
    BetaTesterCreateRequestDataRelationshipsBetaGroupsData as BetaTesterCreateRequestDataRelationshipsBetaGroupsData,
)
from ascapi.models.beta_tester_create_request import (
    BetaTesterCreateRequestDataRelationshipsBuilds as BetaTesterCreateRequestDataRelationshipsBuilds,
)
from ascapi.models.beta_tester_create_request import (
    BetaTesterCreateRequestDataRelationshipsBuildsData as BetaTesterCreateRequestDataRelationshipsBuildsData,
)
from ascapi.models.beta_tester_invitation import BetaTesterInvitation as BetaTesterInvitation
from ascapi.models.beta_tester_invitation_create_request import (
    BetaTesterInvitationCreateRequest as BetaTesterInvitationCreateRequest,
)
from ascapi.models.beta_tester_invitation_create_request import (
    BetaTesterInvitationCreateRequestData as BetaTesterInvitationCreateRequestData,
)
from ascapi.models.beta_tester_invitation_create_request import (
    BetaTesterInvitationCreateRequestDataRelationships as BetaTesterInvitationCreateRequestDataRelationships,
)
from ascapi.models.beta_tester_invitation_create_request import (
    BetaTesterInvitationCreateRequestDataRelationshipsApp as BetaTesterInvitationCreateRequestDataRelationshipsApp,
)
from ascapi.models.beta_tester_invitation_create_request import (
    BetaTesterInvitationCreateRequestDataRelationshipsAppData as BetaTesterInvitationCreateRequestDataRelationshipsAppData,
)
from ascapi.models.beta_tester_invitation_create_request import (
    BetaTesterInvitationCreateRequestDataRelationshipsBetaTester as BetaTesterInvitationCreateRequestDataRelationshipsBetaTester,
)
from ascapi.models.beta_tester_invitation_create_request import (
    BetaTesterInvitationCreateRequestDataRelationshipsBetaTesterData as BetaTesterInvitationCreateRequestDataRelationshipsBetaTesterData,
)
from ascapi.models.beta_tester_invitation_response import (
    BetaTesterInvitationResponse as BetaTesterInvitationResponse,
)
from ascapi.models.beta_tester_response import BetaTesterResponse as BetaTesterResponse
from ascapi.models.beta_tester_state import BetaTesterState as BetaTesterState
from ascapi.models.beta_tester_usages_v1_metric_response import (
    BetaTesterUsagesV1MetricResponse as BetaTesterUsagesV1MetricResponse,
)
from ascapi.models.beta_tester_usages_v1_metric_response import (
    BetaTesterUsagesV1MetricResponseData as BetaTesterUsagesV1MetricResponseData,
)
from ascapi.models.beta_tester_usages_v1_metric_response import (
    BetaTesterUsagesV1MetricResponseDataDataPoints as BetaTesterUsagesV1MetricResponseDataDataPoints,
)
from ascapi.models.beta_tester_usages_v1_metric_response import (
    BetaTesterUsagesV1MetricResponseDataDataPointsValues as BetaTesterUsagesV1MetricResponseDataDataPointsValues,
)
from ascapi.models.beta_tester_usages_v1_metric_response import (
    BetaTesterUsagesV1MetricResponseDataDimensions as BetaTesterUsagesV1MetricResponseDataDimensions,
)
from ascapi.models.beta_tester_usages_v1_metric_response import (
    BetaTesterUsagesV1MetricResponseDataDimensionsApps as BetaTesterUsagesV1MetricResponseDataDimensionsApps,
)
from ascapi.models.beta_tester_usages_v1_metric_response import (
    BetaTesterUsagesV1MetricResponseDataDimensionsAppsLinks as BetaTesterUsagesV1MetricResponseDataDimensionsAppsLinks,
)
from ascapi.models.beta_testers_response import BetaTestersResponse as BetaTestersResponse
from ascapi.models.beta_testers_without_includes_response import (
    BetaTestersWithoutIncludesResponse as BetaTestersWithoutIncludesResponse,
)
from ascapi.models.brazil_age_rating import BrazilAgeRating as BrazilAgeRating
from ascapi.models.build import Build as Build
from ascapi.models.build import BuildAttributes as BuildAttributes
from ascapi.models.build import BuildRelationships as BuildRelationships
from ascapi.models.build import BuildRelationshipsApp as BuildRelationshipsApp
from ascapi.models.build import BuildRelationshipsAppData as BuildRelationshipsAppData
from ascapi.models.build import (
    BuildRelationshipsAppEncryptionDeclaration as BuildRelationshipsAppEncryptionDeclaration,
)
from ascapi.models.build import (
    BuildRelationshipsAppEncryptionDeclarationData as BuildRelationshipsAppEncryptionDeclarationData,
)
from ascapi.models.build import (
    BuildRelationshipsAppStoreVersion as BuildRelationshipsAppStoreVersion,
)
from ascapi.models.build import (
    BuildRelationshipsAppStoreVersionData as BuildRelationshipsAppStoreVersionData,
)
from ascapi.models.build import (
    BuildRelationshipsBetaAppReviewSubmission as BuildRelationshipsBetaAppReviewSubmission,
)
from ascapi.models.build import (
    BuildRelationshipsBetaAppReviewSubmissionData as BuildRelationshipsBetaAppReviewSubmissionData,
)
from ascapi.models.build import (
    BuildRelationshipsBetaBuildLocalizations as BuildRelationshipsBetaBuildLocalizations,
)
from ascapi.models.build import (
    BuildRelationshipsBetaBuildLocalizationsData as BuildRelationshipsBetaBuildLocalizationsData,
)
from ascapi.models.build import BuildRelationshipsBetaGroups as BuildRelationshipsBetaGroups
from ascapi.models.build import BuildRelationshipsBetaGroupsData as BuildRelationshipsBetaGroupsData
from ascapi.models.build import (
    BuildRelationshipsBuildBetaDetail as BuildRelationshipsBuildBetaDetail,
)
from ascapi.models.build import (
    BuildRelationshipsBuildBetaDetailData as BuildRelationshipsBuildBetaDetailData,
)
from ascapi.models.build import BuildRelationshipsBuildBundles as BuildRelationshipsBuildBundles
from ascapi.models.build import (
    BuildRelationshipsBuildBundlesData as BuildRelationshipsBuildBundlesData,
)
from ascapi.models.build import BuildRelationshipsBuildUpload as BuildRelationshipsBuildUpload
from ascapi.models.build import (
    BuildRelationshipsBuildUploadData as BuildRelationshipsBuildUploadData,
)
from ascapi.models.build import BuildRelationshipsIcons as BuildRelationshipsIcons
from ascapi.models.build import BuildRelationshipsIconsData as BuildRelationshipsIconsData
from ascapi.models.build import (
    BuildRelationshipsIndividualTesters as BuildRelationshipsIndividualTesters,
)
from ascapi.models.build import (
    BuildRelationshipsIndividualTestersData as BuildRelationshipsIndividualTestersData,
)
from ascapi.models.build import (
    BuildRelationshipsPerfPowerMetrics as BuildRelationshipsPerfPowerMetrics,
)
from ascapi.models.build import (
    BuildRelationshipsPreReleaseVersion as BuildRelationshipsPreReleaseVersion,
)
from ascapi.models.build import (
    BuildRelationshipsPreReleaseVersionData as BuildRelationshipsPreReleaseVersionData,
)
from ascapi.models.build_app_encryption_declaration_linkage_request import (
    BuildAppEncryptionDeclarationLinkageRequest as BuildAppEncryptionDeclarationLinkageRequest,
)
from ascapi.models.build_app_encryption_declaration_linkage_request import (
    BuildAppEncryptionDeclarationLinkageRequestData as BuildAppEncryptionDeclarationLinkageRequestData,
)
from ascapi.models.build_app_encryption_declaration_linkage_response import (
    BuildAppEncryptionDeclarationLinkageResponse as BuildAppEncryptionDeclarationLinkageResponse,
)
from ascapi.models.build_app_encryption_declaration_linkage_response import (
    BuildAppEncryptionDeclarationLinkageResponseData as BuildAppEncryptionDeclarationLinkageResponseData,
)
from ascapi.models.build_app_linkage_response import (
    BuildAppLinkageResponse as BuildAppLinkageResponse,
)
from ascapi.models.build_app_linkage_response import (
    BuildAppLinkageResponseData as BuildAppLinkageResponseData,
)
from ascapi.models.build_app_store_version_linkage_response import (
    BuildAppStoreVersionLinkageResponse as BuildAppStoreVersionLinkageResponse,
)
from ascapi.models.build_app_store_version_linkage_response import (
    BuildAppStoreVersionLinkageResponseData as BuildAppStoreVersionLinkageResponseData,
)
from ascapi.models.build_audience_type import BuildAudienceType as BuildAudienceType
from ascapi.models.build_beta_app_review_submission_linkage_response import (
    BuildBetaAppReviewSubmissionLinkageResponse as BuildBetaAppReviewSubmissionLinkageResponse,
)
from ascapi.models.build_beta_app_review_submission_linkage_response import (
    BuildBetaAppReviewSubmissionLinkageResponseData as BuildBetaAppReviewSubmissionLinkageResponseData,
)
from ascapi.models.build_beta_build_localizations_linkages_response import (
    BuildBetaBuildLocalizationsLinkagesResponse as BuildBetaBuildLocalizationsLinkagesResponse,
)
from ascapi.models.build_beta_build_localizations_linkages_response import (
    BuildBetaBuildLocalizationsLinkagesResponseData as BuildBetaBuildLocalizationsLinkagesResponseData,
)
from ascapi.models.build_beta_detail import BuildBetaDetail as BuildBetaDetail
from ascapi.models.build_beta_detail import BuildBetaDetailAttributes as BuildBetaDetailAttributes
from ascapi.models.build_beta_detail import (
    BuildBetaDetailRelationships as BuildBetaDetailRelationships,
)
from ascapi.models.build_beta_detail import (
    BuildBetaDetailRelationshipsBuild as BuildBetaDetailRelationshipsBuild,
)
from ascapi.models.build_beta_detail import (
    BuildBetaDetailRelationshipsBuildData as BuildBetaDetailRelationshipsBuildData,
)
from ascapi.models.build_beta_detail_build_linkage_response import (
    BuildBetaDetailBuildLinkageResponse as BuildBetaDetailBuildLinkageResponse,
)
from ascapi.models.build_beta_detail_build_linkage_response import (
    BuildBetaDetailBuildLinkageResponseData as BuildBetaDetailBuildLinkageResponseData,
)
from ascapi.models.build_beta_detail_response import (
    BuildBetaDetailResponse as BuildBetaDetailResponse,
)
from ascapi.models.build_beta_detail_update_request import (
    BuildBetaDetailUpdateRequest as BuildBetaDetailUpdateRequest,
)
from ascapi.models.build_beta_detail_update_request import (
    BuildBetaDetailUpdateRequestData as BuildBetaDetailUpdateRequestData,
)
from ascapi.models.build_beta_detail_update_request import (
    BuildBetaDetailUpdateRequestDataAttributes as BuildBetaDetailUpdateRequestDataAttributes,
)
from ascapi.models.build_beta_details_response import (
    BuildBetaDetailsResponse as BuildBetaDetailsResponse,
)
from ascapi.models.build_beta_groups_linkages_request import (
    BuildBetaGroupsLinkagesRequest as BuildBetaGroupsLinkagesRequest,
)
from ascapi.models.build_beta_groups_linkages_request import (
    BuildBetaGroupsLinkagesRequestData as BuildBetaGroupsLinkagesRequestData,
)
from ascapi.models.build_beta_notification import BuildBetaNotification as BuildBetaNotification
from ascapi.models.build_beta_notification_create_request import (
    BuildBetaNotificationCreateRequest as BuildBetaNotificationCreateRequest,
)
from ascapi.models.build_beta_notification_create_request import (
    BuildBetaNotificationCreateRequestData as BuildBetaNotificationCreateRequestData,
)
from ascapi.models.build_beta_notification_create_request import (
    BuildBetaNotificationCreateRequestDataRelationships as BuildBetaNotificationCreateRequestDataRelationships,
)
from ascapi.models.build_beta_notification_create_request import (
    BuildBetaNotificationCreateRequestDataRelationshipsBuild as BuildBetaNotificationCreateRequestDataRelationshipsBuild,
)
from ascapi.models.build_beta_notification_create_request import (
    BuildBetaNotificationCreateRequestDataRelationshipsBuildData as BuildBetaNotificationCreateRequestDataRelationshipsBuildData,
)
from ascapi.models.build_beta_notification_response import (
    BuildBetaNotificationResponse as BuildBetaNotificationResponse,
)
from ascapi.models.build_build_beta_detail_linkage_response import (
    BuildBuildBetaDetailLinkageResponse as BuildBuildBetaDetailLinkageResponse,
)
from ascapi.models.build_build_beta_detail_linkage_response import (
    BuildBuildBetaDetailLinkageResponseData as BuildBuildBetaDetailLinkageResponseData,
)
from ascapi.models.build_bundle import BuildBundle as BuildBundle
from ascapi.models.build_bundle import BuildBundleAttributes as BuildBundleAttributes
from ascapi.models.build_bundle import BuildBundleRelationships as BuildBundleRelationships
from ascapi.models.build_bundle import (
    BuildBundleRelationshipsAppClipDomainCacheStatus as BuildBundleRelationshipsAppClipDomainCacheStatus,
)
from ascapi.models.build_bundle import (
    BuildBundleRelationshipsAppClipDomainCacheStatusData as BuildBundleRelationshipsAppClipDomainCacheStatusData,
)
from ascapi.models.build_bundle import (
    BuildBundleRelationshipsBetaAppClipInvocations as BuildBundleRelationshipsBetaAppClipInvocations,
)
from ascapi.models.build_bundle import (
    BuildBundleRelationshipsBetaAppClipInvocationsData as BuildBundleRelationshipsBetaAppClipInvocationsData,
)
from ascapi.models.build_bundle import (
    BuildBundleRelationshipsBuildBundleFileSizes as BuildBundleRelationshipsBuildBundleFileSizes,
)
from ascapi.models.build_bundle import (
    BuildBundleRelationshipsBuildBundleFileSizesData as BuildBundleRelationshipsBuildBundleFileSizesData,
)
from ascapi.models.build_bundle_app_clip_domain_cache_status_linkage_response import (
    BuildBundleAppClipDomainCacheStatusLinkageResponse as BuildBundleAppClipDomainCacheStatusLinkageResponse,
)
from ascapi.models.build_bundle_app_clip_domain_cache_status_linkage_response import (
    BuildBundleAppClipDomainCacheStatusLinkageResponseData as BuildBundleAppClipDomainCacheStatusLinkageResponseData,
)
from ascapi.models.build_bundle_app_clip_domain_debug_status_linkage_response import (
    BuildBundleAppClipDomainDebugStatusLinkageResponse as BuildBundleAppClipDomainDebugStatusLinkageResponse,
)
from ascapi.models.build_bundle_app_clip_domain_debug_status_linkage_response import (
    BuildBundleAppClipDomainDebugStatusLinkageResponseData as BuildBundleAppClipDomainDebugStatusLinkageResponseData,
)
from ascapi.models.build_bundle_beta_app_clip_invocations_linkages_response import (
    BuildBundleBetaAppClipInvocationsLinkagesResponse as BuildBundleBetaAppClipInvocationsLinkagesResponse,
)
from ascapi.models.build_bundle_beta_app_clip_invocations_linkages_response import (
    BuildBundleBetaAppClipInvocationsLinkagesResponseData as BuildBundleBetaAppClipInvocationsLinkagesResponseData,
)
from ascapi.models.build_bundle_build_bundle_file_sizes_linkages_response import (
    BuildBundleBuildBundleFileSizesLinkagesResponse as BuildBundleBuildBundleFileSizesLinkagesResponse,
)
from ascapi.models.build_bundle_build_bundle_file_sizes_linkages_response import (
    BuildBundleBuildBundleFileSizesLinkagesResponseData as BuildBundleBuildBundleFileSizesLinkagesResponseData,
)
from ascapi.models.build_bundle_file_size import BuildBundleFileSize as BuildBundleFileSize
from ascapi.models.build_bundle_file_size import (
    BuildBundleFileSizeAttributes as BuildBundleFileSizeAttributes,
)
from ascapi.models.build_bundle_file_sizes_response import (
    BuildBundleFileSizesResponse as BuildBundleFileSizesResponse,
)
from ascapi.models.build_bundle_type import BuildBundleType as BuildBundleType
from ascapi.models.build_diagnostic_signatures_linkages_response import (
    BuildDiagnosticSignaturesLinkagesResponse as BuildDiagnosticSignaturesLinkagesResponse,
)
from ascapi.models.build_diagnostic_signatures_linkages_response import (
    BuildDiagnosticSignaturesLinkagesResponseData as BuildDiagnosticSignaturesLinkagesResponseData,
)
from ascapi.models.build_icon import BuildIcon as BuildIcon
from ascapi.models.build_icon import BuildIconAttributes as BuildIconAttributes
from ascapi.models.build_icons_linkages_response import (
    BuildIconsLinkagesResponse as BuildIconsLinkagesResponse,
)
from ascapi.models.build_icons_linkages_response import (
    BuildIconsLinkagesResponseData as BuildIconsLinkagesResponseData,
)
from ascapi.models.build_icons_response import BuildIconsResponse as BuildIconsResponse
from ascapi.models.build_icons_without_includes_response import (
    BuildIconsWithoutIncludesResponse as BuildIconsWithoutIncludesResponse,
)
from ascapi.models.build_individual_testers_linkages_request import (
    BuildIndividualTestersLinkagesRequest as BuildIndividualTestersLinkagesRequest,
)
from ascapi.models.build_individual_testers_linkages_request import (
    BuildIndividualTestersLinkagesRequestData as BuildIndividualTestersLinkagesRequestData,
)
from ascapi.models.build_individual_testers_linkages_response import (
    BuildIndividualTestersLinkagesResponse as BuildIndividualTestersLinkagesResponse,
)
from ascapi.models.build_individual_testers_linkages_response import (
    BuildIndividualTestersLinkagesResponseData as BuildIndividualTestersLinkagesResponseData,
)
from ascapi.models.build_perf_power_metrics_linkages_response import (
    BuildPerfPowerMetricsLinkagesResponse as BuildPerfPowerMetricsLinkagesResponse,
)
from ascapi.models.build_perf_power_metrics_linkages_response import (
    BuildPerfPowerMetricsLinkagesResponseData as BuildPerfPowerMetricsLinkagesResponseData,
)
from ascapi.models.build_pre_release_version_linkage_response import (
    BuildPreReleaseVersionLinkageResponse as BuildPreReleaseVersionLinkageResponse,
)
from ascapi.models.build_pre_release_version_linkage_response import (
    BuildPreReleaseVersionLinkageResponseData as BuildPreReleaseVersionLinkageResponseData,
)
from ascapi.models.build_response import BuildResponse as BuildResponse
from ascapi.models.build_update_request import BuildUpdateRequest as BuildUpdateRequest
from ascapi.models.build_update_request import BuildUpdateRequestData as BuildUpdateRequestData
from ascapi.models.build_update_request import (
    BuildUpdateRequestDataAttributes as BuildUpdateRequestDataAttributes,
)
from ascapi.models.build_update_request import (
    BuildUpdateRequestDataRelationships as BuildUpdateRequestDataRelationships,
)
from ascapi.models.build_update_request import (
    BuildUpdateRequestDataRelationshipsAppEncryptionDeclaration as BuildUpdateRequestDataRelationshipsAppEncryptionDeclaration,
)
from ascapi.models.build_update_request import (
    BuildUpdateRequestDataRelationshipsAppEncryptionDeclarationData as BuildUpdateRequestDataRelationshipsAppEncryptionDeclarationData,
)
from ascapi.models.build_upload import BuildUpload as BuildUpload
from ascapi.models.build_upload import BuildUploadAttributes as BuildUploadAttributes
from ascapi.models.build_upload import BuildUploadAttributesState as BuildUploadAttributesState
from ascapi.models.build_upload import BuildUploadRelationships as BuildUploadRelationships
from ascapi.models.build_upload import (
    BuildUploadRelationshipsAssetFile as BuildUploadRelationshipsAssetFile,
)
from ascapi.models.build_upload import (
    BuildUploadRelationshipsAssetFileData as BuildUploadRelationshipsAssetFileData,
)
from ascapi.models.build_upload import (
    BuildUploadRelationshipsBuild as BuildUploadRelationshipsBuild,
)
from ascapi.models.build_upload import (
    BuildUploadRelationshipsBuildData as BuildUploadRelationshipsBuildData,
)
from ascapi.models.build_upload import (
    BuildUploadRelationshipsBuildUploadFiles as BuildUploadRelationshipsBuildUploadFiles,
)
from ascapi.models.build_upload_build_upload_files_linkages_response import (
    BuildUploadBuildUploadFilesLinkagesResponse as BuildUploadBuildUploadFilesLinkagesResponse,
)
from ascapi.models.build_upload_build_upload_files_linkages_response import (
    BuildUploadBuildUploadFilesLinkagesResponseData as BuildUploadBuildUploadFilesLinkagesResponseData,
)
from ascapi.models.build_upload_create_request import (
    BuildUploadCreateRequest as BuildUploadCreateRequest,
)
from ascapi.models.build_upload_create_request import (
    BuildUploadCreateRequestData as BuildUploadCreateRequestData,
)
from ascapi.models.build_upload_create_request import (
    BuildUploadCreateRequestDataAttributes as BuildUploadCreateRequestDataAttributes,
)
from ascapi.models.build_upload_create_request import (
    BuildUploadCreateRequestDataRelationships as BuildUploadCreateRequestDataRelationships,
)
from ascapi.models.build_upload_create_request import (
    BuildUploadCreateRequestDataRelationshipsApp as BuildUploadCreateRequestDataRelationshipsApp,
)
from ascapi.models.build_upload_create_request import (
    BuildUploadCreateRequestDataRelationshipsAppData as BuildUploadCreateRequestDataRelationshipsAppData,
)
from ascapi.models.build_upload_file import BuildUploadFile as BuildUploadFile
from ascapi.models.build_upload_file import BuildUploadFileAttributes as BuildUploadFileAttributes
from ascapi.models.build_upload_file_create_request import (
    BuildUploadFileCreateRequest as BuildUploadFileCreateRequest,
)
from ascapi.models.build_upload_file_create_request import (
    BuildUploadFileCreateRequestData as BuildUploadFileCreateRequestData,
)
from ascapi.models.build_upload_file_create_request import (
    BuildUploadFileCreateRequestDataAttributes as BuildUploadFileCreateRequestDataAttributes,
)
from ascapi.models.build_upload_file_create_request import (
    BuildUploadFileCreateRequestDataRelationships as BuildUploadFileCreateRequestDataRelationships,
)
from ascapi.models.build_upload_file_create_request import (
    BuildUploadFileCreateRequestDataRelationshipsBuildUpload as BuildUploadFileCreateRequestDataRelationshipsBuildUpload,
)
from ascapi.models.build_upload_file_create_request import (
    BuildUploadFileCreateRequestDataRelationshipsBuildUploadData as BuildUploadFileCreateRequestDataRelationshipsBuildUploadData,
)
from ascapi.models.build_upload_file_response import (
    BuildUploadFileResponse as BuildUploadFileResponse,
)
from ascapi.models.build_upload_file_update_request import (
    BuildUploadFileUpdateRequest as BuildUploadFileUpdateRequest,
)
from ascapi.models.build_upload_file_update_request import (
    BuildUploadFileUpdateRequestData as BuildUploadFileUpdateRequestData,
)
from ascapi.models.build_upload_file_update_request import (
    BuildUploadFileUpdateRequestDataAttributes as BuildUploadFileUpdateRequestDataAttributes,
)
from ascapi.models.build_upload_files_response import (
    BuildUploadFilesResponse as BuildUploadFilesResponse,
)
from ascapi.models.build_upload_response import BuildUploadResponse as BuildUploadResponse
from ascapi.models.build_upload_state import BuildUploadState as BuildUploadState
from ascapi.models.build_uploads_response import BuildUploadsResponse as BuildUploadsResponse
from ascapi.models.build_without_includes_response import (
    BuildWithoutIncludesResponse as BuildWithoutIncludesResponse,
)
from ascapi.models.builds_response import BuildsResponse as BuildsResponse
from ascapi.models.builds_without_includes_response import (
    BuildsWithoutIncludesResponse as BuildsWithoutIncludesResponse,
)
from ascapi.models.bundle_id import BundleId as BundleId
from ascapi.models.bundle_id import BundleIdAttributes as BundleIdAttributes
from ascapi.models.bundle_id import BundleIdRelationships as BundleIdRelationships
from ascapi.models.bundle_id import BundleIdRelationshipsApp as BundleIdRelationshipsApp
from ascapi.models.bundle_id import BundleIdRelationshipsAppData as BundleIdRelationshipsAppData
from ascapi.models.bundle_id import (
    BundleIdRelationshipsBundleIdCapabilities as BundleIdRelationshipsBundleIdCapabilities,
)
from ascapi.models.bundle_id import (
    BundleIdRelationshipsBundleIdCapabilitiesData as BundleIdRelationshipsBundleIdCapabilitiesData,
)
from ascapi.models.bundle_id import BundleIdRelationshipsProfiles as BundleIdRelationshipsProfiles
from ascapi.models.bundle_id import (
    BundleIdRelationshipsProfilesData as BundleIdRelationshipsProfilesData,
)
from ascapi.models.bundle_id_app_linkage_response import (
    BundleIdAppLinkageResponse as BundleIdAppLinkageResponse,
)
from ascapi.models.bundle_id_app_linkage_response import (
    BundleIdAppLinkageResponseData as BundleIdAppLinkageResponseData,
)
from ascapi.models.bundle_id_bundle_id_capabilities_linkages_response import (
    BundleIdBundleIdCapabilitiesLinkagesResponse as BundleIdBundleIdCapabilitiesLinkagesResponse,
)
from ascapi.models.bundle_id_bundle_id_capabilities_linkages_response import (
    BundleIdBundleIdCapabilitiesLinkagesResponseData as BundleIdBundleIdCapabilitiesLinkagesResponseData,
)
from ascapi.models.bundle_id_capabilities_response import (
    BundleIdCapabilitiesResponse as BundleIdCapabilitiesResponse,
)
from ascapi.models.bundle_id_capabilities_without_includes_response import (
    BundleIdCapabilitiesWithoutIncludesResponse as BundleIdCapabilitiesWithoutIncludesResponse,
)
from ascapi.models.bundle_id_capability import BundleIdCapability as BundleIdCapability
from ascapi.models.bundle_id_capability import (
    BundleIdCapabilityAttributes as BundleIdCapabilityAttributes,
)
from ascapi.models.bundle_id_capability_create_request import (
    BundleIdCapabilityCreateRequest as BundleIdCapabilityCreateRequest,
)
from ascapi.models.bundle_id_capability_create_request import (
    BundleIdCapabilityCreateRequestData as BundleIdCapabilityCreateRequestData,
)
from ascapi.models.bundle_id_capability_create_request import (
    BundleIdCapabilityCreateRequestDataAttributes as BundleIdCapabilityCreateRequestDataAttributes,
)
from ascapi.models.bundle_id_capability_create_request import (
    BundleIdCapabilityCreateRequestDataRelationships as BundleIdCapabilityCreateRequestDataRelationships,
)
from ascapi.models.bundle_id_capability_create_request import (
    BundleIdCapabilityCreateRequestDataRelationshipsBundleId as BundleIdCapabilityCreateRequestDataRelationshipsBundleId,
)
from ascapi.models.bundle_id_capability_create_request import (
    BundleIdCapabilityCreateRequestDataRelationshipsBundleIdData as BundleIdCapabilityCreateRequestDataRelationshipsBundleIdData,
)
from ascapi.models.bundle_id_capability_response import (
    BundleIdCapabilityResponse as BundleIdCapabilityResponse,
)
from ascapi.models.bundle_id_capability_update_request import (
    BundleIdCapabilityUpdateRequest as BundleIdCapabilityUpdateRequest,
)
from ascapi.models.bundle_id_capability_update_request import (
    BundleIdCapabilityUpdateRequestData as BundleIdCapabilityUpdateRequestData,
)
from ascapi.models.bundle_id_capability_update_request import (
    BundleIdCapabilityUpdateRequestDataAttributes as BundleIdCapabilityUpdateRequestDataAttributes,
)
from ascapi.models.bundle_id_create_request import BundleIdCreateRequest as BundleIdCreateRequest
from ascapi.models.bundle_id_create_request import (
    BundleIdCreateRequestData as BundleIdCreateRequestData,
)
from ascapi.models.bundle_id_create_request import (
    BundleIdCreateRequestDataAttributes as BundleIdCreateRequestDataAttributes,
)
from ascapi.models.bundle_id_platform import BundleIdPlatform as BundleIdPlatform
from ascapi.models.bundle_id_profiles_linkages_response import (
    BundleIdProfilesLinkagesResponse as BundleIdProfilesLinkagesResponse,
)
from ascapi.models.bundle_id_profiles_linkages_response import (
    BundleIdProfilesLinkagesResponseData as BundleIdProfilesLinkagesResponseData,
)
from ascapi.models.bundle_id_response import BundleIdResponse as BundleIdResponse
from ascapi.models.bundle_id_update_request import BundleIdUpdateRequest as BundleIdUpdateRequest
from ascapi.models.bundle_id_update_request import (
    BundleIdUpdateRequestData as BundleIdUpdateRequestData,
)
from ascapi.models.bundle_id_update_request import (
    BundleIdUpdateRequestDataAttributes as BundleIdUpdateRequestDataAttributes,
)
from ascapi.models.bundle_id_without_includes_response import (
    BundleIdWithoutIncludesResponse as BundleIdWithoutIncludesResponse,
)
from ascapi.models.bundle_ids_response import BundleIdsResponse as BundleIdsResponse
from ascapi.models.capability_option import CapabilityOption as CapabilityOption
from ascapi.models.capability_setting import CapabilitySetting as CapabilitySetting
from ascapi.models.capability_type import CapabilityType as CapabilityType
from ascapi.models.certificate import Certificate as Certificate
from ascapi.models.certificate import CertificateAttributes as CertificateAttributes
from ascapi.models.certificate import CertificateRelationships as CertificateRelationships
from ascapi.models.certificate import (
    CertificateRelationshipsPassTypeId as CertificateRelationshipsPassTypeId,
)
from ascapi.models.certificate import (
    CertificateRelationshipsPassTypeIdData as CertificateRelationshipsPassTypeIdData,
)
from ascapi.models.certificate_create_request import (
    CertificateCreateRequest as CertificateCreateRequest,
)
from ascapi.models.certificate_create_request import (
    CertificateCreateRequestData as CertificateCreateRequestData,
)
from ascapi.models.certificate_create_request import (
    CertificateCreateRequestDataAttributes as CertificateCreateRequestDataAttributes,
)
from ascapi.models.certificate_create_request import (
    CertificateCreateRequestDataRelationships as CertificateCreateRequestDataRelationships,
)
from ascapi.models.certificate_create_request import (
    CertificateCreateRequestDataRelationshipsMerchantId as CertificateCreateRequestDataRelationshipsMerchantId,
)
from ascapi.models.certificate_create_request import (
    CertificateCreateRequestDataRelationshipsMerchantIdData as CertificateCreateRequestDataRelationshipsMerchantIdData,
)
from ascapi.models.certificate_create_request import (
    CertificateCreateRequestDataRelationshipsPassTypeId as CertificateCreateRequestDataRelationshipsPassTypeId,
)
from ascapi.models.certificate_create_request import (
    CertificateCreateRequestDataRelationshipsPassTypeIdData as CertificateCreateRequestDataRelationshipsPassTypeIdData,
)
from ascapi.models.certificate_pass_type_id_linkage_response import (
    CertificatePassTypeIdLinkageResponse as CertificatePassTypeIdLinkageResponse,
)
from ascapi.models.certificate_pass_type_id_linkage_response import (
    CertificatePassTypeIdLinkageResponseData as CertificatePassTypeIdLinkageResponseData,
)
from ascapi.models.certificate_response import CertificateResponse as CertificateResponse
from ascapi.models.certificate_type import CertificateType as CertificateType
from ascapi.models.certificate_update_request import (
    CertificateUpdateRequest as CertificateUpdateRequest,
)
from ascapi.models.certificate_update_request import (
    CertificateUpdateRequestData as CertificateUpdateRequestData,
)
from ascapi.models.certificate_update_request import (
    CertificateUpdateRequestDataAttributes as CertificateUpdateRequestDataAttributes,
)
from ascapi.models.certificates_response import CertificatesResponse as CertificatesResponse
from ascapi.models.certificates_without_includes_response import (
    CertificatesWithoutIncludesResponse as CertificatesWithoutIncludesResponse,
)
from ascapi.models.checksum_algorithm import ChecksumAlgorithm as ChecksumAlgorithm
from ascapi.models.checksums import Checksums as Checksums
from ascapi.models.checksums import ChecksumsComposite as ChecksumsComposite
from ascapi.models.checksums import ChecksumsFile as ChecksumsFile
from ascapi.models.ci_action import CiAction as CiAction
from ascapi.models.ci_action import CiActionTestConfiguration as CiActionTestConfiguration
from ascapi.models.ci_action_type import CiActionType as CiActionType
from ascapi.models.ci_artifact import CiArtifact as CiArtifact
from ascapi.models.ci_artifact import CiArtifactAttributes as CiArtifactAttributes
from ascapi.models.ci_artifact_response import CiArtifactResponse as CiArtifactResponse
from ascapi.models.ci_artifacts_response import CiArtifactsResponse as CiArtifactsResponse
from ascapi.models.ci_branch_patterns import CiBranchPatterns as CiBranchPatterns
from ascapi.models.ci_branch_patterns import CiBranchPatternsPatterns as CiBranchPatternsPatterns
from ascapi.models.ci_branch_start_condition import CiBranchStartCondition as CiBranchStartCondition
from ascapi.models.ci_build_action import CiBuildAction as CiBuildAction
from ascapi.models.ci_build_action import CiBuildActionAttributes as CiBuildActionAttributes
from ascapi.models.ci_build_action import CiBuildActionRelationships as CiBuildActionRelationships
from ascapi.models.ci_build_action import (
    CiBuildActionRelationshipsArtifacts as CiBuildActionRelationshipsArtifacts,
)
from ascapi.models.ci_build_action import (
    CiBuildActionRelationshipsBuildRun as CiBuildActionRelationshipsBuildRun,
)
from ascapi.models.ci_build_action import (
    CiBuildActionRelationshipsBuildRunData as CiBuildActionRelationshipsBuildRunData,
)
from ascapi.models.ci_build_action_artifacts_linkages_response import (
    CiBuildActionArtifactsLinkagesResponse as CiBuildActionArtifactsLinkagesResponse,
)
from ascapi.models.ci_build_action_artifacts_linkages_response import (
    CiBuildActionArtifactsLinkagesResponseData as CiBuildActionArtifactsLinkagesResponseData,
)
from ascapi.models.ci_build_action_build_run_linkage_response import (
    CiBuildActionBuildRunLinkageResponse as CiBuildActionBuildRunLinkageResponse,
)
from ascapi.models.ci_build_action_build_run_linkage_response import (
    CiBuildActionBuildRunLinkageResponseData as CiBuildActionBuildRunLinkageResponseData,
)
from ascapi.models.ci_build_action_issues_linkages_response import (
    CiBuildActionIssuesLinkagesResponse as CiBuildActionIssuesLinkagesResponse,
)
from ascapi.models.ci_build_action_issues_linkages_response import (
    CiBuildActionIssuesLinkagesResponseData as CiBuildActionIssuesLinkagesResponseData,
)
from ascapi.models.ci_build_action_response import CiBuildActionResponse as CiBuildActionResponse
from ascapi.models.ci_build_action_test_results_linkages_response import (
    CiBuildActionTestResultsLinkagesResponse as CiBuildActionTestResultsLinkagesResponse,
)
from ascapi.models.ci_build_action_test_results_linkages_response import (
    CiBuildActionTestResultsLinkagesResponseData as CiBuildActionTestResultsLinkagesResponseData,
)
from ascapi.models.ci_build_actions_response import CiBuildActionsResponse as CiBuildActionsResponse
from ascapi.models.ci_build_run import CiBuildRun as CiBuildRun
from ascapi.models.ci_build_run import CiBuildRunAttributes as CiBuildRunAttributes
from ascapi.models.ci_build_run import (
    CiBuildRunAttributesSourceCommit as CiBuildRunAttributesSourceCommit,
)
from ascapi.models.ci_build_run import CiBuildRunRelationships as CiBuildRunRelationships
from ascapi.models.ci_build_run import (
    CiBuildRunRelationshipsActions as CiBuildRunRelationshipsActions,
)
from ascapi.models.ci_build_run import (
    CiBuildRunRelationshipsBuilds as CiBuildRunRelationshipsBuilds,
)
from ascapi.models.ci_build_run import (
    CiBuildRunRelationshipsBuildsData as CiBuildRunRelationshipsBuildsData,
)
from ascapi.models.ci_build_run import (
    CiBuildRunRelationshipsProduct as CiBuildRunRelationshipsProduct,
)
from ascapi.models.ci_build_run import (
    CiBuildRunRelationshipsProductData as CiBuildRunRelationshipsProductData,
)
from ascapi.models.ci_build_run import (
    CiBuildRunRelationshipsPullRequest as CiBuildRunRelationshipsPullRequest,
)
from ascapi.models.ci_build_run import (
    CiBuildRunRelationshipsPullRequestData as CiBuildRunRelationshipsPullRequestData,
)
from ascapi.models.ci_build_run import (
    CiBuildRunRelationshipsSourceBranchOrTag as CiBuildRunRelationshipsSourceBranchOrTag,
)
from ascapi.models.ci_build_run import (
    CiBuildRunRelationshipsSourceBranchOrTagData as CiBuildRunRelationshipsSourceBranchOrTagData,
)
from ascapi.models.ci_build_run import (
    CiBuildRunRelationshipsWorkflow as CiBuildRunRelationshipsWorkflow,
)
from ascapi.models.ci_build_run import (
    CiBuildRunRelationshipsWorkflowData as CiBuildRunRelationshipsWorkflowData,
)
from ascapi.models.ci_build_run_actions_linkages_response import (
    CiBuildRunActionsLinkagesResponse as CiBuildRunActionsLinkagesResponse,
)
from ascapi.models.ci_build_run_actions_linkages_response import (
    CiBuildRunActionsLinkagesResponseData as CiBuildRunActionsLinkagesResponseData,
)
from ascapi.models.ci_build_run_builds_linkages_response import (
    CiBuildRunBuildsLinkagesResponse as CiBuildRunBuildsLinkagesResponse,
)
from ascapi.models.ci_build_run_builds_linkages_response import (
    CiBuildRunBuildsLinkagesResponseData as CiBuildRunBuildsLinkagesResponseData,
)
from ascapi.models.ci_build_run_create_request import (
    CiBuildRunCreateRequest as CiBuildRunCreateRequest,
)
from ascapi.models.ci_build_run_create_request import (
    CiBuildRunCreateRequestData as CiBuildRunCreateRequestData,
)
from ascapi.models.ci_build_run_create_request import (
    CiBuildRunCreateRequestDataAttributes as CiBuildRunCreateRequestDataAttributes,
)
from ascapi.models.ci_build_run_create_request import (
    CiBuildRunCreateRequestDataRelationships as CiBuildRunCreateRequestDataRelationships,
)
from ascapi.models.ci_build_run_create_request import (
    CiBuildRunCreateRequestDataRelationshipsBuildRun as CiBuildRunCreateRequestDataRelationshipsBuildRun,
)
from ascapi.models.ci_build_run_create_request import (
    CiBuildRunCreateRequestDataRelationshipsBuildRunData as CiBuildRunCreateRequestDataRelationshipsBuildRunData,
)
from ascapi.models.ci_build_run_create_request import (
    CiBuildRunCreateRequestDataRelationshipsPullRequest as CiBuildRunCreateRequestDataRelationshipsPullRequest,
)
from ascapi.models.ci_build_run_create_request import (
    CiBuildRunCreateRequestDataRelationshipsPullRequestData as CiBuildRunCreateRequestDataRelationshipsPullRequestData,
)
from ascapi.models.ci_build_run_create_request import (
    CiBuildRunCreateRequestDataRelationshipsSourceBranchOrTag as CiBuildRunCreateRequestDataRelationshipsSourceBranchOrTag,
)
from ascapi.models.ci_build_run_create_request import (
    CiBuildRunCreateRequestDataRelationshipsSourceBranchOrTagData as CiBuildRunCreateRequestDataRelationshipsSourceBranchOrTagData,
)
from ascapi.models.ci_build_run_create_request import (
    CiBuildRunCreateRequestDataRelationshipsWorkflow as CiBuildRunCreateRequestDataRelationshipsWorkflow,
)
from ascapi.models.ci_build_run_create_request import (
    CiBuildRunCreateRequestDataRelationshipsWorkflowData as CiBuildRunCreateRequestDataRelationshipsWorkflowData,
)
from ascapi.models.ci_build_run_response import CiBuildRunResponse as CiBuildRunResponse
from ascapi.models.ci_build_runs_response import CiBuildRunsResponse as CiBuildRunsResponse
from ascapi.models.ci_completion_status import CiCompletionStatus as CiCompletionStatus
from ascapi.models.ci_execution_progress import CiExecutionProgress as CiExecutionProgress
from ascapi.models.ci_files_and_folders_rule import CiFilesAndFoldersRule as CiFilesAndFoldersRule
from ascapi.models.ci_git_ref_kind import CiGitRefKind as CiGitRefKind
from ascapi.models.ci_git_user import CiGitUser as CiGitUser
from ascapi.models.ci_issue import CiIssue as CiIssue
from ascapi.models.ci_issue import CiIssueAttributes as CiIssueAttributes
from ascapi.models.ci_issue_counts import CiIssueCounts as CiIssueCounts
from ascapi.models.ci_issue_response import CiIssueResponse as CiIssueResponse
from ascapi.models.ci_issues_response import CiIssuesResponse as CiIssuesResponse
from ascapi.models.ci_mac_os_version import CiMacOsVersion as CiMacOsVersion
from ascapi.models.ci_mac_os_version import CiMacOsVersionAttributes as CiMacOsVersionAttributes
from ascapi.models.ci_mac_os_version import (
    CiMacOsVersionRelationships as CiMacOsVersionRelationships,
)
from ascapi.models.ci_mac_os_version import (
    CiMacOsVersionRelationshipsXcodeVersions as CiMacOsVersionRelationshipsXcodeVersions,
)
from ascapi.models.ci_mac_os_version import (
    CiMacOsVersionRelationshipsXcodeVersionsData as CiMacOsVersionRelationshipsXcodeVersionsData,
)
from ascapi.models.ci_mac_os_version_response import (
    CiMacOsVersionResponse as CiMacOsVersionResponse,
)
from ascapi.models.ci_mac_os_version_xcode_versions_linkages_response import (
    CiMacOsVersionXcodeVersionsLinkagesResponse as CiMacOsVersionXcodeVersionsLinkagesResponse,
)
from ascapi.models.ci_mac_os_version_xcode_versions_linkages_response import (
    CiMacOsVersionXcodeVersionsLinkagesResponseData as CiMacOsVersionXcodeVersionsLinkagesResponseData,
)
from ascapi.models.ci_mac_os_versions_response import (
    CiMacOsVersionsResponse as CiMacOsVersionsResponse,
)
from ascapi.models.ci_manual_branch_start_condition import (
    CiManualBranchStartCondition as CiManualBranchStartCondition,
)
from ascapi.models.ci_manual_pull_request_start_condition import (
    CiManualPullRequestStartCondition as CiManualPullRequestStartCondition,
)
from ascapi.models.ci_manual_tag_start_condition import (
    CiManualTagStartCondition as CiManualTagStartCondition,
)
from ascapi.models.ci_product import CiProduct as CiProduct
from ascapi.models.ci_product import CiProductAttributes as CiProductAttributes
from ascapi.models.ci_product import CiProductRelationships as CiProductRelationships
from ascapi.models.ci_product import CiProductRelationshipsApp as CiProductRelationshipsApp
from ascapi.models.ci_product import CiProductRelationshipsAppData as CiProductRelationshipsAppData
from ascapi.models.ci_product import (
    CiProductRelationshipsBundleId as CiProductRelationshipsBundleId,
)
from ascapi.models.ci_product import (
    CiProductRelationshipsBundleIdData as CiProductRelationshipsBundleIdData,
)
from ascapi.models.ci_product import (
    CiProductRelationshipsPrimaryRepositories as CiProductRelationshipsPrimaryRepositories,
)
from ascapi.models.ci_product import (
    CiProductRelationshipsPrimaryRepositoriesData as CiProductRelationshipsPrimaryRepositoriesData,
)
from ascapi.models.ci_product import (
    CiProductRelationshipsWorkflows as CiProductRelationshipsWorkflows,
)
from ascapi.models.ci_product_additional_repositories_linkages_response import (
    CiProductAdditionalRepositoriesLinkagesResponse as CiProductAdditionalRepositoriesLinkagesResponse,
)
from ascapi.models.ci_product_additional_repositories_linkages_response import (
    CiProductAdditionalRepositoriesLinkagesResponseData as CiProductAdditionalRepositoriesLinkagesResponseData,
)
from ascapi.models.ci_product_app_linkage_response import (
    CiProductAppLinkageResponse as CiProductAppLinkageResponse,
)
from ascapi.models.ci_product_app_linkage_response import (
    CiProductAppLinkageResponseData as CiProductAppLinkageResponseData,
)
from ascapi.models.ci_product_build_runs_linkages_response import (
    CiProductBuildRunsLinkagesResponse as CiProductBuildRunsLinkagesResponse,
)
from ascapi.models.ci_product_build_runs_linkages_response import (
    CiProductBuildRunsLinkagesResponseData as CiProductBuildRunsLinkagesResponseData,
)
from ascapi.models.ci_product_primary_repositories_linkages_response import (
    CiProductPrimaryRepositoriesLinkagesResponse as CiProductPrimaryRepositoriesLinkagesResponse,
)
from ascapi.models.ci_product_primary_repositories_linkages_response import (
    CiProductPrimaryRepositoriesLinkagesResponseData as CiProductPrimaryRepositoriesLinkagesResponseData,
)
from ascapi.models.ci_product_response import CiProductResponse as CiProductResponse
from ascapi.models.ci_product_workflows_linkages_response import (
    CiProductWorkflowsLinkagesResponse as CiProductWorkflowsLinkagesResponse,
)
from ascapi.models.ci_product_workflows_linkages_response import (
    CiProductWorkflowsLinkagesResponseData as CiProductWorkflowsLinkagesResponseData,
)
from ascapi.models.ci_products_response import CiProductsResponse as CiProductsResponse
from ascapi.models.ci_pull_request_start_condition import (
    CiPullRequestStartCondition as CiPullRequestStartCondition,
)
from ascapi.models.ci_scheduled_start_condition import (
    CiScheduledStartCondition as CiScheduledStartCondition,
)
from ascapi.models.ci_scheduled_start_condition import (
    CiScheduledStartConditionSchedule as CiScheduledStartConditionSchedule,
)
from ascapi.models.ci_start_condition_file_matcher import (
    CiStartConditionFileMatcher as CiStartConditionFileMatcher,
)
from ascapi.models.ci_tag_patterns import CiTagPatterns as CiTagPatterns
from ascapi.models.ci_tag_patterns import CiTagPatternsPatterns as CiTagPatternsPatterns
from ascapi.models.ci_tag_start_condition import CiTagStartCondition as CiTagStartCondition
from ascapi.models.ci_test_destination import CiTestDestination as CiTestDestination
from ascapi.models.ci_test_destination_kind import CiTestDestinationKind as CiTestDestinationKind
from ascapi.models.ci_test_result import CiTestResult as CiTestResult
from ascapi.models.ci_test_result import CiTestResultAttributes as CiTestResultAttributes
from ascapi.models.ci_test_result import (
    CiTestResultAttributesDestinationTestResults as CiTestResultAttributesDestinationTestResults,
)
from ascapi.models.ci_test_result_response import CiTestResultResponse as CiTestResultResponse
from ascapi.models.ci_test_results_response import CiTestResultsResponse as CiTestResultsResponse
from ascapi.models.ci_test_status import CiTestStatus as CiTestStatus
from ascapi.models.ci_workflow import CiWorkflow as CiWorkflow
from ascapi.models.ci_workflow import CiWorkflowAttributes as CiWorkflowAttributes
from ascapi.models.ci_workflow import CiWorkflowRelationships as CiWorkflowRelationships
from ascapi.models.ci_workflow import (
    CiWorkflowRelationshipsBuildRuns as CiWorkflowRelationshipsBuildRuns,
)
from ascapi.models.ci_workflow import (
    CiWorkflowRelationshipsMacOsVersion as CiWorkflowRelationshipsMacOsVersion,
)
from ascapi.models.ci_workflow import (
    CiWorkflowRelationshipsMacOsVersionData as CiWorkflowRelationshipsMacOsVersionData,
)
from ascapi.models.ci_workflow import (
    CiWorkflowRelationshipsProduct as CiWorkflowRelationshipsProduct,
)
from ascapi.models.ci_workflow import (
    CiWorkflowRelationshipsProductData as CiWorkflowRelationshipsProductData,
)
from ascapi.models.ci_workflow import (
    CiWorkflowRelationshipsRepository as CiWorkflowRelationshipsRepository,
)
from ascapi.models.ci_workflow import (
    CiWorkflowRelationshipsRepositoryData as CiWorkflowRelationshipsRepositoryData,
)
from ascapi.models.ci_workflow import (
    CiWorkflowRelationshipsXcodeVersion as CiWorkflowRelationshipsXcodeVersion,
)
from ascapi.models.ci_workflow import (
    CiWorkflowRelationshipsXcodeVersionData as CiWorkflowRelationshipsXcodeVersionData,
)
from ascapi.models.ci_workflow_build_runs_linkages_response import (
    CiWorkflowBuildRunsLinkagesResponse as CiWorkflowBuildRunsLinkagesResponse,
)
from ascapi.models.ci_workflow_build_runs_linkages_response import (
    CiWorkflowBuildRunsLinkagesResponseData as CiWorkflowBuildRunsLinkagesResponseData,
)
from ascapi.models.ci_workflow_create_request import (
    CiWorkflowCreateRequest as CiWorkflowCreateRequest,
)
from ascapi.models.ci_workflow_create_request import (
    CiWorkflowCreateRequestData as CiWorkflowCreateRequestData,
)
from ascapi.models.ci_workflow_create_request import (
    CiWorkflowCreateRequestDataAttributes as CiWorkflowCreateRequestDataAttributes,
)
from ascapi.models.ci_workflow_create_request import (
    CiWorkflowCreateRequestDataRelationships as CiWorkflowCreateRequestDataRelationships,
)
from ascapi.models.ci_workflow_create_request import (
    CiWorkflowCreateRequestDataRelationshipsMacOsVersion as CiWorkflowCreateRequestDataRelationshipsMacOsVersion,
)
from ascapi.models.ci_workflow_create_request import (
    CiWorkflowCreateRequestDataRelationshipsMacOsVersionData as CiWorkflowCreateRequestDataRelationshipsMacOsVersionData,
)
from ascapi.models.ci_workflow_create_request import (
    CiWorkflowCreateRequestDataRelationshipsProduct as CiWorkflowCreateRequestDataRelationshipsProduct,
)
from ascapi.models.ci_workflow_create_request import (
    CiWorkflowCreateRequestDataRelationshipsProductData as CiWorkflowCreateRequestDataRelationshipsProductData,
)
from ascapi.models.ci_workflow_create_request import (
    CiWorkflowCreateRequestDataRelationshipsRepository as CiWorkflowCreateRequestDataRelationshipsRepository,
)
from ascapi.models.ci_workflow_create_request import (
    CiWorkflowCreateRequestDataRelationshipsRepositoryData as CiWorkflowCreateRequestDataRelationshipsRepositoryData,
)
from ascapi.models.ci_workflow_create_request import (
    CiWorkflowCreateRequestDataRelationshipsXcodeVersion as CiWorkflowCreateRequestDataRelationshipsXcodeVersion,
)
from ascapi.models.ci_workflow_create_request import (
    CiWorkflowCreateRequestDataRelationshipsXcodeVersionData as CiWorkflowCreateRequestDataRelationshipsXcodeVersionData,
)
from ascapi.models.ci_workflow_repository_linkage_response import (
    CiWorkflowRepositoryLinkageResponse as CiWorkflowRepositoryLinkageResponse,
)
from ascapi.models.ci_workflow_repository_linkage_response import (
    CiWorkflowRepositoryLinkageResponseData as CiWorkflowRepositoryLinkageResponseData,
)
from ascapi.models.ci_workflow_response import CiWorkflowResponse as CiWorkflowResponse
from ascapi.models.ci_workflow_update_request import (
    CiWorkflowUpdateRequest as CiWorkflowUpdateRequest,
)
from ascapi.models.ci_workflow_update_request import (
    CiWorkflowUpdateRequestData as CiWorkflowUpdateRequestData,
)
from ascapi.models.ci_workflow_update_request import (
    CiWorkflowUpdateRequestDataAttributes as CiWorkflowUpdateRequestDataAttributes,
)
from ascapi.models.ci_workflow_update_request import (
    CiWorkflowUpdateRequestDataRelationships as CiWorkflowUpdateRequestDataRelationships,
)
from ascapi.models.ci_workflow_update_request import (
    CiWorkflowUpdateRequestDataRelationshipsMacOsVersion as CiWorkflowUpdateRequestDataRelationshipsMacOsVersion,
)
from ascapi.models.ci_workflow_update_request import (
    CiWorkflowUpdateRequestDataRelationshipsMacOsVersionData as CiWorkflowUpdateRequestDataRelationshipsMacOsVersionData,
)
from ascapi.models.ci_workflow_update_request import (
    CiWorkflowUpdateRequestDataRelationshipsXcodeVersion as CiWorkflowUpdateRequestDataRelationshipsXcodeVersion,
)
from ascapi.models.ci_workflow_update_request import (
    CiWorkflowUpdateRequestDataRelationshipsXcodeVersionData as CiWorkflowUpdateRequestDataRelationshipsXcodeVersionData,
)
from ascapi.models.ci_workflows_response import CiWorkflowsResponse as CiWorkflowsResponse
from ascapi.models.ci_xcode_version import CiXcodeVersion as CiXcodeVersion
from ascapi.models.ci_xcode_version import CiXcodeVersionAttributes as CiXcodeVersionAttributes
from ascapi.models.ci_xcode_version import (
    CiXcodeVersionAttributesTestDestinations as CiXcodeVersionAttributesTestDestinations,
)
from ascapi.models.ci_xcode_version import (
    CiXcodeVersionAttributesTestDestinationsAvailableRuntimes as CiXcodeVersionAttributesTestDestinationsAvailableRuntimes,
)
from ascapi.models.ci_xcode_version import (
    CiXcodeVersionRelationships as CiXcodeVersionRelationships,
)
from ascapi.models.ci_xcode_version import (
    CiXcodeVersionRelationshipsMacOsVersions as CiXcodeVersionRelationshipsMacOsVersions,
)
from ascapi.models.ci_xcode_version import (
    CiXcodeVersionRelationshipsMacOsVersionsData as CiXcodeVersionRelationshipsMacOsVersionsData,
)
from ascapi.models.ci_xcode_version_mac_os_versions_linkages_response import (
    CiXcodeVersionMacOsVersionsLinkagesResponse as CiXcodeVersionMacOsVersionsLinkagesResponse,
)
from ascapi.models.ci_xcode_version_mac_os_versions_linkages_response import (
    CiXcodeVersionMacOsVersionsLinkagesResponseData as CiXcodeVersionMacOsVersionsLinkagesResponseData,
)
from ascapi.models.ci_xcode_version_response import CiXcodeVersionResponse as CiXcodeVersionResponse
from ascapi.models.ci_xcode_versions_response import (
    CiXcodeVersionsResponse as CiXcodeVersionsResponse,
)
from ascapi.models.csv import csv as csv
from ascapi.models.customer_review import CustomerReview as CustomerReview
from ascapi.models.customer_review import CustomerReviewAttributes as CustomerReviewAttributes
from ascapi.models.customer_review import CustomerReviewRelationships as CustomerReviewRelationships
from ascapi.models.customer_review import (
    CustomerReviewRelationshipsResponse as CustomerReviewRelationshipsResponse,
)
from ascapi.models.customer_review import (
    CustomerReviewRelationshipsResponseData as CustomerReviewRelationshipsResponseData,
)
from ascapi.models.customer_review import (
    CustomerReviewRelationshipsReviewTerritory as CustomerReviewRelationshipsReviewTerritory,
)
from ascapi.models.customer_review import (
    CustomerReviewRelationshipsReviewTerritoryData as CustomerReviewRelationshipsReviewTerritoryData,
)
from ascapi.models.customer_review_response import CustomerReviewResponse as CustomerReviewResponse
from ascapi.models.customer_review_response_linkage_response import (
    CustomerReviewResponseLinkageResponse as CustomerReviewResponseLinkageResponse,
)
from ascapi.models.customer_review_response_linkage_response import (
    CustomerReviewResponseLinkageResponseData as CustomerReviewResponseLinkageResponseData,
)
from ascapi.models.customer_review_response_v1 import (
    CustomerReviewResponseV1 as CustomerReviewResponseV1,
)
from ascapi.models.customer_review_response_v1 import (
    CustomerReviewResponseV1Attributes as CustomerReviewResponseV1Attributes,
)
from ascapi.models.customer_review_response_v1 import (
    CustomerReviewResponseV1Relationships as CustomerReviewResponseV1Relationships,
)
from ascapi.models.customer_review_response_v1 import (
    CustomerReviewResponseV1RelationshipsReview as CustomerReviewResponseV1RelationshipsReview,
)
from ascapi.models.customer_review_response_v1 import (
    CustomerReviewResponseV1RelationshipsReviewData as CustomerReviewResponseV1RelationshipsReviewData,
)
from ascapi.models.customer_review_response_v1_create_request import (
    CustomerReviewResponseV1CreateRequest as CustomerReviewResponseV1CreateRequest,
)
from ascapi.models.customer_review_response_v1_create_request import (
    CustomerReviewResponseV1CreateRequestData as CustomerReviewResponseV1CreateRequestData,
)
from ascapi.models.customer_review_response_v1_create_request import (
    CustomerReviewResponseV1CreateRequestDataAttributes as CustomerReviewResponseV1CreateRequestDataAttributes,
)
from ascapi.models.customer_review_response_v1_create_request import (
    CustomerReviewResponseV1CreateRequestDataRelationships as CustomerReviewResponseV1CreateRequestDataRelationships,
)
from ascapi.models.customer_review_response_v1_create_request import (
    CustomerReviewResponseV1CreateRequestDataRelationshipsReview as CustomerReviewResponseV1CreateRequestDataRelationshipsReview,
)
from ascapi.models.customer_review_response_v1_create_request import (
    CustomerReviewResponseV1CreateRequestDataRelationshipsReviewData as CustomerReviewResponseV1CreateRequestDataRelationshipsReviewData,
)
from ascapi.models.customer_review_response_v1_response import (
    CustomerReviewResponseV1Response as CustomerReviewResponseV1Response,
)
from ascapi.models.customer_review_summarization import (
    CustomerReviewSummarization as CustomerReviewSummarization,
)
from ascapi.models.customer_review_summarization import (
    CustomerReviewSummarizationAttributes as CustomerReviewSummarizationAttributes,
)
from ascapi.models.customer_review_summarization import (
    CustomerReviewSummarizationRelationships as CustomerReviewSummarizationRelationships,
)
from ascapi.models.customer_review_summarization import (
    CustomerReviewSummarizationRelationshipsTerritory as CustomerReviewSummarizationRelationshipsTerritory,
)
from ascapi.models.customer_review_summarization import (
    CustomerReviewSummarizationRelationshipsTerritoryData as CustomerReviewSummarizationRelationshipsTerritoryData,
)
from ascapi.models.customer_review_summarizations_response import (
    CustomerReviewSummarizationsResponse as CustomerReviewSummarizationsResponse,
)
from ascapi.models.customer_reviews_response import (
    CustomerReviewsResponse as CustomerReviewsResponse,
)
from ascapi.models.delivery_file_upload_operation import (
    DeliveryFileUploadOperation as DeliveryFileUploadOperation,
)
from ascapi.models.device import Device as Device
from ascapi.models.device import DeviceAttributes as DeviceAttributes
from ascapi.models.device_connection_type import DeviceConnectionType as DeviceConnectionType
from ascapi.models.device_create_request import DeviceCreateRequest as DeviceCreateRequest
from ascapi.models.device_create_request import DeviceCreateRequestData as DeviceCreateRequestData
from ascapi.models.device_create_request import (
    DeviceCreateRequestDataAttributes as DeviceCreateRequestDataAttributes,
)
from ascapi.models.device_family import DeviceFamily as DeviceFamily
from ascapi.models.device_family_os_version_filter import (
    DeviceFamilyOsVersionFilter as DeviceFamilyOsVersionFilter,
)
from ascapi.models.device_response import DeviceResponse as DeviceResponse
from ascapi.models.device_update_request import DeviceUpdateRequest as DeviceUpdateRequest
from ascapi.models.device_update_request import DeviceUpdateRequestData as DeviceUpdateRequestData
from ascapi.models.device_update_request import (
    DeviceUpdateRequestDataAttributes as DeviceUpdateRequestDataAttributes,
)
from ascapi.models.devices_response import DevicesResponse as DevicesResponse
from ascapi.models.devices_without_includes_response import (
    DevicesWithoutIncludesResponse as DevicesWithoutIncludesResponse,
)
from ascapi.models.diagnostic_insight import DiagnosticInsight as DiagnosticInsight
from ascapi.models.diagnostic_insight import (
    DiagnosticInsightReferenceVersions as DiagnosticInsightReferenceVersions,
)
from ascapi.models.diagnostic_insight_direction import (
    DiagnosticInsightDirection as DiagnosticInsightDirection,
)
from ascapi.models.diagnostic_insight_type import DiagnosticInsightType as DiagnosticInsightType
from ascapi.models.diagnostic_log import DiagnosticLog as DiagnosticLog
from ascapi.models.diagnostic_log_call_stack_node import (
    DiagnosticLogCallStackNode as DiagnosticLogCallStackNode,
)
from ascapi.models.diagnostic_logs import diagnosticLogs as diagnosticLogs
from ascapi.models.diagnostic_logs import diagnosticLogsProductData as diagnosticLogsProductData
from ascapi.models.diagnostic_logs import (
    diagnosticLogsProductDataDiagnosticInsights as diagnosticLogsProductDataDiagnosticInsights,
)
from ascapi.models.diagnostic_logs import (
    diagnosticLogsProductDataDiagnosticLogs as diagnosticLogsProductDataDiagnosticLogs,
)
from ascapi.models.diagnostic_logs import (
    diagnosticLogsProductDataDiagnosticLogsCallStackTree as diagnosticLogsProductDataDiagnosticLogsCallStackTree,
)
from ascapi.models.diagnostic_logs import (
    diagnosticLogsProductDataDiagnosticLogsCallStackTreeCallStacks as diagnosticLogsProductDataDiagnosticLogsCallStackTreeCallStacks,
)
from ascapi.models.diagnostic_logs import (
    diagnosticLogsProductDataDiagnosticLogsDiagnosticMetaData as diagnosticLogsProductDataDiagnosticLogsDiagnosticMetaData,
)
from ascapi.models.diagnostic_signature import DiagnosticSignature as DiagnosticSignature
from ascapi.models.diagnostic_signature import (
    DiagnosticSignatureAttributes as DiagnosticSignatureAttributes,
)
from ascapi.models.diagnostic_signature import (
    DiagnosticSignatureRelationships as DiagnosticSignatureRelationships,
)
from ascapi.models.diagnostic_signature import (
    DiagnosticSignatureRelationshipsLogs as DiagnosticSignatureRelationshipsLogs,
)
from ascapi.models.diagnostic_signature_logs_linkages_response import (
    DiagnosticSignatureLogsLinkagesResponse as DiagnosticSignatureLogsLinkagesResponse,
)
from ascapi.models.diagnostic_signature_logs_linkages_response import (
    DiagnosticSignatureLogsLinkagesResponseData as DiagnosticSignatureLogsLinkagesResponseData,
)
from ascapi.models.diagnostic_signatures_response import (
    DiagnosticSignaturesResponse as DiagnosticSignaturesResponse,
)
from ascapi.models.document_links import DocumentLinks as DocumentLinks
from ascapi.models.end_app_availability_pre_order import (
    EndAppAvailabilityPreOrder as EndAppAvailabilityPreOrder,
)
from ascapi.models.end_app_availability_pre_order_create_request import (
    EndAppAvailabilityPreOrderCreateRequest as EndAppAvailabilityPreOrderCreateRequest,
)
from ascapi.models.end_app_availability_pre_order_create_request import (
    EndAppAvailabilityPreOrderCreateRequestData as EndAppAvailabilityPreOrderCreateRequestData,
)
from ascapi.models.end_app_availability_pre_order_create_request import (
    EndAppAvailabilityPreOrderCreateRequestDataRelationships as EndAppAvailabilityPreOrderCreateRequestDataRelationships,
)
from ascapi.models.end_app_availability_pre_order_create_request import (
    EndAppAvailabilityPreOrderCreateRequestDataRelationshipsTerritoryAvailabilities as EndAppAvailabilityPreOrderCreateRequestDataRelationshipsTerritoryAvailabilities,
)
from ascapi.models.end_app_availability_pre_order_create_request import (
    EndAppAvailabilityPreOrderCreateRequestDataRelationshipsTerritoryAvailabilitiesData as EndAppAvailabilityPreOrderCreateRequestDataRelationshipsTerritoryAvailabilitiesData,
)
from ascapi.models.end_app_availability_pre_order_response import (
    EndAppAvailabilityPreOrderResponse as EndAppAvailabilityPreOrderResponse,
)
from ascapi.models.end_user_license_agreement import (
    EndUserLicenseAgreement as EndUserLicenseAgreement,
)
from ascapi.models.end_user_license_agreement import (
    EndUserLicenseAgreementAttributes as EndUserLicenseAgreementAttributes,
)
from ascapi.models.end_user_license_agreement import (
    EndUserLicenseAgreementRelationships as EndUserLicenseAgreementRelationships,
)
from ascapi.models.end_user_license_agreement import (
    EndUserLicenseAgreementRelationshipsApp as EndUserLicenseAgreementRelationshipsApp,
)
from ascapi.models.end_user_license_agreement import (
    EndUserLicenseAgreementRelationshipsAppData as EndUserLicenseAgreementRelationshipsAppData,
)
from ascapi.models.end_user_license_agreement import (
    EndUserLicenseAgreementRelationshipsTerritories as EndUserLicenseAgreementRelationshipsTerritories,
)
from ascapi.models.end_user_license_agreement import (
    EndUserLicenseAgreementRelationshipsTerritoriesData as EndUserLicenseAgreementRelationshipsTerritoriesData,
)
from ascapi.models.end_user_license_agreement_create_request import (
    EndUserLicenseAgreementCreateRequest as EndUserLicenseAgreementCreateRequest,
)
from ascapi.models.end_user_license_agreement_create_request import (
    EndUserLicenseAgreementCreateRequestData as EndUserLicenseAgreementCreateRequestData,
)
from ascapi.models.end_user_license_agreement_create_request import (
    EndUserLicenseAgreementCreateRequestDataAttributes as EndUserLicenseAgreementCreateRequestDataAttributes,
)
from ascapi.models.end_user_license_agreement_create_request import (
    EndUserLicenseAgreementCreateRequestDataRelationships as EndUserLicenseAgreementCreateRequestDataRelationships,
)
from ascapi.models.end_user_license_agreement_create_request import (
    EndUserLicenseAgreementCreateRequestDataRelationshipsApp as EndUserLicenseAgreementCreateRequestDataRelationshipsApp,
)
from ascapi.models.end_user_license_agreement_create_request import (
    EndUserLicenseAgreementCreateRequestDataRelationshipsAppData as EndUserLicenseAgreementCreateRequestDataRelationshipsAppData,
)
from ascapi.models.end_user_license_agreement_create_request import (
    EndUserLicenseAgreementCreateRequestDataRelationshipsTerritories as EndUserLicenseAgreementCreateRequestDataRelationshipsTerritories,
)
from ascapi.models.end_user_license_agreement_create_request import (
    EndUserLicenseAgreementCreateRequestDataRelationshipsTerritoriesData as EndUserLicenseAgreementCreateRequestDataRelationshipsTerritoriesData,
)
from ascapi.models.end_user_license_agreement_response import (
    EndUserLicenseAgreementResponse as EndUserLicenseAgreementResponse,
)
from ascapi.models.end_user_license_agreement_territories_linkages_response import (
    EndUserLicenseAgreementTerritoriesLinkagesResponse as EndUserLicenseAgreementTerritoriesLinkagesResponse,
)
from ascapi.models.end_user_license_agreement_territories_linkages_response import (
    EndUserLicenseAgreementTerritoriesLinkagesResponseData as EndUserLicenseAgreementTerritoriesLinkagesResponseData,
)
from ascapi.models.end_user_license_agreement_update_request import (
    EndUserLicenseAgreementUpdateRequest as EndUserLicenseAgreementUpdateRequest,
)
from ascapi.models.end_user_license_agreement_update_request import (
    EndUserLicenseAgreementUpdateRequestData as EndUserLicenseAgreementUpdateRequestData,
)
from ascapi.models.end_user_license_agreement_update_request import (
    EndUserLicenseAgreementUpdateRequestDataAttributes as EndUserLicenseAgreementUpdateRequestDataAttributes,
)
from ascapi.models.end_user_license_agreement_update_request import (
    EndUserLicenseAgreementUpdateRequestDataRelationships as EndUserLicenseAgreementUpdateRequestDataRelationships,
)
from ascapi.models.end_user_license_agreement_update_request import (
    EndUserLicenseAgreementUpdateRequestDataRelationshipsTerritories as EndUserLicenseAgreementUpdateRequestDataRelationshipsTerritories,
)
from ascapi.models.end_user_license_agreement_update_request import (
    EndUserLicenseAgreementUpdateRequestDataRelationshipsTerritoriesData as EndUserLicenseAgreementUpdateRequestDataRelationshipsTerritoriesData,
)
from ascapi.models.end_user_license_agreement_without_includes_response import (
    EndUserLicenseAgreementWithoutIncludesResponse as EndUserLicenseAgreementWithoutIncludesResponse,
)
from ascapi.models.error_links import ErrorLinks as ErrorLinks
from ascapi.models.error_links import Member as Member
from ascapi.models.error_links import MemberMeta as MemberMeta
from ascapi.models.error_response import ErrorResponse as ErrorResponse
from ascapi.models.error_response import ErrorResponseErrors as ErrorResponseErrors
from ascapi.models.error_source_parameter import ErrorSourceParameter as ErrorSourceParameter
from ascapi.models.error_source_pointer import ErrorSourcePointer as ErrorSourcePointer
from ascapi.models.external_beta_state import ExternalBetaState as ExternalBetaState
from ascapi.models.file_location import FileLocation as FileLocation
from ascapi.models.game_center_achievement import GameCenterAchievement as GameCenterAchievement
from ascapi.models.game_center_achievement import (
    GameCenterAchievementAttributes as GameCenterAchievementAttributes,
)
from ascapi.models.game_center_achievement import (
    GameCenterAchievementRelationships as GameCenterAchievementRelationships,
)
from ascapi.models.game_center_achievement import (
    GameCenterAchievementRelationshipsActivity as GameCenterAchievementRelationshipsActivity,
)
from ascapi.models.game_center_achievement import (
    GameCenterAchievementRelationshipsActivityData as GameCenterAchievementRelationshipsActivityData,
)
from ascapi.models.game_center_achievement import (
    GameCenterAchievementRelationshipsGameCenterDetail as GameCenterAchievementRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_achievement import (
    GameCenterAchievementRelationshipsGameCenterDetailData as GameCenterAchievementRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_achievement import (
    GameCenterAchievementRelationshipsGameCenterGroup as GameCenterAchievementRelationshipsGameCenterGroup,
)
from ascapi.models.game_center_achievement import (
    GameCenterAchievementRelationshipsGameCenterGroupData as GameCenterAchievementRelationshipsGameCenterGroupData,
)
from ascapi.models.game_center_achievement import (
    GameCenterAchievementRelationshipsGroupAchievement as GameCenterAchievementRelationshipsGroupAchievement,
)
from ascapi.models.game_center_achievement import (
    GameCenterAchievementRelationshipsGroupAchievementData as GameCenterAchievementRelationshipsGroupAchievementData,
)
from ascapi.models.game_center_achievement import (
    GameCenterAchievementRelationshipsLocalizations as GameCenterAchievementRelationshipsLocalizations,
)
from ascapi.models.game_center_achievement import (
    GameCenterAchievementRelationshipsLocalizationsData as GameCenterAchievementRelationshipsLocalizationsData,
)
from ascapi.models.game_center_achievement import (
    GameCenterAchievementRelationshipsReleases as GameCenterAchievementRelationshipsReleases,
)
from ascapi.models.game_center_achievement import (
    GameCenterAchievementRelationshipsReleasesData as GameCenterAchievementRelationshipsReleasesData,
)
from ascapi.models.game_center_achievement_activity_linkage_request import (
    GameCenterAchievementActivityLinkageRequest as GameCenterAchievementActivityLinkageRequest,
)
from ascapi.models.game_center_achievement_activity_linkage_request import (
    GameCenterAchievementActivityLinkageRequestData as GameCenterAchievementActivityLinkageRequestData,
)
from ascapi.models.game_center_achievement_create_request import (
    GameCenterAchievementCreateRequest as GameCenterAchievementCreateRequest,
)
from ascapi.models.game_center_achievement_create_request import (
    GameCenterAchievementCreateRequestData as GameCenterAchievementCreateRequestData,
)
from ascapi.models.game_center_achievement_create_request import (
    GameCenterAchievementCreateRequestDataAttributes as GameCenterAchievementCreateRequestDataAttributes,
)
from ascapi.models.game_center_achievement_create_request import (
    GameCenterAchievementCreateRequestDataRelationships as GameCenterAchievementCreateRequestDataRelationships,
)
from ascapi.models.game_center_achievement_create_request import (
    GameCenterAchievementCreateRequestDataRelationshipsGameCenterDetail as GameCenterAchievementCreateRequestDataRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_achievement_create_request import (
    GameCenterAchievementCreateRequestDataRelationshipsGameCenterDetailData as GameCenterAchievementCreateRequestDataRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_achievement_create_request import (
    GameCenterAchievementCreateRequestDataRelationshipsGameCenterGroup as GameCenterAchievementCreateRequestDataRelationshipsGameCenterGroup,
)
from ascapi.models.game_center_achievement_create_request import (
    GameCenterAchievementCreateRequestDataRelationshipsGameCenterGroupData as GameCenterAchievementCreateRequestDataRelationshipsGameCenterGroupData,
)
from ascapi.models.game_center_achievement_group_achievement_linkage_request import (
    GameCenterAchievementGroupAchievementLinkageRequest as GameCenterAchievementGroupAchievementLinkageRequest,
)
from ascapi.models.game_center_achievement_group_achievement_linkage_request import (
    GameCenterAchievementGroupAchievementLinkageRequestData as GameCenterAchievementGroupAchievementLinkageRequestData,
)
from ascapi.models.game_center_achievement_group_achievement_linkage_response import (
    GameCenterAchievementGroupAchievementLinkageResponse as GameCenterAchievementGroupAchievementLinkageResponse,
)
from ascapi.models.game_center_achievement_group_achievement_linkage_response import (
    GameCenterAchievementGroupAchievementLinkageResponseData as GameCenterAchievementGroupAchievementLinkageResponseData,
)
from ascapi.models.game_center_achievement_image import (
    GameCenterAchievementImage as GameCenterAchievementImage,
)
from ascapi.models.game_center_achievement_image import (
    GameCenterAchievementImageAttributes as GameCenterAchievementImageAttributes,
)
from ascapi.models.game_center_achievement_image import (
    GameCenterAchievementImageRelationships as GameCenterAchievementImageRelationships,
)
from ascapi.models.game_center_achievement_image import (
    GameCenterAchievementImageRelationshipsGameCenterAchievementLocalization as GameCenterAchievementImageRelationshipsGameCenterAchievementLocalization,
)
from ascapi.models.game_center_achievement_image import (
    GameCenterAchievementImageRelationshipsGameCenterAchievementLocalizationData as GameCenterAchievementImageRelationshipsGameCenterAchievementLocalizationData,
)
from ascapi.models.game_center_achievement_image_create_request import (
    GameCenterAchievementImageCreateRequest as GameCenterAchievementImageCreateRequest,
)
from ascapi.models.game_center_achievement_image_create_request import (
    GameCenterAchievementImageCreateRequestData as GameCenterAchievementImageCreateRequestData,
)
from ascapi.models.game_center_achievement_image_create_request import (
    GameCenterAchievementImageCreateRequestDataAttributes as GameCenterAchievementImageCreateRequestDataAttributes,
)
from ascapi.models.game_center_achievement_image_create_request import (
    GameCenterAchievementImageCreateRequestDataRelationships as GameCenterAchievementImageCreateRequestDataRelationships,
)
from ascapi.models.game_center_achievement_image_create_request import (
    GameCenterAchievementImageCreateRequestDataRelationshipsGameCenterAchievementLocalization as GameCenterAchievementImageCreateRequestDataRelationshipsGameCenterAchievementLocalization,
)
from ascapi.models.game_center_achievement_image_create_request import (
    GameCenterAchievementImageCreateRequestDataRelationshipsGameCenterAchievementLocalizationData as GameCenterAchievementImageCreateRequestDataRelationshipsGameCenterAchievementLocalizationData,
)
from ascapi.models.game_center_achievement_image_response import (
    GameCenterAchievementImageResponse as GameCenterAchievementImageResponse,
)
from ascapi.models.game_center_achievement_image_update_request import (
    GameCenterAchievementImageUpdateRequest as GameCenterAchievementImageUpdateRequest,
)
from ascapi.models.game_center_achievement_image_update_request import (
    GameCenterAchievementImageUpdateRequestData as GameCenterAchievementImageUpdateRequestData,
)
from ascapi.models.game_center_achievement_image_update_request import (
    GameCenterAchievementImageUpdateRequestDataAttributes as GameCenterAchievementImageUpdateRequestDataAttributes,
)
from ascapi.models.game_center_achievement_image_v2 import (
    GameCenterAchievementImageV2 as GameCenterAchievementImageV2,
)
from ascapi.models.game_center_achievement_image_v2 import (
    GameCenterAchievementImageV2Attributes as GameCenterAchievementImageV2Attributes,
)
from ascapi.models.game_center_achievement_image_v2 import (
    GameCenterAchievementImageV2Relationships as GameCenterAchievementImageV2Relationships,
)
from ascapi.models.game_center_achievement_image_v2 import (
    GameCenterAchievementImageV2RelationshipsLocalization as GameCenterAchievementImageV2RelationshipsLocalization,
)
from ascapi.models.game_center_achievement_image_v2 import (
    GameCenterAchievementImageV2RelationshipsLocalizationData as GameCenterAchievementImageV2RelationshipsLocalizationData,
)
from ascapi.models.game_center_achievement_image_v2_create_request import (
    GameCenterAchievementImageV2CreateRequest as GameCenterAchievementImageV2CreateRequest,
)
from ascapi.models.game_center_achievement_image_v2_create_request import (
    GameCenterAchievementImageV2CreateRequestData as GameCenterAchievementImageV2CreateRequestData,
)
from ascapi.models.game_center_achievement_image_v2_create_request import (
    GameCenterAchievementImageV2CreateRequestDataAttributes as GameCenterAchievementImageV2CreateRequestDataAttributes,
)
from ascapi.models.game_center_achievement_image_v2_create_request import (
    GameCenterAchievementImageV2CreateRequestDataRelationships as GameCenterAchievementImageV2CreateRequestDataRelationships,
)
from ascapi.models.game_center_achievement_image_v2_create_request import (
    GameCenterAchievementImageV2CreateRequestDataRelationshipsLocalization as GameCenterAchievementImageV2CreateRequestDataRelationshipsLocalization,
)
from ascapi.models.game_center_achievement_image_v2_create_request import (
    GameCenterAchievementImageV2CreateRequestDataRelationshipsLocalizationData as GameCenterAchievementImageV2CreateRequestDataRelationshipsLocalizationData,
)
from ascapi.models.game_center_achievement_image_v2_response import (
    GameCenterAchievementImageV2Response as GameCenterAchievementImageV2Response,
)
from ascapi.models.game_center_achievement_image_v2_update_request import (
    GameCenterAchievementImageV2UpdateRequest as GameCenterAchievementImageV2UpdateRequest,
)
from ascapi.models.game_center_achievement_image_v2_update_request import (
    GameCenterAchievementImageV2UpdateRequestData as GameCenterAchievementImageV2UpdateRequestData,
)
from ascapi.models.game_center_achievement_image_v2_update_request import (
    GameCenterAchievementImageV2UpdateRequestDataAttributes as GameCenterAchievementImageV2UpdateRequestDataAttributes,
)
from ascapi.models.game_center_achievement_localization import (
    GameCenterAchievementLocalization as GameCenterAchievementLocalization,
)
from ascapi.models.game_center_achievement_localization import (
    GameCenterAchievementLocalizationAttributes as GameCenterAchievementLocalizationAttributes,
)
from ascapi.models.game_center_achievement_localization import (
    GameCenterAchievementLocalizationRelationships as GameCenterAchievementLocalizationRelationships,
)
from ascapi.models.game_center_achievement_localization import (
    GameCenterAchievementLocalizationRelationshipsGameCenterAchievement as GameCenterAchievementLocalizationRelationshipsGameCenterAchievement,
)
from ascapi.models.game_center_achievement_localization import (
    GameCenterAchievementLocalizationRelationshipsGameCenterAchievementData as GameCenterAchievementLocalizationRelationshipsGameCenterAchievementData,
)
from ascapi.models.game_center_achievement_localization import (
    GameCenterAchievementLocalizationRelationshipsGameCenterAchievementImage as GameCenterAchievementLocalizationRelationshipsGameCenterAchievementImage,
)
from ascapi.models.game_center_achievement_localization import (
    GameCenterAchievementLocalizationRelationshipsGameCenterAchievementImageData as GameCenterAchievementLocalizationRelationshipsGameCenterAchievementImageData,
)
from ascapi.models.game_center_achievement_localization_create_request import (
    GameCenterAchievementLocalizationCreateRequest as GameCenterAchievementLocalizationCreateRequest,
)
from ascapi.models.game_center_achievement_localization_create_request import (
    GameCenterAchievementLocalizationCreateRequestData as GameCenterAchievementLocalizationCreateRequestData,
)
from ascapi.models.game_center_achievement_localization_create_request import (
    GameCenterAchievementLocalizationCreateRequestDataAttributes as GameCenterAchievementLocalizationCreateRequestDataAttributes,
)
from ascapi.models.game_center_achievement_localization_create_request import (
    GameCenterAchievementLocalizationCreateRequestDataRelationships as GameCenterAchievementLocalizationCreateRequestDataRelationships,
)
from ascapi.models.game_center_achievement_localization_create_request import (
    GameCenterAchievementLocalizationCreateRequestDataRelationshipsGameCenterAchievement as GameCenterAchievementLocalizationCreateRequestDataRelationshipsGameCenterAchievement,
)
from ascapi.models.game_center_achievement_localization_create_request import (
    GameCenterAchievementLocalizationCreateRequestDataRelationshipsGameCenterAchievementData as GameCenterAchievementLocalizationCreateRequestDataRelationshipsGameCenterAchievementData,
)
from ascapi.models.game_center_achievement_localization_game_center_achievement_image_linkage_response import (
    GameCenterAchievementLocalizationGameCenterAchievementImageLinkageResponse as GameCenterAchievementLocalizationGameCenterAchievementImageLinkageResponse,
)
from ascapi.models.game_center_achievement_localization_game_center_achievement_image_linkage_response import (
    GameCenterAchievementLocalizationGameCenterAchievementImageLinkageResponseData as GameCenterAchievementLocalizationGameCenterAchievementImageLinkageResponseData,
)
from ascapi.models.game_center_achievement_localization_game_center_achievement_linkage_response import (
    GameCenterAchievementLocalizationGameCenterAchievementLinkageResponse as GameCenterAchievementLocalizationGameCenterAchievementLinkageResponse,
)
from ascapi.models.game_center_achievement_localization_game_center_achievement_linkage_response import (
    GameCenterAchievementLocalizationGameCenterAchievementLinkageResponseData as GameCenterAchievementLocalizationGameCenterAchievementLinkageResponseData,
)
from ascapi.models.game_center_achievement_localization_response import (
    GameCenterAchievementLocalizationResponse as GameCenterAchievementLocalizationResponse,
)
from ascapi.models.game_center_achievement_localization_update_request import (
    GameCenterAchievementLocalizationUpdateRequest as GameCenterAchievementLocalizationUpdateRequest,
)
from ascapi.models.game_center_achievement_localization_update_request import (
    GameCenterAchievementLocalizationUpdateRequestData as GameCenterAchievementLocalizationUpdateRequestData,
)
from ascapi.models.game_center_achievement_localization_update_request import (
    GameCenterAchievementLocalizationUpdateRequestDataAttributes as GameCenterAchievementLocalizationUpdateRequestDataAttributes,
)
from ascapi.models.game_center_achievement_localization_v2 import (
    GameCenterAchievementLocalizationV2 as GameCenterAchievementLocalizationV2,
)
from ascapi.models.game_center_achievement_localization_v2 import (
    GameCenterAchievementLocalizationV2Attributes as GameCenterAchievementLocalizationV2Attributes,
)
from ascapi.models.game_center_achievement_localization_v2 import (
    GameCenterAchievementLocalizationV2Relationships as GameCenterAchievementLocalizationV2Relationships,
)
from ascapi.models.game_center_achievement_localization_v2 import (
    GameCenterAchievementLocalizationV2RelationshipsImage as GameCenterAchievementLocalizationV2RelationshipsImage,
)
from ascapi.models.game_center_achievement_localization_v2 import (
    GameCenterAchievementLocalizationV2RelationshipsImageData as GameCenterAchievementLocalizationV2RelationshipsImageData,
)
from ascapi.models.game_center_achievement_localization_v2 import (
    GameCenterAchievementLocalizationV2RelationshipsVersion as GameCenterAchievementLocalizationV2RelationshipsVersion,
)
from ascapi.models.game_center_achievement_localization_v2 import (
    GameCenterAchievementLocalizationV2RelationshipsVersionData as GameCenterAchievementLocalizationV2RelationshipsVersionData,
)
from ascapi.models.game_center_achievement_localization_v2_create_request import (
    GameCenterAchievementLocalizationV2CreateRequest as GameCenterAchievementLocalizationV2CreateRequest,
)
from ascapi.models.game_center_achievement_localization_v2_create_request import (
    GameCenterAchievementLocalizationV2CreateRequestData as GameCenterAchievementLocalizationV2CreateRequestData,
)
from ascapi.models.game_center_achievement_localization_v2_create_request import (
    GameCenterAchievementLocalizationV2CreateRequestDataAttributes as GameCenterAchievementLocalizationV2CreateRequestDataAttributes,
)
from ascapi.models.game_center_achievement_localization_v2_create_request import (
    GameCenterAchievementLocalizationV2CreateRequestDataRelationships as GameCenterAchievementLocalizationV2CreateRequestDataRelationships,
)
from ascapi.models.game_center_achievement_localization_v2_create_request import (
    GameCenterAchievementLocalizationV2CreateRequestDataRelationshipsVersion as GameCenterAchievementLocalizationV2CreateRequestDataRelationshipsVersion,
)
from ascapi.models.game_center_achievement_localization_v2_create_request import (
    GameCenterAchievementLocalizationV2CreateRequestDataRelationshipsVersionData as GameCenterAchievementLocalizationV2CreateRequestDataRelationshipsVersionData,
)
from ascapi.models.game_center_achievement_localization_v2_image_linkage_response import (
    GameCenterAchievementLocalizationV2ImageLinkageResponse as GameCenterAchievementLocalizationV2ImageLinkageResponse,
)
from ascapi.models.game_center_achievement_localization_v2_image_linkage_response import (
    GameCenterAchievementLocalizationV2ImageLinkageResponseData as GameCenterAchievementLocalizationV2ImageLinkageResponseData,
)
from ascapi.models.game_center_achievement_localization_v2_response import (
    GameCenterAchievementLocalizationV2Response as GameCenterAchievementLocalizationV2Response,
)
from ascapi.models.game_center_achievement_localization_v2_update_request import (
    GameCenterAchievementLocalizationV2UpdateRequest as GameCenterAchievementLocalizationV2UpdateRequest,
)
from ascapi.models.game_center_achievement_localization_v2_update_request import (
    GameCenterAchievementLocalizationV2UpdateRequestData as GameCenterAchievementLocalizationV2UpdateRequestData,
)
from ascapi.models.game_center_achievement_localization_v2_update_request import (
    GameCenterAchievementLocalizationV2UpdateRequestDataAttributes as GameCenterAchievementLocalizationV2UpdateRequestDataAttributes,
)
from ascapi.models.game_center_achievement_localizations_linkages_response import (
    GameCenterAchievementLocalizationsLinkagesResponse as GameCenterAchievementLocalizationsLinkagesResponse,
)
from ascapi.models.game_center_achievement_localizations_linkages_response import (
    GameCenterAchievementLocalizationsLinkagesResponseData as GameCenterAchievementLocalizationsLinkagesResponseData,
)
from ascapi.models.game_center_achievement_localizations_response import (
    GameCenterAchievementLocalizationsResponse as GameCenterAchievementLocalizationsResponse,
)
from ascapi.models.game_center_achievement_localizations_v2_response import (
    GameCenterAchievementLocalizationsV2Response as GameCenterAchievementLocalizationsV2Response,
)
from ascapi.models.game_center_achievement_release import (
    GameCenterAchievementRelease as GameCenterAchievementRelease,
)
from ascapi.models.game_center_achievement_release import (
    GameCenterAchievementReleaseAttributes as GameCenterAchievementReleaseAttributes,
)
from ascapi.models.game_center_achievement_release import (
    GameCenterAchievementReleaseRelationships as GameCenterAchievementReleaseRelationships,
)
from ascapi.models.game_center_achievement_release import (
    GameCenterAchievementReleaseRelationshipsGameCenterAchievement as GameCenterAchievementReleaseRelationshipsGameCenterAchievement,
)
from ascapi.models.game_center_achievement_release import (
    GameCenterAchievementReleaseRelationshipsGameCenterAchievementData as GameCenterAchievementReleaseRelationshipsGameCenterAchievementData,
)
from ascapi.models.game_center_achievement_release import (
    GameCenterAchievementReleaseRelationshipsGameCenterDetail as GameCenterAchievementReleaseRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_achievement_release import (
    GameCenterAchievementReleaseRelationshipsGameCenterDetailData as GameCenterAchievementReleaseRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_achievement_release_create_request import (
    GameCenterAchievementReleaseCreateRequest as GameCenterAchievementReleaseCreateRequest,
)
from ascapi.models.game_center_achievement_release_create_request import (
    GameCenterAchievementReleaseCreateRequestData as GameCenterAchievementReleaseCreateRequestData,
)
from ascapi.models.game_center_achievement_release_create_request import (
    GameCenterAchievementReleaseCreateRequestDataRelationships as GameCenterAchievementReleaseCreateRequestDataRelationships,
)
from ascapi.models.game_center_achievement_release_create_request import (
    GameCenterAchievementReleaseCreateRequestDataRelationshipsGameCenterAchievement as GameCenterAchievementReleaseCreateRequestDataRelationshipsGameCenterAchievement,
)
from ascapi.models.game_center_achievement_release_create_request import (
    GameCenterAchievementReleaseCreateRequestDataRelationshipsGameCenterAchievementData as GameCenterAchievementReleaseCreateRequestDataRelationshipsGameCenterAchievementData,
)
from ascapi.models.game_center_achievement_release_create_request import (
    GameCenterAchievementReleaseCreateRequestDataRelationshipsGameCenterDetail as GameCenterAchievementReleaseCreateRequestDataRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_achievement_release_create_request import (
    GameCenterAchievementReleaseCreateRequestDataRelationshipsGameCenterDetailData as GameCenterAchievementReleaseCreateRequestDataRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_achievement_release_response import (
    GameCenterAchievementReleaseResponse as GameCenterAchievementReleaseResponse,
)
from ascapi.models.game_center_achievement_releases_linkages_response import (
    GameCenterAchievementReleasesLinkagesResponse as GameCenterAchievementReleasesLinkagesResponse,
)
from ascapi.models.game_center_achievement_releases_linkages_response import (
    GameCenterAchievementReleasesLinkagesResponseData as GameCenterAchievementReleasesLinkagesResponseData,
)
from ascapi.models.game_center_achievement_releases_response import (
    GameCenterAchievementReleasesResponse as GameCenterAchievementReleasesResponse,
)
from ascapi.models.game_center_achievement_response import (
    GameCenterAchievementResponse as GameCenterAchievementResponse,
)
from ascapi.models.game_center_achievement_update_request import (
    GameCenterAchievementUpdateRequest as GameCenterAchievementUpdateRequest,
)
from ascapi.models.game_center_achievement_update_request import (
    GameCenterAchievementUpdateRequestData as GameCenterAchievementUpdateRequestData,
)
from ascapi.models.game_center_achievement_update_request import (
    GameCenterAchievementUpdateRequestDataAttributes as GameCenterAchievementUpdateRequestDataAttributes,
)
from ascapi.models.game_center_achievement_v2 import (
    GameCenterAchievementV2 as GameCenterAchievementV2,
)
from ascapi.models.game_center_achievement_v2 import (
    GameCenterAchievementV2Attributes as GameCenterAchievementV2Attributes,
)
from ascapi.models.game_center_achievement_v2 import (
    GameCenterAchievementV2Relationships as GameCenterAchievementV2Relationships,
)
from ascapi.models.game_center_achievement_v2 import (
    GameCenterAchievementV2RelationshipsActivity as GameCenterAchievementV2RelationshipsActivity,
)
from ascapi.models.game_center_achievement_v2 import (
    GameCenterAchievementV2RelationshipsActivityData as GameCenterAchievementV2RelationshipsActivityData,
)
from ascapi.models.game_center_achievement_v2 import (
    GameCenterAchievementV2RelationshipsGameCenterDetail as GameCenterAchievementV2RelationshipsGameCenterDetail,
)
from ascapi.models.game_center_achievement_v2 import (
    GameCenterAchievementV2RelationshipsGameCenterDetailData as GameCenterAchievementV2RelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_achievement_v2 import (
    GameCenterAchievementV2RelationshipsGameCenterGroup as GameCenterAchievementV2RelationshipsGameCenterGroup,
)
from ascapi.models.game_center_achievement_v2 import (
    GameCenterAchievementV2RelationshipsGameCenterGroupData as GameCenterAchievementV2RelationshipsGameCenterGroupData,
)
from ascapi.models.game_center_achievement_v2 import (
    GameCenterAchievementV2RelationshipsVersions as GameCenterAchievementV2RelationshipsVersions,
)
from ascapi.models.game_center_achievement_v2 import (
    GameCenterAchievementV2RelationshipsVersionsData as GameCenterAchievementV2RelationshipsVersionsData,
)
from ascapi.models.game_center_achievement_v2_activity_linkage_request import (
    GameCenterAchievementV2ActivityLinkageRequest as GameCenterAchievementV2ActivityLinkageRequest,
)
from ascapi.models.game_center_achievement_v2_activity_linkage_request import (
    GameCenterAchievementV2ActivityLinkageRequestData as GameCenterAchievementV2ActivityLinkageRequestData,
)
from ascapi.models.game_center_achievement_v2_create_request import (
    GameCenterAchievementV2CreateRequest as GameCenterAchievementV2CreateRequest,
)
from ascapi.models.game_center_achievement_v2_create_request import (
    GameCenterAchievementV2CreateRequestData as GameCenterAchievementV2CreateRequestData,
)
from ascapi.models.game_center_achievement_v2_create_request import (
    GameCenterAchievementV2CreateRequestDataAttributes as GameCenterAchievementV2CreateRequestDataAttributes,
)
from ascapi.models.game_center_achievement_v2_create_request import (
    GameCenterAchievementV2CreateRequestDataRelationships as GameCenterAchievementV2CreateRequestDataRelationships,
)
from ascapi.models.game_center_achievement_v2_create_request import (
    GameCenterAchievementV2CreateRequestDataRelationshipsGameCenterDetail as GameCenterAchievementV2CreateRequestDataRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_achievement_v2_create_request import (
    GameCenterAchievementV2CreateRequestDataRelationshipsGameCenterDetailData as GameCenterAchievementV2CreateRequestDataRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_achievement_v2_create_request import (
    GameCenterAchievementV2CreateRequestDataRelationshipsGameCenterGroup as GameCenterAchievementV2CreateRequestDataRelationshipsGameCenterGroup,
)
from ascapi.models.game_center_achievement_v2_create_request import (
    GameCenterAchievementV2CreateRequestDataRelationshipsGameCenterGroupData as GameCenterAchievementV2CreateRequestDataRelationshipsGameCenterGroupData,
)
from ascapi.models.game_center_achievement_v2_create_request import (
    GameCenterAchievementV2CreateRequestDataRelationshipsVersions as GameCenterAchievementV2CreateRequestDataRelationshipsVersions,
)
from ascapi.models.game_center_achievement_v2_create_request import (
    GameCenterAchievementV2CreateRequestDataRelationshipsVersionsData as GameCenterAchievementV2CreateRequestDataRelationshipsVersionsData,
)
from ascapi.models.game_center_achievement_v2_response import (
    GameCenterAchievementV2Response as GameCenterAchievementV2Response,
)
from ascapi.models.game_center_achievement_v2_update_request import (
    GameCenterAchievementV2UpdateRequest as GameCenterAchievementV2UpdateRequest,
)
from ascapi.models.game_center_achievement_v2_update_request import (
    GameCenterAchievementV2UpdateRequestData as GameCenterAchievementV2UpdateRequestData,
)
from ascapi.models.game_center_achievement_v2_update_request import (
    GameCenterAchievementV2UpdateRequestDataAttributes as GameCenterAchievementV2UpdateRequestDataAttributes,
)
from ascapi.models.game_center_achievement_v2_versions_linkages_response import (
    GameCenterAchievementV2VersionsLinkagesResponse as GameCenterAchievementV2VersionsLinkagesResponse,
)
from ascapi.models.game_center_achievement_v2_versions_linkages_response import (
    GameCenterAchievementV2VersionsLinkagesResponseData as GameCenterAchievementV2VersionsLinkagesResponseData,
)
from ascapi.models.game_center_achievement_version_v2 import (
    GameCenterAchievementVersionV2 as GameCenterAchievementVersionV2,
)
from ascapi.models.game_center_achievement_version_v2 import (
    GameCenterAchievementVersionV2Attributes as GameCenterAchievementVersionV2Attributes,
)
from ascapi.models.game_center_achievement_version_v2 import (
    GameCenterAchievementVersionV2Relationships as GameCenterAchievementVersionV2Relationships,
)
from ascapi.models.game_center_achievement_version_v2 import (
    GameCenterAchievementVersionV2RelationshipsAchievement as GameCenterAchievementVersionV2RelationshipsAchievement,
)
from ascapi.models.game_center_achievement_version_v2 import (
    GameCenterAchievementVersionV2RelationshipsAchievementData as GameCenterAchievementVersionV2RelationshipsAchievementData,
)
from ascapi.models.game_center_achievement_version_v2 import (
    GameCenterAchievementVersionV2RelationshipsLocalizations as GameCenterAchievementVersionV2RelationshipsLocalizations,
)
from ascapi.models.game_center_achievement_version_v2 import (
    GameCenterAchievementVersionV2RelationshipsLocalizationsData as GameCenterAchievementVersionV2RelationshipsLocalizationsData,
)
from ascapi.models.game_center_achievement_version_v2_create_request import (
    GameCenterAchievementVersionV2CreateRequest as GameCenterAchievementVersionV2CreateRequest,
)
from ascapi.models.game_center_achievement_version_v2_create_request import (
    GameCenterAchievementVersionV2CreateRequestData as GameCenterAchievementVersionV2CreateRequestData,
)
from ascapi.models.game_center_achievement_version_v2_create_request import (
    GameCenterAchievementVersionV2CreateRequestDataRelationships as GameCenterAchievementVersionV2CreateRequestDataRelationships,
)
from ascapi.models.game_center_achievement_version_v2_create_request import (
    GameCenterAchievementVersionV2CreateRequestDataRelationshipsAchievement as GameCenterAchievementVersionV2CreateRequestDataRelationshipsAchievement,
)
from ascapi.models.game_center_achievement_version_v2_create_request import (
    GameCenterAchievementVersionV2CreateRequestDataRelationshipsAchievementData as GameCenterAchievementVersionV2CreateRequestDataRelationshipsAchievementData,
)
from ascapi.models.game_center_achievement_version_v2_inline_create import (
    GameCenterAchievementVersionV2InlineCreate as GameCenterAchievementVersionV2InlineCreate,
)
from ascapi.models.game_center_achievement_version_v2_inline_create import (
    GameCenterAchievementVersionV2InlineCreateRelationships as GameCenterAchievementVersionV2InlineCreateRelationships,
)
from ascapi.models.game_center_achievement_version_v2_inline_create import (
    GameCenterAchievementVersionV2InlineCreateRelationshipsAchievement as GameCenterAchievementVersionV2InlineCreateRelationshipsAchievement,
)
from ascapi.models.game_center_achievement_version_v2_inline_create import (
    GameCenterAchievementVersionV2InlineCreateRelationshipsAchievementData as GameCenterAchievementVersionV2InlineCreateRelationshipsAchievementData,
)
from ascapi.models.game_center_achievement_version_v2_localizations_linkages_response import (
    GameCenterAchievementVersionV2LocalizationsLinkagesResponse as GameCenterAchievementVersionV2LocalizationsLinkagesResponse,
)
from ascapi.models.game_center_achievement_version_v2_localizations_linkages_response import (
    GameCenterAchievementVersionV2LocalizationsLinkagesResponseData as GameCenterAchievementVersionV2LocalizationsLinkagesResponseData,
)
from ascapi.models.game_center_achievement_version_v2_response import (
    GameCenterAchievementVersionV2Response as GameCenterAchievementVersionV2Response,
)
from ascapi.models.game_center_achievement_versions_v2_response import (
    GameCenterAchievementVersionsV2Response as GameCenterAchievementVersionsV2Response,
)
from ascapi.models.game_center_achievements_response import (
    GameCenterAchievementsResponse as GameCenterAchievementsResponse,
)
from ascapi.models.game_center_achievements_v2_response import (
    GameCenterAchievementsV2Response as GameCenterAchievementsV2Response,
)
from ascapi.models.game_center_activities_response import (
    GameCenterActivitiesResponse as GameCenterActivitiesResponse,
)
from ascapi.models.game_center_activity import GameCenterActivity as GameCenterActivity
from ascapi.models.game_center_activity import (
    GameCenterActivityAttributes as GameCenterActivityAttributes,
)
from ascapi.models.game_center_activity import (
    GameCenterActivityRelationships as GameCenterActivityRelationships,
)
from ascapi.models.game_center_activity import (
    GameCenterActivityRelationshipsAchievements as GameCenterActivityRelationshipsAchievements,
)
from ascapi.models.game_center_activity import (
    GameCenterActivityRelationshipsAchievementsData as GameCenterActivityRelationshipsAchievementsData,
)
from ascapi.models.game_center_activity import (
    GameCenterActivityRelationshipsAchievementsV2 as GameCenterActivityRelationshipsAchievementsV2,
)
from ascapi.models.game_center_activity import (
    GameCenterActivityRelationshipsGameCenterDetail as GameCenterActivityRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_activity import (
    GameCenterActivityRelationshipsGameCenterDetailData as GameCenterActivityRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_activity import (
    GameCenterActivityRelationshipsGameCenterGroup as GameCenterActivityRelationshipsGameCenterGroup,
)
from ascapi.models.game_center_activity import (
    GameCenterActivityRelationshipsGameCenterGroupData as GameCenterActivityRelationshipsGameCenterGroupData,
)
from ascapi.models.game_center_activity import (
    GameCenterActivityRelationshipsLeaderboards as GameCenterActivityRelationshipsLeaderboards,
)
from ascapi.models.game_center_activity import (
    GameCenterActivityRelationshipsLeaderboardsData as GameCenterActivityRelationshipsLeaderboardsData,
)
from ascapi.models.game_center_activity import (
    GameCenterActivityRelationshipsLeaderboardsV2 as GameCenterActivityRelationshipsLeaderboardsV2,
)
from ascapi.models.game_center_activity import (
    GameCenterActivityRelationshipsVersions as GameCenterActivityRelationshipsVersions,
)
from ascapi.models.game_center_activity import (
    GameCenterActivityRelationshipsVersionsData as GameCenterActivityRelationshipsVersionsData,
)
from ascapi.models.game_center_activity_achievements_linkages_request import (
    GameCenterActivityAchievementsLinkagesRequest as GameCenterActivityAchievementsLinkagesRequest,
)
from ascapi.models.game_center_activity_achievements_linkages_request import (
    GameCenterActivityAchievementsLinkagesRequestData as GameCenterActivityAchievementsLinkagesRequestData,
)
from ascapi.models.game_center_activity_achievements_v2_linkages_request import (
    GameCenterActivityAchievementsV2LinkagesRequest as GameCenterActivityAchievementsV2LinkagesRequest,
)
from ascapi.models.game_center_activity_achievements_v2_linkages_request import (
    GameCenterActivityAchievementsV2LinkagesRequestData as GameCenterActivityAchievementsV2LinkagesRequestData,
)
from ascapi.models.game_center_activity_create_request import (
    GameCenterActivityCreateRequest as GameCenterActivityCreateRequest,
)
from ascapi.models.game_center_activity_create_request import (
    GameCenterActivityCreateRequestData as GameCenterActivityCreateRequestData,
)
from ascapi.models.game_center_activity_create_request import (
    GameCenterActivityCreateRequestDataAttributes as GameCenterActivityCreateRequestDataAttributes,
)
from ascapi.models.game_center_activity_create_request import (
    GameCenterActivityCreateRequestDataRelationships as GameCenterActivityCreateRequestDataRelationships,
)
from ascapi.models.game_center_activity_create_request import (
    GameCenterActivityCreateRequestDataRelationshipsGameCenterDetail as GameCenterActivityCreateRequestDataRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_activity_create_request import (
    GameCenterActivityCreateRequestDataRelationshipsGameCenterDetailData as GameCenterActivityCreateRequestDataRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_activity_create_request import (
    GameCenterActivityCreateRequestDataRelationshipsGameCenterGroup as GameCenterActivityCreateRequestDataRelationshipsGameCenterGroup,
)
from ascapi.models.game_center_activity_create_request import (
    GameCenterActivityCreateRequestDataRelationshipsGameCenterGroupData as GameCenterActivityCreateRequestDataRelationshipsGameCenterGroupData,
)
from ascapi.models.game_center_activity_create_request import (
    GameCenterActivityCreateRequestDataRelationshipsVersions as GameCenterActivityCreateRequestDataRelationshipsVersions,
)
from ascapi.models.game_center_activity_create_request import (
    GameCenterActivityCreateRequestDataRelationshipsVersionsData as GameCenterActivityCreateRequestDataRelationshipsVersionsData,
)
from ascapi.models.game_center_activity_image import (
    GameCenterActivityImage as GameCenterActivityImage,
)
from ascapi.models.game_center_activity_image import (
    GameCenterActivityImageAttributes as GameCenterActivityImageAttributes,
)
from ascapi.models.game_center_activity_image_create_request import (
    GameCenterActivityImageCreateRequest as GameCenterActivityImageCreateRequest,
)
from ascapi.models.game_center_activity_image_create_request import (
    GameCenterActivityImageCreateRequestData as GameCenterActivityImageCreateRequestData,
)
from ascapi.models.game_center_activity_image_create_request import (
    GameCenterActivityImageCreateRequestDataAttributes as GameCenterActivityImageCreateRequestDataAttributes,
)
from ascapi.models.game_center_activity_image_create_request import (
    GameCenterActivityImageCreateRequestDataRelationships as GameCenterActivityImageCreateRequestDataRelationships,
)
from ascapi.models.game_center_activity_image_create_request import (
    GameCenterActivityImageCreateRequestDataRelationshipsLocalization as GameCenterActivityImageCreateRequestDataRelationshipsLocalization,
)
from ascapi.models.game_center_activity_image_create_request import (
    GameCenterActivityImageCreateRequestDataRelationshipsLocalizationData as GameCenterActivityImageCreateRequestDataRelationshipsLocalizationData,
)
from ascapi.models.game_center_activity_image_create_request import (
    GameCenterActivityImageCreateRequestDataRelationshipsVersion as GameCenterActivityImageCreateRequestDataRelationshipsVersion,
)
from ascapi.models.game_center_activity_image_create_request import (
    GameCenterActivityImageCreateRequestDataRelationshipsVersionData as GameCenterActivityImageCreateRequestDataRelationshipsVersionData,
)
from ascapi.models.game_center_activity_image_response import (
    GameCenterActivityImageResponse as GameCenterActivityImageResponse,
)
from ascapi.models.game_center_activity_image_update_request import (
    GameCenterActivityImageUpdateRequest as GameCenterActivityImageUpdateRequest,
)
from ascapi.models.game_center_activity_image_update_request import (
    GameCenterActivityImageUpdateRequestData as GameCenterActivityImageUpdateRequestData,
)
from ascapi.models.game_center_activity_image_update_request import (
    GameCenterActivityImageUpdateRequestDataAttributes as GameCenterActivityImageUpdateRequestDataAttributes,
)
from ascapi.models.game_center_activity_leaderboards_linkages_request import (
    GameCenterActivityLeaderboardsLinkagesRequest as GameCenterActivityLeaderboardsLinkagesRequest,
)
from ascapi.models.game_center_activity_leaderboards_linkages_request import (
    GameCenterActivityLeaderboardsLinkagesRequestData as GameCenterActivityLeaderboardsLinkagesRequestData,
)
from ascapi.models.game_center_activity_leaderboards_v2_linkages_request import (
    GameCenterActivityLeaderboardsV2LinkagesRequest as GameCenterActivityLeaderboardsV2LinkagesRequest,
)
from ascapi.models.game_center_activity_leaderboards_v2_linkages_request import (
    GameCenterActivityLeaderboardsV2LinkagesRequestData as GameCenterActivityLeaderboardsV2LinkagesRequestData,
)
from ascapi.models.game_center_activity_localization import (
    GameCenterActivityLocalization as GameCenterActivityLocalization,
)
from ascapi.models.game_center_activity_localization import (
    GameCenterActivityLocalizationAttributes as GameCenterActivityLocalizationAttributes,
)
from ascapi.models.game_center_activity_localization import (
    GameCenterActivityLocalizationRelationships as GameCenterActivityLocalizationRelationships,
)
from ascapi.models.game_center_activity_localization import (
    GameCenterActivityLocalizationRelationshipsImage as GameCenterActivityLocalizationRelationshipsImage,
)
from ascapi.models.game_center_activity_localization import (
    GameCenterActivityLocalizationRelationshipsImageData as GameCenterActivityLocalizationRelationshipsImageData,
)
from ascapi.models.game_center_activity_localization import (
    GameCenterActivityLocalizationRelationshipsVersion as GameCenterActivityLocalizationRelationshipsVersion,
)
from ascapi.models.game_center_activity_localization import (
    GameCenterActivityLocalizationRelationshipsVersionData as GameCenterActivityLocalizationRelationshipsVersionData,
)
from ascapi.models.game_center_activity_localization_create_request import (
    GameCenterActivityLocalizationCreateRequest as GameCenterActivityLocalizationCreateRequest,
)
from ascapi.models.game_center_activity_localization_create_request import (
    GameCenterActivityLocalizationCreateRequestData as GameCenterActivityLocalizationCreateRequestData,
)
from ascapi.models.game_center_activity_localization_create_request import (
    GameCenterActivityLocalizationCreateRequestDataAttributes as GameCenterActivityLocalizationCreateRequestDataAttributes,
)
from ascapi.models.game_center_activity_localization_create_request import (
    GameCenterActivityLocalizationCreateRequestDataRelationships as GameCenterActivityLocalizationCreateRequestDataRelationships,
)
from ascapi.models.game_center_activity_localization_create_request import (
    GameCenterActivityLocalizationCreateRequestDataRelationshipsVersion as GameCenterActivityLocalizationCreateRequestDataRelationshipsVersion,
)
from ascapi.models.game_center_activity_localization_create_request import (
    GameCenterActivityLocalizationCreateRequestDataRelationshipsVersionData as GameCenterActivityLocalizationCreateRequestDataRelationshipsVersionData,
)
from ascapi.models.game_center_activity_localization_image_linkage_response import (
    GameCenterActivityLocalizationImageLinkageResponse as GameCenterActivityLocalizationImageLinkageResponse,
)
from ascapi.models.game_center_activity_localization_image_linkage_response import (
    GameCenterActivityLocalizationImageLinkageResponseData as GameCenterActivityLocalizationImageLinkageResponseData,
)
from ascapi.models.game_center_activity_localization_response import (
    GameCenterActivityLocalizationResponse as GameCenterActivityLocalizationResponse,
)
from ascapi.models.game_center_activity_localization_update_request import (
    GameCenterActivityLocalizationUpdateRequest as GameCenterActivityLocalizationUpdateRequest,
)
from ascapi.models.game_center_activity_localization_update_request import (
    GameCenterActivityLocalizationUpdateRequestData as GameCenterActivityLocalizationUpdateRequestData,
)
from ascapi.models.game_center_activity_localization_update_request import (
    GameCenterActivityLocalizationUpdateRequestDataAttributes as GameCenterActivityLocalizationUpdateRequestDataAttributes,
)
from ascapi.models.game_center_activity_localizations_response import (
    GameCenterActivityLocalizationsResponse as GameCenterActivityLocalizationsResponse,
)
from ascapi.models.game_center_activity_response import (
    GameCenterActivityResponse as GameCenterActivityResponse,
)
from ascapi.models.game_center_activity_update_request import (
    GameCenterActivityUpdateRequest as GameCenterActivityUpdateRequest,
)
from ascapi.models.game_center_activity_update_request import (
    GameCenterActivityUpdateRequestData as GameCenterActivityUpdateRequestData,
)
from ascapi.models.game_center_activity_update_request import (
    GameCenterActivityUpdateRequestDataAttributes as GameCenterActivityUpdateRequestDataAttributes,
)
from ascapi.models.game_center_activity_version import (
    GameCenterActivityVersion as GameCenterActivityVersion,
)
from ascapi.models.game_center_activity_version import (
    GameCenterActivityVersionAttributes as GameCenterActivityVersionAttributes,
)
from ascapi.models.game_center_activity_version import (
    GameCenterActivityVersionRelationships as GameCenterActivityVersionRelationships,
)
from ascapi.models.game_center_activity_version import (
    GameCenterActivityVersionRelationshipsActivity as GameCenterActivityVersionRelationshipsActivity,
)
from ascapi.models.game_center_activity_version import (
    GameCenterActivityVersionRelationshipsActivityData as GameCenterActivityVersionRelationshipsActivityData,
)
from ascapi.models.game_center_activity_version import (
    GameCenterActivityVersionRelationshipsDefaultImage as GameCenterActivityVersionRelationshipsDefaultImage,
)
from ascapi.models.game_center_activity_version import (
    GameCenterActivityVersionRelationshipsDefaultImageData as GameCenterActivityVersionRelationshipsDefaultImageData,
)
from ascapi.models.game_center_activity_version import (
    GameCenterActivityVersionRelationshipsLocalizations as GameCenterActivityVersionRelationshipsLocalizations,
)
from ascapi.models.game_center_activity_version import (
    GameCenterActivityVersionRelationshipsLocalizationsData as GameCenterActivityVersionRelationshipsLocalizationsData,
)
from ascapi.models.game_center_activity_version import (
    GameCenterActivityVersionRelationshipsReleases as GameCenterActivityVersionRelationshipsReleases,
)
from ascapi.models.game_center_activity_version import (
    GameCenterActivityVersionRelationshipsReleasesData as GameCenterActivityVersionRelationshipsReleasesData,
)
from ascapi.models.game_center_activity_version_create_request import (
    GameCenterActivityVersionCreateRequest as GameCenterActivityVersionCreateRequest,
)
from ascapi.models.game_center_activity_version_create_request import (
    GameCenterActivityVersionCreateRequestData as GameCenterActivityVersionCreateRequestData,
)
from ascapi.models.game_center_activity_version_create_request import (
    GameCenterActivityVersionCreateRequestDataAttributes as GameCenterActivityVersionCreateRequestDataAttributes,
)
from ascapi.models.game_center_activity_version_create_request import (
    GameCenterActivityVersionCreateRequestDataRelationships as GameCenterActivityVersionCreateRequestDataRelationships,
)
from ascapi.models.game_center_activity_version_create_request import (
    GameCenterActivityVersionCreateRequestDataRelationshipsActivity as GameCenterActivityVersionCreateRequestDataRelationshipsActivity,
)
from ascapi.models.game_center_activity_version_create_request import (
    GameCenterActivityVersionCreateRequestDataRelationshipsActivityData as GameCenterActivityVersionCreateRequestDataRelationshipsActivityData,
)
from ascapi.models.game_center_activity_version_default_image_linkage_response import (
    GameCenterActivityVersionDefaultImageLinkageResponse as GameCenterActivityVersionDefaultImageLinkageResponse,
)
from ascapi.models.game_center_activity_version_default_image_linkage_response import (
    GameCenterActivityVersionDefaultImageLinkageResponseData as GameCenterActivityVersionDefaultImageLinkageResponseData,
)
from ascapi.models.game_center_activity_version_inline_create import (
    GameCenterActivityVersionInlineCreate as GameCenterActivityVersionInlineCreate,
)
from ascapi.models.game_center_activity_version_inline_create import (
    GameCenterActivityVersionInlineCreateAttributes as GameCenterActivityVersionInlineCreateAttributes,
)
from ascapi.models.game_center_activity_version_inline_create import (
    GameCenterActivityVersionInlineCreateRelationships as GameCenterActivityVersionInlineCreateRelationships,
)
from ascapi.models.game_center_activity_version_inline_create import (
    GameCenterActivityVersionInlineCreateRelationshipsActivity as GameCenterActivityVersionInlineCreateRelationshipsActivity,
)
from ascapi.models.game_center_activity_version_inline_create import (
    GameCenterActivityVersionInlineCreateRelationshipsActivityData as GameCenterActivityVersionInlineCreateRelationshipsActivityData,
)
from ascapi.models.game_center_activity_version_localizations_linkages_response import (
    GameCenterActivityVersionLocalizationsLinkagesResponse as GameCenterActivityVersionLocalizationsLinkagesResponse,
)
from ascapi.models.game_center_activity_version_localizations_linkages_response import (
    GameCenterActivityVersionLocalizationsLinkagesResponseData as GameCenterActivityVersionLocalizationsLinkagesResponseData,
)
from ascapi.models.game_center_activity_version_release import (
    GameCenterActivityVersionRelease as GameCenterActivityVersionRelease,
)
from ascapi.models.game_center_activity_version_release import (
    GameCenterActivityVersionReleaseRelationships as GameCenterActivityVersionReleaseRelationships,
)
from ascapi.models.game_center_activity_version_release import (
    GameCenterActivityVersionReleaseRelationshipsVersion as GameCenterActivityVersionReleaseRelationshipsVersion,
)
from ascapi.models.game_center_activity_version_release import (
    GameCenterActivityVersionReleaseRelationshipsVersionData as GameCenterActivityVersionReleaseRelationshipsVersionData,
)
from ascapi.models.game_center_activity_version_release_create_request import (
    GameCenterActivityVersionReleaseCreateRequest as GameCenterActivityVersionReleaseCreateRequest,
)
from ascapi.models.game_center_activity_version_release_create_request import (
    GameCenterActivityVersionReleaseCreateRequestData as GameCenterActivityVersionReleaseCreateRequestData,
)
from ascapi.models.game_center_activity_version_release_create_request import (
    GameCenterActivityVersionReleaseCreateRequestDataRelationships as GameCenterActivityVersionReleaseCreateRequestDataRelationships,
)
from ascapi.models.game_center_activity_version_release_create_request import (
    GameCenterActivityVersionReleaseCreateRequestDataRelationshipsGameCenterDetail as GameCenterActivityVersionReleaseCreateRequestDataRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_activity_version_release_create_request import (
    GameCenterActivityVersionReleaseCreateRequestDataRelationshipsGameCenterDetailData as GameCenterActivityVersionReleaseCreateRequestDataRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_activity_version_release_create_request import (
    GameCenterActivityVersionReleaseCreateRequestDataRelationshipsVersion as GameCenterActivityVersionReleaseCreateRequestDataRelationshipsVersion,
)
from ascapi.models.game_center_activity_version_release_create_request import (
    GameCenterActivityVersionReleaseCreateRequestDataRelationshipsVersionData as GameCenterActivityVersionReleaseCreateRequestDataRelationshipsVersionData,
)
from ascapi.models.game_center_activity_version_release_response import (
    GameCenterActivityVersionReleaseResponse as GameCenterActivityVersionReleaseResponse,
)
from ascapi.models.game_center_activity_version_releases_response import (
    GameCenterActivityVersionReleasesResponse as GameCenterActivityVersionReleasesResponse,
)
from ascapi.models.game_center_activity_version_response import (
    GameCenterActivityVersionResponse as GameCenterActivityVersionResponse,
)
from ascapi.models.game_center_activity_version_update_request import (
    GameCenterActivityVersionUpdateRequest as GameCenterActivityVersionUpdateRequest,
)
from ascapi.models.game_center_activity_version_update_request import (
    GameCenterActivityVersionUpdateRequestData as GameCenterActivityVersionUpdateRequestData,
)
from ascapi.models.game_center_activity_version_update_request import (
    GameCenterActivityVersionUpdateRequestDataAttributes as GameCenterActivityVersionUpdateRequestDataAttributes,
)
from ascapi.models.game_center_activity_versions_linkages_response import (
    GameCenterActivityVersionsLinkagesResponse as GameCenterActivityVersionsLinkagesResponse,
)
from ascapi.models.game_center_activity_versions_linkages_response import (
    GameCenterActivityVersionsLinkagesResponseData as GameCenterActivityVersionsLinkagesResponseData,
)
from ascapi.models.game_center_activity_versions_response import (
    GameCenterActivityVersionsResponse as GameCenterActivityVersionsResponse,
)
from ascapi.models.game_center_app_version import GameCenterAppVersion as GameCenterAppVersion
from ascapi.models.game_center_app_version import (
    GameCenterAppVersionAttributes as GameCenterAppVersionAttributes,
)
from ascapi.models.game_center_app_version import (
    GameCenterAppVersionRelationships as GameCenterAppVersionRelationships,
)
from ascapi.models.game_center_app_version import (
    GameCenterAppVersionRelationshipsAppStoreVersion as GameCenterAppVersionRelationshipsAppStoreVersion,
)
from ascapi.models.game_center_app_version import (
    GameCenterAppVersionRelationshipsAppStoreVersionData as GameCenterAppVersionRelationshipsAppStoreVersionData,
)
from ascapi.models.game_center_app_version import (
    GameCenterAppVersionRelationshipsCompatibilityVersions as GameCenterAppVersionRelationshipsCompatibilityVersions,
)
from ascapi.models.game_center_app_version import (
    GameCenterAppVersionRelationshipsCompatibilityVersionsData as GameCenterAppVersionRelationshipsCompatibilityVersionsData,
)
from ascapi.models.game_center_app_version_app_store_version_linkage_response import (
    GameCenterAppVersionAppStoreVersionLinkageResponse as GameCenterAppVersionAppStoreVersionLinkageResponse,
)
from ascapi.models.game_center_app_version_app_store_version_linkage_response import (
    GameCenterAppVersionAppStoreVersionLinkageResponseData as GameCenterAppVersionAppStoreVersionLinkageResponseData,
)
from ascapi.models.game_center_app_version_compatibility_versions_linkages_request import (
    GameCenterAppVersionCompatibilityVersionsLinkagesRequest as GameCenterAppVersionCompatibilityVersionsLinkagesRequest,
)
from ascapi.models.game_center_app_version_compatibility_versions_linkages_request import (
    GameCenterAppVersionCompatibilityVersionsLinkagesRequestData as GameCenterAppVersionCompatibilityVersionsLinkagesRequestData,
)
from ascapi.models.game_center_app_version_compatibility_versions_linkages_response import (
    GameCenterAppVersionCompatibilityVersionsLinkagesResponse as GameCenterAppVersionCompatibilityVersionsLinkagesResponse,
)
from ascapi.models.game_center_app_version_compatibility_versions_linkages_response import (
    GameCenterAppVersionCompatibilityVersionsLinkagesResponseData as GameCenterAppVersionCompatibilityVersionsLinkagesResponseData,
)
from ascapi.models.game_center_app_version_create_request import (
    GameCenterAppVersionCreateRequest as GameCenterAppVersionCreateRequest,
)
from ascapi.models.game_center_app_version_create_request import (
    GameCenterAppVersionCreateRequestData as GameCenterAppVersionCreateRequestData,
)
from ascapi.models.game_center_app_version_create_request import (
    GameCenterAppVersionCreateRequestDataRelationships as GameCenterAppVersionCreateRequestDataRelationships,
)
from ascapi.models.game_center_app_version_create_request import (
    GameCenterAppVersionCreateRequestDataRelationshipsAppStoreVersion as GameCenterAppVersionCreateRequestDataRelationshipsAppStoreVersion,
)
from ascapi.models.game_center_app_version_create_request import (
    GameCenterAppVersionCreateRequestDataRelationshipsAppStoreVersionData as GameCenterAppVersionCreateRequestDataRelationshipsAppStoreVersionData,
)
from ascapi.models.game_center_app_version_response import (
    GameCenterAppVersionResponse as GameCenterAppVersionResponse,
)
from ascapi.models.game_center_app_version_update_request import (
    GameCenterAppVersionUpdateRequest as GameCenterAppVersionUpdateRequest,
)
from ascapi.models.game_center_app_version_update_request import (
    GameCenterAppVersionUpdateRequestData as GameCenterAppVersionUpdateRequestData,
)
from ascapi.models.game_center_app_version_update_request import (
    GameCenterAppVersionUpdateRequestDataAttributes as GameCenterAppVersionUpdateRequestDataAttributes,
)
from ascapi.models.game_center_app_versions_response import (
    GameCenterAppVersionsResponse as GameCenterAppVersionsResponse,
)
from ascapi.models.game_center_challenge import GameCenterChallenge as GameCenterChallenge
from ascapi.models.game_center_challenge import (
    GameCenterChallengeAttributes as GameCenterChallengeAttributes,
)
from ascapi.models.game_center_challenge import (
    GameCenterChallengeRelationships as GameCenterChallengeRelationships,
)
from ascapi.models.game_center_challenge import (
    GameCenterChallengeRelationshipsGameCenterDetail as GameCenterChallengeRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_challenge import (
    GameCenterChallengeRelationshipsGameCenterDetailData as GameCenterChallengeRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_challenge import (
    GameCenterChallengeRelationshipsGameCenterGroup as GameCenterChallengeRelationshipsGameCenterGroup,
)
from ascapi.models.game_center_challenge import (
    GameCenterChallengeRelationshipsGameCenterGroupData as GameCenterChallengeRelationshipsGameCenterGroupData,
)
from ascapi.models.game_center_challenge import (
    GameCenterChallengeRelationshipsLeaderboard as GameCenterChallengeRelationshipsLeaderboard,
)
from ascapi.models.game_center_challenge import (
    GameCenterChallengeRelationshipsLeaderboardData as GameCenterChallengeRelationshipsLeaderboardData,
)
from ascapi.models.game_center_challenge import (
    GameCenterChallengeRelationshipsLeaderboardV2 as GameCenterChallengeRelationshipsLeaderboardV2,
)
from ascapi.models.game_center_challenge import (
    GameCenterChallengeRelationshipsVersions as GameCenterChallengeRelationshipsVersions,
)
from ascapi.models.game_center_challenge import (
    GameCenterChallengeRelationshipsVersionsData as GameCenterChallengeRelationshipsVersionsData,
)
from ascapi.models.game_center_challenge_create_request import (
    GameCenterChallengeCreateRequest as GameCenterChallengeCreateRequest,
)
from ascapi.models.game_center_challenge_create_request import (
    GameCenterChallengeCreateRequestData as GameCenterChallengeCreateRequestData,
)
from ascapi.models.game_center_challenge_create_request import (
    GameCenterChallengeCreateRequestDataAttributes as GameCenterChallengeCreateRequestDataAttributes,
)
from ascapi.models.game_center_challenge_create_request import (
    GameCenterChallengeCreateRequestDataRelationships as GameCenterChallengeCreateRequestDataRelationships,
)
from ascapi.models.game_center_challenge_create_request import (
    GameCenterChallengeCreateRequestDataRelationshipsGameCenterDetail as GameCenterChallengeCreateRequestDataRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_challenge_create_request import (
    GameCenterChallengeCreateRequestDataRelationshipsGameCenterDetailData as GameCenterChallengeCreateRequestDataRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_challenge_create_request import (
    GameCenterChallengeCreateRequestDataRelationshipsGameCenterGroup as GameCenterChallengeCreateRequestDataRelationshipsGameCenterGroup,
)
from ascapi.models.game_center_challenge_create_request import (
    GameCenterChallengeCreateRequestDataRelationshipsGameCenterGroupData as GameCenterChallengeCreateRequestDataRelationshipsGameCenterGroupData,
)
from ascapi.models.game_center_challenge_create_request import (
    GameCenterChallengeCreateRequestDataRelationshipsLeaderboard as GameCenterChallengeCreateRequestDataRelationshipsLeaderboard,
)
from ascapi.models.game_center_challenge_create_request import (
    GameCenterChallengeCreateRequestDataRelationshipsLeaderboardData as GameCenterChallengeCreateRequestDataRelationshipsLeaderboardData,
)
from ascapi.models.game_center_challenge_create_request import (
    GameCenterChallengeCreateRequestDataRelationshipsLeaderboardV2 as GameCenterChallengeCreateRequestDataRelationshipsLeaderboardV2,
)
from ascapi.models.game_center_challenge_create_request import (
    GameCenterChallengeCreateRequestDataRelationshipsVersions as GameCenterChallengeCreateRequestDataRelationshipsVersions,
)
from ascapi.models.game_center_challenge_create_request import (
    GameCenterChallengeCreateRequestDataRelationshipsVersionsData as GameCenterChallengeCreateRequestDataRelationshipsVersionsData,
)
from ascapi.models.game_center_challenge_image import (
    GameCenterChallengeImage as GameCenterChallengeImage,
)
from ascapi.models.game_center_challenge_image import (
    GameCenterChallengeImageAttributes as GameCenterChallengeImageAttributes,
)
from ascapi.models.game_center_challenge_image_create_request import (
    GameCenterChallengeImageCreateRequest as GameCenterChallengeImageCreateRequest,
)
from ascapi.models.game_center_challenge_image_create_request import (
    GameCenterChallengeImageCreateRequestData as GameCenterChallengeImageCreateRequestData,
)
from ascapi.models.game_center_challenge_image_create_request import (
    GameCenterChallengeImageCreateRequestDataAttributes as GameCenterChallengeImageCreateRequestDataAttributes,
)
from ascapi.models.game_center_challenge_image_create_request import (
    GameCenterChallengeImageCreateRequestDataRelationships as GameCenterChallengeImageCreateRequestDataRelationships,
)
from ascapi.models.game_center_challenge_image_create_request import (
    GameCenterChallengeImageCreateRequestDataRelationshipsLocalization as GameCenterChallengeImageCreateRequestDataRelationshipsLocalization,
)
from ascapi.models.game_center_challenge_image_create_request import (
    GameCenterChallengeImageCreateRequestDataRelationshipsLocalizationData as GameCenterChallengeImageCreateRequestDataRelationshipsLocalizationData,
)
from ascapi.models.game_center_challenge_image_create_request import (
    GameCenterChallengeImageCreateRequestDataRelationshipsVersion as GameCenterChallengeImageCreateRequestDataRelationshipsVersion,
)
from ascapi.models.game_center_challenge_image_create_request import (
    GameCenterChallengeImageCreateRequestDataRelationshipsVersionData as GameCenterChallengeImageCreateRequestDataRelationshipsVersionData,
)
from ascapi.models.game_center_challenge_image_response import (
    GameCenterChallengeImageResponse as GameCenterChallengeImageResponse,
)
from ascapi.models.game_center_challenge_image_update_request import (
    GameCenterChallengeImageUpdateRequest as GameCenterChallengeImageUpdateRequest,
)
from ascapi.models.game_center_challenge_image_update_request import (
    GameCenterChallengeImageUpdateRequestData as GameCenterChallengeImageUpdateRequestData,
)
from ascapi.models.game_center_challenge_image_update_request import (
    GameCenterChallengeImageUpdateRequestDataAttributes as GameCenterChallengeImageUpdateRequestDataAttributes,
)
from ascapi.models.game_center_challenge_leaderboard_linkage_request import (
    GameCenterChallengeLeaderboardLinkageRequest as GameCenterChallengeLeaderboardLinkageRequest,
)
from ascapi.models.game_center_challenge_leaderboard_linkage_request import (
    GameCenterChallengeLeaderboardLinkageRequestData as GameCenterChallengeLeaderboardLinkageRequestData,
)
from ascapi.models.game_center_challenge_leaderboard_v2_linkage_request import (
    GameCenterChallengeLeaderboardV2LinkageRequest as GameCenterChallengeLeaderboardV2LinkageRequest,
)
from ascapi.models.game_center_challenge_leaderboard_v2_linkage_request import (
    GameCenterChallengeLeaderboardV2LinkageRequestData as GameCenterChallengeLeaderboardV2LinkageRequestData,
)
from ascapi.models.game_center_challenge_localization import (
    GameCenterChallengeLocalization as GameCenterChallengeLocalization,
)
from ascapi.models.game_center_challenge_localization import (
    GameCenterChallengeLocalizationAttributes as GameCenterChallengeLocalizationAttributes,
)
from ascapi.models.game_center_challenge_localization import (
    GameCenterChallengeLocalizationRelationships as GameCenterChallengeLocalizationRelationships,
)
from ascapi.models.game_center_challenge_localization import (
    GameCenterChallengeLocalizationRelationshipsImage as GameCenterChallengeLocalizationRelationshipsImage,
)
from ascapi.models.game_center_challenge_localization import (
    GameCenterChallengeLocalizationRelationshipsImageData as GameCenterChallengeLocalizationRelationshipsImageData,
)
from ascapi.models.game_center_challenge_localization import (
    GameCenterChallengeLocalizationRelationshipsVersion as GameCenterChallengeLocalizationRelationshipsVersion,
)
from ascapi.models.game_center_challenge_localization import (
    GameCenterChallengeLocalizationRelationshipsVersionData as GameCenterChallengeLocalizationRelationshipsVersionData,
)
from ascapi.models.game_center_challenge_localization_create_request import (
    GameCenterChallengeLocalizationCreateRequest as GameCenterChallengeLocalizationCreateRequest,
)
from ascapi.models.game_center_challenge_localization_create_request import (
    GameCenterChallengeLocalizationCreateRequestData as GameCenterChallengeLocalizationCreateRequestData,
)
from ascapi.models.game_center_challenge_localization_create_request import (
    GameCenterChallengeLocalizationCreateRequestDataAttributes as GameCenterChallengeLocalizationCreateRequestDataAttributes,
)
from ascapi.models.game_center_challenge_localization_create_request import (
    GameCenterChallengeLocalizationCreateRequestDataRelationships as GameCenterChallengeLocalizationCreateRequestDataRelationships,
)
from ascapi.models.game_center_challenge_localization_create_request import (
    GameCenterChallengeLocalizationCreateRequestDataRelationshipsVersion as GameCenterChallengeLocalizationCreateRequestDataRelationshipsVersion,
)
from ascapi.models.game_center_challenge_localization_create_request import (
    GameCenterChallengeLocalizationCreateRequestDataRelationshipsVersionData as GameCenterChallengeLocalizationCreateRequestDataRelationshipsVersionData,
)
from ascapi.models.game_center_challenge_localization_image_linkage_response import (
    GameCenterChallengeLocalizationImageLinkageResponse as GameCenterChallengeLocalizationImageLinkageResponse,
)
from ascapi.models.game_center_challenge_localization_image_linkage_response import (
    GameCenterChallengeLocalizationImageLinkageResponseData as GameCenterChallengeLocalizationImageLinkageResponseData,
)
from ascapi.models.game_center_challenge_localization_response import (
    GameCenterChallengeLocalizationResponse as GameCenterChallengeLocalizationResponse,
)
from ascapi.models.game_center_challenge_localization_update_request import (
    GameCenterChallengeLocalizationUpdateRequest as GameCenterChallengeLocalizationUpdateRequest,
)
from ascapi.models.game_center_challenge_localization_update_request import (
    GameCenterChallengeLocalizationUpdateRequestData as GameCenterChallengeLocalizationUpdateRequestData,
)
from ascapi.models.game_center_challenge_localization_update_request import (
    GameCenterChallengeLocalizationUpdateRequestDataAttributes as GameCenterChallengeLocalizationUpdateRequestDataAttributes,
)
from ascapi.models.game_center_challenge_localizations_response import (
    GameCenterChallengeLocalizationsResponse as GameCenterChallengeLocalizationsResponse,
)
from ascapi.models.game_center_challenge_response import (
    GameCenterChallengeResponse as GameCenterChallengeResponse,
)
from ascapi.models.game_center_challenge_update_request import (
    GameCenterChallengeUpdateRequest as GameCenterChallengeUpdateRequest,
)
from ascapi.models.game_center_challenge_update_request import (
    GameCenterChallengeUpdateRequestData as GameCenterChallengeUpdateRequestData,
)
from ascapi.models.game_center_challenge_update_request import (
    GameCenterChallengeUpdateRequestDataAttributes as GameCenterChallengeUpdateRequestDataAttributes,
)
from ascapi.models.game_center_challenge_update_request import (
    GameCenterChallengeUpdateRequestDataRelationships as GameCenterChallengeUpdateRequestDataRelationships,
)
from ascapi.models.game_center_challenge_update_request import (
    GameCenterChallengeUpdateRequestDataRelationshipsLeaderboard as GameCenterChallengeUpdateRequestDataRelationshipsLeaderboard,
)
from ascapi.models.game_center_challenge_update_request import (
    GameCenterChallengeUpdateRequestDataRelationshipsLeaderboardData as GameCenterChallengeUpdateRequestDataRelationshipsLeaderboardData,
)
from ascapi.models.game_center_challenge_update_request import (
    GameCenterChallengeUpdateRequestDataRelationshipsLeaderboardV2 as GameCenterChallengeUpdateRequestDataRelationshipsLeaderboardV2,
)
from ascapi.models.game_center_challenge_version import (
    GameCenterChallengeVersion as GameCenterChallengeVersion,
)
from ascapi.models.game_center_challenge_version import (
    GameCenterChallengeVersionAttributes as GameCenterChallengeVersionAttributes,
)
from ascapi.models.game_center_challenge_version import (
    GameCenterChallengeVersionRelationships as GameCenterChallengeVersionRelationships,
)
from ascapi.models.game_center_challenge_version import (
    GameCenterChallengeVersionRelationshipsChallenge as GameCenterChallengeVersionRelationshipsChallenge,
)
from ascapi.models.game_center_challenge_version import (
    GameCenterChallengeVersionRelationshipsChallengeData as GameCenterChallengeVersionRelationshipsChallengeData,
)
from ascapi.models.game_center_challenge_version import (
    GameCenterChallengeVersionRelationshipsDefaultImage as GameCenterChallengeVersionRelationshipsDefaultImage,
)
from ascapi.models.game_center_challenge_version import (
    GameCenterChallengeVersionRelationshipsDefaultImageData as GameCenterChallengeVersionRelationshipsDefaultImageData,
)
from ascapi.models.game_center_challenge_version import (
    GameCenterChallengeVersionRelationshipsLocalizations as GameCenterChallengeVersionRelationshipsLocalizations,
)
from ascapi.models.game_center_challenge_version import (
    GameCenterChallengeVersionRelationshipsLocalizationsData as GameCenterChallengeVersionRelationshipsLocalizationsData,
)
from ascapi.models.game_center_challenge_version import (
    GameCenterChallengeVersionRelationshipsReleases as GameCenterChallengeVersionRelationshipsReleases,
)
from ascapi.models.game_center_challenge_version import (
    GameCenterChallengeVersionRelationshipsReleasesData as GameCenterChallengeVersionRelationshipsReleasesData,
)
from ascapi.models.game_center_challenge_version_create_request import (
    GameCenterChallengeVersionCreateRequest as GameCenterChallengeVersionCreateRequest,
)
from ascapi.models.game_center_challenge_version_create_request import (
    GameCenterChallengeVersionCreateRequestData as GameCenterChallengeVersionCreateRequestData,
)
from ascapi.models.game_center_challenge_version_create_request import (
    GameCenterChallengeVersionCreateRequestDataRelationships as GameCenterChallengeVersionCreateRequestDataRelationships,
)
from ascapi.models.game_center_challenge_version_create_request import (
    GameCenterChallengeVersionCreateRequestDataRelationshipsChallenge as GameCenterChallengeVersionCreateRequestDataRelationshipsChallenge,
)
from ascapi.models.game_center_challenge_version_create_request import (
    GameCenterChallengeVersionCreateRequestDataRelationshipsChallengeData as GameCenterChallengeVersionCreateRequestDataRelationshipsChallengeData,
)
from ascapi.models.game_center_challenge_version_default_image_linkage_response import (
    GameCenterChallengeVersionDefaultImageLinkageResponse as GameCenterChallengeVersionDefaultImageLinkageResponse,
)
from ascapi.models.game_center_challenge_version_default_image_linkage_response import (
    GameCenterChallengeVersionDefaultImageLinkageResponseData as GameCenterChallengeVersionDefaultImageLinkageResponseData,
)
from ascapi.models.game_center_challenge_version_inline_create import (
    GameCenterChallengeVersionInlineCreate as GameCenterChallengeVersionInlineCreate,
)
from ascapi.models.game_center_challenge_version_inline_create import (
    GameCenterChallengeVersionInlineCreateRelationships as GameCenterChallengeVersionInlineCreateRelationships,
)
from ascapi.models.game_center_challenge_version_inline_create import (
    GameCenterChallengeVersionInlineCreateRelationshipsChallenge as GameCenterChallengeVersionInlineCreateRelationshipsChallenge,
)
from ascapi.models.game_center_challenge_version_inline_create import (
    GameCenterChallengeVersionInlineCreateRelationshipsChallengeData as GameCenterChallengeVersionInlineCreateRelationshipsChallengeData,
)
from ascapi.models.game_center_challenge_version_localizations_linkages_response import (
    GameCenterChallengeVersionLocalizationsLinkagesResponse as GameCenterChallengeVersionLocalizationsLinkagesResponse,
)
from ascapi.models.game_center_challenge_version_localizations_linkages_response import (
    GameCenterChallengeVersionLocalizationsLinkagesResponseData as GameCenterChallengeVersionLocalizationsLinkagesResponseData,
)
from ascapi.models.game_center_challenge_version_release import (
    GameCenterChallengeVersionRelease as GameCenterChallengeVersionRelease,
)
from ascapi.models.game_center_challenge_version_release import (
    GameCenterChallengeVersionReleaseRelationships as GameCenterChallengeVersionReleaseRelationships,
)
from ascapi.models.game_center_challenge_version_release import (
    GameCenterChallengeVersionReleaseRelationshipsVersion as GameCenterChallengeVersionReleaseRelationshipsVersion,
)
from ascapi.models.game_center_challenge_version_release import (
    GameCenterChallengeVersionReleaseRelationshipsVersionData as GameCenterChallengeVersionReleaseRelationshipsVersionData,
)
from ascapi.models.game_center_challenge_version_release_create_request import (
    GameCenterChallengeVersionReleaseCreateRequest as GameCenterChallengeVersionReleaseCreateRequest,
)
from ascapi.models.game_center_challenge_version_release_create_request import (
    GameCenterChallengeVersionReleaseCreateRequestData as GameCenterChallengeVersionReleaseCreateRequestData,
)
from ascapi.models.game_center_challenge_version_release_create_request import (
    GameCenterChallengeVersionReleaseCreateRequestDataRelationships as GameCenterChallengeVersionReleaseCreateRequestDataRelationships,
)
from ascapi.models.game_center_challenge_version_release_create_request import (
    GameCenterChallengeVersionReleaseCreateRequestDataRelationshipsGameCenterDetail as GameCenterChallengeVersionReleaseCreateRequestDataRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_challenge_version_release_create_request import (
    GameCenterChallengeVersionReleaseCreateRequestDataRelationshipsGameCenterDetailData as GameCenterChallengeVersionReleaseCreateRequestDataRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_challenge_version_release_create_request import (
    GameCenterChallengeVersionReleaseCreateRequestDataRelationshipsVersion as GameCenterChallengeVersionReleaseCreateRequestDataRelationshipsVersion,
)
from ascapi.models.game_center_challenge_version_release_create_request import (
    GameCenterChallengeVersionReleaseCreateRequestDataRelationshipsVersionData as GameCenterChallengeVersionReleaseCreateRequestDataRelationshipsVersionData,
)
from ascapi.models.game_center_challenge_version_release_response import (
    GameCenterChallengeVersionReleaseResponse as GameCenterChallengeVersionReleaseResponse,
)
from ascapi.models.game_center_challenge_version_releases_response import (
    GameCenterChallengeVersionReleasesResponse as GameCenterChallengeVersionReleasesResponse,
)
from ascapi.models.game_center_challenge_version_response import (
    GameCenterChallengeVersionResponse as GameCenterChallengeVersionResponse,
)
from ascapi.models.game_center_challenge_versions_linkages_response import (
    GameCenterChallengeVersionsLinkagesResponse as GameCenterChallengeVersionsLinkagesResponse,
)
from ascapi.models.game_center_challenge_versions_linkages_response import (
    GameCenterChallengeVersionsLinkagesResponseData as GameCenterChallengeVersionsLinkagesResponseData,
)
from ascapi.models.game_center_challenge_versions_response import (
    GameCenterChallengeVersionsResponse as GameCenterChallengeVersionsResponse,
)
from ascapi.models.game_center_challenges_response import (
    GameCenterChallengesResponse as GameCenterChallengesResponse,
)
from ascapi.models.game_center_detail import GameCenterDetail as GameCenterDetail
from ascapi.models.game_center_detail import (
    GameCenterDetailAttributes as GameCenterDetailAttributes,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationships as GameCenterDetailRelationships,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsAchievementReleases as GameCenterDetailRelationshipsAchievementReleases,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsAchievementReleasesData as GameCenterDetailRelationshipsAchievementReleasesData,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsActivityReleases as GameCenterDetailRelationshipsActivityReleases,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsActivityReleasesData as GameCenterDetailRelationshipsActivityReleasesData,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsApp as GameCenterDetailRelationshipsApp,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsAppData as GameCenterDetailRelationshipsAppData,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsChallengeReleases as GameCenterDetailRelationshipsChallengeReleases,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsChallengeReleasesData as GameCenterDetailRelationshipsChallengeReleasesData,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsChallengesMinimumPlatformVersions as GameCenterDetailRelationshipsChallengesMinimumPlatformVersions,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsChallengesMinimumPlatformVersionsData as GameCenterDetailRelationshipsChallengesMinimumPlatformVersionsData,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsDefaultLeaderboard as GameCenterDetailRelationshipsDefaultLeaderboard,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsDefaultLeaderboardV2 as GameCenterDetailRelationshipsDefaultLeaderboardV2,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsGameCenterAchievements as GameCenterDetailRelationshipsGameCenterAchievements,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsGameCenterAchievementsData as GameCenterDetailRelationshipsGameCenterAchievementsData,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsGameCenterAchievementsV2 as GameCenterDetailRelationshipsGameCenterAchievementsV2,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsGameCenterActivities as GameCenterDetailRelationshipsGameCenterActivities,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsGameCenterActivitiesData as GameCenterDetailRelationshipsGameCenterActivitiesData,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsGameCenterAppVersions as GameCenterDetailRelationshipsGameCenterAppVersions,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsGameCenterAppVersionsData as GameCenterDetailRelationshipsGameCenterAppVersionsData,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsGameCenterChallenges as GameCenterDetailRelationshipsGameCenterChallenges,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsGameCenterChallengesData as GameCenterDetailRelationshipsGameCenterChallengesData,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsGameCenterGroup as GameCenterDetailRelationshipsGameCenterGroup,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsGameCenterGroupData as GameCenterDetailRelationshipsGameCenterGroupData,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsGameCenterLeaderboards as GameCenterDetailRelationshipsGameCenterLeaderboards,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsGameCenterLeaderboardsData as GameCenterDetailRelationshipsGameCenterLeaderboardsData,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsGameCenterLeaderboardSets as GameCenterDetailRelationshipsGameCenterLeaderboardSets,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsGameCenterLeaderboardSetsData as GameCenterDetailRelationshipsGameCenterLeaderboardSetsData,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsGameCenterLeaderboardSetsV2 as GameCenterDetailRelationshipsGameCenterLeaderboardSetsV2,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsGameCenterLeaderboardsV2 as GameCenterDetailRelationshipsGameCenterLeaderboardsV2,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsLeaderboardReleases as GameCenterDetailRelationshipsLeaderboardReleases,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsLeaderboardReleasesData as GameCenterDetailRelationshipsLeaderboardReleasesData,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsLeaderboardSetReleases as GameCenterDetailRelationshipsLeaderboardSetReleases,
)
from ascapi.models.game_center_detail import (
    GameCenterDetailRelationshipsLeaderboardSetReleasesData as GameCenterDetailRelationshipsLeaderboardSetReleasesData,
)
from ascapi.models.game_center_detail_achievement_releases_linkages_response import (
    GameCenterDetailAchievementReleasesLinkagesResponse as GameCenterDetailAchievementReleasesLinkagesResponse,
)
from ascapi.models.game_center_detail_achievement_releases_linkages_response import (
    GameCenterDetailAchievementReleasesLinkagesResponseData as GameCenterDetailAchievementReleasesLinkagesResponseData,
)
from ascapi.models.game_center_detail_activity_releases_linkages_response import (
    GameCenterDetailActivityReleasesLinkagesResponse as GameCenterDetailActivityReleasesLinkagesResponse,
)
from ascapi.models.game_center_detail_activity_releases_linkages_response import (
    GameCenterDetailActivityReleasesLinkagesResponseData as GameCenterDetailActivityReleasesLinkagesResponseData,
)
from ascapi.models.game_center_detail_challenge_releases_linkages_response import (
    GameCenterDetailChallengeReleasesLinkagesResponse as GameCenterDetailChallengeReleasesLinkagesResponse,
)
from ascapi.models.game_center_detail_challenge_releases_linkages_response import (
    GameCenterDetailChallengeReleasesLinkagesResponseData as GameCenterDetailChallengeReleasesLinkagesResponseData,
)
from ascapi.models.game_center_detail_challenges_minimum_platform_versions_linkages_request import (
    GameCenterDetailChallengesMinimumPlatformVersionsLinkagesRequest as GameCenterDetailChallengesMinimumPlatformVersionsLinkagesRequest,
)
from ascapi.models.game_center_detail_challenges_minimum_platform_versions_linkages_request import (
    GameCenterDetailChallengesMinimumPlatformVersionsLinkagesRequestData as GameCenterDetailChallengesMinimumPlatformVersionsLinkagesRequestData,
)
from ascapi.models.game_center_detail_create_request import (
    GameCenterDetailCreateRequest as GameCenterDetailCreateRequest,
)
from ascapi.models.game_center_detail_create_request import (
    GameCenterDetailCreateRequestData as GameCenterDetailCreateRequestData,
)
from ascapi.models.game_center_detail_create_request import (
    GameCenterDetailCreateRequestDataAttributes as GameCenterDetailCreateRequestDataAttributes,
)
from ascapi.models.game_center_detail_create_request import (
    GameCenterDetailCreateRequestDataRelationships as GameCenterDetailCreateRequestDataRelationships,
)
from ascapi.models.game_center_detail_create_request import (
    GameCenterDetailCreateRequestDataRelationshipsApp as GameCenterDetailCreateRequestDataRelationshipsApp,
)
from ascapi.models.game_center_detail_create_request import (
    GameCenterDetailCreateRequestDataRelationshipsAppData as GameCenterDetailCreateRequestDataRelationshipsAppData,
)
from ascapi.models.game_center_detail_game_center_achievements_linkages_request import (
    GameCenterDetailGameCenterAchievementsLinkagesRequest as GameCenterDetailGameCenterAchievementsLinkagesRequest,
)
from ascapi.models.game_center_detail_game_center_achievements_linkages_request import (
    GameCenterDetailGameCenterAchievementsLinkagesRequestData as GameCenterDetailGameCenterAchievementsLinkagesRequestData,
)
from ascapi.models.game_center_detail_game_center_achievements_linkages_response import (
    GameCenterDetailGameCenterAchievementsLinkagesResponse as GameCenterDetailGameCenterAchievementsLinkagesResponse,
)
from ascapi.models.game_center_detail_game_center_achievements_linkages_response import (
    GameCenterDetailGameCenterAchievementsLinkagesResponseData as GameCenterDetailGameCenterAchievementsLinkagesResponseData,
)
from ascapi.models.game_center_detail_game_center_achievements_v2_linkages_request import (
    GameCenterDetailGameCenterAchievementsV2LinkagesRequest as GameCenterDetailGameCenterAchievementsV2LinkagesRequest,
)
from ascapi.models.game_center_detail_game_center_achievements_v2_linkages_request import (
    GameCenterDetailGameCenterAchievementsV2LinkagesRequestData as GameCenterDetailGameCenterAchievementsV2LinkagesRequestData,
)
from ascapi.models.game_center_detail_game_center_achievements_v2_linkages_response import (
    GameCenterDetailGameCenterAchievementsV2LinkagesResponse as GameCenterDetailGameCenterAchievementsV2LinkagesResponse,
)
from ascapi.models.game_center_detail_game_center_achievements_v2_linkages_response import (
    GameCenterDetailGameCenterAchievementsV2LinkagesResponseData as GameCenterDetailGameCenterAchievementsV2LinkagesResponseData,
)
from ascapi.models.game_center_detail_game_center_activities_linkages_response import (
    GameCenterDetailGameCenterActivitiesLinkagesResponse as GameCenterDetailGameCenterActivitiesLinkagesResponse,
)
from ascapi.models.game_center_detail_game_center_activities_linkages_response import (
    GameCenterDetailGameCenterActivitiesLinkagesResponseData as GameCenterDetailGameCenterActivitiesLinkagesResponseData,
)
from ascapi.models.game_center_detail_game_center_app_versions_linkages_response import (
    GameCenterDetailGameCenterAppVersionsLinkagesResponse as GameCenterDetailGameCenterAppVersionsLinkagesResponse,
)
from ascapi.models.game_center_detail_game_center_app_versions_linkages_response import (
    GameCenterDetailGameCenterAppVersionsLinkagesResponseData as GameCenterDetailGameCenterAppVersionsLinkagesResponseData,
)
from ascapi.models.game_center_detail_game_center_challenges_linkages_response import (
    GameCenterDetailGameCenterChallengesLinkagesResponse as GameCenterDetailGameCenterChallengesLinkagesResponse,
)
from ascapi.models.game_center_detail_game_center_challenges_linkages_response import (
    GameCenterDetailGameCenterChallengesLinkagesResponseData as GameCenterDetailGameCenterChallengesLinkagesResponseData,
)
from ascapi.models.game_center_detail_game_center_group_linkage_response import (
    GameCenterDetailGameCenterGroupLinkageResponse as GameCenterDetailGameCenterGroupLinkageResponse,
)
from ascapi.models.game_center_detail_game_center_group_linkage_response import (
    GameCenterDetailGameCenterGroupLinkageResponseData as GameCenterDetailGameCenterGroupLinkageResponseData,
)
from ascapi.models.game_center_detail_game_center_leaderboard_sets_linkages_request import (
    GameCenterDetailGameCenterLeaderboardSetsLinkagesRequest as GameCenterDetailGameCenterLeaderboardSetsLinkagesRequest,
)
from ascapi.models.game_center_detail_game_center_leaderboard_sets_linkages_request import (
    GameCenterDetailGameCenterLeaderboardSetsLinkagesRequestData as GameCenterDetailGameCenterLeaderboardSetsLinkagesRequestData,
)
from ascapi.models.game_center_detail_game_center_leaderboard_sets_linkages_response import (
    GameCenterDetailGameCenterLeaderboardSetsLinkagesResponse as GameCenterDetailGameCenterLeaderboardSetsLinkagesResponse,
)
from ascapi.models.game_center_detail_game_center_leaderboard_sets_linkages_response import (
    GameCenterDetailGameCenterLeaderboardSetsLinkagesResponseData as GameCenterDetailGameCenterLeaderboardSetsLinkagesResponseData,
)
from ascapi.models.game_center_detail_game_center_leaderboard_sets_v2_linkages_request import (
    GameCenterDetailGameCenterLeaderboardSetsV2LinkagesRequest as GameCenterDetailGameCenterLeaderboardSetsV2LinkagesRequest,
)
from ascapi.models.game_center_detail_game_center_leaderboard_sets_v2_linkages_request import (
    GameCenterDetailGameCenterLeaderboardSetsV2LinkagesRequestData as GameCenterDetailGameCenterLeaderboardSetsV2LinkagesRequestData,
)
from ascapi.models.game_center_detail_game_center_leaderboard_sets_v2_linkages_response import (
    GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponse as GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponse,
)
from ascapi.models.game_center_detail_game_center_leaderboard_sets_v2_linkages_response import (
    GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponseData as GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponseData,
)
from ascapi.models.game_center_detail_game_center_leaderboards_linkages_request import (
    GameCenterDetailGameCenterLeaderboardsLinkagesRequest as GameCenterDetailGameCenterLeaderboardsLinkagesRequest,
)
from ascapi.models.game_center_detail_game_center_leaderboards_linkages_request import (
    GameCenterDetailGameCenterLeaderboardsLinkagesRequestData as GameCenterDetailGameCenterLeaderboardsLinkagesRequestData,
)
from ascapi.models.game_center_detail_game_center_leaderboards_linkages_response import (
    GameCenterDetailGameCenterLeaderboardsLinkagesResponse as GameCenterDetailGameCenterLeaderboardsLinkagesResponse,
)
from ascapi.models.game_center_detail_game_center_leaderboards_linkages_response import (
    GameCenterDetailGameCenterLeaderboardsLinkagesResponseData as GameCenterDetailGameCenterLeaderboardsLinkagesResponseData,
)
from ascapi.models.game_center_detail_game_center_leaderboards_v2_linkages_request import (
    GameCenterDetailGameCenterLeaderboardsV2LinkagesRequest as GameCenterDetailGameCenterLeaderboardsV2LinkagesRequest,
)
from ascapi.models.game_center_detail_game_center_leaderboards_v2_linkages_request import (
    GameCenterDetailGameCenterLeaderboardsV2LinkagesRequestData as GameCenterDetailGameCenterLeaderboardsV2LinkagesRequestData,
)
from ascapi.models.game_center_detail_game_center_leaderboards_v2_linkages_response import (
    GameCenterDetailGameCenterLeaderboardsV2LinkagesResponse as GameCenterDetailGameCenterLeaderboardsV2LinkagesResponse,
)
from ascapi.models.game_center_detail_game_center_leaderboards_v2_linkages_response import (
    GameCenterDetailGameCenterLeaderboardsV2LinkagesResponseData as GameCenterDetailGameCenterLeaderboardsV2LinkagesResponseData,
)
from ascapi.models.game_center_detail_leaderboard_releases_linkages_response import (
    GameCenterDetailLeaderboardReleasesLinkagesResponse as GameCenterDetailLeaderboardReleasesLinkagesResponse,
)
from ascapi.models.game_center_detail_leaderboard_releases_linkages_response import (
    GameCenterDetailLeaderboardReleasesLinkagesResponseData as GameCenterDetailLeaderboardReleasesLinkagesResponseData,
)
from ascapi.models.game_center_detail_leaderboard_set_releases_linkages_response import (
    GameCenterDetailLeaderboardSetReleasesLinkagesResponse as GameCenterDetailLeaderboardSetReleasesLinkagesResponse,
)
from ascapi.models.game_center_detail_leaderboard_set_releases_linkages_response import (
    GameCenterDetailLeaderboardSetReleasesLinkagesResponseData as GameCenterDetailLeaderboardSetReleasesLinkagesResponseData,
)
from ascapi.models.game_center_detail_response import (
    GameCenterDetailResponse as GameCenterDetailResponse,
)
from ascapi.models.game_center_detail_update_request import (
    GameCenterDetailUpdateRequest as GameCenterDetailUpdateRequest,
)
from ascapi.models.game_center_detail_update_request import (
    GameCenterDetailUpdateRequestData as GameCenterDetailUpdateRequestData,
)
from ascapi.models.game_center_detail_update_request import (
    GameCenterDetailUpdateRequestDataAttributes as GameCenterDetailUpdateRequestDataAttributes,
)
from ascapi.models.game_center_detail_update_request import (
    GameCenterDetailUpdateRequestDataRelationships as GameCenterDetailUpdateRequestDataRelationships,
)
from ascapi.models.game_center_detail_update_request import (
    GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboard as GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboard,
)
from ascapi.models.game_center_detail_update_request import (
    GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboardData as GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboardData,
)
from ascapi.models.game_center_detail_update_request import (
    GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboardV2 as GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboardV2,
)
from ascapi.models.game_center_detail_update_request import (
    GameCenterDetailUpdateRequestDataRelationshipsGameCenterGroup as GameCenterDetailUpdateRequestDataRelationshipsGameCenterGroup,
)
from ascapi.models.game_center_detail_update_request import (
    GameCenterDetailUpdateRequestDataRelationshipsGameCenterGroupData as GameCenterDetailUpdateRequestDataRelationshipsGameCenterGroupData,
)
from ascapi.models.game_center_details_response import (
    GameCenterDetailsResponse as GameCenterDetailsResponse,
)
from ascapi.models.game_center_enabled_version import (
    GameCenterEnabledVersion as GameCenterEnabledVersion,
)
from ascapi.models.game_center_enabled_version import (
    GameCenterEnabledVersionAttributes as GameCenterEnabledVersionAttributes,
)
from ascapi.models.game_center_enabled_version import (
    GameCenterEnabledVersionRelationships as GameCenterEnabledVersionRelationships,
)
from ascapi.models.game_center_enabled_version import (
    GameCenterEnabledVersionRelationshipsApp as GameCenterEnabledVersionRelationshipsApp,
)
from ascapi.models.game_center_enabled_version import (
    GameCenterEnabledVersionRelationshipsAppData as GameCenterEnabledVersionRelationshipsAppData,
)
from ascapi.models.game_center_enabled_version import (
    GameCenterEnabledVersionRelationshipsCompatibleVersions as GameCenterEnabledVersionRelationshipsCompatibleVersions,
)
from ascapi.models.game_center_enabled_version import (
    GameCenterEnabledVersionRelationshipsCompatibleVersionsData as GameCenterEnabledVersionRelationshipsCompatibleVersionsData,
)
from ascapi.models.game_center_enabled_version_compatible_versions_linkages_request import (
    GameCenterEnabledVersionCompatibleVersionsLinkagesRequest as GameCenterEnabledVersionCompatibleVersionsLinkagesRequest,
)
from ascapi.models.game_center_enabled_version_compatible_versions_linkages_request import (
    GameCenterEnabledVersionCompatibleVersionsLinkagesRequestData as GameCenterEnabledVersionCompatibleVersionsLinkagesRequestData,
)
from ascapi.models.game_center_enabled_version_compatible_versions_linkages_response import (
    GameCenterEnabledVersionCompatibleVersionsLinkagesResponse as GameCenterEnabledVersionCompatibleVersionsLinkagesResponse,
)
from ascapi.models.game_center_enabled_version_compatible_versions_linkages_response import (
    GameCenterEnabledVersionCompatibleVersionsLinkagesResponseData as GameCenterEnabledVersionCompatibleVersionsLinkagesResponseData,
)
from ascapi.models.game_center_enabled_versions_response import (
    GameCenterEnabledVersionsResponse as GameCenterEnabledVersionsResponse,
)
from ascapi.models.game_center_group import GameCenterGroup as GameCenterGroup
from ascapi.models.game_center_group import GameCenterGroupAttributes as GameCenterGroupAttributes
from ascapi.models.game_center_group import (
    GameCenterGroupRelationships as GameCenterGroupRelationships,
)
from ascapi.models.game_center_group import (
    GameCenterGroupRelationshipsGameCenterAchievements as GameCenterGroupRelationshipsGameCenterAchievements,
)
from ascapi.models.game_center_group import (
    GameCenterGroupRelationshipsGameCenterAchievementsData as GameCenterGroupRelationshipsGameCenterAchievementsData,
)
from ascapi.models.game_center_group import (
    GameCenterGroupRelationshipsGameCenterAchievementsV2 as GameCenterGroupRelationshipsGameCenterAchievementsV2,
)
from ascapi.models.game_center_group import (
    GameCenterGroupRelationshipsGameCenterActivities as GameCenterGroupRelationshipsGameCenterActivities,
)
from ascapi.models.game_center_group import (
    GameCenterGroupRelationshipsGameCenterActivitiesData as GameCenterGroupRelationshipsGameCenterActivitiesData,
)
from ascapi.models.game_center_group import (
    GameCenterGroupRelationshipsGameCenterChallenges as GameCenterGroupRelationshipsGameCenterChallenges,
)
from ascapi.models.game_center_group import (
    GameCenterGroupRelationshipsGameCenterChallengesData as GameCenterGroupRelationshipsGameCenterChallengesData,
)
from ascapi.models.game_center_group import (
    GameCenterGroupRelationshipsGameCenterDetails as GameCenterGroupRelationshipsGameCenterDetails,
)
from ascapi.models.game_center_group import (
    GameCenterGroupRelationshipsGameCenterDetailsData as GameCenterGroupRelationshipsGameCenterDetailsData,
)
from ascapi.models.game_center_group import (
    GameCenterGroupRelationshipsGameCenterLeaderboards as GameCenterGroupRelationshipsGameCenterLeaderboards,
)
from ascapi.models.game_center_group import (
    GameCenterGroupRelationshipsGameCenterLeaderboardsData as GameCenterGroupRelationshipsGameCenterLeaderboardsData,
)
from ascapi.models.game_center_group import (
    GameCenterGroupRelationshipsGameCenterLeaderboardSets as GameCenterGroupRelationshipsGameCenterLeaderboardSets,
)
from ascapi.models.game_center_group import (
    GameCenterGroupRelationshipsGameCenterLeaderboardSetsData as GameCenterGroupRelationshipsGameCenterLeaderboardSetsData,
)
from ascapi.models.game_center_group import (
    GameCenterGroupRelationshipsGameCenterLeaderboardSetsV2 as GameCenterGroupRelationshipsGameCenterLeaderboardSetsV2,
)
from ascapi.models.game_center_group import (
    GameCenterGroupRelationshipsGameCenterLeaderboardsV2 as GameCenterGroupRelationshipsGameCenterLeaderboardsV2,
)
from ascapi.models.game_center_group_create_request import (
    GameCenterGroupCreateRequest as GameCenterGroupCreateRequest,
)
from ascapi.models.game_center_group_create_request import (
    GameCenterGroupCreateRequestData as GameCenterGroupCreateRequestData,
)
from ascapi.models.game_center_group_create_request import (
    GameCenterGroupCreateRequestDataAttributes as GameCenterGroupCreateRequestDataAttributes,
)
from ascapi.models.game_center_group_game_center_achievements_linkages_request import (
    GameCenterGroupGameCenterAchievementsLinkagesRequest as GameCenterGroupGameCenterAchievementsLinkagesRequest,
)
from ascapi.models.game_center_group_game_center_achievements_linkages_request import (
    GameCenterGroupGameCenterAchievementsLinkagesRequestData as GameCenterGroupGameCenterAchievementsLinkagesRequestData,
)
from ascapi.models.game_center_group_game_center_achievements_linkages_response import (
    GameCenterGroupGameCenterAchievementsLinkagesResponse as GameCenterGroupGameCenterAchievementsLinkagesResponse,
)
from ascapi.models.game_center_group_game_center_achievements_linkages_response import (
    GameCenterGroupGameCenterAchievementsLinkagesResponseData as GameCenterGroupGameCenterAchievementsLinkagesResponseData,
)
from ascapi.models.game_center_group_game_center_achievements_v2_linkages_request import (
    GameCenterGroupGameCenterAchievementsV2LinkagesRequest as GameCenterGroupGameCenterAchievementsV2LinkagesRequest,
)
from ascapi.models.game_center_group_game_center_achievements_v2_linkages_request import (
    GameCenterGroupGameCenterAchievementsV2LinkagesRequestData as GameCenterGroupGameCenterAchievementsV2LinkagesRequestData,
)
from ascapi.models.game_center_group_game_center_achievements_v2_linkages_response import (
    GameCenterGroupGameCenterAchievementsV2LinkagesResponse as GameCenterGroupGameCenterAchievementsV2LinkagesResponse,
)
from ascapi.models.game_center_group_game_center_achievements_v2_linkages_response import (
    GameCenterGroupGameCenterAchievementsV2LinkagesResponseData as GameCenterGroupGameCenterAchievementsV2LinkagesResponseData,
)
from ascapi.models.game_center_group_game_center_activities_linkages_response import (
    GameCenterGroupGameCenterActivitiesLinkagesResponse as GameCenterGroupGameCenterActivitiesLinkagesResponse,
)
from ascapi.models.game_center_group_game_center_activities_linkages_response import (
    GameCenterGroupGameCenterActivitiesLinkagesResponseData as GameCenterGroupGameCenterActivitiesLinkagesResponseData,
)
from ascapi.models.game_center_group_game_center_challenges_linkages_response import (
    GameCenterGroupGameCenterChallengesLinkagesResponse as GameCenterGroupGameCenterChallengesLinkagesResponse,
)
from ascapi.models.game_center_group_game_center_challenges_linkages_response import (
    GameCenterGroupGameCenterChallengesLinkagesResponseData as GameCenterGroupGameCenterChallengesLinkagesResponseData,
)
from ascapi.models.game_center_group_game_center_details_linkages_response import (
    GameCenterGroupGameCenterDetailsLinkagesResponse as GameCenterGroupGameCenterDetailsLinkagesResponse,
)
from ascapi.models.game_center_group_game_center_details_linkages_response import (
    GameCenterGroupGameCenterDetailsLinkagesResponseData as GameCenterGroupGameCenterDetailsLinkagesResponseData,
)
from ascapi.models.game_center_group_game_center_leaderboard_sets_linkages_request import (
    GameCenterGroupGameCenterLeaderboardSetsLinkagesRequest as GameCenterGroupGameCenterLeaderboardSetsLinkagesRequest,
)
from ascapi.models.game_center_group_game_center_leaderboard_sets_linkages_request import (
    GameCenterGroupGameCenterLeaderboardSetsLinkagesRequestData as GameCenterGroupGameCenterLeaderboardSetsLinkagesRequestData,
)
from ascapi.models.game_center_group_game_center_leaderboard_sets_linkages_response import (
    GameCenterGroupGameCenterLeaderboardSetsLinkagesResponse as GameCenterGroupGameCenterLeaderboardSetsLinkagesResponse,
)
from ascapi.models.game_center_group_game_center_leaderboard_sets_linkages_response import (
    GameCenterGroupGameCenterLeaderboardSetsLinkagesResponseData as GameCenterGroupGameCenterLeaderboardSetsLinkagesResponseData,
)
from ascapi.models.game_center_group_game_center_leaderboard_sets_v2_linkages_request import (
    GameCenterGroupGameCenterLeaderboardSetsV2LinkagesRequest as GameCenterGroupGameCenterLeaderboardSetsV2LinkagesRequest,
)
from ascapi.models.game_center_group_game_center_leaderboard_sets_v2_linkages_request import (
    GameCenterGroupGameCenterLeaderboardSetsV2LinkagesRequestData as GameCenterGroupGameCenterLeaderboardSetsV2LinkagesRequestData,
)
from ascapi.models.game_center_group_game_center_leaderboard_sets_v2_linkages_response import (
    GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponse as GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponse,
)
from ascapi.models.game_center_group_game_center_leaderboard_sets_v2_linkages_response import (
    GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponseData as GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponseData,
)
from ascapi.models.game_center_group_game_center_leaderboards_linkages_request import (
    GameCenterGroupGameCenterLeaderboardsLinkagesRequest as GameCenterGroupGameCenterLeaderboardsLinkagesRequest,
)
from ascapi.models.game_center_group_game_center_leaderboards_linkages_request import (
    GameCenterGroupGameCenterLeaderboardsLinkagesRequestData as GameCenterGroupGameCenterLeaderboardsLinkagesRequestData,
)
from ascapi.models.game_center_group_game_center_leaderboards_linkages_response import (
    GameCenterGroupGameCenterLeaderboardsLinkagesResponse as GameCenterGroupGameCenterLeaderboardsLinkagesResponse,
)
from ascapi.models.game_center_group_game_center_leaderboards_linkages_response import (
    GameCenterGroupGameCenterLeaderboardsLinkagesResponseData as GameCenterGroupGameCenterLeaderboardsLinkagesResponseData,
)
from ascapi.models.game_center_group_game_center_leaderboards_v2_linkages_request import (
    GameCenterGroupGameCenterLeaderboardsV2LinkagesRequest as GameCenterGroupGameCenterLeaderboardsV2LinkagesRequest,
)
from ascapi.models.game_center_group_game_center_leaderboards_v2_linkages_request import (
    GameCenterGroupGameCenterLeaderboardsV2LinkagesRequestData as GameCenterGroupGameCenterLeaderboardsV2LinkagesRequestData,
)
from ascapi.models.game_center_group_game_center_leaderboards_v2_linkages_response import (
    GameCenterGroupGameCenterLeaderboardsV2LinkagesResponse as GameCenterGroupGameCenterLeaderboardsV2LinkagesResponse,
)
from ascapi.models.game_center_group_game_center_leaderboards_v2_linkages_response import (
    GameCenterGroupGameCenterLeaderboardsV2LinkagesResponseData as GameCenterGroupGameCenterLeaderboardsV2LinkagesResponseData,
)
from ascapi.models.game_center_group_response import (
    GameCenterGroupResponse as GameCenterGroupResponse,
)
from ascapi.models.game_center_group_update_request import (
    GameCenterGroupUpdateRequest as GameCenterGroupUpdateRequest,
)
from ascapi.models.game_center_group_update_request import (
    GameCenterGroupUpdateRequestData as GameCenterGroupUpdateRequestData,
)
from ascapi.models.game_center_group_update_request import (
    GameCenterGroupUpdateRequestDataAttributes as GameCenterGroupUpdateRequestDataAttributes,
)
from ascapi.models.game_center_groups_response import (
    GameCenterGroupsResponse as GameCenterGroupsResponse,
)
from ascapi.models.game_center_leaderboard import GameCenterLeaderboard as GameCenterLeaderboard
from ascapi.models.game_center_leaderboard import (
    GameCenterLeaderboardAttributes as GameCenterLeaderboardAttributes,
)
from ascapi.models.game_center_leaderboard import (
    GameCenterLeaderboardRelationships as GameCenterLeaderboardRelationships,
)
from ascapi.models.game_center_leaderboard import (
    GameCenterLeaderboardRelationshipsActivity as GameCenterLeaderboardRelationshipsActivity,
)
from ascapi.models.game_center_leaderboard import (
    GameCenterLeaderboardRelationshipsActivityData as GameCenterLeaderboardRelationshipsActivityData,
)
from ascapi.models.game_center_leaderboard import (
    GameCenterLeaderboardRelationshipsChallenge as GameCenterLeaderboardRelationshipsChallenge,
)
from ascapi.models.game_center_leaderboard import (
    GameCenterLeaderboardRelationshipsChallengeData as GameCenterLeaderboardRelationshipsChallengeData,
)
from ascapi.models.game_center_leaderboard import (
    GameCenterLeaderboardRelationshipsGameCenterDetail as GameCenterLeaderboardRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_leaderboard import (
    GameCenterLeaderboardRelationshipsGameCenterDetailData as GameCenterLeaderboardRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_leaderboard import (
    GameCenterLeaderboardRelationshipsGameCenterGroup as GameCenterLeaderboardRelationshipsGameCenterGroup,
)
from ascapi.models.game_center_leaderboard import (
    GameCenterLeaderboardRelationshipsGameCenterGroupData as GameCenterLeaderboardRelationshipsGameCenterGroupData,
)
from ascapi.models.game_center_leaderboard import (
    GameCenterLeaderboardRelationshipsGameCenterLeaderboardSets as GameCenterLeaderboardRelationshipsGameCenterLeaderboardSets,
)
from ascapi.models.game_center_leaderboard import (
    GameCenterLeaderboardRelationshipsGameCenterLeaderboardSetsData as GameCenterLeaderboardRelationshipsGameCenterLeaderboardSetsData,
)
from ascapi.models.game_center_leaderboard import (
    GameCenterLeaderboardRelationshipsGroupLeaderboard as GameCenterLeaderboardRelationshipsGroupLeaderboard,
)
from ascapi.models.game_center_leaderboard import (
    GameCenterLeaderboardRelationshipsGroupLeaderboardData as GameCenterLeaderboardRelationshipsGroupLeaderboardData,
)
from ascapi.models.game_center_leaderboard import (
    GameCenterLeaderboardRelationshipsLocalizations as GameCenterLeaderboardRelationshipsLocalizations,
)
from ascapi.models.game_center_leaderboard import (
    GameCenterLeaderboardRelationshipsLocalizationsData as GameCenterLeaderboardRelationshipsLocalizationsData,
)
from ascapi.models.game_center_leaderboard import (
    GameCenterLeaderboardRelationshipsReleases as GameCenterLeaderboardRelationshipsReleases,
)
from ascapi.models.game_center_leaderboard import (
    GameCenterLeaderboardRelationshipsReleasesData as GameCenterLeaderboardRelationshipsReleasesData,
)
from ascapi.models.game_center_leaderboard_activity_linkage_request import (
    GameCenterLeaderboardActivityLinkageRequest as GameCenterLeaderboardActivityLinkageRequest,
)
from ascapi.models.game_center_leaderboard_activity_linkage_request import (
    GameCenterLeaderboardActivityLinkageRequestData as GameCenterLeaderboardActivityLinkageRequestData,
)
from ascapi.models.game_center_leaderboard_challenge_linkage_request import (
    GameCenterLeaderboardChallengeLinkageRequest as GameCenterLeaderboardChallengeLinkageRequest,
)
from ascapi.models.game_center_leaderboard_challenge_linkage_request import (
    GameCenterLeaderboardChallengeLinkageRequestData as GameCenterLeaderboardChallengeLinkageRequestData,
)
from ascapi.models.game_center_leaderboard_create_request import (
    GameCenterLeaderboardCreateRequest as GameCenterLeaderboardCreateRequest,
)
from ascapi.models.game_center_leaderboard_create_request import (
    GameCenterLeaderboardCreateRequestData as GameCenterLeaderboardCreateRequestData,
)
from ascapi.models.game_center_leaderboard_create_request import (
    GameCenterLeaderboardCreateRequestDataAttributes as GameCenterLeaderboardCreateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_create_request import (
    GameCenterLeaderboardCreateRequestDataRelationships as GameCenterLeaderboardCreateRequestDataRelationships,
)
from ascapi.models.game_center_leaderboard_create_request import (
    GameCenterLeaderboardCreateRequestDataRelationshipsGameCenterDetail as GameCenterLeaderboardCreateRequestDataRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_leaderboard_create_request import (
    GameCenterLeaderboardCreateRequestDataRelationshipsGameCenterDetailData as GameCenterLeaderboardCreateRequestDataRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_leaderboard_create_request import (
    GameCenterLeaderboardCreateRequestDataRelationshipsGameCenterGroup as GameCenterLeaderboardCreateRequestDataRelationshipsGameCenterGroup,
)
from ascapi.models.game_center_leaderboard_create_request import (
    GameCenterLeaderboardCreateRequestDataRelationshipsGameCenterGroupData as GameCenterLeaderboardCreateRequestDataRelationshipsGameCenterGroupData,
)
from ascapi.models.game_center_leaderboard_create_request import (
    GameCenterLeaderboardCreateRequestDataRelationshipsGameCenterLeaderboardSets as GameCenterLeaderboardCreateRequestDataRelationshipsGameCenterLeaderboardSets,
)
from ascapi.models.game_center_leaderboard_create_request import (
    GameCenterLeaderboardCreateRequestDataRelationshipsGameCenterLeaderboardSetsData as GameCenterLeaderboardCreateRequestDataRelationshipsGameCenterLeaderboardSetsData,
)
from ascapi.models.game_center_leaderboard_entry_submission import (
    GameCenterLeaderboardEntrySubmission as GameCenterLeaderboardEntrySubmission,
)
from ascapi.models.game_center_leaderboard_entry_submission import (
    GameCenterLeaderboardEntrySubmissionAttributes as GameCenterLeaderboardEntrySubmissionAttributes,
)
from ascapi.models.game_center_leaderboard_entry_submission_create_request import (
    GameCenterLeaderboardEntrySubmissionCreateRequest as GameCenterLeaderboardEntrySubmissionCreateRequest,
)
from ascapi.models.game_center_leaderboard_entry_submission_create_request import (
    GameCenterLeaderboardEntrySubmissionCreateRequestData as GameCenterLeaderboardEntrySubmissionCreateRequestData,
)
from ascapi.models.game_center_leaderboard_entry_submission_create_request import (
    GameCenterLeaderboardEntrySubmissionCreateRequestDataAttributes as GameCenterLeaderboardEntrySubmissionCreateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_entry_submission_response import (
    GameCenterLeaderboardEntrySubmissionResponse as GameCenterLeaderboardEntrySubmissionResponse,
)
from ascapi.models.game_center_leaderboard_formatter import (
    GameCenterLeaderboardFormatter as GameCenterLeaderboardFormatter,
)
from ascapi.models.game_center_leaderboard_group_leaderboard_linkage_request import (
    GameCenterLeaderboardGroupLeaderboardLinkageRequest as GameCenterLeaderboardGroupLeaderboardLinkageRequest,
)
from ascapi.models.game_center_leaderboard_group_leaderboard_linkage_request import (
    GameCenterLeaderboardGroupLeaderboardLinkageRequestData as GameCenterLeaderboardGroupLeaderboardLinkageRequestData,
)
from ascapi.models.game_center_leaderboard_group_leaderboard_linkage_response import (
    GameCenterLeaderboardGroupLeaderboardLinkageResponse as GameCenterLeaderboardGroupLeaderboardLinkageResponse,
)
from ascapi.models.game_center_leaderboard_group_leaderboard_linkage_response import (
    GameCenterLeaderboardGroupLeaderboardLinkageResponseData as GameCenterLeaderboardGroupLeaderboardLinkageResponseData,
)
from ascapi.models.game_center_leaderboard_image import (
    GameCenterLeaderboardImage as GameCenterLeaderboardImage,
)
from ascapi.models.game_center_leaderboard_image import (
    GameCenterLeaderboardImageAttributes as GameCenterLeaderboardImageAttributes,
)
from ascapi.models.game_center_leaderboard_image import (
    GameCenterLeaderboardImageRelationships as GameCenterLeaderboardImageRelationships,
)
from ascapi.models.game_center_leaderboard_image import (
    GameCenterLeaderboardImageRelationshipsGameCenterLeaderboardLocalization as GameCenterLeaderboardImageRelationshipsGameCenterLeaderboardLocalization,
)
from ascapi.models.game_center_leaderboard_image import (
    GameCenterLeaderboardImageRelationshipsGameCenterLeaderboardLocalizationData as GameCenterLeaderboardImageRelationshipsGameCenterLeaderboardLocalizationData,
)
from ascapi.models.game_center_leaderboard_image_create_request import (
    GameCenterLeaderboardImageCreateRequest as GameCenterLeaderboardImageCreateRequest,
)
from ascapi.models.game_center_leaderboard_image_create_request import (
    GameCenterLeaderboardImageCreateRequestData as GameCenterLeaderboardImageCreateRequestData,
)
from ascapi.models.game_center_leaderboard_image_create_request import (
    GameCenterLeaderboardImageCreateRequestDataAttributes as GameCenterLeaderboardImageCreateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_image_create_request import (
    GameCenterLeaderboardImageCreateRequestDataRelationships as GameCenterLeaderboardImageCreateRequestDataRelationships,
)
from ascapi.models.game_center_leaderboard_image_create_request import (
    GameCenterLeaderboardImageCreateRequestDataRelationshipsGameCenterLeaderboardLocalization as GameCenterLeaderboardImageCreateRequestDataRelationshipsGameCenterLeaderboardLocalization,
)
from ascapi.models.game_center_leaderboard_image_create_request import (
    GameCenterLeaderboardImageCreateRequestDataRelationshipsGameCenterLeaderboardLocalizationData as GameCenterLeaderboardImageCreateRequestDataRelationshipsGameCenterLeaderboardLocalizationData,
)
from ascapi.models.game_center_leaderboard_image_response import (
    GameCenterLeaderboardImageResponse as GameCenterLeaderboardImageResponse,
)
from ascapi.models.game_center_leaderboard_image_update_request import (
    GameCenterLeaderboardImageUpdateRequest as GameCenterLeaderboardImageUpdateRequest,
)
from ascapi.models.game_center_leaderboard_image_update_request import (
    GameCenterLeaderboardImageUpdateRequestData as GameCenterLeaderboardImageUpdateRequestData,
)
from ascapi.models.game_center_leaderboard_image_update_request import (
    GameCenterLeaderboardImageUpdateRequestDataAttributes as GameCenterLeaderboardImageUpdateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_image_v2 import (
    GameCenterLeaderboardImageV2 as GameCenterLeaderboardImageV2,
)
from ascapi.models.game_center_leaderboard_image_v2 import (
    GameCenterLeaderboardImageV2Attributes as GameCenterLeaderboardImageV2Attributes,
)
from ascapi.models.game_center_leaderboard_image_v2 import (
    GameCenterLeaderboardImageV2Relationships as GameCenterLeaderboardImageV2Relationships,
)
from ascapi.models.game_center_leaderboard_image_v2 import (
    GameCenterLeaderboardImageV2RelationshipsLocalization as GameCenterLeaderboardImageV2RelationshipsLocalization,
)
from ascapi.models.game_center_leaderboard_image_v2 import (
    GameCenterLeaderboardImageV2RelationshipsLocalizationData as GameCenterLeaderboardImageV2RelationshipsLocalizationData,
)
from ascapi.models.game_center_leaderboard_image_v2_create_request import (
    GameCenterLeaderboardImageV2CreateRequest as GameCenterLeaderboardImageV2CreateRequest,
)
from ascapi.models.game_center_leaderboard_image_v2_create_request import (
    GameCenterLeaderboardImageV2CreateRequestData as GameCenterLeaderboardImageV2CreateRequestData,
)
from ascapi.models.game_center_leaderboard_image_v2_create_request import (
    GameCenterLeaderboardImageV2CreateRequestDataAttributes as GameCenterLeaderboardImageV2CreateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_image_v2_create_request import (
    GameCenterLeaderboardImageV2CreateRequestDataRelationships as GameCenterLeaderboardImageV2CreateRequestDataRelationships,
)
from ascapi.models.game_center_leaderboard_image_v2_create_request import (
    GameCenterLeaderboardImageV2CreateRequestDataRelationshipsLocalization as GameCenterLeaderboardImageV2CreateRequestDataRelationshipsLocalization,
)
from ascapi.models.game_center_leaderboard_image_v2_create_request import (
    GameCenterLeaderboardImageV2CreateRequestDataRelationshipsLocalizationData as GameCenterLeaderboardImageV2CreateRequestDataRelationshipsLocalizationData,
)
from ascapi.models.game_center_leaderboard_image_v2_response import (
    GameCenterLeaderboardImageV2Response as GameCenterLeaderboardImageV2Response,
)
from ascapi.models.game_center_leaderboard_image_v2_update_request import (
    GameCenterLeaderboardImageV2UpdateRequest as GameCenterLeaderboardImageV2UpdateRequest,
)
from ascapi.models.game_center_leaderboard_image_v2_update_request import (
    GameCenterLeaderboardImageV2UpdateRequestData as GameCenterLeaderboardImageV2UpdateRequestData,
)
from ascapi.models.game_center_leaderboard_image_v2_update_request import (
    GameCenterLeaderboardImageV2UpdateRequestDataAttributes as GameCenterLeaderboardImageV2UpdateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_localization import (
    GameCenterLeaderboardLocalization as GameCenterLeaderboardLocalization,
)
from ascapi.models.game_center_leaderboard_localization import (
    GameCenterLeaderboardLocalizationAttributes as GameCenterLeaderboardLocalizationAttributes,
)
from ascapi.models.game_center_leaderboard_localization import (
    GameCenterLeaderboardLocalizationRelationships as GameCenterLeaderboardLocalizationRelationships,
)
from ascapi.models.game_center_leaderboard_localization import (
    GameCenterLeaderboardLocalizationRelationshipsGameCenterLeaderboard as GameCenterLeaderboardLocalizationRelationshipsGameCenterLeaderboard,
)
from ascapi.models.game_center_leaderboard_localization import (
    GameCenterLeaderboardLocalizationRelationshipsGameCenterLeaderboardData as GameCenterLeaderboardLocalizationRelationshipsGameCenterLeaderboardData,
)
from ascapi.models.game_center_leaderboard_localization import (
    GameCenterLeaderboardLocalizationRelationshipsGameCenterLeaderboardImage as GameCenterLeaderboardLocalizationRelationshipsGameCenterLeaderboardImage,
)
from ascapi.models.game_center_leaderboard_localization import (
    GameCenterLeaderboardLocalizationRelationshipsGameCenterLeaderboardImageData as GameCenterLeaderboardLocalizationRelationshipsGameCenterLeaderboardImageData,
)
from ascapi.models.game_center_leaderboard_localization_create_request import (
    GameCenterLeaderboardLocalizationCreateRequest as GameCenterLeaderboardLocalizationCreateRequest,
)
from ascapi.models.game_center_leaderboard_localization_create_request import (
    GameCenterLeaderboardLocalizationCreateRequestData as GameCenterLeaderboardLocalizationCreateRequestData,
)
from ascapi.models.game_center_leaderboard_localization_create_request import (
    GameCenterLeaderboardLocalizationCreateRequestDataAttributes as GameCenterLeaderboardLocalizationCreateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_localization_create_request import (
    GameCenterLeaderboardLocalizationCreateRequestDataRelationships as GameCenterLeaderboardLocalizationCreateRequestDataRelationships,
)
from ascapi.models.game_center_leaderboard_localization_create_request import (
    GameCenterLeaderboardLocalizationCreateRequestDataRelationshipsGameCenterLeaderboard as GameCenterLeaderboardLocalizationCreateRequestDataRelationshipsGameCenterLeaderboard,
)
from ascapi.models.game_center_leaderboard_localization_create_request import (
    GameCenterLeaderboardLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardData as GameCenterLeaderboardLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardData,
)
from ascapi.models.game_center_leaderboard_localization_game_center_leaderboard_image_linkage_response import (
    GameCenterLeaderboardLocalizationGameCenterLeaderboardImageLinkageResponse as GameCenterLeaderboardLocalizationGameCenterLeaderboardImageLinkageResponse,
)
from ascapi.models.game_center_leaderboard_localization_game_center_leaderboard_image_linkage_response import (
    GameCenterLeaderboardLocalizationGameCenterLeaderboardImageLinkageResponseData as GameCenterLeaderboardLocalizationGameCenterLeaderboardImageLinkageResponseData,
)
from ascapi.models.game_center_leaderboard_localization_response import (
    GameCenterLeaderboardLocalizationResponse as GameCenterLeaderboardLocalizationResponse,
)
from ascapi.models.game_center_leaderboard_localization_update_request import (
    GameCenterLeaderboardLocalizationUpdateRequest as GameCenterLeaderboardLocalizationUpdateRequest,
)
from ascapi.models.game_center_leaderboard_localization_update_request import (
    GameCenterLeaderboardLocalizationUpdateRequestData as GameCenterLeaderboardLocalizationUpdateRequestData,
)
from ascapi.models.game_center_leaderboard_localization_update_request import (
    GameCenterLeaderboardLocalizationUpdateRequestDataAttributes as GameCenterLeaderboardLocalizationUpdateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_localization_v2 import (
    GameCenterLeaderboardLocalizationV2 as GameCenterLeaderboardLocalizationV2,
)
from ascapi.models.game_center_leaderboard_localization_v2 import (
    GameCenterLeaderboardLocalizationV2Attributes as GameCenterLeaderboardLocalizationV2Attributes,
)
from ascapi.models.game_center_leaderboard_localization_v2 import (
    GameCenterLeaderboardLocalizationV2Relationships as GameCenterLeaderboardLocalizationV2Relationships,
)
from ascapi.models.game_center_leaderboard_localization_v2 import (
    GameCenterLeaderboardLocalizationV2RelationshipsImage as GameCenterLeaderboardLocalizationV2RelationshipsImage,
)
from ascapi.models.game_center_leaderboard_localization_v2 import (
    GameCenterLeaderboardLocalizationV2RelationshipsImageData as GameCenterLeaderboardLocalizationV2RelationshipsImageData,
)
from ascapi.models.game_center_leaderboard_localization_v2 import (
    GameCenterLeaderboardLocalizationV2RelationshipsVersion as GameCenterLeaderboardLocalizationV2RelationshipsVersion,
)
from ascapi.models.game_center_leaderboard_localization_v2 import (
    GameCenterLeaderboardLocalizationV2RelationshipsVersionData as GameCenterLeaderboardLocalizationV2RelationshipsVersionData,
)
from ascapi.models.game_center_leaderboard_localization_v2_create_request import (
    GameCenterLeaderboardLocalizationV2CreateRequest as GameCenterLeaderboardLocalizationV2CreateRequest,
)
from ascapi.models.game_center_leaderboard_localization_v2_create_request import (
    GameCenterLeaderboardLocalizationV2CreateRequestData as GameCenterLeaderboardLocalizationV2CreateRequestData,
)
from ascapi.models.game_center_leaderboard_localization_v2_create_request import (
    GameCenterLeaderboardLocalizationV2CreateRequestDataAttributes as GameCenterLeaderboardLocalizationV2CreateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_localization_v2_create_request import (
    GameCenterLeaderboardLocalizationV2CreateRequestDataRelationships as GameCenterLeaderboardLocalizationV2CreateRequestDataRelationships,
)
from ascapi.models.game_center_leaderboard_localization_v2_create_request import (
    GameCenterLeaderboardLocalizationV2CreateRequestDataRelationshipsVersion as GameCenterLeaderboardLocalizationV2CreateRequestDataRelationshipsVersion,
)
from ascapi.models.game_center_leaderboard_localization_v2_create_request import (
    GameCenterLeaderboardLocalizationV2CreateRequestDataRelationshipsVersionData as GameCenterLeaderboardLocalizationV2CreateRequestDataRelationshipsVersionData,
)
from ascapi.models.game_center_leaderboard_localization_v2_image_linkage_response import (
    GameCenterLeaderboardLocalizationV2ImageLinkageResponse as GameCenterLeaderboardLocalizationV2ImageLinkageResponse,
)
from ascapi.models.game_center_leaderboard_localization_v2_image_linkage_response import (
    GameCenterLeaderboardLocalizationV2ImageLinkageResponseData as GameCenterLeaderboardLocalizationV2ImageLinkageResponseData,
)
from ascapi.models.game_center_leaderboard_localization_v2_response import (
    GameCenterLeaderboardLocalizationV2Response as GameCenterLeaderboardLocalizationV2Response,
)
from ascapi.models.game_center_leaderboard_localization_v2_update_request import (
    GameCenterLeaderboardLocalizationV2UpdateRequest as GameCenterLeaderboardLocalizationV2UpdateRequest,
)
from ascapi.models.game_center_leaderboard_localization_v2_update_request import (
    GameCenterLeaderboardLocalizationV2UpdateRequestData as GameCenterLeaderboardLocalizationV2UpdateRequestData,
)
from ascapi.models.game_center_leaderboard_localization_v2_update_request import (
    GameCenterLeaderboardLocalizationV2UpdateRequestDataAttributes as GameCenterLeaderboardLocalizationV2UpdateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_localizations_linkages_response import (
    GameCenterLeaderboardLocalizationsLinkagesResponse as GameCenterLeaderboardLocalizationsLinkagesResponse,
)
from ascapi.models.game_center_leaderboard_localizations_linkages_response import (
    GameCenterLeaderboardLocalizationsLinkagesResponseData as GameCenterLeaderboardLocalizationsLinkagesResponseData,
)
from ascapi.models.game_center_leaderboard_localizations_response import (
    GameCenterLeaderboardLocalizationsResponse as GameCenterLeaderboardLocalizationsResponse,
)
from ascapi.models.game_center_leaderboard_localizations_v2_response import (
    GameCenterLeaderboardLocalizationsV2Response as GameCenterLeaderboardLocalizationsV2Response,
)
from ascapi.models.game_center_leaderboard_release import (
    GameCenterLeaderboardRelease as GameCenterLeaderboardRelease,
)
from ascapi.models.game_center_leaderboard_release import (
    GameCenterLeaderboardReleaseAttributes as GameCenterLeaderboardReleaseAttributes,
)
from ascapi.models.game_center_leaderboard_release import (
    GameCenterLeaderboardReleaseRelationships as GameCenterLeaderboardReleaseRelationships,
)
from ascapi.models.game_center_leaderboard_release import (
    GameCenterLeaderboardReleaseRelationshipsGameCenterDetail as GameCenterLeaderboardReleaseRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_leaderboard_release import (
    GameCenterLeaderboardReleaseRelationshipsGameCenterDetailData as GameCenterLeaderboardReleaseRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_leaderboard_release import (
    GameCenterLeaderboardReleaseRelationshipsGameCenterLeaderboard as GameCenterLeaderboardReleaseRelationshipsGameCenterLeaderboard,
)
from ascapi.models.game_center_leaderboard_release import (
    GameCenterLeaderboardReleaseRelationshipsGameCenterLeaderboardData as GameCenterLeaderboardReleaseRelationshipsGameCenterLeaderboardData,
)
from ascapi.models.game_center_leaderboard_release_create_request import (
    GameCenterLeaderboardReleaseCreateRequest as GameCenterLeaderboardReleaseCreateRequest,
)
from ascapi.models.game_center_leaderboard_release_create_request import (
    GameCenterLeaderboardReleaseCreateRequestData as GameCenterLeaderboardReleaseCreateRequestData,
)
from ascapi.models.game_center_leaderboard_release_create_request import (
    GameCenterLeaderboardReleaseCreateRequestDataRelationships as GameCenterLeaderboardReleaseCreateRequestDataRelationships,
)
from ascapi.models.game_center_leaderboard_release_create_request import (
    GameCenterLeaderboardReleaseCreateRequestDataRelationshipsGameCenterDetail as GameCenterLeaderboardReleaseCreateRequestDataRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_leaderboard_release_create_request import (
    GameCenterLeaderboardReleaseCreateRequestDataRelationshipsGameCenterDetailData as GameCenterLeaderboardReleaseCreateRequestDataRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_leaderboard_release_create_request import (
    GameCenterLeaderboardReleaseCreateRequestDataRelationshipsGameCenterLeaderboard as GameCenterLeaderboardReleaseCreateRequestDataRelationshipsGameCenterLeaderboard,
)
from ascapi.models.game_center_leaderboard_release_create_request import (
    GameCenterLeaderboardReleaseCreateRequestDataRelationshipsGameCenterLeaderboardData as GameCenterLeaderboardReleaseCreateRequestDataRelationshipsGameCenterLeaderboardData,
)
from ascapi.models.game_center_leaderboard_release_response import (
    GameCenterLeaderboardReleaseResponse as GameCenterLeaderboardReleaseResponse,
)
from ascapi.models.game_center_leaderboard_releases_linkages_response import (
    GameCenterLeaderboardReleasesLinkagesResponse as GameCenterLeaderboardReleasesLinkagesResponse,
)
from ascapi.models.game_center_leaderboard_releases_linkages_response import (
    GameCenterLeaderboardReleasesLinkagesResponseData as GameCenterLeaderboardReleasesLinkagesResponseData,
)
from ascapi.models.game_center_leaderboard_releases_response import (
    GameCenterLeaderboardReleasesResponse as GameCenterLeaderboardReleasesResponse,
)
from ascapi.models.game_center_leaderboard_response import (
    GameCenterLeaderboardResponse as GameCenterLeaderboardResponse,
)
from ascapi.models.game_center_leaderboard_set import (
    GameCenterLeaderboardSet as GameCenterLeaderboardSet,
)
from ascapi.models.game_center_leaderboard_set import (
    GameCenterLeaderboardSetAttributes as GameCenterLeaderboardSetAttributes,
)
from ascapi.models.game_center_leaderboard_set import (
    GameCenterLeaderboardSetRelationships as GameCenterLeaderboardSetRelationships,
)
from ascapi.models.game_center_leaderboard_set import (
    GameCenterLeaderboardSetRelationshipsGameCenterDetail as GameCenterLeaderboardSetRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_leaderboard_set import (
    GameCenterLeaderboardSetRelationshipsGameCenterDetailData as GameCenterLeaderboardSetRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_leaderboard_set import (
    GameCenterLeaderboardSetRelationshipsGameCenterGroup as GameCenterLeaderboardSetRelationshipsGameCenterGroup,
)
from ascapi.models.game_center_leaderboard_set import (
    GameCenterLeaderboardSetRelationshipsGameCenterGroupData as GameCenterLeaderboardSetRelationshipsGameCenterGroupData,
)
from ascapi.models.game_center_leaderboard_set import (
    GameCenterLeaderboardSetRelationshipsGameCenterLeaderboards as GameCenterLeaderboardSetRelationshipsGameCenterLeaderboards,
)
from ascapi.models.game_center_leaderboard_set import (
    GameCenterLeaderboardSetRelationshipsGameCenterLeaderboardsData as GameCenterLeaderboardSetRelationshipsGameCenterLeaderboardsData,
)
from ascapi.models.game_center_leaderboard_set import (
    GameCenterLeaderboardSetRelationshipsGroupLeaderboardSet as GameCenterLeaderboardSetRelationshipsGroupLeaderboardSet,
)
from ascapi.models.game_center_leaderboard_set import (
    GameCenterLeaderboardSetRelationshipsGroupLeaderboardSetData as GameCenterLeaderboardSetRelationshipsGroupLeaderboardSetData,
)
from ascapi.models.game_center_leaderboard_set import (
    GameCenterLeaderboardSetRelationshipsLocalizations as GameCenterLeaderboardSetRelationshipsLocalizations,
)
from ascapi.models.game_center_leaderboard_set import (
    GameCenterLeaderboardSetRelationshipsLocalizationsData as GameCenterLeaderboardSetRelationshipsLocalizationsData,
)
from ascapi.models.game_center_leaderboard_set import (
    GameCenterLeaderboardSetRelationshipsReleases as GameCenterLeaderboardSetRelationshipsReleases,
)
from ascapi.models.game_center_leaderboard_set import (
    GameCenterLeaderboardSetRelationshipsReleasesData as GameCenterLeaderboardSetRelationshipsReleasesData,
)
from ascapi.models.game_center_leaderboard_set_create_request import (
    GameCenterLeaderboardSetCreateRequest as GameCenterLeaderboardSetCreateRequest,
)
from ascapi.models.game_center_leaderboard_set_create_request import (
    GameCenterLeaderboardSetCreateRequestData as GameCenterLeaderboardSetCreateRequestData,
)
from ascapi.models.game_center_leaderboard_set_create_request import (
    GameCenterLeaderboardSetCreateRequestDataAttributes as GameCenterLeaderboardSetCreateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_set_create_request import (
    GameCenterLeaderboardSetCreateRequestDataRelationships as GameCenterLeaderboardSetCreateRequestDataRelationships,
)
from ascapi.models.game_center_leaderboard_set_create_request import (
    GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterDetail as GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_leaderboard_set_create_request import (
    GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterDetailData as GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_leaderboard_set_create_request import (
    GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterGroup as GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterGroup,
)
from ascapi.models.game_center_leaderboard_set_create_request import (
    GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterGroupData as GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterGroupData,
)
from ascapi.models.game_center_leaderboard_set_create_request import (
    GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterLeaderboards as GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterLeaderboards,
)
from ascapi.models.game_center_leaderboard_set_create_request import (
    GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterLeaderboardsData as GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterLeaderboardsData,
)
from ascapi.models.game_center_leaderboard_set_game_center_leaderboards_linkages_request import (
    GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesRequest as GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesRequest,
)
from ascapi.models.game_center_leaderboard_set_game_center_leaderboards_linkages_request import (
    GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesRequestData as GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesRequestData,
)
from ascapi.models.game_center_leaderboard_set_game_center_leaderboards_linkages_response import (
    GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponse as GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponse,
)
from ascapi.models.game_center_leaderboard_set_game_center_leaderboards_linkages_response import (
    GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponseData as GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponseData,
)
from ascapi.models.game_center_leaderboard_set_group_leaderboard_set_linkage_request import (
    GameCenterLeaderboardSetGroupLeaderboardSetLinkageRequest as GameCenterLeaderboardSetGroupLeaderboardSetLinkageRequest,
)
from ascapi.models.game_center_leaderboard_set_group_leaderboard_set_linkage_request import (
    GameCenterLeaderboardSetGroupLeaderboardSetLinkageRequestData as GameCenterLeaderboardSetGroupLeaderboardSetLinkageRequestData,
)
from ascapi.models.game_center_leaderboard_set_group_leaderboard_set_linkage_response import (
    GameCenterLeaderboardSetGroupLeaderboardSetLinkageResponse as GameCenterLeaderboardSetGroupLeaderboardSetLinkageResponse,
)
from ascapi.models.game_center_leaderboard_set_group_leaderboard_set_linkage_response import (
    GameCenterLeaderboardSetGroupLeaderboardSetLinkageResponseData as GameCenterLeaderboardSetGroupLeaderboardSetLinkageResponseData,
)
from ascapi.models.game_center_leaderboard_set_image import (
    GameCenterLeaderboardSetImage as GameCenterLeaderboardSetImage,
)
from ascapi.models.game_center_leaderboard_set_image import (
    GameCenterLeaderboardSetImageAttributes as GameCenterLeaderboardSetImageAttributes,
)
from ascapi.models.game_center_leaderboard_set_image import (
    GameCenterLeaderboardSetImageRelationships as GameCenterLeaderboardSetImageRelationships,
)
from ascapi.models.game_center_leaderboard_set_image import (
    GameCenterLeaderboardSetImageRelationshipsGameCenterLeaderboardSetLocalization as GameCenterLeaderboardSetImageRelationshipsGameCenterLeaderboardSetLocalization,
)
from ascapi.models.game_center_leaderboard_set_image import (
    GameCenterLeaderboardSetImageRelationshipsGameCenterLeaderboardSetLocalizationData as GameCenterLeaderboardSetImageRelationshipsGameCenterLeaderboardSetLocalizationData,
)
from ascapi.models.game_center_leaderboard_set_image_create_request import (
    GameCenterLeaderboardSetImageCreateRequest as GameCenterLeaderboardSetImageCreateRequest,
)
from ascapi.models.game_center_leaderboard_set_image_create_request import (
    GameCenterLeaderboardSetImageCreateRequestData as GameCenterLeaderboardSetImageCreateRequestData,
)
from ascapi.models.game_center_leaderboard_set_image_create_request import (
    GameCenterLeaderboardSetImageCreateRequestDataAttributes as GameCenterLeaderboardSetImageCreateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_set_image_create_request import (
    GameCenterLeaderboardSetImageCreateRequestDataRelationships as GameCenterLeaderboardSetImageCreateRequestDataRelationships,
)
from ascapi.models.game_center_leaderboard_set_image_create_request import (
    GameCenterLeaderboardSetImageCreateRequestDataRelationshipsGameCenterLeaderboardSetLocalization as GameCenterLeaderboardSetImageCreateRequestDataRelationshipsGameCenterLeaderboardSetLocalization,
)
from ascapi.models.game_center_leaderboard_set_image_create_request import (
    GameCenterLeaderboardSetImageCreateRequestDataRelationshipsGameCenterLeaderboardSetLocalizationData as GameCenterLeaderboardSetImageCreateRequestDataRelationshipsGameCenterLeaderboardSetLocalizationData,
)
from ascapi.models.game_center_leaderboard_set_image_response import (
    GameCenterLeaderboardSetImageResponse as GameCenterLeaderboardSetImageResponse,
)
from ascapi.models.game_center_leaderboard_set_image_update_request import (
    GameCenterLeaderboardSetImageUpdateRequest as GameCenterLeaderboardSetImageUpdateRequest,
)
from ascapi.models.game_center_leaderboard_set_image_update_request import (
    GameCenterLeaderboardSetImageUpdateRequestData as GameCenterLeaderboardSetImageUpdateRequestData,
)
from ascapi.models.game_center_leaderboard_set_image_update_request import (
    GameCenterLeaderboardSetImageUpdateRequestDataAttributes as GameCenterLeaderboardSetImageUpdateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_set_image_v2 import (
    GameCenterLeaderboardSetImageV2 as GameCenterLeaderboardSetImageV2,
)
from ascapi.models.game_center_leaderboard_set_image_v2 import (
    GameCenterLeaderboardSetImageV2Attributes as GameCenterLeaderboardSetImageV2Attributes,
)
from ascapi.models.game_center_leaderboard_set_image_v2 import (
    GameCenterLeaderboardSetImageV2Relationships as GameCenterLeaderboardSetImageV2Relationships,
)
from ascapi.models.game_center_leaderboard_set_image_v2 import (
    GameCenterLeaderboardSetImageV2RelationshipsLocalization as GameCenterLeaderboardSetImageV2RelationshipsLocalization,
)
from ascapi.models.game_center_leaderboard_set_image_v2 import (
    GameCenterLeaderboardSetImageV2RelationshipsLocalizationData as GameCenterLeaderboardSetImageV2RelationshipsLocalizationData,
)
from ascapi.models.game_center_leaderboard_set_image_v2_create_request import (
    GameCenterLeaderboardSetImageV2CreateRequest as GameCenterLeaderboardSetImageV2CreateRequest,
)
from ascapi.models.game_center_leaderboard_set_image_v2_create_request import (
    GameCenterLeaderboardSetImageV2CreateRequestData as GameCenterLeaderboardSetImageV2CreateRequestData,
)
from ascapi.models.game_center_leaderboard_set_image_v2_create_request import (
    GameCenterLeaderboardSetImageV2CreateRequestDataAttributes as GameCenterLeaderboardSetImageV2CreateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_set_image_v2_create_request import (
    GameCenterLeaderboardSetImageV2CreateRequestDataRelationships as GameCenterLeaderboardSetImageV2CreateRequestDataRelationships,
)
from ascapi.models.game_center_leaderboard_set_image_v2_create_request import (
    GameCenterLeaderboardSetImageV2CreateRequestDataRelationshipsLocalization as GameCenterLeaderboardSetImageV2CreateRequestDataRelationshipsLocalization,
)
from ascapi.models.game_center_leaderboard_set_image_v2_create_request import (
    GameCenterLeaderboardSetImageV2CreateRequestDataRelationshipsLocalizationData as GameCenterLeaderboardSetImageV2CreateRequestDataRelationshipsLocalizationData,
)
from ascapi.models.game_center_leaderboard_set_image_v2_response import (
    GameCenterLeaderboardSetImageV2Response as GameCenterLeaderboardSetImageV2Response,
)
from ascapi.models.game_center_leaderboard_set_image_v2_update_request import (
    GameCenterLeaderboardSetImageV2UpdateRequest as GameCenterLeaderboardSetImageV2UpdateRequest,
)
from ascapi.models.game_center_leaderboard_set_image_v2_update_request import (
    GameCenterLeaderboardSetImageV2UpdateRequestData as GameCenterLeaderboardSetImageV2UpdateRequestData,
)
from ascapi.models.game_center_leaderboard_set_image_v2_update_request import (
    GameCenterLeaderboardSetImageV2UpdateRequestDataAttributes as GameCenterLeaderboardSetImageV2UpdateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_set_localization import (
    GameCenterLeaderboardSetLocalization as GameCenterLeaderboardSetLocalization,
)
from ascapi.models.game_center_leaderboard_set_localization import (
    GameCenterLeaderboardSetLocalizationAttributes as GameCenterLeaderboardSetLocalizationAttributes,
)
from ascapi.models.game_center_leaderboard_set_localization import (
    GameCenterLeaderboardSetLocalizationRelationships as GameCenterLeaderboardSetLocalizationRelationships,
)
from ascapi.models.game_center_leaderboard_set_localization import (
    GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSet as GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSet,
)
from ascapi.models.game_center_leaderboard_set_localization import (
    GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetData as GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetData,
)
from ascapi.models.game_center_leaderboard_set_localization import (
    GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetImage as GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetImage,
)
from ascapi.models.game_center_leaderboard_set_localization import (
    GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetImageData as GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetImageData,
)
from ascapi.models.game_center_leaderboard_set_localization_create_request import (
    GameCenterLeaderboardSetLocalizationCreateRequest as GameCenterLeaderboardSetLocalizationCreateRequest,
)
from ascapi.models.game_center_leaderboard_set_localization_create_request import (
    GameCenterLeaderboardSetLocalizationCreateRequestData as GameCenterLeaderboardSetLocalizationCreateRequestData,
)
from ascapi.models.game_center_leaderboard_set_localization_create_request import (
    GameCenterLeaderboardSetLocalizationCreateRequestDataAttributes as GameCenterLeaderboardSetLocalizationCreateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_set_localization_create_request import (
    GameCenterLeaderboardSetLocalizationCreateRequestDataRelationships as GameCenterLeaderboardSetLocalizationCreateRequestDataRelationships,
)
from ascapi.models.game_center_leaderboard_set_localization_create_request import (
    GameCenterLeaderboardSetLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardSet as GameCenterLeaderboardSetLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardSet,
)
from ascapi.models.game_center_leaderboard_set_localization_create_request import (
    GameCenterLeaderboardSetLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardSetData as GameCenterLeaderboardSetLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardSetData,
)
from ascapi.models.game_center_leaderboard_set_localization_game_center_leaderboard_set_image_linkage_response import (
    GameCenterLeaderboardSetLocalizationGameCenterLeaderboardSetImageLinkageResponse as GameCenterLeaderboardSetLocalizationGameCenterLeaderboardSetImageLinkageResponse,
)
from ascapi.models.game_center_leaderboard_set_localization_game_center_leaderboard_set_image_linkage_response import (
    GameCenterLeaderboardSetLocalizationGameCenterLeaderboardSetImageLinkageResponseData as GameCenterLeaderboardSetLocalizationGameCenterLeaderboardSetImageLinkageResponseData,
)
from ascapi.models.game_center_leaderboard_set_localization_response import (
    GameCenterLeaderboardSetLocalizationResponse as GameCenterLeaderboardSetLocalizationResponse,
)
from ascapi.models.game_center_leaderboard_set_localization_update_request import (
    GameCenterLeaderboardSetLocalizationUpdateRequest as GameCenterLeaderboardSetLocalizationUpdateRequest,
)
from ascapi.models.game_center_leaderboard_set_localization_update_request import (
    GameCenterLeaderboardSetLocalizationUpdateRequestData as GameCenterLeaderboardSetLocalizationUpdateRequestData,
)
from ascapi.models.game_center_leaderboard_set_localization_update_request import (
    GameCenterLeaderboardSetLocalizationUpdateRequestDataAttributes as GameCenterLeaderboardSetLocalizationUpdateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_set_localization_v2 import (
    GameCenterLeaderboardSetLocalizationV2 as GameCenterLeaderboardSetLocalizationV2,
)
from ascapi.models.game_center_leaderboard_set_localization_v2 import (
    GameCenterLeaderboardSetLocalizationV2Attributes as GameCenterLeaderboardSetLocalizationV2Attributes,
)
from ascapi.models.game_center_leaderboard_set_localization_v2 import (
    GameCenterLeaderboardSetLocalizationV2Relationships as GameCenterLeaderboardSetLocalizationV2Relationships,
)
from ascapi.models.game_center_leaderboard_set_localization_v2 import (
    GameCenterLeaderboardSetLocalizationV2RelationshipsImage as GameCenterLeaderboardSetLocalizationV2RelationshipsImage,
)
from ascapi.models.game_center_leaderboard_set_localization_v2 import (
    GameCenterLeaderboardSetLocalizationV2RelationshipsImageData as GameCenterLeaderboardSetLocalizationV2RelationshipsImageData,
)
from ascapi.models.game_center_leaderboard_set_localization_v2 import (
    GameCenterLeaderboardSetLocalizationV2RelationshipsVersion as GameCenterLeaderboardSetLocalizationV2RelationshipsVersion,
)
from ascapi.models.game_center_leaderboard_set_localization_v2 import (
    GameCenterLeaderboardSetLocalizationV2RelationshipsVersionData as GameCenterLeaderboardSetLocalizationV2RelationshipsVersionData,
)
from ascapi.models.game_center_leaderboard_set_localization_v2_create_request import (
    GameCenterLeaderboardSetLocalizationV2CreateRequest as GameCenterLeaderboardSetLocalizationV2CreateRequest,
)
from ascapi.models.game_center_leaderboard_set_localization_v2_create_request import (
    GameCenterLeaderboardSetLocalizationV2CreateRequestData as GameCenterLeaderboardSetLocalizationV2CreateRequestData,
)
from ascapi.models.game_center_leaderboard_set_localization_v2_create_request import (
    GameCenterLeaderboardSetLocalizationV2CreateRequestDataAttributes as GameCenterLeaderboardSetLocalizationV2CreateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_set_localization_v2_create_request import (
    GameCenterLeaderboardSetLocalizationV2CreateRequestDataRelationships as GameCenterLeaderboardSetLocalizationV2CreateRequestDataRelationships,
)
from ascapi.models.game_center_leaderboard_set_localization_v2_create_request import (
    GameCenterLeaderboardSetLocalizationV2CreateRequestDataRelationshipsVersion as GameCenterLeaderboardSetLocalizationV2CreateRequestDataRelationshipsVersion,
)
from ascapi.models.game_center_leaderboard_set_localization_v2_create_request import (
    GameCenterLeaderboardSetLocalizationV2CreateRequestDataRelationshipsVersionData as GameCenterLeaderboardSetLocalizationV2CreateRequestDataRelationshipsVersionData,
)
from ascapi.models.game_center_leaderboard_set_localization_v2_image_linkage_response import (
    GameCenterLeaderboardSetLocalizationV2ImageLinkageResponse as GameCenterLeaderboardSetLocalizationV2ImageLinkageResponse,
)
from ascapi.models.game_center_leaderboard_set_localization_v2_image_linkage_response import (
    GameCenterLeaderboardSetLocalizationV2ImageLinkageResponseData as GameCenterLeaderboardSetLocalizationV2ImageLinkageResponseData,
)
from ascapi.models.game_center_leaderboard_set_localization_v2_response import (
    GameCenterLeaderboardSetLocalizationV2Response as GameCenterLeaderboardSetLocalizationV2Response,
)
from ascapi.models.game_center_leaderboard_set_localization_v2_update_request import (
    GameCenterLeaderboardSetLocalizationV2UpdateRequest as GameCenterLeaderboardSetLocalizationV2UpdateRequest,
)
from ascapi.models.game_center_leaderboard_set_localization_v2_update_request import (
    GameCenterLeaderboardSetLocalizationV2UpdateRequestData as GameCenterLeaderboardSetLocalizationV2UpdateRequestData,
)
from ascapi.models.game_center_leaderboard_set_localization_v2_update_request import (
    GameCenterLeaderboardSetLocalizationV2UpdateRequestDataAttributes as GameCenterLeaderboardSetLocalizationV2UpdateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_set_localizations_linkages_response import (
    GameCenterLeaderboardSetLocalizationsLinkagesResponse as GameCenterLeaderboardSetLocalizationsLinkagesResponse,
)
from ascapi.models.game_center_leaderboard_set_localizations_linkages_response import (
    GameCenterLeaderboardSetLocalizationsLinkagesResponseData as GameCenterLeaderboardSetLocalizationsLinkagesResponseData,
)
from ascapi.models.game_center_leaderboard_set_localizations_response import (
    GameCenterLeaderboardSetLocalizationsResponse as GameCenterLeaderboardSetLocalizationsResponse,
)
from ascapi.models.game_center_leaderboard_set_localizations_v2_response import (
    GameCenterLeaderboardSetLocalizationsV2Response as GameCenterLeaderboardSetLocalizationsV2Response,
)
from ascapi.models.game_center_leaderboard_set_member_localization import (
    GameCenterLeaderboardSetMemberLocalization as GameCenterLeaderboardSetMemberLocalization,
)
from ascapi.models.game_center_leaderboard_set_member_localization import (
    GameCenterLeaderboardSetMemberLocalizationAttributes as GameCenterLeaderboardSetMemberLocalizationAttributes,
)
from ascapi.models.game_center_leaderboard_set_member_localization import (
    GameCenterLeaderboardSetMemberLocalizationRelationships as GameCenterLeaderboardSetMemberLocalizationRelationships,
)
from ascapi.models.game_center_leaderboard_set_member_localization import (
    GameCenterLeaderboardSetMemberLocalizationRelationshipsGameCenterLeaderboard as GameCenterLeaderboardSetMemberLocalizationRelationshipsGameCenterLeaderboard,
)
from ascapi.models.game_center_leaderboard_set_member_localization import (
    GameCenterLeaderboardSetMemberLocalizationRelationshipsGameCenterLeaderboardData as GameCenterLeaderboardSetMemberLocalizationRelationshipsGameCenterLeaderboardData,
)
from ascapi.models.game_center_leaderboard_set_member_localization import (
    GameCenterLeaderboardSetMemberLocalizationRelationshipsGameCenterLeaderboardSet as GameCenterLeaderboardSetMemberLocalizationRelationshipsGameCenterLeaderboardSet,
)
from ascapi.models.game_center_leaderboard_set_member_localization import (
    GameCenterLeaderboardSetMemberLocalizationRelationshipsGameCenterLeaderboardSetData as GameCenterLeaderboardSetMemberLocalizationRelationshipsGameCenterLeaderboardSetData,
)
from ascapi.models.game_center_leaderboard_set_member_localization_create_request import (
    GameCenterLeaderboardSetMemberLocalizationCreateRequest as GameCenterLeaderboardSetMemberLocalizationCreateRequest,
)
from ascapi.models.game_center_leaderboard_set_member_localization_create_request import (
    GameCenterLeaderboardSetMemberLocalizationCreateRequestData as GameCenterLeaderboardSetMemberLocalizationCreateRequestData,
)
from ascapi.models.game_center_leaderboard_set_member_localization_create_request import (
    GameCenterLeaderboardSetMemberLocalizationCreateRequestDataAttributes as GameCenterLeaderboardSetMemberLocalizationCreateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_set_member_localization_create_request import (
    GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationships as GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationships,
)
from ascapi.models.game_center_leaderboard_set_member_localization_create_request import (
    GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationshipsGameCenterLeaderboard as GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationshipsGameCenterLeaderboard,
)
from ascapi.models.game_center_leaderboard_set_member_localization_create_request import (
    GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardData as GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardData,
)
from ascapi.models.game_center_leaderboard_set_member_localization_create_request import (
    GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardSet as GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardSet,
)
from ascapi.models.game_center_leaderboard_set_member_localization_create_request import (
    GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardSetData as GameCenterLeaderboardSetMemberLocalizationCreateRequestDataRelationshipsGameCenterLeaderboardSetData,
)
from ascapi.models.game_center_leaderboard_set_member_localization_game_center_leaderboard_linkage_response import (
    GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardLinkageResponse as GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardLinkageResponse,
)
from ascapi.models.game_center_leaderboard_set_member_localization_game_center_leaderboard_linkage_response import (
    GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardLinkageResponseData as GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardLinkageResponseData,
)
from ascapi.models.game_center_leaderboard_set_member_localization_game_center_leaderboard_set_linkage_response import (
    GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardSetLinkageResponse as GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardSetLinkageResponse,
)
from ascapi.models.game_center_leaderboard_set_member_localization_game_center_leaderboard_set_linkage_response import (
    GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardSetLinkageResponseData as GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardSetLinkageResponseData,
)
from ascapi.models.game_center_leaderboard_set_member_localization_response import (
    GameCenterLeaderboardSetMemberLocalizationResponse as GameCenterLeaderboardSetMemberLocalizationResponse,
)
from ascapi.models.game_center_leaderboard_set_member_localization_update_request import (
    GameCenterLeaderboardSetMemberLocalizationUpdateRequest as GameCenterLeaderboardSetMemberLocalizationUpdateRequest,
)
from ascapi.models.game_center_leaderboard_set_member_localization_update_request import (
    GameCenterLeaderboardSetMemberLocalizationUpdateRequestData as GameCenterLeaderboardSetMemberLocalizationUpdateRequestData,
)
from ascapi.models.game_center_leaderboard_set_member_localization_update_request import (
    GameCenterLeaderboardSetMemberLocalizationUpdateRequestDataAttributes as GameCenterLeaderboardSetMemberLocalizationUpdateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_set_member_localizations_response import (
    GameCenterLeaderboardSetMemberLocalizationsResponse as GameCenterLeaderboardSetMemberLocalizationsResponse,
)
from ascapi.models.game_center_leaderboard_set_release import (
    GameCenterLeaderboardSetRelease as GameCenterLeaderboardSetRelease,
)
from ascapi.models.game_center_leaderboard_set_release import (
    GameCenterLeaderboardSetReleaseAttributes as GameCenterLeaderboardSetReleaseAttributes,
)
from ascapi.models.game_center_leaderboard_set_release import (
    GameCenterLeaderboardSetReleaseRelationships as GameCenterLeaderboardSetReleaseRelationships,
)
from ascapi.models.game_center_leaderboard_set_release import (
    GameCenterLeaderboardSetReleaseRelationshipsGameCenterDetail as GameCenterLeaderboardSetReleaseRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_leaderboard_set_release import (
    GameCenterLeaderboardSetReleaseRelationshipsGameCenterDetailData as GameCenterLeaderboardSetReleaseRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_leaderboard_set_release import (
    GameCenterLeaderboardSetReleaseRelationshipsGameCenterLeaderboardSet as GameCenterLeaderboardSetReleaseRelationshipsGameCenterLeaderboardSet,
)
from ascapi.models.game_center_leaderboard_set_release import (
    GameCenterLeaderboardSetReleaseRelationshipsGameCenterLeaderboardSetData as GameCenterLeaderboardSetReleaseRelationshipsGameCenterLeaderboardSetData,
)
from ascapi.models.game_center_leaderboard_set_release_create_request import (
    GameCenterLeaderboardSetReleaseCreateRequest as GameCenterLeaderboardSetReleaseCreateRequest,
)
from ascapi.models.game_center_leaderboard_set_release_create_request import (
    GameCenterLeaderboardSetReleaseCreateRequestData as GameCenterLeaderboardSetReleaseCreateRequestData,
)
from ascapi.models.game_center_leaderboard_set_release_create_request import (
    GameCenterLeaderboardSetReleaseCreateRequestDataRelationships as GameCenterLeaderboardSetReleaseCreateRequestDataRelationships,
)
from ascapi.models.game_center_leaderboard_set_release_create_request import (
    GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterDetail as GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_leaderboard_set_release_create_request import (
    GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterDetailData as GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_leaderboard_set_release_create_request import (
    GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterLeaderboardSet as GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterLeaderboardSet,
)
from ascapi.models.game_center_leaderboard_set_release_create_request import (
    GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterLeaderboardSetData as GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterLeaderboardSetData,
)
from ascapi.models.game_center_leaderboard_set_release_response import (
    GameCenterLeaderboardSetReleaseResponse as GameCenterLeaderboardSetReleaseResponse,
)
from ascapi.models.game_center_leaderboard_set_releases_linkages_response import (
    GameCenterLeaderboardSetReleasesLinkagesResponse as GameCenterLeaderboardSetReleasesLinkagesResponse,
)
from ascapi.models.game_center_leaderboard_set_releases_linkages_response import (
    GameCenterLeaderboardSetReleasesLinkagesResponseData as GameCenterLeaderboardSetReleasesLinkagesResponseData,
)
from ascapi.models.game_center_leaderboard_set_releases_response import (
    GameCenterLeaderboardSetReleasesResponse as GameCenterLeaderboardSetReleasesResponse,
)
from ascapi.models.game_center_leaderboard_set_response import (
    GameCenterLeaderboardSetResponse as GameCenterLeaderboardSetResponse,
)
from ascapi.models.game_center_leaderboard_set_update_request import (
    GameCenterLeaderboardSetUpdateRequest as GameCenterLeaderboardSetUpdateRequest,
)
from ascapi.models.game_center_leaderboard_set_update_request import (
    GameCenterLeaderboardSetUpdateRequestData as GameCenterLeaderboardSetUpdateRequestData,
)
from ascapi.models.game_center_leaderboard_set_update_request import (
    GameCenterLeaderboardSetUpdateRequestDataAttributes as GameCenterLeaderboardSetUpdateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_set_v2 import (
    GameCenterLeaderboardSetV2 as GameCenterLeaderboardSetV2,
)
from ascapi.models.game_center_leaderboard_set_v2 import (
    GameCenterLeaderboardSetV2Attributes as GameCenterLeaderboardSetV2Attributes,
)
from ascapi.models.game_center_leaderboard_set_v2 import (
    GameCenterLeaderboardSetV2Relationships as GameCenterLeaderboardSetV2Relationships,
)
from ascapi.models.game_center_leaderboard_set_v2 import (
    GameCenterLeaderboardSetV2RelationshipsGameCenterDetail as GameCenterLeaderboardSetV2RelationshipsGameCenterDetail,
)
from ascapi.models.game_center_leaderboard_set_v2 import (
    GameCenterLeaderboardSetV2RelationshipsGameCenterDetailData as GameCenterLeaderboardSetV2RelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_leaderboard_set_v2 import (
    GameCenterLeaderboardSetV2RelationshipsGameCenterGroup as GameCenterLeaderboardSetV2RelationshipsGameCenterGroup,
)
from ascapi.models.game_center_leaderboard_set_v2 import (
    GameCenterLeaderboardSetV2RelationshipsGameCenterGroupData as GameCenterLeaderboardSetV2RelationshipsGameCenterGroupData,
)
from ascapi.models.game_center_leaderboard_set_v2 import (
    GameCenterLeaderboardSetV2RelationshipsGameCenterLeaderboards as GameCenterLeaderboardSetV2RelationshipsGameCenterLeaderboards,
)
from ascapi.models.game_center_leaderboard_set_v2 import (
    GameCenterLeaderboardSetV2RelationshipsGameCenterLeaderboardsData as GameCenterLeaderboardSetV2RelationshipsGameCenterLeaderboardsData,
)
from ascapi.models.game_center_leaderboard_set_v2 import (
    GameCenterLeaderboardSetV2RelationshipsVersions as GameCenterLeaderboardSetV2RelationshipsVersions,
)
from ascapi.models.game_center_leaderboard_set_v2 import (
    GameCenterLeaderboardSetV2RelationshipsVersionsData as GameCenterLeaderboardSetV2RelationshipsVersionsData,
)
from ascapi.models.game_center_leaderboard_set_v2_create_request import (
    GameCenterLeaderboardSetV2CreateRequest as GameCenterLeaderboardSetV2CreateRequest,
)
from ascapi.models.game_center_leaderboard_set_v2_create_request import (
    GameCenterLeaderboardSetV2CreateRequestData as GameCenterLeaderboardSetV2CreateRequestData,
)
from ascapi.models.game_center_leaderboard_set_v2_create_request import (
    GameCenterLeaderboardSetV2CreateRequestDataAttributes as GameCenterLeaderboardSetV2CreateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_set_v2_create_request import (
    GameCenterLeaderboardSetV2CreateRequestDataRelationships as GameCenterLeaderboardSetV2CreateRequestDataRelationships,
)
from ascapi.models.game_center_leaderboard_set_v2_create_request import (
    GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterDetail as GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_leaderboard_set_v2_create_request import (
    GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterDetailData as GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_leaderboard_set_v2_create_request import (
    GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterGroup as GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterGroup,
)
from ascapi.models.game_center_leaderboard_set_v2_create_request import (
    GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterGroupData as GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterGroupData,
)
from ascapi.models.game_center_leaderboard_set_v2_create_request import (
    GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterLeaderboards as GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterLeaderboards,
)
from ascapi.models.game_center_leaderboard_set_v2_create_request import (
    GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterLeaderboardsData as GameCenterLeaderboardSetV2CreateRequestDataRelationshipsGameCenterLeaderboardsData,
)
from ascapi.models.game_center_leaderboard_set_v2_create_request import (
    GameCenterLeaderboardSetV2CreateRequestDataRelationshipsVersions as GameCenterLeaderboardSetV2CreateRequestDataRelationshipsVersions,
)
from ascapi.models.game_center_leaderboard_set_v2_create_request import (
    GameCenterLeaderboardSetV2CreateRequestDataRelationshipsVersionsData as GameCenterLeaderboardSetV2CreateRequestDataRelationshipsVersionsData,
)
from ascapi.models.game_center_leaderboard_set_v2_game_center_leaderboards_linkages_request import (
    GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesRequest as GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesRequest,
)
from ascapi.models.game_center_leaderboard_set_v2_game_center_leaderboards_linkages_request import (
    GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesRequestData as GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesRequestData,
)
from ascapi.models.game_center_leaderboard_set_v2_game_center_leaderboards_linkages_response import (
    GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponse as GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponse,
)
from ascapi.models.game_center_leaderboard_set_v2_game_center_leaderboards_linkages_response import (
    GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponseData as GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponseData,
)
from ascapi.models.game_center_leaderboard_set_v2_response import (
    GameCenterLeaderboardSetV2Response as GameCenterLeaderboardSetV2Response,
)
from ascapi.models.game_center_leaderboard_set_v2_update_request import (
    GameCenterLeaderboardSetV2UpdateRequest as GameCenterLeaderboardSetV2UpdateRequest,
)
from ascapi.models.game_center_leaderboard_set_v2_update_request import (
    GameCenterLeaderboardSetV2UpdateRequestData as GameCenterLeaderboardSetV2UpdateRequestData,
)
from ascapi.models.game_center_leaderboard_set_v2_update_request import (
    GameCenterLeaderboardSetV2UpdateRequestDataAttributes as GameCenterLeaderboardSetV2UpdateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_set_v2_versions_linkages_response import (
    GameCenterLeaderboardSetV2VersionsLinkagesResponse as GameCenterLeaderboardSetV2VersionsLinkagesResponse,
)
from ascapi.models.game_center_leaderboard_set_v2_versions_linkages_response import (
    GameCenterLeaderboardSetV2VersionsLinkagesResponseData as GameCenterLeaderboardSetV2VersionsLinkagesResponseData,
)
from ascapi.models.game_center_leaderboard_set_version_v2 import (
    GameCenterLeaderboardSetVersionV2 as GameCenterLeaderboardSetVersionV2,
)
from ascapi.models.game_center_leaderboard_set_version_v2 import (
    GameCenterLeaderboardSetVersionV2Attributes as GameCenterLeaderboardSetVersionV2Attributes,
)
from ascapi.models.game_center_leaderboard_set_version_v2 import (
    GameCenterLeaderboardSetVersionV2Relationships as GameCenterLeaderboardSetVersionV2Relationships,
)
from ascapi.models.game_center_leaderboard_set_version_v2 import (
    GameCenterLeaderboardSetVersionV2RelationshipsLeaderboardSet as GameCenterLeaderboardSetVersionV2RelationshipsLeaderboardSet,
)
from ascapi.models.game_center_leaderboard_set_version_v2 import (
    GameCenterLeaderboardSetVersionV2RelationshipsLeaderboardSetData as GameCenterLeaderboardSetVersionV2RelationshipsLeaderboardSetData,
)
from ascapi.models.game_center_leaderboard_set_version_v2 import (
    GameCenterLeaderboardSetVersionV2RelationshipsLocalizations as GameCenterLeaderboardSetVersionV2RelationshipsLocalizations,
)
from ascapi.models.game_center_leaderboard_set_version_v2 import (
    GameCenterLeaderboardSetVersionV2RelationshipsLocalizationsData as GameCenterLeaderboardSetVersionV2RelationshipsLocalizationsData,
)
from ascapi.models.game_center_leaderboard_set_version_v2_create_request import (
    GameCenterLeaderboardSetVersionV2CreateRequest as GameCenterLeaderboardSetVersionV2CreateRequest,
)
from ascapi.models.game_center_leaderboard_set_version_v2_create_request import (
    GameCenterLeaderboardSetVersionV2CreateRequestData as GameCenterLeaderboardSetVersionV2CreateRequestData,
)
from ascapi.models.game_center_leaderboard_set_version_v2_create_request import (
    GameCenterLeaderboardSetVersionV2CreateRequestDataRelationships as GameCenterLeaderboardSetVersionV2CreateRequestDataRelationships,
)
from ascapi.models.game_center_leaderboard_set_version_v2_create_request import (
    GameCenterLeaderboardSetVersionV2CreateRequestDataRelationshipsLeaderboardSet as GameCenterLeaderboardSetVersionV2CreateRequestDataRelationshipsLeaderboardSet,
)
from ascapi.models.game_center_leaderboard_set_version_v2_create_request import (
    GameCenterLeaderboardSetVersionV2CreateRequestDataRelationshipsLeaderboardSetData as GameCenterLeaderboardSetVersionV2CreateRequestDataRelationshipsLeaderboardSetData,
)
from ascapi.models.game_center_leaderboard_set_version_v2_inline_create import (
    GameCenterLeaderboardSetVersionV2InlineCreate as GameCenterLeaderboardSetVersionV2InlineCreate,
)
from ascapi.models.game_center_leaderboard_set_version_v2_inline_create import (
    GameCenterLeaderboardSetVersionV2InlineCreateRelationships as GameCenterLeaderboardSetVersionV2InlineCreateRelationships,
)
from ascapi.models.game_center_leaderboard_set_version_v2_inline_create import (
    GameCenterLeaderboardSetVersionV2InlineCreateRelationshipsLeaderboardSet as GameCenterLeaderboardSetVersionV2InlineCreateRelationshipsLeaderboardSet,
)
from ascapi.models.game_center_leaderboard_set_version_v2_inline_create import (
    GameCenterLeaderboardSetVersionV2InlineCreateRelationshipsLeaderboardSetData as GameCenterLeaderboardSetVersionV2InlineCreateRelationshipsLeaderboardSetData,
)
from ascapi.models.game_center_leaderboard_set_version_v2_localizations_linkages_response import (
    GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponse as GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponse,
)
from ascapi.models.game_center_leaderboard_set_version_v2_localizations_linkages_response import (
    GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponseData as GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponseData,
)
from ascapi.models.game_center_leaderboard_set_version_v2_response import (
    GameCenterLeaderboardSetVersionV2Response as GameCenterLeaderboardSetVersionV2Response,
)
from ascapi.models.game_center_leaderboard_set_versions_v2_response import (
    GameCenterLeaderboardSetVersionsV2Response as GameCenterLeaderboardSetVersionsV2Response,
)
from ascapi.models.game_center_leaderboard_sets_response import (
    GameCenterLeaderboardSetsResponse as GameCenterLeaderboardSetsResponse,
)
from ascapi.models.game_center_leaderboard_sets_v2_response import (
    GameCenterLeaderboardSetsV2Response as GameCenterLeaderboardSetsV2Response,
)
from ascapi.models.game_center_leaderboard_update_request import (
    GameCenterLeaderboardUpdateRequest as GameCenterLeaderboardUpdateRequest,
)
from ascapi.models.game_center_leaderboard_update_request import (
    GameCenterLeaderboardUpdateRequestData as GameCenterLeaderboardUpdateRequestData,
)
from ascapi.models.game_center_leaderboard_update_request import (
    GameCenterLeaderboardUpdateRequestDataAttributes as GameCenterLeaderboardUpdateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_v2 import (
    GameCenterLeaderboardV2 as GameCenterLeaderboardV2,
)
from ascapi.models.game_center_leaderboard_v2 import (
    GameCenterLeaderboardV2Attributes as GameCenterLeaderboardV2Attributes,
)
from ascapi.models.game_center_leaderboard_v2 import (
    GameCenterLeaderboardV2Relationships as GameCenterLeaderboardV2Relationships,
)
from ascapi.models.game_center_leaderboard_v2 import (
    GameCenterLeaderboardV2RelationshipsActivity as GameCenterLeaderboardV2RelationshipsActivity,
)
from ascapi.models.game_center_leaderboard_v2 import (
    GameCenterLeaderboardV2RelationshipsActivityData as GameCenterLeaderboardV2RelationshipsActivityData,
)
from ascapi.models.game_center_leaderboard_v2 import (
    GameCenterLeaderboardV2RelationshipsChallenge as GameCenterLeaderboardV2RelationshipsChallenge,
)
from ascapi.models.game_center_leaderboard_v2 import (
    GameCenterLeaderboardV2RelationshipsChallengeData as GameCenterLeaderboardV2RelationshipsChallengeData,
)
from ascapi.models.game_center_leaderboard_v2 import (
    GameCenterLeaderboardV2RelationshipsGameCenterDetail as GameCenterLeaderboardV2RelationshipsGameCenterDetail,
)
from ascapi.models.game_center_leaderboard_v2 import (
    GameCenterLeaderboardV2RelationshipsGameCenterDetailData as GameCenterLeaderboardV2RelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_leaderboard_v2 import (
    GameCenterLeaderboardV2RelationshipsGameCenterGroup as GameCenterLeaderboardV2RelationshipsGameCenterGroup,
)
from ascapi.models.game_center_leaderboard_v2 import (
    GameCenterLeaderboardV2RelationshipsGameCenterGroupData as GameCenterLeaderboardV2RelationshipsGameCenterGroupData,
)
from ascapi.models.game_center_leaderboard_v2 import (
    GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSets as GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSets,
)
from ascapi.models.game_center_leaderboard_v2 import (
    GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSetsData as GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSetsData,
)
from ascapi.models.game_center_leaderboard_v2 import (
    GameCenterLeaderboardV2RelationshipsVersions as GameCenterLeaderboardV2RelationshipsVersions,
)
from ascapi.models.game_center_leaderboard_v2 import (
    GameCenterLeaderboardV2RelationshipsVersionsData as GameCenterLeaderboardV2RelationshipsVersionsData,
)
from ascapi.models.game_center_leaderboard_v2_activity_linkage_request import (
    GameCenterLeaderboardV2ActivityLinkageRequest as GameCenterLeaderboardV2ActivityLinkageRequest,
)
from ascapi.models.game_center_leaderboard_v2_activity_linkage_request import (
    GameCenterLeaderboardV2ActivityLinkageRequestData as GameCenterLeaderboardV2ActivityLinkageRequestData,
)
from ascapi.models.game_center_leaderboard_v2_challenge_linkage_request import (
    GameCenterLeaderboardV2ChallengeLinkageRequest as GameCenterLeaderboardV2ChallengeLinkageRequest,
)
from ascapi.models.game_center_leaderboard_v2_challenge_linkage_request import (
    GameCenterLeaderboardV2ChallengeLinkageRequestData as GameCenterLeaderboardV2ChallengeLinkageRequestData,
)
from ascapi.models.game_center_leaderboard_v2_create_request import (
    GameCenterLeaderboardV2CreateRequest as GameCenterLeaderboardV2CreateRequest,
)
from ascapi.models.game_center_leaderboard_v2_create_request import (
    GameCenterLeaderboardV2CreateRequestData as GameCenterLeaderboardV2CreateRequestData,
)
from ascapi.models.game_center_leaderboard_v2_create_request import (
    GameCenterLeaderboardV2CreateRequestDataAttributes as GameCenterLeaderboardV2CreateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_v2_create_request import (
    GameCenterLeaderboardV2CreateRequestDataRelationships as GameCenterLeaderboardV2CreateRequestDataRelationships,
)
from ascapi.models.game_center_leaderboard_v2_create_request import (
    GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterDetail as GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterDetail,
)
from ascapi.models.game_center_leaderboard_v2_create_request import (
    GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterDetailData as GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterDetailData,
)
from ascapi.models.game_center_leaderboard_v2_create_request import (
    GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterGroup as GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterGroup,
)
from ascapi.models.game_center_leaderboard_v2_create_request import (
    GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterGroupData as GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterGroupData,
)
from ascapi.models.game_center_leaderboard_v2_create_request import (
    GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterLeaderboardSets as GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterLeaderboardSets,
)
from ascapi.models.game_center_leaderboard_v2_create_request import (
    GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterLeaderboardSetsData as GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterLeaderboardSetsData,
)
from ascapi.models.game_center_leaderboard_v2_create_request import (
    GameCenterLeaderboardV2CreateRequestDataRelationshipsVersions as GameCenterLeaderboardV2CreateRequestDataRelationshipsVersions,
)
from ascapi.models.game_center_leaderboard_v2_create_request import (
    GameCenterLeaderboardV2CreateRequestDataRelationshipsVersionsData as GameCenterLeaderboardV2CreateRequestDataRelationshipsVersionsData,
)
from ascapi.models.game_center_leaderboard_v2_response import (
    GameCenterLeaderboardV2Response as GameCenterLeaderboardV2Response,
)
from ascapi.models.game_center_leaderboard_v2_update_request import (
    GameCenterLeaderboardV2UpdateRequest as GameCenterLeaderboardV2UpdateRequest,
)
from ascapi.models.game_center_leaderboard_v2_update_request import (
    GameCenterLeaderboardV2UpdateRequestData as GameCenterLeaderboardV2UpdateRequestData,
)
from ascapi.models.game_center_leaderboard_v2_update_request import (
    GameCenterLeaderboardV2UpdateRequestDataAttributes as GameCenterLeaderboardV2UpdateRequestDataAttributes,
)
from ascapi.models.game_center_leaderboard_v2_versions_linkages_response import (
    GameCenterLeaderboardV2VersionsLinkagesResponse as GameCenterLeaderboardV2VersionsLinkagesResponse,
)
from ascapi.models.game_center_leaderboard_v2_versions_linkages_response import (
    GameCenterLeaderboardV2VersionsLinkagesResponseData as GameCenterLeaderboardV2VersionsLinkagesResponseData,
)
from ascapi.models.game_center_leaderboard_version_v2 import (
    GameCenterLeaderboardVersionV2 as GameCenterLeaderboardVersionV2,
)
from ascapi.models.game_center_leaderboard_version_v2 import (
    GameCenterLeaderboardVersionV2Attributes as GameCenterLeaderboardVersionV2Attributes,
)
from ascapi.models.game_center_leaderboard_version_v2 import (
    GameCenterLeaderboardVersionV2Relationships as GameCenterLeaderboardVersionV2Relationships,
)
from ascapi.models.game_center_leaderboard_version_v2 import (
    GameCenterLeaderboardVersionV2RelationshipsLeaderboard as GameCenterLeaderboardVersionV2RelationshipsLeaderboard,
)
from ascapi.models.game_center_leaderboard_version_v2 import (
    GameCenterLeaderboardVersionV2RelationshipsLeaderboardData as GameCenterLeaderboardVersionV2RelationshipsLeaderboardData,
)
from ascapi.models.game_center_leaderboard_version_v2 import (
    GameCenterLeaderboardVersionV2RelationshipsLocalizations as GameCenterLeaderboardVersionV2RelationshipsLocalizations,
)
from ascapi.models.game_center_leaderboard_version_v2 import (
    GameCenterLeaderboardVersionV2RelationshipsLocalizationsData as GameCenterLeaderboardVersionV2RelationshipsLocalizationsData,
)
from ascapi.models.game_center_leaderboard_version_v2_create_request import (
    GameCenterLeaderboardVersionV2CreateRequest as GameCenterLeaderboardVersionV2CreateRequest,
)
from ascapi.models.game_center_leaderboard_version_v2_create_request import (
    GameCenterLeaderboardVersionV2CreateRequestData as GameCenterLeaderboardVersionV2CreateRequestData,
)
from ascapi.models.game_center_leaderboard_version_v2_create_request import (
    GameCenterLeaderboardVersionV2CreateRequestDataRelationships as GameCenterLeaderboardVersionV2CreateRequestDataRelationships,
)
from ascapi.models.game_center_leaderboard_version_v2_create_request import (
    GameCenterLeaderboardVersionV2CreateRequestDataRelationshipsLeaderboard as GameCenterLeaderboardVersionV2CreateRequestDataRelationshipsLeaderboard,
)
from ascapi.models.game_center_leaderboard_version_v2_create_request import (
    GameCenterLeaderboardVersionV2CreateRequestDataRelationshipsLeaderboardData as GameCenterLeaderboardVersionV2CreateRequestDataRelationshipsLeaderboardData,
)
from ascapi.models.game_center_leaderboard_version_v2_inline_create import (
    GameCenterLeaderboardVersionV2InlineCreate as GameCenterLeaderboardVersionV2InlineCreate,
)
from ascapi.models.game_center_leaderboard_version_v2_inline_create import (
    GameCenterLeaderboardVersionV2InlineCreateRelationships as GameCenterLeaderboardVersionV2InlineCreateRelationships,
)
from ascapi.models.game_center_leaderboard_version_v2_inline_create import (
    GameCenterLeaderboardVersionV2InlineCreateRelationshipsLeaderboard as GameCenterLeaderboardVersionV2InlineCreateRelationshipsLeaderboard,
)
from ascapi.models.game_center_leaderboard_version_v2_inline_create import (
    GameCenterLeaderboardVersionV2InlineCreateRelationshipsLeaderboardData as GameCenterLeaderboardVersionV2InlineCreateRelationshipsLeaderboardData,
)
from ascapi.models.game_center_leaderboard_version_v2_localizations_linkages_response import (
    GameCenterLeaderboardVersionV2LocalizationsLinkagesResponse as GameCenterLeaderboardVersionV2LocalizationsLinkagesResponse,
)
from ascapi.models.game_center_leaderboard_version_v2_localizations_linkages_response import (
    GameCenterLeaderboardVersionV2LocalizationsLinkagesResponseData as GameCenterLeaderboardVersionV2LocalizationsLinkagesResponseData,
)
from ascapi.models.game_center_leaderboard_version_v2_response import (
    GameCenterLeaderboardVersionV2Response as GameCenterLeaderboardVersionV2Response,
)
from ascapi.models.game_center_leaderboard_versions_v2_response import (
    GameCenterLeaderboardVersionsV2Response as GameCenterLeaderboardVersionsV2Response,
)
from ascapi.models.game_center_leaderboards_response import (
    GameCenterLeaderboardsResponse as GameCenterLeaderboardsResponse,
)
from ascapi.models.game_center_leaderboards_v2_response import (
    GameCenterLeaderboardsV2Response as GameCenterLeaderboardsV2Response,
)
from ascapi.models.game_center_matchmaking_app_requests_v1_metric_response import (
    GameCenterMatchmakingAppRequestsV1MetricResponse as GameCenterMatchmakingAppRequestsV1MetricResponse,
)
from ascapi.models.game_center_matchmaking_app_requests_v1_metric_response import (
    GameCenterMatchmakingAppRequestsV1MetricResponseData as GameCenterMatchmakingAppRequestsV1MetricResponseData,
)
from ascapi.models.game_center_matchmaking_app_requests_v1_metric_response import (
    GameCenterMatchmakingAppRequestsV1MetricResponseDataDataPoints as GameCenterMatchmakingAppRequestsV1MetricResponseDataDataPoints,
)
from ascapi.models.game_center_matchmaking_app_requests_v1_metric_response import (
    GameCenterMatchmakingAppRequestsV1MetricResponseDataDataPointsValues as GameCenterMatchmakingAppRequestsV1MetricResponseDataDataPointsValues,
)
from ascapi.models.game_center_matchmaking_app_requests_v1_metric_response import (
    GameCenterMatchmakingAppRequestsV1MetricResponseDataDimensions as GameCenterMatchmakingAppRequestsV1MetricResponseDataDimensions,
)
from ascapi.models.game_center_matchmaking_app_requests_v1_metric_response import (
    GameCenterMatchmakingAppRequestsV1MetricResponseDataDimensionsResult as GameCenterMatchmakingAppRequestsV1MetricResponseDataDimensionsResult,
)
from ascapi.models.game_center_matchmaking_app_requests_v1_metric_response import (
    GameCenterMatchmakingAppRequestsV1MetricResponseDataDimensionsResultLinks as GameCenterMatchmakingAppRequestsV1MetricResponseDataDimensionsResultLinks,
)
from ascapi.models.game_center_matchmaking_boolean_rule_results_v1_metric_response import (
    GameCenterMatchmakingBooleanRuleResultsV1MetricResponse as GameCenterMatchmakingBooleanRuleResultsV1MetricResponse,
)
from ascapi.models.game_center_matchmaking_boolean_rule_results_v1_metric_response import (
    GameCenterMatchmakingBooleanRuleResultsV1MetricResponseData as GameCenterMatchmakingBooleanRuleResultsV1MetricResponseData,
)
from ascapi.models.game_center_matchmaking_boolean_rule_results_v1_metric_response import (
    GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDataPoints as GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDataPoints,
)
from ascapi.models.game_center_matchmaking_boolean_rule_results_v1_metric_response import (
    GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDataPointsValues as GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDataPointsValues,
)
from ascapi.models.game_center_matchmaking_boolean_rule_results_v1_metric_response import (
    GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensions as GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensions,
)
from ascapi.models.game_center_matchmaking_boolean_rule_results_v1_metric_response import (
    GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensionsGameCenterMatchmakingQueue as GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensionsGameCenterMatchmakingQueue,
)
from ascapi.models.game_center_matchmaking_boolean_rule_results_v1_metric_response import (
    GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensionsGameCenterMatchmakingQueueLinks as GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensionsGameCenterMatchmakingQueueLinks,
)
from ascapi.models.game_center_matchmaking_boolean_rule_results_v1_metric_response import (
    GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensionsResult as GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensionsResult,
)
from ascapi.models.game_center_matchmaking_boolean_rule_results_v1_metric_response import (
    GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensionsResultLinks as GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataDimensionsResultLinks,
)
from ascapi.models.game_center_matchmaking_number_rule_results_v1_metric_response import (
    GameCenterMatchmakingNumberRuleResultsV1MetricResponse as GameCenterMatchmakingNumberRuleResultsV1MetricResponse,
)
from ascapi.models.game_center_matchmaking_number_rule_results_v1_metric_response import (
    GameCenterMatchmakingNumberRuleResultsV1MetricResponseData as GameCenterMatchmakingNumberRuleResultsV1MetricResponseData,
)
from ascapi.models.game_center_matchmaking_number_rule_results_v1_metric_response import (
    GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDataPoints as GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDataPoints,
)
from ascapi.models.game_center_matchmaking_number_rule_results_v1_metric_response import (
    GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDataPointsValues as GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDataPointsValues,
)
from ascapi.models.game_center_matchmaking_number_rule_results_v1_metric_response import (
    GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDimensions as GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDimensions,
)
from ascapi.models.game_center_matchmaking_number_rule_results_v1_metric_response import (
    GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDimensionsGameCenterMatchmakingQueue as GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDimensionsGameCenterMatchmakingQueue,
)
from ascapi.models.game_center_matchmaking_number_rule_results_v1_metric_response import (
    GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDimensionsGameCenterMatchmakingQueueLinks as GameCenterMatchmakingNumberRuleResultsV1MetricResponseDataDimensionsGameCenterMatchmakingQueueLinks,
)
from ascapi.models.game_center_matchmaking_queue import (
    GameCenterMatchmakingQueue as GameCenterMatchmakingQueue,
)
from ascapi.models.game_center_matchmaking_queue import (
    GameCenterMatchmakingQueueAttributes as GameCenterMatchmakingQueueAttributes,
)
from ascapi.models.game_center_matchmaking_queue import (
    GameCenterMatchmakingQueueRelationships as GameCenterMatchmakingQueueRelationships,
)
from ascapi.models.game_center_matchmaking_queue import (
    GameCenterMatchmakingQueueRelationshipsRuleSet as GameCenterMatchmakingQueueRelationshipsRuleSet,
)
from ascapi.models.game_center_matchmaking_queue import (
    GameCenterMatchmakingQueueRelationshipsRuleSetData as GameCenterMatchmakingQueueRelationshipsRuleSetData,
)
from ascapi.models.game_center_matchmaking_queue_create_request import (
    GameCenterMatchmakingQueueCreateRequest as GameCenterMatchmakingQueueCreateRequest,
)
from ascapi.models.game_center_matchmaking_queue_create_request import (
    GameCenterMatchmakingQueueCreateRequestData as GameCenterMatchmakingQueueCreateRequestData,
)
from ascapi.models.game_center_matchmaking_queue_create_request import (
    GameCenterMatchmakingQueueCreateRequestDataAttributes as GameCenterMatchmakingQueueCreateRequestDataAttributes,
)
from ascapi.models.game_center_matchmaking_queue_create_request import (
    GameCenterMatchmakingQueueCreateRequestDataRelationships as GameCenterMatchmakingQueueCreateRequestDataRelationships,
)
from ascapi.models.game_center_matchmaking_queue_create_request import (
    GameCenterMatchmakingQueueCreateRequestDataRelationshipsExperimentRuleSet as GameCenterMatchmakingQueueCreateRequestDataRelationshipsExperimentRuleSet,
)
from ascapi.models.game_center_matchmaking_queue_create_request import (
    GameCenterMatchmakingQueueCreateRequestDataRelationshipsRuleSet as GameCenterMatchmakingQueueCreateRequestDataRelationshipsRuleSet,
)
from ascapi.models.game_center_matchmaking_queue_create_request import (
    GameCenterMatchmakingQueueCreateRequestDataRelationshipsRuleSetData as GameCenterMatchmakingQueueCreateRequestDataRelationshipsRuleSetData,
)
from ascapi.models.game_center_matchmaking_queue_requests_v1_metric_response import (
    GameCenterMatchmakingQueueRequestsV1MetricResponse as GameCenterMatchmakingQueueRequestsV1MetricResponse,
)
from ascapi.models.game_center_matchmaking_queue_requests_v1_metric_response import (
    GameCenterMatchmakingQueueRequestsV1MetricResponseData as GameCenterMatchmakingQueueRequestsV1MetricResponseData,
)
from ascapi.models.game_center_matchmaking_queue_requests_v1_metric_response import (
    GameCenterMatchmakingQueueRequestsV1MetricResponseDataDataPoints as GameCenterMatchmakingQueueRequestsV1MetricResponseDataDataPoints,
)
from ascapi.models.game_center_matchmaking_queue_requests_v1_metric_response import (
    GameCenterMatchmakingQueueRequestsV1MetricResponseDataDataPointsValues as GameCenterMatchmakingQueueRequestsV1MetricResponseDataDataPointsValues,
)
from ascapi.models.game_center_matchmaking_queue_requests_v1_metric_response import (
    GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensions as GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensions,
)
from ascapi.models.game_center_matchmaking_queue_requests_v1_metric_response import (
    GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensionsGameCenterDetail as GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensionsGameCenterDetail,
)
from ascapi.models.game_center_matchmaking_queue_requests_v1_metric_response import (
    GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensionsGameCenterDetailLinks as GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensionsGameCenterDetailLinks,
)
from ascapi.models.game_center_matchmaking_queue_requests_v1_metric_response import (
    GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensionsResult as GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensionsResult,
)
from ascapi.models.game_center_matchmaking_queue_requests_v1_metric_response import (
    GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensionsResultLinks as GameCenterMatchmakingQueueRequestsV1MetricResponseDataDimensionsResultLinks,
)
from ascapi.models.game_center_matchmaking_queue_response import (
    GameCenterMatchmakingQueueResponse as GameCenterMatchmakingQueueResponse,
)
from ascapi.models.game_center_matchmaking_queue_sizes_v1_metric_response import (
    GameCenterMatchmakingQueueSizesV1MetricResponse as GameCenterMatchmakingQueueSizesV1MetricResponse,
)
from ascapi.models.game_center_matchmaking_queue_sizes_v1_metric_response import (
    GameCenterMatchmakingQueueSizesV1MetricResponseData as GameCenterMatchmakingQueueSizesV1MetricResponseData,
)
from ascapi.models.game_center_matchmaking_queue_sizes_v1_metric_response import (
    GameCenterMatchmakingQueueSizesV1MetricResponseDataDataPoints as GameCenterMatchmakingQueueSizesV1MetricResponseDataDataPoints,
)
from ascapi.models.game_center_matchmaking_queue_sizes_v1_metric_response import (
    GameCenterMatchmakingQueueSizesV1MetricResponseDataDataPointsValues as GameCenterMatchmakingQueueSizesV1MetricResponseDataDataPointsValues,
)
from ascapi.models.game_center_matchmaking_queue_update_request import (
    GameCenterMatchmakingQueueUpdateRequest as GameCenterMatchmakingQueueUpdateRequest,
)
from ascapi.models.game_center_matchmaking_queue_update_request import (
    GameCenterMatchmakingQueueUpdateRequestData as GameCenterMatchmakingQueueUpdateRequestData,
)
from ascapi.models.game_center_matchmaking_queue_update_request import (
    GameCenterMatchmakingQueueUpdateRequestDataAttributes as GameCenterMatchmakingQueueUpdateRequestDataAttributes,
)
from ascapi.models.game_center_matchmaking_queue_update_request import (
    GameCenterMatchmakingQueueUpdateRequestDataRelationships as GameCenterMatchmakingQueueUpdateRequestDataRelationships,
)
from ascapi.models.game_center_matchmaking_queue_update_request import (
    GameCenterMatchmakingQueueUpdateRequestDataRelationshipsRuleSet as GameCenterMatchmakingQueueUpdateRequestDataRelationshipsRuleSet,
)
from ascapi.models.game_center_matchmaking_queue_update_request import (
    GameCenterMatchmakingQueueUpdateRequestDataRelationshipsRuleSetData as GameCenterMatchmakingQueueUpdateRequestDataRelationshipsRuleSetData,
)
from ascapi.models.game_center_matchmaking_queues_response import (
    GameCenterMatchmakingQueuesResponse as GameCenterMatchmakingQueuesResponse,
)
from ascapi.models.game_center_matchmaking_rule import (
    GameCenterMatchmakingRule as GameCenterMatchmakingRule,
)
from ascapi.models.game_center_matchmaking_rule import (
    GameCenterMatchmakingRuleAttributes as GameCenterMatchmakingRuleAttributes,
)
from ascapi.models.game_center_matchmaking_rule_create_request import (
    GameCenterMatchmakingRuleCreateRequest as GameCenterMatchmakingRuleCreateRequest,
)
from ascapi.models.game_center_matchmaking_rule_create_request import (
    GameCenterMatchmakingRuleCreateRequestData as GameCenterMatchmakingRuleCreateRequestData,
)
from ascapi.models.game_center_matchmaking_rule_create_request import (
    GameCenterMatchmakingRuleCreateRequestDataAttributes as GameCenterMatchmakingRuleCreateRequestDataAttributes,
)
from ascapi.models.game_center_matchmaking_rule_create_request import (
    GameCenterMatchmakingRuleCreateRequestDataRelationships as GameCenterMatchmakingRuleCreateRequestDataRelationships,
)
from ascapi.models.game_center_matchmaking_rule_create_request import (
    GameCenterMatchmakingRuleCreateRequestDataRelationshipsRuleSet as GameCenterMatchmakingRuleCreateRequestDataRelationshipsRuleSet,
)
from ascapi.models.game_center_matchmaking_rule_create_request import (
    GameCenterMatchmakingRuleCreateRequestDataRelationshipsRuleSetData as GameCenterMatchmakingRuleCreateRequestDataRelationshipsRuleSetData,
)
from ascapi.models.game_center_matchmaking_rule_errors_v1_metric_response import (
    GameCenterMatchmakingRuleErrorsV1MetricResponse as GameCenterMatchmakingRuleErrorsV1MetricResponse,
)
from ascapi.models.game_center_matchmaking_rule_errors_v1_metric_response import (
    GameCenterMatchmakingRuleErrorsV1MetricResponseData as GameCenterMatchmakingRuleErrorsV1MetricResponseData,
)
from ascapi.models.game_center_matchmaking_rule_errors_v1_metric_response import (
    GameCenterMatchmakingRuleErrorsV1MetricResponseDataDataPoints as GameCenterMatchmakingRuleErrorsV1MetricResponseDataDataPoints,
)
from ascapi.models.game_center_matchmaking_rule_errors_v1_metric_response import (
    GameCenterMatchmakingRuleErrorsV1MetricResponseDataDataPointsValues as GameCenterMatchmakingRuleErrorsV1MetricResponseDataDataPointsValues,
)
from ascapi.models.game_center_matchmaking_rule_errors_v1_metric_response import (
    GameCenterMatchmakingRuleErrorsV1MetricResponseDataDimensions as GameCenterMatchmakingRuleErrorsV1MetricResponseDataDimensions,
)
from ascapi.models.game_center_matchmaking_rule_errors_v1_metric_response import (
    GameCenterMatchmakingRuleErrorsV1MetricResponseDataDimensionsGameCenterMatchmakingQueue as GameCenterMatchmakingRuleErrorsV1MetricResponseDataDimensionsGameCenterMatchmakingQueue,
)
from ascapi.models.game_center_matchmaking_rule_errors_v1_metric_response import (
    GameCenterMatchmakingRuleErrorsV1MetricResponseDataDimensionsGameCenterMatchmakingQueueLinks as GameCenterMatchmakingRuleErrorsV1MetricResponseDataDimensionsGameCenterMatchmakingQueueLinks,
)
from ascapi.models.game_center_matchmaking_rule_response import (
    GameCenterMatchmakingRuleResponse as GameCenterMatchmakingRuleResponse,
)
from ascapi.models.game_center_matchmaking_rule_set import (
    GameCenterMatchmakingRuleSet as GameCenterMatchmakingRuleSet,
)
from ascapi.models.game_center_matchmaking_rule_set import (
    GameCenterMatchmakingRuleSetAttributes as GameCenterMatchmakingRuleSetAttributes,
)
from ascapi.models.game_center_matchmaking_rule_set import (
    GameCenterMatchmakingRuleSetRelationships as GameCenterMatchmakingRuleSetRelationships,
)
from ascapi.models.game_center_matchmaking_rule_set import (
    GameCenterMatchmakingRuleSetRelationshipsMatchmakingQueues as GameCenterMatchmakingRuleSetRelationshipsMatchmakingQueues,
)
from ascapi.models.game_center_matchmaking_rule_set import (
    GameCenterMatchmakingRuleSetRelationshipsMatchmakingQueuesData as GameCenterMatchmakingRuleSetRelationshipsMatchmakingQueuesData,
)
from ascapi.models.game_center_matchmaking_rule_set import (
    GameCenterMatchmakingRuleSetRelationshipsRules as GameCenterMatchmakingRuleSetRelationshipsRules,
)
from ascapi.models.game_center_matchmaking_rule_set import (
    GameCenterMatchmakingRuleSetRelationshipsRulesData as GameCenterMatchmakingRuleSetRelationshipsRulesData,
)
from ascapi.models.game_center_matchmaking_rule_set import (
    GameCenterMatchmakingRuleSetRelationshipsTeams as GameCenterMatchmakingRuleSetRelationshipsTeams,
)
from ascapi.models.game_center_matchmaking_rule_set import (
    GameCenterMatchmakingRuleSetRelationshipsTeamsData as GameCenterMatchmakingRuleSetRelationshipsTeamsData,
)
from ascapi.models.game_center_matchmaking_rule_set_create_request import (
    GameCenterMatchmakingRuleSetCreateRequest as GameCenterMatchmakingRuleSetCreateRequest,
)
from ascapi.models.game_center_matchmaking_rule_set_create_request import (
    GameCenterMatchmakingRuleSetCreateRequestData as GameCenterMatchmakingRuleSetCreateRequestData,
)
from ascapi.models.game_center_matchmaking_rule_set_create_request import (
    GameCenterMatchmakingRuleSetCreateRequestDataAttributes as GameCenterMatchmakingRuleSetCreateRequestDataAttributes,
)
from ascapi.models.game_center_matchmaking_rule_set_matchmaking_queues_linkages_response import (
    GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponse as GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponse,
)
from ascapi.models.game_center_matchmaking_rule_set_matchmaking_queues_linkages_response import (
    GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponseData as GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponseData,
)
from ascapi.models.game_center_matchmaking_rule_set_response import (
    GameCenterMatchmakingRuleSetResponse as GameCenterMatchmakingRuleSetResponse,
)
from ascapi.models.game_center_matchmaking_rule_set_rules_linkages_response import (
    GameCenterMatchmakingRuleSetRulesLinkagesResponse as GameCenterMatchmakingRuleSetRulesLinkagesResponse,
)
from ascapi.models.game_center_matchmaking_rule_set_rules_linkages_response import (
    GameCenterMatchmakingRuleSetRulesLinkagesResponseData as GameCenterMatchmakingRuleSetRulesLinkagesResponseData,
)
from ascapi.models.game_center_matchmaking_rule_set_teams_linkages_response import (
    GameCenterMatchmakingRuleSetTeamsLinkagesResponse as GameCenterMatchmakingRuleSetTeamsLinkagesResponse,
)
from ascapi.models.game_center_matchmaking_rule_set_teams_linkages_response import (
    GameCenterMatchmakingRuleSetTeamsLinkagesResponseData as GameCenterMatchmakingRuleSetTeamsLinkagesResponseData,
)
from ascapi.models.game_center_matchmaking_rule_set_test import (
    GameCenterMatchmakingRuleSetTest as GameCenterMatchmakingRuleSetTest,
)
from ascapi.models.game_center_matchmaking_rule_set_test import (
    GameCenterMatchmakingRuleSetTestAttributes as GameCenterMatchmakingRuleSetTestAttributes,
)
from ascapi.models.game_center_matchmaking_rule_set_test import (
    GameCenterMatchmakingRuleSetTestAttributesMatchmakingResults as GameCenterMatchmakingRuleSetTestAttributesMatchmakingResults,
)
from ascapi.models.game_center_matchmaking_rule_set_test_create_request import (
    GameCenterMatchmakingRuleSetTestCreateRequest as GameCenterMatchmakingRuleSetTestCreateRequest,
)
from ascapi.models.game_center_matchmaking_rule_set_test_create_request import (
    GameCenterMatchmakingRuleSetTestCreateRequestData as GameCenterMatchmakingRuleSetTestCreateRequestData,
)
from ascapi.models.game_center_matchmaking_rule_set_test_create_request import (
    GameCenterMatchmakingRuleSetTestCreateRequestDataRelationships as GameCenterMatchmakingRuleSetTestCreateRequestDataRelationships,
)
from ascapi.models.game_center_matchmaking_rule_set_test_create_request import (
    GameCenterMatchmakingRuleSetTestCreateRequestDataRelationshipsMatchmakingRequests as GameCenterMatchmakingRuleSetTestCreateRequestDataRelationshipsMatchmakingRequests,
)
from ascapi.models.game_center_matchmaking_rule_set_test_create_request import (
    GameCenterMatchmakingRuleSetTestCreateRequestDataRelationshipsMatchmakingRequestsData as GameCenterMatchmakingRuleSetTestCreateRequestDataRelationshipsMatchmakingRequestsData,
)
from ascapi.models.game_center_matchmaking_rule_set_test_create_request import (
    GameCenterMatchmakingRuleSetTestCreateRequestDataRelationshipsMatchmakingRuleSet as GameCenterMatchmakingRuleSetTestCreateRequestDataRelationshipsMatchmakingRuleSet,
)
from ascapi.models.game_center_matchmaking_rule_set_test_create_request import (
    GameCenterMatchmakingRuleSetTestCreateRequestDataRelationshipsMatchmakingRuleSetData as GameCenterMatchmakingRuleSetTestCreateRequestDataRelationshipsMatchmakingRuleSetData,
)
from ascapi.models.game_center_matchmaking_rule_set_test_response import (
    GameCenterMatchmakingRuleSetTestResponse as GameCenterMatchmakingRuleSetTestResponse,
)
from ascapi.models.game_center_matchmaking_rule_set_update_request import (
    GameCenterMatchmakingRuleSetUpdateRequest as GameCenterMatchmakingRuleSetUpdateRequest,
)
from ascapi.models.game_center_matchmaking_rule_set_update_request import (
    GameCenterMatchmakingRuleSetUpdateRequestData as GameCenterMatchmakingRuleSetUpdateRequestData,
)
from ascapi.models.game_center_matchmaking_rule_set_update_request import (
    GameCenterMatchmakingRuleSetUpdateRequestDataAttributes as GameCenterMatchmakingRuleSetUpdateRequestDataAttributes,
)
from ascapi.models.game_center_matchmaking_rule_sets_response import (
    GameCenterMatchmakingRuleSetsResponse as GameCenterMatchmakingRuleSetsResponse,
)
from ascapi.models.game_center_matchmaking_rule_update_request import (
    GameCenterMatchmakingRuleUpdateRequest as GameCenterMatchmakingRuleUpdateRequest,
)
from ascapi.models.game_center_matchmaking_rule_update_request import (
    GameCenterMatchmakingRuleUpdateRequestData as GameCenterMatchmakingRuleUpdateRequestData,
)
from ascapi.models.game_center_matchmaking_rule_update_request import (
    GameCenterMatchmakingRuleUpdateRequestDataAttributes as GameCenterMatchmakingRuleUpdateRequestDataAttributes,
)
from ascapi.models.game_center_matchmaking_rules_response import (
    GameCenterMatchmakingRulesResponse as GameCenterMatchmakingRulesResponse,
)
from ascapi.models.game_center_matchmaking_sessions_v1_metric_response import (
    GameCenterMatchmakingSessionsV1MetricResponse as GameCenterMatchmakingSessionsV1MetricResponse,
)
from ascapi.models.game_center_matchmaking_sessions_v1_metric_response import (
    GameCenterMatchmakingSessionsV1MetricResponseData as GameCenterMatchmakingSessionsV1MetricResponseData,
)
from ascapi.models.game_center_matchmaking_sessions_v1_metric_response import (
    GameCenterMatchmakingSessionsV1MetricResponseDataDataPoints as GameCenterMatchmakingSessionsV1MetricResponseDataDataPoints,
)
from ascapi.models.game_center_matchmaking_sessions_v1_metric_response import (
    GameCenterMatchmakingSessionsV1MetricResponseDataDataPointsValues as GameCenterMatchmakingSessionsV1MetricResponseDataDataPointsValues,
)
from ascapi.models.game_center_matchmaking_team import (
    GameCenterMatchmakingTeam as GameCenterMatchmakingTeam,
)
from ascapi.models.game_center_matchmaking_team import (
    GameCenterMatchmakingTeamAttributes as GameCenterMatchmakingTeamAttributes,
)
from ascapi.models.game_center_matchmaking_team_assignment import (
    GameCenterMatchmakingTeamAssignment as GameCenterMatchmakingTeamAssignment,
)
from ascapi.models.game_center_matchmaking_team_create_request import (
    GameCenterMatchmakingTeamCreateRequest as GameCenterMatchmakingTeamCreateRequest,
)
from ascapi.models.game_center_matchmaking_team_create_request import (
    GameCenterMatchmakingTeamCreateRequestData as GameCenterMatchmakingTeamCreateRequestData,
)
from ascapi.models.game_center_matchmaking_team_create_request import (
    GameCenterMatchmakingTeamCreateRequestDataAttributes as GameCenterMatchmakingTeamCreateRequestDataAttributes,
)
from ascapi.models.game_center_matchmaking_team_create_request import (
    GameCenterMatchmakingTeamCreateRequestDataRelationships as GameCenterMatchmakingTeamCreateRequestDataRelationships,
)
from ascapi.models.game_center_matchmaking_team_create_request import (
    GameCenterMatchmakingTeamCreateRequestDataRelationshipsRuleSet as GameCenterMatchmakingTeamCreateRequestDataRelationshipsRuleSet,
)
from ascapi.models.game_center_matchmaking_team_create_request import (
    GameCenterMatchmakingTeamCreateRequestDataRelationshipsRuleSetData as GameCenterMatchmakingTeamCreateRequestDataRelationshipsRuleSetData,
)
from ascapi.models.game_center_matchmaking_team_response import (
    GameCenterMatchmakingTeamResponse as GameCenterMatchmakingTeamResponse,
)
from ascapi.models.game_center_matchmaking_team_update_request import (
    GameCenterMatchmakingTeamUpdateRequest as GameCenterMatchmakingTeamUpdateRequest,
)
from ascapi.models.game_center_matchmaking_team_update_request import (
    GameCenterMatchmakingTeamUpdateRequestData as GameCenterMatchmakingTeamUpdateRequestData,
)
from ascapi.models.game_center_matchmaking_team_update_request import (
    GameCenterMatchmakingTeamUpdateRequestDataAttributes as GameCenterMatchmakingTeamUpdateRequestDataAttributes,
)
from ascapi.models.game_center_matchmaking_teams_response import (
    GameCenterMatchmakingTeamsResponse as GameCenterMatchmakingTeamsResponse,
)
from ascapi.models.game_center_matchmaking_test_player_property import (
    GameCenterMatchmakingTestPlayerProperty as GameCenterMatchmakingTestPlayerProperty,
)
from ascapi.models.game_center_matchmaking_test_player_property_inline_create import (
    GameCenterMatchmakingTestPlayerPropertyInlineCreate as GameCenterMatchmakingTestPlayerPropertyInlineCreate,
)
from ascapi.models.game_center_matchmaking_test_player_property_inline_create import (
    GameCenterMatchmakingTestPlayerPropertyInlineCreateAttributes as GameCenterMatchmakingTestPlayerPropertyInlineCreateAttributes,
)
from ascapi.models.game_center_matchmaking_test_request import (
    GameCenterMatchmakingTestRequest as GameCenterMatchmakingTestRequest,
)
from ascapi.models.game_center_matchmaking_test_request_inline_create import (
    GameCenterMatchmakingTestRequestInlineCreate as GameCenterMatchmakingTestRequestInlineCreate,
)
from ascapi.models.game_center_matchmaking_test_request_inline_create import (
    GameCenterMatchmakingTestRequestInlineCreateAttributes as GameCenterMatchmakingTestRequestInlineCreateAttributes,
)
from ascapi.models.game_center_matchmaking_test_request_inline_create import (
    GameCenterMatchmakingTestRequestInlineCreateRelationships as GameCenterMatchmakingTestRequestInlineCreateRelationships,
)
from ascapi.models.game_center_matchmaking_test_request_inline_create import (
    GameCenterMatchmakingTestRequestInlineCreateRelationshipsMatchmakingPlayerProperties as GameCenterMatchmakingTestRequestInlineCreateRelationshipsMatchmakingPlayerProperties,
)
from ascapi.models.game_center_matchmaking_test_request_inline_create import (
    GameCenterMatchmakingTestRequestInlineCreateRelationshipsMatchmakingPlayerPropertiesData as GameCenterMatchmakingTestRequestInlineCreateRelationshipsMatchmakingPlayerPropertiesData,
)
from ascapi.models.game_center_player_achievement_submission import (
    GameCenterPlayerAchievementSubmission as GameCenterPlayerAchievementSubmission,
)
from ascapi.models.game_center_player_achievement_submission import (
    GameCenterPlayerAchievementSubmissionAttributes as GameCenterPlayerAchievementSubmissionAttributes,
)
from ascapi.models.game_center_player_achievement_submission_create_request import (
    GameCenterPlayerAchievementSubmissionCreateRequest as GameCenterPlayerAchievementSubmissionCreateRequest,
)
from ascapi.models.game_center_player_achievement_submission_create_request import (
    GameCenterPlayerAchievementSubmissionCreateRequestData as GameCenterPlayerAchievementSubmissionCreateRequestData,
)
from ascapi.models.game_center_player_achievement_submission_create_request import (
    GameCenterPlayerAchievementSubmissionCreateRequestDataAttributes as GameCenterPlayerAchievementSubmissionCreateRequestDataAttributes,
)
from ascapi.models.game_center_player_achievement_submission_response import (
    GameCenterPlayerAchievementSubmissionResponse as GameCenterPlayerAchievementSubmissionResponse,
)
from ascapi.models.game_center_version_state import GameCenterVersionState as GameCenterVersionState
from ascapi.models.gzip import gzip as gzip
from ascapi.models.http_header import HttpHeader as HttpHeader
from ascapi.models.icon_asset_type import IconAssetType as IconAssetType
from ascapi.models.image_asset import ImageAsset as ImageAsset
from ascapi.models.in_app_purchase import InAppPurchase as InAppPurchase
from ascapi.models.in_app_purchase import InAppPurchaseAttributes as InAppPurchaseAttributes
from ascapi.models.in_app_purchase import InAppPurchaseRelationships as InAppPurchaseRelationships
from ascapi.models.in_app_purchase import (
    InAppPurchaseRelationshipsApps as InAppPurchaseRelationshipsApps,
)
from ascapi.models.in_app_purchase import (
    InAppPurchaseRelationshipsAppsData as InAppPurchaseRelationshipsAppsData,
)
from ascapi.models.in_app_purchase_app_store_review_screenshot import (
    InAppPurchaseAppStoreReviewScreenshot as InAppPurchaseAppStoreReviewScreenshot,
)
from ascapi.models.in_app_purchase_app_store_review_screenshot import (
    InAppPurchaseAppStoreReviewScreenshotAttributes as InAppPurchaseAppStoreReviewScreenshotAttributes,
)
from ascapi.models.in_app_purchase_app_store_review_screenshot import (
    InAppPurchaseAppStoreReviewScreenshotRelationships as InAppPurchaseAppStoreReviewScreenshotRelationships,
)
from ascapi.models.in_app_purchase_app_store_review_screenshot import (
    InAppPurchaseAppStoreReviewScreenshotRelationshipsInAppPurchaseV2 as InAppPurchaseAppStoreReviewScreenshotRelationshipsInAppPurchaseV2,
)
from ascapi.models.in_app_purchase_app_store_review_screenshot import (
    InAppPurchaseAppStoreReviewScreenshotRelationshipsInAppPurchaseV2Data as InAppPurchaseAppStoreReviewScreenshotRelationshipsInAppPurchaseV2Data,
)
from ascapi.models.in_app_purchase_app_store_review_screenshot_create_request import (
    InAppPurchaseAppStoreReviewScreenshotCreateRequest as InAppPurchaseAppStoreReviewScreenshotCreateRequest,
)
from ascapi.models.in_app_purchase_app_store_review_screenshot_create_request import (
    InAppPurchaseAppStoreReviewScreenshotCreateRequestData as InAppPurchaseAppStoreReviewScreenshotCreateRequestData,
)
from ascapi.models.in_app_purchase_app_store_review_screenshot_create_request import (
    InAppPurchaseAppStoreReviewScreenshotCreateRequestDataAttributes as InAppPurchaseAppStoreReviewScreenshotCreateRequestDataAttributes,
)
from ascapi.models.in_app_purchase_app_store_review_screenshot_create_request import (
    InAppPurchaseAppStoreReviewScreenshotCreateRequestDataRelationships as InAppPurchaseAppStoreReviewScreenshotCreateRequestDataRelationships,
)
from ascapi.models.in_app_purchase_app_store_review_screenshot_create_request import (
    InAppPurchaseAppStoreReviewScreenshotCreateRequestDataRelationshipsInAppPurchaseV2 as InAppPurchaseAppStoreReviewScreenshotCreateRequestDataRelationshipsInAppPurchaseV2,
)
from ascapi.models.in_app_purchase_app_store_review_screenshot_create_request import (
    InAppPurchaseAppStoreReviewScreenshotCreateRequestDataRelationshipsInAppPurchaseV2Data as InAppPurchaseAppStoreReviewScreenshotCreateRequestDataRelationshipsInAppPurchaseV2Data,
)
from ascapi.models.in_app_purchase_app_store_review_screenshot_response import (
    InAppPurchaseAppStoreReviewScreenshotResponse as InAppPurchaseAppStoreReviewScreenshotResponse,
)
from ascapi.models.in_app_purchase_app_store_review_screenshot_update_request import (
    InAppPurchaseAppStoreReviewScreenshotUpdateRequest as InAppPurchaseAppStoreReviewScreenshotUpdateRequest,
)
from ascapi.models.in_app_purchase_app_store_review_screenshot_update_request import (
    InAppPurchaseAppStoreReviewScreenshotUpdateRequestData as InAppPurchaseAppStoreReviewScreenshotUpdateRequestData,
)
from ascapi.models.in_app_purchase_app_store_review_screenshot_update_request import (
    InAppPurchaseAppStoreReviewScreenshotUpdateRequestDataAttributes as InAppPurchaseAppStoreReviewScreenshotUpdateRequestDataAttributes,
)
from ascapi.models.in_app_purchase_availability import (
    InAppPurchaseAvailability as InAppPurchaseAvailability,
)
from ascapi.models.in_app_purchase_availability import (
    InAppPurchaseAvailabilityAttributes as InAppPurchaseAvailabilityAttributes,
)
from ascapi.models.in_app_purchase_availability import (
    InAppPurchaseAvailabilityRelationships as InAppPurchaseAvailabilityRelationships,
)
from ascapi.models.in_app_purchase_availability import (
    InAppPurchaseAvailabilityRelationshipsAvailableTerritories as InAppPurchaseAvailabilityRelationshipsAvailableTerritories,
)
from ascapi.models.in_app_purchase_availability import (
    InAppPurchaseAvailabilityRelationshipsAvailableTerritoriesData as InAppPurchaseAvailabilityRelationshipsAvailableTerritoriesData,
)
from ascapi.models.in_app_purchase_availability_available_territories_linkages_response import (
    InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponse as InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponse,
)
from ascapi.models.in_app_purchase_availability_available_territories_linkages_response import (
    InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponseData as InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponseData,
)
from ascapi.models.in_app_purchase_availability_create_request import (
    InAppPurchaseAvailabilityCreateRequest as InAppPurchaseAvailabilityCreateRequest,
)
from ascapi.models.in_app_purchase_availability_create_request import (
    InAppPurchaseAvailabilityCreateRequestData as InAppPurchaseAvailabilityCreateRequestData,
)
from ascapi.models.in_app_purchase_availability_create_request import (
    InAppPurchaseAvailabilityCreateRequestDataAttributes as InAppPurchaseAvailabilityCreateRequestDataAttributes,
)
from ascapi.models.in_app_purchase_availability_create_request import (
    InAppPurchaseAvailabilityCreateRequestDataRelationships as InAppPurchaseAvailabilityCreateRequestDataRelationships,
)
from ascapi.models.in_app_purchase_availability_create_request import (
    InAppPurchaseAvailabilityCreateRequestDataRelationshipsAvailableTerritories as InAppPurchaseAvailabilityCreateRequestDataRelationshipsAvailableTerritories,
)
from ascapi.models.in_app_purchase_availability_create_request import (
    InAppPurchaseAvailabilityCreateRequestDataRelationshipsAvailableTerritoriesData as InAppPurchaseAvailabilityCreateRequestDataRelationshipsAvailableTerritoriesData,
)
from ascapi.models.in_app_purchase_availability_create_request import (
    InAppPurchaseAvailabilityCreateRequestDataRelationshipsInAppPurchase as InAppPurchaseAvailabilityCreateRequestDataRelationshipsInAppPurchase,
)
from ascapi.models.in_app_purchase_availability_create_request import (
    InAppPurchaseAvailabilityCreateRequestDataRelationshipsInAppPurchaseData as InAppPurchaseAvailabilityCreateRequestDataRelationshipsInAppPurchaseData,
)
from ascapi.models.in_app_purchase_availability_response import (
    InAppPurchaseAvailabilityResponse as InAppPurchaseAvailabilityResponse,
)
from ascapi.models.in_app_purchase_content import InAppPurchaseContent as InAppPurchaseContent
from ascapi.models.in_app_purchase_content import (
    InAppPurchaseContentAttributes as InAppPurchaseContentAttributes,
)
from ascapi.models.in_app_purchase_content import (
    InAppPurchaseContentRelationships as InAppPurchaseContentRelationships,
)
from ascapi.models.in_app_purchase_content import (
    InAppPurchaseContentRelationshipsInAppPurchaseV2 as InAppPurchaseContentRelationshipsInAppPurchaseV2,
)
from ascapi.models.in_app_purchase_content import (
    InAppPurchaseContentRelationshipsInAppPurchaseV2Data as InAppPurchaseContentRelationshipsInAppPurchaseV2Data,
)
from ascapi.models.in_app_purchase_content_response import (
    InAppPurchaseContentResponse as InAppPurchaseContentResponse,
)
from ascapi.models.in_app_purchase_image import InAppPurchaseImage as InAppPurchaseImage
from ascapi.models.in_app_purchase_image import (
    InAppPurchaseImageAttributes as InAppPurchaseImageAttributes,
)
from ascapi.models.in_app_purchase_image import (
    InAppPurchaseImageRelationships as InAppPurchaseImageRelationships,
)
from ascapi.models.in_app_purchase_image import (
    InAppPurchaseImageRelationshipsInAppPurchase as InAppPurchaseImageRelationshipsInAppPurchase,
)
from ascapi.models.in_app_purchase_image import (
    InAppPurchaseImageRelationshipsInAppPurchaseData as InAppPurchaseImageRelationshipsInAppPurchaseData,
)
from ascapi.models.in_app_purchase_image_create_request import (
    InAppPurchaseImageCreateRequest as InAppPurchaseImageCreateRequest,
)
from ascapi.models.in_app_purchase_image_create_request import (
    InAppPurchaseImageCreateRequestData as InAppPurchaseImageCreateRequestData,
)
from ascapi.models.in_app_purchase_image_create_request import (
    InAppPurchaseImageCreateRequestDataAttributes as InAppPurchaseImageCreateRequestDataAttributes,
)
from ascapi.models.in_app_purchase_image_create_request import (
    InAppPurchaseImageCreateRequestDataRelationships as InAppPurchaseImageCreateRequestDataRelationships,
)
from ascapi.models.in_app_purchase_image_create_request import (
    InAppPurchaseImageCreateRequestDataRelationshipsInAppPurchase as InAppPurchaseImageCreateRequestDataRelationshipsInAppPurchase,
)
from ascapi.models.in_app_purchase_image_create_request import (
    InAppPurchaseImageCreateRequestDataRelationshipsInAppPurchaseData as InAppPurchaseImageCreateRequestDataRelationshipsInAppPurchaseData,
)
from ascapi.models.in_app_purchase_image_response import (
    InAppPurchaseImageResponse as InAppPurchaseImageResponse,
)
from ascapi.models.in_app_purchase_image_update_request import (
    InAppPurchaseImageUpdateRequest as InAppPurchaseImageUpdateRequest,
)
from ascapi.models.in_app_purchase_image_update_request import (
    InAppPurchaseImageUpdateRequestData as InAppPurchaseImageUpdateRequestData,
)
from ascapi.models.in_app_purchase_image_update_request import (
    InAppPurchaseImageUpdateRequestDataAttributes as InAppPurchaseImageUpdateRequestDataAttributes,
)
from ascapi.models.in_app_purchase_image_v2 import InAppPurchaseImageV2 as InAppPurchaseImageV2
from ascapi.models.in_app_purchase_image_v2 import (
    InAppPurchaseImageV2Attributes as InAppPurchaseImageV2Attributes,
)
from ascapi.models.in_app_purchase_image_v2_create_request import (
    InAppPurchaseImageV2CreateRequest as InAppPurchaseImageV2CreateRequest,
)
from ascapi.models.in_app_purchase_image_v2_create_request import (
    InAppPurchaseImageV2CreateRequestData as InAppPurchaseImageV2CreateRequestData,
)
from ascapi.models.in_app_purchase_image_v2_create_request import (
    InAppPurchaseImageV2CreateRequestDataAttributes as InAppPurchaseImageV2CreateRequestDataAttributes,
)
from ascapi.models.in_app_purchase_image_v2_create_request import (
    InAppPurchaseImageV2CreateRequestDataRelationships as InAppPurchaseImageV2CreateRequestDataRelationships,
)
from ascapi.models.in_app_purchase_image_v2_create_request import (
    InAppPurchaseImageV2CreateRequestDataRelationshipsVersion as InAppPurchaseImageV2CreateRequestDataRelationshipsVersion,
)
from ascapi.models.in_app_purchase_image_v2_create_request import (
    InAppPurchaseImageV2CreateRequestDataRelationshipsVersionData as InAppPurchaseImageV2CreateRequestDataRelationshipsVersionData,
)
from ascapi.models.in_app_purchase_image_v2_response import (
    InAppPurchaseImageV2Response as InAppPurchaseImageV2Response,
)
from ascapi.models.in_app_purchase_image_v2_update_request import (
    InAppPurchaseImageV2UpdateRequest as InAppPurchaseImageV2UpdateRequest,
)
from ascapi.models.in_app_purchase_image_v2_update_request import (
    InAppPurchaseImageV2UpdateRequestData as InAppPurchaseImageV2UpdateRequestData,
)
from ascapi.models.in_app_purchase_image_v2_update_request import (
    InAppPurchaseImageV2UpdateRequestDataAttributes as InAppPurchaseImageV2UpdateRequestDataAttributes,
)
from ascapi.models.in_app_purchase_images_response import (
    InAppPurchaseImagesResponse as InAppPurchaseImagesResponse,
)
from ascapi.models.in_app_purchase_images_v2_response import (
    InAppPurchaseImagesV2Response as InAppPurchaseImagesV2Response,
)
from ascapi.models.in_app_purchase_localization import (
    InAppPurchaseLocalization as InAppPurchaseLocalization,
)
from ascapi.models.in_app_purchase_localization import (
    InAppPurchaseLocalizationAttributes as InAppPurchaseLocalizationAttributes,
)
from ascapi.models.in_app_purchase_localization import (
    InAppPurchaseLocalizationRelationships as InAppPurchaseLocalizationRelationships,
)
from ascapi.models.in_app_purchase_localization import (
    InAppPurchaseLocalizationRelationshipsInAppPurchaseV2 as InAppPurchaseLocalizationRelationshipsInAppPurchaseV2,
)
from ascapi.models.in_app_purchase_localization import (
    InAppPurchaseLocalizationRelationshipsInAppPurchaseV2Data as InAppPurchaseLocalizationRelationshipsInAppPurchaseV2Data,
)
from ascapi.models.in_app_purchase_localization_create_request import (
    InAppPurchaseLocalizationCreateRequest as InAppPurchaseLocalizationCreateRequest,
)
from ascapi.models.in_app_purchase_localization_create_request import (
    InAppPurchaseLocalizationCreateRequestData as InAppPurchaseLocalizationCreateRequestData,
)
from ascapi.models.in_app_purchase_localization_create_request import (
    InAppPurchaseLocalizationCreateRequestDataAttributes as InAppPurchaseLocalizationCreateRequestDataAttributes,
)
from ascapi.models.in_app_purchase_localization_create_request import (
    InAppPurchaseLocalizationCreateRequestDataRelationships as InAppPurchaseLocalizationCreateRequestDataRelationships,
)
from ascapi.models.in_app_purchase_localization_create_request import (
    InAppPurchaseLocalizationCreateRequestDataRelationshipsInAppPurchaseV2 as InAppPurchaseLocalizationCreateRequestDataRelationshipsInAppPurchaseV2,
)
from ascapi.models.in_app_purchase_localization_create_request import (
    InAppPurchaseLocalizationCreateRequestDataRelationshipsInAppPurchaseV2Data as InAppPurchaseLocalizationCreateRequestDataRelationshipsInAppPurchaseV2Data,
)
from ascapi.models.in_app_purchase_localization_response import (
    InAppPurchaseLocalizationResponse as InAppPurchaseLocalizationResponse,
)
from ascapi.models.in_app_purchase_localization_update_request import (
    InAppPurchaseLocalizationUpdateRequest as InAppPurchaseLocalizationUpdateRequest,
)
from ascapi.models.in_app_purchase_localization_update_request import (
    InAppPurchaseLocalizationUpdateRequestData as InAppPurchaseLocalizationUpdateRequestData,
)
from ascapi.models.in_app_purchase_localization_update_request import (
    InAppPurchaseLocalizationUpdateRequestDataAttributes as InAppPurchaseLocalizationUpdateRequestDataAttributes,
)
from ascapi.models.in_app_purchase_localization_v2 import (
    InAppPurchaseLocalizationV2 as InAppPurchaseLocalizationV2,
)
from ascapi.models.in_app_purchase_localization_v2 import (
    InAppPurchaseLocalizationV2Attributes as InAppPurchaseLocalizationV2Attributes,
)
from ascapi.models.in_app_purchase_localization_v2 import (
    InAppPurchaseLocalizationV2Relationships as InAppPurchaseLocalizationV2Relationships,
)
from ascapi.models.in_app_purchase_localization_v2 import (
    InAppPurchaseLocalizationV2RelationshipsVersion as InAppPurchaseLocalizationV2RelationshipsVersion,
)
from ascapi.models.in_app_purchase_localization_v2 import (
    InAppPurchaseLocalizationV2RelationshipsVersionData as InAppPurchaseLocalizationV2RelationshipsVersionData,
)
from ascapi.models.in_app_purchase_localization_v2_create_request import (
    InAppPurchaseLocalizationV2CreateRequest as InAppPurchaseLocalizationV2CreateRequest,
)
from ascapi.models.in_app_purchase_localization_v2_create_request import (
    InAppPurchaseLocalizationV2CreateRequestData as InAppPurchaseLocalizationV2CreateRequestData,
)
from ascapi.models.in_app_purchase_localization_v2_create_request import (
    InAppPurchaseLocalizationV2CreateRequestDataAttributes as InAppPurchaseLocalizationV2CreateRequestDataAttributes,
)
from ascapi.models.in_app_purchase_localization_v2_create_request import (
    InAppPurchaseLocalizationV2CreateRequestDataRelationships as InAppPurchaseLocalizationV2CreateRequestDataRelationships,
)
from ascapi.models.in_app_purchase_localization_v2_create_request import (
    InAppPurchaseLocalizationV2CreateRequestDataRelationshipsVersion as InAppPurchaseLocalizationV2CreateRequestDataRelationshipsVersion,
)
from ascapi.models.in_app_purchase_localization_v2_create_request import (
    InAppPurchaseLocalizationV2CreateRequestDataRelationshipsVersionData as InAppPurchaseLocalizationV2CreateRequestDataRelationshipsVersionData,
)
from ascapi.models.in_app_purchase_localization_v2_response import (
    InAppPurchaseLocalizationV2Response as InAppPurchaseLocalizationV2Response,
)
from ascapi.models.in_app_purchase_localization_v2_update_request import (
    InAppPurchaseLocalizationV2UpdateRequest as InAppPurchaseLocalizationV2UpdateRequest,
)
from ascapi.models.in_app_purchase_localization_v2_update_request import (
    InAppPurchaseLocalizationV2UpdateRequestData as InAppPurchaseLocalizationV2UpdateRequestData,
)
from ascapi.models.in_app_purchase_localization_v2_update_request import (
    InAppPurchaseLocalizationV2UpdateRequestDataAttributes as InAppPurchaseLocalizationV2UpdateRequestDataAttributes,
)
from ascapi.models.in_app_purchase_localizations_response import (
    InAppPurchaseLocalizationsResponse as InAppPurchaseLocalizationsResponse,
)
from ascapi.models.in_app_purchase_localizations_v2_response import (
    InAppPurchaseLocalizationsV2Response as InAppPurchaseLocalizationsV2Response,
)
from ascapi.models.in_app_purchase_offer_code import (
    InAppPurchaseOfferCode as InAppPurchaseOfferCode,
)
from ascapi.models.in_app_purchase_offer_code import (
    InAppPurchaseOfferCodeAttributes as InAppPurchaseOfferCodeAttributes,
)
from ascapi.models.in_app_purchase_offer_code import (
    InAppPurchaseOfferCodeRelationships as InAppPurchaseOfferCodeRelationships,
)
from ascapi.models.in_app_purchase_offer_code import (
    InAppPurchaseOfferCodeRelationshipsCustomCodes as InAppPurchaseOfferCodeRelationshipsCustomCodes,
)
from ascapi.models.in_app_purchase_offer_code import (
    InAppPurchaseOfferCodeRelationshipsCustomCodesData as InAppPurchaseOfferCodeRelationshipsCustomCodesData,
)
from ascapi.models.in_app_purchase_offer_code import (
    InAppPurchaseOfferCodeRelationshipsOneTimeUseCodes as InAppPurchaseOfferCodeRelationshipsOneTimeUseCodes,
)
from ascapi.models.in_app_purchase_offer_code import (
    InAppPurchaseOfferCodeRelationshipsOneTimeUseCodesData as InAppPurchaseOfferCodeRelationshipsOneTimeUseCodesData,
)
from ascapi.models.in_app_purchase_offer_code import (
    InAppPurchaseOfferCodeRelationshipsPrices as InAppPurchaseOfferCodeRelationshipsPrices,
)
from ascapi.models.in_app_purchase_offer_code import (
    InAppPurchaseOfferCodeRelationshipsPricesData as InAppPurchaseOfferCodeRelationshipsPricesData,
)
from ascapi.models.in_app_purchase_offer_code_create_request import (
    InAppPurchaseOfferCodeCreateRequest as InAppPurchaseOfferCodeCreateRequest,
)
from ascapi.models.in_app_purchase_offer_code_create_request import (
    InAppPurchaseOfferCodeCreateRequestData as InAppPurchaseOfferCodeCreateRequestData,
)
from ascapi.models.in_app_purchase_offer_code_create_request import (
    InAppPurchaseOfferCodeCreateRequestDataAttributes as InAppPurchaseOfferCodeCreateRequestDataAttributes,
)
from ascapi.models.in_app_purchase_offer_code_create_request import (
    InAppPurchaseOfferCodeCreateRequestDataRelationships as InAppPurchaseOfferCodeCreateRequestDataRelationships,
)
from ascapi.models.in_app_purchase_offer_code_create_request import (
    InAppPurchaseOfferCodeCreateRequestDataRelationshipsInAppPurchase as InAppPurchaseOfferCodeCreateRequestDataRelationshipsInAppPurchase,
)
from ascapi.models.in_app_purchase_offer_code_create_request import (
    InAppPurchaseOfferCodeCreateRequestDataRelationshipsInAppPurchaseData as InAppPurchaseOfferCodeCreateRequestDataRelationshipsInAppPurchaseData,
)
from ascapi.models.in_app_purchase_offer_code_create_request import (
    InAppPurchaseOfferCodeCreateRequestDataRelationshipsPrices as InAppPurchaseOfferCodeCreateRequestDataRelationshipsPrices,
)
from ascapi.models.in_app_purchase_offer_code_create_request import (
    InAppPurchaseOfferCodeCreateRequestDataRelationshipsPricesData as InAppPurchaseOfferCodeCreateRequestDataRelationshipsPricesData,
)
from ascapi.models.in_app_purchase_offer_code_custom_code import (
    InAppPurchaseOfferCodeCustomCode as InAppPurchaseOfferCodeCustomCode,
)
from ascapi.models.in_app_purchase_offer_code_custom_code import (
    InAppPurchaseOfferCodeCustomCodeAttributes as InAppPurchaseOfferCodeCustomCodeAttributes,
)
from ascapi.models.in_app_purchase_offer_code_custom_code import (
    InAppPurchaseOfferCodeCustomCodeRelationships as InAppPurchaseOfferCodeCustomCodeRelationships,
)
from ascapi.models.in_app_purchase_offer_code_custom_code import (
    InAppPurchaseOfferCodeCustomCodeRelationshipsCreatedByActor as InAppPurchaseOfferCodeCustomCodeRelationshipsCreatedByActor,
)
from ascapi.models.in_app_purchase_offer_code_custom_code import (
    InAppPurchaseOfferCodeCustomCodeRelationshipsCreatedByActorData as InAppPurchaseOfferCodeCustomCodeRelationshipsCreatedByActorData,
)
from ascapi.models.in_app_purchase_offer_code_custom_code_create_request import (
    InAppPurchaseOfferCodeCustomCodeCreateRequest as InAppPurchaseOfferCodeCustomCodeCreateRequest,
)
from ascapi.models.in_app_purchase_offer_code_custom_code_create_request import (
    InAppPurchaseOfferCodeCustomCodeCreateRequestData as InAppPurchaseOfferCodeCustomCodeCreateRequestData,
)
from ascapi.models.in_app_purchase_offer_code_custom_code_create_request import (
    InAppPurchaseOfferCodeCustomCodeCreateRequestDataAttributes as InAppPurchaseOfferCodeCustomCodeCreateRequestDataAttributes,
)
from ascapi.models.in_app_purchase_offer_code_custom_code_create_request import (
    InAppPurchaseOfferCodeCustomCodeCreateRequestDataRelationships as InAppPurchaseOfferCodeCustomCodeCreateRequestDataRelationships,
)
from ascapi.models.in_app_purchase_offer_code_custom_code_create_request import (
    InAppPurchaseOfferCodeCustomCodeCreateRequestDataRelationshipsOfferCode as InAppPurchaseOfferCodeCustomCodeCreateRequestDataRelationshipsOfferCode,
)
from ascapi.models.in_app_purchase_offer_code_custom_code_create_request import (
    InAppPurchaseOfferCodeCustomCodeCreateRequestDataRelationshipsOfferCodeData as InAppPurchaseOfferCodeCustomCodeCreateRequestDataRelationshipsOfferCodeData,
)
from ascapi.models.in_app_purchase_offer_code_custom_code_response import (
    InAppPurchaseOfferCodeCustomCodeResponse as InAppPurchaseOfferCodeCustomCodeResponse,
)
from ascapi.models.in_app_purchase_offer_code_custom_code_update_request import (
    InAppPurchaseOfferCodeCustomCodeUpdateRequest as InAppPurchaseOfferCodeCustomCodeUpdateRequest,
)
from ascapi.models.in_app_purchase_offer_code_custom_code_update_request import (
    InAppPurchaseOfferCodeCustomCodeUpdateRequestData as InAppPurchaseOfferCodeCustomCodeUpdateRequestData,
)
from ascapi.models.in_app_purchase_offer_code_custom_code_update_request import (
    InAppPurchaseOfferCodeCustomCodeUpdateRequestDataAttributes as InAppPurchaseOfferCodeCustomCodeUpdateRequestDataAttributes,
)
from ascapi.models.in_app_purchase_offer_code_custom_codes_linkages_response import (
    InAppPurchaseOfferCodeCustomCodesLinkagesResponse as InAppPurchaseOfferCodeCustomCodesLinkagesResponse,
)
from ascapi.models.in_app_purchase_offer_code_custom_codes_linkages_response import (
    InAppPurchaseOfferCodeCustomCodesLinkagesResponseData as InAppPurchaseOfferCodeCustomCodesLinkagesResponseData,
)
from ascapi.models.in_app_purchase_offer_code_custom_codes_response import (
    InAppPurchaseOfferCodeCustomCodesResponse as InAppPurchaseOfferCodeCustomCodesResponse,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_code import (
    InAppPurchaseOfferCodeOneTimeUseCode as InAppPurchaseOfferCodeOneTimeUseCode,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_code import (
    InAppPurchaseOfferCodeOneTimeUseCodeAttributes as InAppPurchaseOfferCodeOneTimeUseCodeAttributes,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_code import (
    InAppPurchaseOfferCodeOneTimeUseCodeRelationships as InAppPurchaseOfferCodeOneTimeUseCodeRelationships,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_code import (
    InAppPurchaseOfferCodeOneTimeUseCodeRelationshipsCreatedByActor as InAppPurchaseOfferCodeOneTimeUseCodeRelationshipsCreatedByActor,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_code import (
    InAppPurchaseOfferCodeOneTimeUseCodeRelationshipsCreatedByActorData as InAppPurchaseOfferCodeOneTimeUseCodeRelationshipsCreatedByActorData,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_code import (
    InAppPurchaseOfferCodeOneTimeUseCodeRelationshipsValues as InAppPurchaseOfferCodeOneTimeUseCodeRelationshipsValues,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_code_create_request import (
    InAppPurchaseOfferCodeOneTimeUseCodeCreateRequest as InAppPurchaseOfferCodeOneTimeUseCodeCreateRequest,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_code_create_request import (
    InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestData as InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestData,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_code_create_request import (
    InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataAttributes as InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataAttributes,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_code_create_request import (
    InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataRelationships as InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataRelationships,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_code_create_request import (
    InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataRelationshipsOfferCode as InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataRelationshipsOfferCode,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_code_create_request import (
    InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataRelationshipsOfferCodeData as InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataRelationshipsOfferCodeData,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_code_response import (
    InAppPurchaseOfferCodeOneTimeUseCodeResponse as InAppPurchaseOfferCodeOneTimeUseCodeResponse,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_code_update_request import (
    InAppPurchaseOfferCodeOneTimeUseCodeUpdateRequest as InAppPurchaseOfferCodeOneTimeUseCodeUpdateRequest,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_code_update_request import (
    InAppPurchaseOfferCodeOneTimeUseCodeUpdateRequestData as InAppPurchaseOfferCodeOneTimeUseCodeUpdateRequestData,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_code_update_request import (
    InAppPurchaseOfferCodeOneTimeUseCodeUpdateRequestDataAttributes as InAppPurchaseOfferCodeOneTimeUseCodeUpdateRequestDataAttributes,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_code_value import (
    InAppPurchaseOfferCodeOneTimeUseCodeValue as InAppPurchaseOfferCodeOneTimeUseCodeValue,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_code_values_linkage_response import (
    InAppPurchaseOfferCodeOneTimeUseCodeValuesLinkageResponse as InAppPurchaseOfferCodeOneTimeUseCodeValuesLinkageResponse,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_code_values_linkage_response import (
    InAppPurchaseOfferCodeOneTimeUseCodeValuesLinkageResponseData as InAppPurchaseOfferCodeOneTimeUseCodeValuesLinkageResponseData,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_codes_linkages_response import (
    InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponse as InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponse,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_codes_linkages_response import (
    InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponseData as InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponseData,
)
from ascapi.models.in_app_purchase_offer_code_one_time_use_codes_response import (
    InAppPurchaseOfferCodeOneTimeUseCodesResponse as InAppPurchaseOfferCodeOneTimeUseCodesResponse,
)
from ascapi.models.in_app_purchase_offer_code_prices_linkages_response import (
    InAppPurchaseOfferCodePricesLinkagesResponse as InAppPurchaseOfferCodePricesLinkagesResponse,
)
from ascapi.models.in_app_purchase_offer_code_prices_linkages_response import (
    InAppPurchaseOfferCodePricesLinkagesResponseData as InAppPurchaseOfferCodePricesLinkagesResponseData,
)
from ascapi.models.in_app_purchase_offer_code_response import (
    InAppPurchaseOfferCodeResponse as InAppPurchaseOfferCodeResponse,
)
from ascapi.models.in_app_purchase_offer_code_update_request import (
    InAppPurchaseOfferCodeUpdateRequest as InAppPurchaseOfferCodeUpdateRequest,
)
from ascapi.models.in_app_purchase_offer_code_update_request import (
    InAppPurchaseOfferCodeUpdateRequestData as InAppPurchaseOfferCodeUpdateRequestData,
)
from ascapi.models.in_app_purchase_offer_code_update_request import (
    InAppPurchaseOfferCodeUpdateRequestDataAttributes as InAppPurchaseOfferCodeUpdateRequestDataAttributes,
)
from ascapi.models.in_app_purchase_offer_codes_response import (
    InAppPurchaseOfferCodesResponse as InAppPurchaseOfferCodesResponse,
)
from ascapi.models.in_app_purchase_offer_price import (
    InAppPurchaseOfferPrice as InAppPurchaseOfferPrice,
)
from ascapi.models.in_app_purchase_offer_price import (
    InAppPurchaseOfferPriceRelationships as InAppPurchaseOfferPriceRelationships,
)
from ascapi.models.in_app_purchase_offer_price import (
    InAppPurchaseOfferPriceRelationshipsPricePoint as InAppPurchaseOfferPriceRelationshipsPricePoint,
)
from ascapi.models.in_app_purchase_offer_price import (
    InAppPurchaseOfferPriceRelationshipsPricePointData as InAppPurchaseOfferPriceRelationshipsPricePointData,
)
from ascapi.models.in_app_purchase_offer_price import (
    InAppPurchaseOfferPriceRelationshipsTerritory as InAppPurchaseOfferPriceRelationshipsTerritory,
)
from ascapi.models.in_app_purchase_offer_price import (
    InAppPurchaseOfferPriceRelationshipsTerritoryData as InAppPurchaseOfferPriceRelationshipsTerritoryData,
)
from ascapi.models.in_app_purchase_offer_price_inline_create import (
    InAppPurchaseOfferPriceInlineCreate as InAppPurchaseOfferPriceInlineCreate,
)
from ascapi.models.in_app_purchase_offer_price_inline_create import (
    InAppPurchaseOfferPriceInlineCreateRelationships as InAppPurchaseOfferPriceInlineCreateRelationships,
)
from ascapi.models.in_app_purchase_offer_price_inline_create import (
    InAppPurchaseOfferPriceInlineCreateRelationshipsPricePoint as InAppPurchaseOfferPriceInlineCreateRelationshipsPricePoint,
)
from ascapi.models.in_app_purchase_offer_price_inline_create import (
    InAppPurchaseOfferPriceInlineCreateRelationshipsPricePointData as InAppPurchaseOfferPriceInlineCreateRelationshipsPricePointData,
)
from ascapi.models.in_app_purchase_offer_price_inline_create import (
    InAppPurchaseOfferPriceInlineCreateRelationshipsTerritory as InAppPurchaseOfferPriceInlineCreateRelationshipsTerritory,
)
from ascapi.models.in_app_purchase_offer_price_inline_create import (
    InAppPurchaseOfferPriceInlineCreateRelationshipsTerritoryData as InAppPurchaseOfferPriceInlineCreateRelationshipsTerritoryData,
)
from ascapi.models.in_app_purchase_offer_prices_response import (
    InAppPurchaseOfferPricesResponse as InAppPurchaseOfferPricesResponse,
)
from ascapi.models.in_app_purchase_price import InAppPurchasePrice as InAppPurchasePrice
from ascapi.models.in_app_purchase_price import (
    InAppPurchasePriceAttributes as InAppPurchasePriceAttributes,
)
from ascapi.models.in_app_purchase_price import (
    InAppPurchasePriceRelationships as InAppPurchasePriceRelationships,
)
from ascapi.models.in_app_purchase_price import (
    InAppPurchasePriceRelationshipsInAppPurchasePricePoint as InAppPurchasePriceRelationshipsInAppPurchasePricePoint,
)
from ascapi.models.in_app_purchase_price import (
    InAppPurchasePriceRelationshipsInAppPurchasePricePointData as InAppPurchasePriceRelationshipsInAppPurchasePricePointData,
)
from ascapi.models.in_app_purchase_price import (
    InAppPurchasePriceRelationshipsTerritory as InAppPurchasePriceRelationshipsTerritory,
)
from ascapi.models.in_app_purchase_price import (
    InAppPurchasePriceRelationshipsTerritoryData as InAppPurchasePriceRelationshipsTerritoryData,
)
from ascapi.models.in_app_purchase_price_inline_create import (
    InAppPurchasePriceInlineCreate as InAppPurchasePriceInlineCreate,
)
from ascapi.models.in_app_purchase_price_inline_create import (
    InAppPurchasePriceInlineCreateAttributes as InAppPurchasePriceInlineCreateAttributes,
)
from ascapi.models.in_app_purchase_price_inline_create import (
    InAppPurchasePriceInlineCreateRelationships as InAppPurchasePriceInlineCreateRelationships,
)
from ascapi.models.in_app_purchase_price_inline_create import (
    InAppPurchasePriceInlineCreateRelationshipsInAppPurchasePricePoint as InAppPurchasePriceInlineCreateRelationshipsInAppPurchasePricePoint,
)
from ascapi.models.in_app_purchase_price_inline_create import (
    InAppPurchasePriceInlineCreateRelationshipsInAppPurchasePricePointData as InAppPurchasePriceInlineCreateRelationshipsInAppPurchasePricePointData,
)
from ascapi.models.in_app_purchase_price_inline_create import (
    InAppPurchasePriceInlineCreateRelationshipsInAppPurchaseV2 as InAppPurchasePriceInlineCreateRelationshipsInAppPurchaseV2,
)
from ascapi.models.in_app_purchase_price_inline_create import (
    InAppPurchasePriceInlineCreateRelationshipsInAppPurchaseV2Data as InAppPurchasePriceInlineCreateRelationshipsInAppPurchaseV2Data,
)
from ascapi.models.in_app_purchase_price_point import (
    InAppPurchasePricePoint as InAppPurchasePricePoint,
)
from ascapi.models.in_app_purchase_price_point import (
    InAppPurchasePricePointAttributes as InAppPurchasePricePointAttributes,
)
from ascapi.models.in_app_purchase_price_point import (
    InAppPurchasePricePointRelationships as InAppPurchasePricePointRelationships,
)
from ascapi.models.in_app_purchase_price_point import (
    InAppPurchasePricePointRelationshipsEqualizations as InAppPurchasePricePointRelationshipsEqualizations,
)
from ascapi.models.in_app_purchase_price_point import (
    InAppPurchasePricePointRelationshipsTerritory as InAppPurchasePricePointRelationshipsTerritory,
)
from ascapi.models.in_app_purchase_price_point import (
    InAppPurchasePricePointRelationshipsTerritoryData as InAppPurchasePricePointRelationshipsTerritoryData,
)
from ascapi.models.in_app_purchase_price_point_equalizations_linkages_response import (
    InAppPurchasePricePointEqualizationsLinkagesResponse as InAppPurchasePricePointEqualizationsLinkagesResponse,
)
from ascapi.models.in_app_purchase_price_point_equalizations_linkages_response import (
    InAppPurchasePricePointEqualizationsLinkagesResponseData as InAppPurchasePricePointEqualizationsLinkagesResponseData,
)
from ascapi.models.in_app_purchase_price_points_response import (
    InAppPurchasePricePointsResponse as InAppPurchasePricePointsResponse,
)
from ascapi.models.in_app_purchase_price_schedule import (
    InAppPurchasePriceSchedule as InAppPurchasePriceSchedule,
)
from ascapi.models.in_app_purchase_price_schedule import (
    InAppPurchasePriceScheduleRelationships as InAppPurchasePriceScheduleRelationships,
)
from ascapi.models.in_app_purchase_price_schedule import (
    InAppPurchasePriceScheduleRelationshipsBaseTerritory as InAppPurchasePriceScheduleRelationshipsBaseTerritory,
)
from ascapi.models.in_app_purchase_price_schedule import (
    InAppPurchasePriceScheduleRelationshipsBaseTerritoryData as InAppPurchasePriceScheduleRelationshipsBaseTerritoryData,
)
from ascapi.models.in_app_purchase_price_schedule import (
    InAppPurchasePriceScheduleRelationshipsManualPrices as InAppPurchasePriceScheduleRelationshipsManualPrices,
)
from ascapi.models.in_app_purchase_price_schedule import (
    InAppPurchasePriceScheduleRelationshipsManualPricesData as InAppPurchasePriceScheduleRelationshipsManualPricesData,
)
from ascapi.models.in_app_purchase_price_schedule_automatic_prices_linkages_response import (
    InAppPurchasePriceScheduleAutomaticPricesLinkagesResponse as InAppPurchasePriceScheduleAutomaticPricesLinkagesResponse,
)
from ascapi.models.in_app_purchase_price_schedule_automatic_prices_linkages_response import (
    InAppPurchasePriceScheduleAutomaticPricesLinkagesResponseData as InAppPurchasePriceScheduleAutomaticPricesLinkagesResponseData,
)
from ascapi.models.in_app_purchase_price_schedule_base_territory_linkage_response import (
    InAppPurchasePriceScheduleBaseTerritoryLinkageResponse as InAppPurchasePriceScheduleBaseTerritoryLinkageResponse,
)
from ascapi.models.in_app_purchase_price_schedule_base_territory_linkage_response import (
    InAppPurchasePriceScheduleBaseTerritoryLinkageResponseData as InAppPurchasePriceScheduleBaseTerritoryLinkageResponseData,
)
from ascapi.models.in_app_purchase_price_schedule_create_request import (
    InAppPurchasePriceScheduleCreateRequest as InAppPurchasePriceScheduleCreateRequest,
)
from ascapi.models.in_app_purchase_price_schedule_create_request import (
    InAppPurchasePriceScheduleCreateRequestData as InAppPurchasePriceScheduleCreateRequestData,
)
from ascapi.models.in_app_purchase_price_schedule_create_request import (
    InAppPurchasePriceScheduleCreateRequestDataRelationships as InAppPurchasePriceScheduleCreateRequestDataRelationships,
)
from ascapi.models.in_app_purchase_price_schedule_create_request import (
    InAppPurchasePriceScheduleCreateRequestDataRelationshipsBaseTerritory as InAppPurchasePriceScheduleCreateRequestDataRelationshipsBaseTerritory,
)
from ascapi.models.in_app_purchase_price_schedule_create_request import (
    InAppPurchasePriceScheduleCreateRequestDataRelationshipsBaseTerritoryData as InAppPurchasePriceScheduleCreateRequestDataRelationshipsBaseTerritoryData,
)
from ascapi.models.in_app_purchase_price_schedule_create_request import (
    InAppPurchasePriceScheduleCreateRequestDataRelationshipsInAppPurchase as InAppPurchasePriceScheduleCreateRequestDataRelationshipsInAppPurchase,
)
from ascapi.models.in_app_purchase_price_schedule_create_request import (
    InAppPurchasePriceScheduleCreateRequestDataRelationshipsInAppPurchaseData as InAppPurchasePriceScheduleCreateRequestDataRelationshipsInAppPurchaseData,
)
from ascapi.models.in_app_purchase_price_schedule_create_request import (
    InAppPurchasePriceScheduleCreateRequestDataRelationshipsManualPrices as InAppPurchasePriceScheduleCreateRequestDataRelationshipsManualPrices,
)
from ascapi.models.in_app_purchase_price_schedule_create_request import (
    InAppPurchasePriceScheduleCreateRequestDataRelationshipsManualPricesData as InAppPurchasePriceScheduleCreateRequestDataRelationshipsManualPricesData,
)
from ascapi.models.in_app_purchase_price_schedule_manual_prices_linkages_response import (
    InAppPurchasePriceScheduleManualPricesLinkagesResponse as InAppPurchasePriceScheduleManualPricesLinkagesResponse,
)
from ascapi.models.in_app_purchase_price_schedule_manual_prices_linkages_response import (
    InAppPurchasePriceScheduleManualPricesLinkagesResponseData as InAppPurchasePriceScheduleManualPricesLinkagesResponseData,
)
from ascapi.models.in_app_purchase_price_schedule_response import (
    InAppPurchasePriceScheduleResponse as InAppPurchasePriceScheduleResponse,
)
from ascapi.models.in_app_purchase_prices_response import (
    InAppPurchasePricesResponse as InAppPurchasePricesResponse,
)
from ascapi.models.in_app_purchase_response import InAppPurchaseResponse as InAppPurchaseResponse
from ascapi.models.in_app_purchase_state import InAppPurchaseState as InAppPurchaseState
from ascapi.models.in_app_purchase_submission import (
    InAppPurchaseSubmission as InAppPurchaseSubmission,
)
from ascapi.models.in_app_purchase_submission import (
    InAppPurchaseSubmissionRelationships as InAppPurchaseSubmissionRelationships,
)
from ascapi.models.in_app_purchase_submission import (
    InAppPurchaseSubmissionRelationshipsInAppPurchaseV2 as InAppPurchaseSubmissionRelationshipsInAppPurchaseV2,
)
from ascapi.models.in_app_purchase_submission import (
    InAppPurchaseSubmissionRelationshipsInAppPurchaseV2Data as InAppPurchaseSubmissionRelationshipsInAppPurchaseV2Data,
)
from ascapi.models.in_app_purchase_submission_create_request import (
    InAppPurchaseSubmissionCreateRequest as InAppPurchaseSubmissionCreateRequest,
)
from ascapi.models.in_app_purchase_submission_create_request import (
    InAppPurchaseSubmissionCreateRequestData as InAppPurchaseSubmissionCreateRequestData,
)
from ascapi.models.in_app_purchase_submission_create_request import (
    InAppPurchaseSubmissionCreateRequestDataRelationships as InAppPurchaseSubmissionCreateRequestDataRelationships,
)
from ascapi.models.in_app_purchase_submission_create_request import (
    InAppPurchaseSubmissionCreateRequestDataRelationshipsInAppPurchaseV2 as InAppPurchaseSubmissionCreateRequestDataRelationshipsInAppPurchaseV2,
)
from ascapi.models.in_app_purchase_submission_create_request import (
    InAppPurchaseSubmissionCreateRequestDataRelationshipsInAppPurchaseV2Data as InAppPurchaseSubmissionCreateRequestDataRelationshipsInAppPurchaseV2Data,
)
from ascapi.models.in_app_purchase_submission_response import (
    InAppPurchaseSubmissionResponse as InAppPurchaseSubmissionResponse,
)
from ascapi.models.in_app_purchase_type import InAppPurchaseType as InAppPurchaseType
from ascapi.models.in_app_purchase_v2 import InAppPurchaseV2 as InAppPurchaseV2
from ascapi.models.in_app_purchase_v2 import InAppPurchaseV2Attributes as InAppPurchaseV2Attributes
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2Relationships as InAppPurchaseV2Relationships,
)
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2RelationshipsAppStoreReviewScreenshot as InAppPurchaseV2RelationshipsAppStoreReviewScreenshot,
)
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2RelationshipsAppStoreReviewScreenshotData as InAppPurchaseV2RelationshipsAppStoreReviewScreenshotData,
)
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2RelationshipsContent as InAppPurchaseV2RelationshipsContent,
)
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2RelationshipsContentData as InAppPurchaseV2RelationshipsContentData,
)
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2RelationshipsIapPriceSchedule as InAppPurchaseV2RelationshipsIapPriceSchedule,
)
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2RelationshipsIapPriceScheduleData as InAppPurchaseV2RelationshipsIapPriceScheduleData,
)
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2RelationshipsImages as InAppPurchaseV2RelationshipsImages,
)
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2RelationshipsImagesData as InAppPurchaseV2RelationshipsImagesData,
)
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2RelationshipsInAppPurchaseAvailability as InAppPurchaseV2RelationshipsInAppPurchaseAvailability,
)
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2RelationshipsInAppPurchaseAvailabilityData as InAppPurchaseV2RelationshipsInAppPurchaseAvailabilityData,
)
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2RelationshipsInAppPurchaseLocalizations as InAppPurchaseV2RelationshipsInAppPurchaseLocalizations,
)
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2RelationshipsInAppPurchaseLocalizationsData as InAppPurchaseV2RelationshipsInAppPurchaseLocalizationsData,
)
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2RelationshipsOfferCodes as InAppPurchaseV2RelationshipsOfferCodes,
)
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2RelationshipsOfferCodesData as InAppPurchaseV2RelationshipsOfferCodesData,
)
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2RelationshipsPricePoints as InAppPurchaseV2RelationshipsPricePoints,
)
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2RelationshipsPricePointsData as InAppPurchaseV2RelationshipsPricePointsData,
)
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2RelationshipsPromotedPurchase as InAppPurchaseV2RelationshipsPromotedPurchase,
)
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2RelationshipsPromotedPurchaseData as InAppPurchaseV2RelationshipsPromotedPurchaseData,
)
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2RelationshipsVersions as InAppPurchaseV2RelationshipsVersions,
)
from ascapi.models.in_app_purchase_v2 import (
    InAppPurchaseV2RelationshipsVersionsData as InAppPurchaseV2RelationshipsVersionsData,
)
from ascapi.models.in_app_purchase_v2_app_store_review_screenshot_linkage_response import (
    InAppPurchaseV2AppStoreReviewScreenshotLinkageResponse as InAppPurchaseV2AppStoreReviewScreenshotLinkageResponse,
)
from ascapi.models.in_app_purchase_v2_app_store_review_screenshot_linkage_response import (
    InAppPurchaseV2AppStoreReviewScreenshotLinkageResponseData as InAppPurchaseV2AppStoreReviewScreenshotLinkageResponseData,
)
from ascapi.models.in_app_purchase_v2_content_linkage_response import (
    InAppPurchaseV2ContentLinkageResponse as InAppPurchaseV2ContentLinkageResponse,
)
from ascapi.models.in_app_purchase_v2_content_linkage_response import (
    InAppPurchaseV2ContentLinkageResponseData as InAppPurchaseV2ContentLinkageResponseData,
)
from ascapi.models.in_app_purchase_v2_create_request import (
    InAppPurchaseV2CreateRequest as InAppPurchaseV2CreateRequest,
)
from ascapi.models.in_app_purchase_v2_create_request import (
    InAppPurchaseV2CreateRequestData as InAppPurchaseV2CreateRequestData,
)
from ascapi.models.in_app_purchase_v2_create_request import (
    InAppPurchaseV2CreateRequestDataAttributes as InAppPurchaseV2CreateRequestDataAttributes,
)
from ascapi.models.in_app_purchase_v2_create_request import (
    InAppPurchaseV2CreateRequestDataRelationships as InAppPurchaseV2CreateRequestDataRelationships,
)
from ascapi.models.in_app_purchase_v2_create_request import (
    InAppPurchaseV2CreateRequestDataRelationshipsApp as InAppPurchaseV2CreateRequestDataRelationshipsApp,
)
from ascapi.models.in_app_purchase_v2_create_request import (
    InAppPurchaseV2CreateRequestDataRelationshipsAppData as InAppPurchaseV2CreateRequestDataRelationshipsAppData,
)
from ascapi.models.in_app_purchase_v2_iap_price_schedule_linkage_response import (
    InAppPurchaseV2IapPriceScheduleLinkageResponse as InAppPurchaseV2IapPriceScheduleLinkageResponse,
)
from ascapi.models.in_app_purchase_v2_iap_price_schedule_linkage_response import (
    InAppPurchaseV2IapPriceScheduleLinkageResponseData as InAppPurchaseV2IapPriceScheduleLinkageResponseData,
)
from ascapi.models.in_app_purchase_v2_images_linkages_response import (
    InAppPurchaseV2ImagesLinkagesResponse as InAppPurchaseV2ImagesLinkagesResponse,
)
from ascapi.models.in_app_purchase_v2_images_linkages_response import (
    InAppPurchaseV2ImagesLinkagesResponseData as InAppPurchaseV2ImagesLinkagesResponseData,
)
from ascapi.models.in_app_purchase_v2_in_app_purchase_availability_linkage_response import (
    InAppPurchaseV2InAppPurchaseAvailabilityLinkageResponse as InAppPurchaseV2InAppPurchaseAvailabilityLinkageResponse,
)
from ascapi.models.in_app_purchase_v2_in_app_purchase_availability_linkage_response import (
    InAppPurchaseV2InAppPurchaseAvailabilityLinkageResponseData as InAppPurchaseV2InAppPurchaseAvailabilityLinkageResponseData,
)
from ascapi.models.in_app_purchase_v2_in_app_purchase_localizations_linkages_response import (
    InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse as InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse,
)
from ascapi.models.in_app_purchase_v2_in_app_purchase_localizations_linkages_response import (
    InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponseData as InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponseData,
)
from ascapi.models.in_app_purchase_v2_offer_codes_linkages_response import (
    InAppPurchaseV2OfferCodesLinkagesResponse as InAppPurchaseV2OfferCodesLinkagesResponse,
)
from ascapi.models.in_app_purchase_v2_offer_codes_linkages_response import (
    InAppPurchaseV2OfferCodesLinkagesResponseData as InAppPurchaseV2OfferCodesLinkagesResponseData,
)
from ascapi.models.in_app_purchase_v2_price_points_linkages_response import (
    InAppPurchaseV2PricePointsLinkagesResponse as InAppPurchaseV2PricePointsLinkagesResponse,
)
from ascapi.models.in_app_purchase_v2_price_points_linkages_response import (
    InAppPurchaseV2PricePointsLinkagesResponseData as InAppPurchaseV2PricePointsLinkagesResponseData,
)
from ascapi.models.in_app_purchase_v2_promoted_purchase_linkage_response import (
    InAppPurchaseV2PromotedPurchaseLinkageResponse as InAppPurchaseV2PromotedPurchaseLinkageResponse,
)
from ascapi.models.in_app_purchase_v2_promoted_purchase_linkage_response import (
    InAppPurchaseV2PromotedPurchaseLinkageResponseData as InAppPurchaseV2PromotedPurchaseLinkageResponseData,
)
from ascapi.models.in_app_purchase_v2_response import (
    InAppPurchaseV2Response as InAppPurchaseV2Response,
)
from ascapi.models.in_app_purchase_v2_update_request import (
    InAppPurchaseV2UpdateRequest as InAppPurchaseV2UpdateRequest,
)
from ascapi.models.in_app_purchase_v2_update_request import (
    InAppPurchaseV2UpdateRequestData as InAppPurchaseV2UpdateRequestData,
)
from ascapi.models.in_app_purchase_v2_update_request import (
    InAppPurchaseV2UpdateRequestDataAttributes as InAppPurchaseV2UpdateRequestDataAttributes,
)
from ascapi.models.in_app_purchase_v2_versions_linkages_response import (
    InAppPurchaseV2VersionsLinkagesResponse as InAppPurchaseV2VersionsLinkagesResponse,
)
from ascapi.models.in_app_purchase_v2_versions_linkages_response import (
    InAppPurchaseV2VersionsLinkagesResponseData as InAppPurchaseV2VersionsLinkagesResponseData,
)
from ascapi.models.in_app_purchase_version import InAppPurchaseVersion as InAppPurchaseVersion
from ascapi.models.in_app_purchase_version import (
    InAppPurchaseVersionAttributes as InAppPurchaseVersionAttributes,
)
from ascapi.models.in_app_purchase_version import (
    InAppPurchaseVersionRelationships as InAppPurchaseVersionRelationships,
)
from ascapi.models.in_app_purchase_version import (
    InAppPurchaseVersionRelationshipsImage as InAppPurchaseVersionRelationshipsImage,
)
from ascapi.models.in_app_purchase_version import (
    InAppPurchaseVersionRelationshipsImageData as InAppPurchaseVersionRelationshipsImageData,
)
from ascapi.models.in_app_purchase_version import (
    InAppPurchaseVersionRelationshipsImages as InAppPurchaseVersionRelationshipsImages,
)
from ascapi.models.in_app_purchase_version import (
    InAppPurchaseVersionRelationshipsInAppPurchase as InAppPurchaseVersionRelationshipsInAppPurchase,
)
from ascapi.models.in_app_purchase_version import (
    InAppPurchaseVersionRelationshipsInAppPurchaseData as InAppPurchaseVersionRelationshipsInAppPurchaseData,
)
from ascapi.models.in_app_purchase_version import (
    InAppPurchaseVersionRelationshipsLocalizations as InAppPurchaseVersionRelationshipsLocalizations,
)
from ascapi.models.in_app_purchase_version import (
    InAppPurchaseVersionRelationshipsLocalizationsData as InAppPurchaseVersionRelationshipsLocalizationsData,
)
from ascapi.models.in_app_purchase_version_create_request import (
    InAppPurchaseVersionCreateRequest as InAppPurchaseVersionCreateRequest,
)
from ascapi.models.in_app_purchase_version_create_request import (
    InAppPurchaseVersionCreateRequestData as InAppPurchaseVersionCreateRequestData,
)
from ascapi.models.in_app_purchase_version_create_request import (
    InAppPurchaseVersionCreateRequestDataRelationships as InAppPurchaseVersionCreateRequestDataRelationships,
)
from ascapi.models.in_app_purchase_version_create_request import (
    InAppPurchaseVersionCreateRequestDataRelationshipsInAppPurchase as InAppPurchaseVersionCreateRequestDataRelationshipsInAppPurchase,
)
from ascapi.models.in_app_purchase_version_create_request import (
    InAppPurchaseVersionCreateRequestDataRelationshipsInAppPurchaseData as InAppPurchaseVersionCreateRequestDataRelationshipsInAppPurchaseData,
)
from ascapi.models.in_app_purchase_version_image_linkage_response import (
    InAppPurchaseVersionImageLinkageResponse as InAppPurchaseVersionImageLinkageResponse,
)
from ascapi.models.in_app_purchase_version_image_linkage_response import (
    InAppPurchaseVersionImageLinkageResponseData as InAppPurchaseVersionImageLinkageResponseData,
)
from ascapi.models.in_app_purchase_version_images_linkages_response import (
    InAppPurchaseVersionImagesLinkagesResponse as InAppPurchaseVersionImagesLinkagesResponse,
)
from ascapi.models.in_app_purchase_version_images_linkages_response import (
    InAppPurchaseVersionImagesLinkagesResponseData as InAppPurchaseVersionImagesLinkagesResponseData,
)
from ascapi.models.in_app_purchase_version_localizations_linkages_response import (
    InAppPurchaseVersionLocalizationsLinkagesResponse as InAppPurchaseVersionLocalizationsLinkagesResponse,
)
from ascapi.models.in_app_purchase_version_localizations_linkages_response import (
    InAppPurchaseVersionLocalizationsLinkagesResponseData as InAppPurchaseVersionLocalizationsLinkagesResponseData,
)
from ascapi.models.in_app_purchase_version_response import (
    InAppPurchaseVersionResponse as InAppPurchaseVersionResponse,
)
from ascapi.models.in_app_purchase_versions_response import (
    InAppPurchaseVersionsResponse as InAppPurchaseVersionsResponse,
)
from ascapi.models.in_app_purchases_response import InAppPurchasesResponse as InAppPurchasesResponse
from ascapi.models.in_app_purchases_v2_response import (
    InAppPurchasesV2Response as InAppPurchasesV2Response,
)
from ascapi.models.integer_range import IntegerRange as IntegerRange
from ascapi.models.internal_beta_state import InternalBetaState as InternalBetaState
from ascapi.models.kids_age_band import KidsAgeBand as KidsAgeBand
from ascapi.models.location import Location as Location
from ascapi.models.marketplace_search_detail import (
    MarketplaceSearchDetail as MarketplaceSearchDetail,
)
from ascapi.models.marketplace_search_detail import (
    MarketplaceSearchDetailAttributes as MarketplaceSearchDetailAttributes,
)
from ascapi.models.marketplace_search_detail_create_request import (
    MarketplaceSearchDetailCreateRequest as MarketplaceSearchDetailCreateRequest,
)
from ascapi.models.marketplace_search_detail_create_request import (
    MarketplaceSearchDetailCreateRequestData as MarketplaceSearchDetailCreateRequestData,
)
from ascapi.models.marketplace_search_detail_create_request import (
    MarketplaceSearchDetailCreateRequestDataAttributes as MarketplaceSearchDetailCreateRequestDataAttributes,
)
from ascapi.models.marketplace_search_detail_create_request import (
    MarketplaceSearchDetailCreateRequestDataRelationships as MarketplaceSearchDetailCreateRequestDataRelationships,
)
from ascapi.models.marketplace_search_detail_create_request import (
    MarketplaceSearchDetailCreateRequestDataRelationshipsApp as MarketplaceSearchDetailCreateRequestDataRelationshipsApp,
)
from ascapi.models.marketplace_search_detail_create_request import (
    MarketplaceSearchDetailCreateRequestDataRelationshipsAppData as MarketplaceSearchDetailCreateRequestDataRelationshipsAppData,
)
from ascapi.models.marketplace_search_detail_response import (
    MarketplaceSearchDetailResponse as MarketplaceSearchDetailResponse,
)
from ascapi.models.marketplace_search_detail_update_request import (
    MarketplaceSearchDetailUpdateRequest as MarketplaceSearchDetailUpdateRequest,
)
from ascapi.models.marketplace_search_detail_update_request import (
    MarketplaceSearchDetailUpdateRequestData as MarketplaceSearchDetailUpdateRequestData,
)
from ascapi.models.marketplace_search_detail_update_request import (
    MarketplaceSearchDetailUpdateRequestDataAttributes as MarketplaceSearchDetailUpdateRequestDataAttributes,
)
from ascapi.models.marketplace_webhook import MarketplaceWebhook as MarketplaceWebhook
from ascapi.models.marketplace_webhook import (
    MarketplaceWebhookAttributes as MarketplaceWebhookAttributes,
)
from ascapi.models.marketplace_webhook_create_request import (
    MarketplaceWebhookCreateRequest as MarketplaceWebhookCreateRequest,
)
from ascapi.models.marketplace_webhook_create_request import (
    MarketplaceWebhookCreateRequestData as MarketplaceWebhookCreateRequestData,
)
from ascapi.models.marketplace_webhook_create_request import (
    MarketplaceWebhookCreateRequestDataAttributes as MarketplaceWebhookCreateRequestDataAttributes,
)
from ascapi.models.marketplace_webhook_response import (
    MarketplaceWebhookResponse as MarketplaceWebhookResponse,
)
from ascapi.models.marketplace_webhook_update_request import (
    MarketplaceWebhookUpdateRequest as MarketplaceWebhookUpdateRequest,
)
from ascapi.models.marketplace_webhook_update_request import (
    MarketplaceWebhookUpdateRequestData as MarketplaceWebhookUpdateRequestData,
)
from ascapi.models.marketplace_webhook_update_request import (
    MarketplaceWebhookUpdateRequestDataAttributes as MarketplaceWebhookUpdateRequestDataAttributes,
)
from ascapi.models.marketplace_webhooks_response import (
    MarketplaceWebhooksResponse as MarketplaceWebhooksResponse,
)
from ascapi.models.merchant_id import MerchantId as MerchantId
from ascapi.models.merchant_id import MerchantIdAttributes as MerchantIdAttributes
from ascapi.models.merchant_id import MerchantIdRelationships as MerchantIdRelationships
from ascapi.models.merchant_id import (
    MerchantIdRelationshipsCertificates as MerchantIdRelationshipsCertificates,
)
from ascapi.models.merchant_id import (
    MerchantIdRelationshipsCertificatesData as MerchantIdRelationshipsCertificatesData,
)
from ascapi.models.merchant_id_certificates_linkages_response import (
    MerchantIdCertificatesLinkagesResponse as MerchantIdCertificatesLinkagesResponse,
)
from ascapi.models.merchant_id_certificates_linkages_response import (
    MerchantIdCertificatesLinkagesResponseData as MerchantIdCertificatesLinkagesResponseData,
)
from ascapi.models.merchant_id_create_request import (
    MerchantIdCreateRequest as MerchantIdCreateRequest,
)
from ascapi.models.merchant_id_create_request import (
    MerchantIdCreateRequestData as MerchantIdCreateRequestData,
)
from ascapi.models.merchant_id_create_request import (
    MerchantIdCreateRequestDataAttributes as MerchantIdCreateRequestDataAttributes,
)
from ascapi.models.merchant_id_response import MerchantIdResponse as MerchantIdResponse
from ascapi.models.merchant_id_update_request import (
    MerchantIdUpdateRequest as MerchantIdUpdateRequest,
)
from ascapi.models.merchant_id_update_request import (
    MerchantIdUpdateRequestData as MerchantIdUpdateRequestData,
)
from ascapi.models.merchant_id_update_request import (
    MerchantIdUpdateRequestDataAttributes as MerchantIdUpdateRequestDataAttributes,
)
from ascapi.models.merchant_ids_response import MerchantIdsResponse as MerchantIdsResponse
from ascapi.models.metric_category import MetricCategory as MetricCategory
from ascapi.models.metrics_insight import MetricsInsight as MetricsInsight
from ascapi.models.metrics_insight import MetricsInsightPopulations as MetricsInsightPopulations
from ascapi.models.nomination import Nomination as Nomination
from ascapi.models.nomination import NominationAttributes as NominationAttributes
from ascapi.models.nomination import NominationRelationships as NominationRelationships
from ascapi.models.nomination import (
    NominationRelationshipsCreatedByActor as NominationRelationshipsCreatedByActor,
)
from ascapi.models.nomination import (
    NominationRelationshipsCreatedByActorData as NominationRelationshipsCreatedByActorData,
)
from ascapi.models.nomination import (
    NominationRelationshipsInAppEvents as NominationRelationshipsInAppEvents,
)
from ascapi.models.nomination import (
    NominationRelationshipsInAppEventsData as NominationRelationshipsInAppEventsData,
)
from ascapi.models.nomination import (
    NominationRelationshipsRelatedApps as NominationRelationshipsRelatedApps,
)
from ascapi.models.nomination import (
    NominationRelationshipsRelatedAppsData as NominationRelationshipsRelatedAppsData,
)
from ascapi.models.nomination import (
    NominationRelationshipsSupportedTerritories as NominationRelationshipsSupportedTerritories,
)
from ascapi.models.nomination import (
    NominationRelationshipsSupportedTerritoriesData as NominationRelationshipsSupportedTerritoriesData,
)
from ascapi.models.nomination_create_request import (
    NominationCreateRequest as NominationCreateRequest,
)
from ascapi.models.nomination_create_request import (
    NominationCreateRequestData as NominationCreateRequestData,
)
from ascapi.models.nomination_create_request import (
    NominationCreateRequestDataAttributes as NominationCreateRequestDataAttributes,
)
from ascapi.models.nomination_create_request import (
    NominationCreateRequestDataRelationships as NominationCreateRequestDataRelationships,
)
from ascapi.models.nomination_create_request import (
    NominationCreateRequestDataRelationshipsInAppEvents as NominationCreateRequestDataRelationshipsInAppEvents,
)
from ascapi.models.nomination_create_request import (
    NominationCreateRequestDataRelationshipsInAppEventsData as NominationCreateRequestDataRelationshipsInAppEventsData,
)
from ascapi.models.nomination_create_request import (
    NominationCreateRequestDataRelationshipsRelatedApps as NominationCreateRequestDataRelationshipsRelatedApps,
)
from ascapi.models.nomination_create_request import (
    NominationCreateRequestDataRelationshipsRelatedAppsData as NominationCreateRequestDataRelationshipsRelatedAppsData,
)
from ascapi.models.nomination_create_request import (
    NominationCreateRequestDataRelationshipsSupportedTerritories as NominationCreateRequestDataRelationshipsSupportedTerritories,
)
from ascapi.models.nomination_create_request import (
    NominationCreateRequestDataRelationshipsSupportedTerritoriesData as NominationCreateRequestDataRelationshipsSupportedTerritoriesData,
)
from ascapi.models.nomination_response import NominationResponse as NominationResponse
from ascapi.models.nomination_update_request import (
    NominationUpdateRequest as NominationUpdateRequest,
)
from ascapi.models.nomination_update_request import (
    NominationUpdateRequestData as NominationUpdateRequestData,
)
from ascapi.models.nomination_update_request import (
    NominationUpdateRequestDataAttributes as NominationUpdateRequestDataAttributes,
)
from ascapi.models.nomination_update_request import (
    NominationUpdateRequestDataRelationships as NominationUpdateRequestDataRelationships,
)
from ascapi.models.nomination_update_request import (
    NominationUpdateRequestDataRelationshipsInAppEvents as NominationUpdateRequestDataRelationshipsInAppEvents,
)
from ascapi.models.nomination_update_request import (
    NominationUpdateRequestDataRelationshipsInAppEventsData as NominationUpdateRequestDataRelationshipsInAppEventsData,
)
from ascapi.models.nomination_update_request import (
    NominationUpdateRequestDataRelationshipsRelatedApps as NominationUpdateRequestDataRelationshipsRelatedApps,
)
from ascapi.models.nomination_update_request import (
    NominationUpdateRequestDataRelationshipsRelatedAppsData as NominationUpdateRequestDataRelationshipsRelatedAppsData,
)
from ascapi.models.nomination_update_request import (
    NominationUpdateRequestDataRelationshipsSupportedTerritories as NominationUpdateRequestDataRelationshipsSupportedTerritories,
)
from ascapi.models.nomination_update_request import (
    NominationUpdateRequestDataRelationshipsSupportedTerritoriesData as NominationUpdateRequestDataRelationshipsSupportedTerritoriesData,
)
from ascapi.models.nominations_response import NominationsResponse as NominationsResponse
from ascapi.models.offer_code_environment import OfferCodeEnvironment as OfferCodeEnvironment
from ascapi.models.paged_document_links import PagedDocumentLinks as PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation as PagingInformation
from ascapi.models.paging_information import PagingInformationPaging as PagingInformationPaging
from ascapi.models.pass_type_id import PassTypeId as PassTypeId
from ascapi.models.pass_type_id import PassTypeIdAttributes as PassTypeIdAttributes
from ascapi.models.pass_type_id import PassTypeIdRelationships as PassTypeIdRelationships
from ascapi.models.pass_type_id import (
    PassTypeIdRelationshipsCertificates as PassTypeIdRelationshipsCertificates,
)
from ascapi.models.pass_type_id import (
    PassTypeIdRelationshipsCertificatesData as PassTypeIdRelationshipsCertificatesData,
)
from ascapi.models.pass_type_id_certificates_linkages_response import (
    PassTypeIdCertificatesLinkagesResponse as PassTypeIdCertificatesLinkagesResponse,
)
from ascapi.models.pass_type_id_certificates_linkages_response import (
    PassTypeIdCertificatesLinkagesResponseData as PassTypeIdCertificatesLinkagesResponseData,
)
from ascapi.models.pass_type_id_create_request import (
    PassTypeIdCreateRequest as PassTypeIdCreateRequest,
)
from ascapi.models.pass_type_id_create_request import (
    PassTypeIdCreateRequestData as PassTypeIdCreateRequestData,
)
from ascapi.models.pass_type_id_create_request import (
    PassTypeIdCreateRequestDataAttributes as PassTypeIdCreateRequestDataAttributes,
)
from ascapi.models.pass_type_id_response import PassTypeIdResponse as PassTypeIdResponse
from ascapi.models.pass_type_id_update_request import (
    PassTypeIdUpdateRequest as PassTypeIdUpdateRequest,
)
from ascapi.models.pass_type_id_update_request import (
    PassTypeIdUpdateRequestData as PassTypeIdUpdateRequestData,
)
from ascapi.models.pass_type_id_update_request import (
    PassTypeIdUpdateRequestDataAttributes as PassTypeIdUpdateRequestDataAttributes,
)
from ascapi.models.pass_type_ids_response import PassTypeIdsResponse as PassTypeIdsResponse
from ascapi.models.perf_power_metric import PerfPowerMetric as PerfPowerMetric
from ascapi.models.perf_power_metric import PerfPowerMetricAttributes as PerfPowerMetricAttributes
from ascapi.models.phased_release_state import PhasedReleaseState as PhasedReleaseState
from ascapi.models.platform import Platform as Platform
from ascapi.models.pre_release_versions_response import (
    PreReleaseVersionsResponse as PreReleaseVersionsResponse,
)
from ascapi.models.pre_release_versions_without_includes_response import (
    PreReleaseVersionsWithoutIncludesResponse as PreReleaseVersionsWithoutIncludesResponse,
)
from ascapi.models.prerelease_version import PrereleaseVersion as PrereleaseVersion
from ascapi.models.prerelease_version import (
    PrereleaseVersionAttributes as PrereleaseVersionAttributes,
)
from ascapi.models.prerelease_version import (
    PrereleaseVersionRelationships as PrereleaseVersionRelationships,
)
from ascapi.models.prerelease_version import (
    PrereleaseVersionRelationshipsApp as PrereleaseVersionRelationshipsApp,
)
from ascapi.models.prerelease_version import (
    PrereleaseVersionRelationshipsAppData as PrereleaseVersionRelationshipsAppData,
)
from ascapi.models.prerelease_version import (
    PrereleaseVersionRelationshipsBuilds as PrereleaseVersionRelationshipsBuilds,
)
from ascapi.models.prerelease_version import (
    PrereleaseVersionRelationshipsBuildsData as PrereleaseVersionRelationshipsBuildsData,
)
from ascapi.models.prerelease_version_app_linkage_response import (
    PrereleaseVersionAppLinkageResponse as PrereleaseVersionAppLinkageResponse,
)
from ascapi.models.prerelease_version_app_linkage_response import (
    PrereleaseVersionAppLinkageResponseData as PrereleaseVersionAppLinkageResponseData,
)
from ascapi.models.prerelease_version_builds_linkages_response import (
    PrereleaseVersionBuildsLinkagesResponse as PrereleaseVersionBuildsLinkagesResponse,
)
from ascapi.models.prerelease_version_builds_linkages_response import (
    PrereleaseVersionBuildsLinkagesResponseData as PrereleaseVersionBuildsLinkagesResponseData,
)
from ascapi.models.prerelease_version_response import (
    PrereleaseVersionResponse as PrereleaseVersionResponse,
)
from ascapi.models.prerelease_version_without_includes_response import (
    PrereleaseVersionWithoutIncludesResponse as PrereleaseVersionWithoutIncludesResponse,
)
from ascapi.models.preview_frame_image import PreviewFrameImage as PreviewFrameImage
from ascapi.models.preview_type import PreviewType as PreviewType
from ascapi.models.profile import Profile as Profile
from ascapi.models.profile import ProfileAttributes as ProfileAttributes
from ascapi.models.profile import ProfileRelationships as ProfileRelationships
from ascapi.models.profile import ProfileRelationshipsBundleId as ProfileRelationshipsBundleId
from ascapi.models.profile import (
    ProfileRelationshipsBundleIdData as ProfileRelationshipsBundleIdData,
)
from ascapi.models.profile import (
    ProfileRelationshipsCertificates as ProfileRelationshipsCertificates,
)
from ascapi.models.profile import (
    ProfileRelationshipsCertificatesData as ProfileRelationshipsCertificatesData,
)
from ascapi.models.profile import ProfileRelationshipsDevices as ProfileRelationshipsDevices
from ascapi.models.profile import ProfileRelationshipsDevicesData as ProfileRelationshipsDevicesData
from ascapi.models.profile_bundle_id_linkage_response import (
    ProfileBundleIdLinkageResponse as ProfileBundleIdLinkageResponse,
)
from ascapi.models.profile_bundle_id_linkage_response import (
    ProfileBundleIdLinkageResponseData as ProfileBundleIdLinkageResponseData,
)
from ascapi.models.profile_certificates_linkages_response import (
    ProfileCertificatesLinkagesResponse as ProfileCertificatesLinkagesResponse,
)
from ascapi.models.profile_certificates_linkages_response import (
    ProfileCertificatesLinkagesResponseData as ProfileCertificatesLinkagesResponseData,
)
from ascapi.models.profile_create_request import ProfileCreateRequest as ProfileCreateRequest
from ascapi.models.profile_create_request import (
    ProfileCreateRequestData as ProfileCreateRequestData,
)
from ascapi.models.profile_create_request import (
    ProfileCreateRequestDataAttributes as ProfileCreateRequestDataAttributes,
)
from ascapi.models.profile_create_request import (
    ProfileCreateRequestDataRelationships as ProfileCreateRequestDataRelationships,
)
from ascapi.models.profile_create_request import (
    ProfileCreateRequestDataRelationshipsBundleId as ProfileCreateRequestDataRelationshipsBundleId,
)
from ascapi.models.profile_create_request import (
    ProfileCreateRequestDataRelationshipsBundleIdData as ProfileCreateRequestDataRelationshipsBundleIdData,
)
from ascapi.models.profile_create_request import (
    ProfileCreateRequestDataRelationshipsCertificates as ProfileCreateRequestDataRelationshipsCertificates,
)
from ascapi.models.profile_create_request import (
    ProfileCreateRequestDataRelationshipsCertificatesData as ProfileCreateRequestDataRelationshipsCertificatesData,
)
from ascapi.models.profile_create_request import (
    ProfileCreateRequestDataRelationshipsDevices as ProfileCreateRequestDataRelationshipsDevices,
)
from ascapi.models.profile_create_request import (
    ProfileCreateRequestDataRelationshipsDevicesData as ProfileCreateRequestDataRelationshipsDevicesData,
)
from ascapi.models.profile_devices_linkages_response import (
    ProfileDevicesLinkagesResponse as ProfileDevicesLinkagesResponse,
)
from ascapi.models.profile_devices_linkages_response import (
    ProfileDevicesLinkagesResponseData as ProfileDevicesLinkagesResponseData,
)
from ascapi.models.profile_response import ProfileResponse as ProfileResponse
from ascapi.models.profiles_response import ProfilesResponse as ProfilesResponse
from ascapi.models.profiles_without_includes_response import (
    ProfilesWithoutIncludesResponse as ProfilesWithoutIncludesResponse,
)
from ascapi.models.promoted_purchase import PromotedPurchase as PromotedPurchase
from ascapi.models.promoted_purchase import PromotedPurchaseAttributes as PromotedPurchaseAttributes
from ascapi.models.promoted_purchase import (
    PromotedPurchaseRelationships as PromotedPurchaseRelationships,
)
from ascapi.models.promoted_purchase import (
    PromotedPurchaseRelationshipsInAppPurchaseV2 as PromotedPurchaseRelationshipsInAppPurchaseV2,
)
from ascapi.models.promoted_purchase import (
    PromotedPurchaseRelationshipsInAppPurchaseV2Data as PromotedPurchaseRelationshipsInAppPurchaseV2Data,
)
from ascapi.models.promoted_purchase import (
    PromotedPurchaseRelationshipsSubscription as PromotedPurchaseRelationshipsSubscription,
)
from ascapi.models.promoted_purchase import (
    PromotedPurchaseRelationshipsSubscriptionData as PromotedPurchaseRelationshipsSubscriptionData,
)
from ascapi.models.promoted_purchase_create_request import (
    PromotedPurchaseCreateRequest as PromotedPurchaseCreateRequest,
)
from ascapi.models.promoted_purchase_create_request import (
    PromotedPurchaseCreateRequestData as PromotedPurchaseCreateRequestData,
)
from ascapi.models.promoted_purchase_create_request import (
    PromotedPurchaseCreateRequestDataAttributes as PromotedPurchaseCreateRequestDataAttributes,
)
from ascapi.models.promoted_purchase_create_request import (
    PromotedPurchaseCreateRequestDataRelationships as PromotedPurchaseCreateRequestDataRelationships,
)
from ascapi.models.promoted_purchase_create_request import (
    PromotedPurchaseCreateRequestDataRelationshipsApp as PromotedPurchaseCreateRequestDataRelationshipsApp,
)
from ascapi.models.promoted_purchase_create_request import (
    PromotedPurchaseCreateRequestDataRelationshipsAppData as PromotedPurchaseCreateRequestDataRelationshipsAppData,
)
from ascapi.models.promoted_purchase_create_request import (
    PromotedPurchaseCreateRequestDataRelationshipsInAppPurchaseV2 as PromotedPurchaseCreateRequestDataRelationshipsInAppPurchaseV2,
)
from ascapi.models.promoted_purchase_create_request import (
    PromotedPurchaseCreateRequestDataRelationshipsInAppPurchaseV2Data as PromotedPurchaseCreateRequestDataRelationshipsInAppPurchaseV2Data,
)
from ascapi.models.promoted_purchase_create_request import (
    PromotedPurchaseCreateRequestDataRelationshipsSubscription as PromotedPurchaseCreateRequestDataRelationshipsSubscription,
)
from ascapi.models.promoted_purchase_create_request import (
    PromotedPurchaseCreateRequestDataRelationshipsSubscriptionData as PromotedPurchaseCreateRequestDataRelationshipsSubscriptionData,
)
from ascapi.models.promoted_purchase_response import (
    PromotedPurchaseResponse as PromotedPurchaseResponse,
)
from ascapi.models.promoted_purchase_update_request import (
    PromotedPurchaseUpdateRequest as PromotedPurchaseUpdateRequest,
)
from ascapi.models.promoted_purchase_update_request import (
    PromotedPurchaseUpdateRequestData as PromotedPurchaseUpdateRequestData,
)
from ascapi.models.promoted_purchase_update_request import (
    PromotedPurchaseUpdateRequestDataAttributes as PromotedPurchaseUpdateRequestDataAttributes,
)
from ascapi.models.promoted_purchases_response import (
    PromotedPurchasesResponse as PromotedPurchasesResponse,
)
from ascapi.models.property import Property as Property
from ascapi.models.relationship_links import RelationshipLinks as RelationshipLinks
from ascapi.models.resource_links import ResourceLinks as ResourceLinks
from ascapi.models.review_submission import ReviewSubmission as ReviewSubmission
from ascapi.models.review_submission import ReviewSubmissionAttributes as ReviewSubmissionAttributes
from ascapi.models.review_submission import (
    ReviewSubmissionRelationships as ReviewSubmissionRelationships,
)
from ascapi.models.review_submission import (
    ReviewSubmissionRelationshipsApp as ReviewSubmissionRelationshipsApp,
)
from ascapi.models.review_submission import (
    ReviewSubmissionRelationshipsAppData as ReviewSubmissionRelationshipsAppData,
)
from ascapi.models.review_submission import (
    ReviewSubmissionRelationshipsAppStoreVersionForReview as ReviewSubmissionRelationshipsAppStoreVersionForReview,
)
from ascapi.models.review_submission import (
    ReviewSubmissionRelationshipsAppStoreVersionForReviewData as ReviewSubmissionRelationshipsAppStoreVersionForReviewData,
)
from ascapi.models.review_submission import (
    ReviewSubmissionRelationshipsItems as ReviewSubmissionRelationshipsItems,
)
from ascapi.models.review_submission import (
    ReviewSubmissionRelationshipsItemsData as ReviewSubmissionRelationshipsItemsData,
)
from ascapi.models.review_submission import (
    ReviewSubmissionRelationshipsSubmittedByActor as ReviewSubmissionRelationshipsSubmittedByActor,
)
from ascapi.models.review_submission import (
    ReviewSubmissionRelationshipsSubmittedByActorData as ReviewSubmissionRelationshipsSubmittedByActorData,
)
from ascapi.models.review_submission_create_request import (
    ReviewSubmissionCreateRequest as ReviewSubmissionCreateRequest,
)
from ascapi.models.review_submission_create_request import (
    ReviewSubmissionCreateRequestData as ReviewSubmissionCreateRequestData,
)
from ascapi.models.review_submission_create_request import (
    ReviewSubmissionCreateRequestDataAttributes as ReviewSubmissionCreateRequestDataAttributes,
)
from ascapi.models.review_submission_create_request import (
    ReviewSubmissionCreateRequestDataRelationships as ReviewSubmissionCreateRequestDataRelationships,
)
from ascapi.models.review_submission_create_request import (
    ReviewSubmissionCreateRequestDataRelationshipsApp as ReviewSubmissionCreateRequestDataRelationshipsApp,
)
from ascapi.models.review_submission_create_request import (
    ReviewSubmissionCreateRequestDataRelationshipsAppData as ReviewSubmissionCreateRequestDataRelationshipsAppData,
)
from ascapi.models.review_submission_item import ReviewSubmissionItem as ReviewSubmissionItem
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemAttributes as ReviewSubmissionItemAttributes,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationships as ReviewSubmissionItemRelationships,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsAppCustomProductPageVersion as ReviewSubmissionItemRelationshipsAppCustomProductPageVersion,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsAppCustomProductPageVersionData as ReviewSubmissionItemRelationshipsAppCustomProductPageVersionData,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsAppEvent as ReviewSubmissionItemRelationshipsAppEvent,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsAppEventData as ReviewSubmissionItemRelationshipsAppEventData,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsAppStoreVersion as ReviewSubmissionItemRelationshipsAppStoreVersion,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsAppStoreVersionData as ReviewSubmissionItemRelationshipsAppStoreVersionData,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsAppStoreVersionExperiment as ReviewSubmissionItemRelationshipsAppStoreVersionExperiment,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsAppStoreVersionExperimentData as ReviewSubmissionItemRelationshipsAppStoreVersionExperimentData,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsBackgroundAssetVersion as ReviewSubmissionItemRelationshipsBackgroundAssetVersion,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsBackgroundAssetVersionData as ReviewSubmissionItemRelationshipsBackgroundAssetVersionData,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsGameCenterAchievementVersion as ReviewSubmissionItemRelationshipsGameCenterAchievementVersion,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsGameCenterAchievementVersionData as ReviewSubmissionItemRelationshipsGameCenterAchievementVersionData,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsGameCenterActivityVersion as ReviewSubmissionItemRelationshipsGameCenterActivityVersion,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsGameCenterActivityVersionData as ReviewSubmissionItemRelationshipsGameCenterActivityVersionData,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsGameCenterChallengeVersion as ReviewSubmissionItemRelationshipsGameCenterChallengeVersion,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsGameCenterChallengeVersionData as ReviewSubmissionItemRelationshipsGameCenterChallengeVersionData,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsGameCenterLeaderboardSetVersion as ReviewSubmissionItemRelationshipsGameCenterLeaderboardSetVersion,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsGameCenterLeaderboardSetVersionData as ReviewSubmissionItemRelationshipsGameCenterLeaderboardSetVersionData,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsGameCenterLeaderboardVersion as ReviewSubmissionItemRelationshipsGameCenterLeaderboardVersion,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsGameCenterLeaderboardVersionData as ReviewSubmissionItemRelationshipsGameCenterLeaderboardVersionData,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsInAppPurchaseVersion as ReviewSubmissionItemRelationshipsInAppPurchaseVersion,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsInAppPurchaseVersionData as ReviewSubmissionItemRelationshipsInAppPurchaseVersionData,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsSubscriptionGroupVersion as ReviewSubmissionItemRelationshipsSubscriptionGroupVersion,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsSubscriptionGroupVersionData as ReviewSubmissionItemRelationshipsSubscriptionGroupVersionData,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsSubscriptionVersion as ReviewSubmissionItemRelationshipsSubscriptionVersion,
)
from ascapi.models.review_submission_item import (
    ReviewSubmissionItemRelationshipsSubscriptionVersionData as ReviewSubmissionItemRelationshipsSubscriptionVersionData,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequest as ReviewSubmissionItemCreateRequest,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestData as ReviewSubmissionItemCreateRequestData,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationships as ReviewSubmissionItemCreateRequestDataRelationships,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsAppCustomProductPageVersion as ReviewSubmissionItemCreateRequestDataRelationshipsAppCustomProductPageVersion,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsAppCustomProductPageVersionData as ReviewSubmissionItemCreateRequestDataRelationshipsAppCustomProductPageVersionData,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsAppEvent as ReviewSubmissionItemCreateRequestDataRelationshipsAppEvent,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsAppEventData as ReviewSubmissionItemCreateRequestDataRelationshipsAppEventData,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersion as ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersion,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionData as ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionData,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperiment as ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperiment,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperimentData as ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperimentData,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsBackgroundAssetVersion as ReviewSubmissionItemCreateRequestDataRelationshipsBackgroundAssetVersion,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsBackgroundAssetVersionData as ReviewSubmissionItemCreateRequestDataRelationshipsBackgroundAssetVersionData,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterAchievementVersion as ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterAchievementVersion,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterAchievementVersionData as ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterAchievementVersionData,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterActivityVersion as ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterActivityVersion,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterActivityVersionData as ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterActivityVersionData,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterChallengeVersion as ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterChallengeVersion,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterChallengeVersionData as ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterChallengeVersionData,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardSetVersion as ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardSetVersion,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardSetVersionData as ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardSetVersionData,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardVersion as ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardVersion,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardVersionData as ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardVersionData,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsInAppPurchaseVersion as ReviewSubmissionItemCreateRequestDataRelationshipsInAppPurchaseVersion,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsInAppPurchaseVersionData as ReviewSubmissionItemCreateRequestDataRelationshipsInAppPurchaseVersionData,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsReviewSubmission as ReviewSubmissionItemCreateRequestDataRelationshipsReviewSubmission,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsReviewSubmissionData as ReviewSubmissionItemCreateRequestDataRelationshipsReviewSubmissionData,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionGroupVersion as ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionGroupVersion,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionGroupVersionData as ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionGroupVersionData,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionVersion as ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionVersion,
)
from ascapi.models.review_submission_item_create_request import (
    ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionVersionData as ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionVersionData,
)
from ascapi.models.review_submission_item_response import (
    ReviewSubmissionItemResponse as ReviewSubmissionItemResponse,
)
from ascapi.models.review_submission_item_update_request import (
    ReviewSubmissionItemUpdateRequest as ReviewSubmissionItemUpdateRequest,
)
from ascapi.models.review_submission_item_update_request import (
    ReviewSubmissionItemUpdateRequestData as ReviewSubmissionItemUpdateRequestData,
)
from ascapi.models.review_submission_item_update_request import (
    ReviewSubmissionItemUpdateRequestDataAttributes as ReviewSubmissionItemUpdateRequestDataAttributes,
)
from ascapi.models.review_submission_items_linkages_response import (
    ReviewSubmissionItemsLinkagesResponse as ReviewSubmissionItemsLinkagesResponse,
)
from ascapi.models.review_submission_items_linkages_response import (
    ReviewSubmissionItemsLinkagesResponseData as ReviewSubmissionItemsLinkagesResponseData,
)
from ascapi.models.review_submission_items_response import (
    ReviewSubmissionItemsResponse as ReviewSubmissionItemsResponse,
)
from ascapi.models.review_submission_response import (
    ReviewSubmissionResponse as ReviewSubmissionResponse,
)
from ascapi.models.review_submission_update_request import (
    ReviewSubmissionUpdateRequest as ReviewSubmissionUpdateRequest,
)
from ascapi.models.review_submission_update_request import (
    ReviewSubmissionUpdateRequestData as ReviewSubmissionUpdateRequestData,
)
from ascapi.models.review_submission_update_request import (
    ReviewSubmissionUpdateRequestDataAttributes as ReviewSubmissionUpdateRequestDataAttributes,
)
from ascapi.models.review_submissions_response import (
    ReviewSubmissionsResponse as ReviewSubmissionsResponse,
)
from ascapi.models.routing_app_coverage import RoutingAppCoverage as RoutingAppCoverage
from ascapi.models.routing_app_coverage import (
    RoutingAppCoverageAttributes as RoutingAppCoverageAttributes,
)
from ascapi.models.routing_app_coverage import (
    RoutingAppCoverageRelationships as RoutingAppCoverageRelationships,
)
from ascapi.models.routing_app_coverage import (
    RoutingAppCoverageRelationshipsAppStoreVersion as RoutingAppCoverageRelationshipsAppStoreVersion,
)
from ascapi.models.routing_app_coverage import (
    RoutingAppCoverageRelationshipsAppStoreVersionData as RoutingAppCoverageRelationshipsAppStoreVersionData,
)
from ascapi.models.routing_app_coverage_create_request import (
    RoutingAppCoverageCreateRequest as RoutingAppCoverageCreateRequest,
)
from ascapi.models.routing_app_coverage_create_request import (
    RoutingAppCoverageCreateRequestData as RoutingAppCoverageCreateRequestData,
)
from ascapi.models.routing_app_coverage_create_request import (
    RoutingAppCoverageCreateRequestDataAttributes as RoutingAppCoverageCreateRequestDataAttributes,
)
from ascapi.models.routing_app_coverage_create_request import (
    RoutingAppCoverageCreateRequestDataRelationships as RoutingAppCoverageCreateRequestDataRelationships,
)
from ascapi.models.routing_app_coverage_create_request import (
    RoutingAppCoverageCreateRequestDataRelationshipsAppStoreVersion as RoutingAppCoverageCreateRequestDataRelationshipsAppStoreVersion,
)
from ascapi.models.routing_app_coverage_create_request import (
    RoutingAppCoverageCreateRequestDataRelationshipsAppStoreVersionData as RoutingAppCoverageCreateRequestDataRelationshipsAppStoreVersionData,
)
from ascapi.models.routing_app_coverage_response import (
    RoutingAppCoverageResponse as RoutingAppCoverageResponse,
)
from ascapi.models.routing_app_coverage_update_request import (
    RoutingAppCoverageUpdateRequest as RoutingAppCoverageUpdateRequest,
)
from ascapi.models.routing_app_coverage_update_request import (
    RoutingAppCoverageUpdateRequestData as RoutingAppCoverageUpdateRequestData,
)
from ascapi.models.routing_app_coverage_update_request import (
    RoutingAppCoverageUpdateRequestDataAttributes as RoutingAppCoverageUpdateRequestDataAttributes,
)
from ascapi.models.sandbox_tester_v2 import SandboxTesterV2 as SandboxTesterV2
from ascapi.models.sandbox_tester_v2 import SandboxTesterV2Attributes as SandboxTesterV2Attributes
from ascapi.models.sandbox_tester_v2_response import (
    SandboxTesterV2Response as SandboxTesterV2Response,
)
from ascapi.models.sandbox_tester_v2_update_request import (
    SandboxTesterV2UpdateRequest as SandboxTesterV2UpdateRequest,
)
from ascapi.models.sandbox_tester_v2_update_request import (
    SandboxTesterV2UpdateRequestData as SandboxTesterV2UpdateRequestData,
)
from ascapi.models.sandbox_tester_v2_update_request import (
    SandboxTesterV2UpdateRequestDataAttributes as SandboxTesterV2UpdateRequestDataAttributes,
)
from ascapi.models.sandbox_testers_clear_purchase_history_request_v2 import (
    SandboxTestersClearPurchaseHistoryRequestV2 as SandboxTestersClearPurchaseHistoryRequestV2,
)
from ascapi.models.sandbox_testers_clear_purchase_history_request_v2_create_request import (
    SandboxTestersClearPurchaseHistoryRequestV2CreateRequest as SandboxTestersClearPurchaseHistoryRequestV2CreateRequest,
)
from ascapi.models.sandbox_testers_clear_purchase_history_request_v2_create_request import (
    SandboxTestersClearPurchaseHistoryRequestV2CreateRequestData as SandboxTestersClearPurchaseHistoryRequestV2CreateRequestData,
)
from ascapi.models.sandbox_testers_clear_purchase_history_request_v2_create_request import (
    SandboxTestersClearPurchaseHistoryRequestV2CreateRequestDataRelationships as SandboxTestersClearPurchaseHistoryRequestV2CreateRequestDataRelationships,
)
from ascapi.models.sandbox_testers_clear_purchase_history_request_v2_create_request import (
    SandboxTestersClearPurchaseHistoryRequestV2CreateRequestDataRelationshipsSandboxTesters as SandboxTestersClearPurchaseHistoryRequestV2CreateRequestDataRelationshipsSandboxTesters,
)
from ascapi.models.sandbox_testers_clear_purchase_history_request_v2_create_request import (
    SandboxTestersClearPurchaseHistoryRequestV2CreateRequestDataRelationshipsSandboxTestersData as SandboxTestersClearPurchaseHistoryRequestV2CreateRequestDataRelationshipsSandboxTestersData,
)
from ascapi.models.sandbox_testers_clear_purchase_history_request_v2_response import (
    SandboxTestersClearPurchaseHistoryRequestV2Response as SandboxTestersClearPurchaseHistoryRequestV2Response,
)
from ascapi.models.sandbox_testers_v2_response import (
    SandboxTestersV2Response as SandboxTestersV2Response,
)
from ascapi.models.scm_git_reference import ScmGitReference as ScmGitReference
from ascapi.models.scm_git_reference import ScmGitReferenceAttributes as ScmGitReferenceAttributes
from ascapi.models.scm_git_reference import (
    ScmGitReferenceRelationships as ScmGitReferenceRelationships,
)
from ascapi.models.scm_git_reference import (
    ScmGitReferenceRelationshipsRepository as ScmGitReferenceRelationshipsRepository,
)
from ascapi.models.scm_git_reference import (
    ScmGitReferenceRelationshipsRepositoryData as ScmGitReferenceRelationshipsRepositoryData,
)
from ascapi.models.scm_git_reference_response import (
    ScmGitReferenceResponse as ScmGitReferenceResponse,
)
from ascapi.models.scm_git_references_response import (
    ScmGitReferencesResponse as ScmGitReferencesResponse,
)
from ascapi.models.scm_provider import ScmProvider as ScmProvider
from ascapi.models.scm_provider import ScmProviderAttributes as ScmProviderAttributes
from ascapi.models.scm_provider import ScmProviderRelationships as ScmProviderRelationships
from ascapi.models.scm_provider import (
    ScmProviderRelationshipsRepositories as ScmProviderRelationshipsRepositories,
)
from ascapi.models.scm_provider_repositories_linkages_response import (
    ScmProviderRepositoriesLinkagesResponse as ScmProviderRepositoriesLinkagesResponse,
)
from ascapi.models.scm_provider_repositories_linkages_response import (
    ScmProviderRepositoriesLinkagesResponseData as ScmProviderRepositoriesLinkagesResponseData,
)
from ascapi.models.scm_provider_response import ScmProviderResponse as ScmProviderResponse
from ascapi.models.scm_provider_type import ScmProviderType as ScmProviderType
from ascapi.models.scm_providers_response import ScmProvidersResponse as ScmProvidersResponse
from ascapi.models.scm_pull_request import ScmPullRequest as ScmPullRequest
from ascapi.models.scm_pull_request import ScmPullRequestAttributes as ScmPullRequestAttributes
from ascapi.models.scm_pull_request import (
    ScmPullRequestRelationships as ScmPullRequestRelationships,
)
from ascapi.models.scm_pull_request import (
    ScmPullRequestRelationshipsRepository as ScmPullRequestRelationshipsRepository,
)
from ascapi.models.scm_pull_request import (
    ScmPullRequestRelationshipsRepositoryData as ScmPullRequestRelationshipsRepositoryData,
)
from ascapi.models.scm_pull_request_response import ScmPullRequestResponse as ScmPullRequestResponse
from ascapi.models.scm_pull_requests_response import (
    ScmPullRequestsResponse as ScmPullRequestsResponse,
)
from ascapi.models.scm_repositories_response import (
    ScmRepositoriesResponse as ScmRepositoriesResponse,
)
from ascapi.models.scm_repository import ScmRepository as ScmRepository
from ascapi.models.scm_repository import ScmRepositoryAttributes as ScmRepositoryAttributes
from ascapi.models.scm_repository import ScmRepositoryRelationships as ScmRepositoryRelationships
from ascapi.models.scm_repository import (
    ScmRepositoryRelationshipsDefaultBranch as ScmRepositoryRelationshipsDefaultBranch,
)
from ascapi.models.scm_repository import (
    ScmRepositoryRelationshipsDefaultBranchData as ScmRepositoryRelationshipsDefaultBranchData,
)
from ascapi.models.scm_repository import (
    ScmRepositoryRelationshipsGitReferences as ScmRepositoryRelationshipsGitReferences,
)
from ascapi.models.scm_repository import (
    ScmRepositoryRelationshipsScmProvider as ScmRepositoryRelationshipsScmProvider,
)
from ascapi.models.scm_repository import (
    ScmRepositoryRelationshipsScmProviderData as ScmRepositoryRelationshipsScmProviderData,
)
from ascapi.models.scm_repository_git_references_linkages_response import (
    ScmRepositoryGitReferencesLinkagesResponse as ScmRepositoryGitReferencesLinkagesResponse,
)
from ascapi.models.scm_repository_git_references_linkages_response import (
    ScmRepositoryGitReferencesLinkagesResponseData as ScmRepositoryGitReferencesLinkagesResponseData,
)
from ascapi.models.scm_repository_pull_requests_linkages_response import (
    ScmRepositoryPullRequestsLinkagesResponse as ScmRepositoryPullRequestsLinkagesResponse,
)
from ascapi.models.scm_repository_pull_requests_linkages_response import (
    ScmRepositoryPullRequestsLinkagesResponseData as ScmRepositoryPullRequestsLinkagesResponseData,
)
from ascapi.models.scm_repository_response import ScmRepositoryResponse as ScmRepositoryResponse
from ascapi.models.screenshot_display_type import ScreenshotDisplayType as ScreenshotDisplayType
from ascapi.models.state_detail import StateDetail as StateDetail
from ascapi.models.string_to_string_map import StringToStringMap as StringToStringMap
from ascapi.models.subscription import Subscription as Subscription
from ascapi.models.subscription import SubscriptionAttributes as SubscriptionAttributes
from ascapi.models.subscription import SubscriptionRelationships as SubscriptionRelationships
from ascapi.models.subscription import (
    SubscriptionRelationshipsAppStoreReviewScreenshot as SubscriptionRelationshipsAppStoreReviewScreenshot,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsAppStoreReviewScreenshotData as SubscriptionRelationshipsAppStoreReviewScreenshotData,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsGroup as SubscriptionRelationshipsGroup,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsGroupData as SubscriptionRelationshipsGroupData,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsImages as SubscriptionRelationshipsImages,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsImagesData as SubscriptionRelationshipsImagesData,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsIntroductoryOffers as SubscriptionRelationshipsIntroductoryOffers,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsIntroductoryOffersData as SubscriptionRelationshipsIntroductoryOffersData,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsOfferCodes as SubscriptionRelationshipsOfferCodes,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsOfferCodesData as SubscriptionRelationshipsOfferCodesData,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsPlanAvailabilities as SubscriptionRelationshipsPlanAvailabilities,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsPlanAvailabilitiesData as SubscriptionRelationshipsPlanAvailabilitiesData,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsPricePoints as SubscriptionRelationshipsPricePoints,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsPrices as SubscriptionRelationshipsPrices,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsPricesData as SubscriptionRelationshipsPricesData,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsPromotedPurchase as SubscriptionRelationshipsPromotedPurchase,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsPromotedPurchaseData as SubscriptionRelationshipsPromotedPurchaseData,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsPromotionalOffers as SubscriptionRelationshipsPromotionalOffers,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsPromotionalOffersData as SubscriptionRelationshipsPromotionalOffersData,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsSubscriptionAvailability as SubscriptionRelationshipsSubscriptionAvailability,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsSubscriptionAvailabilityData as SubscriptionRelationshipsSubscriptionAvailabilityData,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsSubscriptionLocalizations as SubscriptionRelationshipsSubscriptionLocalizations,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsSubscriptionLocalizationsData as SubscriptionRelationshipsSubscriptionLocalizationsData,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsVersions as SubscriptionRelationshipsVersions,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsVersionsData as SubscriptionRelationshipsVersionsData,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsWinBackOffers as SubscriptionRelationshipsWinBackOffers,
)
from ascapi.models.subscription import (
    SubscriptionRelationshipsWinBackOffersData as SubscriptionRelationshipsWinBackOffersData,
)
from ascapi.models.subscription_app_store_review_screenshot import (
    SubscriptionAppStoreReviewScreenshot as SubscriptionAppStoreReviewScreenshot,
)
from ascapi.models.subscription_app_store_review_screenshot import (
    SubscriptionAppStoreReviewScreenshotAttributes as SubscriptionAppStoreReviewScreenshotAttributes,
)
from ascapi.models.subscription_app_store_review_screenshot import (
    SubscriptionAppStoreReviewScreenshotRelationships as SubscriptionAppStoreReviewScreenshotRelationships,
)
from ascapi.models.subscription_app_store_review_screenshot import (
    SubscriptionAppStoreReviewScreenshotRelationshipsSubscription as SubscriptionAppStoreReviewScreenshotRelationshipsSubscription,
)
from ascapi.models.subscription_app_store_review_screenshot import (
    SubscriptionAppStoreReviewScreenshotRelationshipsSubscriptionData as SubscriptionAppStoreReviewScreenshotRelationshipsSubscriptionData,
)
from ascapi.models.subscription_app_store_review_screenshot_create_request import (
    SubscriptionAppStoreReviewScreenshotCreateRequest as SubscriptionAppStoreReviewScreenshotCreateRequest,
)
from ascapi.models.subscription_app_store_review_screenshot_create_request import (
    SubscriptionAppStoreReviewScreenshotCreateRequestData as SubscriptionAppStoreReviewScreenshotCreateRequestData,
)
from ascapi.models.subscription_app_store_review_screenshot_create_request import (
    SubscriptionAppStoreReviewScreenshotCreateRequestDataAttributes as SubscriptionAppStoreReviewScreenshotCreateRequestDataAttributes,
)
from ascapi.models.subscription_app_store_review_screenshot_create_request import (
    SubscriptionAppStoreReviewScreenshotCreateRequestDataRelationships as SubscriptionAppStoreReviewScreenshotCreateRequestDataRelationships,
)
from ascapi.models.subscription_app_store_review_screenshot_create_request import (
    SubscriptionAppStoreReviewScreenshotCreateRequestDataRelationshipsSubscription as SubscriptionAppStoreReviewScreenshotCreateRequestDataRelationshipsSubscription,
)
from ascapi.models.subscription_app_store_review_screenshot_create_request import (
    SubscriptionAppStoreReviewScreenshotCreateRequestDataRelationshipsSubscriptionData as SubscriptionAppStoreReviewScreenshotCreateRequestDataRelationshipsSubscriptionData,
)
from ascapi.models.subscription_app_store_review_screenshot_linkage_response import (
    SubscriptionAppStoreReviewScreenshotLinkageResponse as SubscriptionAppStoreReviewScreenshotLinkageResponse,
)
from ascapi.models.subscription_app_store_review_screenshot_linkage_response import (
    SubscriptionAppStoreReviewScreenshotLinkageResponseData as SubscriptionAppStoreReviewScreenshotLinkageResponseData,
)
from ascapi.models.subscription_app_store_review_screenshot_response import (
    SubscriptionAppStoreReviewScreenshotResponse as SubscriptionAppStoreReviewScreenshotResponse,
)
from ascapi.models.subscription_app_store_review_screenshot_update_request import (
    SubscriptionAppStoreReviewScreenshotUpdateRequest as SubscriptionAppStoreReviewScreenshotUpdateRequest,
)
from ascapi.models.subscription_app_store_review_screenshot_update_request import (
    SubscriptionAppStoreReviewScreenshotUpdateRequestData as SubscriptionAppStoreReviewScreenshotUpdateRequestData,
)
from ascapi.models.subscription_app_store_review_screenshot_update_request import (
    SubscriptionAppStoreReviewScreenshotUpdateRequestDataAttributes as SubscriptionAppStoreReviewScreenshotUpdateRequestDataAttributes,
)
from ascapi.models.subscription_availability import (
    SubscriptionAvailability as SubscriptionAvailability,
)
from ascapi.models.subscription_availability import (
    SubscriptionAvailabilityAttributes as SubscriptionAvailabilityAttributes,
)
from ascapi.models.subscription_availability import (
    SubscriptionAvailabilityRelationships as SubscriptionAvailabilityRelationships,
)
from ascapi.models.subscription_availability import (
    SubscriptionAvailabilityRelationshipsAvailableTerritories as SubscriptionAvailabilityRelationshipsAvailableTerritories,
)
from ascapi.models.subscription_availability import (
    SubscriptionAvailabilityRelationshipsAvailableTerritoriesData as SubscriptionAvailabilityRelationshipsAvailableTerritoriesData,
)
from ascapi.models.subscription_availability_available_territories_linkages_response import (
    SubscriptionAvailabilityAvailableTerritoriesLinkagesResponse as SubscriptionAvailabilityAvailableTerritoriesLinkagesResponse,
)
from ascapi.models.subscription_availability_available_territories_linkages_response import (
    SubscriptionAvailabilityAvailableTerritoriesLinkagesResponseData as SubscriptionAvailabilityAvailableTerritoriesLinkagesResponseData,
)
from ascapi.models.subscription_availability_create_request import (
    SubscriptionAvailabilityCreateRequest as SubscriptionAvailabilityCreateRequest,
)
from ascapi.models.subscription_availability_create_request import (
    SubscriptionAvailabilityCreateRequestData as SubscriptionAvailabilityCreateRequestData,
)
from ascapi.models.subscription_availability_create_request import (
    SubscriptionAvailabilityCreateRequestDataAttributes as SubscriptionAvailabilityCreateRequestDataAttributes,
)
from ascapi.models.subscription_availability_create_request import (
    SubscriptionAvailabilityCreateRequestDataRelationships as SubscriptionAvailabilityCreateRequestDataRelationships,
)
from ascapi.models.subscription_availability_create_request import (
    SubscriptionAvailabilityCreateRequestDataRelationshipsAvailableTerritories as SubscriptionAvailabilityCreateRequestDataRelationshipsAvailableTerritories,
)
from ascapi.models.subscription_availability_create_request import (
    SubscriptionAvailabilityCreateRequestDataRelationshipsAvailableTerritoriesData as SubscriptionAvailabilityCreateRequestDataRelationshipsAvailableTerritoriesData,
)
from ascapi.models.subscription_availability_create_request import (
    SubscriptionAvailabilityCreateRequestDataRelationshipsSubscription as SubscriptionAvailabilityCreateRequestDataRelationshipsSubscription,
)
from ascapi.models.subscription_availability_create_request import (
    SubscriptionAvailabilityCreateRequestDataRelationshipsSubscriptionData as SubscriptionAvailabilityCreateRequestDataRelationshipsSubscriptionData,
)
from ascapi.models.subscription_availability_response import (
    SubscriptionAvailabilityResponse as SubscriptionAvailabilityResponse,
)
from ascapi.models.subscription_create_request import (
    SubscriptionCreateRequest as SubscriptionCreateRequest,
)
from ascapi.models.subscription_create_request import (
    SubscriptionCreateRequestData as SubscriptionCreateRequestData,
)
from ascapi.models.subscription_create_request import (
    SubscriptionCreateRequestDataAttributes as SubscriptionCreateRequestDataAttributes,
)
from ascapi.models.subscription_create_request import (
    SubscriptionCreateRequestDataRelationships as SubscriptionCreateRequestDataRelationships,
)
from ascapi.models.subscription_create_request import (
    SubscriptionCreateRequestDataRelationshipsGroup as SubscriptionCreateRequestDataRelationshipsGroup,
)
from ascapi.models.subscription_create_request import (
    SubscriptionCreateRequestDataRelationshipsGroupData as SubscriptionCreateRequestDataRelationshipsGroupData,
)
from ascapi.models.subscription_customer_eligibility import (
    SubscriptionCustomerEligibility as SubscriptionCustomerEligibility,
)
from ascapi.models.subscription_grace_period import (
    SubscriptionGracePeriod as SubscriptionGracePeriod,
)
from ascapi.models.subscription_grace_period import (
    SubscriptionGracePeriodAttributes as SubscriptionGracePeriodAttributes,
)
from ascapi.models.subscription_grace_period_duration import (
    SubscriptionGracePeriodDuration as SubscriptionGracePeriodDuration,
)
from ascapi.models.subscription_grace_period_response import (
    SubscriptionGracePeriodResponse as SubscriptionGracePeriodResponse,
)
from ascapi.models.subscription_grace_period_update_request import (
    SubscriptionGracePeriodUpdateRequest as SubscriptionGracePeriodUpdateRequest,
)
from ascapi.models.subscription_grace_period_update_request import (
    SubscriptionGracePeriodUpdateRequestData as SubscriptionGracePeriodUpdateRequestData,
)
from ascapi.models.subscription_grace_period_update_request import (
    SubscriptionGracePeriodUpdateRequestDataAttributes as SubscriptionGracePeriodUpdateRequestDataAttributes,
)
from ascapi.models.subscription_group import SubscriptionGroup as SubscriptionGroup
from ascapi.models.subscription_group import (
    SubscriptionGroupAttributes as SubscriptionGroupAttributes,
)
from ascapi.models.subscription_group import (
    SubscriptionGroupRelationships as SubscriptionGroupRelationships,
)
from ascapi.models.subscription_group import (
    SubscriptionGroupRelationshipsSubscriptionGroupLocalizations as SubscriptionGroupRelationshipsSubscriptionGroupLocalizations,
)
from ascapi.models.subscription_group import (
    SubscriptionGroupRelationshipsSubscriptionGroupLocalizationsData as SubscriptionGroupRelationshipsSubscriptionGroupLocalizationsData,
)
from ascapi.models.subscription_group import (
    SubscriptionGroupRelationshipsSubscriptions as SubscriptionGroupRelationshipsSubscriptions,
)
from ascapi.models.subscription_group import (
    SubscriptionGroupRelationshipsSubscriptionsData as SubscriptionGroupRelationshipsSubscriptionsData,
)
from ascapi.models.subscription_group import (
    SubscriptionGroupRelationshipsVersions as SubscriptionGroupRelationshipsVersions,
)
from ascapi.models.subscription_group import (
    SubscriptionGroupRelationshipsVersionsData as SubscriptionGroupRelationshipsVersionsData,
)
from ascapi.models.subscription_group_create_request import (
    SubscriptionGroupCreateRequest as SubscriptionGroupCreateRequest,
)
from ascapi.models.subscription_group_create_request import (
    SubscriptionGroupCreateRequestData as SubscriptionGroupCreateRequestData,
)
from ascapi.models.subscription_group_create_request import (
    SubscriptionGroupCreateRequestDataAttributes as SubscriptionGroupCreateRequestDataAttributes,
)
from ascapi.models.subscription_group_create_request import (
    SubscriptionGroupCreateRequestDataRelationships as SubscriptionGroupCreateRequestDataRelationships,
)
from ascapi.models.subscription_group_create_request import (
    SubscriptionGroupCreateRequestDataRelationshipsApp as SubscriptionGroupCreateRequestDataRelationshipsApp,
)
from ascapi.models.subscription_group_create_request import (
    SubscriptionGroupCreateRequestDataRelationshipsAppData as SubscriptionGroupCreateRequestDataRelationshipsAppData,
)
from ascapi.models.subscription_group_localization import (
    SubscriptionGroupLocalization as SubscriptionGroupLocalization,
)
from ascapi.models.subscription_group_localization import (
    SubscriptionGroupLocalizationAttributes as SubscriptionGroupLocalizationAttributes,
)
from ascapi.models.subscription_group_localization import (
    SubscriptionGroupLocalizationRelationships as SubscriptionGroupLocalizationRelationships,
)
from ascapi.models.subscription_group_localization import (
    SubscriptionGroupLocalizationRelationshipsSubscriptionGroup as SubscriptionGroupLocalizationRelationshipsSubscriptionGroup,
)
from ascapi.models.subscription_group_localization import (
    SubscriptionGroupLocalizationRelationshipsSubscriptionGroupData as SubscriptionGroupLocalizationRelationshipsSubscriptionGroupData,
)
from ascapi.models.subscription_group_localization_create_request import (
    SubscriptionGroupLocalizationCreateRequest as SubscriptionGroupLocalizationCreateRequest,
)
from ascapi.models.subscription_group_localization_create_request import (
    SubscriptionGroupLocalizationCreateRequestData as SubscriptionGroupLocalizationCreateRequestData,
)
from ascapi.models.subscription_group_localization_create_request import (
    SubscriptionGroupLocalizationCreateRequestDataAttributes as SubscriptionGroupLocalizationCreateRequestDataAttributes,
)
from ascapi.models.subscription_group_localization_create_request import (
    SubscriptionGroupLocalizationCreateRequestDataRelationships as SubscriptionGroupLocalizationCreateRequestDataRelationships,
)
from ascapi.models.subscription_group_localization_create_request import (
    SubscriptionGroupLocalizationCreateRequestDataRelationshipsSubscriptionGroup as SubscriptionGroupLocalizationCreateRequestDataRelationshipsSubscriptionGroup,
)
from ascapi.models.subscription_group_localization_create_request import (
    SubscriptionGroupLocalizationCreateRequestDataRelationshipsSubscriptionGroupData as SubscriptionGroupLocalizationCreateRequestDataRelationshipsSubscriptionGroupData,
)
from ascapi.models.subscription_group_localization_response import (
    SubscriptionGroupLocalizationResponse as SubscriptionGroupLocalizationResponse,
)
from ascapi.models.subscription_group_localization_update_request import (
    SubscriptionGroupLocalizationUpdateRequest as SubscriptionGroupLocalizationUpdateRequest,
)
from ascapi.models.subscription_group_localization_update_request import (
    SubscriptionGroupLocalizationUpdateRequestData as SubscriptionGroupLocalizationUpdateRequestData,
)
from ascapi.models.subscription_group_localization_update_request import (
    SubscriptionGroupLocalizationUpdateRequestDataAttributes as SubscriptionGroupLocalizationUpdateRequestDataAttributes,
)
from ascapi.models.subscription_group_localization_v2 import (
    SubscriptionGroupLocalizationV2 as SubscriptionGroupLocalizationV2,
)
from ascapi.models.subscription_group_localization_v2 import (
    SubscriptionGroupLocalizationV2Attributes as SubscriptionGroupLocalizationV2Attributes,
)
from ascapi.models.subscription_group_localization_v2 import (
    SubscriptionGroupLocalizationV2Relationships as SubscriptionGroupLocalizationV2Relationships,
)
from ascapi.models.subscription_group_localization_v2 import (
    SubscriptionGroupLocalizationV2RelationshipsVersion as SubscriptionGroupLocalizationV2RelationshipsVersion,
)
from ascapi.models.subscription_group_localization_v2 import (
    SubscriptionGroupLocalizationV2RelationshipsVersionData as SubscriptionGroupLocalizationV2RelationshipsVersionData,
)
from ascapi.models.subscription_group_localization_v2_create_request import (
    SubscriptionGroupLocalizationV2CreateRequest as SubscriptionGroupLocalizationV2CreateRequest,
)
from ascapi.models.subscription_group_localization_v2_create_request import (
    SubscriptionGroupLocalizationV2CreateRequestData as SubscriptionGroupLocalizationV2CreateRequestData,
)
from ascapi.models.subscription_group_localization_v2_create_request import (
    SubscriptionGroupLocalizationV2CreateRequestDataAttributes as SubscriptionGroupLocalizationV2CreateRequestDataAttributes,
)
from ascapi.models.subscription_group_localization_v2_create_request import (
    SubscriptionGroupLocalizationV2CreateRequestDataRelationships as SubscriptionGroupLocalizationV2CreateRequestDataRelationships,
)
from ascapi.models.subscription_group_localization_v2_create_request import (
    SubscriptionGroupLocalizationV2CreateRequestDataRelationshipsVersion as SubscriptionGroupLocalizationV2CreateRequestDataRelationshipsVersion,
)
from ascapi.models.subscription_group_localization_v2_create_request import (
    SubscriptionGroupLocalizationV2CreateRequestDataRelationshipsVersionData as SubscriptionGroupLocalizationV2CreateRequestDataRelationshipsVersionData,
)
from ascapi.models.subscription_group_localization_v2_response import (
    SubscriptionGroupLocalizationV2Response as SubscriptionGroupLocalizationV2Response,
)
from ascapi.models.subscription_group_localization_v2_update_request import (
    SubscriptionGroupLocalizationV2UpdateRequest as SubscriptionGroupLocalizationV2UpdateRequest,
)
from ascapi.models.subscription_group_localization_v2_update_request import (
    SubscriptionGroupLocalizationV2UpdateRequestData as SubscriptionGroupLocalizationV2UpdateRequestData,
)
from ascapi.models.subscription_group_localization_v2_update_request import (
    SubscriptionGroupLocalizationV2UpdateRequestDataAttributes as SubscriptionGroupLocalizationV2UpdateRequestDataAttributes,
)
from ascapi.models.subscription_group_localizations_response import (
    SubscriptionGroupLocalizationsResponse as SubscriptionGroupLocalizationsResponse,
)
from ascapi.models.subscription_group_localizations_v2_response import (
    SubscriptionGroupLocalizationsV2Response as SubscriptionGroupLocalizationsV2Response,
)
from ascapi.models.subscription_group_response import (
    SubscriptionGroupResponse as SubscriptionGroupResponse,
)
from ascapi.models.subscription_group_submission import (
    SubscriptionGroupSubmission as SubscriptionGroupSubmission,
)
from ascapi.models.subscription_group_submission_create_request import (
    SubscriptionGroupSubmissionCreateRequest as SubscriptionGroupSubmissionCreateRequest,
)
from ascapi.models.subscription_group_submission_create_request import (
    SubscriptionGroupSubmissionCreateRequestData as SubscriptionGroupSubmissionCreateRequestData,
)
from ascapi.models.subscription_group_submission_create_request import (
    SubscriptionGroupSubmissionCreateRequestDataRelationships as SubscriptionGroupSubmissionCreateRequestDataRelationships,
)
from ascapi.models.subscription_group_submission_create_request import (
    SubscriptionGroupSubmissionCreateRequestDataRelationshipsSubscriptionGroup as SubscriptionGroupSubmissionCreateRequestDataRelationshipsSubscriptionGroup,
)
from ascapi.models.subscription_group_submission_create_request import (
    SubscriptionGroupSubmissionCreateRequestDataRelationshipsSubscriptionGroupData as SubscriptionGroupSubmissionCreateRequestDataRelationshipsSubscriptionGroupData,
)
from ascapi.models.subscription_group_submission_response import (
    SubscriptionGroupSubmissionResponse as SubscriptionGroupSubmissionResponse,
)
from ascapi.models.subscription_group_subscription_group_localizations_linkages_response import (
    SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponse as SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponse,
)
from ascapi.models.subscription_group_subscription_group_localizations_linkages_response import (
    SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponseData as SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponseData,
)
from ascapi.models.subscription_group_subscriptions_linkages_response import (
    SubscriptionGroupSubscriptionsLinkagesResponse as SubscriptionGroupSubscriptionsLinkagesResponse,
)
from ascapi.models.subscription_group_subscriptions_linkages_response import (
    SubscriptionGroupSubscriptionsLinkagesResponseData as SubscriptionGroupSubscriptionsLinkagesResponseData,
)
from ascapi.models.subscription_group_update_request import (
    SubscriptionGroupUpdateRequest as SubscriptionGroupUpdateRequest,
)
from ascapi.models.subscription_group_update_request import (
    SubscriptionGroupUpdateRequestData as SubscriptionGroupUpdateRequestData,
)
from ascapi.models.subscription_group_update_request import (
    SubscriptionGroupUpdateRequestDataAttributes as SubscriptionGroupUpdateRequestDataAttributes,
)
from ascapi.models.subscription_group_version import (
    SubscriptionGroupVersion as SubscriptionGroupVersion,
)
from ascapi.models.subscription_group_version import (
    SubscriptionGroupVersionAttributes as SubscriptionGroupVersionAttributes,
)
from ascapi.models.subscription_group_version import (
    SubscriptionGroupVersionRelationships as SubscriptionGroupVersionRelationships,
)
from ascapi.models.subscription_group_version import (
    SubscriptionGroupVersionRelationshipsLocalizations as SubscriptionGroupVersionRelationshipsLocalizations,
)
from ascapi.models.subscription_group_version import (
    SubscriptionGroupVersionRelationshipsLocalizationsData as SubscriptionGroupVersionRelationshipsLocalizationsData,
)
from ascapi.models.subscription_group_version import (
    SubscriptionGroupVersionRelationshipsSubscriptionGroup as SubscriptionGroupVersionRelationshipsSubscriptionGroup,
)
from ascapi.models.subscription_group_version import (
    SubscriptionGroupVersionRelationshipsSubscriptionGroupData as SubscriptionGroupVersionRelationshipsSubscriptionGroupData,
)
from ascapi.models.subscription_group_version_create_request import (
    SubscriptionGroupVersionCreateRequest as SubscriptionGroupVersionCreateRequest,
)
from ascapi.models.subscription_group_version_create_request import (
    SubscriptionGroupVersionCreateRequestData as SubscriptionGroupVersionCreateRequestData,
)
from ascapi.models.subscription_group_version_create_request import (
    SubscriptionGroupVersionCreateRequestDataRelationships as SubscriptionGroupVersionCreateRequestDataRelationships,
)
from ascapi.models.subscription_group_version_create_request import (
    SubscriptionGroupVersionCreateRequestDataRelationshipsSubscriptionGroup as SubscriptionGroupVersionCreateRequestDataRelationshipsSubscriptionGroup,
)
from ascapi.models.subscription_group_version_create_request import (
    SubscriptionGroupVersionCreateRequestDataRelationshipsSubscriptionGroupData as SubscriptionGroupVersionCreateRequestDataRelationshipsSubscriptionGroupData,
)
from ascapi.models.subscription_group_version_localizations_linkages_response import (
    SubscriptionGroupVersionLocalizationsLinkagesResponse as SubscriptionGroupVersionLocalizationsLinkagesResponse,
)
from ascapi.models.subscription_group_version_localizations_linkages_response import (
    SubscriptionGroupVersionLocalizationsLinkagesResponseData as SubscriptionGroupVersionLocalizationsLinkagesResponseData,
)
from ascapi.models.subscription_group_version_response import (
    SubscriptionGroupVersionResponse as SubscriptionGroupVersionResponse,
)
from ascapi.models.subscription_group_versions_linkages_response import (
    SubscriptionGroupVersionsLinkagesResponse as SubscriptionGroupVersionsLinkagesResponse,
)
from ascapi.models.subscription_group_versions_linkages_response import (
    SubscriptionGroupVersionsLinkagesResponseData as SubscriptionGroupVersionsLinkagesResponseData,
)
from ascapi.models.subscription_group_versions_response import (
    SubscriptionGroupVersionsResponse as SubscriptionGroupVersionsResponse,
)
from ascapi.models.subscription_groups_response import (
    SubscriptionGroupsResponse as SubscriptionGroupsResponse,
)
from ascapi.models.subscription_image import SubscriptionImage as SubscriptionImage
from ascapi.models.subscription_image import (
    SubscriptionImageAttributes as SubscriptionImageAttributes,
)
from ascapi.models.subscription_image import (
    SubscriptionImageRelationships as SubscriptionImageRelationships,
)
from ascapi.models.subscription_image import (
    SubscriptionImageRelationshipsSubscription as SubscriptionImageRelationshipsSubscription,
)
from ascapi.models.subscription_image import (
    SubscriptionImageRelationshipsSubscriptionData as SubscriptionImageRelationshipsSubscriptionData,
)
from ascapi.models.subscription_image_create_request import (
    SubscriptionImageCreateRequest as SubscriptionImageCreateRequest,
)
from ascapi.models.subscription_image_create_request import (
    SubscriptionImageCreateRequestData as SubscriptionImageCreateRequestData,
)
from ascapi.models.subscription_image_create_request import (
    SubscriptionImageCreateRequestDataAttributes as SubscriptionImageCreateRequestDataAttributes,
)
from ascapi.models.subscription_image_create_request import (
    SubscriptionImageCreateRequestDataRelationships as SubscriptionImageCreateRequestDataRelationships,
)
from ascapi.models.subscription_image_create_request import (
    SubscriptionImageCreateRequestDataRelationshipsSubscription as SubscriptionImageCreateRequestDataRelationshipsSubscription,
)
from ascapi.models.subscription_image_create_request import (
    SubscriptionImageCreateRequestDataRelationshipsSubscriptionData as SubscriptionImageCreateRequestDataRelationshipsSubscriptionData,
)
from ascapi.models.subscription_image_response import (
    SubscriptionImageResponse as SubscriptionImageResponse,
)
from ascapi.models.subscription_image_update_request import (
    SubscriptionImageUpdateRequest as SubscriptionImageUpdateRequest,
)
from ascapi.models.subscription_image_update_request import (
    SubscriptionImageUpdateRequestData as SubscriptionImageUpdateRequestData,
)
from ascapi.models.subscription_image_update_request import (
    SubscriptionImageUpdateRequestDataAttributes as SubscriptionImageUpdateRequestDataAttributes,
)
from ascapi.models.subscription_image_v2 import SubscriptionImageV2 as SubscriptionImageV2
from ascapi.models.subscription_image_v2 import (
    SubscriptionImageV2Attributes as SubscriptionImageV2Attributes,
)
from ascapi.models.subscription_image_v2_create_request import (
    SubscriptionImageV2CreateRequest as SubscriptionImageV2CreateRequest,
)
from ascapi.models.subscription_image_v2_create_request import (
    SubscriptionImageV2CreateRequestData as SubscriptionImageV2CreateRequestData,
)
from ascapi.models.subscription_image_v2_create_request import (
    SubscriptionImageV2CreateRequestDataAttributes as SubscriptionImageV2CreateRequestDataAttributes,
)
from ascapi.models.subscription_image_v2_create_request import (
    SubscriptionImageV2CreateRequestDataRelationships as SubscriptionImageV2CreateRequestDataRelationships,
)
from ascapi.models.subscription_image_v2_create_request import (
    SubscriptionImageV2CreateRequestDataRelationshipsVersion as SubscriptionImageV2CreateRequestDataRelationshipsVersion,
)
from ascapi.models.subscription_image_v2_create_request import (
    SubscriptionImageV2CreateRequestDataRelationshipsVersionData as SubscriptionImageV2CreateRequestDataRelationshipsVersionData,
)
from ascapi.models.subscription_image_v2_response import (
    SubscriptionImageV2Response as SubscriptionImageV2Response,
)
from ascapi.models.subscription_image_v2_update_request import (
    SubscriptionImageV2UpdateRequest as SubscriptionImageV2UpdateRequest,
)
from ascapi.models.subscription_image_v2_update_request import (
    SubscriptionImageV2UpdateRequestData as SubscriptionImageV2UpdateRequestData,
)
from ascapi.models.subscription_image_v2_update_request import (
    SubscriptionImageV2UpdateRequestDataAttributes as SubscriptionImageV2UpdateRequestDataAttributes,
)
from ascapi.models.subscription_images_linkages_response import (
    SubscriptionImagesLinkagesResponse as SubscriptionImagesLinkagesResponse,
)
from ascapi.models.subscription_images_linkages_response import (
    SubscriptionImagesLinkagesResponseData as SubscriptionImagesLinkagesResponseData,
)
from ascapi.models.subscription_images_response import (
    SubscriptionImagesResponse as SubscriptionImagesResponse,
)
from ascapi.models.subscription_images_v2_response import (
    SubscriptionImagesV2Response as SubscriptionImagesV2Response,
)
from ascapi.models.subscription_introductory_offer import (
    SubscriptionIntroductoryOffer as SubscriptionIntroductoryOffer,
)
from ascapi.models.subscription_introductory_offer import (
    SubscriptionIntroductoryOfferAttributes as SubscriptionIntroductoryOfferAttributes,
)
from ascapi.models.subscription_introductory_offer import (
    SubscriptionIntroductoryOfferRelationships as SubscriptionIntroductoryOfferRelationships,
)
from ascapi.models.subscription_introductory_offer import (
    SubscriptionIntroductoryOfferRelationshipsSubscription as SubscriptionIntroductoryOfferRelationshipsSubscription,
)
from ascapi.models.subscription_introductory_offer import (
    SubscriptionIntroductoryOfferRelationshipsSubscriptionData as SubscriptionIntroductoryOfferRelationshipsSubscriptionData,
)
from ascapi.models.subscription_introductory_offer import (
    SubscriptionIntroductoryOfferRelationshipsSubscriptionPricePoint as SubscriptionIntroductoryOfferRelationshipsSubscriptionPricePoint,
)
from ascapi.models.subscription_introductory_offer import (
    SubscriptionIntroductoryOfferRelationshipsSubscriptionPricePointData as SubscriptionIntroductoryOfferRelationshipsSubscriptionPricePointData,
)
from ascapi.models.subscription_introductory_offer import (
    SubscriptionIntroductoryOfferRelationshipsTerritory as SubscriptionIntroductoryOfferRelationshipsTerritory,
)
from ascapi.models.subscription_introductory_offer import (
    SubscriptionIntroductoryOfferRelationshipsTerritoryData as SubscriptionIntroductoryOfferRelationshipsTerritoryData,
)
from ascapi.models.subscription_introductory_offer_create_request import (
    SubscriptionIntroductoryOfferCreateRequest as SubscriptionIntroductoryOfferCreateRequest,
)
from ascapi.models.subscription_introductory_offer_create_request import (
    SubscriptionIntroductoryOfferCreateRequestData as SubscriptionIntroductoryOfferCreateRequestData,
)
from ascapi.models.subscription_introductory_offer_create_request import (
    SubscriptionIntroductoryOfferCreateRequestDataAttributes as SubscriptionIntroductoryOfferCreateRequestDataAttributes,
)
from ascapi.models.subscription_introductory_offer_create_request import (
    SubscriptionIntroductoryOfferCreateRequestDataRelationships as SubscriptionIntroductoryOfferCreateRequestDataRelationships,
)
from ascapi.models.subscription_introductory_offer_create_request import (
    SubscriptionIntroductoryOfferCreateRequestDataRelationshipsSubscription as SubscriptionIntroductoryOfferCreateRequestDataRelationshipsSubscription,
)
from ascapi.models.subscription_introductory_offer_create_request import (
    SubscriptionIntroductoryOfferCreateRequestDataRelationshipsSubscriptionData as SubscriptionIntroductoryOfferCreateRequestDataRelationshipsSubscriptionData,
)
from ascapi.models.subscription_introductory_offer_create_request import (
    SubscriptionIntroductoryOfferCreateRequestDataRelationshipsSubscriptionPricePoint as SubscriptionIntroductoryOfferCreateRequestDataRelationshipsSubscriptionPricePoint,
)
from ascapi.models.subscription_introductory_offer_create_request import (
    SubscriptionIntroductoryOfferCreateRequestDataRelationshipsSubscriptionPricePointData as SubscriptionIntroductoryOfferCreateRequestDataRelationshipsSubscriptionPricePointData,
)
from ascapi.models.subscription_introductory_offer_create_request import (
    SubscriptionIntroductoryOfferCreateRequestDataRelationshipsTerritory as SubscriptionIntroductoryOfferCreateRequestDataRelationshipsTerritory,
)
from ascapi.models.subscription_introductory_offer_create_request import (
    SubscriptionIntroductoryOfferCreateRequestDataRelationshipsTerritoryData as SubscriptionIntroductoryOfferCreateRequestDataRelationshipsTerritoryData,
)
from ascapi.models.subscription_introductory_offer_inline_create import (
    SubscriptionIntroductoryOfferInlineCreate as SubscriptionIntroductoryOfferInlineCreate,
)
from ascapi.models.subscription_introductory_offer_inline_create import (
    SubscriptionIntroductoryOfferInlineCreateAttributes as SubscriptionIntroductoryOfferInlineCreateAttributes,
)
from ascapi.models.subscription_introductory_offer_inline_create import (
    SubscriptionIntroductoryOfferInlineCreateRelationships as SubscriptionIntroductoryOfferInlineCreateRelationships,
)
from ascapi.models.subscription_introductory_offer_inline_create import (
    SubscriptionIntroductoryOfferInlineCreateRelationshipsSubscription as SubscriptionIntroductoryOfferInlineCreateRelationshipsSubscription,
)
from ascapi.models.subscription_introductory_offer_inline_create import (
    SubscriptionIntroductoryOfferInlineCreateRelationshipsSubscriptionData as SubscriptionIntroductoryOfferInlineCreateRelationshipsSubscriptionData,
)
from ascapi.models.subscription_introductory_offer_inline_create import (
    SubscriptionIntroductoryOfferInlineCreateRelationshipsSubscriptionPricePoint as SubscriptionIntroductoryOfferInlineCreateRelationshipsSubscriptionPricePoint,
)
from ascapi.models.subscription_introductory_offer_inline_create import (
    SubscriptionIntroductoryOfferInlineCreateRelationshipsSubscriptionPricePointData as SubscriptionIntroductoryOfferInlineCreateRelationshipsSubscriptionPricePointData,
)
from ascapi.models.subscription_introductory_offer_inline_create import (
    SubscriptionIntroductoryOfferInlineCreateRelationshipsTerritory as SubscriptionIntroductoryOfferInlineCreateRelationshipsTerritory,
)
from ascapi.models.subscription_introductory_offer_inline_create import (
    SubscriptionIntroductoryOfferInlineCreateRelationshipsTerritoryData as SubscriptionIntroductoryOfferInlineCreateRelationshipsTerritoryData,
)
from ascapi.models.subscription_introductory_offer_response import (
    SubscriptionIntroductoryOfferResponse as SubscriptionIntroductoryOfferResponse,
)
from ascapi.models.subscription_introductory_offer_update_request import (
    SubscriptionIntroductoryOfferUpdateRequest as SubscriptionIntroductoryOfferUpdateRequest,
)
from ascapi.models.subscription_introductory_offer_update_request import (
    SubscriptionIntroductoryOfferUpdateRequestData as SubscriptionIntroductoryOfferUpdateRequestData,
)
from ascapi.models.subscription_introductory_offer_update_request import (
    SubscriptionIntroductoryOfferUpdateRequestDataAttributes as SubscriptionIntroductoryOfferUpdateRequestDataAttributes,
)
from ascapi.models.subscription_introductory_offers_linkages_request import (
    SubscriptionIntroductoryOffersLinkagesRequest as SubscriptionIntroductoryOffersLinkagesRequest,
)
from ascapi.models.subscription_introductory_offers_linkages_request import (
    SubscriptionIntroductoryOffersLinkagesRequestData as SubscriptionIntroductoryOffersLinkagesRequestData,
)
from ascapi.models.subscription_introductory_offers_linkages_response import (
    SubscriptionIntroductoryOffersLinkagesResponse as SubscriptionIntroductoryOffersLinkagesResponse,
)
from ascapi.models.subscription_introductory_offers_linkages_response import (
    SubscriptionIntroductoryOffersLinkagesResponseData as SubscriptionIntroductoryOffersLinkagesResponseData,
)
from ascapi.models.subscription_introductory_offers_response import (
    SubscriptionIntroductoryOffersResponse as SubscriptionIntroductoryOffersResponse,
)
from ascapi.models.subscription_localization import (
    SubscriptionLocalization as SubscriptionLocalization,
)
from ascapi.models.subscription_localization import (
    SubscriptionLocalizationAttributes as SubscriptionLocalizationAttributes,
)
from ascapi.models.subscription_localization import (
    SubscriptionLocalizationRelationships as SubscriptionLocalizationRelationships,
)
from ascapi.models.subscription_localization import (
    SubscriptionLocalizationRelationshipsSubscription as SubscriptionLocalizationRelationshipsSubscription,
)
from ascapi.models.subscription_localization import (
    SubscriptionLocalizationRelationshipsSubscriptionData as SubscriptionLocalizationRelationshipsSubscriptionData,
)
from ascapi.models.subscription_localization_create_request import (
    SubscriptionLocalizationCreateRequest as SubscriptionLocalizationCreateRequest,
)
from ascapi.models.subscription_localization_create_request import (
    SubscriptionLocalizationCreateRequestData as SubscriptionLocalizationCreateRequestData,
)
from ascapi.models.subscription_localization_create_request import (
    SubscriptionLocalizationCreateRequestDataAttributes as SubscriptionLocalizationCreateRequestDataAttributes,
)
from ascapi.models.subscription_localization_create_request import (
    SubscriptionLocalizationCreateRequestDataRelationships as SubscriptionLocalizationCreateRequestDataRelationships,
)
from ascapi.models.subscription_localization_create_request import (
    SubscriptionLocalizationCreateRequestDataRelationshipsSubscription as SubscriptionLocalizationCreateRequestDataRelationshipsSubscription,
)
from ascapi.models.subscription_localization_create_request import (
    SubscriptionLocalizationCreateRequestDataRelationshipsSubscriptionData as SubscriptionLocalizationCreateRequestDataRelationshipsSubscriptionData,
)
from ascapi.models.subscription_localization_response import (
    SubscriptionLocalizationResponse as SubscriptionLocalizationResponse,
)
from ascapi.models.subscription_localization_update_request import (
    SubscriptionLocalizationUpdateRequest as SubscriptionLocalizationUpdateRequest,
)
from ascapi.models.subscription_localization_update_request import (
    SubscriptionLocalizationUpdateRequestData as SubscriptionLocalizationUpdateRequestData,
)
from ascapi.models.subscription_localization_update_request import (
    SubscriptionLocalizationUpdateRequestDataAttributes as SubscriptionLocalizationUpdateRequestDataAttributes,
)
from ascapi.models.subscription_localization_v2 import (
    SubscriptionLocalizationV2 as SubscriptionLocalizationV2,
)
from ascapi.models.subscription_localization_v2 import (
    SubscriptionLocalizationV2Attributes as SubscriptionLocalizationV2Attributes,
)
from ascapi.models.subscription_localization_v2 import (
    SubscriptionLocalizationV2Relationships as SubscriptionLocalizationV2Relationships,
)
from ascapi.models.subscription_localization_v2 import (
    SubscriptionLocalizationV2RelationshipsVersion as SubscriptionLocalizationV2RelationshipsVersion,
)
from ascapi.models.subscription_localization_v2 import (
    SubscriptionLocalizationV2RelationshipsVersionData as SubscriptionLocalizationV2RelationshipsVersionData,
)
from ascapi.models.subscription_localization_v2_create_request import (
    SubscriptionLocalizationV2CreateRequest as SubscriptionLocalizationV2CreateRequest,
)
from ascapi.models.subscription_localization_v2_create_request import (
    SubscriptionLocalizationV2CreateRequestData as SubscriptionLocalizationV2CreateRequestData,
)
from ascapi.models.subscription_localization_v2_create_request import (
    SubscriptionLocalizationV2CreateRequestDataAttributes as SubscriptionLocalizationV2CreateRequestDataAttributes,
)
from ascapi.models.subscription_localization_v2_create_request import (
    SubscriptionLocalizationV2CreateRequestDataRelationships as SubscriptionLocalizationV2CreateRequestDataRelationships,
)
from ascapi.models.subscription_localization_v2_create_request import (
    SubscriptionLocalizationV2CreateRequestDataRelationshipsVersion as SubscriptionLocalizationV2CreateRequestDataRelationshipsVersion,
)
from ascapi.models.subscription_localization_v2_create_request import (
    SubscriptionLocalizationV2CreateRequestDataRelationshipsVersionData as SubscriptionLocalizationV2CreateRequestDataRelationshipsVersionData,
)
from ascapi.models.subscription_localization_v2_response import (
    SubscriptionLocalizationV2Response as SubscriptionLocalizationV2Response,
)
from ascapi.models.subscription_localization_v2_update_request import (
    SubscriptionLocalizationV2UpdateRequest as SubscriptionLocalizationV2UpdateRequest,
)
from ascapi.models.subscription_localization_v2_update_request import (
    SubscriptionLocalizationV2UpdateRequestData as SubscriptionLocalizationV2UpdateRequestData,
)
from ascapi.models.subscription_localization_v2_update_request import (
    SubscriptionLocalizationV2UpdateRequestDataAttributes as SubscriptionLocalizationV2UpdateRequestDataAttributes,
)
from ascapi.models.subscription_localizations_response import (
    SubscriptionLocalizationsResponse as SubscriptionLocalizationsResponse,
)
from ascapi.models.subscription_localizations_v2_response import (
    SubscriptionLocalizationsV2Response as SubscriptionLocalizationsV2Response,
)
from ascapi.models.subscription_offer_code import SubscriptionOfferCode as SubscriptionOfferCode
from ascapi.models.subscription_offer_code import (
    SubscriptionOfferCodeAttributes as SubscriptionOfferCodeAttributes,
)
from ascapi.models.subscription_offer_code import (
    SubscriptionOfferCodeRelationships as SubscriptionOfferCodeRelationships,
)
from ascapi.models.subscription_offer_code import (
    SubscriptionOfferCodeRelationshipsCustomCodes as SubscriptionOfferCodeRelationshipsCustomCodes,
)
from ascapi.models.subscription_offer_code import (
    SubscriptionOfferCodeRelationshipsCustomCodesData as SubscriptionOfferCodeRelationshipsCustomCodesData,
)
from ascapi.models.subscription_offer_code import (
    SubscriptionOfferCodeRelationshipsOneTimeUseCodes as SubscriptionOfferCodeRelationshipsOneTimeUseCodes,
)
from ascapi.models.subscription_offer_code import (
    SubscriptionOfferCodeRelationshipsOneTimeUseCodesData as SubscriptionOfferCodeRelationshipsOneTimeUseCodesData,
)
from ascapi.models.subscription_offer_code import (
    SubscriptionOfferCodeRelationshipsPrices as SubscriptionOfferCodeRelationshipsPrices,
)
from ascapi.models.subscription_offer_code import (
    SubscriptionOfferCodeRelationshipsPricesData as SubscriptionOfferCodeRelationshipsPricesData,
)
from ascapi.models.subscription_offer_code import (
    SubscriptionOfferCodeRelationshipsSubscription as SubscriptionOfferCodeRelationshipsSubscription,
)
from ascapi.models.subscription_offer_code import (
    SubscriptionOfferCodeRelationshipsSubscriptionData as SubscriptionOfferCodeRelationshipsSubscriptionData,
)
from ascapi.models.subscription_offer_code_create_request import (
    SubscriptionOfferCodeCreateRequest as SubscriptionOfferCodeCreateRequest,
)
from ascapi.models.subscription_offer_code_create_request import (
    SubscriptionOfferCodeCreateRequestData as SubscriptionOfferCodeCreateRequestData,
)
from ascapi.models.subscription_offer_code_create_request import (
    SubscriptionOfferCodeCreateRequestDataAttributes as SubscriptionOfferCodeCreateRequestDataAttributes,
)
from ascapi.models.subscription_offer_code_create_request import (
    SubscriptionOfferCodeCreateRequestDataRelationships as SubscriptionOfferCodeCreateRequestDataRelationships,
)
from ascapi.models.subscription_offer_code_create_request import (
    SubscriptionOfferCodeCreateRequestDataRelationshipsPrices as SubscriptionOfferCodeCreateRequestDataRelationshipsPrices,
)
from ascapi.models.subscription_offer_code_create_request import (
    SubscriptionOfferCodeCreateRequestDataRelationshipsPricesData as SubscriptionOfferCodeCreateRequestDataRelationshipsPricesData,
)
from ascapi.models.subscription_offer_code_create_request import (
    SubscriptionOfferCodeCreateRequestDataRelationshipsSubscription as SubscriptionOfferCodeCreateRequestDataRelationshipsSubscription,
)
from ascapi.models.subscription_offer_code_create_request import (
    SubscriptionOfferCodeCreateRequestDataRelationshipsSubscriptionData as SubscriptionOfferCodeCreateRequestDataRelationshipsSubscriptionData,
)
from ascapi.models.subscription_offer_code_custom_code import (
    SubscriptionOfferCodeCustomCode as SubscriptionOfferCodeCustomCode,
)
from ascapi.models.subscription_offer_code_custom_code import (
    SubscriptionOfferCodeCustomCodeAttributes as SubscriptionOfferCodeCustomCodeAttributes,
)
from ascapi.models.subscription_offer_code_custom_code import (
    SubscriptionOfferCodeCustomCodeRelationships as SubscriptionOfferCodeCustomCodeRelationships,
)
from ascapi.models.subscription_offer_code_custom_code import (
    SubscriptionOfferCodeCustomCodeRelationshipsOfferCode as SubscriptionOfferCodeCustomCodeRelationshipsOfferCode,
)
from ascapi.models.subscription_offer_code_custom_code import (
    SubscriptionOfferCodeCustomCodeRelationshipsOfferCodeData as SubscriptionOfferCodeCustomCodeRelationshipsOfferCodeData,
)
from ascapi.models.subscription_offer_code_custom_code_create_request import (
    SubscriptionOfferCodeCustomCodeCreateRequest as SubscriptionOfferCodeCustomCodeCreateRequest,
)
from ascapi.models.subscription_offer_code_custom_code_create_request import (
    SubscriptionOfferCodeCustomCodeCreateRequestData as SubscriptionOfferCodeCustomCodeCreateRequestData,
)
from ascapi.models.subscription_offer_code_custom_code_create_request import (
    SubscriptionOfferCodeCustomCodeCreateRequestDataAttributes as SubscriptionOfferCodeCustomCodeCreateRequestDataAttributes,
)
from ascapi.models.subscription_offer_code_custom_code_create_request import (
    SubscriptionOfferCodeCustomCodeCreateRequestDataRelationships as SubscriptionOfferCodeCustomCodeCreateRequestDataRelationships,
)
from ascapi.models.subscription_offer_code_custom_code_create_request import (
    SubscriptionOfferCodeCustomCodeCreateRequestDataRelationshipsOfferCode as SubscriptionOfferCodeCustomCodeCreateRequestDataRelationshipsOfferCode,
)
from ascapi.models.subscription_offer_code_custom_code_create_request import (
    SubscriptionOfferCodeCustomCodeCreateRequestDataRelationshipsOfferCodeData as SubscriptionOfferCodeCustomCodeCreateRequestDataRelationshipsOfferCodeData,
)
from ascapi.models.subscription_offer_code_custom_code_response import (
    SubscriptionOfferCodeCustomCodeResponse as SubscriptionOfferCodeCustomCodeResponse,
)
from ascapi.models.subscription_offer_code_custom_code_update_request import (
    SubscriptionOfferCodeCustomCodeUpdateRequest as SubscriptionOfferCodeCustomCodeUpdateRequest,
)
from ascapi.models.subscription_offer_code_custom_code_update_request import (
    SubscriptionOfferCodeCustomCodeUpdateRequestData as SubscriptionOfferCodeCustomCodeUpdateRequestData,
)
from ascapi.models.subscription_offer_code_custom_code_update_request import (
    SubscriptionOfferCodeCustomCodeUpdateRequestDataAttributes as SubscriptionOfferCodeCustomCodeUpdateRequestDataAttributes,
)
from ascapi.models.subscription_offer_code_custom_codes_linkages_response import (
    SubscriptionOfferCodeCustomCodesLinkagesResponse as SubscriptionOfferCodeCustomCodesLinkagesResponse,
)
from ascapi.models.subscription_offer_code_custom_codes_linkages_response import (
    SubscriptionOfferCodeCustomCodesLinkagesResponseData as SubscriptionOfferCodeCustomCodesLinkagesResponseData,
)
from ascapi.models.subscription_offer_code_custom_codes_response import (
    SubscriptionOfferCodeCustomCodesResponse as SubscriptionOfferCodeCustomCodesResponse,
)
from ascapi.models.subscription_offer_code_one_time_use_code import (
    SubscriptionOfferCodeOneTimeUseCode as SubscriptionOfferCodeOneTimeUseCode,
)
from ascapi.models.subscription_offer_code_one_time_use_code import (
    SubscriptionOfferCodeOneTimeUseCodeAttributes as SubscriptionOfferCodeOneTimeUseCodeAttributes,
)
from ascapi.models.subscription_offer_code_one_time_use_code import (
    SubscriptionOfferCodeOneTimeUseCodeRelationships as SubscriptionOfferCodeOneTimeUseCodeRelationships,
)
from ascapi.models.subscription_offer_code_one_time_use_code import (
    SubscriptionOfferCodeOneTimeUseCodeRelationshipsOfferCode as SubscriptionOfferCodeOneTimeUseCodeRelationshipsOfferCode,
)
from ascapi.models.subscription_offer_code_one_time_use_code import (
    SubscriptionOfferCodeOneTimeUseCodeRelationshipsOfferCodeData as SubscriptionOfferCodeOneTimeUseCodeRelationshipsOfferCodeData,
)
from ascapi.models.subscription_offer_code_one_time_use_code import (
    SubscriptionOfferCodeOneTimeUseCodeRelationshipsValues as SubscriptionOfferCodeOneTimeUseCodeRelationshipsValues,
)
from ascapi.models.subscription_offer_code_one_time_use_code_create_request import (
    SubscriptionOfferCodeOneTimeUseCodeCreateRequest as SubscriptionOfferCodeOneTimeUseCodeCreateRequest,
)
from ascapi.models.subscription_offer_code_one_time_use_code_create_request import (
    SubscriptionOfferCodeOneTimeUseCodeCreateRequestData as SubscriptionOfferCodeOneTimeUseCodeCreateRequestData,
)
from ascapi.models.subscription_offer_code_one_time_use_code_create_request import (
    SubscriptionOfferCodeOneTimeUseCodeCreateRequestDataAttributes as SubscriptionOfferCodeOneTimeUseCodeCreateRequestDataAttributes,
)
from ascapi.models.subscription_offer_code_one_time_use_code_create_request import (
    SubscriptionOfferCodeOneTimeUseCodeCreateRequestDataRelationships as SubscriptionOfferCodeOneTimeUseCodeCreateRequestDataRelationships,
)
from ascapi.models.subscription_offer_code_one_time_use_code_create_request import (
    SubscriptionOfferCodeOneTimeUseCodeCreateRequestDataRelationshipsOfferCode as SubscriptionOfferCodeOneTimeUseCodeCreateRequestDataRelationshipsOfferCode,
)
from ascapi.models.subscription_offer_code_one_time_use_code_create_request import (
    SubscriptionOfferCodeOneTimeUseCodeCreateRequestDataRelationshipsOfferCodeData as SubscriptionOfferCodeOneTimeUseCodeCreateRequestDataRelationshipsOfferCodeData,
)
from ascapi.models.subscription_offer_code_one_time_use_code_response import (
    SubscriptionOfferCodeOneTimeUseCodeResponse as SubscriptionOfferCodeOneTimeUseCodeResponse,
)
from ascapi.models.subscription_offer_code_one_time_use_code_update_request import (
    SubscriptionOfferCodeOneTimeUseCodeUpdateRequest as SubscriptionOfferCodeOneTimeUseCodeUpdateRequest,
)
from ascapi.models.subscription_offer_code_one_time_use_code_update_request import (
    SubscriptionOfferCodeOneTimeUseCodeUpdateRequestData as SubscriptionOfferCodeOneTimeUseCodeUpdateRequestData,
)
from ascapi.models.subscription_offer_code_one_time_use_code_update_request import (
    SubscriptionOfferCodeOneTimeUseCodeUpdateRequestDataAttributes as SubscriptionOfferCodeOneTimeUseCodeUpdateRequestDataAttributes,
)
from ascapi.models.subscription_offer_code_one_time_use_code_value import (
    SubscriptionOfferCodeOneTimeUseCodeValue as SubscriptionOfferCodeOneTimeUseCodeValue,
)
from ascapi.models.subscription_offer_code_one_time_use_code_values_linkage_response import (
    SubscriptionOfferCodeOneTimeUseCodeValuesLinkageResponse as SubscriptionOfferCodeOneTimeUseCodeValuesLinkageResponse,
)
from ascapi.models.subscription_offer_code_one_time_use_code_values_linkage_response import (
    SubscriptionOfferCodeOneTimeUseCodeValuesLinkageResponseData as SubscriptionOfferCodeOneTimeUseCodeValuesLinkageResponseData,
)
from ascapi.models.subscription_offer_code_one_time_use_codes_linkages_response import (
    SubscriptionOfferCodeOneTimeUseCodesLinkagesResponse as SubscriptionOfferCodeOneTimeUseCodesLinkagesResponse,
)
from ascapi.models.subscription_offer_code_one_time_use_codes_linkages_response import (
    SubscriptionOfferCodeOneTimeUseCodesLinkagesResponseData as SubscriptionOfferCodeOneTimeUseCodesLinkagesResponseData,
)
from ascapi.models.subscription_offer_code_one_time_use_codes_response import (
    SubscriptionOfferCodeOneTimeUseCodesResponse as SubscriptionOfferCodeOneTimeUseCodesResponse,
)
from ascapi.models.subscription_offer_code_price import (
    SubscriptionOfferCodePrice as SubscriptionOfferCodePrice,
)
from ascapi.models.subscription_offer_code_price import (
    SubscriptionOfferCodePriceRelationships as SubscriptionOfferCodePriceRelationships,
)
from ascapi.models.subscription_offer_code_price import (
    SubscriptionOfferCodePriceRelationshipsSubscriptionPricePoint as SubscriptionOfferCodePriceRelationshipsSubscriptionPricePoint,
)
from ascapi.models.subscription_offer_code_price import (
    SubscriptionOfferCodePriceRelationshipsSubscriptionPricePointData as SubscriptionOfferCodePriceRelationshipsSubscriptionPricePointData,
)
from ascapi.models.subscription_offer_code_price import (
    SubscriptionOfferCodePriceRelationshipsTerritory as SubscriptionOfferCodePriceRelationshipsTerritory,
)
from ascapi.models.subscription_offer_code_price import (
    SubscriptionOfferCodePriceRelationshipsTerritoryData as SubscriptionOfferCodePriceRelationshipsTerritoryData,
)
from ascapi.models.subscription_offer_code_price_inline_create import (
    SubscriptionOfferCodePriceInlineCreate as SubscriptionOfferCodePriceInlineCreate,
)
from ascapi.models.subscription_offer_code_price_inline_create import (
    SubscriptionOfferCodePriceInlineCreateRelationships as SubscriptionOfferCodePriceInlineCreateRelationships,
)
from ascapi.models.subscription_offer_code_price_inline_create import (
    SubscriptionOfferCodePriceInlineCreateRelationshipsSubscriptionPricePoint as SubscriptionOfferCodePriceInlineCreateRelationshipsSubscriptionPricePoint,
)
from ascapi.models.subscription_offer_code_price_inline_create import (
    SubscriptionOfferCodePriceInlineCreateRelationshipsSubscriptionPricePointData as SubscriptionOfferCodePriceInlineCreateRelationshipsSubscriptionPricePointData,
)
from ascapi.models.subscription_offer_code_price_inline_create import (
    SubscriptionOfferCodePriceInlineCreateRelationshipsTerritory as SubscriptionOfferCodePriceInlineCreateRelationshipsTerritory,
)
from ascapi.models.subscription_offer_code_price_inline_create import (
    SubscriptionOfferCodePriceInlineCreateRelationshipsTerritoryData as SubscriptionOfferCodePriceInlineCreateRelationshipsTerritoryData,
)
from ascapi.models.subscription_offer_code_prices_linkages_response import (
    SubscriptionOfferCodePricesLinkagesResponse as SubscriptionOfferCodePricesLinkagesResponse,
)
from ascapi.models.subscription_offer_code_prices_linkages_response import (
    SubscriptionOfferCodePricesLinkagesResponseData as SubscriptionOfferCodePricesLinkagesResponseData,
)
from ascapi.models.subscription_offer_code_prices_response import (
    SubscriptionOfferCodePricesResponse as SubscriptionOfferCodePricesResponse,
)
from ascapi.models.subscription_offer_code_response import (
    SubscriptionOfferCodeResponse as SubscriptionOfferCodeResponse,
)
from ascapi.models.subscription_offer_code_update_request import (
    SubscriptionOfferCodeUpdateRequest as SubscriptionOfferCodeUpdateRequest,
)
from ascapi.models.subscription_offer_code_update_request import (
    SubscriptionOfferCodeUpdateRequestData as SubscriptionOfferCodeUpdateRequestData,
)
from ascapi.models.subscription_offer_code_update_request import (
    SubscriptionOfferCodeUpdateRequestDataAttributes as SubscriptionOfferCodeUpdateRequestDataAttributes,
)
from ascapi.models.subscription_offer_codes_linkages_response import (
    SubscriptionOfferCodesLinkagesResponse as SubscriptionOfferCodesLinkagesResponse,
)
from ascapi.models.subscription_offer_codes_linkages_response import (
    SubscriptionOfferCodesLinkagesResponseData as SubscriptionOfferCodesLinkagesResponseData,
)
from ascapi.models.subscription_offer_codes_response import (
    SubscriptionOfferCodesResponse as SubscriptionOfferCodesResponse,
)
from ascapi.models.subscription_offer_duration import (
    SubscriptionOfferDuration as SubscriptionOfferDuration,
)
from ascapi.models.subscription_offer_eligibility import (
    SubscriptionOfferEligibility as SubscriptionOfferEligibility,
)
from ascapi.models.subscription_offer_mode import SubscriptionOfferMode as SubscriptionOfferMode
from ascapi.models.subscription_plan_availabilities_linkages_response import (
    SubscriptionPlanAvailabilitiesLinkagesResponse as SubscriptionPlanAvailabilitiesLinkagesResponse,
)
from ascapi.models.subscription_plan_availabilities_linkages_response import (
    SubscriptionPlanAvailabilitiesLinkagesResponseData as SubscriptionPlanAvailabilitiesLinkagesResponseData,
)
from ascapi.models.subscription_plan_availabilities_response import (
    SubscriptionPlanAvailabilitiesResponse as SubscriptionPlanAvailabilitiesResponse,
)
from ascapi.models.subscription_plan_availability import (
    SubscriptionPlanAvailability as SubscriptionPlanAvailability,
)
from ascapi.models.subscription_plan_availability import (
    SubscriptionPlanAvailabilityAttributes as SubscriptionPlanAvailabilityAttributes,
)
from ascapi.models.subscription_plan_availability import (
    SubscriptionPlanAvailabilityRelationships as SubscriptionPlanAvailabilityRelationships,
)
from ascapi.models.subscription_plan_availability import (
    SubscriptionPlanAvailabilityRelationshipsAvailableTerritories as SubscriptionPlanAvailabilityRelationshipsAvailableTerritories,
)
from ascapi.models.subscription_plan_availability import (
    SubscriptionPlanAvailabilityRelationshipsAvailableTerritoriesData as SubscriptionPlanAvailabilityRelationshipsAvailableTerritoriesData,
)
from ascapi.models.subscription_plan_availability_available_territories_linkages_request import (
    SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesRequest as SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesRequest,
)
from ascapi.models.subscription_plan_availability_available_territories_linkages_request import (
    SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesRequestData as SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesRequestData,
)
from ascapi.models.subscription_plan_availability_available_territories_linkages_response import (
    SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponse as SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponse,
)
from ascapi.models.subscription_plan_availability_available_territories_linkages_response import (
    SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponseData as SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponseData,
)
from ascapi.models.subscription_plan_availability_create_request import (
    SubscriptionPlanAvailabilityCreateRequest as SubscriptionPlanAvailabilityCreateRequest,
)
from ascapi.models.subscription_plan_availability_create_request import (
    SubscriptionPlanAvailabilityCreateRequestData as SubscriptionPlanAvailabilityCreateRequestData,
)
from ascapi.models.subscription_plan_availability_create_request import (
    SubscriptionPlanAvailabilityCreateRequestDataAttributes as SubscriptionPlanAvailabilityCreateRequestDataAttributes,
)
from ascapi.models.subscription_plan_availability_create_request import (
    SubscriptionPlanAvailabilityCreateRequestDataRelationships as SubscriptionPlanAvailabilityCreateRequestDataRelationships,
)
from ascapi.models.subscription_plan_availability_create_request import (
    SubscriptionPlanAvailabilityCreateRequestDataRelationshipsAvailableTerritories as SubscriptionPlanAvailabilityCreateRequestDataRelationshipsAvailableTerritories,
)
from ascapi.models.subscription_plan_availability_create_request import (
    SubscriptionPlanAvailabilityCreateRequestDataRelationshipsAvailableTerritoriesData as SubscriptionPlanAvailabilityCreateRequestDataRelationshipsAvailableTerritoriesData,
)
from ascapi.models.subscription_plan_availability_create_request import (
    SubscriptionPlanAvailabilityCreateRequestDataRelationshipsSubscription as SubscriptionPlanAvailabilityCreateRequestDataRelationshipsSubscription,
)
from ascapi.models.subscription_plan_availability_create_request import (
    SubscriptionPlanAvailabilityCreateRequestDataRelationshipsSubscriptionData as SubscriptionPlanAvailabilityCreateRequestDataRelationshipsSubscriptionData,
)
from ascapi.models.subscription_plan_availability_response import (
    SubscriptionPlanAvailabilityResponse as SubscriptionPlanAvailabilityResponse,
)
from ascapi.models.subscription_plan_availability_update_request import (
    SubscriptionPlanAvailabilityUpdateRequest as SubscriptionPlanAvailabilityUpdateRequest,
)
from ascapi.models.subscription_plan_availability_update_request import (
    SubscriptionPlanAvailabilityUpdateRequestData as SubscriptionPlanAvailabilityUpdateRequestData,
)
from ascapi.models.subscription_plan_availability_update_request import (
    SubscriptionPlanAvailabilityUpdateRequestDataAttributes as SubscriptionPlanAvailabilityUpdateRequestDataAttributes,
)
from ascapi.models.subscription_plan_availability_update_request import (
    SubscriptionPlanAvailabilityUpdateRequestDataRelationships as SubscriptionPlanAvailabilityUpdateRequestDataRelationships,
)
from ascapi.models.subscription_plan_availability_update_request import (
    SubscriptionPlanAvailabilityUpdateRequestDataRelationshipsAvailableTerritories as SubscriptionPlanAvailabilityUpdateRequestDataRelationshipsAvailableTerritories,
)
from ascapi.models.subscription_plan_availability_update_request import (
    SubscriptionPlanAvailabilityUpdateRequestDataRelationshipsAvailableTerritoriesData as SubscriptionPlanAvailabilityUpdateRequestDataRelationshipsAvailableTerritoriesData,
)
from ascapi.models.subscription_plan_type import SubscriptionPlanType as SubscriptionPlanType
from ascapi.models.subscription_price import SubscriptionPrice as SubscriptionPrice
from ascapi.models.subscription_price import (
    SubscriptionPriceAttributes as SubscriptionPriceAttributes,
)
from ascapi.models.subscription_price import (
    SubscriptionPriceRelationships as SubscriptionPriceRelationships,
)
from ascapi.models.subscription_price import (
    SubscriptionPriceRelationshipsSubscriptionPricePoint as SubscriptionPriceRelationshipsSubscriptionPricePoint,
)
from ascapi.models.subscription_price import (
    SubscriptionPriceRelationshipsSubscriptionPricePointData as SubscriptionPriceRelationshipsSubscriptionPricePointData,
)
from ascapi.models.subscription_price import (
    SubscriptionPriceRelationshipsTerritory as SubscriptionPriceRelationshipsTerritory,
)
from ascapi.models.subscription_price import (
    SubscriptionPriceRelationshipsTerritoryData as SubscriptionPriceRelationshipsTerritoryData,
)
from ascapi.models.subscription_price_create_request import (
    SubscriptionPriceCreateRequest as SubscriptionPriceCreateRequest,
)
from ascapi.models.subscription_price_create_request import (
    SubscriptionPriceCreateRequestData as SubscriptionPriceCreateRequestData,
)
from ascapi.models.subscription_price_create_request import (
    SubscriptionPriceCreateRequestDataAttributes as SubscriptionPriceCreateRequestDataAttributes,
)
from ascapi.models.subscription_price_create_request import (
    SubscriptionPriceCreateRequestDataRelationships as SubscriptionPriceCreateRequestDataRelationships,
)
from ascapi.models.subscription_price_create_request import (
    SubscriptionPriceCreateRequestDataRelationshipsSubscription as SubscriptionPriceCreateRequestDataRelationshipsSubscription,
)
from ascapi.models.subscription_price_create_request import (
    SubscriptionPriceCreateRequestDataRelationshipsSubscriptionData as SubscriptionPriceCreateRequestDataRelationshipsSubscriptionData,
)
from ascapi.models.subscription_price_create_request import (
    SubscriptionPriceCreateRequestDataRelationshipsSubscriptionPricePoint as SubscriptionPriceCreateRequestDataRelationshipsSubscriptionPricePoint,
)
from ascapi.models.subscription_price_create_request import (
    SubscriptionPriceCreateRequestDataRelationshipsSubscriptionPricePointData as SubscriptionPriceCreateRequestDataRelationshipsSubscriptionPricePointData,
)
from ascapi.models.subscription_price_create_request import (
    SubscriptionPriceCreateRequestDataRelationshipsTerritory as SubscriptionPriceCreateRequestDataRelationshipsTerritory,
)
from ascapi.models.subscription_price_create_request import (
    SubscriptionPriceCreateRequestDataRelationshipsTerritoryData as SubscriptionPriceCreateRequestDataRelationshipsTerritoryData,
)
from ascapi.models.subscription_price_inline_create import (
    SubscriptionPriceInlineCreate as SubscriptionPriceInlineCreate,
)
from ascapi.models.subscription_price_inline_create import (
    SubscriptionPriceInlineCreateAttributes as SubscriptionPriceInlineCreateAttributes,
)
from ascapi.models.subscription_price_inline_create import (
    SubscriptionPriceInlineCreateRelationships as SubscriptionPriceInlineCreateRelationships,
)
from ascapi.models.subscription_price_inline_create import (
    SubscriptionPriceInlineCreateRelationshipsSubscription as SubscriptionPriceInlineCreateRelationshipsSubscription,
)
from ascapi.models.subscription_price_inline_create import (
    SubscriptionPriceInlineCreateRelationshipsSubscriptionData as SubscriptionPriceInlineCreateRelationshipsSubscriptionData,
)
from ascapi.models.subscription_price_inline_create import (
    SubscriptionPriceInlineCreateRelationshipsSubscriptionPricePoint as SubscriptionPriceInlineCreateRelationshipsSubscriptionPricePoint,
)
from ascapi.models.subscription_price_inline_create import (
    SubscriptionPriceInlineCreateRelationshipsSubscriptionPricePointData as SubscriptionPriceInlineCreateRelationshipsSubscriptionPricePointData,
)
from ascapi.models.subscription_price_inline_create import (
    SubscriptionPriceInlineCreateRelationshipsTerritory as SubscriptionPriceInlineCreateRelationshipsTerritory,
)
from ascapi.models.subscription_price_inline_create import (
    SubscriptionPriceInlineCreateRelationshipsTerritoryData as SubscriptionPriceInlineCreateRelationshipsTerritoryData,
)
from ascapi.models.subscription_price_point import SubscriptionPricePoint as SubscriptionPricePoint
from ascapi.models.subscription_price_point import (
    SubscriptionPricePointAttributes as SubscriptionPricePointAttributes,
)
from ascapi.models.subscription_price_point import (
    SubscriptionPricePointRelationships as SubscriptionPricePointRelationships,
)
from ascapi.models.subscription_price_point import (
    SubscriptionPricePointRelationshipsEqualizations as SubscriptionPricePointRelationshipsEqualizations,
)
from ascapi.models.subscription_price_point import (
    SubscriptionPricePointRelationshipsTerritory as SubscriptionPricePointRelationshipsTerritory,
)
from ascapi.models.subscription_price_point import (
    SubscriptionPricePointRelationshipsTerritoryData as SubscriptionPricePointRelationshipsTerritoryData,
)
from ascapi.models.subscription_price_point_equalizations_linkages_response import (
    SubscriptionPricePointEqualizationsLinkagesResponse as SubscriptionPricePointEqualizationsLinkagesResponse,
)
from ascapi.models.subscription_price_point_equalizations_linkages_response import (
    SubscriptionPricePointEqualizationsLinkagesResponseData as SubscriptionPricePointEqualizationsLinkagesResponseData,
)
from ascapi.models.subscription_price_point_inline_create import (
    SubscriptionPricePointInlineCreate as SubscriptionPricePointInlineCreate,
)
from ascapi.models.subscription_price_point_response import (
    SubscriptionPricePointResponse as SubscriptionPricePointResponse,
)
from ascapi.models.subscription_price_points_linkages_response import (
    SubscriptionPricePointsLinkagesResponse as SubscriptionPricePointsLinkagesResponse,
)
from ascapi.models.subscription_price_points_linkages_response import (
    SubscriptionPricePointsLinkagesResponseData as SubscriptionPricePointsLinkagesResponseData,
)
from ascapi.models.subscription_price_points_response import (
    SubscriptionPricePointsResponse as SubscriptionPricePointsResponse,
)
from ascapi.models.subscription_price_response import (
    SubscriptionPriceResponse as SubscriptionPriceResponse,
)
from ascapi.models.subscription_prices_linkages_request import (
    SubscriptionPricesLinkagesRequest as SubscriptionPricesLinkagesRequest,
)
from ascapi.models.subscription_prices_linkages_request import (
    SubscriptionPricesLinkagesRequestData as SubscriptionPricesLinkagesRequestData,
)
from ascapi.models.subscription_prices_linkages_response import (
    SubscriptionPricesLinkagesResponse as SubscriptionPricesLinkagesResponse,
)
from ascapi.models.subscription_prices_linkages_response import (
    SubscriptionPricesLinkagesResponseData as SubscriptionPricesLinkagesResponseData,
)
from ascapi.models.subscription_prices_response import (
    SubscriptionPricesResponse as SubscriptionPricesResponse,
)
from ascapi.models.subscription_promoted_purchase_linkage_response import (
    SubscriptionPromotedPurchaseLinkageResponse as SubscriptionPromotedPurchaseLinkageResponse,
)
from ascapi.models.subscription_promoted_purchase_linkage_response import (
    SubscriptionPromotedPurchaseLinkageResponseData as SubscriptionPromotedPurchaseLinkageResponseData,
)
from ascapi.models.subscription_promotional_offer import (
    SubscriptionPromotionalOffer as SubscriptionPromotionalOffer,
)
from ascapi.models.subscription_promotional_offer import (
    SubscriptionPromotionalOfferAttributes as SubscriptionPromotionalOfferAttributes,
)
from ascapi.models.subscription_promotional_offer import (
    SubscriptionPromotionalOfferRelationships as SubscriptionPromotionalOfferRelationships,
)
from ascapi.models.subscription_promotional_offer import (
    SubscriptionPromotionalOfferRelationshipsPrices as SubscriptionPromotionalOfferRelationshipsPrices,
)
from ascapi.models.subscription_promotional_offer import (
    SubscriptionPromotionalOfferRelationshipsPricesData as SubscriptionPromotionalOfferRelationshipsPricesData,
)
from ascapi.models.subscription_promotional_offer import (
    SubscriptionPromotionalOfferRelationshipsSubscription as SubscriptionPromotionalOfferRelationshipsSubscription,
)
from ascapi.models.subscription_promotional_offer import (
    SubscriptionPromotionalOfferRelationshipsSubscriptionData as SubscriptionPromotionalOfferRelationshipsSubscriptionData,
)
from ascapi.models.subscription_promotional_offer_create_request import (
    SubscriptionPromotionalOfferCreateRequest as SubscriptionPromotionalOfferCreateRequest,
)
from ascapi.models.subscription_promotional_offer_create_request import (
    SubscriptionPromotionalOfferCreateRequestData as SubscriptionPromotionalOfferCreateRequestData,
)
from ascapi.models.subscription_promotional_offer_create_request import (
    SubscriptionPromotionalOfferCreateRequestDataAttributes as SubscriptionPromotionalOfferCreateRequestDataAttributes,
)
from ascapi.models.subscription_promotional_offer_create_request import (
    SubscriptionPromotionalOfferCreateRequestDataRelationships as SubscriptionPromotionalOfferCreateRequestDataRelationships,
)
from ascapi.models.subscription_promotional_offer_create_request import (
    SubscriptionPromotionalOfferCreateRequestDataRelationshipsPrices as SubscriptionPromotionalOfferCreateRequestDataRelationshipsPrices,
)
from ascapi.models.subscription_promotional_offer_create_request import (
    SubscriptionPromotionalOfferCreateRequestDataRelationshipsPricesData as SubscriptionPromotionalOfferCreateRequestDataRelationshipsPricesData,
)
from ascapi.models.subscription_promotional_offer_create_request import (
    SubscriptionPromotionalOfferCreateRequestDataRelationshipsSubscription as SubscriptionPromotionalOfferCreateRequestDataRelationshipsSubscription,
)
from ascapi.models.subscription_promotional_offer_create_request import (
    SubscriptionPromotionalOfferCreateRequestDataRelationshipsSubscriptionData as SubscriptionPromotionalOfferCreateRequestDataRelationshipsSubscriptionData,
)
from ascapi.models.subscription_promotional_offer_inline_create import (
    SubscriptionPromotionalOfferInlineCreate as SubscriptionPromotionalOfferInlineCreate,
)
from ascapi.models.subscription_promotional_offer_inline_create import (
    SubscriptionPromotionalOfferInlineCreateAttributes as SubscriptionPromotionalOfferInlineCreateAttributes,
)
from ascapi.models.subscription_promotional_offer_inline_create import (
    SubscriptionPromotionalOfferInlineCreateRelationships as SubscriptionPromotionalOfferInlineCreateRelationships,
)
from ascapi.models.subscription_promotional_offer_inline_create import (
    SubscriptionPromotionalOfferInlineCreateRelationshipsPrices as SubscriptionPromotionalOfferInlineCreateRelationshipsPrices,
)
from ascapi.models.subscription_promotional_offer_inline_create import (
    SubscriptionPromotionalOfferInlineCreateRelationshipsPricesData as SubscriptionPromotionalOfferInlineCreateRelationshipsPricesData,
)
from ascapi.models.subscription_promotional_offer_inline_create import (
    SubscriptionPromotionalOfferInlineCreateRelationshipsSubscription as SubscriptionPromotionalOfferInlineCreateRelationshipsSubscription,
)
from ascapi.models.subscription_promotional_offer_inline_create import (
    SubscriptionPromotionalOfferInlineCreateRelationshipsSubscriptionData as SubscriptionPromotionalOfferInlineCreateRelationshipsSubscriptionData,
)
from ascapi.models.subscription_promotional_offer_price import (
    SubscriptionPromotionalOfferPrice as SubscriptionPromotionalOfferPrice,
)
from ascapi.models.subscription_promotional_offer_price import (
    SubscriptionPromotionalOfferPriceRelationships as SubscriptionPromotionalOfferPriceRelationships,
)
from ascapi.models.subscription_promotional_offer_price import (
    SubscriptionPromotionalOfferPriceRelationshipsSubscriptionPricePoint as SubscriptionPromotionalOfferPriceRelationshipsSubscriptionPricePoint,
)
from ascapi.models.subscription_promotional_offer_price import (
    SubscriptionPromotionalOfferPriceRelationshipsSubscriptionPricePointData as SubscriptionPromotionalOfferPriceRelationshipsSubscriptionPricePointData,
)
from ascapi.models.subscription_promotional_offer_price import (
    SubscriptionPromotionalOfferPriceRelationshipsTerritory as SubscriptionPromotionalOfferPriceRelationshipsTerritory,
)
from ascapi.models.subscription_promotional_offer_price import (
    SubscriptionPromotionalOfferPriceRelationshipsTerritoryData as SubscriptionPromotionalOfferPriceRelationshipsTerritoryData,
)
from ascapi.models.subscription_promotional_offer_price_inline_create import (
    SubscriptionPromotionalOfferPriceInlineCreate as SubscriptionPromotionalOfferPriceInlineCreate,
)
from ascapi.models.subscription_promotional_offer_price_inline_create import (
    SubscriptionPromotionalOfferPriceInlineCreateRelationships as SubscriptionPromotionalOfferPriceInlineCreateRelationships,
)
from ascapi.models.subscription_promotional_offer_price_inline_create import (
    SubscriptionPromotionalOfferPriceInlineCreateRelationshipsSubscriptionPricePoint as SubscriptionPromotionalOfferPriceInlineCreateRelationshipsSubscriptionPricePoint,
)
from ascapi.models.subscription_promotional_offer_price_inline_create import (
    SubscriptionPromotionalOfferPriceInlineCreateRelationshipsSubscriptionPricePointData as SubscriptionPromotionalOfferPriceInlineCreateRelationshipsSubscriptionPricePointData,
)
from ascapi.models.subscription_promotional_offer_price_inline_create import (
    SubscriptionPromotionalOfferPriceInlineCreateRelationshipsTerritory as SubscriptionPromotionalOfferPriceInlineCreateRelationshipsTerritory,
)
from ascapi.models.subscription_promotional_offer_price_inline_create import (
    SubscriptionPromotionalOfferPriceInlineCreateRelationshipsTerritoryData as SubscriptionPromotionalOfferPriceInlineCreateRelationshipsTerritoryData,
)
from ascapi.models.subscription_promotional_offer_prices_linkages_response import (
    SubscriptionPromotionalOfferPricesLinkagesResponse as SubscriptionPromotionalOfferPricesLinkagesResponse,
)
from ascapi.models.subscription_promotional_offer_prices_linkages_response import (
    SubscriptionPromotionalOfferPricesLinkagesResponseData as SubscriptionPromotionalOfferPricesLinkagesResponseData,
)
from ascapi.models.subscription_promotional_offer_prices_response import (
    SubscriptionPromotionalOfferPricesResponse as SubscriptionPromotionalOfferPricesResponse,
)
from ascapi.models.subscription_promotional_offer_response import (
    SubscriptionPromotionalOfferResponse as SubscriptionPromotionalOfferResponse,
)
from ascapi.models.subscription_promotional_offer_update_request import (
    SubscriptionPromotionalOfferUpdateRequest as SubscriptionPromotionalOfferUpdateRequest,
)
from ascapi.models.subscription_promotional_offer_update_request import (
    SubscriptionPromotionalOfferUpdateRequestData as SubscriptionPromotionalOfferUpdateRequestData,
)
from ascapi.models.subscription_promotional_offer_update_request import (
    SubscriptionPromotionalOfferUpdateRequestDataRelationships as SubscriptionPromotionalOfferUpdateRequestDataRelationships,
)
from ascapi.models.subscription_promotional_offer_update_request import (
    SubscriptionPromotionalOfferUpdateRequestDataRelationshipsPrices as SubscriptionPromotionalOfferUpdateRequestDataRelationshipsPrices,
)
from ascapi.models.subscription_promotional_offer_update_request import (
    SubscriptionPromotionalOfferUpdateRequestDataRelationshipsPricesData as SubscriptionPromotionalOfferUpdateRequestDataRelationshipsPricesData,
)
from ascapi.models.subscription_promotional_offers_linkages_response import (
    SubscriptionPromotionalOffersLinkagesResponse as SubscriptionPromotionalOffersLinkagesResponse,
)
from ascapi.models.subscription_promotional_offers_linkages_response import (
    SubscriptionPromotionalOffersLinkagesResponseData as SubscriptionPromotionalOffersLinkagesResponseData,
)
from ascapi.models.subscription_promotional_offers_response import (
    SubscriptionPromotionalOffersResponse as SubscriptionPromotionalOffersResponse,
)
from ascapi.models.subscription_response import SubscriptionResponse as SubscriptionResponse
from ascapi.models.subscription_status_url_version import (
    SubscriptionStatusUrlVersion as SubscriptionStatusUrlVersion,
)
from ascapi.models.subscription_submission import SubscriptionSubmission as SubscriptionSubmission
from ascapi.models.subscription_submission import (
    SubscriptionSubmissionRelationships as SubscriptionSubmissionRelationships,
)
from ascapi.models.subscription_submission import (
    SubscriptionSubmissionRelationshipsSubscription as SubscriptionSubmissionRelationshipsSubscription,
)
from ascapi.models.subscription_submission import (
    SubscriptionSubmissionRelationshipsSubscriptionData as SubscriptionSubmissionRelationshipsSubscriptionData,
)
from ascapi.models.subscription_submission_create_request import (
    SubscriptionSubmissionCreateRequest as SubscriptionSubmissionCreateRequest,
)
from ascapi.models.subscription_submission_create_request import (
    SubscriptionSubmissionCreateRequestData as SubscriptionSubmissionCreateRequestData,
)
from ascapi.models.subscription_submission_create_request import (
    SubscriptionSubmissionCreateRequestDataRelationships as SubscriptionSubmissionCreateRequestDataRelationships,
)
from ascapi.models.subscription_submission_create_request import (
    SubscriptionSubmissionCreateRequestDataRelationshipsSubscription as SubscriptionSubmissionCreateRequestDataRelationshipsSubscription,
)
from ascapi.models.subscription_submission_create_request import (
    SubscriptionSubmissionCreateRequestDataRelationshipsSubscriptionData as SubscriptionSubmissionCreateRequestDataRelationshipsSubscriptionData,
)
from ascapi.models.subscription_submission_response import (
    SubscriptionSubmissionResponse as SubscriptionSubmissionResponse,
)
from ascapi.models.subscription_subscription_availability_linkage_response import (
    SubscriptionSubscriptionAvailabilityLinkageResponse as SubscriptionSubscriptionAvailabilityLinkageResponse,
)
from ascapi.models.subscription_subscription_availability_linkage_response import (
    SubscriptionSubscriptionAvailabilityLinkageResponseData as SubscriptionSubscriptionAvailabilityLinkageResponseData,
)
from ascapi.models.subscription_subscription_localizations_linkages_response import (
    SubscriptionSubscriptionLocalizationsLinkagesResponse as SubscriptionSubscriptionLocalizationsLinkagesResponse,
)
from ascapi.models.subscription_subscription_localizations_linkages_response import (
    SubscriptionSubscriptionLocalizationsLinkagesResponseData as SubscriptionSubscriptionLocalizationsLinkagesResponseData,
)
from ascapi.models.subscription_update_request import (
    SubscriptionUpdateRequest as SubscriptionUpdateRequest,
)
from ascapi.models.subscription_update_request import (
    SubscriptionUpdateRequestData as SubscriptionUpdateRequestData,
)
from ascapi.models.subscription_update_request import (
    SubscriptionUpdateRequestDataAttributes as SubscriptionUpdateRequestDataAttributes,
)
from ascapi.models.subscription_update_request import (
    SubscriptionUpdateRequestDataRelationships as SubscriptionUpdateRequestDataRelationships,
)
from ascapi.models.subscription_update_request import (
    SubscriptionUpdateRequestDataRelationshipsIntroductoryOffers as SubscriptionUpdateRequestDataRelationshipsIntroductoryOffers,
)
from ascapi.models.subscription_update_request import (
    SubscriptionUpdateRequestDataRelationshipsIntroductoryOffersData as SubscriptionUpdateRequestDataRelationshipsIntroductoryOffersData,
)
from ascapi.models.subscription_update_request import (
    SubscriptionUpdateRequestDataRelationshipsPrices as SubscriptionUpdateRequestDataRelationshipsPrices,
)
from ascapi.models.subscription_update_request import (
    SubscriptionUpdateRequestDataRelationshipsPricesData as SubscriptionUpdateRequestDataRelationshipsPricesData,
)
from ascapi.models.subscription_update_request import (
    SubscriptionUpdateRequestDataRelationshipsPromotionalOffers as SubscriptionUpdateRequestDataRelationshipsPromotionalOffers,
)
from ascapi.models.subscription_update_request import (
    SubscriptionUpdateRequestDataRelationshipsPromotionalOffersData as SubscriptionUpdateRequestDataRelationshipsPromotionalOffersData,
)
from ascapi.models.subscription_version import SubscriptionVersion as SubscriptionVersion
from ascapi.models.subscription_version import (
    SubscriptionVersionAttributes as SubscriptionVersionAttributes,
)
from ascapi.models.subscription_version import (
    SubscriptionVersionRelationships as SubscriptionVersionRelationships,
)
from ascapi.models.subscription_version import (
    SubscriptionVersionRelationshipsImage as SubscriptionVersionRelationshipsImage,
)
from ascapi.models.subscription_version import (
    SubscriptionVersionRelationshipsImageData as SubscriptionVersionRelationshipsImageData,
)
from ascapi.models.subscription_version import (
    SubscriptionVersionRelationshipsImages as SubscriptionVersionRelationshipsImages,
)
from ascapi.models.subscription_version import (
    SubscriptionVersionRelationshipsLocalizations as SubscriptionVersionRelationshipsLocalizations,
)
from ascapi.models.subscription_version import (
    SubscriptionVersionRelationshipsLocalizationsData as SubscriptionVersionRelationshipsLocalizationsData,
)
from ascapi.models.subscription_version import (
    SubscriptionVersionRelationshipsSubscription as SubscriptionVersionRelationshipsSubscription,
)
from ascapi.models.subscription_version import (
    SubscriptionVersionRelationshipsSubscriptionData as SubscriptionVersionRelationshipsSubscriptionData,
)
from ascapi.models.subscription_version_create_request import (
    SubscriptionVersionCreateRequest as SubscriptionVersionCreateRequest,
)
from ascapi.models.subscription_version_create_request import (
    SubscriptionVersionCreateRequestData as SubscriptionVersionCreateRequestData,
)
from ascapi.models.subscription_version_create_request import (
    SubscriptionVersionCreateRequestDataRelationships as SubscriptionVersionCreateRequestDataRelationships,
)
from ascapi.models.subscription_version_create_request import (
    SubscriptionVersionCreateRequestDataRelationshipsSubscription as SubscriptionVersionCreateRequestDataRelationshipsSubscription,
)
from ascapi.models.subscription_version_create_request import (
    SubscriptionVersionCreateRequestDataRelationshipsSubscriptionData as SubscriptionVersionCreateRequestDataRelationshipsSubscriptionData,
)
from ascapi.models.subscription_version_image_linkage_response import (
    SubscriptionVersionImageLinkageResponse as SubscriptionVersionImageLinkageResponse,
)
from ascapi.models.subscription_version_image_linkage_response import (
    SubscriptionVersionImageLinkageResponseData as SubscriptionVersionImageLinkageResponseData,
)
from ascapi.models.subscription_version_images_linkages_response import (
    SubscriptionVersionImagesLinkagesResponse as SubscriptionVersionImagesLinkagesResponse,
)
from ascapi.models.subscription_version_images_linkages_response import (
    SubscriptionVersionImagesLinkagesResponseData as SubscriptionVersionImagesLinkagesResponseData,
)
from ascapi.models.subscription_version_localizations_linkages_response import (
    SubscriptionVersionLocalizationsLinkagesResponse as SubscriptionVersionLocalizationsLinkagesResponse,
)
from ascapi.models.subscription_version_localizations_linkages_response import (
    SubscriptionVersionLocalizationsLinkagesResponseData as SubscriptionVersionLocalizationsLinkagesResponseData,
)
from ascapi.models.subscription_version_response import (
    SubscriptionVersionResponse as SubscriptionVersionResponse,
)
from ascapi.models.subscription_versions_linkages_response import (
    SubscriptionVersionsLinkagesResponse as SubscriptionVersionsLinkagesResponse,
)
from ascapi.models.subscription_versions_linkages_response import (
    SubscriptionVersionsLinkagesResponseData as SubscriptionVersionsLinkagesResponseData,
)
from ascapi.models.subscription_versions_response import (
    SubscriptionVersionsResponse as SubscriptionVersionsResponse,
)
from ascapi.models.subscription_win_back_offers_linkages_response import (
    SubscriptionWinBackOffersLinkagesResponse as SubscriptionWinBackOffersLinkagesResponse,
)
from ascapi.models.subscription_win_back_offers_linkages_response import (
    SubscriptionWinBackOffersLinkagesResponseData as SubscriptionWinBackOffersLinkagesResponseData,
)
from ascapi.models.subscriptions_response import SubscriptionsResponse as SubscriptionsResponse
from ascapi.models.territories_response import TerritoriesResponse as TerritoriesResponse
from ascapi.models.territories_without_includes_response import (
    TerritoriesWithoutIncludesResponse as TerritoriesWithoutIncludesResponse,
)
from ascapi.models.territory import Territory as Territory
from ascapi.models.territory import TerritoryAttributes as TerritoryAttributes
from ascapi.models.territory_age_rating import TerritoryAgeRating as TerritoryAgeRating
from ascapi.models.territory_age_rating import (
    TerritoryAgeRatingAttributes as TerritoryAgeRatingAttributes,
)
from ascapi.models.territory_age_rating import (
    TerritoryAgeRatingRelationships as TerritoryAgeRatingRelationships,
)
from ascapi.models.territory_age_rating import (
    TerritoryAgeRatingRelationshipsTerritory as TerritoryAgeRatingRelationshipsTerritory,
)
from ascapi.models.territory_age_rating import (
    TerritoryAgeRatingRelationshipsTerritoryData as TerritoryAgeRatingRelationshipsTerritoryData,
)
from ascapi.models.territory_age_ratings_response import (
    TerritoryAgeRatingsResponse as TerritoryAgeRatingsResponse,
)
from ascapi.models.territory_availabilities_response import (
    TerritoryAvailabilitiesResponse as TerritoryAvailabilitiesResponse,
)
from ascapi.models.territory_availability import TerritoryAvailability as TerritoryAvailability
from ascapi.models.territory_availability import (
    TerritoryAvailabilityAttributes as TerritoryAvailabilityAttributes,
)
from ascapi.models.territory_availability import (
    TerritoryAvailabilityRelationships as TerritoryAvailabilityRelationships,
)
from ascapi.models.territory_availability import (
    TerritoryAvailabilityRelationshipsTerritory as TerritoryAvailabilityRelationshipsTerritory,
)
from ascapi.models.territory_availability import (
    TerritoryAvailabilityRelationshipsTerritoryData as TerritoryAvailabilityRelationshipsTerritoryData,
)
from ascapi.models.territory_availability_inline_create import (
    TerritoryAvailabilityInlineCreate as TerritoryAvailabilityInlineCreate,
)
from ascapi.models.territory_availability_inline_create import (
    TerritoryAvailabilityInlineCreateAttributes as TerritoryAvailabilityInlineCreateAttributes,
)
from ascapi.models.territory_availability_inline_create import (
    TerritoryAvailabilityInlineCreateRelationships as TerritoryAvailabilityInlineCreateRelationships,
)
from ascapi.models.territory_availability_inline_create import (
    TerritoryAvailabilityInlineCreateRelationshipsTerritory as TerritoryAvailabilityInlineCreateRelationshipsTerritory,
)
from ascapi.models.territory_availability_inline_create import (
    TerritoryAvailabilityInlineCreateRelationshipsTerritoryData as TerritoryAvailabilityInlineCreateRelationshipsTerritoryData,
)
from ascapi.models.territory_availability_response import (
    TerritoryAvailabilityResponse as TerritoryAvailabilityResponse,
)
from ascapi.models.territory_availability_update_request import (
    TerritoryAvailabilityUpdateRequest as TerritoryAvailabilityUpdateRequest,
)
from ascapi.models.territory_availability_update_request import (
    TerritoryAvailabilityUpdateRequestData as TerritoryAvailabilityUpdateRequestData,
)
from ascapi.models.territory_availability_update_request import (
    TerritoryAvailabilityUpdateRequestDataAttributes as TerritoryAvailabilityUpdateRequestDataAttributes,
)
from ascapi.models.territory_code import TerritoryCode as TerritoryCode
from ascapi.models.territory_inline_create import TerritoryInlineCreate as TerritoryInlineCreate
from ascapi.models.territory_response import TerritoryResponse as TerritoryResponse
from ascapi.models.upload_operation import UploadOperation as UploadOperation
from ascapi.models.user import User as User
from ascapi.models.user import UserAttributes as UserAttributes
from ascapi.models.user import UserRelationships as UserRelationships
from ascapi.models.user import UserRelationshipsVisibleApps as UserRelationshipsVisibleApps
from ascapi.models.user import UserRelationshipsVisibleAppsData as UserRelationshipsVisibleAppsData
from ascapi.models.user_invitation import UserInvitation as UserInvitation
from ascapi.models.user_invitation import UserInvitationAttributes as UserInvitationAttributes
from ascapi.models.user_invitation import UserInvitationRelationships as UserInvitationRelationships
from ascapi.models.user_invitation import (
    UserInvitationRelationshipsVisibleApps as UserInvitationRelationshipsVisibleApps,
)
from ascapi.models.user_invitation import (
    UserInvitationRelationshipsVisibleAppsData as UserInvitationRelationshipsVisibleAppsData,
)
from ascapi.models.user_invitation_create_request import (
    UserInvitationCreateRequest as UserInvitationCreateRequest,
)
from ascapi.models.user_invitation_create_request import (
    UserInvitationCreateRequestData as UserInvitationCreateRequestData,
)
from ascapi.models.user_invitation_create_request import (
    UserInvitationCreateRequestDataAttributes as UserInvitationCreateRequestDataAttributes,
)
from ascapi.models.user_invitation_create_request import (
    UserInvitationCreateRequestDataRelationships as UserInvitationCreateRequestDataRelationships,
)
from ascapi.models.user_invitation_create_request import (
    UserInvitationCreateRequestDataRelationshipsVisibleApps as UserInvitationCreateRequestDataRelationshipsVisibleApps,
)
from ascapi.models.user_invitation_create_request import (
    UserInvitationCreateRequestDataRelationshipsVisibleAppsData as UserInvitationCreateRequestDataRelationshipsVisibleAppsData,
)
from ascapi.models.user_invitation_response import UserInvitationResponse as UserInvitationResponse
from ascapi.models.user_invitation_visible_apps_linkages_response import (
    UserInvitationVisibleAppsLinkagesResponse as UserInvitationVisibleAppsLinkagesResponse,
)
from ascapi.models.user_invitation_visible_apps_linkages_response import (
    UserInvitationVisibleAppsLinkagesResponseData as UserInvitationVisibleAppsLinkagesResponseData,
)
from ascapi.models.user_invitations_response import (
    UserInvitationsResponse as UserInvitationsResponse,
)
from ascapi.models.user_response import UserResponse as UserResponse
from ascapi.models.user_role import UserRole as UserRole
from ascapi.models.user_update_request import UserUpdateRequest as UserUpdateRequest
from ascapi.models.user_update_request import UserUpdateRequestData as UserUpdateRequestData
from ascapi.models.user_update_request import (
    UserUpdateRequestDataAttributes as UserUpdateRequestDataAttributes,
)
from ascapi.models.user_update_request import (
    UserUpdateRequestDataRelationships as UserUpdateRequestDataRelationships,
)
from ascapi.models.user_update_request import (
    UserUpdateRequestDataRelationshipsVisibleApps as UserUpdateRequestDataRelationshipsVisibleApps,
)
from ascapi.models.user_update_request import (
    UserUpdateRequestDataRelationshipsVisibleAppsData as UserUpdateRequestDataRelationshipsVisibleAppsData,
)
from ascapi.models.user_visible_apps_linkages_request import (
    UserVisibleAppsLinkagesRequest as UserVisibleAppsLinkagesRequest,
)
from ascapi.models.user_visible_apps_linkages_request import (
    UserVisibleAppsLinkagesRequestData as UserVisibleAppsLinkagesRequestData,
)
from ascapi.models.user_visible_apps_linkages_response import (
    UserVisibleAppsLinkagesResponse as UserVisibleAppsLinkagesResponse,
)
from ascapi.models.user_visible_apps_linkages_response import (
    UserVisibleAppsLinkagesResponseData as UserVisibleAppsLinkagesResponseData,
)
from ascapi.models.users_response import UsersResponse as UsersResponse
from ascapi.models.webhook import Webhook as Webhook
from ascapi.models.webhook import WebhookAttributes as WebhookAttributes
from ascapi.models.webhook import WebhookRelationships as WebhookRelationships
from ascapi.models.webhook import WebhookRelationshipsApp as WebhookRelationshipsApp
from ascapi.models.webhook import WebhookRelationshipsAppData as WebhookRelationshipsAppData
from ascapi.models.webhook import WebhookRelationshipsDeliveries as WebhookRelationshipsDeliveries
from ascapi.models.webhook_create_request import WebhookCreateRequest as WebhookCreateRequest
from ascapi.models.webhook_create_request import (
    WebhookCreateRequestData as WebhookCreateRequestData,
)
from ascapi.models.webhook_create_request import (
    WebhookCreateRequestDataAttributes as WebhookCreateRequestDataAttributes,
)
from ascapi.models.webhook_create_request import (
    WebhookCreateRequestDataRelationships as WebhookCreateRequestDataRelationships,
)
from ascapi.models.webhook_create_request import (
    WebhookCreateRequestDataRelationshipsApp as WebhookCreateRequestDataRelationshipsApp,
)
from ascapi.models.webhook_create_request import (
    WebhookCreateRequestDataRelationshipsAppData as WebhookCreateRequestDataRelationshipsAppData,
)
from ascapi.models.webhook_deliveries_linkages_response import (
    WebhookDeliveriesLinkagesResponse as WebhookDeliveriesLinkagesResponse,
)
from ascapi.models.webhook_deliveries_linkages_response import (
    WebhookDeliveriesLinkagesResponseData as WebhookDeliveriesLinkagesResponseData,
)
from ascapi.models.webhook_deliveries_response import (
    WebhookDeliveriesResponse as WebhookDeliveriesResponse,
)
from ascapi.models.webhook_delivery import WebhookDelivery as WebhookDelivery
from ascapi.models.webhook_delivery import WebhookDeliveryAttributes as WebhookDeliveryAttributes
from ascapi.models.webhook_delivery import (
    WebhookDeliveryAttributesRequest as WebhookDeliveryAttributesRequest,
)
from ascapi.models.webhook_delivery import (
    WebhookDeliveryAttributesResponse as WebhookDeliveryAttributesResponse,
)
from ascapi.models.webhook_delivery import (
    WebhookDeliveryRelationships as WebhookDeliveryRelationships,
)
from ascapi.models.webhook_delivery import (
    WebhookDeliveryRelationshipsEvent as WebhookDeliveryRelationshipsEvent,
)
from ascapi.models.webhook_delivery import (
    WebhookDeliveryRelationshipsEventData as WebhookDeliveryRelationshipsEventData,
)
from ascapi.models.webhook_delivery_create_request import (
    WebhookDeliveryCreateRequest as WebhookDeliveryCreateRequest,
)
from ascapi.models.webhook_delivery_create_request import (
    WebhookDeliveryCreateRequestData as WebhookDeliveryCreateRequestData,
)
from ascapi.models.webhook_delivery_create_request import (
    WebhookDeliveryCreateRequestDataRelationships as WebhookDeliveryCreateRequestDataRelationships,
)
from ascapi.models.webhook_delivery_create_request import (
    WebhookDeliveryCreateRequestDataRelationshipsTemplate as WebhookDeliveryCreateRequestDataRelationshipsTemplate,
)
from ascapi.models.webhook_delivery_create_request import (
    WebhookDeliveryCreateRequestDataRelationshipsTemplateData as WebhookDeliveryCreateRequestDataRelationshipsTemplateData,
)
from ascapi.models.webhook_delivery_response import (
    WebhookDeliveryResponse as WebhookDeliveryResponse,
)
from ascapi.models.webhook_event import WebhookEvent as WebhookEvent
from ascapi.models.webhook_event import WebhookEventAttributes as WebhookEventAttributes
from ascapi.models.webhook_event_type import WebhookEventType as WebhookEventType
from ascapi.models.webhook_ping import WebhookPing as WebhookPing
from ascapi.models.webhook_ping_create_request import (
    WebhookPingCreateRequest as WebhookPingCreateRequest,
)
from ascapi.models.webhook_ping_create_request import (
    WebhookPingCreateRequestData as WebhookPingCreateRequestData,
)
from ascapi.models.webhook_ping_create_request import (
    WebhookPingCreateRequestDataRelationships as WebhookPingCreateRequestDataRelationships,
)
from ascapi.models.webhook_ping_create_request import (
    WebhookPingCreateRequestDataRelationshipsWebhook as WebhookPingCreateRequestDataRelationshipsWebhook,
)
from ascapi.models.webhook_ping_create_request import (
    WebhookPingCreateRequestDataRelationshipsWebhookData as WebhookPingCreateRequestDataRelationshipsWebhookData,
)
from ascapi.models.webhook_ping_response import WebhookPingResponse as WebhookPingResponse
from ascapi.models.webhook_response import WebhookResponse as WebhookResponse
from ascapi.models.webhook_update_request import WebhookUpdateRequest as WebhookUpdateRequest
from ascapi.models.webhook_update_request import (
    WebhookUpdateRequestData as WebhookUpdateRequestData,
)
from ascapi.models.webhook_update_request import (
    WebhookUpdateRequestDataAttributes as WebhookUpdateRequestDataAttributes,
)
from ascapi.models.webhooks_response import WebhooksResponse as WebhooksResponse
from ascapi.models.win_back_offer import WinBackOffer as WinBackOffer
from ascapi.models.win_back_offer import WinBackOfferAttributes as WinBackOfferAttributes
from ascapi.models.win_back_offer import WinBackOfferRelationships as WinBackOfferRelationships
from ascapi.models.win_back_offer import (
    WinBackOfferRelationshipsPrices as WinBackOfferRelationshipsPrices,
)
from ascapi.models.win_back_offer import (
    WinBackOfferRelationshipsPricesData as WinBackOfferRelationshipsPricesData,
)
from ascapi.models.win_back_offer_create_request import (
    WinBackOfferCreateRequest as WinBackOfferCreateRequest,
)
from ascapi.models.win_back_offer_create_request import (
    WinBackOfferCreateRequestData as WinBackOfferCreateRequestData,
)
from ascapi.models.win_back_offer_create_request import (
    WinBackOfferCreateRequestDataAttributes as WinBackOfferCreateRequestDataAttributes,
)
from ascapi.models.win_back_offer_create_request import (
    WinBackOfferCreateRequestDataRelationships as WinBackOfferCreateRequestDataRelationships,
)
from ascapi.models.win_back_offer_create_request import (
    WinBackOfferCreateRequestDataRelationshipsPrices as WinBackOfferCreateRequestDataRelationshipsPrices,
)
from ascapi.models.win_back_offer_create_request import (
    WinBackOfferCreateRequestDataRelationshipsPricesData as WinBackOfferCreateRequestDataRelationshipsPricesData,
)
from ascapi.models.win_back_offer_create_request import (
    WinBackOfferCreateRequestDataRelationshipsSubscription as WinBackOfferCreateRequestDataRelationshipsSubscription,
)
from ascapi.models.win_back_offer_create_request import (
    WinBackOfferCreateRequestDataRelationshipsSubscriptionData as WinBackOfferCreateRequestDataRelationshipsSubscriptionData,
)
from ascapi.models.win_back_offer_price import WinBackOfferPrice as WinBackOfferPrice
from ascapi.models.win_back_offer_price import (
    WinBackOfferPriceRelationships as WinBackOfferPriceRelationships,
)
from ascapi.models.win_back_offer_price import (
    WinBackOfferPriceRelationshipsSubscriptionPricePoint as WinBackOfferPriceRelationshipsSubscriptionPricePoint,
)
from ascapi.models.win_back_offer_price import (
    WinBackOfferPriceRelationshipsSubscriptionPricePointData as WinBackOfferPriceRelationshipsSubscriptionPricePointData,
)
from ascapi.models.win_back_offer_price import (
    WinBackOfferPriceRelationshipsTerritory as WinBackOfferPriceRelationshipsTerritory,
)
from ascapi.models.win_back_offer_price import (
    WinBackOfferPriceRelationshipsTerritoryData as WinBackOfferPriceRelationshipsTerritoryData,
)
from ascapi.models.win_back_offer_price_inline_create import (
    WinBackOfferPriceInlineCreate as WinBackOfferPriceInlineCreate,
)
from ascapi.models.win_back_offer_price_inline_create import (
    WinBackOfferPriceInlineCreateRelationships as WinBackOfferPriceInlineCreateRelationships,
)
from ascapi.models.win_back_offer_price_inline_create import (
    WinBackOfferPriceInlineCreateRelationshipsSubscriptionPricePoint as WinBackOfferPriceInlineCreateRelationshipsSubscriptionPricePoint,
)
from ascapi.models.win_back_offer_price_inline_create import (
    WinBackOfferPriceInlineCreateRelationshipsSubscriptionPricePointData as WinBackOfferPriceInlineCreateRelationshipsSubscriptionPricePointData,
)
from ascapi.models.win_back_offer_price_inline_create import (
    WinBackOfferPriceInlineCreateRelationshipsTerritory as WinBackOfferPriceInlineCreateRelationshipsTerritory,
)
from ascapi.models.win_back_offer_price_inline_create import (
    WinBackOfferPriceInlineCreateRelationshipsTerritoryData as WinBackOfferPriceInlineCreateRelationshipsTerritoryData,
)
from ascapi.models.win_back_offer_prices_linkages_response import (
    WinBackOfferPricesLinkagesResponse as WinBackOfferPricesLinkagesResponse,
)
from ascapi.models.win_back_offer_prices_linkages_response import (
    WinBackOfferPricesLinkagesResponseData as WinBackOfferPricesLinkagesResponseData,
)
from ascapi.models.win_back_offer_prices_response import (
    WinBackOfferPricesResponse as WinBackOfferPricesResponse,
)
from ascapi.models.win_back_offer_response import WinBackOfferResponse as WinBackOfferResponse
from ascapi.models.win_back_offer_update_request import (
    WinBackOfferUpdateRequest as WinBackOfferUpdateRequest,
)
from ascapi.models.win_back_offer_update_request import (
    WinBackOfferUpdateRequestData as WinBackOfferUpdateRequestData,
)
from ascapi.models.win_back_offer_update_request import (
    WinBackOfferUpdateRequestDataAttributes as WinBackOfferUpdateRequestDataAttributes,
)
from ascapi.models.win_back_offers_response import WinBackOffersResponse as WinBackOffersResponse
from ascapi.models.xcode_metrics import xcodeMetrics as xcodeMetrics
from ascapi.models.xcode_metrics import xcodeMetricsInsights as xcodeMetricsInsights
from ascapi.models.xcode_metrics import xcodeMetricsProductData as xcodeMetricsProductData
from ascapi.models.xcode_metrics import (
    xcodeMetricsProductDataMetricCategories as xcodeMetricsProductDataMetricCategories,
)
from ascapi.models.xcode_metrics import (
    xcodeMetricsProductDataMetricCategoriesMetrics as xcodeMetricsProductDataMetricCategoriesMetrics,
)
from ascapi.models.xcode_metrics import (
    xcodeMetricsProductDataMetricCategoriesMetricsDatasets as xcodeMetricsProductDataMetricCategoriesMetricsDatasets,
)
from ascapi.models.xcode_metrics import (
    xcodeMetricsProductDataMetricCategoriesMetricsDatasetsFilterCriteria as xcodeMetricsProductDataMetricCategoriesMetricsDatasetsFilterCriteria,
)
from ascapi.models.xcode_metrics import (
    xcodeMetricsProductDataMetricCategoriesMetricsDatasetsPoints as xcodeMetricsProductDataMetricCategoriesMetricsDatasetsPoints,
)
from ascapi.models.xcode_metrics import (
    xcodeMetricsProductDataMetricCategoriesMetricsDatasetsPointsPercentageBreakdown as xcodeMetricsProductDataMetricCategoriesMetricsDatasetsPointsPercentageBreakdown,
)
from ascapi.models.xcode_metrics import (
    xcodeMetricsProductDataMetricCategoriesMetricsDatasetsRecommendedMetricGoal as xcodeMetricsProductDataMetricCategoriesMetricsDatasetsRecommendedMetricGoal,
)
from ascapi.models.xcode_metrics import (
    xcodeMetricsProductDataMetricCategoriesMetricsGoalKeys as xcodeMetricsProductDataMetricCategoriesMetricsGoalKeys,
)
from ascapi.models.xcode_metrics import (
    xcodeMetricsProductDataMetricCategoriesMetricsUnit as xcodeMetricsProductDataMetricCategoriesMetricsUnit,
)
