# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "TerritoryAgeRating",
    "TerritoryAgeRatingAttributes",
    "TerritoryAgeRatingRelationships",
    "TerritoryAgeRatingRelationshipsTerritory",
    "TerritoryAgeRatingRelationshipsTerritoryData",
]

_E0 = frozenset({"territoryAgeRatings"})
_E1 = frozenset(
    {
        "L",
        "ALL",
        "ZERO_ZERO",
        "ONE_PLUS",
        "TWO_PLUS",
        "THREE_PLUS",
        "FOUR_PLUS",
        "FIVE_PLUS",
        "SIX_PLUS",
        "SEVEN_PLUS",
        "EIGHT_PLUS",
        "NINE_PLUS",
        "TEN_PLUS",
        "ELEVEN_PLUS",
        "TWELVE_PLUS",
        "THIRTEEN_PLUS",
        "FOURTEEN_PLUS",
        "FIFTEEN_PLUS",
        "SIXTEEN_PLUS",
        "SEVENTEEN_PLUS",
        "EIGHTEEN_PLUS",
        "NINETEEN_PLUS",
        "TWENTY_PLUS",
        "TWENTY_ONE_PLUS",
        "UNRATED",
    }
)
_E2 = frozenset({"territories"})


class TerritoryAgeRating(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["territoryAgeRatings"] | str
        id: str
    else:
        type: _L["territoryAgeRatings"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: TerritoryAgeRatingAttributes | None | UnsetType = UNSET
    relationships: TerritoryAgeRatingRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class TerritoryAgeRatingAttributes(Model):
    app_store_age_rating: (
        _L[
            "L",
            "ALL",
            "ZERO_ZERO",
            "ONE_PLUS",
            "TWO_PLUS",
            "THREE_PLUS",
            "FOUR_PLUS",
            "FIVE_PLUS",
            "SIX_PLUS",
            "SEVEN_PLUS",
            "EIGHT_PLUS",
            "NINE_PLUS",
            "TEN_PLUS",
            "ELEVEN_PLUS",
            "TWELVE_PLUS",
            "THIRTEEN_PLUS",
            "FOURTEEN_PLUS",
            "FIFTEEN_PLUS",
            "SIXTEEN_PLUS",
            "SEVENTEEN_PLUS",
            "EIGHTEEN_PLUS",
            "NINETEEN_PLUS",
            "TWENTY_PLUS",
            "TWENTY_ONE_PLUS",
            "UNRATED",
        ]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreAgeRating")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"app_store_age_rating": _E1}


class TerritoryAgeRatingRelationships(Model):
    territory: TerritoryAgeRatingRelationshipsTerritory | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class TerritoryAgeRatingRelationshipsTerritory(Model):
    data: TerritoryAgeRatingRelationshipsTerritoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class TerritoryAgeRatingRelationshipsTerritoryData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["territories"] | str
        id: str
    else:
        type: _L["territories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
