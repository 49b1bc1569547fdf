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
    "AppPriceScheduleCreateRequest",
    "AppPriceScheduleCreateRequestData",
    "AppPriceScheduleCreateRequestDataRelationships",
    "AppPriceScheduleCreateRequestDataRelationshipsApp",
    "AppPriceScheduleCreateRequestDataRelationshipsAppData",
    "AppPriceScheduleCreateRequestDataRelationshipsBaseTerritory",
    "AppPriceScheduleCreateRequestDataRelationshipsBaseTerritoryData",
    "AppPriceScheduleCreateRequestDataRelationshipsManualPrices",
    "AppPriceScheduleCreateRequestDataRelationshipsManualPricesData",
]

_E0 = frozenset({"appPriceSchedules"})
_E1 = frozenset({"apps"})
_E2 = frozenset({"territories"})
_E3 = frozenset({"appPrices"})


class AppPriceScheduleCreateRequest(Model):
    data: AppPriceScheduleCreateRequestData | None | UnsetType = UNSET
    included: list[dict[str, Any]] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppPriceScheduleCreateRequestData(Model):
    type: _L["appPriceSchedules"] | str | None | UnsetType = UNSET
    relationships: AppPriceScheduleCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppPriceScheduleCreateRequestDataRelationships(Model):
    app: AppPriceScheduleCreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    base_territory: (
        AppPriceScheduleCreateRequestDataRelationshipsBaseTerritory | None | UnsetType
    ) = msgspec.field(default=UNSET, name="baseTerritory")
    manual_prices: AppPriceScheduleCreateRequestDataRelationshipsManualPrices | None | UnsetType = (
        msgspec.field(default=UNSET, name="manualPrices")
    )
    __ascapi_required__ = frozenset({"app", "base_territory", "manual_prices"})
    __ascapi_nullable__ = frozenset[str]()


class AppPriceScheduleCreateRequestDataRelationshipsApp(Model):
    data: AppPriceScheduleCreateRequestDataRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppPriceScheduleCreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class AppPriceScheduleCreateRequestDataRelationshipsBaseTerritory(Model):
    data: AppPriceScheduleCreateRequestDataRelationshipsBaseTerritoryData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppPriceScheduleCreateRequestDataRelationshipsBaseTerritoryData(Model):
    type: _L["territories"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class AppPriceScheduleCreateRequestDataRelationshipsManualPrices(Model):
    data: (
        list[AppPriceScheduleCreateRequestDataRelationshipsManualPricesData] | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppPriceScheduleCreateRequestDataRelationshipsManualPricesData(Model):
    type: _L["appPrices"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
