# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "ScmGitReference",
    "ScmGitReferenceAttributes",
    "ScmGitReferenceRelationships",
    "ScmGitReferenceRelationshipsRepository",
    "ScmGitReferenceRelationshipsRepositoryData",
]

_E0 = frozenset({"scmGitReferences"})
_E1 = frozenset({"BRANCH", "TAG"})
_E2 = frozenset({"scmRepositories"})


class ScmGitReference(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["scmGitReferences"] | str
        id: str
    else:
        type: _L["scmGitReferences"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: ScmGitReferenceAttributes | None | UnsetType = UNSET
    relationships: ScmGitReferenceRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class ScmGitReferenceAttributes(Model):
    name: str | None | UnsetType = UNSET
    canonical_name: str | None | UnsetType = msgspec.field(default=UNSET, name="canonicalName")
    is_deleted: bool | None | UnsetType = msgspec.field(default=UNSET, name="isDeleted")
    kind: _L["BRANCH", "TAG"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"kind": _E1}


class ScmGitReferenceRelationships(Model):
    repository: ScmGitReferenceRelationshipsRepository | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ScmGitReferenceRelationshipsRepository(Model):
    data: ScmGitReferenceRelationshipsRepositoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ScmGitReferenceRelationshipsRepositoryData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["scmRepositories"] | str
        id: str
    else:
        type: _L["scmRepositories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
