# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "PromotedPurchase",
    "PromotedPurchaseAttributes",
    "PromotedPurchaseRelationships",
    "PromotedPurchaseRelationshipsInAppPurchaseV2",
    "PromotedPurchaseRelationshipsInAppPurchaseV2Data",
    "PromotedPurchaseRelationshipsSubscription",
    "PromotedPurchaseRelationshipsSubscriptionData",
]

_E0 = frozenset({"promotedPurchases"})
_E1 = frozenset({"APPROVED", "IN_REVIEW", "PREPARE_FOR_SUBMISSION", "REJECTED"})
_E2 = frozenset({"inAppPurchases"})
_E3 = frozenset({"subscriptions"})


class PromotedPurchase(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["promotedPurchases"] | str
        id: str
    else:
        type: _L["promotedPurchases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: PromotedPurchaseAttributes | None | UnsetType = UNSET
    relationships: PromotedPurchaseRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class PromotedPurchaseAttributes(Model):
    visible_for_all_users: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="visibleForAllUsers"
    )
    enabled: bool | None | UnsetType = UNSET
    state: (
        _L["APPROVED", "IN_REVIEW", "PREPARE_FOR_SUBMISSION", "REJECTED"] | str | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"state": _E1}


class PromotedPurchaseRelationships(Model):
    in_app_purchase_v2: PromotedPurchaseRelationshipsInAppPurchaseV2 | None | UnsetType = (
        msgspec.field(default=UNSET, name="inAppPurchaseV2")
    )
    subscription: PromotedPurchaseRelationshipsSubscription | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class PromotedPurchaseRelationshipsInAppPurchaseV2(Model):
    data: PromotedPurchaseRelationshipsInAppPurchaseV2Data | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class PromotedPurchaseRelationshipsInAppPurchaseV2Data(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchases"] | str
        id: str
    else:
        type: _L["inAppPurchases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class PromotedPurchaseRelationshipsSubscription(Model):
    data: PromotedPurchaseRelationshipsSubscriptionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class PromotedPurchaseRelationshipsSubscriptionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptions"] | str
        id: str
    else:
        type: _L["subscriptions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
