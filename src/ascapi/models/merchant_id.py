# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

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
    "MerchantId",
    "MerchantIdAttributes",
    "MerchantIdRelationships",
    "MerchantIdRelationshipsCertificates",
    "MerchantIdRelationshipsCertificatesData",
]

_E0 = frozenset({"merchantIds"})
_E1 = frozenset({"certificates"})


class MerchantId(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["merchantIds"] | str
        id: str
    else:
        type: _L["merchantIds"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: MerchantIdAttributes | None | UnsetType = UNSET
    relationships: MerchantIdRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class MerchantIdAttributes(Model):
    name: str | None | UnsetType = UNSET
    identifier: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class MerchantIdRelationships(Model):
    certificates: MerchantIdRelationshipsCertificates | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class MerchantIdRelationshipsCertificates(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[MerchantIdRelationshipsCertificatesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class MerchantIdRelationshipsCertificatesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["certificates"] | str
        id: str
    else:
        type: _L["certificates"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
