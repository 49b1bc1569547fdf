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
    "InAppPurchaseAvailabilityCreateRequest",
    "InAppPurchaseAvailabilityCreateRequestData",
    "InAppPurchaseAvailabilityCreateRequestDataAttributes",
    "InAppPurchaseAvailabilityCreateRequestDataRelationships",
    "InAppPurchaseAvailabilityCreateRequestDataRelationshipsInAppPurchase",
    "InAppPurchaseAvailabilityCreateRequestDataRelationshipsInAppPurchaseData",
    "InAppPurchaseAvailabilityCreateRequestDataRelationshipsAvailableTerritories",
    "InAppPurchaseAvailabilityCreateRequestDataRelationshipsAvailableTerritoriesData",
]

_E0 = frozenset({"inAppPurchaseAvailabilities"})
_E1 = frozenset({"inAppPurchases"})
_E2 = frozenset({"territories"})


class InAppPurchaseAvailabilityCreateRequest(Model):
    data: InAppPurchaseAvailabilityCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseAvailabilityCreateRequestData(Model):
    type: _L["inAppPurchaseAvailabilities"] | str | None | UnsetType = UNSET
    attributes: InAppPurchaseAvailabilityCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: InAppPurchaseAvailabilityCreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseAvailabilityCreateRequestDataAttributes(Model):
    available_in_new_territories: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="availableInNewTerritories"
    )
    __ascapi_required__ = frozenset({"available_in_new_territories"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseAvailabilityCreateRequestDataRelationships(Model):
    in_app_purchase: (
        InAppPurchaseAvailabilityCreateRequestDataRelationshipsInAppPurchase | None | UnsetType
    ) = msgspec.field(default=UNSET, name="inAppPurchase")
    available_territories: (
        InAppPurchaseAvailabilityCreateRequestDataRelationshipsAvailableTerritories
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="availableTerritories")
    __ascapi_required__ = frozenset({"available_territories", "in_app_purchase"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseAvailabilityCreateRequestDataRelationshipsInAppPurchase(Model):
    data: (
        InAppPurchaseAvailabilityCreateRequestDataRelationshipsInAppPurchaseData | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseAvailabilityCreateRequestDataRelationshipsInAppPurchaseData(Model):
    type: _L["inAppPurchases"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class InAppPurchaseAvailabilityCreateRequestDataRelationshipsAvailableTerritories(Model):
    data: (
        list[InAppPurchaseAvailabilityCreateRequestDataRelationshipsAvailableTerritoriesData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseAvailabilityCreateRequestDataRelationshipsAvailableTerritoriesData(Model):
    type: _L["territories"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
