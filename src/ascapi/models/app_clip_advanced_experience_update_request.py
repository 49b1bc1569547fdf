# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.app_clip_advanced_experience_localization_inline_create import (
    AppClipAdvancedExperienceLocalizationInlineCreate,
)

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "AppClipAdvancedExperienceUpdateRequest",
    "AppClipAdvancedExperienceUpdateRequestData",
    "AppClipAdvancedExperienceUpdateRequestDataAttributes",
    "AppClipAdvancedExperienceUpdateRequestDataAttributesPlace",
    "AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceMainAddress",
    "AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceMainAddressStructuredAddress",
    "AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceDisplayPoint",
    "AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceDisplayPointCoordinates",
    "AppClipAdvancedExperienceUpdateRequestDataAttributesPlacePhoneNumber",
    "AppClipAdvancedExperienceUpdateRequestDataRelationships",
    "AppClipAdvancedExperienceUpdateRequestDataRelationshipsAppClip",
    "AppClipAdvancedExperienceUpdateRequestDataRelationshipsAppClipData",
    "AppClipAdvancedExperienceUpdateRequestDataRelationshipsHeaderImage",
    "AppClipAdvancedExperienceUpdateRequestDataRelationshipsHeaderImageData",
    "AppClipAdvancedExperienceUpdateRequestDataRelationshipsLocalizations",
    "AppClipAdvancedExperienceUpdateRequestDataRelationshipsLocalizationsData",
]

_E0 = frozenset({"appClipAdvancedExperiences"})
_E1 = frozenset({"OPEN", "VIEW", "PLAY"})
_E2 = frozenset({"CALCULATED", "MANUALLY_PLACED"})
_E3 = frozenset(
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
_E4 = frozenset({"OWNER", "AUTHORIZED", "OTHER"})
_E5 = frozenset({"FAX", "LANDLINE", "MOBILE", "TOLLFREE"})
_E6 = frozenset(
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
_E7 = frozenset(
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
_E8 = frozenset({"appClips"})
_E9 = frozenset({"appClipAdvancedExperienceImages"})
_E10 = frozenset({"appClipAdvancedExperienceLocalizations"})


class AppClipAdvancedExperienceUpdateRequest(Model):
    data: AppClipAdvancedExperienceUpdateRequestData | None | UnsetType = UNSET
    included: list[AppClipAdvancedExperienceLocalizationInlineCreate] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppClipAdvancedExperienceUpdateRequestData(Model):
    type: _L["appClipAdvancedExperiences"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: AppClipAdvancedExperienceUpdateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppClipAdvancedExperienceUpdateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppClipAdvancedExperienceUpdateRequestDataAttributes(Model):
    action: _L["OPEN", "VIEW", "PLAY"] | str | None | UnsetType = UNSET
    is_powered_by: bool | None | UnsetType = msgspec.field(default=UNSET, name="isPoweredBy")
    place: AppClipAdvancedExperienceUpdateRequestDataAttributesPlace | None | UnsetType = UNSET
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
    removed: bool | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset(
        {"action", "business_category", "default_language", "is_powered_by", "place", "removed"}
    )
    __ascapi_enums__ = {"action": _E1, "business_category": _E6, "default_language": _E7}


class AppClipAdvancedExperienceUpdateRequestDataAttributesPlace(Model):
    place_id: str | None | UnsetType = msgspec.field(default=UNSET, name="placeId")
    names: list[str] | None | UnsetType = UNSET
    main_address: (
        AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceMainAddress | None | UnsetType
    ) = msgspec.field(default=UNSET, name="mainAddress")
    display_point: (
        AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceDisplayPoint | None | UnsetType
    ) = msgspec.field(default=UNSET, name="displayPoint")
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
    phone_number: (
        AppClipAdvancedExperienceUpdateRequestDataAttributesPlacePhoneNumber | None | UnsetType
    ) = msgspec.field(default=UNSET, name="phoneNumber")
    home_page: str | None | UnsetType = msgspec.field(default=UNSET, name="homePage")
    categories: list[str] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"map_action": _E3, "relationship": _E4}


class AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceMainAddress(Model):
    full_address: str | None | UnsetType = msgspec.field(default=UNSET, name="fullAddress")
    structured_address: (
        AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceMainAddressStructuredAddress
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="structuredAddress")
    __ascapi_nullable__ = frozenset[str]()


class AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceMainAddressStructuredAddress(Model):
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


class AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceDisplayPoint(Model):
    coordinates: (
        AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceDisplayPointCoordinates
        | None
        | UnsetType
    ) = UNSET
    source: _L["CALCULATED", "MANUALLY_PLACED"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"source": _E2}


class AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceDisplayPointCoordinates(Model):
    latitude: float | None | UnsetType = UNSET
    longitude: float | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipAdvancedExperienceUpdateRequestDataAttributesPlacePhoneNumber(Model):
    number: str | None | UnsetType = UNSET
    type: _L["FAX", "LANDLINE", "MOBILE", "TOLLFREE"] | str | None | UnsetType = UNSET
    intent: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class AppClipAdvancedExperienceUpdateRequestDataRelationships(Model):
    app_clip: AppClipAdvancedExperienceUpdateRequestDataRelationshipsAppClip | None | UnsetType = (
        msgspec.field(default=UNSET, name="appClip")
    )
    header_image: (
        AppClipAdvancedExperienceUpdateRequestDataRelationshipsHeaderImage | None | UnsetType
    ) = msgspec.field(default=UNSET, name="headerImage")
    localizations: (
        AppClipAdvancedExperienceUpdateRequestDataRelationshipsLocalizations | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipAdvancedExperienceUpdateRequestDataRelationshipsAppClip(Model):
    data: AppClipAdvancedExperienceUpdateRequestDataRelationshipsAppClipData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class AppClipAdvancedExperienceUpdateRequestDataRelationshipsAppClipData(Model):
    type: _L["appClips"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E8}


class AppClipAdvancedExperienceUpdateRequestDataRelationshipsHeaderImage(Model):
    data: (
        AppClipAdvancedExperienceUpdateRequestDataRelationshipsHeaderImageData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipAdvancedExperienceUpdateRequestDataRelationshipsHeaderImageData(Model):
    type: _L["appClipAdvancedExperienceImages"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E9}


class AppClipAdvancedExperienceUpdateRequestDataRelationshipsLocalizations(Model):
    data: (
        list[AppClipAdvancedExperienceUpdateRequestDataRelationshipsLocalizationsData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipAdvancedExperienceUpdateRequestDataRelationshipsLocalizationsData(Model):
    type: _L["appClipAdvancedExperienceLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E10}
