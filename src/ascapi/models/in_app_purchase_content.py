# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "InAppPurchaseContent",
    "InAppPurchaseContentAttributes",
    "InAppPurchaseContentRelationships",
    "InAppPurchaseContentRelationshipsInAppPurchaseV2",
    "InAppPurchaseContentRelationshipsInAppPurchaseV2Data",
]

_E0 = frozenset({"inAppPurchaseContents"})
_E1 = frozenset({"inAppPurchases"})


class InAppPurchaseContent(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseContents"] | str
        id: str
    else:
        type: _L["inAppPurchaseContents"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: InAppPurchaseContentAttributes | None | UnsetType = UNSET
    relationships: InAppPurchaseContentRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseContentAttributes(Model):
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    url: str | None | UnsetType = UNSET
    last_modified_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="lastModifiedDate"
    )
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseContentRelationships(Model):
    in_app_purchase_v2: InAppPurchaseContentRelationshipsInAppPurchaseV2 | None | UnsetType = (
        msgspec.field(default=UNSET, name="inAppPurchaseV2")
    )
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseContentRelationshipsInAppPurchaseV2(Model):
    data: InAppPurchaseContentRelationshipsInAppPurchaseV2Data | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseContentRelationshipsInAppPurchaseV2Data(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchases"] | str
        id: str
    else:
        type: _L["inAppPurchases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
