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
    "BetaTester",
    "BetaTesterAttributes",
    "BetaTesterAttributesAppDevices",
    "BetaTesterRelationships",
    "BetaTesterRelationshipsApps",
    "BetaTesterRelationshipsAppsData",
    "BetaTesterRelationshipsBetaGroups",
    "BetaTesterRelationshipsBetaGroupsData",
    "BetaTesterRelationshipsBuilds",
    "BetaTesterRelationshipsBuildsData",
]

_E0 = frozenset({"betaTesters"})
_E1 = frozenset({"EMAIL", "PUBLIC_LINK"})
_E2 = frozenset({"NOT_INVITED", "INVITED", "ACCEPTED", "INSTALLED", "REVOKED"})
_E3 = frozenset({"IOS", "MAC_OS", "TV_OS", "WATCH_OS", "VISION_OS"})
_E4 = frozenset({"apps"})
_E5 = frozenset({"betaGroups"})
_E6 = frozenset({"builds"})


class BetaTester(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaTesters"] | str
        id: str
    else:
        type: _L["betaTesters"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BetaTesterAttributes | None | UnsetType = UNSET
    relationships: BetaTesterRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BetaTesterAttributes(Model):
    first_name: str | None | UnsetType = msgspec.field(default=UNSET, name="firstName")
    last_name: str | None | UnsetType = msgspec.field(default=UNSET, name="lastName")
    email: str | None | UnsetType = UNSET
    invite_type: _L["EMAIL", "PUBLIC_LINK"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="inviteType"
    )
    state: (
        _L["NOT_INVITED", "INVITED", "ACCEPTED", "INSTALLED", "REVOKED"] | str | None | UnsetType
    ) = UNSET
    app_devices: list[BetaTesterAttributesAppDevices] | None | UnsetType = msgspec.field(
        default=UNSET, name="appDevices"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"invite_type": _E1, "state": _E2}


class BetaTesterAttributesAppDevices(Model):
    model: str | None | UnsetType = UNSET
    platform: _L["IOS", "MAC_OS", "TV_OS", "WATCH_OS", "VISION_OS"] | str | None | UnsetType = UNSET
    os_version: str | None | UnsetType = msgspec.field(default=UNSET, name="osVersion")
    app_build_version: str | None | UnsetType = msgspec.field(default=UNSET, name="appBuildVersion")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"platform": _E3}


class BetaTesterRelationships(Model):
    apps: BetaTesterRelationshipsApps | None | UnsetType = UNSET
    beta_groups: BetaTesterRelationshipsBetaGroups | None | UnsetType = msgspec.field(
        default=UNSET, name="betaGroups"
    )
    builds: BetaTesterRelationshipsBuilds | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaTesterRelationshipsApps(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[BetaTesterRelationshipsAppsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaTesterRelationshipsAppsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class BetaTesterRelationshipsBetaGroups(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[BetaTesterRelationshipsBetaGroupsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaTesterRelationshipsBetaGroupsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaGroups"] | str
        id: str
    else:
        type: _L["betaGroups"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class BetaTesterRelationshipsBuilds(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[BetaTesterRelationshipsBuildsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaTesterRelationshipsBuildsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["builds"] | str
        id: str
    else:
        type: _L["builds"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}
