# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.ci_git_user import CiGitUser
from ascapi.models.ci_issue_counts import CiIssueCounts
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "CiBuildRun",
    "CiBuildRunAttributes",
    "CiBuildRunAttributesSourceCommit",
    "CiBuildRunRelationships",
    "CiBuildRunRelationshipsBuilds",
    "CiBuildRunRelationshipsBuildsData",
    "CiBuildRunRelationshipsWorkflow",
    "CiBuildRunRelationshipsWorkflowData",
    "CiBuildRunRelationshipsProduct",
    "CiBuildRunRelationshipsProductData",
    "CiBuildRunRelationshipsSourceBranchOrTag",
    "CiBuildRunRelationshipsSourceBranchOrTagData",
    "CiBuildRunRelationshipsActions",
    "CiBuildRunRelationshipsPullRequest",
    "CiBuildRunRelationshipsPullRequestData",
]

_E0 = frozenset({"ciBuildRuns"})
_E1 = frozenset({"PENDING", "RUNNING", "COMPLETE"})
_E2 = frozenset({"SUCCEEDED", "FAILED", "ERRORED", "CANCELED", "SKIPPED"})
_E3 = frozenset(
    {
        "GIT_REF_CHANGE",
        "MANUAL",
        "MANUAL_REBUILD",
        "PULL_REQUEST_OPEN",
        "PULL_REQUEST_UPDATE",
        "SCHEDULE",
    }
)
_E4 = frozenset({"AUTOMATICALLY_BY_NEWER_BUILD", "MANUALLY_BY_USER"})
_E5 = frozenset({"builds"})
_E6 = frozenset({"ciWorkflows"})
_E7 = frozenset({"ciProducts"})
_E8 = frozenset({"scmGitReferences"})
_E9 = frozenset({"scmPullRequests"})


class CiBuildRun(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["ciBuildRuns"] | str
        id: str
    else:
        type: _L["ciBuildRuns"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: CiBuildRunAttributes | None | UnsetType = UNSET
    relationships: CiBuildRunRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class CiBuildRunAttributes(Model):
    number: int | None | UnsetType = UNSET
    created_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="createdDate")
    started_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="startedDate")
    finished_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="finishedDate"
    )
    source_commit: CiBuildRunAttributesSourceCommit | None | UnsetType = msgspec.field(
        default=UNSET, name="sourceCommit"
    )
    destination_commit: CiBuildRunAttributesSourceCommit | None | UnsetType = msgspec.field(
        default=UNSET, name="destinationCommit"
    )
    is_pull_request_build: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="isPullRequestBuild"
    )
    issue_counts: CiIssueCounts | None | UnsetType = msgspec.field(
        default=UNSET, name="issueCounts"
    )
    execution_progress: _L["PENDING", "RUNNING", "COMPLETE"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="executionProgress")
    )
    completion_status: (
        _L["SUCCEEDED", "FAILED", "ERRORED", "CANCELED", "SKIPPED"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="completionStatus")
    start_reason: (
        _L[
            "GIT_REF_CHANGE",
            "MANUAL",
            "MANUAL_REBUILD",
            "PULL_REQUEST_OPEN",
            "PULL_REQUEST_UPDATE",
            "SCHEDULE",
        ]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="startReason")
    cancel_reason: (
        _L["AUTOMATICALLY_BY_NEWER_BUILD", "MANUALLY_BY_USER"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="cancelReason")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {
        "execution_progress": _E1,
        "completion_status": _E2,
        "start_reason": _E3,
        "cancel_reason": _E4,
    }


class CiBuildRunAttributesSourceCommit(Model):
    commit_sha: str | None | UnsetType = msgspec.field(default=UNSET, name="commitSha")
    message: str | None | UnsetType = UNSET
    author: CiGitUser | None | UnsetType = UNSET
    committer: CiGitUser | None | UnsetType = UNSET
    web_url: str | None | UnsetType = msgspec.field(default=UNSET, name="webUrl")
    __ascapi_nullable__ = frozenset[str]()


class CiBuildRunRelationships(Model):
    builds: CiBuildRunRelationshipsBuilds | None | UnsetType = UNSET
    workflow: CiBuildRunRelationshipsWorkflow | None | UnsetType = UNSET
    product: CiBuildRunRelationshipsProduct | None | UnsetType = UNSET
    source_branch_or_tag: CiBuildRunRelationshipsSourceBranchOrTag | None | UnsetType = (
        msgspec.field(default=UNSET, name="sourceBranchOrTag")
    )
    destination_branch: CiBuildRunRelationshipsSourceBranchOrTag | None | UnsetType = msgspec.field(
        default=UNSET, name="destinationBranch"
    )
    actions: CiBuildRunRelationshipsActions | None | UnsetType = UNSET
    pull_request: CiBuildRunRelationshipsPullRequest | None | UnsetType = msgspec.field(
        default=UNSET, name="pullRequest"
    )
    __ascapi_nullable__ = frozenset[str]()


class CiBuildRunRelationshipsBuilds(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[CiBuildRunRelationshipsBuildsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiBuildRunRelationshipsBuildsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["builds"] | str
        id: str
    else:
        type: _L["builds"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class CiBuildRunRelationshipsWorkflow(Model):
    data: CiBuildRunRelationshipsWorkflowData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiBuildRunRelationshipsWorkflowData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["ciWorkflows"] | str
        id: str
    else:
        type: _L["ciWorkflows"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}


class CiBuildRunRelationshipsProduct(Model):
    data: CiBuildRunRelationshipsProductData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiBuildRunRelationshipsProductData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["ciProducts"] | str
        id: str
    else:
        type: _L["ciProducts"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E7}


class CiBuildRunRelationshipsSourceBranchOrTag(Model):
    data: CiBuildRunRelationshipsSourceBranchOrTagData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiBuildRunRelationshipsSourceBranchOrTagData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["scmGitReferences"] | str
        id: str
    else:
        type: _L["scmGitReferences"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E8}


class CiBuildRunRelationshipsActions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiBuildRunRelationshipsPullRequest(Model):
    data: CiBuildRunRelationshipsPullRequestData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiBuildRunRelationshipsPullRequestData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["scmPullRequests"] | str
        id: str
    else:
        type: _L["scmPullRequests"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E9}
