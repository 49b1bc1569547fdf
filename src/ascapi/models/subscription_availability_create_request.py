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
    "SubscriptionAvailabilityCreateRequest",
    "SubscriptionAvailabilityCreateRequestData",
    "SubscriptionAvailabilityCreateRequestDataAttributes",
    "SubscriptionAvailabilityCreateRequestDataRelationships",
    "SubscriptionAvailabilityCreateRequestDataRelationshipsSubscription",
    "SubscriptionAvailabilityCreateRequestDataRelationshipsSubscriptionData",
    "SubscriptionAvailabilityCreateRequestDataRelationshipsAvailableTerritories",
    "SubscriptionAvailabilityCreateRequestDataRelationshipsAvailableTerritoriesData",
]

_E0 = frozenset({"subscriptionAvailabilities"})
_E1 = frozenset({"subscriptions"})
_E2 = frozenset({"territories"})


class SubscriptionAvailabilityCreateRequest(Model):
    data: SubscriptionAvailabilityCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionAvailabilityCreateRequestData(Model):
    type: _L["subscriptionAvailabilities"] | str | None | UnsetType = UNSET
    attributes: SubscriptionAvailabilityCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: SubscriptionAvailabilityCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionAvailabilityCreateRequestDataAttributes(Model):
    available_in_new_territories: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="availableInNewTerritories"
    )
    __ascapi_required__ = frozenset({"available_in_new_territories"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionAvailabilityCreateRequestDataRelationships(Model):
    subscription: (
        SubscriptionAvailabilityCreateRequestDataRelationshipsSubscription | None | UnsetType
    ) = UNSET
    available_territories: (
        SubscriptionAvailabilityCreateRequestDataRelationshipsAvailableTerritories
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="availableTerritories")
    __ascapi_required__ = frozenset({"available_territories", "subscription"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionAvailabilityCreateRequestDataRelationshipsSubscription(Model):
    data: (
        SubscriptionAvailabilityCreateRequestDataRelationshipsSubscriptionData | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionAvailabilityCreateRequestDataRelationshipsSubscriptionData(Model):
    type: _L["subscriptions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class SubscriptionAvailabilityCreateRequestDataRelationshipsAvailableTerritories(Model):
    data: (
        list[SubscriptionAvailabilityCreateRequestDataRelationshipsAvailableTerritoriesData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionAvailabilityCreateRequestDataRelationshipsAvailableTerritoriesData(Model):
    type: _L["territories"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
