# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "InAppPurchasePrice",
    "InAppPurchasePriceAttributes",
    "InAppPurchasePriceRelationships",
    "InAppPurchasePriceRelationshipsInAppPurchasePricePoint",
    "InAppPurchasePriceRelationshipsInAppPurchasePricePointData",
    "InAppPurchasePriceRelationshipsTerritory",
    "InAppPurchasePriceRelationshipsTerritoryData",
]

_E0 = frozenset({"inAppPurchasePrices"})
_E1 = frozenset({"inAppPurchasePricePoints"})
_E2 = frozenset({"territories"})


class InAppPurchasePrice(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchasePrices"] | str
        id: str
    else:
        type: _L["inAppPurchasePrices"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: InAppPurchasePriceAttributes | None | UnsetType = UNSET
    relationships: InAppPurchasePriceRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchasePriceAttributes(Model):
    start_date: _dt.date | None | UnsetType = msgspec.field(default=UNSET, name="startDate")
    end_date: _dt.date | None | UnsetType = msgspec.field(default=UNSET, name="endDate")
    manual: bool | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchasePriceRelationships(Model):
    in_app_purchase_price_point: (
        InAppPurchasePriceRelationshipsInAppPurchasePricePoint | None | UnsetType
    ) = msgspec.field(default=UNSET, name="inAppPurchasePricePoint")
    territory: InAppPurchasePriceRelationshipsTerritory | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchasePriceRelationshipsInAppPurchasePricePoint(Model):
    data: InAppPurchasePriceRelationshipsInAppPurchasePricePointData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchasePriceRelationshipsInAppPurchasePricePointData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchasePricePoints"] | str
        id: str
    else:
        type: _L["inAppPurchasePricePoints"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class InAppPurchasePriceRelationshipsTerritory(Model):
    data: InAppPurchasePriceRelationshipsTerritoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchasePriceRelationshipsTerritoryData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["territories"] | str
        id: str
    else:
        type: _L["territories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
