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
    "CiMacOsVersion",
    "CiMacOsVersionAttributes",
    "CiMacOsVersionRelationships",
    "CiMacOsVersionRelationshipsXcodeVersions",
    "CiMacOsVersionRelationshipsXcodeVersionsData",
]

_E0 = frozenset({"ciMacOsVersions"})
_E1 = frozenset({"ciXcodeVersions"})


class CiMacOsVersion(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["ciMacOsVersions"] | str
        id: str
    else:
        type: _L["ciMacOsVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: CiMacOsVersionAttributes | None | UnsetType = UNSET
    relationships: CiMacOsVersionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class CiMacOsVersionAttributes(Model):
    version: str | None | UnsetType = UNSET
    name: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiMacOsVersionRelationships(Model):
    xcode_versions: CiMacOsVersionRelationshipsXcodeVersions | None | UnsetType = msgspec.field(
        default=UNSET, name="xcodeVersions"
    )
    __ascapi_nullable__ = frozenset[str]()


class CiMacOsVersionRelationshipsXcodeVersions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[CiMacOsVersionRelationshipsXcodeVersionsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiMacOsVersionRelationshipsXcodeVersionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["ciXcodeVersions"] | str
        id: str
    else:
        type: _L["ciXcodeVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
