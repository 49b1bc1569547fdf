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
    "ScmPullRequest",
    "ScmPullRequestAttributes",
    "ScmPullRequestRelationships",
    "ScmPullRequestRelationshipsRepository",
    "ScmPullRequestRelationshipsRepositoryData",
]

_E0 = frozenset({"scmPullRequests"})
_E1 = frozenset({"scmRepositories"})


class ScmPullRequest(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["scmPullRequests"] | str
        id: str
    else:
        type: _L["scmPullRequests"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: ScmPullRequestAttributes | None | UnsetType = UNSET
    relationships: ScmPullRequestRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class ScmPullRequestAttributes(Model):
    title: str | None | UnsetType = UNSET
    number: int | None | UnsetType = UNSET
    web_url: str | None | UnsetType = msgspec.field(default=UNSET, name="webUrl")
    source_repository_owner: str | None | UnsetType = msgspec.field(
        default=UNSET, name="sourceRepositoryOwner"
    )
    source_repository_name: str | None | UnsetType = msgspec.field(
        default=UNSET, name="sourceRepositoryName"
    )
    source_branch_name: str | None | UnsetType = msgspec.field(
        default=UNSET, name="sourceBranchName"
    )
    destination_repository_owner: str | None | UnsetType = msgspec.field(
        default=UNSET, name="destinationRepositoryOwner"
    )
    destination_repository_name: str | None | UnsetType = msgspec.field(
        default=UNSET, name="destinationRepositoryName"
    )
    destination_branch_name: str | None | UnsetType = msgspec.field(
        default=UNSET, name="destinationBranchName"
    )
    is_closed: bool | None | UnsetType = msgspec.field(default=UNSET, name="isClosed")
    is_cross_repository: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="isCrossRepository"
    )
    __ascapi_nullable__ = frozenset[str]()


class ScmPullRequestRelationships(Model):
    repository: ScmPullRequestRelationshipsRepository | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ScmPullRequestRelationshipsRepository(Model):
    data: ScmPullRequestRelationshipsRepositoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ScmPullRequestRelationshipsRepositoryData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["scmRepositories"] | str
        id: str
    else:
        type: _L["scmRepositories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
