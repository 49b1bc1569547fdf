# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
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
    "AppStoreVersion",
    "AppStoreVersionAttributes",
    "AppStoreVersionRelationships",
    "AppStoreVersionRelationshipsApp",
    "AppStoreVersionRelationshipsAppData",
    "AppStoreVersionRelationshipsAppStoreVersionLocalizations",
    "AppStoreVersionRelationshipsAppStoreVersionLocalizationsData",
    "AppStoreVersionRelationshipsBuild",
    "AppStoreVersionRelationshipsBuildData",
    "AppStoreVersionRelationshipsAppStoreVersionPhasedRelease",
    "AppStoreVersionRelationshipsAppStoreVersionPhasedReleaseData",
    "AppStoreVersionRelationshipsGameCenterAppVersion",
    "AppStoreVersionRelationshipsGameCenterAppVersionData",
    "AppStoreVersionRelationshipsRoutingAppCoverage",
    "AppStoreVersionRelationshipsRoutingAppCoverageData",
    "AppStoreVersionRelationshipsAppStoreReviewDetail",
    "AppStoreVersionRelationshipsAppStoreReviewDetailData",
    "AppStoreVersionRelationshipsAppStoreVersionSubmission",
    "AppStoreVersionRelationshipsAppStoreVersionSubmissionData",
    "AppStoreVersionRelationshipsAppClipDefaultExperience",
    "AppStoreVersionRelationshipsAppClipDefaultExperienceData",
    "AppStoreVersionRelationshipsAppStoreVersionExperiments",
    "AppStoreVersionRelationshipsAppStoreVersionExperimentsData",
    "AppStoreVersionRelationshipsCustomerReviews",
    "AppStoreVersionRelationshipsAlternativeDistributionPackage",
    "AppStoreVersionRelationshipsAlternativeDistributionPackageData",
]

_E0 = frozenset({"appStoreVersions"})
_E1 = frozenset({"IOS", "MAC_OS", "TV_OS", "VISION_OS"})
_E2 = frozenset(
    {
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
    }
)
_E3 = frozenset(
    {
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
    }
)
_E4 = frozenset({"APP_STORE", "NOTARIZATION"})
_E5 = frozenset({"MANUAL", "AFTER_APPROVAL", "SCHEDULED"})
_E6 = frozenset({"apps"})
_E7 = frozenset({"appStoreVersionLocalizations"})
_E8 = frozenset({"builds"})
_E9 = frozenset({"appStoreVersionPhasedReleases"})
_E10 = frozenset({"gameCenterAppVersions"})
_E11 = frozenset({"routingAppCoverages"})
_E12 = frozenset({"appStoreReviewDetails"})
_E13 = frozenset({"appStoreVersionSubmissions"})
_E14 = frozenset({"appClipDefaultExperiences"})
_E15 = frozenset({"appStoreVersionExperiments"})
_E16 = frozenset({"alternativeDistributionPackages"})


class AppStoreVersion(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersions"] | str
        id: str
    else:
        type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppStoreVersionAttributes | None | UnsetType = UNSET
    relationships: AppStoreVersionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppStoreVersionAttributes(Model):
    platform: _L["IOS", "MAC_OS", "TV_OS", "VISION_OS"] | str | None | UnsetType = UNSET
    version_string: str | None | UnsetType = msgspec.field(default=UNSET, name="versionString")
    app_store_state: (
        _L[
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
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreState")
    app_version_state: (
        _L[
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
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appVersionState")
    copyright: str | None | UnsetType = UNSET
    review_type: _L["APP_STORE", "NOTARIZATION"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="reviewType"
    )
    release_type: _L["MANUAL", "AFTER_APPROVAL", "SCHEDULED"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="releaseType")
    )
    earliest_release_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="earliestReleaseDate"
    )
    uses_idfa: bool | None | UnsetType = msgspec.field(default=UNSET, name="usesIdfa")
    downloadable: bool | None | UnsetType = UNSET
    created_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="createdDate")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {
        "platform": _E1,
        "app_store_state": _E2,
        "app_version_state": _E3,
        "review_type": _E4,
        "release_type": _E5,
    }


class AppStoreVersionRelationships(Model):
    app: AppStoreVersionRelationshipsApp | None | UnsetType = UNSET
    app_store_version_localizations: (
        AppStoreVersionRelationshipsAppStoreVersionLocalizations | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionLocalizations")
    build: AppStoreVersionRelationshipsBuild | None | UnsetType = UNSET
    app_store_version_phased_release: (
        AppStoreVersionRelationshipsAppStoreVersionPhasedRelease | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionPhasedRelease")
    game_center_app_version: AppStoreVersionRelationshipsGameCenterAppVersion | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterAppVersion")
    )
    routing_app_coverage: AppStoreVersionRelationshipsRoutingAppCoverage | None | UnsetType = (
        msgspec.field(default=UNSET, name="routingAppCoverage")
    )
    app_store_review_detail: AppStoreVersionRelationshipsAppStoreReviewDetail | None | UnsetType = (
        msgspec.field(default=UNSET, name="appStoreReviewDetail")
    )
    app_store_version_submission: (
        AppStoreVersionRelationshipsAppStoreVersionSubmission | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionSubmission")
    app_clip_default_experience: (
        AppStoreVersionRelationshipsAppClipDefaultExperience | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appClipDefaultExperience")
    app_store_version_experiments: (
        AppStoreVersionRelationshipsAppStoreVersionExperiments | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperiments")
    app_store_version_experiments_v2: (
        AppStoreVersionRelationshipsAppStoreVersionExperiments | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperimentsV2")
    customer_reviews: AppStoreVersionRelationshipsCustomerReviews | None | UnsetType = (
        msgspec.field(default=UNSET, name="customerReviews")
    )
    alternative_distribution_package: (
        AppStoreVersionRelationshipsAlternativeDistributionPackage | None | UnsetType
    ) = msgspec.field(default=UNSET, name="alternativeDistributionPackage")
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionRelationshipsApp(Model):
    data: AppStoreVersionRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionRelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}


class AppStoreVersionRelationshipsAppStoreVersionLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppStoreVersionRelationshipsAppStoreVersionLocalizationsData] | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionRelationshipsAppStoreVersionLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersionLocalizations"] | str
        id: str
    else:
        type: _L["appStoreVersionLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E7}


class AppStoreVersionRelationshipsBuild(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: AppStoreVersionRelationshipsBuildData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionRelationshipsBuildData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["builds"] | str
        id: str
    else:
        type: _L["builds"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E8}


class AppStoreVersionRelationshipsAppStoreVersionPhasedRelease(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: AppStoreVersionRelationshipsAppStoreVersionPhasedReleaseData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionRelationshipsAppStoreVersionPhasedReleaseData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersionPhasedReleases"] | str
        id: str
    else:
        type: _L["appStoreVersionPhasedReleases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E9}


class AppStoreVersionRelationshipsGameCenterAppVersion(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: AppStoreVersionRelationshipsGameCenterAppVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionRelationshipsGameCenterAppVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAppVersions"] | str
        id: str
    else:
        type: _L["gameCenterAppVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E10}


class AppStoreVersionRelationshipsRoutingAppCoverage(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: AppStoreVersionRelationshipsRoutingAppCoverageData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionRelationshipsRoutingAppCoverageData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["routingAppCoverages"] | str
        id: str
    else:
        type: _L["routingAppCoverages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E11}


class AppStoreVersionRelationshipsAppStoreReviewDetail(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: AppStoreVersionRelationshipsAppStoreReviewDetailData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionRelationshipsAppStoreReviewDetailData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreReviewDetails"] | str
        id: str
    else:
        type: _L["appStoreReviewDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E12}


class AppStoreVersionRelationshipsAppStoreVersionSubmission(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: AppStoreVersionRelationshipsAppStoreVersionSubmissionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionRelationshipsAppStoreVersionSubmissionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersionSubmissions"] | str
        id: str
    else:
        type: _L["appStoreVersionSubmissions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E13}


class AppStoreVersionRelationshipsAppClipDefaultExperience(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: AppStoreVersionRelationshipsAppClipDefaultExperienceData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionRelationshipsAppClipDefaultExperienceData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appClipDefaultExperiences"] | str
        id: str
    else:
        type: _L["appClipDefaultExperiences"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E14}


class AppStoreVersionRelationshipsAppStoreVersionExperiments(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppStoreVersionRelationshipsAppStoreVersionExperimentsData] | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionRelationshipsAppStoreVersionExperimentsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersionExperiments"] | str
        id: str
    else:
        type: _L["appStoreVersionExperiments"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E15}


class AppStoreVersionRelationshipsCustomerReviews(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionRelationshipsAlternativeDistributionPackage(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: AppStoreVersionRelationshipsAlternativeDistributionPackageData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionRelationshipsAlternativeDistributionPackageData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["alternativeDistributionPackages"] | str
        id: str
    else:
        type: _L["alternativeDistributionPackages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E16}
