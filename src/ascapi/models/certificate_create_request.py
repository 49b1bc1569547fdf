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
    "CertificateCreateRequest",
    "CertificateCreateRequestData",
    "CertificateCreateRequestDataAttributes",
    "CertificateCreateRequestDataRelationships",
    "CertificateCreateRequestDataRelationshipsMerchantId",
    "CertificateCreateRequestDataRelationshipsMerchantIdData",
    "CertificateCreateRequestDataRelationshipsPassTypeId",
    "CertificateCreateRequestDataRelationshipsPassTypeIdData",
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
_E2 = frozenset({"merchantIds"})
_E3 = frozenset({"passTypeIds"})


class CertificateCreateRequest(Model):
    data: CertificateCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class CertificateCreateRequestData(Model):
    type: _L["certificates"] | str | None | UnsetType = UNSET
    attributes: CertificateCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: CertificateCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class CertificateCreateRequestDataAttributes(Model):
    csr_content: str | None | UnsetType = msgspec.field(default=UNSET, name="csrContent")
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
    __ascapi_required__ = frozenset({"certificate_type", "csr_content"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"certificate_type": _E1}


class CertificateCreateRequestDataRelationships(Model):
    merchant_id: CertificateCreateRequestDataRelationshipsMerchantId | None | UnsetType = (
        msgspec.field(default=UNSET, name="merchantId")
    )
    pass_type_id: CertificateCreateRequestDataRelationshipsPassTypeId | None | UnsetType = (
        msgspec.field(default=UNSET, name="passTypeId")
    )
    __ascapi_nullable__ = frozenset[str]()


class CertificateCreateRequestDataRelationshipsMerchantId(Model):
    data: CertificateCreateRequestDataRelationshipsMerchantIdData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CertificateCreateRequestDataRelationshipsMerchantIdData(Model):
    type: _L["merchantIds"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class CertificateCreateRequestDataRelationshipsPassTypeId(Model):
    data: CertificateCreateRequestDataRelationshipsPassTypeIdData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CertificateCreateRequestDataRelationshipsPassTypeIdData(Model):
    type: _L["passTypeIds"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
