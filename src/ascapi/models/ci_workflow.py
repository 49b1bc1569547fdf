# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.ci_action import CiAction
from ascapi.models.ci_branch_start_condition import CiBranchStartCondition
from ascapi.models.ci_manual_branch_start_condition import CiManualBranchStartCondition
from ascapi.models.ci_manual_pull_request_start_condition import CiManualPullRequestStartCondition
from ascapi.models.ci_manual_tag_start_condition import CiManualTagStartCondition
from ascapi.models.ci_pull_request_start_condition import CiPullRequestStartCondition
from ascapi.models.ci_scheduled_start_condition import CiScheduledStartCondition
from ascapi.models.ci_tag_start_condition import CiTagStartCondition
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "CiWorkflow",
    "CiWorkflowAttributes",
    "CiWorkflowRelationships",
    "CiWorkflowRelationshipsProduct",
    "CiWorkflowRelationshipsProductData",
    "CiWorkflowRelationshipsRepository",
    "CiWorkflowRelationshipsRepositoryData",
    "CiWorkflowRelationshipsXcodeVersion",
    "CiWorkflowRelationshipsXcodeVersionData",
    "CiWorkflowRelationshipsMacOsVersion",
    "CiWorkflowRelationshipsMacOsVersionData",
    "CiWorkflowRelationshipsBuildRuns",
]

_E0 = frozenset({"ciWorkflows"})
_E1 = frozenset({"ciProducts"})
_E2 = frozenset({"scmRepositories"})
_E3 = frozenset({"ciXcodeVersions"})
_E4 = frozenset({"ciMacOsVersions"})


class CiWorkflow(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["ciWorkflows"] | str
        id: str
    else:
        type: _L["ciWorkflows"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: CiWorkflowAttributes | None | UnsetType = UNSET
    relationships: CiWorkflowRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class CiWorkflowAttributes(Model):
    name: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    branch_start_condition: CiBranchStartCondition | None | UnsetType = msgspec.field(
        default=UNSET, name="branchStartCondition"
    )
    tag_start_condition: CiTagStartCondition | None | UnsetType = msgspec.field(
        default=UNSET, name="tagStartCondition"
    )
    pull_request_start_condition: CiPullRequestStartCondition | None | UnsetType = msgspec.field(
        default=UNSET, name="pullRequestStartCondition"
    )
    scheduled_start_condition: CiScheduledStartCondition | None | UnsetType = msgspec.field(
        default=UNSET, name="scheduledStartCondition"
    )
    manual_branch_start_condition: CiManualBranchStartCondition | None | UnsetType = msgspec.field(
        default=UNSET, name="manualBranchStartCondition"
    )
    manual_tag_start_condition: CiManualTagStartCondition | None | UnsetType = msgspec.field(
        default=UNSET, name="manualTagStartCondition"
    )
    manual_pull_request_start_condition: CiManualPullRequestStartCondition | None | UnsetType = (
        msgspec.field(default=UNSET, name="manualPullRequestStartCondition")
    )
    actions: list[CiAction] | None | UnsetType = UNSET
    is_enabled: bool | None | UnsetType = msgspec.field(default=UNSET, name="isEnabled")
    is_locked_for_editing: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="isLockedForEditing"
    )
    clean: bool | None | UnsetType = UNSET
    container_file_path: str | None | UnsetType = msgspec.field(
        default=UNSET, name="containerFilePath"
    )
    last_modified_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="lastModifiedDate"
    )
    __ascapi_nullable__ = frozenset[str]()


class CiWorkflowRelationships(Model):
    product: CiWorkflowRelationshipsProduct | None | UnsetType = UNSET
    repository: CiWorkflowRelationshipsRepository | None | UnsetType = UNSET
    xcode_version: CiWorkflowRelationshipsXcodeVersion | None | UnsetType = msgspec.field(
        default=UNSET, name="xcodeVersion"
    )
    mac_os_version: CiWorkflowRelationshipsMacOsVersion | None | UnsetType = msgspec.field(
        default=UNSET, name="macOsVersion"
    )
    build_runs: CiWorkflowRelationshipsBuildRuns | None | UnsetType = msgspec.field(
        default=UNSET, name="buildRuns"
    )
    __ascapi_nullable__ = frozenset[str]()


class CiWorkflowRelationshipsProduct(Model):
    data: CiWorkflowRelationshipsProductData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiWorkflowRelationshipsProductData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["ciProducts"] | str
        id: str
    else:
        type: _L["ciProducts"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class CiWorkflowRelationshipsRepository(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: CiWorkflowRelationshipsRepositoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiWorkflowRelationshipsRepositoryData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["scmRepositories"] | str
        id: str
    else:
        type: _L["scmRepositories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class CiWorkflowRelationshipsXcodeVersion(Model):
    data: CiWorkflowRelationshipsXcodeVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiWorkflowRelationshipsXcodeVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["ciXcodeVersions"] | str
        id: str
    else:
        type: _L["ciXcodeVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class CiWorkflowRelationshipsMacOsVersion(Model):
    data: CiWorkflowRelationshipsMacOsVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiWorkflowRelationshipsMacOsVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["ciMacOsVersions"] | str
        id: str
    else:
        type: _L["ciMacOsVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class CiWorkflowRelationshipsBuildRuns(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
