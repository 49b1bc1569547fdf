# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "ProfileCreateRequest",
    "ProfileCreateRequestData",
    "ProfileCreateRequestDataAttributes",
    "ProfileCreateRequestDataRelationships",
    "ProfileCreateRequestDataRelationshipsBundleId",
    "ProfileCreateRequestDataRelationshipsBundleIdData",
    "ProfileCreateRequestDataRelationshipsDevices",
    "ProfileCreateRequestDataRelationshipsDevicesData",
    "ProfileCreateRequestDataRelationshipsCertificates",
    "ProfileCreateRequestDataRelationshipsCertificatesData",
]

_E0 = frozenset({"profiles"})
_E1 = frozenset(
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
_E2 = frozenset({"bundleIds"})
_E3 = frozenset({"devices"})
_E4 = frozenset({"certificates"})


class ProfileCreateRequest(Model):
    data: ProfileCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class ProfileCreateRequestData(Model):
    type: _L["profiles"] | str | None | UnsetType = UNSET
    attributes: ProfileCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: ProfileCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class ProfileCreateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
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
    __ascapi_required__ = frozenset({"name", "profile_type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"profile_type": _E1}


class ProfileCreateRequestDataRelationships(Model):
    bundle_id: ProfileCreateRequestDataRelationshipsBundleId | None | UnsetType = msgspec.field(
        default=UNSET, name="bundleId"
    )
    devices: ProfileCreateRequestDataRelationshipsDevices | None | UnsetType = UNSET
    certificates: ProfileCreateRequestDataRelationshipsCertificates | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"bundle_id", "certificates"})
    __ascapi_nullable__ = frozenset[str]()


class ProfileCreateRequestDataRelationshipsBundleId(Model):
    data: ProfileCreateRequestDataRelationshipsBundleIdData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class ProfileCreateRequestDataRelationshipsBundleIdData(Model):
    type: _L["bundleIds"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class ProfileCreateRequestDataRelationshipsDevices(Model):
    data: list[ProfileCreateRequestDataRelationshipsDevicesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ProfileCreateRequestDataRelationshipsDevicesData(Model):
    type: _L["devices"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class ProfileCreateRequestDataRelationshipsCertificates(Model):
    data: list[ProfileCreateRequestDataRelationshipsCertificatesData] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class ProfileCreateRequestDataRelationshipsCertificatesData(Model):
    type: _L["certificates"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
