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
    "InAppPurchaseAvailability",
    "InAppPurchaseAvailabilityAttributes",
    "InAppPurchaseAvailabilityRelationships",
    "InAppPurchaseAvailabilityRelationshipsAvailableTerritories",
    "InAppPurchaseAvailabilityRelationshipsAvailableTerritoriesData",
]

_E0 = frozenset({"inAppPurchaseAvailabilities"})
_E1 = frozenset({"territories"})


class InAppPurchaseAvailability(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseAvailabilities"] | str
        id: str
    else:
        type: _L["inAppPurchaseAvailabilities"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: InAppPurchaseAvailabilityAttributes | None | UnsetType = UNSET
    relationships: InAppPurchaseAvailabilityRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseAvailabilityAttributes(Model):
    available_in_new_territories: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="availableInNewTerritories"
    )
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseAvailabilityRelationships(Model):
    available_territories: (
        InAppPurchaseAvailabilityRelationshipsAvailableTerritories | None | UnsetType
    ) = msgspec.field(default=UNSET, name="availableTerritories")
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseAvailabilityRelationshipsAvailableTerritories(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[InAppPurchaseAvailabilityRelationshipsAvailableTerritoriesData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseAvailabilityRelationshipsAvailableTerritoriesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["territories"] | str
        id: str
    else:
        type: _L["territories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
