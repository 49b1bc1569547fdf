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
    "SubscriptionLocalizationV2",
    "SubscriptionLocalizationV2Attributes",
    "SubscriptionLocalizationV2Relationships",
    "SubscriptionLocalizationV2RelationshipsVersion",
    "SubscriptionLocalizationV2RelationshipsVersionData",
]

_E0 = frozenset({"subscriptionLocalizations"})
_E1 = frozenset({"subscriptionVersions"})


class SubscriptionLocalizationV2(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionLocalizations"] | str
        id: str
    else:
        type: _L["subscriptionLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: SubscriptionLocalizationV2Attributes | None | UnsetType = UNSET
    relationships: SubscriptionLocalizationV2Relationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionLocalizationV2Attributes(Model):
    name: str | None | UnsetType = UNSET
    locale: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionLocalizationV2Relationships(Model):
    version: SubscriptionLocalizationV2RelationshipsVersion | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionLocalizationV2RelationshipsVersion(Model):
    data: SubscriptionLocalizationV2RelationshipsVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionLocalizationV2RelationshipsVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionVersions"] | str
        id: str
    else:
        type: _L["subscriptionVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
