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
    "InAppPurchaseOfferCodeOneTimeUseCode",
    "InAppPurchaseOfferCodeOneTimeUseCodeAttributes",
    "InAppPurchaseOfferCodeOneTimeUseCodeRelationships",
    "InAppPurchaseOfferCodeOneTimeUseCodeRelationshipsValues",
    "InAppPurchaseOfferCodeOneTimeUseCodeRelationshipsCreatedByActor",
    "InAppPurchaseOfferCodeOneTimeUseCodeRelationshipsCreatedByActorData",
]

_E0 = frozenset({"inAppPurchaseOfferCodeOneTimeUseCodes"})
_E1 = frozenset({"PRODUCTION", "SANDBOX"})
_E2 = frozenset({"actors"})


class InAppPurchaseOfferCodeOneTimeUseCode(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseOfferCodeOneTimeUseCodes"] | str
        id: str
    else:
        type: _L["inAppPurchaseOfferCodeOneTimeUseCodes"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: InAppPurchaseOfferCodeOneTimeUseCodeAttributes | None | UnsetType = UNSET
    relationships: InAppPurchaseOfferCodeOneTimeUseCodeRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseOfferCodeOneTimeUseCodeAttributes(Model):
    number_of_codes: int | None | UnsetType = msgspec.field(default=UNSET, name="numberOfCodes")
    created_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="createdDate")
    expiration_date: _dt.date | None | UnsetType = msgspec.field(
        default=UNSET, name="expirationDate"
    )
    active: bool | None | UnsetType = UNSET
    environment: _L["PRODUCTION", "SANDBOX"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"environment": _E1}


class InAppPurchaseOfferCodeOneTimeUseCodeRelationships(Model):
    values: InAppPurchaseOfferCodeOneTimeUseCodeRelationshipsValues | None | UnsetType = UNSET
    created_by_actor: (
        InAppPurchaseOfferCodeOneTimeUseCodeRelationshipsCreatedByActor | None | UnsetType
    ) = msgspec.field(default=UNSET, name="createdByActor")
    deactivated_by_actor: (
        InAppPurchaseOfferCodeOneTimeUseCodeRelationshipsCreatedByActor | None | UnsetType
    ) = msgspec.field(default=UNSET, name="deactivatedByActor")
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferCodeOneTimeUseCodeRelationshipsValues(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferCodeOneTimeUseCodeRelationshipsCreatedByActor(Model):
    data: InAppPurchaseOfferCodeOneTimeUseCodeRelationshipsCreatedByActorData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseOfferCodeOneTimeUseCodeRelationshipsCreatedByActorData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["actors"] | str
        id: str
    else:
        type: _L["actors"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
