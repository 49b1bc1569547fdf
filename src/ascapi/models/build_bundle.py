# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
    "BuildBundle",
    "BuildBundleAttributes",
    "BuildBundleRelationships",
    "BuildBundleRelationshipsAppClipDomainCacheStatus",
    "BuildBundleRelationshipsAppClipDomainCacheStatusData",
    "BuildBundleRelationshipsBetaAppClipInvocations",
    "BuildBundleRelationshipsBetaAppClipInvocationsData",
    "BuildBundleRelationshipsBuildBundleFileSizes",
    "BuildBundleRelationshipsBuildBundleFileSizesData",
]

_E0 = frozenset({"buildBundles"})
_E1 = frozenset({"APP", "APP_CLIP", "WATCH_APP"})
_E2 = frozenset({"appClipDomainStatuses"})
_E3 = frozenset({"betaAppClipInvocations"})
_E4 = frozenset({"buildBundleFileSizes"})


class BuildBundle(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["buildBundles"] | str
        id: str
    else:
        type: _L["buildBundles"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BuildBundleAttributes | None | UnsetType = UNSET
    relationships: BuildBundleRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BuildBundleAttributes(Model):
    bundle_id: str | None | UnsetType = msgspec.field(default=UNSET, name="bundleId")
    bundle_type: _L["APP", "APP_CLIP", "WATCH_APP"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="bundleType"
    )
    sdk_build: str | None | UnsetType = msgspec.field(default=UNSET, name="sdkBuild")
    platform_build: str | None | UnsetType = msgspec.field(default=UNSET, name="platformBuild")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    has_sirikit: bool | None | UnsetType = msgspec.field(default=UNSET, name="hasSirikit")
    has_on_demand_resources: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="hasOnDemandResources"
    )
    has_prerendered_icon: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="hasPrerenderedIcon"
    )
    uses_location_services: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="usesLocationServices"
    )
    is_ios_build_mac_app_store_compatible: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="isIosBuildMacAppStoreCompatible"
    )
    includes_symbols: bool | None | UnsetType = msgspec.field(default=UNSET, name="includesSymbols")
    d_sym_url: str | None | UnsetType = msgspec.field(default=UNSET, name="dSYMUrl")
    supported_architectures: list[str] | None | UnsetType = msgspec.field(
        default=UNSET, name="supportedArchitectures"
    )
    required_capabilities: list[str] | None | UnsetType = msgspec.field(
        default=UNSET, name="requiredCapabilities"
    )
    device_protocols: list[str] | None | UnsetType = msgspec.field(
        default=UNSET, name="deviceProtocols"
    )
    locales: list[str] | None | UnsetType = UNSET
    entitlements: dict[str, Any] | None | UnsetType = UNSET
    ba_download_allowance: int | None | UnsetType = msgspec.field(
        default=UNSET, name="baDownloadAllowance"
    )
    ba_max_install_size: int | None | UnsetType = msgspec.field(
        default=UNSET, name="baMaxInstallSize"
    )
    minimum_os_version: str | None | UnsetType = msgspec.field(
        default=UNSET, name="minimumOsVersion"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"bundle_type": _E1}


class BuildBundleRelationships(Model):
    app_clip_domain_cache_status: (
        BuildBundleRelationshipsAppClipDomainCacheStatus | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appClipDomainCacheStatus")
    app_clip_domain_debug_status: (
        BuildBundleRelationshipsAppClipDomainCacheStatus | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appClipDomainDebugStatus")
    beta_app_clip_invocations: BuildBundleRelationshipsBetaAppClipInvocations | None | UnsetType = (
        msgspec.field(default=UNSET, name="betaAppClipInvocations")
    )
    build_bundle_file_sizes: BuildBundleRelationshipsBuildBundleFileSizes | None | UnsetType = (
        msgspec.field(default=UNSET, name="buildBundleFileSizes")
    )
    __ascapi_nullable__ = frozenset[str]()


class BuildBundleRelationshipsAppClipDomainCacheStatus(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: BuildBundleRelationshipsAppClipDomainCacheStatusData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BuildBundleRelationshipsAppClipDomainCacheStatusData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appClipDomainStatuses"] | str
        id: str
    else:
        type: _L["appClipDomainStatuses"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class BuildBundleRelationshipsBetaAppClipInvocations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[BuildBundleRelationshipsBetaAppClipInvocationsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BuildBundleRelationshipsBetaAppClipInvocationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaAppClipInvocations"] | str
        id: str
    else:
        type: _L["betaAppClipInvocations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class BuildBundleRelationshipsBuildBundleFileSizes(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[BuildBundleRelationshipsBuildBundleFileSizesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BuildBundleRelationshipsBuildBundleFileSizesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["buildBundleFileSizes"] | str
        id: str
    else:
        type: _L["buildBundleFileSizes"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
