# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.paging_information import PagingInformation
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "AppClipAdvancedExperience",
    "AppClipAdvancedExperienceAttributes",
    "AppClipAdvancedExperienceAttributesPlace",
    "AppClipAdvancedExperienceAttributesPlaceMainAddress",
    "AppClipAdvancedExperienceAttributesPlaceMainAddressStructuredAddress",
    "AppClipAdvancedExperienceAttributesPlaceDisplayPoint",
    "AppClipAdvancedExperienceAttributesPlaceDisplayPointCoordinates",
    "AppClipAdvancedExperienceAttributesPlacePhoneNumber",
    "AppClipAdvancedExperienceRelationships",
    "AppClipAdvancedExperienceRelationshipsAppClip",
    "AppClipAdvancedExperienceRelationshipsAppClipData",
    "AppClipAdvancedExperienceRelationshipsHeaderImage",
    "AppClipAdvancedExperienceRelationshipsHeaderImageData",
    "AppClipAdvancedExperienceRelationshipsLocalizations",
    "AppClipAdvancedExperienceRelationshipsLocalizationsData",
]

_E0 = frozenset({"appClipAdvancedExperiences"})
_E1 = frozenset({"RECEIVED", "DEACTIVATED", "APP_TRANSFER_IN_PROGRESS"})
_E2 = frozenset({"OPEN", "VIEW", "PLAY"})
_E3 = frozenset({"CALCULATED", "MANUALLY_PLACED"})
_E4 = frozenset(
    {
        "BUY_TICKETS",
        "VIEW_AVAILABILITY",
        "VIEW_PRICING",
        "HOTEL_BOOK_ROOM",
        "PARKING_RESERVE_PARKING",
        "RESTAURANT_JOIN_WAITLIST",
        "RESTAURANT_ORDER_DELIVERY",
        "RESTAURANT_ORDER_FOOD",
        "RESTAURANT_ORDER_TAKEOUT",
        "RESTAURANT_RESERVATION",
        "SCHEDULE_APPOINTMENT",
        "RESTAURANT_VIEW_MENU",
        "THEATER_NOW_PLAYING",
        "AIRLINE_BOOK_TRAVEL",
        "AIRLINE_CHECK_IN",
        "AIRLINE_FLIGHT_STATUS",
        "APPLY",
        "BOOK",
        "BOOK_ACTIVITIES",
        "BOOK_RIDES",
        "BOOK_TEETIMES",
        "BOOK_TOURS",
        "CAREERS",
        "CHARGE_EV",
        "COUPONS",
        "DONATE",
        "EVENTS",
        "EVENTS_SHOWS",
        "EVENTS_SPORTS",
        "GIFT_CARD",
        "HOTEL_AMENITIES",
        "JOIN",
        "PARKING_AVAILABLE",
        "RESTAURANT_PICKUP",
        "RETAIL_SERVICE_QUOTE",
        "RETAIL_STORE_DELIVERY",
        "RETAIL_STORE_PICKUP",
        "RETAIL_STORE_SHOP",
        "SERVICES",
        "SUPPORT",
        "PAY_TO_PARK",
    }
)
_E5 = frozenset({"OWNER", "AUTHORIZED", "OTHER"})
_E6 = frozenset({"FAX", "LANDLINE", "MOBILE", "TOLLFREE"})
_E7 = frozenset({"PENDING", "MATCHED", "NO_MATCH"})
_E8 = frozenset(
    {
        "AUTOMOTIVE",
        "BEAUTY",
        "BIKES",
        "BOOKS",
        "CASINO",
        "EDUCATION",
        "EDUCATION_JAPAN",
        "ENTERTAINMENT",
        "EV_CHARGER",
        "FINANCIAL_USD",
        "FINANCIAL_CNY",
        "FINANCIAL_GBP",
        "FINANCIAL_JPY",
        "FINANCIAL_EUR",
        "FITNESS",
        "FOOD_AND_DRINK",
        "GAS",
        "GROCERY",
        "HEALTH_AND_MEDICAL",
        "HOTEL_AND_TRAVEL",
        "MUSIC",
        "PARKING",
        "PET_SERVICES",
        "PROFESSIONAL_SERVICES",
        "SHOPPING",
        "TICKETING",
        "TRANSIT",
    }
)
_E9 = frozenset(
    {
        "AR",
        "CA",
        "CS",
        "DA",
        "DE",
        "EL",
        "EN",
        "ES",
        "FI",
        "FR",
        "HE",
        "HI",
        "HR",
        "HU",
        "ID",
        "IT",
        "JA",
        "KO",
        "MS",
        "NL",
        "NO",
        "PL",
        "PT",
        "RO",
        "RU",
        "SK",
        "SV",
        "TH",
        "TR",
        "UK",
        "VI",
        "ZH",
    }
)
_E10 = frozenset({"appClips"})
_E11 = frozenset({"appClipAdvancedExperienceImages"})
_E12 = frozenset({"appClipAdvancedExperienceLocalizations"})


class AppClipAdvancedExperience(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appClipAdvancedExperiences"] | str
        id: str
    else:
        type: _L["appClipAdvancedExperiences"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppClipAdvancedExperienceAttributes | None | UnsetType = UNSET
    relationships: AppClipAdvancedExperienceRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppClipAdvancedExperienceAttributes(Model):
    link: str | None | UnsetType = UNSET
    version: int | None | UnsetType = UNSET
    status: _L["RECEIVED", "DEACTIVATED", "APP_TRANSFER_IN_PROGRESS"] | str | None | UnsetType = (
        UNSET
    )
    action: _L["OPEN", "VIEW", "PLAY"] | str | None | UnsetType = UNSET
    is_powered_by: bool | None | UnsetType = msgspec.field(default=UNSET, name="isPoweredBy")
    place: AppClipAdvancedExperienceAttributesPlace | None | UnsetType = UNSET
    place_status: _L["PENDING", "MATCHED", "NO_MATCH"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="placeStatus"
    )
    business_category: (
        _L[
            "AUTOMOTIVE",
            "BEAUTY",
            "BIKES",
            "BOOKS",
            "CASINO",
            "EDUCATION",
            "EDUCATION_JAPAN",
            "ENTERTAINMENT",
            "EV_CHARGER",
            "FINANCIAL_USD",
            "FINANCIAL_CNY",
            "FINANCIAL_GBP",
            "FINANCIAL_JPY",
            "FINANCIAL_EUR",
            "FITNESS",
            "FOOD_AND_DRINK",
            "GAS",
            "GROCERY",
            "HEALTH_AND_MEDICAL",
            "HOTEL_AND_TRAVEL",
            "MUSIC",
            "PARKING",
            "PET_SERVICES",
            "PROFESSIONAL_SERVICES",
            "SHOPPING",
            "TICKETING",
            "TRANSIT",
        ]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="businessCategory")
    default_language: (
        _L[
            "AR",
            "CA",
            "CS",
            "DA",
            "DE",
            "EL",
            "EN",
            "ES",
            "FI",
            "FR",
            "HE",
            "HI",
            "HR",
            "HU",
            "ID",
            "IT",
            "JA",
            "KO",
            "MS",
            "NL",
            "NO",
            "PL",
            "PT",
            "RO",
            "RU",
            "SK",
            "SV",
            "TH",
            "TR",
            "UK",
            "VI",
            "ZH",
        ]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="defaultLanguage")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {
        "status": _E1,
        "action": _E2,
        "place_status": _E7,
        "business_category": _E8,
        "default_language": _E9,
    }


class AppClipAdvancedExperienceAttributesPlace(Model):
    place_id: str | None | UnsetType = msgspec.field(default=UNSET, name="placeId")
    names: list[str] | None | UnsetType = UNSET
    main_address: AppClipAdvancedExperienceAttributesPlaceMainAddress | None | UnsetType = (
        msgspec.field(default=UNSET, name="mainAddress")
    )
    display_point: AppClipAdvancedExperienceAttributesPlaceDisplayPoint | None | UnsetType = (
        msgspec.field(default=UNSET, name="displayPoint")
    )
    map_action: (
        _L[
            "BUY_TICKETS",
            "VIEW_AVAILABILITY",
            "VIEW_PRICING",
            "HOTEL_BOOK_ROOM",
            "PARKING_RESERVE_PARKING",
            "RESTAURANT_JOIN_WAITLIST",
            "RESTAURANT_ORDER_DELIVERY",
            "RESTAURANT_ORDER_FOOD",
            "RESTAURANT_ORDER_TAKEOUT",
            "RESTAURANT_RESERVATION",
            "SCHEDULE_APPOINTMENT",
            "RESTAURANT_VIEW_MENU",
            "THEATER_NOW_PLAYING",
            "AIRLINE_BOOK_TRAVEL",
            "AIRLINE_CHECK_IN",
            "AIRLINE_FLIGHT_STATUS",
            "APPLY",
            "BOOK",
            "BOOK_ACTIVITIES",
            "BOOK_RIDES",
            "BOOK_TEETIMES",
            "BOOK_TOURS",
            "CAREERS",
            "CHARGE_EV",
            "COUPONS",
            "DONATE",
            "EVENTS",
            "EVENTS_SHOWS",
            "EVENTS_SPORTS",
            "GIFT_CARD",
            "HOTEL_AMENITIES",
            "JOIN",
            "PARKING_AVAILABLE",
            "RESTAURANT_PICKUP",
            "RETAIL_SERVICE_QUOTE",
            "RETAIL_STORE_DELIVERY",
            "RETAIL_STORE_PICKUP",
            "RETAIL_STORE_SHOP",
            "SERVICES",
            "SUPPORT",
            "PAY_TO_PARK",
        ]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="mapAction")
    relationship: _L["OWNER", "AUTHORIZED", "OTHER"] | str | None | UnsetType = UNSET
    phone_number: AppClipAdvancedExperienceAttributesPlacePhoneNumber | None | UnsetType = (
        msgspec.field(default=UNSET, name="phoneNumber")
    )
    home_page: str | None | UnsetType = msgspec.field(default=UNSET, name="homePage")
    categories: list[str] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"map_action": _E4, "relationship": _E5}


class AppClipAdvancedExperienceAttributesPlaceMainAddress(Model):
    full_address: str | None | UnsetType = msgspec.field(default=UNSET, name="fullAddress")
    structured_address: (
        AppClipAdvancedExperienceAttributesPlaceMainAddressStructuredAddress | None | UnsetType
    ) = msgspec.field(default=UNSET, name="structuredAddress")
    __ascapi_nullable__ = frozenset[str]()


class AppClipAdvancedExperienceAttributesPlaceMainAddressStructuredAddress(Model):
    street_address: list[str] | None | UnsetType = msgspec.field(
        default=UNSET, name="streetAddress"
    )
    floor: str | None | UnsetType = UNSET
    neighborhood: str | None | UnsetType = UNSET
    locality: str | None | UnsetType = UNSET
    state_province: str | None | UnsetType = msgspec.field(default=UNSET, name="stateProvince")
    postal_code: str | None | UnsetType = msgspec.field(default=UNSET, name="postalCode")
    country_code: str | None | UnsetType = msgspec.field(default=UNSET, name="countryCode")
    __ascapi_nullable__ = frozenset[str]()


class AppClipAdvancedExperienceAttributesPlaceDisplayPoint(Model):
    coordinates: (
        AppClipAdvancedExperienceAttributesPlaceDisplayPointCoordinates | None | UnsetType
    ) = UNSET
    source: _L["CALCULATED", "MANUALLY_PLACED"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"source": _E3}


class AppClipAdvancedExperienceAttributesPlaceDisplayPointCoordinates(Model):
    latitude: float | None | UnsetType = UNSET
    longitude: float | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipAdvancedExperienceAttributesPlacePhoneNumber(Model):
    number: str | None | UnsetType = UNSET
    type: _L["FAX", "LANDLINE", "MOBILE", "TOLLFREE"] | str | None | UnsetType = UNSET
    intent: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}


class AppClipAdvancedExperienceRelationships(Model):
    app_clip: AppClipAdvancedExperienceRelationshipsAppClip | None | UnsetType = msgspec.field(
        default=UNSET, name="appClip"
    )
    header_image: AppClipAdvancedExperienceRelationshipsHeaderImage | None | UnsetType = (
        msgspec.field(default=UNSET, name="headerImage")
    )
    localizations: AppClipAdvancedExperienceRelationshipsLocalizations | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipAdvancedExperienceRelationshipsAppClip(Model):
    data: AppClipAdvancedExperienceRelationshipsAppClipData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipAdvancedExperienceRelationshipsAppClipData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appClips"] | str
        id: str
    else:
        type: _L["appClips"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E10}


class AppClipAdvancedExperienceRelationshipsHeaderImage(Model):
    data: AppClipAdvancedExperienceRelationshipsHeaderImageData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipAdvancedExperienceRelationshipsHeaderImageData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appClipAdvancedExperienceImages"] | str
        id: str
    else:
        type: _L["appClipAdvancedExperienceImages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E11}


class AppClipAdvancedExperienceRelationshipsLocalizations(Model):
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppClipAdvancedExperienceRelationshipsLocalizationsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipAdvancedExperienceRelationshipsLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appClipAdvancedExperienceLocalizations"] | str
        id: str
    else:
        type: _L["appClipAdvancedExperienceLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E12}
