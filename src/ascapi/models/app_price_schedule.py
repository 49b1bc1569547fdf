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
    "AppPriceSchedule",
    "AppPriceScheduleRelationships",
    "AppPriceScheduleRelationshipsApp",
    "AppPriceScheduleRelationshipsAppData",
    "AppPriceScheduleRelationshipsBaseTerritory",
    "AppPriceScheduleRelationshipsBaseTerritoryData",
    "AppPriceScheduleRelationshipsManualPrices",
    "AppPriceScheduleRelationshipsManualPricesData",
]

_E0 = frozenset({"appPriceSchedules"})
_E1 = frozenset({"apps"})
_E2 = frozenset({"territories"})
_E3 = frozenset({"appPrices"})


class AppPriceSchedule(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appPriceSchedules"] | str
        id: str
    else:
        type: _L["appPriceSchedules"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    relationships: AppPriceScheduleRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppPriceScheduleRelationships(Model):
    app: AppPriceScheduleRelationshipsApp | None | UnsetType = UNSET
    base_territory: AppPriceScheduleRelationshipsBaseTerritory | None | UnsetType = msgspec.field(
        default=UNSET, name="baseTerritory"
    )
    manual_prices: AppPriceScheduleRelationshipsManualPrices | None | UnsetType = msgspec.field(
        default=UNSET, name="manualPrices"
    )
    automatic_prices: AppPriceScheduleRelationshipsManualPrices | None | UnsetType = msgspec.field(
        default=UNSET, name="automaticPrices"
    )
    __ascapi_nullable__ = frozenset[str]()


class AppPriceScheduleRelationshipsApp(Model):
    data: AppPriceScheduleRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppPriceScheduleRelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class AppPriceScheduleRelationshipsBaseTerritory(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: AppPriceScheduleRelationshipsBaseTerritoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppPriceScheduleRelationshipsBaseTerritoryData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["territories"] | str
        id: str
    else:
        type: _L["territories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class AppPriceScheduleRelationshipsManualPrices(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppPriceScheduleRelationshipsManualPricesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppPriceScheduleRelationshipsManualPricesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appPrices"] | str
        id: str
    else:
        type: _L["appPrices"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
