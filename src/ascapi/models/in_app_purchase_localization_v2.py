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
    "InAppPurchaseLocalizationV2",
    "InAppPurchaseLocalizationV2Attributes",
    "InAppPurchaseLocalizationV2Relationships",
    "InAppPurchaseLocalizationV2RelationshipsVersion",
    "InAppPurchaseLocalizationV2RelationshipsVersionData",
]

_E0 = frozenset({"inAppPurchaseLocalizations"})
_E1 = frozenset({"inAppPurchaseVersions"})


class InAppPurchaseLocalizationV2(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseLocalizations"] | str
        id: str
    else:
        type: _L["inAppPurchaseLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: InAppPurchaseLocalizationV2Attributes | None | UnsetType = UNSET
    relationships: InAppPurchaseLocalizationV2Relationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseLocalizationV2Attributes(Model):
    name: str | None | UnsetType = UNSET
    locale: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseLocalizationV2Relationships(Model):
    version: InAppPurchaseLocalizationV2RelationshipsVersion | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseLocalizationV2RelationshipsVersion(Model):
    data: InAppPurchaseLocalizationV2RelationshipsVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseLocalizationV2RelationshipsVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseVersions"] | str
        id: str
    else:
        type: _L["inAppPurchaseVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
