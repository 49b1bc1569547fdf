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
    "PromotedPurchaseCreateRequest",
    "PromotedPurchaseCreateRequestData",
    "PromotedPurchaseCreateRequestDataAttributes",
    "PromotedPurchaseCreateRequestDataRelationships",
    "PromotedPurchaseCreateRequestDataRelationshipsApp",
    "PromotedPurchaseCreateRequestDataRelationshipsAppData",
    "PromotedPurchaseCreateRequestDataRelationshipsInAppPurchaseV2",
    "PromotedPurchaseCreateRequestDataRelationshipsInAppPurchaseV2Data",
    "PromotedPurchaseCreateRequestDataRelationshipsSubscription",
    "PromotedPurchaseCreateRequestDataRelationshipsSubscriptionData",
]

_E0 = frozenset({"promotedPurchases"})
_E1 = frozenset({"apps"})
_E2 = frozenset({"inAppPurchases"})
_E3 = frozenset({"subscriptions"})


class PromotedPurchaseCreateRequest(Model):
    data: PromotedPurchaseCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class PromotedPurchaseCreateRequestData(Model):
    type: _L["promotedPurchases"] | str | None | UnsetType = UNSET
    attributes: PromotedPurchaseCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: PromotedPurchaseCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class PromotedPurchaseCreateRequestDataAttributes(Model):
    visible_for_all_users: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="visibleForAllUsers"
    )
    enabled: bool | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"visible_for_all_users"})
    __ascapi_nullable__ = frozenset({"enabled"})


class PromotedPurchaseCreateRequestDataRelationships(Model):
    app: PromotedPurchaseCreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    in_app_purchase_v2: (
        PromotedPurchaseCreateRequestDataRelationshipsInAppPurchaseV2 | None | UnsetType
    ) = msgspec.field(default=UNSET, name="inAppPurchaseV2")
    subscription: PromotedPurchaseCreateRequestDataRelationshipsSubscription | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"app"})
    __ascapi_nullable__ = frozenset[str]()


class PromotedPurchaseCreateRequestDataRelationshipsApp(Model):
    data: PromotedPurchaseCreateRequestDataRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class PromotedPurchaseCreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class PromotedPurchaseCreateRequestDataRelationshipsInAppPurchaseV2(Model):
    data: PromotedPurchaseCreateRequestDataRelationshipsInAppPurchaseV2Data | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class PromotedPurchaseCreateRequestDataRelationshipsInAppPurchaseV2Data(Model):
    type: _L["inAppPurchases"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class PromotedPurchaseCreateRequestDataRelationshipsSubscription(Model):
    data: PromotedPurchaseCreateRequestDataRelationshipsSubscriptionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class PromotedPurchaseCreateRequestDataRelationshipsSubscriptionData(Model):
    type: _L["subscriptions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
