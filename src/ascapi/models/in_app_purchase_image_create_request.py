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
    "InAppPurchaseImageCreateRequest",
    "InAppPurchaseImageCreateRequestData",
    "InAppPurchaseImageCreateRequestDataAttributes",
    "InAppPurchaseImageCreateRequestDataRelationships",
    "InAppPurchaseImageCreateRequestDataRelationshipsInAppPurchase",
    "InAppPurchaseImageCreateRequestDataRelationshipsInAppPurchaseData",
]

_E0 = frozenset({"inAppPurchaseImages"})
_E1 = frozenset({"inAppPurchases"})


class InAppPurchaseImageCreateRequest(Model):
    data: InAppPurchaseImageCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseImageCreateRequestData(Model):
    type: _L["inAppPurchaseImages"] | str | None | UnsetType = UNSET
    attributes: InAppPurchaseImageCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: InAppPurchaseImageCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseImageCreateRequestDataAttributes(Model):
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    __ascapi_required__ = frozenset({"file_name", "file_size"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseImageCreateRequestDataRelationships(Model):
    in_app_purchase: (
        InAppPurchaseImageCreateRequestDataRelationshipsInAppPurchase | None | UnsetType
    ) = msgspec.field(default=UNSET, name="inAppPurchase")
    __ascapi_required__ = frozenset({"in_app_purchase"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseImageCreateRequestDataRelationshipsInAppPurchase(Model):
    data: InAppPurchaseImageCreateRequestDataRelationshipsInAppPurchaseData | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseImageCreateRequestDataRelationshipsInAppPurchaseData(Model):
    type: _L["inAppPurchases"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
