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
    "Profile",
    "ProfileAttributes",
    "ProfileRelationships",
    "ProfileRelationshipsBundleId",
    "ProfileRelationshipsBundleIdData",
    "ProfileRelationshipsDevices",
    "ProfileRelationshipsDevicesData",
    "ProfileRelationshipsCertificates",
    "ProfileRelationshipsCertificatesData",
]

_E0 = frozenset({"profiles"})
_E1 = frozenset({"IOS", "MAC_OS", "UNIVERSAL", "SERVICES"})
_E2 = frozenset(
    {
        "IOS_APP_DEVELOPMENT",
        "IOS_APP_STORE",
        "IOS_APP_ADHOC",
        "IOS_APP_INHOUSE",
        "MAC_APP_DEVELOPMENT",
        "MAC_APP_STORE",
        "MAC_APP_DIRECT",
        "TVOS_APP_DEVELOPMENT",
        "TVOS_APP_STORE",
        "TVOS_APP_ADHOC",
        "TVOS_APP_INHOUSE",
        "MAC_CATALYST_APP_DEVELOPMENT",
        "MAC_CATALYST_APP_STORE",
        "MAC_CATALYST_APP_DIRECT",
    }
)
_E3 = frozenset({"ACTIVE", "INVALID"})
_E4 = frozenset({"bundleIds"})
_E5 = frozenset({"devices"})
_E6 = frozenset({"certificates"})


class Profile(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["profiles"] | str
        id: str
    else:
        type: _L["profiles"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: ProfileAttributes | None | UnsetType = UNSET
    relationships: ProfileRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class ProfileAttributes(Model):
    name: str | None | UnsetType = UNSET
    platform: _L["IOS", "MAC_OS", "UNIVERSAL", "SERVICES"] | str | None | UnsetType = UNSET
    profile_type: (
        _L[
            "IOS_APP_DEVELOPMENT",
            "IOS_APP_STORE",
            "IOS_APP_ADHOC",
            "IOS_APP_INHOUSE",
            "MAC_APP_DEVELOPMENT",
            "MAC_APP_STORE",
            "MAC_APP_DIRECT",
            "TVOS_APP_DEVELOPMENT",
            "TVOS_APP_STORE",
            "TVOS_APP_ADHOC",
            "TVOS_APP_INHOUSE",
            "MAC_CATALYST_APP_DEVELOPMENT",
            "MAC_CATALYST_APP_STORE",
            "MAC_CATALYST_APP_DIRECT",
        ]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="profileType")
    profile_state: _L["ACTIVE", "INVALID"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="profileState"
    )
    profile_content: str | None | UnsetType = msgspec.field(default=UNSET, name="profileContent")
    uuid: str | None | UnsetType = UNSET
    created_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="createdDate")
    expiration_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="expirationDate"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"platform": _E1, "profile_type": _E2, "profile_state": _E3}


class ProfileRelationships(Model):
    bundle_id: ProfileRelationshipsBundleId | None | UnsetType = msgspec.field(
        default=UNSET, name="bundleId"
    )
    devices: ProfileRelationshipsDevices | None | UnsetType = UNSET
    certificates: ProfileRelationshipsCertificates | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ProfileRelationshipsBundleId(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: ProfileRelationshipsBundleIdData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ProfileRelationshipsBundleIdData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["bundleIds"] | str
        id: str
    else:
        type: _L["bundleIds"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class ProfileRelationshipsDevices(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[ProfileRelationshipsDevicesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ProfileRelationshipsDevicesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["devices"] | str
        id: str
    else:
        type: _L["devices"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class ProfileRelationshipsCertificates(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[ProfileRelationshipsCertificatesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ProfileRelationshipsCertificatesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["certificates"] | str
        id: str
    else:
        type: _L["certificates"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}
