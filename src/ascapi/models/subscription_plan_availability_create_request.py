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
    "SubscriptionPlanAvailabilityCreateRequest",
    "SubscriptionPlanAvailabilityCreateRequestData",
    "SubscriptionPlanAvailabilityCreateRequestDataAttributes",
    "SubscriptionPlanAvailabilityCreateRequestDataRelationships",
    "SubscriptionPlanAvailabilityCreateRequestDataRelationshipsAvailableTerritories",
    "SubscriptionPlanAvailabilityCreateRequestDataRelationshipsAvailableTerritoriesData",
    "SubscriptionPlanAvailabilityCreateRequestDataRelationshipsSubscription",
    "SubscriptionPlanAvailabilityCreateRequestDataRelationshipsSubscriptionData",
]

_E0 = frozenset({"subscriptionPlanAvailabilities"})
_E1 = frozenset({"MONTHLY", "UPFRONT"})
_E2 = frozenset({"territories"})
_E3 = frozenset({"subscriptions"})


class SubscriptionPlanAvailabilityCreateRequest(Model):
    data: SubscriptionPlanAvailabilityCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPlanAvailabilityCreateRequestData(Model):
    type: _L["subscriptionPlanAvailabilities"] | str | None | UnsetType = UNSET
    attributes: SubscriptionPlanAvailabilityCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: SubscriptionPlanAvailabilityCreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionPlanAvailabilityCreateRequestDataAttributes(Model):
    available_in_new_territories: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="availableInNewTerritories"
    )
    plan_type: _L["MONTHLY", "UPFRONT"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="planType"
    )
    __ascapi_required__ = frozenset({"plan_type"})
    __ascapi_nullable__ = frozenset({"available_in_new_territories"})
    __ascapi_enums__ = {"plan_type": _E1}


class SubscriptionPlanAvailabilityCreateRequestDataRelationships(Model):
    available_territories: (
        SubscriptionPlanAvailabilityCreateRequestDataRelationshipsAvailableTerritories
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="availableTerritories")
    subscription: (
        SubscriptionPlanAvailabilityCreateRequestDataRelationshipsSubscription | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"available_territories", "subscription"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPlanAvailabilityCreateRequestDataRelationshipsAvailableTerritories(Model):
    data: (
        list[SubscriptionPlanAvailabilityCreateRequestDataRelationshipsAvailableTerritoriesData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPlanAvailabilityCreateRequestDataRelationshipsAvailableTerritoriesData(Model):
    type: _L["territories"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class SubscriptionPlanAvailabilityCreateRequestDataRelationshipsSubscription(Model):
    data: (
        SubscriptionPlanAvailabilityCreateRequestDataRelationshipsSubscriptionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPlanAvailabilityCreateRequestDataRelationshipsSubscriptionData(Model):
    type: _L["subscriptions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
