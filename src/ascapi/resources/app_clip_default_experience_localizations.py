# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_clip_default_experience_localizations`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
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
    from ascapi.models.app_clip_default_experience_localization_app_clip_header_image_linkage_response import (
        AppClipDefaultExperienceLocalizationAppClipHeaderImageLinkageResponse,
    )
    from ascapi.models.app_clip_default_experience_localization_create_request import (
        AppClipDefaultExperienceLocalizationCreateRequest,
    )
    from ascapi.models.app_clip_default_experience_localization_response import (
        AppClipDefaultExperienceLocalizationResponse,
    )
    from ascapi.models.app_clip_default_experience_localization_update_request import (
        AppClipDefaultExperienceLocalizationUpdateRequest,
    )
    from ascapi.models.app_clip_header_image_response import AppClipHeaderImageResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["locale", "subtitle", "appClipDefaultExperience", "appClipHeaderImage"]
    _Enum1 = Literal[
        "action",
        "appClip",
        "releaseWithAppStoreVersion",
        "appClipDefaultExperienceLocalizations",
        "appClipAppStoreReviewDetail",
    ]
    _Enum2 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
        "appClipDefaultExperienceLocalization",
    ]
    _Enum3 = Literal["appClipDefaultExperience", "appClipHeaderImage"]
    _Enum4 = Literal["appClipDefaultExperienceLocalization"]


class AppClipDefaultExperienceLocalizations(SyncAPIResource):
    """``client.app_clip_default_experience_localizations``: /v1/appClipDefaultExperienceLocalizations"""

    @cached_property
    def app_clip_header_image(self) -> AppClipDefaultExperienceLocalizationsAppClipHeaderImage:
        return AppClipDefaultExperienceLocalizationsAppClipHeaderImage(self._client)

    def create(
        self,
        *,
        body: AppClipDefaultExperienceLocalizationCreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        subtitle: str | None | UnsetType = UNSET,
        app_clip_default_experience: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDefaultExperienceLocalizationResponse:
        """appClipDefaultExperienceLocalizations_createInstance

        POST /v1/appClipDefaultExperienceLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipdefaultexperiencelocalizations
        """
        from ascapi.models.app_clip_default_experience_localization_response import (
            AppClipDefaultExperienceLocalizationResponse,
        )

        body = _support.document(
            body,
            locale is not UNSET
            or subtitle is not UNSET
            or app_clip_default_experience is not UNSET,
            "appClipDefaultExperienceLocalizations",
            None,
            {"locale": locale, "subtitle": subtitle},
            {
                "appClipDefaultExperience": (
                    "appClipDefaultExperiences",
                    False,
                    app_clip_default_experience,
                )
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/appClipDefaultExperienceLocalizations",
            body=body,
            response_type=AppClipDefaultExperienceLocalizationResponse,
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
        """appClipDefaultExperienceLocalizations_deleteInstance

        DELETE /v1/appClipDefaultExperienceLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appclipdefaultexperiencelocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appClipDefaultExperienceLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_clip_default_experience_localizations: Sequence[_Enum0] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum1] | None = None,
        fields_app_clip_header_images: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDefaultExperienceLocalizationResponse:
        """appClipDefaultExperienceLocalizations_getInstance

        GET /v1/appClipDefaultExperienceLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiencelocalizations-_id_
        """
        from ascapi.models.app_clip_default_experience_localization_response import (
            AppClipDefaultExperienceLocalizationResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appClipDefaultExperienceLocalizations/{id}", id=id),
            params={
                "fields[appClipDefaultExperienceLocalizations]": fields_app_clip_default_experience_localizations,
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "fields[appClipHeaderImages]": fields_app_clip_header_images,
                "include": include,
            },
            response_type=AppClipDefaultExperienceLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppClipDefaultExperienceLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        subtitle: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDefaultExperienceLocalizationResponse:
        """appClipDefaultExperienceLocalizations_updateInstance

        PATCH /v1/appClipDefaultExperienceLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipdefaultexperiencelocalizations-_id_
        """
        from ascapi.models.app_clip_default_experience_localization_response import (
            AppClipDefaultExperienceLocalizationResponse,
        )

        body = _support.document(
            body,
            subtitle is not UNSET,
            "appClipDefaultExperienceLocalizations",
            id,
            {"subtitle": subtitle},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appClipDefaultExperienceLocalizations/{id}", id=id),
            body=body,
            response_type=AppClipDefaultExperienceLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppClipDefaultExperienceLocalizationsAppClipHeaderImage(SyncAPIResource):
    """``client.app_clip_default_experience_localizations.app_clip_header_image``: /v1/appClipDefaultExperienceLocalizations"""

    def get(
        self,
        id: str,
        *,
        fields_app_clip_header_images: Sequence[_Enum2] | None = None,
        fields_app_clip_default_experience_localizations: Sequence[_Enum0] | None = None,
        include: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipHeaderImageResponse:
        """appClipDefaultExperienceLocalizations_appClipHeaderImage_getToOneRelated

        GET /v1/appClipDefaultExperienceLocalizations/{id}/appClipHeaderImage

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiencelocalizations-_id_-appclipheaderimage
        """
        from ascapi.models.app_clip_header_image_response import AppClipHeaderImageResponse

        return self._client._call(
            "GET",
            path("/v1/appClipDefaultExperienceLocalizations/{id}/appClipHeaderImage", id=id),
            params={
                "fields[appClipHeaderImages]": fields_app_clip_header_images,
                "fields[appClipDefaultExperienceLocalizations]": fields_app_clip_default_experience_localizations,
                "include": include,
            },
            response_type=AppClipHeaderImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDefaultExperienceLocalizationAppClipHeaderImageLinkageResponse:
        """appClipDefaultExperienceLocalizations_appClipHeaderImage_getToOneRelationship

        GET /v1/appClipDefaultExperienceLocalizations/{id}/relationships/appClipHeaderImage

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiencelocalizations-_id_-relationships-appclipheaderimage
        """
        from ascapi.models.app_clip_default_experience_localization_app_clip_header_image_linkage_response import (
            AppClipDefaultExperienceLocalizationAppClipHeaderImageLinkageResponse,
        )

        return self._client._call(
            "GET",
            path(
                "/v1/appClipDefaultExperienceLocalizations/{id}/relationships/appClipHeaderImage",
                id=id,
            ),
            response_type=AppClipDefaultExperienceLocalizationAppClipHeaderImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppClipDefaultExperienceLocalizations(AsyncAPIResource):
    """``client.app_clip_default_experience_localizations``: /v1/appClipDefaultExperienceLocalizations"""

    @cached_property
    def app_clip_header_image(self) -> AsyncAppClipDefaultExperienceLocalizationsAppClipHeaderImage:
        return AsyncAppClipDefaultExperienceLocalizationsAppClipHeaderImage(self._client)

    async def create(
        self,
        *,
        body: AppClipDefaultExperienceLocalizationCreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        subtitle: str | None | UnsetType = UNSET,
        app_clip_default_experience: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDefaultExperienceLocalizationResponse:
        """appClipDefaultExperienceLocalizations_createInstance

        POST /v1/appClipDefaultExperienceLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipdefaultexperiencelocalizations
        """
        from ascapi.models.app_clip_default_experience_localization_response import (
            AppClipDefaultExperienceLocalizationResponse,
        )

        body = _support.document(
            body,
            locale is not UNSET
            or subtitle is not UNSET
            or app_clip_default_experience is not UNSET,
            "appClipDefaultExperienceLocalizations",
            None,
            {"locale": locale, "subtitle": subtitle},
            {
                "appClipDefaultExperience": (
                    "appClipDefaultExperiences",
                    False,
                    app_clip_default_experience,
                )
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/appClipDefaultExperienceLocalizations",
            body=body,
            response_type=AppClipDefaultExperienceLocalizationResponse,
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
        """appClipDefaultExperienceLocalizations_deleteInstance

        DELETE /v1/appClipDefaultExperienceLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appclipdefaultexperiencelocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appClipDefaultExperienceLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_clip_default_experience_localizations: Sequence[_Enum0] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum1] | None = None,
        fields_app_clip_header_images: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDefaultExperienceLocalizationResponse:
        """appClipDefaultExperienceLocalizations_getInstance

        GET /v1/appClipDefaultExperienceLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiencelocalizations-_id_
        """
        from ascapi.models.app_clip_default_experience_localization_response import (
            AppClipDefaultExperienceLocalizationResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appClipDefaultExperienceLocalizations/{id}", id=id),
            params={
                "fields[appClipDefaultExperienceLocalizations]": fields_app_clip_default_experience_localizations,
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "fields[appClipHeaderImages]": fields_app_clip_header_images,
                "include": include,
            },
            response_type=AppClipDefaultExperienceLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppClipDefaultExperienceLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        subtitle: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDefaultExperienceLocalizationResponse:
        """appClipDefaultExperienceLocalizations_updateInstance

        PATCH /v1/appClipDefaultExperienceLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipdefaultexperiencelocalizations-_id_
        """
        from ascapi.models.app_clip_default_experience_localization_response import (
            AppClipDefaultExperienceLocalizationResponse,
        )

        body = _support.document(
            body,
            subtitle is not UNSET,
            "appClipDefaultExperienceLocalizations",
            id,
            {"subtitle": subtitle},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appClipDefaultExperienceLocalizations/{id}", id=id),
            body=body,
            response_type=AppClipDefaultExperienceLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppClipDefaultExperienceLocalizationsAppClipHeaderImage(AsyncAPIResource):
    """``client.app_clip_default_experience_localizations.app_clip_header_image``: /v1/appClipDefaultExperienceLocalizations"""

    async def get(
        self,
        id: str,
        *,
        fields_app_clip_header_images: Sequence[_Enum2] | None = None,
        fields_app_clip_default_experience_localizations: Sequence[_Enum0] | None = None,
        include: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipHeaderImageResponse:
        """appClipDefaultExperienceLocalizations_appClipHeaderImage_getToOneRelated

        GET /v1/appClipDefaultExperienceLocalizations/{id}/appClipHeaderImage

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiencelocalizations-_id_-appclipheaderimage
        """
        from ascapi.models.app_clip_header_image_response import AppClipHeaderImageResponse

        return await self._client._call(
            "GET",
            path("/v1/appClipDefaultExperienceLocalizations/{id}/appClipHeaderImage", id=id),
            params={
                "fields[appClipHeaderImages]": fields_app_clip_header_images,
                "fields[appClipDefaultExperienceLocalizations]": fields_app_clip_default_experience_localizations,
                "include": include,
            },
            response_type=AppClipHeaderImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDefaultExperienceLocalizationAppClipHeaderImageLinkageResponse:
        """appClipDefaultExperienceLocalizations_appClipHeaderImage_getToOneRelationship

        GET /v1/appClipDefaultExperienceLocalizations/{id}/relationships/appClipHeaderImage

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiencelocalizations-_id_-relationships-appclipheaderimage
        """
        from ascapi.models.app_clip_default_experience_localization_app_clip_header_image_linkage_response import (
            AppClipDefaultExperienceLocalizationAppClipHeaderImageLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path(
                "/v1/appClipDefaultExperienceLocalizations/{id}/relationships/appClipHeaderImage",
                id=id,
            ),
            response_type=AppClipDefaultExperienceLocalizationAppClipHeaderImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
