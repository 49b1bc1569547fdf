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
    "SubscriptionGroupVersionCreateRequest",
    "SubscriptionGroupVersionCreateRequestData",
    "SubscriptionGroupVersionCreateRequestDataRelationships",
    "SubscriptionGroupVersionCreateRequestDataRelationshipsSubscriptionGroup",
    "SubscriptionGroupVersionCreateRequestDataRelationshipsSubscriptionGroupData",
]

_E0 = frozenset({"subscriptionGroupVersions"})
_E1 = frozenset({"subscriptionGroups"})


class SubscriptionGroupVersionCreateRequest(Model):
    data: SubscriptionGroupVersionCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionGroupVersionCreateRequestData(Model):
    type: _L["subscriptionGroupVersions"] | str | None | UnsetType = UNSET
    relationships: SubscriptionGroupVersionCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionGroupVersionCreateRequestDataRelationships(Model):
    subscription_group: (
        SubscriptionGroupVersionCreateRequestDataRelationshipsSubscriptionGroup | None | UnsetType
    ) = msgspec.field(default=UNSET, name="subscriptionGroup")
    __ascapi_required__ = frozenset({"subscription_group"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionGroupVersionCreateRequestDataRelationshipsSubscriptionGroup(Model):
    data: (
        SubscriptionGroupVersionCreateRequestDataRelationshipsSubscriptionGroupData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionGroupVersionCreateRequestDataRelationshipsSubscriptionGroupData(Model):
    type: _L["subscriptionGroups"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
