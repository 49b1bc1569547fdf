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
    "WinBackOfferPriceInlineCreate",
    "WinBackOfferPriceInlineCreateRelationships",
    "WinBackOfferPriceInlineCreateRelationshipsTerritory",
    "WinBackOfferPriceInlineCreateRelationshipsTerritoryData",
    "WinBackOfferPriceInlineCreateRelationshipsSubscriptionPricePoint",
    "WinBackOfferPriceInlineCreateRelationshipsSubscriptionPricePointData",
]

_E0 = frozenset({"winBackOfferPrices"})
_E1 = frozenset({"territories"})
_E2 = frozenset({"subscriptionPricePoints"})


class WinBackOfferPriceInlineCreate(Model):
    type: _L["winBackOfferPrices"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    relationships: WinBackOfferPriceInlineCreateRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class WinBackOfferPriceInlineCreateRelationships(Model):
    territory: WinBackOfferPriceInlineCreateRelationshipsTerritory | None | UnsetType = UNSET
    subscription_price_point: (
        WinBackOfferPriceInlineCreateRelationshipsSubscriptionPricePoint | None | UnsetType
    ) = msgspec.field(default=UNSET, name="subscriptionPricePoint")
    __ascapi_nullable__ = frozenset[str]()


class WinBackOfferPriceInlineCreateRelationshipsTerritory(Model):
    data: WinBackOfferPriceInlineCreateRelationshipsTerritoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class WinBackOfferPriceInlineCreateRelationshipsTerritoryData(Model):
    type: _L["territories"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class WinBackOfferPriceInlineCreateRelationshipsSubscriptionPricePoint(Model):
    data: (
        WinBackOfferPriceInlineCreateRelationshipsSubscriptionPricePointData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class WinBackOfferPriceInlineCreateRelationshipsSubscriptionPricePointData(Model):
    type: _L["subscriptionPricePoints"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
