# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_custom_product_page_versions`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_custom_product_page_localization import AppCustomProductPageLocalization
    from ascapi.models.app_custom_product_page_localizations_response import (
        AppCustomProductPageLocalizationsResponse,
    )
    from ascapi.models.app_custom_product_page_version_app_custom_product_page_localizations_linkages_response import (
        AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponse,
        AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponseData,
    )
    from ascapi.models.app_custom_product_page_version_create_request import (
        AppCustomProductPageVersionCreateRequest,
    )
    from ascapi.models.app_custom_product_page_version_response import (
        AppCustomProductPageVersionResponse,
    )
    from ascapi.models.app_custom_product_page_version_update_request import (
        AppCustomProductPageVersionUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "version", "state", "deepLink", "appCustomProductPage", "appCustomProductPageLocalizations"
    ]
    _Enum1 = Literal["name", "url", "visible", "app", "appCustomProductPageVersions"]
    _Enum2 = Literal[
        "locale",
        "promotionalText",
        "appCustomProductPageVersion",
        "appScreenshotSets",
        "appPreviewSets",
        "searchKeywords",
    ]
    _Enum3 = Literal["appCustomProductPage", "appCustomProductPageLocalizations"]
    _Enum4 = Literal[
        "screenshotDisplayType",
        "appStoreVersionLocalization",
        "appCustomProductPageLocalization",
        "appStoreVersionExperimentTreatmentLocalization",
        "appScreenshots",
    ]
    _Enum5 = Literal[
        "previewType",
        "appStoreVersionLocalization",
        "appCustomProductPageLocalization",
        "appStoreVersionExperimentTreatmentLocalization",
        "appPreviews",
    ]
    _Enum6 = Literal[
        "appCustomProductPageVersion", "appScreenshotSets", "appPreviewSets", "searchKeywords"
    ]


class AppCustomProductPageVersions(SyncAPIResource):
    """``client.app_custom_product_page_versions``: /v1/appCustomProductPageVersions"""

    @cached_property
    def app_custom_product_page_localizations(
        self,
    ) -> AppCustomProductPageVersionsAppCustomProductPageLocalizations:
        return AppCustomProductPageVersionsAppCustomProductPageLocalizations(self._client)

    def create(
        self,
        *,
        body: AppCustomProductPageVersionCreateRequest | Mapping[str, Any] | None = None,
        deep_link: str | None | UnsetType = UNSET,
        app_custom_product_page: str | None | UnsetType = UNSET,
        app_custom_product_page_localizations: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCustomProductPageVersionResponse:
        """appCustomProductPageVersions_createInstance

        POST /v1/appCustomProductPageVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appcustomproductpageversions
        """
        from ascapi.models.app_custom_product_page_version_response import (
            AppCustomProductPageVersionResponse,
        )

        body = _support.document(
            body,
            deep_link is not UNSET
            or app_custom_product_page is not UNSET
            or app_custom_product_page_localizations is not UNSET,
            "appCustomProductPageVersions",
            None,
            {"deepLink": deep_link},
            {
                "appCustomProductPage": ("appCustomProductPages", False, app_custom_product_page),
                "appCustomProductPageLocalizations": (
                    "appCustomProductPageLocalizations",
                    True,
                    app_custom_product_page_localizations,
                ),
            },
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/appCustomProductPageVersions",
            body=body,
            response_type=AppCustomProductPageVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_custom_product_page_versions: Sequence[_Enum0] | None = None,
        fields_app_custom_product_pages: Sequence[_Enum1] | None = None,
        fields_app_custom_product_page_localizations: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_app_custom_product_page_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCustomProductPageVersionResponse:
        """appCustomProductPageVersions_getInstance

        GET /v1/appCustomProductPageVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_
        """
        from ascapi.models.app_custom_product_page_version_response import (
            AppCustomProductPageVersionResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appCustomProductPageVersions/{id}", id=id),
            params={
                "fields[appCustomProductPageVersions]": fields_app_custom_product_page_versions,
                "fields[appCustomProductPages]": fields_app_custom_product_pages,
                "fields[appCustomProductPageLocalizations]": fields_app_custom_product_page_localizations,
                "include": include,
                "limit[appCustomProductPageLocalizations]": limit_app_custom_product_page_localizations,
            },
            maxima={"limit[appCustomProductPageLocalizations]": 50},
            response_type=AppCustomProductPageVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppCustomProductPageVersionUpdateRequest | Mapping[str, Any] | None = None,
        deep_link: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCustomProductPageVersionResponse:
        """appCustomProductPageVersions_updateInstance

        PATCH /v1/appCustomProductPageVersions/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appcustomproductpageversions-_id_
        """
        from ascapi.models.app_custom_product_page_version_response import (
            AppCustomProductPageVersionResponse,
        )

        body = _support.document(
            body,
            deep_link is not UNSET,
            "appCustomProductPageVersions",
            id,
            {"deepLink": deep_link},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appCustomProductPageVersions/{id}", id=id),
            body=body,
            response_type=AppCustomProductPageVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppCustomProductPageVersionsAppCustomProductPageLocalizations(SyncAPIResource):
    """``client.app_custom_product_page_versions.app_custom_product_page_localizations``: /v1/appCustomProductPageVersions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponse,
        AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponseData,
    ]:
        """appCustomProductPageVersions_appCustomProductPageLocalizations_getToManyRelationship

        GET /v1/appCustomProductPageVersions/{id}/relationships/appCustomProductPageLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_-relationships-appcustomproductpagelocalizations
        """
        from ascapi.models.app_custom_product_page_version_app_custom_product_page_localizations_linkages_response import (
            AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path(
                "/v1/appCustomProductPageVersions/{id}/relationships/appCustomProductPageLocalizations",
                id=id,
            ),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_locale: Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: Sequence[_Enum2] | None = None,
        fields_app_custom_product_page_versions: Sequence[_Enum0] | None = None,
        fields_app_screenshot_sets: Sequence[_Enum4] | None = None,
        fields_app_preview_sets: Sequence[_Enum5] | None = None,
        fields_app_keywords: Sequence[str] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_app_preview_sets: int | None = None,
        limit_search_keywords: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppCustomProductPageLocalizationsResponse, AppCustomProductPageLocalization]:
        """appCustomProductPageVersions_appCustomProductPageLocalizations_getToManyRelated

        GET /v1/appCustomProductPageVersions/{id}/appCustomProductPageLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_-appcustomproductpagelocalizations
        """
        from ascapi.models.app_custom_product_page_localizations_response import (
            AppCustomProductPageLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v1/appCustomProductPageVersions/{id}/appCustomProductPageLocalizations", id=id),
            params={
                "filter[locale]": filter_locale,
                "fields[appCustomProductPageLocalizations]": fields_app_custom_product_page_localizations,
                "fields[appCustomProductPageVersions]": fields_app_custom_product_page_versions,
                "fields[appScreenshotSets]": fields_app_screenshot_sets,
                "fields[appPreviewSets]": fields_app_preview_sets,
                "fields[appKeywords]": fields_app_keywords,
                "limit": limit,
                "include": include,
                "limit[appScreenshotSets]": limit_app_screenshot_sets,
                "limit[appPreviewSets]": limit_app_preview_sets,
                "limit[searchKeywords]": limit_search_keywords,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[appScreenshotSets]": 50,
                "limit[appPreviewSets]": 50,
                "limit[searchKeywords]": 50,
            },
            response_type=AppCustomProductPageLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppCustomProductPageVersions(AsyncAPIResource):
    """``client.app_custom_product_page_versions``: /v1/appCustomProductPageVersions"""

    @cached_property
    def app_custom_product_page_localizations(
        self,
    ) -> AsyncAppCustomProductPageVersionsAppCustomProductPageLocalizations:
        return AsyncAppCustomProductPageVersionsAppCustomProductPageLocalizations(self._client)

    async def create(
        self,
        *,
        body: AppCustomProductPageVersionCreateRequest | Mapping[str, Any] | None = None,
        deep_link: str | None | UnsetType = UNSET,
        app_custom_product_page: str | None | UnsetType = UNSET,
        app_custom_product_page_localizations: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCustomProductPageVersionResponse:
        """appCustomProductPageVersions_createInstance

        POST /v1/appCustomProductPageVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appcustomproductpageversions
        """
        from ascapi.models.app_custom_product_page_version_response import (
            AppCustomProductPageVersionResponse,
        )

        body = _support.document(
            body,
            deep_link is not UNSET
            or app_custom_product_page is not UNSET
            or app_custom_product_page_localizations is not UNSET,
            "appCustomProductPageVersions",
            None,
            {"deepLink": deep_link},
            {
                "appCustomProductPage": ("appCustomProductPages", False, app_custom_product_page),
                "appCustomProductPageLocalizations": (
                    "appCustomProductPageLocalizations",
                    True,
                    app_custom_product_page_localizations,
                ),
            },
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/appCustomProductPageVersions",
            body=body,
            response_type=AppCustomProductPageVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_custom_product_page_versions: Sequence[_Enum0] | None = None,
        fields_app_custom_product_pages: Sequence[_Enum1] | None = None,
        fields_app_custom_product_page_localizations: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_app_custom_product_page_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCustomProductPageVersionResponse:
        """appCustomProductPageVersions_getInstance

        GET /v1/appCustomProductPageVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_
        """
        from ascapi.models.app_custom_product_page_version_response import (
            AppCustomProductPageVersionResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appCustomProductPageVersions/{id}", id=id),
            params={
                "fields[appCustomProductPageVersions]": fields_app_custom_product_page_versions,
                "fields[appCustomProductPages]": fields_app_custom_product_pages,
                "fields[appCustomProductPageLocalizations]": fields_app_custom_product_page_localizations,
                "include": include,
                "limit[appCustomProductPageLocalizations]": limit_app_custom_product_page_localizations,
            },
            maxima={"limit[appCustomProductPageLocalizations]": 50},
            response_type=AppCustomProductPageVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppCustomProductPageVersionUpdateRequest | Mapping[str, Any] | None = None,
        deep_link: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCustomProductPageVersionResponse:
        """appCustomProductPageVersions_updateInstance

        PATCH /v1/appCustomProductPageVersions/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appcustomproductpageversions-_id_
        """
        from ascapi.models.app_custom_product_page_version_response import (
            AppCustomProductPageVersionResponse,
        )

        body = _support.document(
            body,
            deep_link is not UNSET,
            "appCustomProductPageVersions",
            id,
            {"deepLink": deep_link},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appCustomProductPageVersions/{id}", id=id),
            body=body,
            response_type=AppCustomProductPageVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppCustomProductPageVersionsAppCustomProductPageLocalizations(AsyncAPIResource):
    """``client.app_custom_product_page_versions.app_custom_product_page_localizations``: /v1/appCustomProductPageVersions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponse,
        AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponseData,
    ]:
        """appCustomProductPageVersions_appCustomProductPageLocalizations_getToManyRelationship

        GET /v1/appCustomProductPageVersions/{id}/relationships/appCustomProductPageLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_-relationships-appcustomproductpagelocalizations
        """
        from ascapi.models.app_custom_product_page_version_app_custom_product_page_localizations_linkages_response import (
            AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path(
                "/v1/appCustomProductPageVersions/{id}/relationships/appCustomProductPageLocalizations",
                id=id,
            ),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_locale: Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: Sequence[_Enum2] | None = None,
        fields_app_custom_product_page_versions: Sequence[_Enum0] | None = None,
        fields_app_screenshot_sets: Sequence[_Enum4] | None = None,
        fields_app_preview_sets: Sequence[_Enum5] | None = None,
        fields_app_keywords: Sequence[str] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_app_preview_sets: int | None = None,
        limit_search_keywords: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppCustomProductPageLocalizationsResponse, AppCustomProductPageLocalization]:
        """appCustomProductPageVersions_appCustomProductPageLocalizations_getToManyRelated

        GET /v1/appCustomProductPageVersions/{id}/appCustomProductPageLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_-appcustomproductpagelocalizations
        """
        from ascapi.models.app_custom_product_page_localizations_response import (
            AppCustomProductPageLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v1/appCustomProductPageVersions/{id}/appCustomProductPageLocalizations", id=id),
            params={
                "filter[locale]": filter_locale,
                "fields[appCustomProductPageLocalizations]": fields_app_custom_product_page_localizations,
                "fields[appCustomProductPageVersions]": fields_app_custom_product_page_versions,
                "fields[appScreenshotSets]": fields_app_screenshot_sets,
                "fields[appPreviewSets]": fields_app_preview_sets,
                "fields[appKeywords]": fields_app_keywords,
                "limit": limit,
                "include": include,
                "limit[appScreenshotSets]": limit_app_screenshot_sets,
                "limit[appPreviewSets]": limit_app_preview_sets,
                "limit[searchKeywords]": limit_search_keywords,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[appScreenshotSets]": 50,
                "limit[appPreviewSets]": 50,
                "limit[searchKeywords]": 50,
            },
            response_type=AppCustomProductPageLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
