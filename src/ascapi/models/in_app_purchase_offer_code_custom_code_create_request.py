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
    "InAppPurchaseOfferCodeCustomCodeCreateRequest",
    "InAppPurchaseOfferCodeCustomCodeCreateRequestData",
    "InAppPurchaseOfferCodeCustomCodeCreateRequestDataAttributes",
    "InAppPurchaseOfferCodeCustomCodeCreateRequestDataRelationships",
    "InAppPurchaseOfferCodeCustomCodeCreateRequestDataRelationshipsOfferCode",
    "InAppPurchaseOfferCodeCustomCodeCreateRequestDataRelationshipsOfferCodeData",
]

_E0 = frozenset({"inAppPurchaseOfferCodeCustomCodes"})
_E1 = frozenset({"inAppPurchaseOfferCodes"})


class InAppPurchaseOfferCodeCustomCodeCreateRequest(Model):
    data: InAppPurchaseOfferCodeCustomCodeCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferCodeCustomCodeCreateRequestData(Model):
    type: _L["inAppPurchaseOfferCodeCustomCodes"] | str | None | UnsetType = UNSET
    attributes: InAppPurchaseOfferCodeCustomCodeCreateRequestDataAttributes | None | UnsetType = (
        UNSET
    )
    relationships: (
        InAppPurchaseOfferCodeCustomCodeCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseOfferCodeCustomCodeCreateRequestDataAttributes(Model):
    custom_code: str | None | UnsetType = msgspec.field(default=UNSET, name="customCode")
    number_of_codes: int | None | UnsetType = msgspec.field(default=UNSET, name="numberOfCodes")
    expiration_date: _dt.date | None | UnsetType = msgspec.field(
        default=UNSET, name="expirationDate"
    )
    __ascapi_required__ = frozenset({"custom_code", "number_of_codes"})
    __ascapi_nullable__ = frozenset({"expiration_date"})


class InAppPurchaseOfferCodeCustomCodeCreateRequestDataRelationships(Model):
    offer_code: (
        InAppPurchaseOfferCodeCustomCodeCreateRequestDataRelationshipsOfferCode | None | UnsetType
    ) = msgspec.field(default=UNSET, name="offerCode")
    __ascapi_required__ = frozenset({"offer_code"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferCodeCustomCodeCreateRequestDataRelationshipsOfferCode(Model):
    data: (
        InAppPurchaseOfferCodeCustomCodeCreateRequestDataRelationshipsOfferCodeData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferCodeCustomCodeCreateRequestDataRelationshipsOfferCodeData(Model):
    type: _L["inAppPurchaseOfferCodes"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
