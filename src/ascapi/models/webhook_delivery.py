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
    "WebhookDelivery",
    "WebhookDeliveryAttributes",
    "WebhookDeliveryAttributesRequest",
    "WebhookDeliveryAttributesResponse",
    "WebhookDeliveryRelationships",
    "WebhookDeliveryRelationshipsEvent",
    "WebhookDeliveryRelationshipsEventData",
]

_E0 = frozenset({"webhookDeliveries"})
_E1 = frozenset({"SUCCEEDED", "FAILED", "PENDING"})
_E2 = frozenset({"webhookEvents"})


class WebhookDelivery(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["webhookDeliveries"] | str
        id: str
    else:
        type: _L["webhookDeliveries"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: WebhookDeliveryAttributes | None | UnsetType = UNSET
    relationships: WebhookDeliveryRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class WebhookDeliveryAttributes(Model):
    created_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="createdDate")
    delivery_state: _L["SUCCEEDED", "FAILED", "PENDING"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="deliveryState"
    )
    error_message: str | None | UnsetType = msgspec.field(default=UNSET, name="errorMessage")
    redelivery: bool | None | UnsetType = UNSET
    sent_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="sentDate")
    request: WebhookDeliveryAttributesRequest | None | UnsetType = UNSET
    response: WebhookDeliveryAttributesResponse | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"delivery_state": _E1}


class WebhookDeliveryAttributesRequest(Model):
    url: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class WebhookDeliveryAttributesResponse(Model):
    http_status_code: int | None | UnsetType = msgspec.field(default=UNSET, name="httpStatusCode")
    body: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class WebhookDeliveryRelationships(Model):
    event: WebhookDeliveryRelationshipsEvent | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class WebhookDeliveryRelationshipsEvent(Model):
    data: WebhookDeliveryRelationshipsEventData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class WebhookDeliveryRelationshipsEventData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["webhookEvents"] | str
        id: str
    else:
        type: _L["webhookEvents"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
