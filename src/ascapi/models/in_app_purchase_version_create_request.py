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
    "InAppPurchaseVersionCreateRequest",
    "InAppPurchaseVersionCreateRequestData",
    "InAppPurchaseVersionCreateRequestDataRelationships",
    "InAppPurchaseVersionCreateRequestDataRelationshipsInAppPurchase",
    "InAppPurchaseVersionCreateRequestDataRelationshipsInAppPurchaseData",
]

_E0 = frozenset({"inAppPurchaseVersions"})
_E1 = frozenset({"inAppPurchases"})


class InAppPurchaseVersionCreateRequest(Model):
    data: InAppPurchaseVersionCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseVersionCreateRequestData(Model):
    type: _L["inAppPurchaseVersions"] | str | None | UnsetType = UNSET
    relationships: InAppPurchaseVersionCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseVersionCreateRequestDataRelationships(Model):
    in_app_purchase: (
        InAppPurchaseVersionCreateRequestDataRelationshipsInAppPurchase | None | UnsetType
    ) = msgspec.field(default=UNSET, name="inAppPurchase")
    __ascapi_required__ = frozenset({"in_app_purchase"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseVersionCreateRequestDataRelationshipsInAppPurchase(Model):
    data: InAppPurchaseVersionCreateRequestDataRelationshipsInAppPurchaseData | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseVersionCreateRequestDataRelationshipsInAppPurchaseData(Model):
    type: _L["inAppPurchases"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
