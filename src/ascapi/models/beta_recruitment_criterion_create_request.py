# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.device_family_os_version_filter import DeviceFamilyOsVersionFilter

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "BetaRecruitmentCriterionCreateRequest",
    "BetaRecruitmentCriterionCreateRequestData",
    "BetaRecruitmentCriterionCreateRequestDataAttributes",
    "BetaRecruitmentCriterionCreateRequestDataRelationships",
    "BetaRecruitmentCriterionCreateRequestDataRelationshipsBetaGroup",
    "BetaRecruitmentCriterionCreateRequestDataRelationshipsBetaGroupData",
]

_E0 = frozenset({"betaRecruitmentCriteria"})
_E1 = frozenset({"betaGroups"})


class BetaRecruitmentCriterionCreateRequest(Model):
    data: BetaRecruitmentCriterionCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BetaRecruitmentCriterionCreateRequestData(Model):
    type: _L["betaRecruitmentCriteria"] | str | None | UnsetType = UNSET
    attributes: BetaRecruitmentCriterionCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: BetaRecruitmentCriterionCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BetaRecruitmentCriterionCreateRequestDataAttributes(Model):
    device_family_os_version_filters: list[DeviceFamilyOsVersionFilter] | None | UnsetType = (
        msgspec.field(default=UNSET, name="deviceFamilyOsVersionFilters")
    )
    __ascapi_required__ = frozenset({"device_family_os_version_filters"})
    __ascapi_nullable__ = frozenset[str]()


class BetaRecruitmentCriterionCreateRequestDataRelationships(Model):
    beta_group: (
        BetaRecruitmentCriterionCreateRequestDataRelationshipsBetaGroup | None | UnsetType
    ) = msgspec.field(default=UNSET, name="betaGroup")
    __ascapi_required__ = frozenset({"beta_group"})
    __ascapi_nullable__ = frozenset[str]()


class BetaRecruitmentCriterionCreateRequestDataRelationshipsBetaGroup(Model):
    data: BetaRecruitmentCriterionCreateRequestDataRelationshipsBetaGroupData | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BetaRecruitmentCriterionCreateRequestDataRelationshipsBetaGroupData(Model):
    type: _L["betaGroups"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
