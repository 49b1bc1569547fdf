# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

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
    "BuildBetaDetail",
    "BuildBetaDetailAttributes",
    "BuildBetaDetailRelationships",
    "BuildBetaDetailRelationshipsBuild",
    "BuildBetaDetailRelationshipsBuildData",
]

_E0 = frozenset({"buildBetaDetails"})
_E1 = frozenset(
    {
        "PROCESSING",
        "PROCESSING_EXCEPTION",
        "MISSING_EXPORT_COMPLIANCE",
        "READY_FOR_BETA_TESTING",
        "IN_BETA_TESTING",
        "EXPIRED",
        "IN_EXPORT_COMPLIANCE_REVIEW",
    }
)
_E2 = frozenset(
    {
        "PROCESSING",
        "PROCESSING_EXCEPTION",
        "MISSING_EXPORT_COMPLIANCE",
        "READY_FOR_BETA_TESTING",
        "IN_BETA_TESTING",
        "EXPIRED",
        "READY_FOR_BETA_SUBMISSION",
        "IN_EXPORT_COMPLIANCE_REVIEW",
        "WAITING_FOR_BETA_REVIEW",
        "IN_BETA_REVIEW",
        "BETA_REJECTED",
        "BETA_APPROVED",
        "NOT_APPLICABLE",
    }
)
_E3 = frozenset({"builds"})


class BuildBetaDetail(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["buildBetaDetails"] | str
        id: str
    else:
        type: _L["buildBetaDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BuildBetaDetailAttributes | None | UnsetType = UNSET
    relationships: BuildBetaDetailRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BuildBetaDetailAttributes(Model):
    auto_notify_enabled: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="autoNotifyEnabled"
    )
    internal_build_state: (
        _L[
            "PROCESSING",
            "PROCESSING_EXCEPTION",
            "MISSING_EXPORT_COMPLIANCE",
            "READY_FOR_BETA_TESTING",
            "IN_BETA_TESTING",
            "EXPIRED",
            "IN_EXPORT_COMPLIANCE_REVIEW",
        ]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="internalBuildState")
    external_build_state: (
        _L[
            "PROCESSING",
            "PROCESSING_EXCEPTION",
            "MISSING_EXPORT_COMPLIANCE",
            "READY_FOR_BETA_TESTING",
            "IN_BETA_TESTING",
            "EXPIRED",
            "READY_FOR_BETA_SUBMISSION",
            "IN_EXPORT_COMPLIANCE_REVIEW",
            "WAITING_FOR_BETA_REVIEW",
            "IN_BETA_REVIEW",
            "BETA_REJECTED",
            "BETA_APPROVED",
            "NOT_APPLICABLE",
        ]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="externalBuildState")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"internal_build_state": _E1, "external_build_state": _E2}


class BuildBetaDetailRelationships(Model):
    build: BuildBetaDetailRelationshipsBuild | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BuildBetaDetailRelationshipsBuild(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: BuildBetaDetailRelationshipsBuildData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BuildBetaDetailRelationshipsBuildData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["builds"] | str
        id: str
    else:
        type: _L["builds"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
