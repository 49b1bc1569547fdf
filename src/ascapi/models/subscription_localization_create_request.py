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
    "SubscriptionLocalizationCreateRequest",
    "SubscriptionLocalizationCreateRequestData",
    "SubscriptionLocalizationCreateRequestDataAttributes",
    "SubscriptionLocalizationCreateRequestDataRelationships",
    "SubscriptionLocalizationCreateRequestDataRelationshipsSubscription",
    "SubscriptionLocalizationCreateRequestDataRelationshipsSubscriptionData",
]

_E0 = frozenset({"subscriptionLocalizations"})
_E1 = frozenset({"subscriptions"})


class SubscriptionLocalizationCreateRequest(Model):
    data: SubscriptionLocalizationCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionLocalizationCreateRequestData(Model):
    type: _L["subscriptionLocalizations"] | str | None | UnsetType = UNSET
    attributes: SubscriptionLocalizationCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: SubscriptionLocalizationCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionLocalizationCreateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    locale: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"locale", "name"})
    __ascapi_nullable__ = frozenset({"description"})


class SubscriptionLocalizationCreateRequestDataRelationships(Model):
    subscription: (
        SubscriptionLocalizationCreateRequestDataRelationshipsSubscription | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"subscription"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionLocalizationCreateRequestDataRelationshipsSubscription(Model):
    data: (
        SubscriptionLocalizationCreateRequestDataRelationshipsSubscriptionData | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionLocalizationCreateRequestDataRelationshipsSubscriptionData(Model):
    type: _L["subscriptions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
