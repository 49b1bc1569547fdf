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
    "AppEncryptionDeclarationDocumentCreateRequest",
    "AppEncryptionDeclarationDocumentCreateRequestData",
    "AppEncryptionDeclarationDocumentCreateRequestDataAttributes",
    "AppEncryptionDeclarationDocumentCreateRequestDataRelationships",
    "AppEncryptionDeclarationDocumentCreateRequestDataRelationshipsAppEncryptionDeclaration",
    "AppEncryptionDeclarationDocumentCreateRequestDataRelationshipsAppEncryptionDeclarationData",
]

_E0 = frozenset({"appEncryptionDeclarationDocuments"})
_E1 = frozenset({"appEncryptionDeclarations"})


class AppEncryptionDeclarationDocumentCreateRequest(Model):
    data: AppEncryptionDeclarationDocumentCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppEncryptionDeclarationDocumentCreateRequestData(Model):
    type: _L["appEncryptionDeclarationDocuments"] | str | None | UnsetType = UNSET
    attributes: AppEncryptionDeclarationDocumentCreateRequestDataAttributes | None | UnsetType = (
        UNSET
    )
    relationships: (
        AppEncryptionDeclarationDocumentCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppEncryptionDeclarationDocumentCreateRequestDataAttributes(Model):
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    __ascapi_required__ = frozenset({"file_name", "file_size"})
    __ascapi_nullable__ = frozenset[str]()


class AppEncryptionDeclarationDocumentCreateRequestDataRelationships(Model):
    app_encryption_declaration: (
        AppEncryptionDeclarationDocumentCreateRequestDataRelationshipsAppEncryptionDeclaration
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appEncryptionDeclaration")
    __ascapi_required__ = frozenset({"app_encryption_declaration"})
    __ascapi_nullable__ = frozenset[str]()


class AppEncryptionDeclarationDocumentCreateRequestDataRelationshipsAppEncryptionDeclaration(Model):
    data: (
        AppEncryptionDeclarationDocumentCreateRequestDataRelationshipsAppEncryptionDeclarationData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppEncryptionDeclarationDocumentCreateRequestDataRelationshipsAppEncryptionDeclarationData(
    Model
):
    type: _L["appEncryptionDeclarations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
