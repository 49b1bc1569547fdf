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
    "InAppPurchaseOfferPriceInlineCreate",
    "InAppPurchaseOfferPriceInlineCreateRelationships",
    "InAppPurchaseOfferPriceInlineCreateRelationshipsTerritory",
    "InAppPurchaseOfferPriceInlineCreateRelationshipsTerritoryData",
    "InAppPurchaseOfferPriceInlineCreateRelationshipsPricePoint",
    "InAppPurchaseOfferPriceInlineCreateRelationshipsPricePointData",
]

_E0 = frozenset({"inAppPurchaseOfferPrices"})
_E1 = frozenset({"territories"})
_E2 = frozenset({"inAppPurchasePricePoints"})


class InAppPurchaseOfferPriceInlineCreate(Model):
    type: _L["inAppPurchaseOfferPrices"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    relationships: InAppPurchaseOfferPriceInlineCreateRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseOfferPriceInlineCreateRelationships(Model):
    territory: InAppPurchaseOfferPriceInlineCreateRelationshipsTerritory | None | UnsetType = UNSET
    price_point: InAppPurchaseOfferPriceInlineCreateRelationshipsPricePoint | None | UnsetType = (
        msgspec.field(default=UNSET, name="pricePoint")
    )
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferPriceInlineCreateRelationshipsTerritory(Model):
    data: InAppPurchaseOfferPriceInlineCreateRelationshipsTerritoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferPriceInlineCreateRelationshipsTerritoryData(Model):
    type: _L["territories"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class InAppPurchaseOfferPriceInlineCreateRelationshipsPricePoint(Model):
    data: InAppPurchaseOfferPriceInlineCreateRelationshipsPricePointData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferPriceInlineCreateRelationshipsPricePointData(Model):
    type: _L["inAppPurchasePricePoints"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
