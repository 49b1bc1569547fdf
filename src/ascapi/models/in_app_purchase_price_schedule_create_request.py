# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "InAppPurchasePriceScheduleCreateRequest",
    "InAppPurchasePriceScheduleCreateRequestData",
    "InAppPurchasePriceScheduleCreateRequestDataRelationships",
    "InAppPurchasePriceScheduleCreateRequestDataRelationshipsInAppPurchase",
    "InAppPurchasePriceScheduleCreateRequestDataRelationshipsInAppPurchaseData",
    "InAppPurchasePriceScheduleCreateRequestDataRelationshipsBaseTerritory",
    "InAppPurchasePriceScheduleCreateRequestDataRelationshipsBaseTerritoryData",
    "InAppPurchasePriceScheduleCreateRequestDataRelationshipsManualPrices",
    "InAppPurchasePriceScheduleCreateRequestDataRelationshipsManualPricesData",
]

_E0 = frozenset({"inAppPurchasePriceSchedules"})
_E1 = frozenset({"inAppPurchases"})
_E2 = frozenset({"territories"})
_E3 = frozenset({"inAppPurchasePrices"})


class InAppPurchasePriceScheduleCreateRequest(Model):
    data: InAppPurchasePriceScheduleCreateRequestData | None | UnsetType = UNSET
    included: list[dict[str, Any]] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchasePriceScheduleCreateRequestData(Model):
    type: _L["inAppPurchasePriceSchedules"] | str | None | UnsetType = UNSET
    relationships: InAppPurchasePriceScheduleCreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchasePriceScheduleCreateRequestDataRelationships(Model):
    in_app_purchase: (
        InAppPurchasePriceScheduleCreateRequestDataRelationshipsInAppPurchase | None | UnsetType
    ) = msgspec.field(default=UNSET, name="inAppPurchase")
    base_territory: (
        InAppPurchasePriceScheduleCreateRequestDataRelationshipsBaseTerritory | None | UnsetType
    ) = msgspec.field(default=UNSET, name="baseTerritory")
    manual_prices: (
        InAppPurchasePriceScheduleCreateRequestDataRelationshipsManualPrices | None | UnsetType
    ) = msgspec.field(default=UNSET, name="manualPrices")
    __ascapi_required__ = frozenset({"base_territory", "in_app_purchase", "manual_prices"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchasePriceScheduleCreateRequestDataRelationshipsInAppPurchase(Model):
    data: (
        InAppPurchasePriceScheduleCreateRequestDataRelationshipsInAppPurchaseData | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchasePriceScheduleCreateRequestDataRelationshipsInAppPurchaseData(Model):
    type: _L["inAppPurchases"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class InAppPurchasePriceScheduleCreateRequestDataRelationshipsBaseTerritory(Model):
    data: (
        InAppPurchasePriceScheduleCreateRequestDataRelationshipsBaseTerritoryData | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchasePriceScheduleCreateRequestDataRelationshipsBaseTerritoryData(Model):
    type: _L["territories"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class InAppPurchasePriceScheduleCreateRequestDataRelationshipsManualPrices(Model):
    data: (
        list[InAppPurchasePriceScheduleCreateRequestDataRelationshipsManualPricesData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchasePriceScheduleCreateRequestDataRelationshipsManualPricesData(Model):
    type: _L["inAppPurchasePrices"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
