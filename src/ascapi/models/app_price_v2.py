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
    "AppPriceV2",
    "AppPriceV2Attributes",
    "AppPriceV2Relationships",
    "AppPriceV2RelationshipsAppPricePoint",
    "AppPriceV2RelationshipsAppPricePointData",
    "AppPriceV2RelationshipsTerritory",
    "AppPriceV2RelationshipsTerritoryData",
]

_E0 = frozenset({"appPrices"})
_E1 = frozenset({"appPricePoints"})
_E2 = frozenset({"territories"})


class AppPriceV2(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appPrices"] | str
        id: str
    else:
        type: _L["appPrices"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppPriceV2Attributes | None | UnsetType = UNSET
    relationships: AppPriceV2Relationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppPriceV2Attributes(Model):
    manual: bool | None | UnsetType = UNSET
    start_date: _dt.date | None | UnsetType = msgspec.field(default=UNSET, name="startDate")
    end_date: _dt.date | None | UnsetType = msgspec.field(default=UNSET, name="endDate")
    __ascapi_nullable__ = frozenset[str]()


class AppPriceV2Relationships(Model):
    app_price_point: AppPriceV2RelationshipsAppPricePoint | None | UnsetType = msgspec.field(
        default=UNSET, name="appPricePoint"
    )
    territory: AppPriceV2RelationshipsTerritory | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppPriceV2RelationshipsAppPricePoint(Model):
    data: AppPriceV2RelationshipsAppPricePointData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppPriceV2RelationshipsAppPricePointData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appPricePoints"] | str
        id: str
    else:
        type: _L["appPricePoints"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class AppPriceV2RelationshipsTerritory(Model):
    data: AppPriceV2RelationshipsTerritoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppPriceV2RelationshipsTerritoryData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["territories"] | str
        id: str
    else:
        type: _L["territories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
