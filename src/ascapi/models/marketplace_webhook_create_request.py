# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "MarketplaceWebhookCreateRequest",
    "MarketplaceWebhookCreateRequestData",
    "MarketplaceWebhookCreateRequestDataAttributes",
]

_E0 = frozenset({"marketplaceWebhooks"})


class MarketplaceWebhookCreateRequest(Model):
    data: MarketplaceWebhookCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class MarketplaceWebhookCreateRequestData(Model):
    type: _L["marketplaceWebhooks"] | str | None | UnsetType = UNSET
    attributes: MarketplaceWebhookCreateRequestDataAttributes | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class MarketplaceWebhookCreateRequestDataAttributes(Model):
    endpoint_url: str | None | UnsetType = msgspec.field(default=UNSET, name="endpointUrl")
    secret: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"endpoint_url", "secret"})
    __ascapi_nullable__ = frozenset[str]()
