# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

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
    "SubscriptionPlanAvailability",
    "SubscriptionPlanAvailabilityAttributes",
    "SubscriptionPlanAvailabilityRelationships",
    "SubscriptionPlanAvailabilityRelationshipsAvailableTerritories",
    "SubscriptionPlanAvailabilityRelationshipsAvailableTerritoriesData",
]

_E0 = frozenset({"subscriptionPlanAvailabilities"})
_E1 = frozenset({"MONTHLY", "UPFRONT"})
_E2 = frozenset({"territories"})


class SubscriptionPlanAvailability(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionPlanAvailabilities"] | str
        id: str
    else:
        type: _L["subscriptionPlanAvailabilities"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: SubscriptionPlanAvailabilityAttributes | None | UnsetType = UNSET
    relationships: SubscriptionPlanAvailabilityRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionPlanAvailabilityAttributes(Model):
    available_in_new_territories: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="availableInNewTerritories"
    )
    plan_type: _L["MONTHLY", "UPFRONT"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="planType"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"plan_type": _E1}


class SubscriptionPlanAvailabilityRelationships(Model):
    available_territories: (
        SubscriptionPlanAvailabilityRelationshipsAvailableTerritories | None | UnsetType
    ) = msgspec.field(default=UNSET, name="availableTerritories")
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPlanAvailabilityRelationshipsAvailableTerritories(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[SubscriptionPlanAvailabilityRelationshipsAvailableTerritoriesData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPlanAvailabilityRelationshipsAvailableTerritoriesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["territories"] | str
        id: str
    else:
        type: _L["territories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
