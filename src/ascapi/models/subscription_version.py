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
    "SubscriptionVersion",
    "SubscriptionVersionAttributes",
    "SubscriptionVersionRelationships",
    "SubscriptionVersionRelationshipsSubscription",
    "SubscriptionVersionRelationshipsSubscriptionData",
    "SubscriptionVersionRelationshipsImage",
    "SubscriptionVersionRelationshipsImageData",
    "SubscriptionVersionRelationshipsImages",
    "SubscriptionVersionRelationshipsLocalizations",
    "SubscriptionVersionRelationshipsLocalizationsData",
]

_E0 = frozenset({"subscriptionVersions"})
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
_E2 = frozenset({"subscriptions"})
_E3 = frozenset({"subscriptionImages"})
_E4 = frozenset({"subscriptionLocalizations"})


class SubscriptionVersion(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionVersions"] | str
        id: str
    else:
        type: _L["subscriptionVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: SubscriptionVersionAttributes | None | UnsetType = UNSET
    relationships: SubscriptionVersionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionVersionAttributes(Model):
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


class SubscriptionVersionRelationships(Model):
    subscription: SubscriptionVersionRelationshipsSubscription | None | UnsetType = UNSET
    image: SubscriptionVersionRelationshipsImage | None | UnsetType = UNSET
    images: SubscriptionVersionRelationshipsImages | None | UnsetType = UNSET
    localizations: SubscriptionVersionRelationshipsLocalizations | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionVersionRelationshipsSubscription(Model):
    data: SubscriptionVersionRelationshipsSubscriptionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionVersionRelationshipsSubscriptionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptions"] | str
        id: str
    else:
        type: _L["subscriptions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class SubscriptionVersionRelationshipsImage(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: SubscriptionVersionRelationshipsImageData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionVersionRelationshipsImageData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionImages"] | str
        id: str
    else:
        type: _L["subscriptionImages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class SubscriptionVersionRelationshipsImages(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[SubscriptionVersionRelationshipsImageData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionVersionRelationshipsLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[SubscriptionVersionRelationshipsLocalizationsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionVersionRelationshipsLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionLocalizations"] | str
        id: str
    else:
        type: _L["subscriptionLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
