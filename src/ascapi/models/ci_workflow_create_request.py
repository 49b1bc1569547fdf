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
    "CiWorkflowCreateRequest",
    "CiWorkflowCreateRequestData",
    "CiWorkflowCreateRequestDataAttributes",
    "CiWorkflowCreateRequestDataRelationships",
    "CiWorkflowCreateRequestDataRelationshipsProduct",
    "CiWorkflowCreateRequestDataRelationshipsProductData",
    "CiWorkflowCreateRequestDataRelationshipsRepository",
    "CiWorkflowCreateRequestDataRelationshipsRepositoryData",
    "CiWorkflowCreateRequestDataRelationshipsXcodeVersion",
    "CiWorkflowCreateRequestDataRelationshipsXcodeVersionData",
    "CiWorkflowCreateRequestDataRelationshipsMacOsVersion",
    "CiWorkflowCreateRequestDataRelationshipsMacOsVersionData",
]

_E0 = frozenset({"ciWorkflows"})
_E1 = frozenset({"ciProducts"})
_E2 = frozenset({"scmRepositories"})
_E3 = frozenset({"ciXcodeVersions"})
_E4 = frozenset({"ciMacOsVersions"})


class CiWorkflowCreateRequest(Model):
    data: CiWorkflowCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class CiWorkflowCreateRequestData(Model):
    type: _L["ciWorkflows"] | str | None | UnsetType = UNSET
    attributes: CiWorkflowCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: CiWorkflowCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class CiWorkflowCreateRequestDataAttributes(Model):
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
    __ascapi_required__ = frozenset(
        {"actions", "clean", "container_file_path", "description", "is_enabled", "name"}
    )
    __ascapi_nullable__ = frozenset(
        {
            "branch_start_condition",
            "is_locked_for_editing",
            "manual_branch_start_condition",
            "manual_pull_request_start_condition",
            "manual_tag_start_condition",
            "pull_request_start_condition",
            "scheduled_start_condition",
            "tag_start_condition",
        }
    )


class CiWorkflowCreateRequestDataRelationships(Model):
    product: CiWorkflowCreateRequestDataRelationshipsProduct | None | UnsetType = UNSET
    repository: CiWorkflowCreateRequestDataRelationshipsRepository | None | UnsetType = UNSET
    xcode_version: CiWorkflowCreateRequestDataRelationshipsXcodeVersion | None | UnsetType = (
        msgspec.field(default=UNSET, name="xcodeVersion")
    )
    mac_os_version: CiWorkflowCreateRequestDataRelationshipsMacOsVersion | None | UnsetType = (
        msgspec.field(default=UNSET, name="macOsVersion")
    )
    __ascapi_required__ = frozenset({"mac_os_version", "product", "repository", "xcode_version"})
    __ascapi_nullable__ = frozenset[str]()


class CiWorkflowCreateRequestDataRelationshipsProduct(Model):
    data: CiWorkflowCreateRequestDataRelationshipsProductData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class CiWorkflowCreateRequestDataRelationshipsProductData(Model):
    type: _L["ciProducts"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class CiWorkflowCreateRequestDataRelationshipsRepository(Model):
    data: CiWorkflowCreateRequestDataRelationshipsRepositoryData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class CiWorkflowCreateRequestDataRelationshipsRepositoryData(Model):
    type: _L["scmRepositories"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class CiWorkflowCreateRequestDataRelationshipsXcodeVersion(Model):
    data: CiWorkflowCreateRequestDataRelationshipsXcodeVersionData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class CiWorkflowCreateRequestDataRelationshipsXcodeVersionData(Model):
    type: _L["ciXcodeVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class CiWorkflowCreateRequestDataRelationshipsMacOsVersion(Model):
    data: CiWorkflowCreateRequestDataRelationshipsMacOsVersionData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class CiWorkflowCreateRequestDataRelationshipsMacOsVersionData(Model):
    type: _L["ciMacOsVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
