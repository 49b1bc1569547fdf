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
    "SubscriptionGroupLocalizationV2",
    "SubscriptionGroupLocalizationV2Attributes",
    "SubscriptionGroupLocalizationV2Relationships",
    "SubscriptionGroupLocalizationV2RelationshipsVersion",
    "SubscriptionGroupLocalizationV2RelationshipsVersionData",
]

_E0 = frozenset({"subscriptionGroupLocalizations"})
_E1 = frozenset({"subscriptionGroupVersions"})


class SubscriptionGroupLocalizationV2(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionGroupLocalizations"] | str
        id: str
    else:
        type: _L["subscriptionGroupLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: SubscriptionGroupLocalizationV2Attributes | None | UnsetType = UNSET
    relationships: SubscriptionGroupLocalizationV2Relationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionGroupLocalizationV2Attributes(Model):
    name: str | None | UnsetType = UNSET
    custom_app_name: str | None | UnsetType = msgspec.field(default=UNSET, name="customAppName")
    locale: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionGroupLocalizationV2Relationships(Model):
    version: SubscriptionGroupLocalizationV2RelationshipsVersion | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionGroupLocalizationV2RelationshipsVersion(Model):
    data: SubscriptionGroupLocalizationV2RelationshipsVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionGroupLocalizationV2RelationshipsVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionGroupVersions"] | str
        id: str
    else:
        type: _L["subscriptionGroupVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
