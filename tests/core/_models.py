"""Small hand-written models in the shape the generator emits, so the runtime is tested on its own.

They follow docs/internals.md section 1: every field defaults to UNSET, enums are plain ``str`` at
run time, strict metadata on the classes, ``included`` typed with ``Included``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType


class RelationshipLinks(Model):
    self_: str | UnsetType | None = msgspec.field(default=UNSET, name="self")
    related: str | UnsetType | None = UNSET


class ResourceLinks(Model):
    self_: str | UnsetType | None = msgspec.field(default=UNSET, name="self")


class DocumentLinks(Model):
    self_: str | UnsetType | None = msgspec.field(default=UNSET, name="self")


class PagedDocumentLinks(Model):
    self_: str | UnsetType | None = msgspec.field(default=UNSET, name="self")
    first: str | UnsetType | None = UNSET
    next: str | UnsetType | None = UNSET
    __ascapi_required__ = frozenset({"self_"})


class Paging(Model):
    total: int | UnsetType | None = UNSET
    limit: int | UnsetType | None = UNSET
    next_cursor: str | UnsetType | None = msgspec.field(default=UNSET, name="nextCursor")
    __ascapi_required__ = frozenset({"limit"})


class PagingInformation(Model):
    paging: Paging | UnsetType | None = UNSET
    __ascapi_required__ = frozenset({"paging"})


class Linkage(Model):
    type: str | UnsetType | None = UNSET
    id: str | UnsetType | None = UNSET


class ToOne(Model):
    links: RelationshipLinks | UnsetType | None = UNSET
    data: Linkage | UnsetType | None = UNSET


class ToMany(Model):
    links: RelationshipLinks | UnsetType | None = UNSET
    data: list[Linkage] | UnsetType | None = UNSET


# --- apps --------------------------------------------------------------------------------------

class AppAttributes(Model):
    name: str | UnsetType | None = UNSET
    bundle_id: str | UnsetType | None = msgspec.field(default=UNSET, name="bundleId")
    sku: str | UnsetType | None = UNSET
    primary_locale: str | UnsetType | None = msgspec.field(default=UNSET, name="primaryLocale")
    content_rights_declaration: str | UnsetType | None = msgspec.field(
        default=UNSET, name="contentRightsDeclaration")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"content_rights_declaration": frozenset(  # noqa: RUF012
        {"DOES_NOT_USE_THIRD_PARTY_CONTENT", "USES_THIRD_PARTY_CONTENT"})}


class AppRelationships(Model):
    app_store_versions: ToMany | UnsetType | None = msgspec.field(default=UNSET,
                                                                  name="appStoreVersions")
    builds: ToMany | UnsetType | None = UNSET
    beta_groups: ToMany | UnsetType | None = msgspec.field(default=UNSET, name="betaGroups")


class App(Model):
    type: str | UnsetType | None = UNSET
    id: str | UnsetType | None = UNSET
    attributes: AppAttributes | UnsetType | None = UNSET
    relationships: AppRelationships | UnsetType | None = UNSET
    links: ResourceLinks | UnsetType | None = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": frozenset({"apps"})}  # noqa: RUF012


class AppsResponse(Document):
    data: list[App] | UnsetType | None = UNSET
    included: list[Included] | UnsetType | None = UNSET
    links: PagedDocumentLinks | UnsetType | None = UNSET
    meta: PagingInformation | UnsetType | None = UNSET
    __ascapi_required__ = frozenset({"data", "links"})


class AppResponse(Document):
    data: App | UnsetType | None = UNSET
    included: list[Included] | UnsetType | None = UNSET
    links: DocumentLinks | UnsetType | None = UNSET
    __ascapi_required__ = frozenset({"data", "links"})


# --- builds and pre-release versions ---------------------------------------------------------

class PreReleaseVersionAttributes(Model):
    version: str | UnsetType | None = UNSET
    platform: str | UnsetType | None = UNSET


class PreReleaseVersion(Model):
    type: str | UnsetType | None = UNSET
    id: str | UnsetType | None = UNSET
    attributes: PreReleaseVersionAttributes | UnsetType | None = UNSET
    relationships: dict[str, ToMany] | UnsetType | None = UNSET
    links: ResourceLinks | UnsetType | None = UNSET


class BuildAttributes(Model):
    version: str | UnsetType | None = UNSET
    expired: bool | UnsetType | None = UNSET
    min_os_version: str | UnsetType | None = msgspec.field(default=UNSET, name="minOsVersion")
    processing_state: str | UnsetType | None = msgspec.field(default=UNSET,
                                                              name="processingState")
    uses_non_exempt_encryption: bool | UnsetType | None = msgspec.field(
        default=UNSET, name="usesNonExemptEncryption")
    __ascapi_enums__ = {"processing_state": frozenset({"PROCESSING", "FAILED", "INVALID",  # noqa: RUF012
                                                       "VALID"})}


class BuildRelationships(Model):
    pre_release_version: ToOne | UnsetType | None = msgspec.field(default=UNSET,
                                                                  name="preReleaseVersion")
    app: ToOne | UnsetType | None = UNSET


class Build(Model):
    type: str | UnsetType | None = UNSET
    id: str | UnsetType | None = UNSET
    attributes: BuildAttributes | UnsetType | None = UNSET
    relationships: BuildRelationships | UnsetType | None = UNSET
    links: ResourceLinks | UnsetType | None = UNSET
    __ascapi_required__ = frozenset({"id", "type"})


class BuildsResponse(Document):
    data: list[Build] | UnsetType | None = UNSET
    included: list[Included] | UnsetType | None = UNSET
    links: PagedDocumentLinks | UnsetType | None = UNSET
    meta: PagingInformation | UnsetType | None = UNSET


class BuildResponse(Document):
    data: Build | UnsetType | None = UNSET
    included: list[Included] | UnsetType | None = UNSET
    links: DocumentLinks | UnsetType | None = UNSET


# --- bundle ids, devices, certificates, beta groups -------------------------------------------

class BundleIdAttributes(Model):
    name: str | UnsetType | None = UNSET
    platform: str | UnsetType | None = UNSET  # open enum: Apple also sends SERVICES
    identifier: str | UnsetType | None = UNSET
    seed_id: str | UnsetType | None = msgspec.field(default=UNSET, name="seedId")
    __ascapi_enums__ = {"platform": frozenset({"IOS", "MAC_OS", "UNIVERSAL"})}  # noqa: RUF012


class BundleId(Model):
    type: str | UnsetType | None = UNSET
    id: str | UnsetType | None = UNSET
    attributes: BundleIdAttributes | UnsetType | None = UNSET
    relationships: dict[str, ToOne] | UnsetType | None = UNSET
    links: ResourceLinks | UnsetType | None = UNSET


class BundleIdsResponse(Document):
    data: list[BundleId] | UnsetType | None = UNSET
    included: list[Included] | UnsetType | None = UNSET
    links: PagedDocumentLinks | UnsetType | None = UNSET
    meta: PagingInformation | UnsetType | None = UNSET


class DeviceAttributes(Model):
    name: str | UnsetType | None = UNSET
    platform: str | UnsetType | None = UNSET
    udid: str | UnsetType | None = UNSET
    device_class: str | UnsetType | None = msgspec.field(default=UNSET, name="deviceClass")
    status: str | UnsetType | None = UNSET
    model: str | UnsetType | None = UNSET


class Device(Model):
    type: str | UnsetType | None = UNSET
    id: str | UnsetType | None = UNSET
    attributes: DeviceAttributes | UnsetType | None = UNSET
    links: ResourceLinks | UnsetType | None = UNSET


class DevicesResponse(Document):
    data: list[Device] | UnsetType | None = UNSET
    links: PagedDocumentLinks | UnsetType | None = UNSET
    meta: PagingInformation | UnsetType | None = UNSET


class Certificate(Model):
    type: str | UnsetType | None = UNSET
    id: str | UnsetType | None = UNSET
    attributes: dict[str, Any] | UnsetType | None = UNSET
    links: ResourceLinks | UnsetType | None = UNSET


class CertificatesResponse(Document):
    data: list[Certificate] | UnsetType | None = UNSET
    links: PagedDocumentLinks | UnsetType | None = UNSET
    meta: PagingInformation | UnsetType | None = UNSET


class BetaGroupAttributes(Model):
    name: str | UnsetType | None = UNSET
    created_date: dt.datetime | UnsetType | None = msgspec.field(default=UNSET,
                                                                 name="createdDate")
    is_internal_group: bool | UnsetType | None = msgspec.field(default=UNSET,
                                                               name="isInternalGroup")
    public_link_enabled: bool | UnsetType | None = msgspec.field(default=UNSET,
                                                                 name="publicLinkEnabled")
    public_link: str | UnsetType | None = msgspec.field(default=UNSET, name="publicLink")
    public_link_limit: int | UnsetType | None = msgspec.field(default=UNSET,
                                                              name="publicLinkLimit")


class BetaGroup(Model):
    type: str | UnsetType | None = UNSET
    id: str | UnsetType | None = UNSET
    attributes: BetaGroupAttributes | UnsetType | None = UNSET
    links: ResourceLinks | UnsetType | None = UNSET


class BetaGroupsResponse(Document):
    data: list[BetaGroup] | UnsetType | None = UNSET
    links: PagedDocumentLinks | UnsetType | None = UNSET
    meta: PagingInformation | UnsetType | None = UNSET


# --- screenshots and versions ------------------------------------------------------------------

class ImageAsset(Model):
    template_url: str | UnsetType | None = msgspec.field(default=UNSET, name="templateUrl")
    width: int | UnsetType | None = UNSET
    height: int | UnsetType | None = UNSET


class AssetDeliveryState(Model):
    errors: list[dict[str, Any]] | UnsetType | None = UNSET
    warnings: list[dict[str, Any]] | UnsetType | None = UNSET
    state: str | UnsetType | None = UNSET


class AppScreenshotAttributes(Model):
    file_size: int | UnsetType | None = msgspec.field(default=UNSET, name="fileSize")
    file_name: str | UnsetType | None = msgspec.field(default=UNSET, name="fileName")
    source_file_checksum: str | UnsetType | None = msgspec.field(default=UNSET,
                                                                 name="sourceFileChecksum")
    image_asset: ImageAsset | UnsetType | None = msgspec.field(default=UNSET, name="imageAsset")
    asset_token: str | UnsetType | None = msgspec.field(default=UNSET, name="assetToken")
    upload_operations: list[dict[str, Any]] | UnsetType | None = msgspec.field(
        default=UNSET, name="uploadOperations")
    asset_delivery_state: AssetDeliveryState | UnsetType | None = msgspec.field(
        default=UNSET, name="assetDeliveryState")


class AppScreenshot(Model):
    type: str | UnsetType | None = UNSET
    id: str | UnsetType | None = UNSET
    attributes: AppScreenshotAttributes | UnsetType | None = UNSET
    relationships: dict[str, ToOne] | UnsetType | None = UNSET
    links: ResourceLinks | UnsetType | None = UNSET


class AppScreenshotsResponse(Document):
    data: list[AppScreenshot] | UnsetType | None = UNSET
    links: PagedDocumentLinks | UnsetType | None = UNSET
    meta: PagingInformation | UnsetType | None = UNSET


class AppStoreVersionAttributes(Model):
    platform: str | UnsetType | None = UNSET
    version_string: str | UnsetType | None = msgspec.field(default=UNSET, name="versionString")
    app_version_state: str | UnsetType | None = msgspec.field(default=UNSET,
                                                              name="appVersionState")
    copyright: str | UnsetType | None = UNSET
    release_type: str | UnsetType | None = msgspec.field(default=UNSET, name="releaseType")
    earliest_release_date: dt.datetime | UnsetType | None = msgspec.field(
        default=UNSET, name="earliestReleaseDate")


class AppStoreVersionRelationships(Model):
    app: ToOne | UnsetType | None = UNSET
    build: ToOne | UnsetType | None = UNSET
    app_store_version_localizations: ToMany | UnsetType | None = msgspec.field(
        default=UNSET, name="appStoreVersionLocalizations")
    app_store_version_phased_release: ToOne | UnsetType | None = msgspec.field(
        default=UNSET, name="appStoreVersionPhasedRelease")


class AppStoreVersion(Model):
    type: str | UnsetType | None = UNSET
    id: str | UnsetType | None = UNSET
    attributes: AppStoreVersionAttributes | UnsetType | None = UNSET
    relationships: AppStoreVersionRelationships | UnsetType | None = UNSET
    links: ResourceLinks | UnsetType | None = UNSET


class AppStoreVersionResponse(Document):
    data: AppStoreVersion | UnsetType | None = UNSET
    links: DocumentLinks | UnsetType | None = UNSET


class CreateAttributes(Model):
    platform: str | UnsetType = UNSET
    version_string: str | UnsetType = msgspec.field(default=UNSET, name="versionString")
    copyright: str | UnsetType | None = UNSET
    release_type: str | UnsetType | None = msgspec.field(default=UNSET, name="releaseType")
    earliest_release_date: dt.datetime | UnsetType | None = msgspec.field(
        default=UNSET, name="earliestReleaseDate")
    uses_idfa: bool | UnsetType | None = msgspec.field(default=UNSET, name="usesIdfa")


class CreateLinkage(Model):
    type: str
    id: str


class CreateToOne(Model):
    data: CreateLinkage | UnsetType | None = UNSET


class CreateRelationships(Model):
    app: CreateToOne | UnsetType = UNSET
    build: CreateToOne | UnsetType = UNSET


class CreateData(Model):
    type: str  # no default: omit_defaults would drop a default-valued type
    attributes: CreateAttributes | UnsetType = UNSET
    relationships: CreateRelationships | UnsetType = UNSET


class AppStoreVersionCreateRequest(Model):
    data: CreateData


# Registered by the ``test_models_registered`` fixture only, so that generated models (which
# register the same JSON:API types) are not shadowed for other tests.
TEST_INCLUDED: dict[str, Any] = {
    "apps": App,
    "builds": Build,
    "preReleaseVersions": f"{__name__}:PreReleaseVersion",  # lazy form, as the generator writes
}
