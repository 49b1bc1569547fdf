# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "BetaGroup",
    "BetaGroupAttributes",
    "BetaGroupRelationships",
    "BetaGroupRelationshipsApp",
    "BetaGroupRelationshipsAppData",
    "BetaGroupRelationshipsBuilds",
    "BetaGroupRelationshipsBuildsData",
    "BetaGroupRelationshipsBetaTesters",
    "BetaGroupRelationshipsBetaTestersData",
    "BetaGroupRelationshipsBetaRecruitmentCriteria",
    "BetaGroupRelationshipsBetaRecruitmentCriteriaData",
    "BetaGroupRelationshipsBetaRecruitmentCriterionCompatibleBuildCheck",
]

_E0 = frozenset({"betaGroups"})
_E1 = frozenset({"apps"})
_E2 = frozenset({"builds"})
_E3 = frozenset({"betaTesters"})
_E4 = frozenset({"betaRecruitmentCriteria"})


class BetaGroup(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaGroups"] | str
        id: str
    else:
        type: _L["betaGroups"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BetaGroupAttributes | None | UnsetType = UNSET
    relationships: BetaGroupRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BetaGroupAttributes(Model):
    name: str | None | UnsetType = UNSET
    created_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="createdDate")
    is_internal_group: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="isInternalGroup"
    )
    has_access_to_all_builds: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="hasAccessToAllBuilds"
    )
    public_link_enabled: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="publicLinkEnabled"
    )
    public_link_id: str | None | UnsetType = msgspec.field(default=UNSET, name="publicLinkId")
    public_link_limit_enabled: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="publicLinkLimitEnabled"
    )
    public_link_limit: int | None | UnsetType = msgspec.field(default=UNSET, name="publicLinkLimit")
    public_link: str | None | UnsetType = msgspec.field(default=UNSET, name="publicLink")
    feedback_enabled: bool | None | UnsetType = msgspec.field(default=UNSET, name="feedbackEnabled")
    ios_builds_available_for_apple_silicon_mac: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="iosBuildsAvailableForAppleSiliconMac"
    )
    ios_builds_available_for_apple_vision: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="iosBuildsAvailableForAppleVision"
    )
    __ascapi_nullable__ = frozenset[str]()


class BetaGroupRelationships(Model):
    app: BetaGroupRelationshipsApp | None | UnsetType = UNSET
    builds: BetaGroupRelationshipsBuilds | None | UnsetType = UNSET
    beta_testers: BetaGroupRelationshipsBetaTesters | None | UnsetType = msgspec.field(
        default=UNSET, name="betaTesters"
    )
    beta_recruitment_criteria: BetaGroupRelationshipsBetaRecruitmentCriteria | None | UnsetType = (
        msgspec.field(default=UNSET, name="betaRecruitmentCriteria")
    )
    beta_recruitment_criterion_compatible_build_check: (
        BetaGroupRelationshipsBetaRecruitmentCriterionCompatibleBuildCheck | None | UnsetType
    ) = msgspec.field(default=UNSET, name="betaRecruitmentCriterionCompatibleBuildCheck")
    __ascapi_nullable__ = frozenset[str]()


class BetaGroupRelationshipsApp(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: BetaGroupRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaGroupRelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class BetaGroupRelationshipsBuilds(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[BetaGroupRelationshipsBuildsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaGroupRelationshipsBuildsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["builds"] | str
        id: str
    else:
        type: _L["builds"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class BetaGroupRelationshipsBetaTesters(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[BetaGroupRelationshipsBetaTestersData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaGroupRelationshipsBetaTestersData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaTesters"] | str
        id: str
    else:
        type: _L["betaTesters"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class BetaGroupRelationshipsBetaRecruitmentCriteria(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: BetaGroupRelationshipsBetaRecruitmentCriteriaData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaGroupRelationshipsBetaRecruitmentCriteriaData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaRecruitmentCriteria"] | str
        id: str
    else:
        type: _L["betaRecruitmentCriteria"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class BetaGroupRelationshipsBetaRecruitmentCriterionCompatibleBuildCheck(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
