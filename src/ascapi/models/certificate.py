# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "Certificate",
    "CertificateAttributes",
    "CertificateRelationships",
    "CertificateRelationshipsPassTypeId",
    "CertificateRelationshipsPassTypeIdData",
]

_E0 = frozenset({"certificates"})
_E1 = frozenset(
    {
        "APPLE_PAY",
        "APPLE_PAY_MERCHANT_IDENTITY",
        "APPLE_PAY_PSP_IDENTITY",
        "APPLE_PAY_RSA",
        "DEVELOPER_ID_KEXT",
        "DEVELOPER_ID_KEXT_G2",
        "DEVELOPER_ID_APPLICATION",
        "DEVELOPER_ID_APPLICATION_G2",
        "DEVELOPMENT",
        "DISTRIBUTION",
        "IDENTITY_ACCESS",
        "IOS_DEVELOPMENT",
        "IOS_DISTRIBUTION",
        "MAC_APP_DISTRIBUTION",
        "MAC_INSTALLER_DISTRIBUTION",
        "MAC_APP_DEVELOPMENT",
        "PASS_TYPE_ID",
        "PASS_TYPE_ID_WITH_NFC",
    }
)
_E2 = frozenset({"IOS", "MAC_OS", "UNIVERSAL", "SERVICES"})
_E3 = frozenset({"passTypeIds"})


class Certificate(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["certificates"] | str
        id: str
    else:
        type: _L["certificates"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: CertificateAttributes | None | UnsetType = UNSET
    relationships: CertificateRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class CertificateAttributes(Model):
    name: str | None | UnsetType = UNSET
    certificate_type: (
        _L[
            "APPLE_PAY",
            "APPLE_PAY_MERCHANT_IDENTITY",
            "APPLE_PAY_PSP_IDENTITY",
            "APPLE_PAY_RSA",
            "DEVELOPER_ID_KEXT",
            "DEVELOPER_ID_KEXT_G2",
            "DEVELOPER_ID_APPLICATION",
            "DEVELOPER_ID_APPLICATION_G2",
            "DEVELOPMENT",
            "DISTRIBUTION",
            "IDENTITY_ACCESS",
            "IOS_DEVELOPMENT",
            "IOS_DISTRIBUTION",
            "MAC_APP_DISTRIBUTION",
            "MAC_INSTALLER_DISTRIBUTION",
            "MAC_APP_DEVELOPMENT",
            "PASS_TYPE_ID",
            "PASS_TYPE_ID_WITH_NFC",
        ]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="certificateType")
    display_name: str | None | UnsetType = msgspec.field(default=UNSET, name="displayName")
    serial_number: str | None | UnsetType = msgspec.field(default=UNSET, name="serialNumber")
    platform: _L["IOS", "MAC_OS", "UNIVERSAL", "SERVICES"] | str | None | UnsetType = UNSET
    expiration_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="expirationDate"
    )
    certificate_content: str | None | UnsetType = msgspec.field(
        default=UNSET, name="certificateContent"
    )
    activated: bool | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"certificate_type": _E1, "platform": _E2}


class CertificateRelationships(Model):
    pass_type_id: CertificateRelationshipsPassTypeId | None | UnsetType = msgspec.field(
        default=UNSET, name="passTypeId"
    )
    __ascapi_nullable__ = frozenset[str]()


class CertificateRelationshipsPassTypeId(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: CertificateRelationshipsPassTypeIdData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CertificateRelationshipsPassTypeIdData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["passTypeIds"] | str
        id: str
    else:
        type: _L["passTypeIds"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
