# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "SubscriptionPlanAvailabilityUpdateRequest",
    "SubscriptionPlanAvailabilityUpdateRequestData",
    "SubscriptionPlanAvailabilityUpdateRequestDataAttributes",
    "SubscriptionPlanAvailabilityUpdateRequestDataRelationships",
    "SubscriptionPlanAvailabilityUpdateRequestDataRelationshipsAvailableTerritories",
    "SubscriptionPlanAvailabilityUpdateRequestDataRelationshipsAvailableTerritoriesData",
]

_E0 = frozenset({"subscriptionPlanAvailabilities"})
_E1 = frozenset({"territories"})


class SubscriptionPlanAvailabilityUpdateRequest(Model):
    data: SubscriptionPlanAvailabilityUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPlanAvailabilityUpdateRequestData(Model):
    type: _L["subscriptionPlanAvailabilities"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: SubscriptionPlanAvailabilityUpdateRequestDataAttributes | None | UnsetType = UNSET
    relationships: SubscriptionPlanAvailabilityUpdateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionPlanAvailabilityUpdateRequestDataAttributes(Model):
    available_in_new_territories: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="availableInNewTerritories"
    )
    __ascapi_nullable__ = frozenset({"available_in_new_territories"})


class SubscriptionPlanAvailabilityUpdateRequestDataRelationships(Model):
    available_territories: (
        SubscriptionPlanAvailabilityUpdateRequestDataRelationshipsAvailableTerritories
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="availableTerritories")
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPlanAvailabilityUpdateRequestDataRelationshipsAvailableTerritories(Model):
    data: (
        list[SubscriptionPlanAvailabilityUpdateRequestDataRelationshipsAvailableTerritoriesData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPlanAvailabilityUpdateRequestDataRelationshipsAvailableTerritoriesData(Model):
    type: _L["territories"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
