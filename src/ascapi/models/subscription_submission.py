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
    "SubscriptionSubmission",
    "SubscriptionSubmissionRelationships",
    "SubscriptionSubmissionRelationshipsSubscription",
    "SubscriptionSubmissionRelationshipsSubscriptionData",
]

_E0 = frozenset({"subscriptionSubmissions"})
_E1 = frozenset({"subscriptions"})


class SubscriptionSubmission(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionSubmissions"] | str
        id: str
    else:
        type: _L["subscriptionSubmissions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    relationships: SubscriptionSubmissionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionSubmissionRelationships(Model):
    subscription: SubscriptionSubmissionRelationshipsSubscription | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionSubmissionRelationshipsSubscription(Model):
    data: SubscriptionSubmissionRelationshipsSubscriptionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionSubmissionRelationshipsSubscriptionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptions"] | str
        id: str
    else:
        type: _L["subscriptions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
