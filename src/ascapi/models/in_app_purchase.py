# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.paging_information import PagingInformation
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "InAppPurchase",
    "InAppPurchaseAttributes",
    "InAppPurchaseRelationships",
    "InAppPurchaseRelationshipsApps",
    "InAppPurchaseRelationshipsAppsData",
]

_E0 = frozenset({"inAppPurchases"})
_E1 = frozenset(
    {
        "AUTOMATICALLY_RENEWABLE_SUBSCRIPTION",
        "NON_CONSUMABLE",
        "CONSUMABLE",
        "NON_RENEWING_SUBSCRIPTION",
        "FREE_SUBSCRIPTION",
    }
)
_E2 = frozenset(
    {
        "CREATED",
        "DEVELOPER_SIGNED_OFF",
        "DEVELOPER_ACTION_NEEDED",
        "DELETION_IN_PROGRESS",
        "APPROVED",
        "DELETED",
        "REMOVED_FROM_SALE",
        "DEVELOPER_REMOVED_FROM_SALE",
        "WAITING_FOR_UPLOAD",
        "PROCESSING_CONTENT",
        "REPLACED",
        "REJECTED",
        "WAITING_FOR_SCREENSHOT",
        "PREPARE_FOR_SUBMISSION",
        "MISSING_METADATA",
        "READY_TO_SUBMIT",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "PENDING_DEVELOPER_RELEASE",
    }
)
_E3 = frozenset({"apps"})


class InAppPurchase(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchases"] | str
        id: str
    else:
        type: _L["inAppPurchases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: InAppPurchaseAttributes | None | UnsetType = UNSET
    relationships: InAppPurchaseRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    product_id: str | None | UnsetType = msgspec.field(default=UNSET, name="productId")
    in_app_purchase_type: (
        _L[
            "AUTOMATICALLY_RENEWABLE_SUBSCRIPTION",
            "NON_CONSUMABLE",
            "CONSUMABLE",
            "NON_RENEWING_SUBSCRIPTION",
            "FREE_SUBSCRIPTION",
        ]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="inAppPurchaseType")
    state: (
        _L[
            "CREATED",
            "DEVELOPER_SIGNED_OFF",
            "DEVELOPER_ACTION_NEEDED",
            "DELETION_IN_PROGRESS",
            "APPROVED",
            "DELETED",
            "REMOVED_FROM_SALE",
            "DEVELOPER_REMOVED_FROM_SALE",
            "WAITING_FOR_UPLOAD",
            "PROCESSING_CONTENT",
            "REPLACED",
            "REJECTED",
            "WAITING_FOR_SCREENSHOT",
            "PREPARE_FOR_SUBMISSION",
            "MISSING_METADATA",
            "READY_TO_SUBMIT",
            "WAITING_FOR_REVIEW",
            "IN_REVIEW",
            "PENDING_DEVELOPER_RELEASE",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"in_app_purchase_type": _E1, "state": _E2}


class InAppPurchaseRelationships(Model):
    apps: InAppPurchaseRelationshipsApps | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseRelationshipsApps(Model):
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[InAppPurchaseRelationshipsAppsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseRelationshipsAppsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
