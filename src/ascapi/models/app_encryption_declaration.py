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
    "AppEncryptionDeclaration",
    "AppEncryptionDeclarationAttributes",
    "AppEncryptionDeclarationRelationships",
    "AppEncryptionDeclarationRelationshipsApp",
    "AppEncryptionDeclarationRelationshipsAppData",
    "AppEncryptionDeclarationRelationshipsBuilds",
    "AppEncryptionDeclarationRelationshipsBuildsData",
    "AppEncryptionDeclarationRelationshipsAppEncryptionDeclarationDocument",
    "AppEncryptionDeclarationRelationshipsAppEncryptionDeclarationDocumentData",
]

_E0 = frozenset({"appEncryptionDeclarations"})
_E1 = frozenset({"IOS", "MAC_OS", "TV_OS", "VISION_OS"})
_E2 = frozenset({"CREATED", "IN_REVIEW", "APPROVED", "REJECTED", "INVALID", "EXPIRED"})
_E3 = frozenset({"apps"})
_E4 = frozenset({"builds"})
_E5 = frozenset({"appEncryptionDeclarationDocuments"})


class AppEncryptionDeclaration(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appEncryptionDeclarations"] | str
        id: str
    else:
        type: _L["appEncryptionDeclarations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppEncryptionDeclarationAttributes | None | UnsetType = UNSET
    relationships: AppEncryptionDeclarationRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppEncryptionDeclarationAttributes(Model):
    app_description: str | None | UnsetType = msgspec.field(default=UNSET, name="appDescription")
    created_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="createdDate")
    uses_encryption: bool | None | UnsetType = msgspec.field(default=UNSET, name="usesEncryption")
    exempt: bool | None | UnsetType = UNSET
    contains_proprietary_cryptography: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="containsProprietaryCryptography"
    )
    contains_third_party_cryptography: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="containsThirdPartyCryptography"
    )
    available_on_french_store: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="availableOnFrenchStore"
    )
    platform: _L["IOS", "MAC_OS", "TV_OS", "VISION_OS"] | str | None | UnsetType = UNSET
    uploaded_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="uploadedDate"
    )
    document_url: str | None | UnsetType = msgspec.field(default=UNSET, name="documentUrl")
    document_name: str | None | UnsetType = msgspec.field(default=UNSET, name="documentName")
    document_type: str | None | UnsetType = msgspec.field(default=UNSET, name="documentType")
    app_encryption_declaration_state: (
        _L["CREATED", "IN_REVIEW", "APPROVED", "REJECTED", "INVALID", "EXPIRED"]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appEncryptionDeclarationState")
    code_value: str | None | UnsetType = msgspec.field(default=UNSET, name="codeValue")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"platform": _E1, "app_encryption_declaration_state": _E2}


class AppEncryptionDeclarationRelationships(Model):
    app: AppEncryptionDeclarationRelationshipsApp | None | UnsetType = UNSET
    builds: AppEncryptionDeclarationRelationshipsBuilds | None | UnsetType = UNSET
    app_encryption_declaration_document: (
        AppEncryptionDeclarationRelationshipsAppEncryptionDeclarationDocument | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appEncryptionDeclarationDocument")
    __ascapi_nullable__ = frozenset[str]()


class AppEncryptionDeclarationRelationshipsApp(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: AppEncryptionDeclarationRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppEncryptionDeclarationRelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class AppEncryptionDeclarationRelationshipsBuilds(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppEncryptionDeclarationRelationshipsBuildsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppEncryptionDeclarationRelationshipsBuildsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["builds"] | str
        id: str
    else:
        type: _L["builds"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class AppEncryptionDeclarationRelationshipsAppEncryptionDeclarationDocument(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: (
        AppEncryptionDeclarationRelationshipsAppEncryptionDeclarationDocumentData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppEncryptionDeclarationRelationshipsAppEncryptionDeclarationDocumentData(
    Model, kw_only=True
):
    if TYPE_CHECKING:
        type: _L["appEncryptionDeclarationDocuments"] | str
        id: str
    else:
        type: _L["appEncryptionDeclarationDocuments"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}
