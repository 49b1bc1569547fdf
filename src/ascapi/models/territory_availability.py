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
    "TerritoryAvailability",
    "TerritoryAvailabilityAttributes",
    "TerritoryAvailabilityRelationships",
    "TerritoryAvailabilityRelationshipsTerritory",
    "TerritoryAvailabilityRelationshipsTerritoryData",
]

_E0 = frozenset({"territoryAvailabilities"})
_E1 = frozenset(
    {
        "AVAILABLE",
        "AVAILABLE_FOR_PREORDER_ON_DATE",
        "PROCESSING_TO_NOT_AVAILABLE",
        "PROCESSING_TO_AVAILABLE",
        "PROCESSING_TO_PRE_ORDER",
        "AVAILABLE_FOR_SALE_UNRELEASED_APP",
        "PREORDER_ON_UNRELEASED_APP",
        "AVAILABLE_FOR_PREORDER",
        "MISSING_RATING",
        "CANNOT_SELL_RESTRICTED_RATING",
        "BRAZIL_REQUIRED_TAX_ID",
        "BRAZIL_GAMBLING_NOT_VERIFIED",
        "MISSING_GRN",
        "UNVERIFIED_GRN",
        "ICP_NUMBER_INVALID",
        "ICP_NUMBER_MISSING",
        "TRADER_STATUS_NOT_PROVIDED",
        "TRADER_STATUS_VERIFICATION_FAILED",
        "TRADER_STATUS_VERIFICATION_STATUS_MISSING",
        "CANNOT_SELL_SEVENTEEN_PLUS_APPS",
        "CANNOT_SELL_SEXUALLY_EXPLICIT",
        "CANNOT_SELL_NON_IOS_GAMES",
        "CANNOT_SELL_SEVENTEEN_PLUS_GAMES",
        "CANNOT_SELL_CASINO",
        "CANNOT_SELL_CASINO_WITHOUT_GRAC",
        "CANNOT_SELL_CASINO_WITHOUT_AGE_VERIFICATION",
        "CANNOT_SELL_ADULT_ONLY",
        "CANNOT_SELL_GAMBLING_CONTESTS",
        "CANNOT_SELL_GAMBLING",
        "CANNOT_SELL_CONTESTS",
        "CANNOT_SELL_NINETEEN_PLUS_WITHOUT_GRAC",
        "CANNOT_SELL",
        "CANNOT_SELL_FREQUENT_INTENSE_GAMBLING",
        "CANNOT_SELL_FREQUENT_INTENSE_ALCOHOL_TOBACCO_DRUGS",
        "CANNOT_SELL_FREQUENT_INTENSE_VIOLENCE",
        "CANNOT_SELL_FREQUENT_INTENSE_SEXUAL_CONTENT_NUDITY",
        "CANNOT_SELL_INFREQUENT_MILD_ALCOHOL_TOBACCO_DRUGS",
        "CANNOT_SELL_INFREQUENT_MILD_SEXUAL_CONTENT_NUDITY",
        "CANNOT_SELL_FREQUENT_INTENSE",
        "CANNOT_SELL_FREQUENT_INTENSE_WITHOUT_GRAC",
        "CANNOT_SELL_FREQUENT_GAMBLING",
        "CANNOT_SELL_FREQUENT_ALCOHOL_TOBACCO_DRUGS",
        "CANNOT_SELL_FREQUENT_VIOLENCE",
        "CANNOT_SELL_FREQUENT_SEXUAL_CONTENT_NUDITY",
        "CANNOT_SELL_INFREQUENT_ALCOHOL_TOBACCO_DRUGS",
        "CANNOT_SELL_INFREQUENT_SEXUAL_CONTENT_NUDITY",
        "CANNOT_SELL_FREQUENT",
        "CANNOT_SELL_FREQUENT_WITHOUT_GRAC",
    }
)
_E2 = frozenset({"territories"})


class TerritoryAvailability(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["territoryAvailabilities"] | str
        id: str
    else:
        type: _L["territoryAvailabilities"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: TerritoryAvailabilityAttributes | None | UnsetType = UNSET
    relationships: TerritoryAvailabilityRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class TerritoryAvailabilityAttributes(Model):
    available: bool | None | UnsetType = UNSET
    release_date: _dt.date | None | UnsetType = msgspec.field(default=UNSET, name="releaseDate")
    pre_order_enabled: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="preOrderEnabled"
    )
    pre_order_publish_date: _dt.date | None | UnsetType = msgspec.field(
        default=UNSET, name="preOrderPublishDate"
    )
    content_statuses: (
        list[
            _L[
                "AVAILABLE",
                "AVAILABLE_FOR_PREORDER_ON_DATE",
                "PROCESSING_TO_NOT_AVAILABLE",
                "PROCESSING_TO_AVAILABLE",
                "PROCESSING_TO_PRE_ORDER",
                "AVAILABLE_FOR_SALE_UNRELEASED_APP",
                "PREORDER_ON_UNRELEASED_APP",
                "AVAILABLE_FOR_PREORDER",
                "MISSING_RATING",
                "CANNOT_SELL_RESTRICTED_RATING",
                "BRAZIL_REQUIRED_TAX_ID",
                "BRAZIL_GAMBLING_NOT_VERIFIED",
                "MISSING_GRN",
                "UNVERIFIED_GRN",
                "ICP_NUMBER_INVALID",
                "ICP_NUMBER_MISSING",
                "TRADER_STATUS_NOT_PROVIDED",
                "TRADER_STATUS_VERIFICATION_FAILED",
                "TRADER_STATUS_VERIFICATION_STATUS_MISSING",
                "CANNOT_SELL_SEVENTEEN_PLUS_APPS",
                "CANNOT_SELL_SEXUALLY_EXPLICIT",
                "CANNOT_SELL_NON_IOS_GAMES",
                "CANNOT_SELL_SEVENTEEN_PLUS_GAMES",
                "CANNOT_SELL_CASINO",
                "CANNOT_SELL_CASINO_WITHOUT_GRAC",
                "CANNOT_SELL_CASINO_WITHOUT_AGE_VERIFICATION",
                "CANNOT_SELL_ADULT_ONLY",
                "CANNOT_SELL_GAMBLING_CONTESTS",
                "CANNOT_SELL_GAMBLING",
                "CANNOT_SELL_CONTESTS",
                "CANNOT_SELL_NINETEEN_PLUS_WITHOUT_GRAC",
                "CANNOT_SELL",
                "CANNOT_SELL_FREQUENT_INTENSE_GAMBLING",
                "CANNOT_SELL_FREQUENT_INTENSE_ALCOHOL_TOBACCO_DRUGS",
                "CANNOT_SELL_FREQUENT_INTENSE_VIOLENCE",
                "CANNOT_SELL_FREQUENT_INTENSE_SEXUAL_CONTENT_NUDITY",
                "CANNOT_SELL_INFREQUENT_MILD_ALCOHOL_TOBACCO_DRUGS",
                "CANNOT_SELL_INFREQUENT_MILD_SEXUAL_CONTENT_NUDITY",
                "CANNOT_SELL_FREQUENT_INTENSE",
                "CANNOT_SELL_FREQUENT_INTENSE_WITHOUT_GRAC",
                "CANNOT_SELL_FREQUENT_GAMBLING",
                "CANNOT_SELL_FREQUENT_ALCOHOL_TOBACCO_DRUGS",
                "CANNOT_SELL_FREQUENT_VIOLENCE",
                "CANNOT_SELL_FREQUENT_SEXUAL_CONTENT_NUDITY",
                "CANNOT_SELL_INFREQUENT_ALCOHOL_TOBACCO_DRUGS",
                "CANNOT_SELL_INFREQUENT_SEXUAL_CONTENT_NUDITY",
                "CANNOT_SELL_FREQUENT",
                "CANNOT_SELL_FREQUENT_WITHOUT_GRAC",
            ]
            | str
        ]
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="contentStatuses")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"content_statuses": _E1}


class TerritoryAvailabilityRelationships(Model):
    territory: TerritoryAvailabilityRelationshipsTerritory | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class TerritoryAvailabilityRelationshipsTerritory(Model):
    data: TerritoryAvailabilityRelationshipsTerritoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class TerritoryAvailabilityRelationshipsTerritoryData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["territories"] | str
        id: str
    else:
        type: _L["territories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
