# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.checksums import Checksums
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "AlternativeDistributionPackage",
    "AlternativeDistributionPackageAttributes",
    "AlternativeDistributionPackageRelationships",
    "AlternativeDistributionPackageRelationshipsVersions",
    "AlternativeDistributionPackageRelationshipsVersionsData",
]

_E0 = frozenset({"alternativeDistributionPackages"})
_E1 = frozenset({"alternativeDistributionPackageVersions"})


class AlternativeDistributionPackage(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["alternativeDistributionPackages"] | str
        id: str
    else:
        type: _L["alternativeDistributionPackages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AlternativeDistributionPackageAttributes | None | UnsetType = UNSET
    relationships: AlternativeDistributionPackageRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AlternativeDistributionPackageAttributes(Model):
    source_file_checksum: Checksums | None | UnsetType = msgspec.field(
        default=UNSET, name="sourceFileChecksum"
    )
    __ascapi_nullable__ = frozenset[str]()


class AlternativeDistributionPackageRelationships(Model):
    versions: AlternativeDistributionPackageRelationshipsVersions | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AlternativeDistributionPackageRelationshipsVersions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AlternativeDistributionPackageRelationshipsVersionsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AlternativeDistributionPackageRelationshipsVersionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["alternativeDistributionPackageVersions"] | str
        id: str
    else:
        type: _L["alternativeDistributionPackageVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
