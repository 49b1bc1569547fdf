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
    "SubscriptionImageCreateRequest",
    "SubscriptionImageCreateRequestData",
    "SubscriptionImageCreateRequestDataAttributes",
    "SubscriptionImageCreateRequestDataRelationships",
    "SubscriptionImageCreateRequestDataRelationshipsSubscription",
    "SubscriptionImageCreateRequestDataRelationshipsSubscriptionData",
]

_E0 = frozenset({"subscriptionImages"})
_E1 = frozenset({"subscriptions"})


class SubscriptionImageCreateRequest(Model):
    data: SubscriptionImageCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionImageCreateRequestData(Model):
    type: _L["subscriptionImages"] | str | None | UnsetType = UNSET
    attributes: SubscriptionImageCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: SubscriptionImageCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionImageCreateRequestDataAttributes(Model):
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    __ascapi_required__ = frozenset({"file_name", "file_size"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionImageCreateRequestDataRelationships(Model):
    subscription: SubscriptionImageCreateRequestDataRelationshipsSubscription | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"subscription"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionImageCreateRequestDataRelationshipsSubscription(Model):
    data: SubscriptionImageCreateRequestDataRelationshipsSubscriptionData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionImageCreateRequestDataRelationshipsSubscriptionData(Model):
    type: _L["subscriptions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
