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
    "InAppPurchaseLocalizationCreateRequest",
    "InAppPurchaseLocalizationCreateRequestData",
    "InAppPurchaseLocalizationCreateRequestDataAttributes",
    "InAppPurchaseLocalizationCreateRequestDataRelationships",
    "InAppPurchaseLocalizationCreateRequestDataRelationshipsInAppPurchaseV2",
    "InAppPurchaseLocalizationCreateRequestDataRelationshipsInAppPurchaseV2Data",
]

_E0 = frozenset({"inAppPurchaseLocalizations"})
_E1 = frozenset({"inAppPurchases"})


class InAppPurchaseLocalizationCreateRequest(Model):
    data: InAppPurchaseLocalizationCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseLocalizationCreateRequestData(Model):
    type: _L["inAppPurchaseLocalizations"] | str | None | UnsetType = UNSET
    attributes: InAppPurchaseLocalizationCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: InAppPurchaseLocalizationCreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseLocalizationCreateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    locale: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"locale", "name"})
    __ascapi_nullable__ = frozenset({"description"})


class InAppPurchaseLocalizationCreateRequestDataRelationships(Model):
    in_app_purchase_v2: (
        InAppPurchaseLocalizationCreateRequestDataRelationshipsInAppPurchaseV2 | None | UnsetType
    ) = msgspec.field(default=UNSET, name="inAppPurchaseV2")
    __ascapi_required__ = frozenset({"in_app_purchase_v2"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseLocalizationCreateRequestDataRelationshipsInAppPurchaseV2(Model):
    data: (
        InAppPurchaseLocalizationCreateRequestDataRelationshipsInAppPurchaseV2Data
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseLocalizationCreateRequestDataRelationshipsInAppPurchaseV2Data(Model):
    type: _L["inAppPurchases"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
