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
    "SubscriptionLocalization",
    "SubscriptionLocalizationAttributes",
    "SubscriptionLocalizationRelationships",
    "SubscriptionLocalizationRelationshipsSubscription",
    "SubscriptionLocalizationRelationshipsSubscriptionData",
]

_E0 = frozenset({"subscriptionLocalizations"})
_E1 = frozenset({"PREPARE_FOR_SUBMISSION", "WAITING_FOR_REVIEW", "APPROVED", "REJECTED"})
_E2 = frozenset({"subscriptions"})


class SubscriptionLocalization(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionLocalizations"] | str
        id: str
    else:
        type: _L["subscriptionLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: SubscriptionLocalizationAttributes | None | UnsetType = UNSET
    relationships: SubscriptionLocalizationRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionLocalizationAttributes(Model):
    name: str | None | UnsetType = UNSET
    locale: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    state: (
        _L["PREPARE_FOR_SUBMISSION", "WAITING_FOR_REVIEW", "APPROVED", "REJECTED"]
        | str
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"state": _E1}


class SubscriptionLocalizationRelationships(Model):
    subscription: SubscriptionLocalizationRelationshipsSubscription | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionLocalizationRelationshipsSubscription(Model):
    data: SubscriptionLocalizationRelationshipsSubscriptionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionLocalizationRelationshipsSubscriptionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptions"] | str
        id: str
    else:
        type: _L["subscriptions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
