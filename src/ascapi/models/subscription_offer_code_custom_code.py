# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "SubscriptionOfferCodeCustomCode",
    "SubscriptionOfferCodeCustomCodeAttributes",
    "SubscriptionOfferCodeCustomCodeRelationships",
    "SubscriptionOfferCodeCustomCodeRelationshipsOfferCode",
    "SubscriptionOfferCodeCustomCodeRelationshipsOfferCodeData",
]

_E0 = frozenset({"subscriptionOfferCodeCustomCodes"})
_E1 = frozenset({"subscriptionOfferCodes"})


class SubscriptionOfferCodeCustomCode(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionOfferCodeCustomCodes"] | str
        id: str
    else:
        type: _L["subscriptionOfferCodeCustomCodes"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: SubscriptionOfferCodeCustomCodeAttributes | None | UnsetType = UNSET
    relationships: SubscriptionOfferCodeCustomCodeRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionOfferCodeCustomCodeAttributes(Model):
    custom_code: str | None | UnsetType = msgspec.field(default=UNSET, name="customCode")
    number_of_codes: int | None | UnsetType = msgspec.field(default=UNSET, name="numberOfCodes")
    created_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="createdDate")
    expiration_date: _dt.date | None | UnsetType = msgspec.field(
        default=UNSET, name="expirationDate"
    )
    active: bool | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionOfferCodeCustomCodeRelationships(Model):
    offer_code: SubscriptionOfferCodeCustomCodeRelationshipsOfferCode | None | UnsetType = (
        msgspec.field(default=UNSET, name="offerCode")
    )
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionOfferCodeCustomCodeRelationshipsOfferCode(Model):
    data: SubscriptionOfferCodeCustomCodeRelationshipsOfferCodeData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionOfferCodeCustomCodeRelationshipsOfferCodeData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionOfferCodes"] | str
        id: str
    else:
        type: _L["subscriptionOfferCodes"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
