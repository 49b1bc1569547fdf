# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "AppAvailabilityV2",
    "AppAvailabilityV2Attributes",
    "AppAvailabilityV2Relationships",
    "AppAvailabilityV2RelationshipsTerritoryAvailabilities",
    "AppAvailabilityV2RelationshipsTerritoryAvailabilitiesData",
]

_E0 = frozenset({"appAvailabilities"})
_E1 = frozenset({"territoryAvailabilities"})


class AppAvailabilityV2(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appAvailabilities"] | str
        id: str
    else:
        type: _L["appAvailabilities"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppAvailabilityV2Attributes | None | UnsetType = UNSET
    relationships: AppAvailabilityV2Relationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppAvailabilityV2Attributes(Model):
    available_in_new_territories: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="availableInNewTerritories"
    )
    __ascapi_nullable__ = frozenset[str]()


class AppAvailabilityV2Relationships(Model):
    territory_availabilities: (
        AppAvailabilityV2RelationshipsTerritoryAvailabilities | None | UnsetType
    ) = msgspec.field(default=UNSET, name="territoryAvailabilities")
    __ascapi_nullable__ = frozenset[str]()


class AppAvailabilityV2RelationshipsTerritoryAvailabilities(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppAvailabilityV2RelationshipsTerritoryAvailabilitiesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppAvailabilityV2RelationshipsTerritoryAvailabilitiesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["territoryAvailabilities"] | str
        id: str
    else:
        type: _L["territoryAvailabilities"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
