# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_store_version_experiment_treatment_localizations`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_preview_set import AppPreviewSet
    from ascapi.models.app_preview_sets_response import AppPreviewSetsResponse
    from ascapi.models.app_screenshot_set import AppScreenshotSet
    from ascapi.models.app_screenshot_sets_response import AppScreenshotSetsResponse
    from ascapi.models.app_store_version_experiment_treatment_localization_app_preview_sets_linkages_response import (
        AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponse,
        AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponseData,
    )
    from ascapi.models.app_store_version_experiment_treatment_localization_app_screenshot_sets_linkages_response import (
        AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponse,
        AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponseData,
    )
    from ascapi.models.app_store_version_experiment_treatment_localization_create_request import (
        AppStoreVersionExperimentTreatmentLocalizationCreateRequest,
    )
    from ascapi.models.app_store_version_experiment_treatment_localization_response import (
        AppStoreVersionExperimentTreatmentLocalizationResponse,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "locale", "appStoreVersionExperimentTreatment", "appScreenshotSets", "appPreviewSets"
    ]
    _Enum1 = Literal[
        "name",
        "appIcon",
        "appIconName",
        "promotedDate",
        "appStoreVersionExperiment",
        "appStoreVersionExperimentV2",
        "appStoreVersionExperimentTreatmentLocalizations",
    ]
    _Enum2 = Literal[
        "screenshotDisplayType",
        "appStoreVersionLocalization",
        "appCustomProductPageLocalization",
        "appStoreVersionExperimentTreatmentLocalization",
        "appScreenshots",
    ]
    _Enum3 = Literal[
        "previewType",
        "appStoreVersionLocalization",
        "appCustomProductPageLocalization",
        "appStoreVersionExperimentTreatmentLocalization",
        "appPreviews",
    ]
    _Enum4 = Literal["appStoreVersionExperimentTreatment", "appScreenshotSets", "appPreviewSets"]
    _Enum5 = Literal[
        "IPHONE_67",
        "IPHONE_61",
        "IPHONE_65",
        "IPHONE_58",
        "IPHONE_55",
        "IPHONE_47",
        "IPHONE_40",
        "IPHONE_35",
        "IPAD_PRO_3GEN_129",
        "IPAD_PRO_3GEN_11",
        "IPAD_PRO_129",
        "IPAD_105",
        "IPAD_97",
        "DESKTOP",
        "APPLE_TV",
        "APPLE_VISION_PRO",
    ]
    _Enum6 = Literal[
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
    _Enum7 = Literal[
        "locale",
        "promotionalText",
        "appCustomProductPageVersion",
        "appScreenshotSets",
        "appPreviewSets",
        "searchKeywords",
    ]
    _Enum8 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "previewFrameTimeCode",
        "mimeType",
        "videoUrl",
        "previewFrameImage",
        "previewImage",
        "uploadOperations",
        "assetDeliveryState",
        "videoDeliveryState",
        "appPreviewSet",
    ]
    _Enum9 = Literal[
        "appStoreVersionLocalization",
        "appCustomProductPageLocalization",
        "appStoreVersionExperimentTreatmentLocalization",
        "appPreviews",
    ]
    _Enum10 = Literal[
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
    _Enum11 = Literal[
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
    _Enum12 = Literal[
        "appStoreVersionLocalization",
        "appCustomProductPageLocalization",
        "appStoreVersionExperimentTreatmentLocalization",
        "appScreenshots",
    ]


class AppStoreVersionExperimentTreatmentLocalizations(SyncAPIResource):
    """``client.app_store_version_experiment_treatment_localizations``: /v1/appStoreVersionExperimentTreatmentLocalizations"""

    @cached_property
    def app_preview_sets(self) -> AppStoreVersionExperimentTreatmentLocalizationsAppPreviewSets:
        return AppStoreVersionExperimentTreatmentLocalizationsAppPreviewSets(self._client)

    @cached_property
    def app_screenshot_sets(
        self,
    ) -> AppStoreVersionExperimentTreatmentLocalizationsAppScreenshotSets:
        return AppStoreVersionExperimentTreatmentLocalizationsAppScreenshotSets(self._client)

    def create(
        self,
        *,
        body: AppStoreVersionExperimentTreatmentLocalizationCreateRequest
        | Mapping[str, Any]
        | None = None,
        locale: str | None | UnsetType = UNSET,
        app_store_version_experiment_treatment: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentTreatmentLocalizationResponse:
        """appStoreVersionExperimentTreatmentLocalizations_createInstance

        POST /v1/appStoreVersionExperimentTreatmentLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionexperimenttreatmentlocalizations
        """
        from ascapi.models.app_store_version_experiment_treatment_localization_response import (
            AppStoreVersionExperimentTreatmentLocalizationResponse,
        )

        body = _support.document(
            body,
            locale is not UNSET or app_store_version_experiment_treatment is not UNSET,
            "appStoreVersionExperimentTreatmentLocalizations",
            None,
            {"locale": locale},
            {
                "appStoreVersionExperimentTreatment": (
                    "appStoreVersionExperimentTreatments",
                    False,
                    app_store_version_experiment_treatment,
                )
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/appStoreVersionExperimentTreatmentLocalizations",
            body=body,
            response_type=AppStoreVersionExperimentTreatmentLocalizationResponse,
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
        """appStoreVersionExperimentTreatmentLocalizations_deleteInstance

        DELETE /v1/appStoreVersionExperimentTreatmentLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionexperimenttreatmentlocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appStoreVersionExperimentTreatmentLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum0] | None = None,
        fields_app_store_version_experiment_treatments: Sequence[_Enum1] | None = None,
        fields_app_screenshot_sets: Sequence[_Enum2] | None = None,
        fields_app_preview_sets: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_app_preview_sets: int | None = None,
        limit_app_screenshot_sets: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentTreatmentLocalizationResponse:
        """appStoreVersionExperimentTreatmentLocalizations_getInstance

        GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_
        """
        from ascapi.models.app_store_version_experiment_treatment_localization_response import (
            AppStoreVersionExperimentTreatmentLocalizationResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appStoreVersionExperimentTreatmentLocalizations/{id}", id=id),
            params={
                "fields[appStoreVersionExperimentTreatmentLocalizations]": fields_app_store_version_experiment_treatment_localizations,
                "fields[appStoreVersionExperimentTreatments]": fields_app_store_version_experiment_treatments,
                "fields[appScreenshotSets]": fields_app_screenshot_sets,
                "fields[appPreviewSets]": fields_app_preview_sets,
                "include": include,
                "limit[appPreviewSets]": limit_app_preview_sets,
                "limit[appScreenshotSets]": limit_app_screenshot_sets,
            },
            maxima={"limit[appPreviewSets]": 50, "limit[appScreenshotSets]": 50},
            response_type=AppStoreVersionExperimentTreatmentLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppStoreVersionExperimentTreatmentLocalizationsAppPreviewSets(SyncAPIResource):
    """``client.app_store_version_experiment_treatment_localizations.app_preview_sets``: /v1/appStoreVersionExperimentTreatmentLocalizations"""

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
        AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponse,
        AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponseData,
    ]:
        """appStoreVersionExperimentTreatmentLocalizations_appPreviewSets_getToManyRelationship

        GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/relationships/appPreviewSets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-relationships-apppreviewsets
        """
        from ascapi.models.app_store_version_experiment_treatment_localization_app_preview_sets_linkages_response import (
            AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponse,
        )

        return self._client._get_page(
            path(
                "/v1/appStoreVersionExperimentTreatmentLocalizations/{id}/relationships/appPreviewSets",
                id=id,
            ),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_preview_type: Sequence[_Enum5] | None = None,
        filter_app_store_version_localization: Sequence[str] | None = None,
        filter_app_custom_product_page_localization: Sequence[str] | None = None,
        fields_app_preview_sets: Sequence[_Enum3] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum6] | None = None,
        fields_app_custom_product_page_localizations: Sequence[_Enum7] | None = None,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum0] | None = None,
        fields_app_previews: Sequence[_Enum8] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum9] | None = None,
        limit_app_previews: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppPreviewSetsResponse, AppPreviewSet]:
        """appStoreVersionExperimentTreatmentLocalizations_appPreviewSets_getToManyRelated

        GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/appPreviewSets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-apppreviewsets
        """
        from ascapi.models.app_preview_sets_response import AppPreviewSetsResponse

        return self._client._get_page(
            path("/v1/appStoreVersionExperimentTreatmentLocalizations/{id}/appPreviewSets", id=id),
            params={
                "filter[previewType]": filter_preview_type,
                "filter[appStoreVersionLocalization]": filter_app_store_version_localization,
                "filter[appCustomProductPageLocalization]": filter_app_custom_product_page_localization,
                "fields[appPreviewSets]": fields_app_preview_sets,
                "fields[appStoreVersionLocalizations]": fields_app_store_version_localizations,
                "fields[appCustomProductPageLocalizations]": fields_app_custom_product_page_localizations,
                "fields[appStoreVersionExperimentTreatmentLocalizations]": fields_app_store_version_experiment_treatment_localizations,
                "fields[appPreviews]": fields_app_previews,
                "limit": limit,
                "include": include,
                "limit[appPreviews]": limit_app_previews,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[appPreviews]": 50},
            response_type=AppPreviewSetsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppStoreVersionExperimentTreatmentLocalizationsAppScreenshotSets(SyncAPIResource):
    """``client.app_store_version_experiment_treatment_localizations.app_screenshot_sets``: /v1/appStoreVersionExperimentTreatmentLocalizations"""

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
        AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponse,
        AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponseData,
    ]:
        """appStoreVersionExperimentTreatmentLocalizations_appScreenshotSets_getToManyRelationship

        GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/relationships/appScreenshotSets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-relationships-appscreenshotsets
        """
        from ascapi.models.app_store_version_experiment_treatment_localization_app_screenshot_sets_linkages_response import (
            AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponse,
        )

        return self._client._get_page(
            path(
                "/v1/appStoreVersionExperimentTreatmentLocalizations/{id}/relationships/appScreenshotSets",
                id=id,
            ),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_screenshot_display_type: Sequence[_Enum10] | None = None,
        filter_app_store_version_localization: Sequence[str] | None = None,
        filter_app_custom_product_page_localization: Sequence[str] | None = None,
        fields_app_screenshot_sets: Sequence[_Enum2] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum6] | None = None,
        fields_app_custom_product_page_localizations: Sequence[_Enum7] | None = None,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum0] | None = None,
        fields_app_screenshots: Sequence[_Enum11] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum12] | None = None,
        limit_app_screenshots: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppScreenshotSetsResponse, AppScreenshotSet]:
        """appStoreVersionExperimentTreatmentLocalizations_appScreenshotSets_getToManyRelated

        GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/appScreenshotSets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-appscreenshotsets
        """
        from ascapi.models.app_screenshot_sets_response import AppScreenshotSetsResponse

        return self._client._get_page(
            path(
                "/v1/appStoreVersionExperimentTreatmentLocalizations/{id}/appScreenshotSets", id=id
            ),
            params={
                "filter[screenshotDisplayType]": filter_screenshot_display_type,
                "filter[appStoreVersionLocalization]": filter_app_store_version_localization,
                "filter[appCustomProductPageLocalization]": filter_app_custom_product_page_localization,
                "fields[appScreenshotSets]": fields_app_screenshot_sets,
                "fields[appStoreVersionLocalizations]": fields_app_store_version_localizations,
                "fields[appCustomProductPageLocalizations]": fields_app_custom_product_page_localizations,
                "fields[appStoreVersionExperimentTreatmentLocalizations]": fields_app_store_version_experiment_treatment_localizations,
                "fields[appScreenshots]": fields_app_screenshots,
                "limit": limit,
                "include": include,
                "limit[appScreenshots]": limit_app_screenshots,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[appScreenshots]": 50},
            response_type=AppScreenshotSetsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionExperimentTreatmentLocalizations(AsyncAPIResource):
    """``client.app_store_version_experiment_treatment_localizations``: /v1/appStoreVersionExperimentTreatmentLocalizations"""

    @cached_property
    def app_preview_sets(
        self,
    ) -> AsyncAppStoreVersionExperimentTreatmentLocalizationsAppPreviewSets:
        return AsyncAppStoreVersionExperimentTreatmentLocalizationsAppPreviewSets(self._client)

    @cached_property
    def app_screenshot_sets(
        self,
    ) -> AsyncAppStoreVersionExperimentTreatmentLocalizationsAppScreenshotSets:
        return AsyncAppStoreVersionExperimentTreatmentLocalizationsAppScreenshotSets(self._client)

    async def create(
        self,
        *,
        body: AppStoreVersionExperimentTreatmentLocalizationCreateRequest
        | Mapping[str, Any]
        | None = None,
        locale: str | None | UnsetType = UNSET,
        app_store_version_experiment_treatment: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentTreatmentLocalizationResponse:
        """appStoreVersionExperimentTreatmentLocalizations_createInstance

        POST /v1/appStoreVersionExperimentTreatmentLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionexperimenttreatmentlocalizations
        """
        from ascapi.models.app_store_version_experiment_treatment_localization_response import (
            AppStoreVersionExperimentTreatmentLocalizationResponse,
        )

        body = _support.document(
            body,
            locale is not UNSET or app_store_version_experiment_treatment is not UNSET,
            "appStoreVersionExperimentTreatmentLocalizations",
            None,
            {"locale": locale},
            {
                "appStoreVersionExperimentTreatment": (
                    "appStoreVersionExperimentTreatments",
                    False,
                    app_store_version_experiment_treatment,
                )
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/appStoreVersionExperimentTreatmentLocalizations",
            body=body,
            response_type=AppStoreVersionExperimentTreatmentLocalizationResponse,
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
        """appStoreVersionExperimentTreatmentLocalizations_deleteInstance

        DELETE /v1/appStoreVersionExperimentTreatmentLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionexperimenttreatmentlocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appStoreVersionExperimentTreatmentLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum0] | None = None,
        fields_app_store_version_experiment_treatments: Sequence[_Enum1] | None = None,
        fields_app_screenshot_sets: Sequence[_Enum2] | None = None,
        fields_app_preview_sets: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_app_preview_sets: int | None = None,
        limit_app_screenshot_sets: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentTreatmentLocalizationResponse:
        """appStoreVersionExperimentTreatmentLocalizations_getInstance

        GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_
        """
        from ascapi.models.app_store_version_experiment_treatment_localization_response import (
            AppStoreVersionExperimentTreatmentLocalizationResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersionExperimentTreatmentLocalizations/{id}", id=id),
            params={
                "fields[appStoreVersionExperimentTreatmentLocalizations]": fields_app_store_version_experiment_treatment_localizations,
                "fields[appStoreVersionExperimentTreatments]": fields_app_store_version_experiment_treatments,
                "fields[appScreenshotSets]": fields_app_screenshot_sets,
                "fields[appPreviewSets]": fields_app_preview_sets,
                "include": include,
                "limit[appPreviewSets]": limit_app_preview_sets,
                "limit[appScreenshotSets]": limit_app_screenshot_sets,
            },
            maxima={"limit[appPreviewSets]": 50, "limit[appScreenshotSets]": 50},
            response_type=AppStoreVersionExperimentTreatmentLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionExperimentTreatmentLocalizationsAppPreviewSets(AsyncAPIResource):
    """``client.app_store_version_experiment_treatment_localizations.app_preview_sets``: /v1/appStoreVersionExperimentTreatmentLocalizations"""

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
        AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponse,
        AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponseData,
    ]:
        """appStoreVersionExperimentTreatmentLocalizations_appPreviewSets_getToManyRelationship

        GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/relationships/appPreviewSets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-relationships-apppreviewsets
        """
        from ascapi.models.app_store_version_experiment_treatment_localization_app_preview_sets_linkages_response import (
            AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponse,
        )

        return self._client._get_page(
            path(
                "/v1/appStoreVersionExperimentTreatmentLocalizations/{id}/relationships/appPreviewSets",
                id=id,
            ),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_preview_type: Sequence[_Enum5] | None = None,
        filter_app_store_version_localization: Sequence[str] | None = None,
        filter_app_custom_product_page_localization: Sequence[str] | None = None,
        fields_app_preview_sets: Sequence[_Enum3] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum6] | None = None,
        fields_app_custom_product_page_localizations: Sequence[_Enum7] | None = None,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum0] | None = None,
        fields_app_previews: Sequence[_Enum8] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum9] | None = None,
        limit_app_previews: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppPreviewSetsResponse, AppPreviewSet]:
        """appStoreVersionExperimentTreatmentLocalizations_appPreviewSets_getToManyRelated

        GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/appPreviewSets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-apppreviewsets
        """
        from ascapi.models.app_preview_sets_response import AppPreviewSetsResponse

        return self._client._get_page(
            path("/v1/appStoreVersionExperimentTreatmentLocalizations/{id}/appPreviewSets", id=id),
            params={
                "filter[previewType]": filter_preview_type,
                "filter[appStoreVersionLocalization]": filter_app_store_version_localization,
                "filter[appCustomProductPageLocalization]": filter_app_custom_product_page_localization,
                "fields[appPreviewSets]": fields_app_preview_sets,
                "fields[appStoreVersionLocalizations]": fields_app_store_version_localizations,
                "fields[appCustomProductPageLocalizations]": fields_app_custom_product_page_localizations,
                "fields[appStoreVersionExperimentTreatmentLocalizations]": fields_app_store_version_experiment_treatment_localizations,
                "fields[appPreviews]": fields_app_previews,
                "limit": limit,
                "include": include,
                "limit[appPreviews]": limit_app_previews,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[appPreviews]": 50},
            response_type=AppPreviewSetsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionExperimentTreatmentLocalizationsAppScreenshotSets(AsyncAPIResource):
    """``client.app_store_version_experiment_treatment_localizations.app_screenshot_sets``: /v1/appStoreVersionExperimentTreatmentLocalizations"""

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
        AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponse,
        AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponseData,
    ]:
        """appStoreVersionExperimentTreatmentLocalizations_appScreenshotSets_getToManyRelationship

        GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/relationships/appScreenshotSets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-relationships-appscreenshotsets
        """
        from ascapi.models.app_store_version_experiment_treatment_localization_app_screenshot_sets_linkages_response import (
            AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponse,
        )

        return self._client._get_page(
            path(
                "/v1/appStoreVersionExperimentTreatmentLocalizations/{id}/relationships/appScreenshotSets",
                id=id,
            ),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_screenshot_display_type: Sequence[_Enum10] | None = None,
        filter_app_store_version_localization: Sequence[str] | None = None,
        filter_app_custom_product_page_localization: Sequence[str] | None = None,
        fields_app_screenshot_sets: Sequence[_Enum2] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum6] | None = None,
        fields_app_custom_product_page_localizations: Sequence[_Enum7] | None = None,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum0] | None = None,
        fields_app_screenshots: Sequence[_Enum11] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum12] | None = None,
        limit_app_screenshots: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppScreenshotSetsResponse, AppScreenshotSet]:
        """appStoreVersionExperimentTreatmentLocalizations_appScreenshotSets_getToManyRelated

        GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/appScreenshotSets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-appscreenshotsets
        """
        from ascapi.models.app_screenshot_sets_response import AppScreenshotSetsResponse

        return self._client._get_page(
            path(
                "/v1/appStoreVersionExperimentTreatmentLocalizations/{id}/appScreenshotSets", id=id
            ),
            params={
                "filter[screenshotDisplayType]": filter_screenshot_display_type,
                "filter[appStoreVersionLocalization]": filter_app_store_version_localization,
                "filter[appCustomProductPageLocalization]": filter_app_custom_product_page_localization,
                "fields[appScreenshotSets]": fields_app_screenshot_sets,
                "fields[appStoreVersionLocalizations]": fields_app_store_version_localizations,
                "fields[appCustomProductPageLocalizations]": fields_app_custom_product_page_localizations,
                "fields[appStoreVersionExperimentTreatmentLocalizations]": fields_app_store_version_experiment_treatment_localizations,
                "fields[appScreenshots]": fields_app_screenshots,
                "limit": limit,
                "include": include,
                "limit[appScreenshots]": limit_app_screenshots,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[appScreenshots]": 50},
            response_type=AppScreenshotSetsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
