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
    "InAppPurchasePriceInlineCreate",
    "InAppPurchasePriceInlineCreateAttributes",
    "InAppPurchasePriceInlineCreateRelationships",
    "InAppPurchasePriceInlineCreateRelationshipsInAppPurchaseV2",
    "InAppPurchasePriceInlineCreateRelationshipsInAppPurchaseV2Data",
    "InAppPurchasePriceInlineCreateRelationshipsInAppPurchasePricePoint",
    "InAppPurchasePriceInlineCreateRelationshipsInAppPurchasePricePointData",
]

_E0 = frozenset({"inAppPurchasePrices"})
_E1 = frozenset({"inAppPurchases"})
_E2 = frozenset({"inAppPurchasePricePoints"})


class InAppPurchasePriceInlineCreate(Model):
    type: _L["inAppPurchasePrices"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: InAppPurchasePriceInlineCreateAttributes | None | UnsetType = UNSET
    relationships: InAppPurchasePriceInlineCreateRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchasePriceInlineCreateAttributes(Model):
    start_date: _dt.date | None | UnsetType = msgspec.field(default=UNSET, name="startDate")
    end_date: _dt.date | None | UnsetType = msgspec.field(default=UNSET, name="endDate")
    __ascapi_nullable__ = frozenset({"end_date", "start_date"})


class InAppPurchasePriceInlineCreateRelationships(Model):
    in_app_purchase_v2: (
        InAppPurchasePriceInlineCreateRelationshipsInAppPurchaseV2 | None | UnsetType
    ) = msgspec.field(default=UNSET, name="inAppPurchaseV2")
    in_app_purchase_price_point: (
        InAppPurchasePriceInlineCreateRelationshipsInAppPurchasePricePoint | None | UnsetType
    ) = msgspec.field(default=UNSET, name="inAppPurchasePricePoint")
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchasePriceInlineCreateRelationshipsInAppPurchaseV2(Model):
    data: InAppPurchasePriceInlineCreateRelationshipsInAppPurchaseV2Data | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchasePriceInlineCreateRelationshipsInAppPurchaseV2Data(Model):
    type: _L["inAppPurchases"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class InAppPurchasePriceInlineCreateRelationshipsInAppPurchasePricePoint(Model):
    data: (
        InAppPurchasePriceInlineCreateRelationshipsInAppPurchasePricePointData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchasePriceInlineCreateRelationshipsInAppPurchasePricePointData(Model):
    type: _L["inAppPurchasePricePoints"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
