# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_screenshot_sets`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_screenshot import AppScreenshot
    from ascapi.models.app_screenshot_set_app_screenshots_linkages_request import (
        AppScreenshotSetAppScreenshotsLinkagesRequest,
    )
    from ascapi.models.app_screenshot_set_app_screenshots_linkages_response import (
        AppScreenshotSetAppScreenshotsLinkagesResponse,
        AppScreenshotSetAppScreenshotsLinkagesResponseData,
    )
    from ascapi.models.app_screenshot_set_create_request import AppScreenshotSetCreateRequest
    from ascapi.models.app_screenshot_set_response import AppScreenshotSetResponse
    from ascapi.models.app_screenshots_response import AppScreenshotsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "APP_IPHONE_67",
        "APP_IPHONE_61",
        "APP_IPHONE_65",
        "APP_IPHONE_58",
        "APP_IPHONE_55",
        "APP_IPHONE_47",
        "APP_IPHONE_40",
        "APP_IPHONE_35",
        "APP_IPAD_PRO_3GEN_129",
        "APP_IPAD_PRO_3GEN_11",
        "APP_IPAD_PRO_129",
        "APP_IPAD_105",
        "APP_IPAD_97",
        "APP_DESKTOP",
        "APP_WATCH_ULTRA",
        "APP_WATCH_SERIES_10",
        "APP_WATCH_SERIES_7",
        "APP_WATCH_SERIES_4",
        "APP_WATCH_SERIES_3",
        "APP_APPLE_TV",
        "APP_APPLE_VISION_PRO",
        "IMESSAGE_APP_IPHONE_67",
        "IMESSAGE_APP_IPHONE_61",
        "IMESSAGE_APP_IPHONE_65",
        "IMESSAGE_APP_IPHONE_58",
        "IMESSAGE_APP_IPHONE_55",
        "IMESSAGE_APP_IPHONE_47",
        "IMESSAGE_APP_IPHONE_40",
        "IMESSAGE_APP_IPAD_PRO_3GEN_129",
        "IMESSAGE_APP_IPAD_PRO_3GEN_11",
        "IMESSAGE_APP_IPAD_PRO_129",
        "IMESSAGE_APP_IPAD_105",
        "IMESSAGE_APP_IPAD_97",
    ]
    _Enum1 = Literal[
        "screenshotDisplayType",
        "appStoreVersionLocalization",
        "appCustomProductPageLocalization",
        "appStoreVersionExperimentTreatmentLocalization",
        "appScreenshots",
    ]
    _Enum2 = Literal[
        "description",
        "locale",
        "keywords",
        "marketingUrl",
        "promotionalText",
        "supportUrl",
        "whatsNew",
        "appStoreVersion",
        "appScreenshotSets",
        "appPreviewSets",
        "searchKeywords",
    ]
    _Enum3 = Literal[
        "locale",
        "promotionalText",
        "appCustomProductPageVersion",
        "appScreenshotSets",
        "appPreviewSets",
        "searchKeywords",
    ]
    _Enum4 = Literal[
        "locale", "appStoreVersionExperimentTreatment", "appScreenshotSets", "appPreviewSets"
    ]
    _Enum5 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "imageAsset",
        "assetToken",
        "assetType",
        "uploadOperations",
        "assetDeliveryState",
        "appScreenshotSet",
    ]
    _Enum6 = Literal[
        "appStoreVersionLocalization",
        "appCustomProductPageLocalization",
        "appStoreVersionExperimentTreatmentLocalization",
        "appScreenshots",
    ]
    _Enum7 = Literal["appScreenshotSet"]


class AppScreenshotSets(SyncAPIResource):
    """``client.app_screenshot_sets``: /v1/appScreenshotSets"""

    @cached_property
    def app_screenshots(self) -> AppScreenshotSetsAppScreenshots:
        return AppScreenshotSetsAppScreenshots(self._client)

    def create(
        self,
        *,
        body: AppScreenshotSetCreateRequest | Mapping[str, Any] | None = None,
        screenshot_display_type: _Enum0 | str | None | UnsetType = UNSET,
        app_store_version_localization: str | None | UnsetType = UNSET,
        app_custom_product_page_localization: str | None | UnsetType = UNSET,
        app_store_version_experiment_treatment_localization: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppScreenshotSetResponse:
        """appScreenshotSets_createInstance

        POST /v1/appScreenshotSets

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appscreenshotsets
        """
        from ascapi.models.app_screenshot_set_response import AppScreenshotSetResponse

        body = _support.document(
            body,
            screenshot_display_type is not UNSET
            or app_store_version_localization is not UNSET
            or app_custom_product_page_localization is not UNSET
            or app_store_version_experiment_treatment_localization is not UNSET,
            "appScreenshotSets",
            None,
            {"screenshotDisplayType": screenshot_display_type},
            {
                "appStoreVersionLocalization": (
                    "appStoreVersionLocalizations",
                    False,
                    app_store_version_localization,
                ),
                "appCustomProductPageLocalization": (
                    "appCustomProductPageLocalizations",
                    False,
                    app_custom_product_page_localization,
                ),
                "appStoreVersionExperimentTreatmentLocalization": (
                    "appStoreVersionExperimentTreatmentLocalizations",
                    False,
                    app_store_version_experiment_treatment_localization,
                ),
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/appScreenshotSets",
            body=body,
            response_type=AppScreenshotSetResponse,
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
        """appScreenshotSets_deleteInstance

        DELETE /v1/appScreenshotSets/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appscreenshotsets-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appScreenshotSets/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_screenshot_sets: Sequence[_Enum1] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum2] | None = None,
        fields_app_custom_product_page_localizations: Sequence[_Enum3] | None = None,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum4] | None = None,
        fields_app_screenshots: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_app_screenshots: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppScreenshotSetResponse:
        """appScreenshotSets_getInstance

        GET /v1/appScreenshotSets/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshotsets-_id_
        """
        from ascapi.models.app_screenshot_set_response import AppScreenshotSetResponse

        return self._client._call(
            "GET",
            path("/v1/appScreenshotSets/{id}", id=id),
            params={
                "fields[appScreenshotSets]": fields_app_screenshot_sets,
                "fields[appStoreVersionLocalizations]": fields_app_store_version_localizations,
                "fields[appCustomProductPageLocalizations]": fields_app_custom_product_page_localizations,
                "fields[appStoreVersionExperimentTreatmentLocalizations]": fields_app_store_version_experiment_treatment_localizations,
                "fields[appScreenshots]": fields_app_screenshots,
                "include": include,
                "limit[appScreenshots]": limit_app_screenshots,
            },
            maxima={"limit[appScreenshots]": 50},
            response_type=AppScreenshotSetResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppScreenshotSetsAppScreenshots(SyncAPIResource):
    """``client.app_screenshot_sets.app_screenshots``: /v1/appScreenshotSets"""

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
        AppScreenshotSetAppScreenshotsLinkagesResponse,
        AppScreenshotSetAppScreenshotsLinkagesResponseData,
    ]:
        """appScreenshotSets_appScreenshots_getToManyRelationship

        GET /v1/appScreenshotSets/{id}/relationships/appScreenshots

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshotsets-_id_-relationships-appscreenshots
        """
        from ascapi.models.app_screenshot_set_app_screenshots_linkages_response import (
            AppScreenshotSetAppScreenshotsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appScreenshotSets/{id}/relationships/appScreenshots", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppScreenshotSetAppScreenshotsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_app_screenshots: Sequence[_Enum5] | None = None,
        fields_app_screenshot_sets: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum7] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppScreenshotsResponse, AppScreenshot]:
        """appScreenshotSets_appScreenshots_getToManyRelated

        GET /v1/appScreenshotSets/{id}/appScreenshots

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshotsets-_id_-appscreenshots
        """
        from ascapi.models.app_screenshots_response import AppScreenshotsResponse

        return self._client._get_page(
            path("/v1/appScreenshotSets/{id}/appScreenshots", id=id),
            params={
                "fields[appScreenshots]": fields_app_screenshots,
                "fields[appScreenshotSets]": fields_app_screenshot_sets,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppScreenshotsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: AppScreenshotSetAppScreenshotsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """appScreenshotSets_appScreenshots_replaceToManyRelationship

        PATCH /v1/appScreenshotSets/{id}/relationships/appScreenshots

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appscreenshotsets-_id_-relationships-appscreenshots
        """
        if body is None:
            body = _support.linkages("appScreenshots", ids)
        return self._client._call(
            "PATCH",
            path("/v1/appScreenshotSets/{id}/relationships/appScreenshots", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppScreenshotSets(AsyncAPIResource):
    """``client.app_screenshot_sets``: /v1/appScreenshotSets"""

    @cached_property
    def app_screenshots(self) -> AsyncAppScreenshotSetsAppScreenshots:
        return AsyncAppScreenshotSetsAppScreenshots(self._client)

    async def create(
        self,
        *,
        body: AppScreenshotSetCreateRequest | Mapping[str, Any] | None = None,
        screenshot_display_type: _Enum0 | str | None | UnsetType = UNSET,
        app_store_version_localization: str | None | UnsetType = UNSET,
        app_custom_product_page_localization: str | None | UnsetType = UNSET,
        app_store_version_experiment_treatment_localization: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppScreenshotSetResponse:
        """appScreenshotSets_createInstance

        POST /v1/appScreenshotSets

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appscreenshotsets
        """
        from ascapi.models.app_screenshot_set_response import AppScreenshotSetResponse

        body = _support.document(
            body,
            screenshot_display_type is not UNSET
            or app_store_version_localization is not UNSET
            or app_custom_product_page_localization is not UNSET
            or app_store_version_experiment_treatment_localization is not UNSET,
            "appScreenshotSets",
            None,
            {"screenshotDisplayType": screenshot_display_type},
            {
                "appStoreVersionLocalization": (
                    "appStoreVersionLocalizations",
                    False,
                    app_store_version_localization,
                ),
                "appCustomProductPageLocalization": (
                    "appCustomProductPageLocalizations",
                    False,
                    app_custom_product_page_localization,
                ),
                "appStoreVersionExperimentTreatmentLocalization": (
                    "appStoreVersionExperimentTreatmentLocalizations",
                    False,
                    app_store_version_experiment_treatment_localization,
                ),
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/appScreenshotSets",
            body=body,
            response_type=AppScreenshotSetResponse,
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
        """appScreenshotSets_deleteInstance

        DELETE /v1/appScreenshotSets/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appscreenshotsets-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appScreenshotSets/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_screenshot_sets: Sequence[_Enum1] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum2] | None = None,
        fields_app_custom_product_page_localizations: Sequence[_Enum3] | None = None,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum4] | None = None,
        fields_app_screenshots: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_app_screenshots: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppScreenshotSetResponse:
        """appScreenshotSets_getInstance

        GET /v1/appScreenshotSets/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshotsets-_id_
        """
        from ascapi.models.app_screenshot_set_response import AppScreenshotSetResponse

        return await self._client._call(
            "GET",
            path("/v1/appScreenshotSets/{id}", id=id),
            params={
                "fields[appScreenshotSets]": fields_app_screenshot_sets,
                "fields[appStoreVersionLocalizations]": fields_app_store_version_localizations,
                "fields[appCustomProductPageLocalizations]": fields_app_custom_product_page_localizations,
                "fields[appStoreVersionExperimentTreatmentLocalizations]": fields_app_store_version_experiment_treatment_localizations,
                "fields[appScreenshots]": fields_app_screenshots,
                "include": include,
                "limit[appScreenshots]": limit_app_screenshots,
            },
            maxima={"limit[appScreenshots]": 50},
            response_type=AppScreenshotSetResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppScreenshotSetsAppScreenshots(AsyncAPIResource):
    """``client.app_screenshot_sets.app_screenshots``: /v1/appScreenshotSets"""

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
        AppScreenshotSetAppScreenshotsLinkagesResponse,
        AppScreenshotSetAppScreenshotsLinkagesResponseData,
    ]:
        """appScreenshotSets_appScreenshots_getToManyRelationship

        GET /v1/appScreenshotSets/{id}/relationships/appScreenshots

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshotsets-_id_-relationships-appscreenshots
        """
        from ascapi.models.app_screenshot_set_app_screenshots_linkages_response import (
            AppScreenshotSetAppScreenshotsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appScreenshotSets/{id}/relationships/appScreenshots", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppScreenshotSetAppScreenshotsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_app_screenshots: Sequence[_Enum5] | None = None,
        fields_app_screenshot_sets: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum7] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppScreenshotsResponse, AppScreenshot]:
        """appScreenshotSets_appScreenshots_getToManyRelated

        GET /v1/appScreenshotSets/{id}/appScreenshots

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshotsets-_id_-appscreenshots
        """
        from ascapi.models.app_screenshots_response import AppScreenshotsResponse

        return self._client._get_page(
            path("/v1/appScreenshotSets/{id}/appScreenshots", id=id),
            params={
                "fields[appScreenshots]": fields_app_screenshots,
                "fields[appScreenshotSets]": fields_app_screenshot_sets,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppScreenshotsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: AppScreenshotSetAppScreenshotsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """appScreenshotSets_appScreenshots_replaceToManyRelationship

        PATCH /v1/appScreenshotSets/{id}/relationships/appScreenshots

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appscreenshotsets-_id_-relationships-appscreenshots
        """
        if body is None:
            body = _support.linkages("appScreenshots", ids)
        return await self._client._call(
            "PATCH",
            path("/v1/appScreenshotSets/{id}/relationships/appScreenshots", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )
