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
    "SubscriptionGroupVersion",
    "SubscriptionGroupVersionAttributes",
    "SubscriptionGroupVersionRelationships",
    "SubscriptionGroupVersionRelationshipsSubscriptionGroup",
    "SubscriptionGroupVersionRelationshipsSubscriptionGroupData",
    "SubscriptionGroupVersionRelationshipsLocalizations",
    "SubscriptionGroupVersionRelationshipsLocalizationsData",
]

_E0 = frozenset({"subscriptionGroupVersions"})
_E1 = frozenset(
    {
        "PREPARE_FOR_SUBMISSION",
        "READY_FOR_REVIEW",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "ACCEPTED",
        "APPROVED",
        "REPLACED_WITH_NEW_VERSION",
        "REJECTED",
        "DEVELOPER_REJECTED",
    }
)
_E2 = frozenset({"subscriptionGroups"})
_E3 = frozenset({"subscriptionGroupLocalizations"})


class SubscriptionGroupVersion(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionGroupVersions"] | str
        id: str
    else:
        type: _L["subscriptionGroupVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: SubscriptionGroupVersionAttributes | None | UnsetType = UNSET
    relationships: SubscriptionGroupVersionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionGroupVersionAttributes(Model):
    version: int | None | UnsetType = UNSET
    state: (
        _L[
            "PREPARE_FOR_SUBMISSION",
            "READY_FOR_REVIEW",
            "WAITING_FOR_REVIEW",
            "IN_REVIEW",
            "ACCEPTED",
            "APPROVED",
            "REPLACED_WITH_NEW_VERSION",
            "REJECTED",
            "DEVELOPER_REJECTED",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"state": _E1}


class SubscriptionGroupVersionRelationships(Model):
    subscription_group: (
        SubscriptionGroupVersionRelationshipsSubscriptionGroup | None | UnsetType
    ) = msgspec.field(default=UNSET, name="subscriptionGroup")
    localizations: SubscriptionGroupVersionRelationshipsLocalizations | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionGroupVersionRelationshipsSubscriptionGroup(Model):
    data: SubscriptionGroupVersionRelationshipsSubscriptionGroupData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionGroupVersionRelationshipsSubscriptionGroupData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionGroups"] | str
        id: str
    else:
        type: _L["subscriptionGroups"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class SubscriptionGroupVersionRelationshipsLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[SubscriptionGroupVersionRelationshipsLocalizationsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionGroupVersionRelationshipsLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionGroupLocalizations"] | str
        id: str
    else:
        type: _L["subscriptionGroupLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
