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
    "InAppPurchaseOfferCodeCustomCode",
    "InAppPurchaseOfferCodeCustomCodeAttributes",
    "InAppPurchaseOfferCodeCustomCodeRelationships",
    "InAppPurchaseOfferCodeCustomCodeRelationshipsCreatedByActor",
    "InAppPurchaseOfferCodeCustomCodeRelationshipsCreatedByActorData",
]

_E0 = frozenset({"inAppPurchaseOfferCodeCustomCodes"})
_E1 = frozenset({"actors"})


class InAppPurchaseOfferCodeCustomCode(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseOfferCodeCustomCodes"] | str
        id: str
    else:
        type: _L["inAppPurchaseOfferCodeCustomCodes"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: InAppPurchaseOfferCodeCustomCodeAttributes | None | UnsetType = UNSET
    relationships: InAppPurchaseOfferCodeCustomCodeRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseOfferCodeCustomCodeAttributes(Model):
    custom_code: str | None | UnsetType = msgspec.field(default=UNSET, name="customCode")
    number_of_codes: int | None | UnsetType = msgspec.field(default=UNSET, name="numberOfCodes")
    created_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="createdDate")
    expiration_date: _dt.date | None | UnsetType = msgspec.field(
        default=UNSET, name="expirationDate"
    )
    active: bool | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferCodeCustomCodeRelationships(Model):
    created_by_actor: (
        InAppPurchaseOfferCodeCustomCodeRelationshipsCreatedByActor | None | UnsetType
    ) = msgspec.field(default=UNSET, name="createdByActor")
    deactivated_by_actor: (
        InAppPurchaseOfferCodeCustomCodeRelationshipsCreatedByActor | None | UnsetType
    ) = msgspec.field(default=UNSET, name="deactivatedByActor")
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferCodeCustomCodeRelationshipsCreatedByActor(Model):
    data: InAppPurchaseOfferCodeCustomCodeRelationshipsCreatedByActorData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferCodeCustomCodeRelationshipsCreatedByActorData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["actors"] | str
        id: str
    else:
        type: _L["actors"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
