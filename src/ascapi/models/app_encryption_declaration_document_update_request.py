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
    "AppEncryptionDeclarationDocumentUpdateRequest",
    "AppEncryptionDeclarationDocumentUpdateRequestData",
    "AppEncryptionDeclarationDocumentUpdateRequestDataAttributes",
]

_E0 = frozenset({"appEncryptionDeclarationDocuments"})


class AppEncryptionDeclarationDocumentUpdateRequest(Model):
    data: AppEncryptionDeclarationDocumentUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppEncryptionDeclarationDocumentUpdateRequestData(Model):
    type: _L["appEncryptionDeclarationDocuments"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: AppEncryptionDeclarationDocumentUpdateRequestDataAttributes | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppEncryptionDeclarationDocumentUpdateRequestDataAttributes(Model):
    source_file_checksum: str | None | UnsetType = msgspec.field(
        default=UNSET, name="sourceFileChecksum"
    )
    uploaded: bool | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset({"source_file_checksum", "uploaded"})
