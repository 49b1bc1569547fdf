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
    "SubscriptionPricePoint",
    "SubscriptionPricePointAttributes",
    "SubscriptionPricePointRelationships",
    "SubscriptionPricePointRelationshipsTerritory",
    "SubscriptionPricePointRelationshipsTerritoryData",
    "SubscriptionPricePointRelationshipsEqualizations",
]

_E0 = frozenset({"subscriptionPricePoints"})
_E1 = frozenset({"territories"})


class SubscriptionPricePoint(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionPricePoints"] | str
        id: str
    else:
        type: _L["subscriptionPricePoints"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: SubscriptionPricePointAttributes | None | UnsetType = UNSET
    relationships: SubscriptionPricePointRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionPricePointAttributes(Model):
    customer_price: str | None | UnsetType = msgspec.field(default=UNSET, name="customerPrice")
    proceeds: str | None | UnsetType = UNSET
    proceeds_year2: str | None | UnsetType = msgspec.field(default=UNSET, name="proceedsYear2")
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPricePointRelationships(Model):
    territory: SubscriptionPricePointRelationshipsTerritory | None | UnsetType = UNSET
    equalizations: SubscriptionPricePointRelationshipsEqualizations | None | UnsetType = UNSET
    adjusted_equalizations: SubscriptionPricePointRelationshipsEqualizations | None | UnsetType = (
        msgspec.field(default=UNSET, name="adjustedEqualizations")
    )
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPricePointRelationshipsTerritory(Model):
    data: SubscriptionPricePointRelationshipsTerritoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionPricePointRelationshipsTerritoryData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["territories"] | str
        id: str
    else:
        type: _L["territories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class SubscriptionPricePointRelationshipsEqualizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
