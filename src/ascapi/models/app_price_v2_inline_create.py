# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "AppPriceV2InlineCreate",
    "AppPriceV2InlineCreateAttributes",
    "AppPriceV2InlineCreateRelationships",
    "AppPriceV2InlineCreateRelationshipsAppPricePoint",
    "AppPriceV2InlineCreateRelationshipsAppPricePointData",
]

_E0 = frozenset({"appPrices"})
_E1 = frozenset({"appPricePoints"})


class AppPriceV2InlineCreate(Model):
    type: _L["appPrices"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: AppPriceV2InlineCreateAttributes | None | UnsetType = UNSET
    relationships: AppPriceV2InlineCreateRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppPriceV2InlineCreateAttributes(Model):
    start_date: _dt.date | None | UnsetType = msgspec.field(default=UNSET, name="startDate")
    end_date: _dt.date | None | UnsetType = msgspec.field(default=UNSET, name="endDate")
    __ascapi_nullable__ = frozenset({"end_date", "start_date"})


class AppPriceV2InlineCreateRelationships(Model):
    app_price_point: AppPriceV2InlineCreateRelationshipsAppPricePoint | None | UnsetType = (
        msgspec.field(default=UNSET, name="appPricePoint")
    )
    __ascapi_nullable__ = frozenset[str]()


class AppPriceV2InlineCreateRelationshipsAppPricePoint(Model):
    data: AppPriceV2InlineCreateRelationshipsAppPricePointData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppPriceV2InlineCreateRelationshipsAppPricePointData(Model):
    type: _L["appPricePoints"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
