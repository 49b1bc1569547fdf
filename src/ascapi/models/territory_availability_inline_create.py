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
    "TerritoryAvailabilityInlineCreate",
    "TerritoryAvailabilityInlineCreateAttributes",
    "TerritoryAvailabilityInlineCreateRelationships",
    "TerritoryAvailabilityInlineCreateRelationshipsTerritory",
    "TerritoryAvailabilityInlineCreateRelationshipsTerritoryData",
]

_E0 = frozenset({"territoryAvailabilities"})
_E1 = frozenset({"territories"})


class TerritoryAvailabilityInlineCreate(Model):
    type: _L["territoryAvailabilities"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: TerritoryAvailabilityInlineCreateAttributes | None | UnsetType = UNSET
    relationships: TerritoryAvailabilityInlineCreateRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class TerritoryAvailabilityInlineCreateAttributes(Model):
    available: bool | None | UnsetType = UNSET
    release_date: _dt.date | None | UnsetType = msgspec.field(default=UNSET, name="releaseDate")
    pre_order_enabled: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="preOrderEnabled"
    )
    __ascapi_nullable__ = frozenset({"available", "pre_order_enabled", "release_date"})


class TerritoryAvailabilityInlineCreateRelationships(Model):
    territory: TerritoryAvailabilityInlineCreateRelationshipsTerritory | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class TerritoryAvailabilityInlineCreateRelationshipsTerritory(Model):
    data: TerritoryAvailabilityInlineCreateRelationshipsTerritoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class TerritoryAvailabilityInlineCreateRelationshipsTerritoryData(Model):
    type: _L["territories"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
