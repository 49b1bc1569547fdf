# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_clip_advanced_experiences`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._jsonapi import UNSET
from ascapi._types import NOT_GIVEN
from ascapi.resources import _support

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.app_clip_advanced_experience_create_request import (
        AppClipAdvancedExperienceCreateRequest,
    )
    from ascapi.models.app_clip_advanced_experience_localization_inline_create import (
        AppClipAdvancedExperienceLocalizationInlineCreate,
    )
    from ascapi.models.app_clip_advanced_experience_response import (
        AppClipAdvancedExperienceResponse,
    )
    from ascapi.models.app_clip_advanced_experience_update_request import (
        AppClipAdvancedExperienceUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["OPEN", "VIEW", "PLAY"]
    _Enum1 = Literal[
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
    _Enum2 = Literal[
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
    _Enum3 = Literal[
        "link",
        "version",
        "status",
        "action",
        "isPoweredBy",
        "place",
        "placeStatus",
        "businessCategory",
        "defaultLanguage",
        "appClip",
        "headerImage",
        "localizations",
    ]
    _Enum4 = Literal["bundleId", "app", "appClipDefaultExperiences", "appClipAdvancedExperiences"]
    _Enum5 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
    ]
    _Enum6 = Literal["language", "title", "subtitle"]
    _Enum7 = Literal["appClip", "headerImage", "localizations"]


class AppClipAdvancedExperiences(SyncAPIResource):
    """``client.app_clip_advanced_experiences``: /v1/appClipAdvancedExperiences"""

    def create(
        self,
        *,
        body: AppClipAdvancedExperienceCreateRequest | Mapping[str, Any] | None = None,
        link: str | None | UnsetType = UNSET,
        action: _Enum0 | str | None | UnsetType = UNSET,
        is_powered_by: bool | None | UnsetType = UNSET,
        place: Any | None | UnsetType = UNSET,
        business_category: _Enum1 | str | None | UnsetType = UNSET,
        default_language: _Enum2 | str | None | UnsetType = UNSET,
        app_clip: str | None | UnsetType = UNSET,
        header_image: str | None | UnsetType = UNSET,
        localizations: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[AppClipAdvancedExperienceLocalizationInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipAdvancedExperienceResponse:
        """appClipAdvancedExperiences_createInstance

        POST /v1/appClipAdvancedExperiences

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipadvancedexperiences
        """
        from ascapi.models.app_clip_advanced_experience_response import (
            AppClipAdvancedExperienceResponse,
        )

        body = _support.document(
            body,
            link is not UNSET
            or action is not UNSET
            or is_powered_by is not UNSET
            or place is not UNSET
            or business_category is not UNSET
            or default_language is not UNSET
            or app_clip is not UNSET
            or header_image is not UNSET
            or localizations is not UNSET
            or included is not UNSET,
            "appClipAdvancedExperiences",
            None,
            {
                "link": link,
                "action": action,
                "isPoweredBy": is_powered_by,
                "place": place,
                "businessCategory": business_category,
                "defaultLanguage": default_language,
            },
            {
                "appClip": ("appClips", False, app_clip),
                "headerImage": ("appClipAdvancedExperienceImages", False, header_image),
                "localizations": ("appClipAdvancedExperienceLocalizations", True, localizations),
            },
            attributes_required=True,
            included=included,
        )
        return self._client._call(
            "POST",
            "/v1/appClipAdvancedExperiences",
            body=body,
            response_type=AppClipAdvancedExperienceResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_clip_advanced_experiences: Sequence[_Enum3] | None = None,
        fields_app_clips: Sequence[_Enum4] | None = None,
        fields_app_clip_advanced_experience_images: Sequence[_Enum5] | None = None,
        fields_app_clip_advanced_experience_localizations: Sequence[_Enum6] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipAdvancedExperienceResponse:
        """appClipAdvancedExperiences_getInstance

        GET /v1/appClipAdvancedExperiences/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipadvancedexperiences-_id_
        """
        from ascapi.models.app_clip_advanced_experience_response import (
            AppClipAdvancedExperienceResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appClipAdvancedExperiences/{id}", id=id),
            params={
                "fields[appClipAdvancedExperiences]": fields_app_clip_advanced_experiences,
                "fields[appClips]": fields_app_clips,
                "fields[appClipAdvancedExperienceImages]": fields_app_clip_advanced_experience_images,
                "fields[appClipAdvancedExperienceLocalizations]": fields_app_clip_advanced_experience_localizations,
                "include": include,
                "limit[localizations]": limit_localizations,
            },
            maxima={"limit[localizations]": 50},
            response_type=AppClipAdvancedExperienceResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppClipAdvancedExperienceUpdateRequest | Mapping[str, Any] | None = None,
        action: _Enum0 | str | None | UnsetType = UNSET,
        is_powered_by: bool | None | UnsetType = UNSET,
        place: Any | None | UnsetType = UNSET,
        business_category: _Enum1 | str | None | UnsetType = UNSET,
        default_language: _Enum2 | str | None | UnsetType = UNSET,
        removed: bool | None | UnsetType = UNSET,
        app_clip: str | None | UnsetType = UNSET,
        header_image: str | None | UnsetType = UNSET,
        localizations: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[AppClipAdvancedExperienceLocalizationInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipAdvancedExperienceResponse:
        """appClipAdvancedExperiences_updateInstance

        PATCH /v1/appClipAdvancedExperiences/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipadvancedexperiences-_id_
        """
        from ascapi.models.app_clip_advanced_experience_response import (
            AppClipAdvancedExperienceResponse,
        )

        body = _support.document(
            body,
            action is not UNSET
            or is_powered_by is not UNSET
            or place is not UNSET
            or business_category is not UNSET
            or default_language is not UNSET
            or removed is not UNSET
            or app_clip is not UNSET
            or header_image is not UNSET
            or localizations is not UNSET
            or included is not UNSET,
            "appClipAdvancedExperiences",
            id,
            {
                "action": action,
                "isPoweredBy": is_powered_by,
                "place": place,
                "businessCategory": business_category,
                "defaultLanguage": default_language,
                "removed": removed,
            },
            {
                "appClip": ("appClips", False, app_clip),
                "headerImage": ("appClipAdvancedExperienceImages", False, header_image),
                "localizations": ("appClipAdvancedExperienceLocalizations", True, localizations),
            },
            attributes_required=False,
            included=included,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appClipAdvancedExperiences/{id}", id=id),
            body=body,
            response_type=AppClipAdvancedExperienceResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppClipAdvancedExperiences(AsyncAPIResource):
    """``client.app_clip_advanced_experiences``: /v1/appClipAdvancedExperiences"""

    async def create(
        self,
        *,
        body: AppClipAdvancedExperienceCreateRequest | Mapping[str, Any] | None = None,
        link: str | None | UnsetType = UNSET,
        action: _Enum0 | str | None | UnsetType = UNSET,
        is_powered_by: bool | None | UnsetType = UNSET,
        place: Any | None | UnsetType = UNSET,
        business_category: _Enum1 | str | None | UnsetType = UNSET,
        default_language: _Enum2 | str | None | UnsetType = UNSET,
        app_clip: str | None | UnsetType = UNSET,
        header_image: str | None | UnsetType = UNSET,
        localizations: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[AppClipAdvancedExperienceLocalizationInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipAdvancedExperienceResponse:
        """appClipAdvancedExperiences_createInstance

        POST /v1/appClipAdvancedExperiences

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipadvancedexperiences
        """
        from ascapi.models.app_clip_advanced_experience_response import (
            AppClipAdvancedExperienceResponse,
        )

        body = _support.document(
            body,
            link is not UNSET
            or action is not UNSET
            or is_powered_by is not UNSET
            or place is not UNSET
            or business_category is not UNSET
            or default_language is not UNSET
            or app_clip is not UNSET
            or header_image is not UNSET
            or localizations is not UNSET
            or included is not UNSET,
            "appClipAdvancedExperiences",
            None,
            {
                "link": link,
                "action": action,
                "isPoweredBy": is_powered_by,
                "place": place,
                "businessCategory": business_category,
                "defaultLanguage": default_language,
            },
            {
                "appClip": ("appClips", False, app_clip),
                "headerImage": ("appClipAdvancedExperienceImages", False, header_image),
                "localizations": ("appClipAdvancedExperienceLocalizations", True, localizations),
            },
            attributes_required=True,
            included=included,
        )
        return await self._client._call(
            "POST",
            "/v1/appClipAdvancedExperiences",
            body=body,
            response_type=AppClipAdvancedExperienceResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_clip_advanced_experiences: Sequence[_Enum3] | None = None,
        fields_app_clips: Sequence[_Enum4] | None = None,
        fields_app_clip_advanced_experience_images: Sequence[_Enum5] | None = None,
        fields_app_clip_advanced_experience_localizations: Sequence[_Enum6] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipAdvancedExperienceResponse:
        """appClipAdvancedExperiences_getInstance

        GET /v1/appClipAdvancedExperiences/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipadvancedexperiences-_id_
        """
        from ascapi.models.app_clip_advanced_experience_response import (
            AppClipAdvancedExperienceResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appClipAdvancedExperiences/{id}", id=id),
            params={
                "fields[appClipAdvancedExperiences]": fields_app_clip_advanced_experiences,
                "fields[appClips]": fields_app_clips,
                "fields[appClipAdvancedExperienceImages]": fields_app_clip_advanced_experience_images,
                "fields[appClipAdvancedExperienceLocalizations]": fields_app_clip_advanced_experience_localizations,
                "include": include,
                "limit[localizations]": limit_localizations,
            },
            maxima={"limit[localizations]": 50},
            response_type=AppClipAdvancedExperienceResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppClipAdvancedExperienceUpdateRequest | Mapping[str, Any] | None = None,
        action: _Enum0 | str | None | UnsetType = UNSET,
        is_powered_by: bool | None | UnsetType = UNSET,
        place: Any | None | UnsetType = UNSET,
        business_category: _Enum1 | str | None | UnsetType = UNSET,
        default_language: _Enum2 | str | None | UnsetType = UNSET,
        removed: bool | None | UnsetType = UNSET,
        app_clip: str | None | UnsetType = UNSET,
        header_image: str | None | UnsetType = UNSET,
        localizations: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[AppClipAdvancedExperienceLocalizationInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipAdvancedExperienceResponse:
        """appClipAdvancedExperiences_updateInstance

        PATCH /v1/appClipAdvancedExperiences/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipadvancedexperiences-_id_
        """
        from ascapi.models.app_clip_advanced_experience_response import (
            AppClipAdvancedExperienceResponse,
        )

        body = _support.document(
            body,
            action is not UNSET
            or is_powered_by is not UNSET
            or place is not UNSET
            or business_category is not UNSET
            or default_language is not UNSET
            or removed is not UNSET
            or app_clip is not UNSET
            or header_image is not UNSET
            or localizations is not UNSET
            or included is not UNSET,
            "appClipAdvancedExperiences",
            id,
            {
                "action": action,
                "isPoweredBy": is_powered_by,
                "place": place,
                "businessCategory": business_category,
                "defaultLanguage": default_language,
                "removed": removed,
            },
            {
                "appClip": ("appClips", False, app_clip),
                "headerImage": ("appClipAdvancedExperienceImages", False, header_image),
                "localizations": ("appClipAdvancedExperienceLocalizations", True, localizations),
            },
            attributes_required=False,
            included=included,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appClipAdvancedExperiences/{id}", id=id),
            body=body,
            response_type=AppClipAdvancedExperienceResponse,
            options=options(extra_headers, extra_query, timeout),
        )
