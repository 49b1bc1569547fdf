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
    "SubscriptionOfferCodeOneTimeUseCodeCreateRequest",
    "SubscriptionOfferCodeOneTimeUseCodeCreateRequestData",
    "SubscriptionOfferCodeOneTimeUseCodeCreateRequestDataAttributes",
    "SubscriptionOfferCodeOneTimeUseCodeCreateRequestDataRelationships",
    "SubscriptionOfferCodeOneTimeUseCodeCreateRequestDataRelationshipsOfferCode",
    "SubscriptionOfferCodeOneTimeUseCodeCreateRequestDataRelationshipsOfferCodeData",
]

_E0 = frozenset({"subscriptionOfferCodeOneTimeUseCodes"})
_E1 = frozenset({"PRODUCTION", "SANDBOX"})
_E2 = frozenset({"subscriptionOfferCodes"})


class SubscriptionOfferCodeOneTimeUseCodeCreateRequest(Model):
    data: SubscriptionOfferCodeOneTimeUseCodeCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionOfferCodeOneTimeUseCodeCreateRequestData(Model):
    type: _L["subscriptionOfferCodeOneTimeUseCodes"] | str | None | UnsetType = UNSET
    attributes: (
        SubscriptionOfferCodeOneTimeUseCodeCreateRequestDataAttributes | None | UnsetType
    ) = UNSET
    relationships: (
        SubscriptionOfferCodeOneTimeUseCodeCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionOfferCodeOneTimeUseCodeCreateRequestDataAttributes(Model):
    number_of_codes: int | None | UnsetType = msgspec.field(default=UNSET, name="numberOfCodes")
    expiration_date: _dt.date | None | UnsetType = msgspec.field(
        default=UNSET, name="expirationDate"
    )
    environment: _L["PRODUCTION", "SANDBOX"] | str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"expiration_date", "number_of_codes"})
    __ascapi_nullable__ = frozenset({"environment"})
    __ascapi_enums__ = {"environment": _E1}


class SubscriptionOfferCodeOneTimeUseCodeCreateRequestDataRelationships(Model):
    offer_code: (
        SubscriptionOfferCodeOneTimeUseCodeCreateRequestDataRelationshipsOfferCode
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="offerCode")
    __ascapi_required__ = frozenset({"offer_code"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionOfferCodeOneTimeUseCodeCreateRequestDataRelationshipsOfferCode(Model):
    data: (
        SubscriptionOfferCodeOneTimeUseCodeCreateRequestDataRelationshipsOfferCodeData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionOfferCodeOneTimeUseCodeCreateRequestDataRelationshipsOfferCodeData(Model):
    type: _L["subscriptionOfferCodes"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
