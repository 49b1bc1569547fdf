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
    "BuildUpdateRequest",
    "BuildUpdateRequestData",
    "BuildUpdateRequestDataAttributes",
    "BuildUpdateRequestDataRelationships",
    "BuildUpdateRequestDataRelationshipsAppEncryptionDeclaration",
    "BuildUpdateRequestDataRelationshipsAppEncryptionDeclarationData",
]

_E0 = frozenset({"builds"})
_E1 = frozenset({"appEncryptionDeclarations"})


class BuildUpdateRequest(Model):
    data: BuildUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BuildUpdateRequestData(Model):
    type: _L["builds"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: BuildUpdateRequestDataAttributes | None | UnsetType = UNSET
    relationships: BuildUpdateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BuildUpdateRequestDataAttributes(Model):
    expired: bool | None | UnsetType = UNSET
    uses_non_exempt_encryption: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="usesNonExemptEncryption"
    )
    __ascapi_nullable__ = frozenset({"expired", "uses_non_exempt_encryption"})


class BuildUpdateRequestDataRelationships(Model):
    app_encryption_declaration: (
        BuildUpdateRequestDataRelationshipsAppEncryptionDeclaration | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appEncryptionDeclaration")
    __ascapi_nullable__ = frozenset[str]()


class BuildUpdateRequestDataRelationshipsAppEncryptionDeclaration(Model):
    data: BuildUpdateRequestDataRelationshipsAppEncryptionDeclarationData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BuildUpdateRequestDataRelationshipsAppEncryptionDeclarationData(Model):
    type: _L["appEncryptionDeclarations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
