# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "SubscriptionOfferCodeOneTimeUseCode",
    "SubscriptionOfferCodeOneTimeUseCodeAttributes",
    "SubscriptionOfferCodeOneTimeUseCodeRelationships",
    "SubscriptionOfferCodeOneTimeUseCodeRelationshipsOfferCode",
    "SubscriptionOfferCodeOneTimeUseCodeRelationshipsOfferCodeData",
    "SubscriptionOfferCodeOneTimeUseCodeRelationshipsValues",
]

_E0 = frozenset({"subscriptionOfferCodeOneTimeUseCodes"})
_E1 = frozenset({"PRODUCTION", "SANDBOX"})
_E2 = frozenset({"subscriptionOfferCodes"})


class SubscriptionOfferCodeOneTimeUseCode(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionOfferCodeOneTimeUseCodes"] | str
        id: str
    else:
        type: _L["subscriptionOfferCodeOneTimeUseCodes"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: SubscriptionOfferCodeOneTimeUseCodeAttributes | None | UnsetType = UNSET
    relationships: SubscriptionOfferCodeOneTimeUseCodeRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionOfferCodeOneTimeUseCodeAttributes(Model):
    number_of_codes: int | None | UnsetType = msgspec.field(default=UNSET, name="numberOfCodes")
    created_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="createdDate")
    expiration_date: _dt.date | None | UnsetType = msgspec.field(
        default=UNSET, name="expirationDate"
    )
    active: bool | None | UnsetType = UNSET
    environment: _L["PRODUCTION", "SANDBOX"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"environment": _E1}


class SubscriptionOfferCodeOneTimeUseCodeRelationships(Model):
    offer_code: SubscriptionOfferCodeOneTimeUseCodeRelationshipsOfferCode | None | UnsetType = (
        msgspec.field(default=UNSET, name="offerCode")
    )
    values: SubscriptionOfferCodeOneTimeUseCodeRelationshipsValues | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionOfferCodeOneTimeUseCodeRelationshipsOfferCode(Model):
    data: SubscriptionOfferCodeOneTimeUseCodeRelationshipsOfferCodeData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionOfferCodeOneTimeUseCodeRelationshipsOfferCodeData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionOfferCodes"] | str
        id: str
    else:
        type: _L["subscriptionOfferCodes"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class SubscriptionOfferCodeOneTimeUseCodeRelationshipsValues(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
