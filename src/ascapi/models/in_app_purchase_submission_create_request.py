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
    "InAppPurchaseSubmissionCreateRequest",
    "InAppPurchaseSubmissionCreateRequestData",
    "InAppPurchaseSubmissionCreateRequestDataRelationships",
    "InAppPurchaseSubmissionCreateRequestDataRelationshipsInAppPurchaseV2",
    "InAppPurchaseSubmissionCreateRequestDataRelationshipsInAppPurchaseV2Data",
]

_E0 = frozenset({"inAppPurchaseSubmissions"})
_E1 = frozenset({"inAppPurchases"})


class InAppPurchaseSubmissionCreateRequest(Model):
    data: InAppPurchaseSubmissionCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseSubmissionCreateRequestData(Model):
    type: _L["inAppPurchaseSubmissions"] | str | None | UnsetType = UNSET
    relationships: InAppPurchaseSubmissionCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseSubmissionCreateRequestDataRelationships(Model):
    in_app_purchase_v2: (
        InAppPurchaseSubmissionCreateRequestDataRelationshipsInAppPurchaseV2 | None | UnsetType
    ) = msgspec.field(default=UNSET, name="inAppPurchaseV2")
    __ascapi_required__ = frozenset({"in_app_purchase_v2"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseSubmissionCreateRequestDataRelationshipsInAppPurchaseV2(Model):
    data: (
        InAppPurchaseSubmissionCreateRequestDataRelationshipsInAppPurchaseV2Data | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseSubmissionCreateRequestDataRelationshipsInAppPurchaseV2Data(Model):
    type: _L["inAppPurchases"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
