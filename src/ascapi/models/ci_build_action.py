# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.ci_issue_counts import CiIssueCounts
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "CiBuildAction",
    "CiBuildActionAttributes",
    "CiBuildActionRelationships",
    "CiBuildActionRelationshipsBuildRun",
    "CiBuildActionRelationshipsBuildRunData",
    "CiBuildActionRelationshipsArtifacts",
]

_E0 = frozenset({"ciBuildActions"})
_E1 = frozenset({"BUILD", "ANALYZE", "TEST", "ARCHIVE"})
_E2 = frozenset({"PENDING", "RUNNING", "COMPLETE"})
_E3 = frozenset({"SUCCEEDED", "FAILED", "ERRORED", "CANCELED", "SKIPPED"})
_E4 = frozenset({"ciBuildRuns"})


class CiBuildAction(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["ciBuildActions"] | str
        id: str
    else:
        type: _L["ciBuildActions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: CiBuildActionAttributes | None | UnsetType = UNSET
    relationships: CiBuildActionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class CiBuildActionAttributes(Model):
    name: str | None | UnsetType = UNSET
    action_type: _L["BUILD", "ANALYZE", "TEST", "ARCHIVE"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="actionType"
    )
    started_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="startedDate")
    finished_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="finishedDate"
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
    is_required_to_pass: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="isRequiredToPass"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"action_type": _E1, "execution_progress": _E2, "completion_status": _E3}


class CiBuildActionRelationships(Model):
    build_run: CiBuildActionRelationshipsBuildRun | None | UnsetType = msgspec.field(
        default=UNSET, name="buildRun"
    )
    artifacts: CiBuildActionRelationshipsArtifacts | None | UnsetType = UNSET
    issues: CiBuildActionRelationshipsArtifacts | None | UnsetType = UNSET
    test_results: CiBuildActionRelationshipsArtifacts | None | UnsetType = msgspec.field(
        default=UNSET, name="testResults"
    )
    __ascapi_nullable__ = frozenset[str]()


class CiBuildActionRelationshipsBuildRun(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: CiBuildActionRelationshipsBuildRunData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiBuildActionRelationshipsBuildRunData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["ciBuildRuns"] | str
        id: str
    else:
        type: _L["ciBuildRuns"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class CiBuildActionRelationshipsArtifacts(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
