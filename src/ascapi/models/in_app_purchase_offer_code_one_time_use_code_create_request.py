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
    "InAppPurchaseOfferCodeOneTimeUseCodeCreateRequest",
    "InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestData",
    "InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataAttributes",
    "InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataRelationships",
    "InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataRelationshipsOfferCode",
    "InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataRelationshipsOfferCodeData",
]

_E0 = frozenset({"inAppPurchaseOfferCodeOneTimeUseCodes"})
_E1 = frozenset({"PRODUCTION", "SANDBOX"})
_E2 = frozenset({"inAppPurchaseOfferCodes"})


class InAppPurchaseOfferCodeOneTimeUseCodeCreateRequest(Model):
    data: InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestData(Model):
    type: _L["inAppPurchaseOfferCodeOneTimeUseCodes"] | str | None | UnsetType = UNSET
    attributes: (
        InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataAttributes | None | UnsetType
    ) = UNSET
    relationships: (
        InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataAttributes(Model):
    number_of_codes: int | None | UnsetType = msgspec.field(default=UNSET, name="numberOfCodes")
    expiration_date: _dt.date | None | UnsetType = msgspec.field(
        default=UNSET, name="expirationDate"
    )
    environment: _L["PRODUCTION", "SANDBOX"] | str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"expiration_date", "number_of_codes"})
    __ascapi_nullable__ = frozenset({"environment"})
    __ascapi_enums__ = {"environment": _E1}


class InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataRelationships(Model):
    offer_code: (
        InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataRelationshipsOfferCode
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="offerCode")
    __ascapi_required__ = frozenset({"offer_code"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataRelationshipsOfferCode(Model):
    data: (
        InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataRelationshipsOfferCodeData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataRelationshipsOfferCodeData(Model):
    type: _L["inAppPurchaseOfferCodes"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
