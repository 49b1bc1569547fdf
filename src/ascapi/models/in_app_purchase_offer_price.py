# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "InAppPurchaseOfferPrice",
    "InAppPurchaseOfferPriceRelationships",
    "InAppPurchaseOfferPriceRelationshipsTerritory",
    "InAppPurchaseOfferPriceRelationshipsTerritoryData",
    "InAppPurchaseOfferPriceRelationshipsPricePoint",
    "InAppPurchaseOfferPriceRelationshipsPricePointData",
]

_E0 = frozenset({"inAppPurchaseOfferPrices"})
_E1 = frozenset({"territories"})
_E2 = frozenset({"inAppPurchasePricePoints"})


class InAppPurchaseOfferPrice(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseOfferPrices"] | str
        id: str
    else:
        type: _L["inAppPurchaseOfferPrices"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    relationships: InAppPurchaseOfferPriceRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseOfferPriceRelationships(Model):
    territory: InAppPurchaseOfferPriceRelationshipsTerritory | None | UnsetType = UNSET
    price_point: InAppPurchaseOfferPriceRelationshipsPricePoint | None | UnsetType = msgspec.field(
        default=UNSET, name="pricePoint"
    )
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferPriceRelationshipsTerritory(Model):
    data: InAppPurchaseOfferPriceRelationshipsTerritoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferPriceRelationshipsTerritoryData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["territories"] | str
        id: str
    else:
        type: _L["territories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class InAppPurchaseOfferPriceRelationshipsPricePoint(Model):
    data: InAppPurchaseOfferPriceRelationshipsPricePointData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferPriceRelationshipsPricePointData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchasePricePoints"] | str
        id: str
    else:
        type: _L["inAppPurchasePricePoints"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
