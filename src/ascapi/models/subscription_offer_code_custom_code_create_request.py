# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "SubscriptionOfferCodeCustomCodeCreateRequest",
    "SubscriptionOfferCodeCustomCodeCreateRequestData",
    "SubscriptionOfferCodeCustomCodeCreateRequestDataAttributes",
    "SubscriptionOfferCodeCustomCodeCreateRequestDataRelationships",
    "SubscriptionOfferCodeCustomCodeCreateRequestDataRelationshipsOfferCode",
    "SubscriptionOfferCodeCustomCodeCreateRequestDataRelationshipsOfferCodeData",
]

_E0 = frozenset({"subscriptionOfferCodeCustomCodes"})
_E1 = frozenset({"subscriptionOfferCodes"})


class SubscriptionOfferCodeCustomCodeCreateRequest(Model):
    data: SubscriptionOfferCodeCustomCodeCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionOfferCodeCustomCodeCreateRequestData(Model):
    type: _L["subscriptionOfferCodeCustomCodes"] | str | None | UnsetType = UNSET
    attributes: SubscriptionOfferCodeCustomCodeCreateRequestDataAttributes | None | UnsetType = (
        UNSET
    )
    relationships: (
        SubscriptionOfferCodeCustomCodeCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionOfferCodeCustomCodeCreateRequestDataAttributes(Model):
    custom_code: str | None | UnsetType = msgspec.field(default=UNSET, name="customCode")
    number_of_codes: int | None | UnsetType = msgspec.field(default=UNSET, name="numberOfCodes")
    expiration_date: _dt.date | None | UnsetType = msgspec.field(
        default=UNSET, name="expirationDate"
    )
    __ascapi_required__ = frozenset({"custom_code", "number_of_codes"})
    __ascapi_nullable__ = frozenset({"expiration_date"})


class SubscriptionOfferCodeCustomCodeCreateRequestDataRelationships(Model):
    offer_code: (
        SubscriptionOfferCodeCustomCodeCreateRequestDataRelationshipsOfferCode | None | UnsetType
    ) = msgspec.field(default=UNSET, name="offerCode")
    __ascapi_required__ = frozenset({"offer_code"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionOfferCodeCustomCodeCreateRequestDataRelationshipsOfferCode(Model):
    data: (
        SubscriptionOfferCodeCustomCodeCreateRequestDataRelationshipsOfferCodeData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionOfferCodeCustomCodeCreateRequestDataRelationshipsOfferCodeData(Model):
    type: _L["subscriptionOfferCodes"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
