# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_info_localizations`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_info_localization_create_request import AppInfoLocalizationCreateRequest
    from ascapi.models.app_info_localization_response import AppInfoLocalizationResponse
    from ascapi.models.app_info_localization_update_request import AppInfoLocalizationUpdateRequest
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "locale",
        "name",
        "subtitle",
        "privacyPolicyUrl",
        "privacyChoicesUrl",
        "privacyPolicyText",
        "appInfo",
    ]
    _Enum1 = Literal[
        "appStoreState",
        "state",
        "appStoreAgeRating",
        "australiaAgeRating",
        "brazilAgeRating",
        "brazilAgeRatingV2",
        "franceAgeRating",
        "koreaAgeRating",
        "app",
        "ageRatingDeclaration",
        "appInfoLocalizations",
        "primaryCategory",
        "primarySubcategoryOne",
        "primarySubcategoryTwo",
        "secondaryCategory",
        "secondarySubcategoryOne",
        "secondarySubcategoryTwo",
        "territoryAgeRatings",
    ]
    _Enum2 = Literal["appInfo"]


class AppInfoLocalizations(SyncAPIResource):
    """``client.app_info_localizations``: /v1/appInfoLocalizations"""

    def create(
        self,
        *,
        body: AppInfoLocalizationCreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        subtitle: str | None | UnsetType = UNSET,
        privacy_policy_url: str | None | UnsetType = UNSET,
        privacy_choices_url: str | None | UnsetType = UNSET,
        privacy_policy_text: str | None | UnsetType = UNSET,
        app_info: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoLocalizationResponse:
        """appInfoLocalizations_createInstance

        POST /v1/appInfoLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appinfolocalizations
        """
        from ascapi.models.app_info_localization_response import AppInfoLocalizationResponse

        body = _support.document(
            body,
            locale is not UNSET
            or name is not UNSET
            or subtitle is not UNSET
            or privacy_policy_url is not UNSET
            or privacy_choices_url is not UNSET
            or privacy_policy_text is not UNSET
            or app_info is not UNSET,
            "appInfoLocalizations",
            None,
            {
                "locale": locale,
                "name": name,
                "subtitle": subtitle,
                "privacyPolicyUrl": privacy_policy_url,
                "privacyChoicesUrl": privacy_choices_url,
                "privacyPolicyText": privacy_policy_text,
            },
            {"appInfo": ("appInfos", False, app_info)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/appInfoLocalizations",
            body=body,
            response_type=AppInfoLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """appInfoLocalizations_deleteInstance

        DELETE /v1/appInfoLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appinfolocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appInfoLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_info_localizations: Sequence[_Enum0] | None = None,
        fields_app_infos: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoLocalizationResponse:
        """appInfoLocalizations_getInstance

        GET /v1/appInfoLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfolocalizations-_id_
        """
        from ascapi.models.app_info_localization_response import AppInfoLocalizationResponse

        return self._client._call(
            "GET",
            path("/v1/appInfoLocalizations/{id}", id=id),
            params={
                "fields[appInfoLocalizations]": fields_app_info_localizations,
                "fields[appInfos]": fields_app_infos,
                "include": include,
            },
            response_type=AppInfoLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppInfoLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        subtitle: str | None | UnsetType = UNSET,
        privacy_policy_url: str | None | UnsetType = UNSET,
        privacy_choices_url: str | None | UnsetType = UNSET,
        privacy_policy_text: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoLocalizationResponse:
        """appInfoLocalizations_updateInstance

        PATCH /v1/appInfoLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appinfolocalizations-_id_
        """
        from ascapi.models.app_info_localization_response import AppInfoLocalizationResponse

        body = _support.document(
            body,
            name is not UNSET
            or subtitle is not UNSET
            or privacy_policy_url is not UNSET
            or privacy_choices_url is not UNSET
            or privacy_policy_text is not UNSET,
            "appInfoLocalizations",
            id,
            {
                "name": name,
                "subtitle": subtitle,
                "privacyPolicyUrl": privacy_policy_url,
                "privacyChoicesUrl": privacy_choices_url,
                "privacyPolicyText": privacy_policy_text,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appInfoLocalizations/{id}", id=id),
            body=body,
            response_type=AppInfoLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppInfoLocalizations(AsyncAPIResource):
    """``client.app_info_localizations``: /v1/appInfoLocalizations"""

    async def create(
        self,
        *,
        body: AppInfoLocalizationCreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        subtitle: str | None | UnsetType = UNSET,
        privacy_policy_url: str | None | UnsetType = UNSET,
        privacy_choices_url: str | None | UnsetType = UNSET,
        privacy_policy_text: str | None | UnsetType = UNSET,
        app_info: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoLocalizationResponse:
        """appInfoLocalizations_createInstance

        POST /v1/appInfoLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appinfolocalizations
        """
        from ascapi.models.app_info_localization_response import AppInfoLocalizationResponse

        body = _support.document(
            body,
            locale is not UNSET
            or name is not UNSET
            or subtitle is not UNSET
            or privacy_policy_url is not UNSET
            or privacy_choices_url is not UNSET
            or privacy_policy_text is not UNSET
            or app_info is not UNSET,
            "appInfoLocalizations",
            None,
            {
                "locale": locale,
                "name": name,
                "subtitle": subtitle,
                "privacyPolicyUrl": privacy_policy_url,
                "privacyChoicesUrl": privacy_choices_url,
                "privacyPolicyText": privacy_policy_text,
            },
            {"appInfo": ("appInfos", False, app_info)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/appInfoLocalizations",
            body=body,
            response_type=AppInfoLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """appInfoLocalizations_deleteInstance

        DELETE /v1/appInfoLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appinfolocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appInfoLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_info_localizations: Sequence[_Enum0] | None = None,
        fields_app_infos: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoLocalizationResponse:
        """appInfoLocalizations_getInstance

        GET /v1/appInfoLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfolocalizations-_id_
        """
        from ascapi.models.app_info_localization_response import AppInfoLocalizationResponse

        return await self._client._call(
            "GET",
            path("/v1/appInfoLocalizations/{id}", id=id),
            params={
                "fields[appInfoLocalizations]": fields_app_info_localizations,
                "fields[appInfos]": fields_app_infos,
                "include": include,
            },
            response_type=AppInfoLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppInfoLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        subtitle: str | None | UnsetType = UNSET,
        privacy_policy_url: str | None | UnsetType = UNSET,
        privacy_choices_url: str | None | UnsetType = UNSET,
        privacy_policy_text: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoLocalizationResponse:
        """appInfoLocalizations_updateInstance

        PATCH /v1/appInfoLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appinfolocalizations-_id_
        """
        from ascapi.models.app_info_localization_response import AppInfoLocalizationResponse

        body = _support.document(
            body,
            name is not UNSET
            or subtitle is not UNSET
            or privacy_policy_url is not UNSET
            or privacy_choices_url is not UNSET
            or privacy_policy_text is not UNSET,
            "appInfoLocalizations",
            id,
            {
                "name": name,
                "subtitle": subtitle,
                "privacyPolicyUrl": privacy_policy_url,
                "privacyChoicesUrl": privacy_choices_url,
                "privacyPolicyText": privacy_policy_text,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appInfoLocalizations/{id}", id=id),
            body=body,
            response_type=AppInfoLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )
