# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.territory_availability_inline_create import TerritoryAvailabilityInlineCreate

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "AppAvailabilityV2CreateRequest",
    "AppAvailabilityV2CreateRequestData",
    "AppAvailabilityV2CreateRequestDataAttributes",
    "AppAvailabilityV2CreateRequestDataRelationships",
    "AppAvailabilityV2CreateRequestDataRelationshipsApp",
    "AppAvailabilityV2CreateRequestDataRelationshipsAppData",
    "AppAvailabilityV2CreateRequestDataRelationshipsTerritoryAvailabilities",
    "AppAvailabilityV2CreateRequestDataRelationshipsTerritoryAvailabilitiesData",
]

_E0 = frozenset({"appAvailabilities"})
_E1 = frozenset({"apps"})
_E2 = frozenset({"territoryAvailabilities"})


class AppAvailabilityV2CreateRequest(Model):
    data: AppAvailabilityV2CreateRequestData | None | UnsetType = UNSET
    included: list[TerritoryAvailabilityInlineCreate] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppAvailabilityV2CreateRequestData(Model):
    type: _L["appAvailabilities"] | str | None | UnsetType = UNSET
    attributes: AppAvailabilityV2CreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppAvailabilityV2CreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppAvailabilityV2CreateRequestDataAttributes(Model):
    available_in_new_territories: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="availableInNewTerritories"
    )
    __ascapi_required__ = frozenset({"available_in_new_territories"})
    __ascapi_nullable__ = frozenset[str]()


class AppAvailabilityV2CreateRequestDataRelationships(Model):
    app: AppAvailabilityV2CreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    territory_availabilities: (
        AppAvailabilityV2CreateRequestDataRelationshipsTerritoryAvailabilities | None | UnsetType
    ) = msgspec.field(default=UNSET, name="territoryAvailabilities")
    __ascapi_required__ = frozenset({"app", "territory_availabilities"})
    __ascapi_nullable__ = frozenset[str]()


class AppAvailabilityV2CreateRequestDataRelationshipsApp(Model):
    data: AppAvailabilityV2CreateRequestDataRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppAvailabilityV2CreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class AppAvailabilityV2CreateRequestDataRelationshipsTerritoryAvailabilities(Model):
    data: (
        list[AppAvailabilityV2CreateRequestDataRelationshipsTerritoryAvailabilitiesData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppAvailabilityV2CreateRequestDataRelationshipsTerritoryAvailabilitiesData(Model):
    type: _L["territoryAvailabilities"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
