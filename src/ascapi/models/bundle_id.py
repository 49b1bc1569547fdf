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
    "BundleId",
    "BundleIdAttributes",
    "BundleIdRelationships",
    "BundleIdRelationshipsProfiles",
    "BundleIdRelationshipsProfilesData",
    "BundleIdRelationshipsBundleIdCapabilities",
    "BundleIdRelationshipsBundleIdCapabilitiesData",
    "BundleIdRelationshipsApp",
    "BundleIdRelationshipsAppData",
]

_E0 = frozenset({"bundleIds"})
_E1 = frozenset({"IOS", "MAC_OS", "UNIVERSAL", "SERVICES"})
_E2 = frozenset({"profiles"})
_E3 = frozenset({"bundleIdCapabilities"})
_E4 = frozenset({"apps"})


class BundleId(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["bundleIds"] | str
        id: str
    else:
        type: _L["bundleIds"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BundleIdAttributes | None | UnsetType = UNSET
    relationships: BundleIdRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BundleIdAttributes(Model):
    name: str | None | UnsetType = UNSET
    platform: _L["IOS", "MAC_OS", "UNIVERSAL", "SERVICES"] | str | None | UnsetType = UNSET
    identifier: str | None | UnsetType = UNSET
    seed_id: str | None | UnsetType = msgspec.field(default=UNSET, name="seedId")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"platform": _E1}


class BundleIdRelationships(Model):
    profiles: BundleIdRelationshipsProfiles | None | UnsetType = UNSET
    bundle_id_capabilities: BundleIdRelationshipsBundleIdCapabilities | None | UnsetType = (
        msgspec.field(default=UNSET, name="bundleIdCapabilities")
    )
    app: BundleIdRelationshipsApp | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BundleIdRelationshipsProfiles(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[BundleIdRelationshipsProfilesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BundleIdRelationshipsProfilesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["profiles"] | str
        id: str
    else:
        type: _L["profiles"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class BundleIdRelationshipsBundleIdCapabilities(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[BundleIdRelationshipsBundleIdCapabilitiesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BundleIdRelationshipsBundleIdCapabilitiesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["bundleIdCapabilities"] | str
        id: str
    else:
        type: _L["bundleIdCapabilities"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class BundleIdRelationshipsApp(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: BundleIdRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BundleIdRelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
