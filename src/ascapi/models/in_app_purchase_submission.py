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
    "InAppPurchaseSubmission",
    "InAppPurchaseSubmissionRelationships",
    "InAppPurchaseSubmissionRelationshipsInAppPurchaseV2",
    "InAppPurchaseSubmissionRelationshipsInAppPurchaseV2Data",
]

_E0 = frozenset({"inAppPurchaseSubmissions"})
_E1 = frozenset({"inAppPurchases"})


class InAppPurchaseSubmission(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseSubmissions"] | str
        id: str
    else:
        type: _L["inAppPurchaseSubmissions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    relationships: InAppPurchaseSubmissionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseSubmissionRelationships(Model):
    in_app_purchase_v2: InAppPurchaseSubmissionRelationshipsInAppPurchaseV2 | None | UnsetType = (
        msgspec.field(default=UNSET, name="inAppPurchaseV2")
    )
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseSubmissionRelationshipsInAppPurchaseV2(Model):
    data: InAppPurchaseSubmissionRelationshipsInAppPurchaseV2Data | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseSubmissionRelationshipsInAppPurchaseV2Data(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchases"] | str
        id: str
    else:
        type: _L["inAppPurchases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
