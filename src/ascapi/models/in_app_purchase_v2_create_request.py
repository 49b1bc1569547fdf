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
    "InAppPurchaseV2CreateRequest",
    "InAppPurchaseV2CreateRequestData",
    "InAppPurchaseV2CreateRequestDataAttributes",
    "InAppPurchaseV2CreateRequestDataRelationships",
    "InAppPurchaseV2CreateRequestDataRelationshipsApp",
    "InAppPurchaseV2CreateRequestDataRelationshipsAppData",
]

_E0 = frozenset({"inAppPurchases"})
_E1 = frozenset({"CONSUMABLE", "NON_CONSUMABLE", "NON_RENEWING_SUBSCRIPTION"})
_E2 = frozenset({"apps"})


class InAppPurchaseV2CreateRequest(Model):
    data: InAppPurchaseV2CreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseV2CreateRequestData(Model):
    type: _L["inAppPurchases"] | str | None | UnsetType = UNSET
    attributes: InAppPurchaseV2CreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: InAppPurchaseV2CreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseV2CreateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    product_id: str | None | UnsetType = msgspec.field(default=UNSET, name="productId")
    in_app_purchase_type: (
        _L["CONSUMABLE", "NON_CONSUMABLE", "NON_RENEWING_SUBSCRIPTION"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="inAppPurchaseType")
    review_note: str | None | UnsetType = msgspec.field(default=UNSET, name="reviewNote")
    family_sharable: bool | None | UnsetType = msgspec.field(default=UNSET, name="familySharable")
    __ascapi_required__ = frozenset({"in_app_purchase_type", "name", "product_id"})
    __ascapi_nullable__ = frozenset({"family_sharable", "review_note"})
    __ascapi_enums__ = {"in_app_purchase_type": _E1}


class InAppPurchaseV2CreateRequestDataRelationships(Model):
    app: InAppPurchaseV2CreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"app"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseV2CreateRequestDataRelationshipsApp(Model):
    data: InAppPurchaseV2CreateRequestDataRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseV2CreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
