# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "InAppPurchasePricePoint",
    "InAppPurchasePricePointAttributes",
    "InAppPurchasePricePointRelationships",
    "InAppPurchasePricePointRelationshipsTerritory",
    "InAppPurchasePricePointRelationshipsTerritoryData",
    "InAppPurchasePricePointRelationshipsEqualizations",
]

_E0 = frozenset({"inAppPurchasePricePoints"})
_E1 = frozenset({"territories"})


class InAppPurchasePricePoint(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchasePricePoints"] | str
        id: str
    else:
        type: _L["inAppPurchasePricePoints"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: InAppPurchasePricePointAttributes | None | UnsetType = UNSET
    relationships: InAppPurchasePricePointRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchasePricePointAttributes(Model):
    customer_price: str | None | UnsetType = msgspec.field(default=UNSET, name="customerPrice")
    proceeds: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchasePricePointRelationships(Model):
    territory: InAppPurchasePricePointRelationshipsTerritory | None | UnsetType = UNSET
    equalizations: InAppPurchasePricePointRelationshipsEqualizations | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchasePricePointRelationshipsTerritory(Model):
    data: InAppPurchasePricePointRelationshipsTerritoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchasePricePointRelationshipsTerritoryData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["territories"] | str
        id: str
    else:
        type: _L["territories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class InAppPurchasePricePointRelationshipsEqualizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
