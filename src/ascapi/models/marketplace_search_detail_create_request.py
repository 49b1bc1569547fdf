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
    "MarketplaceSearchDetailCreateRequest",
    "MarketplaceSearchDetailCreateRequestData",
    "MarketplaceSearchDetailCreateRequestDataAttributes",
    "MarketplaceSearchDetailCreateRequestDataRelationships",
    "MarketplaceSearchDetailCreateRequestDataRelationshipsApp",
    "MarketplaceSearchDetailCreateRequestDataRelationshipsAppData",
]

_E0 = frozenset({"marketplaceSearchDetails"})
_E1 = frozenset({"apps"})


class MarketplaceSearchDetailCreateRequest(Model):
    data: MarketplaceSearchDetailCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class MarketplaceSearchDetailCreateRequestData(Model):
    type: _L["marketplaceSearchDetails"] | str | None | UnsetType = UNSET
    attributes: MarketplaceSearchDetailCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: MarketplaceSearchDetailCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class MarketplaceSearchDetailCreateRequestDataAttributes(Model):
    catalog_url: str | None | UnsetType = msgspec.field(default=UNSET, name="catalogUrl")
    __ascapi_required__ = frozenset({"catalog_url"})
    __ascapi_nullable__ = frozenset[str]()


class MarketplaceSearchDetailCreateRequestDataRelationships(Model):
    app: MarketplaceSearchDetailCreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"app"})
    __ascapi_nullable__ = frozenset[str]()


class MarketplaceSearchDetailCreateRequestDataRelationshipsApp(Model):
    data: MarketplaceSearchDetailCreateRequestDataRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class MarketplaceSearchDetailCreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
