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
    "CiBuildRunCreateRequest",
    "CiBuildRunCreateRequestData",
    "CiBuildRunCreateRequestDataAttributes",
    "CiBuildRunCreateRequestDataRelationships",
    "CiBuildRunCreateRequestDataRelationshipsBuildRun",
    "CiBuildRunCreateRequestDataRelationshipsBuildRunData",
    "CiBuildRunCreateRequestDataRelationshipsWorkflow",
    "CiBuildRunCreateRequestDataRelationshipsWorkflowData",
    "CiBuildRunCreateRequestDataRelationshipsSourceBranchOrTag",
    "CiBuildRunCreateRequestDataRelationshipsSourceBranchOrTagData",
    "CiBuildRunCreateRequestDataRelationshipsPullRequest",
    "CiBuildRunCreateRequestDataRelationshipsPullRequestData",
]

_E0 = frozenset({"ciBuildRuns"})
_E1 = frozenset({"ciWorkflows"})
_E2 = frozenset({"scmGitReferences"})
_E3 = frozenset({"scmPullRequests"})


class CiBuildRunCreateRequest(Model):
    data: CiBuildRunCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class CiBuildRunCreateRequestData(Model):
    type: _L["ciBuildRuns"] | str | None | UnsetType = UNSET
    attributes: CiBuildRunCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: CiBuildRunCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class CiBuildRunCreateRequestDataAttributes(Model):
    clean: bool | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset({"clean"})


class CiBuildRunCreateRequestDataRelationships(Model):
    build_run: CiBuildRunCreateRequestDataRelationshipsBuildRun | None | UnsetType = msgspec.field(
        default=UNSET, name="buildRun"
    )
    workflow: CiBuildRunCreateRequestDataRelationshipsWorkflow | None | UnsetType = UNSET
    source_branch_or_tag: (
        CiBuildRunCreateRequestDataRelationshipsSourceBranchOrTag | None | UnsetType
    ) = msgspec.field(default=UNSET, name="sourceBranchOrTag")
    pull_request: CiBuildRunCreateRequestDataRelationshipsPullRequest | None | UnsetType = (
        msgspec.field(default=UNSET, name="pullRequest")
    )
    __ascapi_nullable__ = frozenset[str]()


class CiBuildRunCreateRequestDataRelationshipsBuildRun(Model):
    data: CiBuildRunCreateRequestDataRelationshipsBuildRunData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiBuildRunCreateRequestDataRelationshipsBuildRunData(Model):
    type: _L["ciBuildRuns"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class CiBuildRunCreateRequestDataRelationshipsWorkflow(Model):
    data: CiBuildRunCreateRequestDataRelationshipsWorkflowData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiBuildRunCreateRequestDataRelationshipsWorkflowData(Model):
    type: _L["ciWorkflows"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class CiBuildRunCreateRequestDataRelationshipsSourceBranchOrTag(Model):
    data: CiBuildRunCreateRequestDataRelationshipsSourceBranchOrTagData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiBuildRunCreateRequestDataRelationshipsSourceBranchOrTagData(Model):
    type: _L["scmGitReferences"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class CiBuildRunCreateRequestDataRelationshipsPullRequest(Model):
    data: CiBuildRunCreateRequestDataRelationshipsPullRequestData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiBuildRunCreateRequestDataRelationshipsPullRequestData(Model):
    type: _L["scmPullRequests"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
