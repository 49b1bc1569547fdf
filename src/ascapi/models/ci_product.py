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
    "CiProduct",
    "CiProductAttributes",
    "CiProductRelationships",
    "CiProductRelationshipsApp",
    "CiProductRelationshipsAppData",
    "CiProductRelationshipsBundleId",
    "CiProductRelationshipsBundleIdData",
    "CiProductRelationshipsWorkflows",
    "CiProductRelationshipsPrimaryRepositories",
    "CiProductRelationshipsPrimaryRepositoriesData",
]

_E0 = frozenset({"ciProducts"})
_E1 = frozenset({"APP", "FRAMEWORK"})
_E2 = frozenset({"apps"})
_E3 = frozenset({"bundleIds"})
_E4 = frozenset({"scmRepositories"})


class CiProduct(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["ciProducts"] | str
        id: str
    else:
        type: _L["ciProducts"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: CiProductAttributes | None | UnsetType = UNSET
    relationships: CiProductRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class CiProductAttributes(Model):
    name: str | None | UnsetType = UNSET
    created_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="createdDate")
    product_type: _L["APP", "FRAMEWORK"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="productType"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"product_type": _E1}


class CiProductRelationships(Model):
    app: CiProductRelationshipsApp | None | UnsetType = UNSET
    bundle_id: CiProductRelationshipsBundleId | None | UnsetType = msgspec.field(
        default=UNSET, name="bundleId"
    )
    workflows: CiProductRelationshipsWorkflows | None | UnsetType = UNSET
    primary_repositories: CiProductRelationshipsPrimaryRepositories | None | UnsetType = (
        msgspec.field(default=UNSET, name="primaryRepositories")
    )
    additional_repositories: CiProductRelationshipsWorkflows | None | UnsetType = msgspec.field(
        default=UNSET, name="additionalRepositories"
    )
    build_runs: CiProductRelationshipsWorkflows | None | UnsetType = msgspec.field(
        default=UNSET, name="buildRuns"
    )
    __ascapi_nullable__ = frozenset[str]()


class CiProductRelationshipsApp(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: CiProductRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiProductRelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class CiProductRelationshipsBundleId(Model):
    data: CiProductRelationshipsBundleIdData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiProductRelationshipsBundleIdData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["bundleIds"] | str
        id: str
    else:
        type: _L["bundleIds"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class CiProductRelationshipsWorkflows(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiProductRelationshipsPrimaryRepositories(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[CiProductRelationshipsPrimaryRepositoriesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiProductRelationshipsPrimaryRepositoriesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["scmRepositories"] | str
        id: str
    else:
        type: _L["scmRepositories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
