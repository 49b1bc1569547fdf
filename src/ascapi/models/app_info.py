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
    "AppInfo",
    "AppInfoAttributes",
    "AppInfoRelationships",
    "AppInfoRelationshipsApp",
    "AppInfoRelationshipsAppData",
    "AppInfoRelationshipsAgeRatingDeclaration",
    "AppInfoRelationshipsAgeRatingDeclarationData",
    "AppInfoRelationshipsAppInfoLocalizations",
    "AppInfoRelationshipsAppInfoLocalizationsData",
    "AppInfoRelationshipsPrimaryCategory",
    "AppInfoRelationshipsPrimaryCategoryData",
    "AppInfoRelationshipsTerritoryAgeRatings",
]

_E0 = frozenset({"appInfos"})
_E1 = frozenset(
    {
        "ACCEPTED",
        "DEVELOPER_REMOVED_FROM_SALE",
        "DEVELOPER_REJECTED",
        "IN_REVIEW",
        "INVALID_BINARY",
        "METADATA_REJECTED",
        "PENDING_APPLE_RELEASE",
        "PENDING_CONTRACT",
        "PENDING_DEVELOPER_RELEASE",
        "PREPARE_FOR_SUBMISSION",
        "PREORDER_READY_FOR_SALE",
        "PROCESSING_FOR_APP_STORE",
        "READY_FOR_REVIEW",
        "READY_FOR_SALE",
        "REJECTED",
        "REMOVED_FROM_SALE",
        "WAITING_FOR_EXPORT_COMPLIANCE",
        "WAITING_FOR_REVIEW",
        "REPLACED_WITH_NEW_VERSION",
        "NOT_APPLICABLE",
    }
)
_E2 = frozenset(
    {
        "ACCEPTED",
        "DEVELOPER_REJECTED",
        "IN_REVIEW",
        "PENDING_RELEASE",
        "PREPARE_FOR_SUBMISSION",
        "READY_FOR_DISTRIBUTION",
        "READY_FOR_REVIEW",
        "REJECTED",
        "REPLACED_WITH_NEW_INFO",
        "WAITING_FOR_REVIEW",
    }
)
_E3 = frozenset(
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
_E4 = frozenset({"FIFTEEN", "EIGHTEEN"})
_E5 = frozenset({"L", "TEN", "TWELVE", "FOURTEEN", "SIXTEEN", "EIGHTEEN"})
_E6 = frozenset(
    {
        "SELF_RATED_L",
        "SELF_RATED_TEN",
        "SELF_RATED_TWELVE",
        "SELF_RATED_FOURTEEN",
        "SELF_RATED_SIXTEEN",
        "SELF_RATED_EIGHTEEN",
        "OFFICIAL_L",
        "OFFICIAL_TEN",
        "OFFICIAL_TWELVE",
        "OFFICIAL_FOURTEEN",
        "OFFICIAL_SIXTEEN",
        "OFFICIAL_EIGHTEEN",
    }
)
_E7 = frozenset({"EIGHTEEN"})
_E8 = frozenset({"ALL", "TWELVE", "FIFTEEN", "NINETEEN", "NOT_APPLICABLE"})
_E9 = frozenset({"FIVE_AND_UNDER", "SIX_TO_EIGHT", "NINE_TO_ELEVEN"})
_E10 = frozenset({"apps"})
_E11 = frozenset({"ageRatingDeclarations"})
_E12 = frozenset({"appInfoLocalizations"})
_E13 = frozenset({"appCategories"})


class AppInfo(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appInfos"] | str
        id: str
    else:
        type: _L["appInfos"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppInfoAttributes | None | UnsetType = UNSET
    relationships: AppInfoRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppInfoAttributes(Model):
    app_store_state: (
        _L[
            "ACCEPTED",
            "DEVELOPER_REMOVED_FROM_SALE",
            "DEVELOPER_REJECTED",
            "IN_REVIEW",
            "INVALID_BINARY",
            "METADATA_REJECTED",
            "PENDING_APPLE_RELEASE",
            "PENDING_CONTRACT",
            "PENDING_DEVELOPER_RELEASE",
            "PREPARE_FOR_SUBMISSION",
            "PREORDER_READY_FOR_SALE",
            "PROCESSING_FOR_APP_STORE",
            "READY_FOR_REVIEW",
            "READY_FOR_SALE",
            "REJECTED",
            "REMOVED_FROM_SALE",
            "WAITING_FOR_EXPORT_COMPLIANCE",
            "WAITING_FOR_REVIEW",
            "REPLACED_WITH_NEW_VERSION",
            "NOT_APPLICABLE",
        ]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreState")
    state: (
        _L[
            "ACCEPTED",
            "DEVELOPER_REJECTED",
            "IN_REVIEW",
            "PENDING_RELEASE",
            "PREPARE_FOR_SUBMISSION",
            "READY_FOR_DISTRIBUTION",
            "READY_FOR_REVIEW",
            "REJECTED",
            "REPLACED_WITH_NEW_INFO",
            "WAITING_FOR_REVIEW",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
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
    australia_age_rating: _L["FIFTEEN", "EIGHTEEN"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="australiaAgeRating"
    )
    brazil_age_rating: (
        _L["L", "TEN", "TWELVE", "FOURTEEN", "SIXTEEN", "EIGHTEEN"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="brazilAgeRating")
    brazil_age_rating_v2: (
        _L[
            "SELF_RATED_L",
            "SELF_RATED_TEN",
            "SELF_RATED_TWELVE",
            "SELF_RATED_FOURTEEN",
            "SELF_RATED_SIXTEEN",
            "SELF_RATED_EIGHTEEN",
            "OFFICIAL_L",
            "OFFICIAL_TEN",
            "OFFICIAL_TWELVE",
            "OFFICIAL_FOURTEEN",
            "OFFICIAL_SIXTEEN",
            "OFFICIAL_EIGHTEEN",
        ]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="brazilAgeRatingV2")
    france_age_rating: _L["EIGHTEEN"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="franceAgeRating"
    )
    korea_age_rating: (
        _L["ALL", "TWELVE", "FIFTEEN", "NINETEEN", "NOT_APPLICABLE"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="koreaAgeRating")
    kids_age_band: (
        _L["FIVE_AND_UNDER", "SIX_TO_EIGHT", "NINE_TO_ELEVEN"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="kidsAgeBand")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {
        "app_store_state": _E1,
        "state": _E2,
        "app_store_age_rating": _E3,
        "australia_age_rating": _E4,
        "brazil_age_rating": _E5,
        "brazil_age_rating_v2": _E6,
        "france_age_rating": _E7,
        "korea_age_rating": _E8,
        "kids_age_band": _E9,
    }


class AppInfoRelationships(Model):
    app: AppInfoRelationshipsApp | None | UnsetType = UNSET
    age_rating_declaration: AppInfoRelationshipsAgeRatingDeclaration | None | UnsetType = (
        msgspec.field(default=UNSET, name="ageRatingDeclaration")
    )
    app_info_localizations: AppInfoRelationshipsAppInfoLocalizations | None | UnsetType = (
        msgspec.field(default=UNSET, name="appInfoLocalizations")
    )
    primary_category: AppInfoRelationshipsPrimaryCategory | None | UnsetType = msgspec.field(
        default=UNSET, name="primaryCategory"
    )
    primary_subcategory_one: AppInfoRelationshipsPrimaryCategory | None | UnsetType = msgspec.field(
        default=UNSET, name="primarySubcategoryOne"
    )
    primary_subcategory_two: AppInfoRelationshipsPrimaryCategory | None | UnsetType = msgspec.field(
        default=UNSET, name="primarySubcategoryTwo"
    )
    secondary_category: AppInfoRelationshipsPrimaryCategory | None | UnsetType = msgspec.field(
        default=UNSET, name="secondaryCategory"
    )
    secondary_subcategory_one: AppInfoRelationshipsPrimaryCategory | None | UnsetType = (
        msgspec.field(default=UNSET, name="secondarySubcategoryOne")
    )
    secondary_subcategory_two: AppInfoRelationshipsPrimaryCategory | None | UnsetType = (
        msgspec.field(default=UNSET, name="secondarySubcategoryTwo")
    )
    territory_age_ratings: AppInfoRelationshipsTerritoryAgeRatings | None | UnsetType = (
        msgspec.field(default=UNSET, name="territoryAgeRatings")
    )
    __ascapi_nullable__ = frozenset[str]()


class AppInfoRelationshipsApp(Model):
    data: AppInfoRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppInfoRelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E10}


class AppInfoRelationshipsAgeRatingDeclaration(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: AppInfoRelationshipsAgeRatingDeclarationData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppInfoRelationshipsAgeRatingDeclarationData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["ageRatingDeclarations"] | str
        id: str
    else:
        type: _L["ageRatingDeclarations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E11}


class AppInfoRelationshipsAppInfoLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppInfoRelationshipsAppInfoLocalizationsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppInfoRelationshipsAppInfoLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appInfoLocalizations"] | str
        id: str
    else:
        type: _L["appInfoLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E12}


class AppInfoRelationshipsPrimaryCategory(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: AppInfoRelationshipsPrimaryCategoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppInfoRelationshipsPrimaryCategoryData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appCategories"] | str
        id: str
    else:
        type: _L["appCategories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E13}


class AppInfoRelationshipsTerritoryAgeRatings(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
