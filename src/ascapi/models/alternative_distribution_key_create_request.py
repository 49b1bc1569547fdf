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
    "AlternativeDistributionKeyCreateRequest",
    "AlternativeDistributionKeyCreateRequestData",
    "AlternativeDistributionKeyCreateRequestDataAttributes",
    "AlternativeDistributionKeyCreateRequestDataRelationships",
    "AlternativeDistributionKeyCreateRequestDataRelationshipsApp",
    "AlternativeDistributionKeyCreateRequestDataRelationshipsAppData",
]

_E0 = frozenset({"alternativeDistributionKeys"})
_E1 = frozenset({"apps"})


class AlternativeDistributionKeyCreateRequest(Model):
    data: AlternativeDistributionKeyCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AlternativeDistributionKeyCreateRequestData(Model):
    type: _L["alternativeDistributionKeys"] | str | None | UnsetType = UNSET
    attributes: AlternativeDistributionKeyCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AlternativeDistributionKeyCreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"attributes", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AlternativeDistributionKeyCreateRequestDataAttributes(Model):
    public_key: str | None | UnsetType = msgspec.field(default=UNSET, name="publicKey")
    __ascapi_required__ = frozenset({"public_key"})
    __ascapi_nullable__ = frozenset[str]()


class AlternativeDistributionKeyCreateRequestDataRelationships(Model):
    app: AlternativeDistributionKeyCreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AlternativeDistributionKeyCreateRequestDataRelationshipsApp(Model):
    data: AlternativeDistributionKeyCreateRequestDataRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AlternativeDistributionKeyCreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
