# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.image_asset import ImageAsset
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "Build",
    "BuildAttributes",
    "BuildRelationships",
    "BuildRelationshipsPreReleaseVersion",
    "BuildRelationshipsPreReleaseVersionData",
    "BuildRelationshipsIndividualTesters",
    "BuildRelationshipsIndividualTestersData",
    "BuildRelationshipsBetaGroups",
    "BuildRelationshipsBetaGroupsData",
    "BuildRelationshipsBetaBuildLocalizations",
    "BuildRelationshipsBetaBuildLocalizationsData",
    "BuildRelationshipsAppEncryptionDeclaration",
    "BuildRelationshipsAppEncryptionDeclarationData",
    "BuildRelationshipsBetaAppReviewSubmission",
    "BuildRelationshipsBetaAppReviewSubmissionData",
    "BuildRelationshipsApp",
    "BuildRelationshipsAppData",
    "BuildRelationshipsBuildBetaDetail",
    "BuildRelationshipsBuildBetaDetailData",
    "BuildRelationshipsAppStoreVersion",
    "BuildRelationshipsAppStoreVersionData",
    "BuildRelationshipsIcons",
    "BuildRelationshipsIconsData",
    "BuildRelationshipsBuildBundles",
    "BuildRelationshipsBuildBundlesData",
    "BuildRelationshipsBuildUpload",
    "BuildRelationshipsBuildUploadData",
    "BuildRelationshipsPerfPowerMetrics",
]

_E0 = frozenset({"builds"})
_E1 = frozenset({"PROCESSING", "FAILED", "INVALID", "VALID"})
_E2 = frozenset({"INTERNAL_ONLY", "APP_STORE_ELIGIBLE"})
_E3 = frozenset({"preReleaseVersions"})
_E4 = frozenset({"betaTesters"})
_E5 = frozenset({"betaGroups"})
_E6 = frozenset({"betaBuildLocalizations"})
_E7 = frozenset({"appEncryptionDeclarations"})
_E8 = frozenset({"betaAppReviewSubmissions"})
_E9 = frozenset({"apps"})
_E10 = frozenset({"buildBetaDetails"})
_E11 = frozenset({"appStoreVersions"})
_E12 = frozenset({"buildIcons"})
_E13 = frozenset({"buildBundles"})
_E14 = frozenset({"buildUploads"})


class Build(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["builds"] | str
        id: str
    else:
        type: _L["builds"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BuildAttributes | None | UnsetType = UNSET
    relationships: BuildRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BuildAttributes(Model):
    version: str | None | UnsetType = UNSET
    uploaded_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="uploadedDate"
    )
    expiration_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="expirationDate"
    )
    expired: bool | None | UnsetType = UNSET
    min_os_version: str | None | UnsetType = msgspec.field(default=UNSET, name="minOsVersion")
    ls_minimum_system_version: str | None | UnsetType = msgspec.field(
        default=UNSET, name="lsMinimumSystemVersion"
    )
    computed_min_mac_os_version: str | None | UnsetType = msgspec.field(
        default=UNSET, name="computedMinMacOsVersion"
    )
    computed_min_vision_os_version: str | None | UnsetType = msgspec.field(
        default=UNSET, name="computedMinVisionOsVersion"
    )
    icon_asset_token: ImageAsset | None | UnsetType = msgspec.field(
        default=UNSET, name="iconAssetToken"
    )
    processing_state: _L["PROCESSING", "FAILED", "INVALID", "VALID"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="processingState")
    )
    build_audience_type: _L["INTERNAL_ONLY", "APP_STORE_ELIGIBLE"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="buildAudienceType")
    )
    uses_non_exempt_encryption: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="usesNonExemptEncryption"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"processing_state": _E1, "build_audience_type": _E2}


class BuildRelationships(Model):
    pre_release_version: BuildRelationshipsPreReleaseVersion | None | UnsetType = msgspec.field(
        default=UNSET, name="preReleaseVersion"
    )
    individual_testers: BuildRelationshipsIndividualTesters | None | UnsetType = msgspec.field(
        default=UNSET, name="individualTesters"
    )
    beta_groups: BuildRelationshipsBetaGroups | None | UnsetType = msgspec.field(
        default=UNSET, name="betaGroups"
    )
    beta_build_localizations: BuildRelationshipsBetaBuildLocalizations | None | UnsetType = (
        msgspec.field(default=UNSET, name="betaBuildLocalizations")
    )
    app_encryption_declaration: BuildRelationshipsAppEncryptionDeclaration | None | UnsetType = (
        msgspec.field(default=UNSET, name="appEncryptionDeclaration")
    )
    beta_app_review_submission: BuildRelationshipsBetaAppReviewSubmission | None | UnsetType = (
        msgspec.field(default=UNSET, name="betaAppReviewSubmission")
    )
    app: BuildRelationshipsApp | None | UnsetType = UNSET
    build_beta_detail: BuildRelationshipsBuildBetaDetail | None | UnsetType = msgspec.field(
        default=UNSET, name="buildBetaDetail"
    )
    app_store_version: BuildRelationshipsAppStoreVersion | None | UnsetType = msgspec.field(
        default=UNSET, name="appStoreVersion"
    )
    icons: BuildRelationshipsIcons | None | UnsetType = UNSET
    build_bundles: BuildRelationshipsBuildBundles | None | UnsetType = msgspec.field(
        default=UNSET, name="buildBundles"
    )
    build_upload: BuildRelationshipsBuildUpload | None | UnsetType = msgspec.field(
        default=UNSET, name="buildUpload"
    )
    perf_power_metrics: BuildRelationshipsPerfPowerMetrics | None | UnsetType = msgspec.field(
        default=UNSET, name="perfPowerMetrics"
    )
    diagnostic_signatures: BuildRelationshipsPerfPowerMetrics | None | UnsetType = msgspec.field(
        default=UNSET, name="diagnosticSignatures"
    )
    __ascapi_nullable__ = frozenset[str]()


class BuildRelationshipsPreReleaseVersion(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: BuildRelationshipsPreReleaseVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BuildRelationshipsPreReleaseVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["preReleaseVersions"] | str
        id: str
    else:
        type: _L["preReleaseVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class BuildRelationshipsIndividualTesters(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[BuildRelationshipsIndividualTestersData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BuildRelationshipsIndividualTestersData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaTesters"] | str
        id: str
    else:
        type: _L["betaTesters"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class BuildRelationshipsBetaGroups(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[BuildRelationshipsBetaGroupsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BuildRelationshipsBetaGroupsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaGroups"] | str
        id: str
    else:
        type: _L["betaGroups"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class BuildRelationshipsBetaBuildLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[BuildRelationshipsBetaBuildLocalizationsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BuildRelationshipsBetaBuildLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaBuildLocalizations"] | str
        id: str
    else:
        type: _L["betaBuildLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}


class BuildRelationshipsAppEncryptionDeclaration(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: BuildRelationshipsAppEncryptionDeclarationData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BuildRelationshipsAppEncryptionDeclarationData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appEncryptionDeclarations"] | str
        id: str
    else:
        type: _L["appEncryptionDeclarations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E7}


class BuildRelationshipsBetaAppReviewSubmission(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: BuildRelationshipsBetaAppReviewSubmissionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BuildRelationshipsBetaAppReviewSubmissionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaAppReviewSubmissions"] | str
        id: str
    else:
        type: _L["betaAppReviewSubmissions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E8}


class BuildRelationshipsApp(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: BuildRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BuildRelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E9}


class BuildRelationshipsBuildBetaDetail(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: BuildRelationshipsBuildBetaDetailData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BuildRelationshipsBuildBetaDetailData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["buildBetaDetails"] | str
        id: str
    else:
        type: _L["buildBetaDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E10}


class BuildRelationshipsAppStoreVersion(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: BuildRelationshipsAppStoreVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BuildRelationshipsAppStoreVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersions"] | str
        id: str
    else:
        type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E11}


class BuildRelationshipsIcons(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[BuildRelationshipsIconsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BuildRelationshipsIconsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["buildIcons"] | str
        id: str
    else:
        type: _L["buildIcons"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E12}


class BuildRelationshipsBuildBundles(Model):
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[BuildRelationshipsBuildBundlesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BuildRelationshipsBuildBundlesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["buildBundles"] | str
        id: str
    else:
        type: _L["buildBundles"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E13}


class BuildRelationshipsBuildUpload(Model):
    data: BuildRelationshipsBuildUploadData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BuildRelationshipsBuildUploadData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["buildUploads"] | str
        id: str
    else:
        type: _L["buildUploads"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E14}


class BuildRelationshipsPerfPowerMetrics(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
