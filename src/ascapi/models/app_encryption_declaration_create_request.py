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
    "AppEncryptionDeclarationCreateRequest",
    "AppEncryptionDeclarationCreateRequestData",
    "AppEncryptionDeclarationCreateRequestDataAttributes",
    "AppEncryptionDeclarationCreateRequestDataRelationships",
    "AppEncryptionDeclarationCreateRequestDataRelationshipsApp",
    "AppEncryptionDeclarationCreateRequestDataRelationshipsAppData",
]

_E0 = frozenset({"appEncryptionDeclarations"})
_E1 = frozenset({"apps"})


class AppEncryptionDeclarationCreateRequest(Model):
    data: AppEncryptionDeclarationCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppEncryptionDeclarationCreateRequestData(Model):
    type: _L["appEncryptionDeclarations"] | str | None | UnsetType = UNSET
    attributes: AppEncryptionDeclarationCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppEncryptionDeclarationCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppEncryptionDeclarationCreateRequestDataAttributes(Model):
    app_description: str | None | UnsetType = msgspec.field(default=UNSET, name="appDescription")
    contains_proprietary_cryptography: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="containsProprietaryCryptography"
    )
    contains_third_party_cryptography: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="containsThirdPartyCryptography"
    )
    available_on_french_store: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="availableOnFrenchStore"
    )
    __ascapi_required__ = frozenset(
        {
            "app_description",
            "available_on_french_store",
            "contains_proprietary_cryptography",
            "contains_third_party_cryptography",
        }
    )
    __ascapi_nullable__ = frozenset[str]()


class AppEncryptionDeclarationCreateRequestDataRelationships(Model):
    app: AppEncryptionDeclarationCreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"app"})
    __ascapi_nullable__ = frozenset[str]()


class AppEncryptionDeclarationCreateRequestDataRelationshipsApp(Model):
    data: AppEncryptionDeclarationCreateRequestDataRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppEncryptionDeclarationCreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
