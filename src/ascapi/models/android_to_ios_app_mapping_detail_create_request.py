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
    "AndroidToIosAppMappingDetailCreateRequest",
    "AndroidToIosAppMappingDetailCreateRequestData",
    "AndroidToIosAppMappingDetailCreateRequestDataAttributes",
    "AndroidToIosAppMappingDetailCreateRequestDataRelationships",
    "AndroidToIosAppMappingDetailCreateRequestDataRelationshipsApp",
    "AndroidToIosAppMappingDetailCreateRequestDataRelationshipsAppData",
]

_E0 = frozenset({"androidToIosAppMappingDetails"})
_E1 = frozenset({"apps"})


class AndroidToIosAppMappingDetailCreateRequest(Model):
    data: AndroidToIosAppMappingDetailCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AndroidToIosAppMappingDetailCreateRequestData(Model):
    type: _L["androidToIosAppMappingDetails"] | str | None | UnsetType = UNSET
    attributes: AndroidToIosAppMappingDetailCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AndroidToIosAppMappingDetailCreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AndroidToIosAppMappingDetailCreateRequestDataAttributes(Model):
    package_name: str | None | UnsetType = msgspec.field(default=UNSET, name="packageName")
    app_signing_key_public_certificate_sha256_fingerprints: list[str] | None | UnsetType = (
        msgspec.field(default=UNSET, name="appSigningKeyPublicCertificateSha256Fingerprints")
    )
    __ascapi_required__ = frozenset(
        {"app_signing_key_public_certificate_sha256_fingerprints", "package_name"}
    )
    __ascapi_nullable__ = frozenset[str]()


class AndroidToIosAppMappingDetailCreateRequestDataRelationships(Model):
    app: AndroidToIosAppMappingDetailCreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"app"})
    __ascapi_nullable__ = frozenset[str]()


class AndroidToIosAppMappingDetailCreateRequestDataRelationshipsApp(Model):
    data: AndroidToIosAppMappingDetailCreateRequestDataRelationshipsAppData | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AndroidToIosAppMappingDetailCreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
