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
    "AlternativeDistributionPackageVersion",
    "AlternativeDistributionPackageVersionAttributes",
    "AlternativeDistributionPackageVersionRelationships",
    "AlternativeDistributionPackageVersionRelationshipsVariants",
    "AlternativeDistributionPackageVersionRelationshipsVariantsData",
    "AlternativeDistributionPackageVersionRelationshipsDeltas",
    "AlternativeDistributionPackageVersionRelationshipsDeltasData",
    "AlternativeDistributionPackageVersionRelationshipsAlternativeDistributionPackage",
    "AlternativeDistributionPackageVersionRelationshipsAlternativeDistributionPackageData",
]

_E0 = frozenset({"alternativeDistributionPackageVersions"})
_E1 = frozenset({"COMPLETED", "REPLACED"})
_E2 = frozenset({"alternativeDistributionPackageVariants"})
_E3 = frozenset({"alternativeDistributionPackageDeltas"})
_E4 = frozenset({"alternativeDistributionPackages"})


class AlternativeDistributionPackageVersion(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["alternativeDistributionPackageVersions"] | str
        id: str
    else:
        type: _L["alternativeDistributionPackageVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AlternativeDistributionPackageVersionAttributes | None | UnsetType = UNSET
    relationships: AlternativeDistributionPackageVersionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AlternativeDistributionPackageVersionAttributes(Model):
    url: str | None | UnsetType = UNSET
    url_expiration_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="urlExpirationDate"
    )
    version: str | None | UnsetType = UNSET
    file_checksum: str | None | UnsetType = msgspec.field(default=UNSET, name="fileChecksum")
    state: _L["COMPLETED", "REPLACED"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"state": _E1}


class AlternativeDistributionPackageVersionRelationships(Model):
    variants: AlternativeDistributionPackageVersionRelationshipsVariants | None | UnsetType = UNSET
    deltas: AlternativeDistributionPackageVersionRelationshipsDeltas | None | UnsetType = UNSET
    alternative_distribution_package: (
        AlternativeDistributionPackageVersionRelationshipsAlternativeDistributionPackage
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="alternativeDistributionPackage")
    __ascapi_nullable__ = frozenset[str]()


class AlternativeDistributionPackageVersionRelationshipsVariants(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[AlternativeDistributionPackageVersionRelationshipsVariantsData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AlternativeDistributionPackageVersionRelationshipsVariantsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["alternativeDistributionPackageVariants"] | str
        id: str
    else:
        type: _L["alternativeDistributionPackageVariants"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class AlternativeDistributionPackageVersionRelationshipsDeltas(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AlternativeDistributionPackageVersionRelationshipsDeltasData] | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class AlternativeDistributionPackageVersionRelationshipsDeltasData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["alternativeDistributionPackageDeltas"] | str
        id: str
    else:
        type: _L["alternativeDistributionPackageDeltas"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class AlternativeDistributionPackageVersionRelationshipsAlternativeDistributionPackage(Model):
    data: (
        AlternativeDistributionPackageVersionRelationshipsAlternativeDistributionPackageData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AlternativeDistributionPackageVersionRelationshipsAlternativeDistributionPackageData(
    Model, kw_only=True
):
    if TYPE_CHECKING:
        type: _L["alternativeDistributionPackages"] | str
        id: str
    else:
        type: _L["alternativeDistributionPackages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
