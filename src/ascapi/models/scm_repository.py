# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "ScmRepository",
    "ScmRepositoryAttributes",
    "ScmRepositoryRelationships",
    "ScmRepositoryRelationshipsScmProvider",
    "ScmRepositoryRelationshipsScmProviderData",
    "ScmRepositoryRelationshipsDefaultBranch",
    "ScmRepositoryRelationshipsDefaultBranchData",
    "ScmRepositoryRelationshipsGitReferences",
]

_E0 = frozenset({"scmRepositories"})
_E1 = frozenset({"scmProviders"})
_E2 = frozenset({"scmGitReferences"})


class ScmRepository(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["scmRepositories"] | str
        id: str
    else:
        type: _L["scmRepositories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: ScmRepositoryAttributes | None | UnsetType = UNSET
    relationships: ScmRepositoryRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class ScmRepositoryAttributes(Model):
    last_accessed_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="lastAccessedDate"
    )
    http_clone_url: str | None | UnsetType = msgspec.field(default=UNSET, name="httpCloneUrl")
    ssh_clone_url: str | None | UnsetType = msgspec.field(default=UNSET, name="sshCloneUrl")
    owner_name: str | None | UnsetType = msgspec.field(default=UNSET, name="ownerName")
    repository_name: str | None | UnsetType = msgspec.field(default=UNSET, name="repositoryName")
    __ascapi_nullable__ = frozenset[str]()


class ScmRepositoryRelationships(Model):
    scm_provider: ScmRepositoryRelationshipsScmProvider | None | UnsetType = msgspec.field(
        default=UNSET, name="scmProvider"
    )
    default_branch: ScmRepositoryRelationshipsDefaultBranch | None | UnsetType = msgspec.field(
        default=UNSET, name="defaultBranch"
    )
    git_references: ScmRepositoryRelationshipsGitReferences | None | UnsetType = msgspec.field(
        default=UNSET, name="gitReferences"
    )
    pull_requests: ScmRepositoryRelationshipsGitReferences | None | UnsetType = msgspec.field(
        default=UNSET, name="pullRequests"
    )
    __ascapi_nullable__ = frozenset[str]()


class ScmRepositoryRelationshipsScmProvider(Model):
    data: ScmRepositoryRelationshipsScmProviderData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ScmRepositoryRelationshipsScmProviderData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["scmProviders"] | str
        id: str
    else:
        type: _L["scmProviders"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class ScmRepositoryRelationshipsDefaultBranch(Model):
    data: ScmRepositoryRelationshipsDefaultBranchData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ScmRepositoryRelationshipsDefaultBranchData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["scmGitReferences"] | str
        id: str
    else:
        type: _L["scmGitReferences"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class ScmRepositoryRelationshipsGitReferences(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
