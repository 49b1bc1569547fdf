# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "InAppPurchasePriceSchedule",
    "InAppPurchasePriceScheduleRelationships",
    "InAppPurchasePriceScheduleRelationshipsBaseTerritory",
    "InAppPurchasePriceScheduleRelationshipsBaseTerritoryData",
    "InAppPurchasePriceScheduleRelationshipsManualPrices",
    "InAppPurchasePriceScheduleRelationshipsManualPricesData",
]

_E0 = frozenset({"inAppPurchasePriceSchedules"})
_E1 = frozenset({"territories"})
_E2 = frozenset({"inAppPurchasePrices"})


class InAppPurchasePriceSchedule(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchasePriceSchedules"] | str
        id: str
    else:
        type: _L["inAppPurchasePriceSchedules"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    relationships: InAppPurchasePriceScheduleRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchasePriceScheduleRelationships(Model):
    base_territory: InAppPurchasePriceScheduleRelationshipsBaseTerritory | None | UnsetType = (
        msgspec.field(default=UNSET, name="baseTerritory")
    )
    manual_prices: InAppPurchasePriceScheduleRelationshipsManualPrices | None | UnsetType = (
        msgspec.field(default=UNSET, name="manualPrices")
    )
    automatic_prices: InAppPurchasePriceScheduleRelationshipsManualPrices | None | UnsetType = (
        msgspec.field(default=UNSET, name="automaticPrices")
    )
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchasePriceScheduleRelationshipsBaseTerritory(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: InAppPurchasePriceScheduleRelationshipsBaseTerritoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchasePriceScheduleRelationshipsBaseTerritoryData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["territories"] | str
        id: str
    else:
        type: _L["territories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class InAppPurchasePriceScheduleRelationshipsManualPrices(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[InAppPurchasePriceScheduleRelationshipsManualPricesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchasePriceScheduleRelationshipsManualPricesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchasePrices"] | str
        id: str
    else:
        type: _L["inAppPurchasePrices"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
