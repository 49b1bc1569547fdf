# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "SubscriptionGroup",
    "SubscriptionGroupAttributes",
    "SubscriptionGroupRelationships",
    "SubscriptionGroupRelationshipsSubscriptions",
    "SubscriptionGroupRelationshipsSubscriptionsData",
    "SubscriptionGroupRelationshipsSubscriptionGroupLocalizations",
    "SubscriptionGroupRelationshipsSubscriptionGroupLocalizationsData",
    "SubscriptionGroupRelationshipsVersions",
    "SubscriptionGroupRelationshipsVersionsData",
]

_E0 = frozenset({"subscriptionGroups"})
_E1 = frozenset({"subscriptions"})
_E2 = frozenset({"subscriptionGroupLocalizations"})
_E3 = frozenset({"subscriptionGroupVersions"})


class SubscriptionGroup(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionGroups"] | str
        id: str
    else:
        type: _L["subscriptionGroups"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: SubscriptionGroupAttributes | None | UnsetType = UNSET
    relationships: SubscriptionGroupRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionGroupAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionGroupRelationships(Model):
    subscriptions: SubscriptionGroupRelationshipsSubscriptions | None | UnsetType = UNSET
    subscription_group_localizations: (
        SubscriptionGroupRelationshipsSubscriptionGroupLocalizations | None | UnsetType
    ) = msgspec.field(default=UNSET, name="subscriptionGroupLocalizations")
    versions: SubscriptionGroupRelationshipsVersions | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionGroupRelationshipsSubscriptions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[SubscriptionGroupRelationshipsSubscriptionsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionGroupRelationshipsSubscriptionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptions"] | str
        id: str
    else:
        type: _L["subscriptions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class SubscriptionGroupRelationshipsSubscriptionGroupLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[SubscriptionGroupRelationshipsSubscriptionGroupLocalizationsData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionGroupRelationshipsSubscriptionGroupLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionGroupLocalizations"] | str
        id: str
    else:
        type: _L["subscriptionGroupLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class SubscriptionGroupRelationshipsVersions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[SubscriptionGroupRelationshipsVersionsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionGroupRelationshipsVersionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionGroupVersions"] | str
        id: str
    else:
        type: _L["subscriptionGroupVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
