# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

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

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "CiWorkflowUpdateRequest",
    "CiWorkflowUpdateRequestData",
    "CiWorkflowUpdateRequestDataAttributes",
    "CiWorkflowUpdateRequestDataRelationships",
    "CiWorkflowUpdateRequestDataRelationshipsXcodeVersion",
    "CiWorkflowUpdateRequestDataRelationshipsXcodeVersionData",
    "CiWorkflowUpdateRequestDataRelationshipsMacOsVersion",
    "CiWorkflowUpdateRequestDataRelationshipsMacOsVersionData",
]

_E0 = frozenset({"ciWorkflows"})
_E1 = frozenset({"ciXcodeVersions"})
_E2 = frozenset({"ciMacOsVersions"})


class CiWorkflowUpdateRequest(Model):
    data: CiWorkflowUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class CiWorkflowUpdateRequestData(Model):
    type: _L["ciWorkflows"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: CiWorkflowUpdateRequestDataAttributes | None | UnsetType = UNSET
    relationships: CiWorkflowUpdateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class CiWorkflowUpdateRequestDataAttributes(Model):
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
    __ascapi_nullable__ = frozenset(
        {
            "actions",
            "branch_start_condition",
            "clean",
            "container_file_path",
            "description",
            "is_enabled",
            "is_locked_for_editing",
            "manual_branch_start_condition",
            "manual_pull_request_start_condition",
            "manual_tag_start_condition",
            "name",
            "pull_request_start_condition",
            "scheduled_start_condition",
            "tag_start_condition",
        }
    )


class CiWorkflowUpdateRequestDataRelationships(Model):
    xcode_version: CiWorkflowUpdateRequestDataRelationshipsXcodeVersion | None | UnsetType = (
        msgspec.field(default=UNSET, name="xcodeVersion")
    )
    mac_os_version: CiWorkflowUpdateRequestDataRelationshipsMacOsVersion | None | UnsetType = (
        msgspec.field(default=UNSET, name="macOsVersion")
    )
    __ascapi_nullable__ = frozenset[str]()


class CiWorkflowUpdateRequestDataRelationshipsXcodeVersion(Model):
    data: CiWorkflowUpdateRequestDataRelationshipsXcodeVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiWorkflowUpdateRequestDataRelationshipsXcodeVersionData(Model):
    type: _L["ciXcodeVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class CiWorkflowUpdateRequestDataRelationshipsMacOsVersion(Model):
    data: CiWorkflowUpdateRequestDataRelationshipsMacOsVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiWorkflowUpdateRequestDataRelationshipsMacOsVersionData(Model):
    type: _L["ciMacOsVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
