# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_store_version_localizations`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_keyword import AppKeyword
    from ascapi.models.app_keywords_response import AppKeywordsResponse
    from ascapi.models.app_preview_set import AppPreviewSet
    from ascapi.models.app_preview_sets_response import AppPreviewSetsResponse
    from ascapi.models.app_screenshot_set import AppScreenshotSet
    from ascapi.models.app_screenshot_sets_response import AppScreenshotSetsResponse
    from ascapi.models.app_store_version_localization_app_preview_sets_linkages_response import (
        AppStoreVersionLocalizationAppPreviewSetsLinkagesResponse,
        AppStoreVersionLocalizationAppPreviewSetsLinkagesResponseData,
    )
    from ascapi.models.app_store_version_localization_app_screenshot_sets_linkages_response import (
        AppStoreVersionLocalizationAppScreenshotSetsLinkagesResponse,
        AppStoreVersionLocalizationAppScreenshotSetsLinkagesResponseData,
    )
    from ascapi.models.app_store_version_localization_create_request import (
        AppStoreVersionLocalizationCreateRequest,
    )
    from ascapi.models.app_store_version_localization_response import (
        AppStoreVersionLocalizationResponse,
    )
    from ascapi.models.app_store_version_localization_search_keywords_linkages_request import (
        AppStoreVersionLocalizationSearchKeywordsLinkagesRequest,
    )
    from ascapi.models.app_store_version_localization_search_keywords_linkages_response import (
        AppStoreVersionLocalizationSearchKeywordsLinkagesResponse,
        AppStoreVersionLocalizationSearchKeywordsLinkagesResponseData,
    )
    from ascapi.models.app_store_version_localization_update_request import (
        AppStoreVersionLocalizationUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
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
    _Enum1 = Literal[
        "platform",
        "versionString",
        "appStoreState",
        "appVersionState",
        "copyright",
        "reviewType",
        "releaseType",
        "earliestReleaseDate",
        "usesIdfa",
        "downloadable",
        "createdDate",
        "app",
        "appStoreVersionLocalizations",
        "build",
        "appStoreVersionPhasedRelease",
        "gameCenterAppVersion",
        "routingAppCoverage",
        "appStoreReviewDetail",
        "appStoreVersionSubmission",
        "appClipDefaultExperience",
        "appStoreVersionExperiments",
        "appStoreVersionExperimentsV2",
        "customerReviews",
        "alternativeDistributionPackage",
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
    _Enum4 = Literal["appStoreVersion", "appScreenshotSets", "appPreviewSets", "searchKeywords"]
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
        "locale",
        "promotionalText",
        "appCustomProductPageVersion",
        "appScreenshotSets",
        "appPreviewSets",
        "searchKeywords",
    ]
    _Enum7 = Literal[
        "locale", "appStoreVersionExperimentTreatment", "appScreenshotSets", "appPreviewSets"
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


class AppStoreVersionLocalizations(SyncAPIResource):
    """``client.app_store_version_localizations``: /v1/appStoreVersionLocalizations"""

    @cached_property
    def app_preview_sets(self) -> AppStoreVersionLocalizationsAppPreviewSets:
        return AppStoreVersionLocalizationsAppPreviewSets(self._client)

    @cached_property
    def app_screenshot_sets(self) -> AppStoreVersionLocalizationsAppScreenshotSets:
        return AppStoreVersionLocalizationsAppScreenshotSets(self._client)

    @cached_property
    def search_keywords(self) -> AppStoreVersionLocalizationsSearchKeywords:
        return AppStoreVersionLocalizationsSearchKeywords(self._client)

    def create(
        self,
        *,
        body: AppStoreVersionLocalizationCreateRequest | Mapping[str, Any] | None = None,
        description: str | None | UnsetType = UNSET,
        locale: str | None | UnsetType = UNSET,
        keywords: str | None | UnsetType = UNSET,
        marketing_url: str | None | UnsetType = UNSET,
        promotional_text: str | None | UnsetType = UNSET,
        support_url: str | None | UnsetType = UNSET,
        whats_new: str | None | UnsetType = UNSET,
        app_store_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionLocalizationResponse:
        """appStoreVersionLocalizations_createInstance

        POST /v1/appStoreVersionLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionlocalizations
        """
        from ascapi.models.app_store_version_localization_response import (
            AppStoreVersionLocalizationResponse,
        )

        body = _support.document(
            body,
            description is not UNSET
            or locale is not UNSET
            or keywords is not UNSET
            or marketing_url is not UNSET
            or promotional_text is not UNSET
            or support_url is not UNSET
            or whats_new is not UNSET
            or app_store_version is not UNSET,
            "appStoreVersionLocalizations",
            None,
            {
                "description": description,
                "locale": locale,
                "keywords": keywords,
                "marketingUrl": marketing_url,
                "promotionalText": promotional_text,
                "supportUrl": support_url,
                "whatsNew": whats_new,
            },
            {"appStoreVersion": ("appStoreVersions", False, app_store_version)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/appStoreVersionLocalizations",
            body=body,
            response_type=AppStoreVersionLocalizationResponse,
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
        """appStoreVersionLocalizations_deleteInstance

        DELETE /v1/appStoreVersionLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionlocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appStoreVersionLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_store_version_localizations: Sequence[_Enum0] | None = None,
        fields_app_store_versions: Sequence[_Enum1] | None = None,
        fields_app_screenshot_sets: Sequence[_Enum2] | None = None,
        fields_app_preview_sets: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_app_preview_sets: int | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_search_keywords: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionLocalizationResponse:
        """appStoreVersionLocalizations_getInstance

        GET /v1/appStoreVersionLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_
        """
        from ascapi.models.app_store_version_localization_response import (
            AppStoreVersionLocalizationResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appStoreVersionLocalizations/{id}", id=id),
            params={
                "fields[appStoreVersionLocalizations]": fields_app_store_version_localizations,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appScreenshotSets]": fields_app_screenshot_sets,
                "fields[appPreviewSets]": fields_app_preview_sets,
                "include": include,
                "limit[appPreviewSets]": limit_app_preview_sets,
                "limit[appScreenshotSets]": limit_app_screenshot_sets,
                "limit[searchKeywords]": limit_search_keywords,
            },
            maxima={
                "limit[appPreviewSets]": 50,
                "limit[appScreenshotSets]": 50,
                "limit[searchKeywords]": 50,
            },
            response_type=AppStoreVersionLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppStoreVersionLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        description: str | None | UnsetType = UNSET,
        keywords: str | None | UnsetType = UNSET,
        marketing_url: str | None | UnsetType = UNSET,
        promotional_text: str | None | UnsetType = UNSET,
        support_url: str | None | UnsetType = UNSET,
        whats_new: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionLocalizationResponse:
        """appStoreVersionLocalizations_updateInstance

        PATCH /v1/appStoreVersionLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversionlocalizations-_id_
        """
        from ascapi.models.app_store_version_localization_response import (
            AppStoreVersionLocalizationResponse,
        )

        body = _support.document(
            body,
            description is not UNSET
            or keywords is not UNSET
            or marketing_url is not UNSET
            or promotional_text is not UNSET
            or support_url is not UNSET
            or whats_new is not UNSET,
            "appStoreVersionLocalizations",
            id,
            {
                "description": description,
                "keywords": keywords,
                "marketingUrl": marketing_url,
                "promotionalText": promotional_text,
                "supportUrl": support_url,
                "whatsNew": whats_new,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appStoreVersionLocalizations/{id}", id=id),
            body=body,
            response_type=AppStoreVersionLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppStoreVersionLocalizationsAppPreviewSets(SyncAPIResource):
    """``client.app_store_version_localizations.app_preview_sets``: /v1/appStoreVersionLocalizations"""

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
        AppStoreVersionLocalizationAppPreviewSetsLinkagesResponse,
        AppStoreVersionLocalizationAppPreviewSetsLinkagesResponseData,
    ]:
        """appStoreVersionLocalizations_appPreviewSets_getToManyRelationship

        GET /v1/appStoreVersionLocalizations/{id}/relationships/appPreviewSets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_-relationships-apppreviewsets
        """
        from ascapi.models.app_store_version_localization_app_preview_sets_linkages_response import (
            AppStoreVersionLocalizationAppPreviewSetsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreVersionLocalizations/{id}/relationships/appPreviewSets", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreVersionLocalizationAppPreviewSetsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_preview_type: Sequence[_Enum5] | None = None,
        filter_app_custom_product_page_localization: Sequence[str] | None = None,
        filter_app_store_version_experiment_treatment_localization: Sequence[str] | None = None,
        fields_app_preview_sets: Sequence[_Enum3] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum0] | None = None,
        fields_app_custom_product_page_localizations: Sequence[_Enum6] | None = None,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum7] | None = None,
        fields_app_previews: Sequence[_Enum8] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum9] | None = None,
        limit_app_previews: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppPreviewSetsResponse, AppPreviewSet]:
        """appStoreVersionLocalizations_appPreviewSets_getToManyRelated

        GET /v1/appStoreVersionLocalizations/{id}/appPreviewSets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_-apppreviewsets
        """
        from ascapi.models.app_preview_sets_response import AppPreviewSetsResponse

        return self._client._get_page(
            path("/v1/appStoreVersionLocalizations/{id}/appPreviewSets", id=id),
            params={
                "filter[previewType]": filter_preview_type,
                "filter[appCustomProductPageLocalization]": filter_app_custom_product_page_localization,
                "filter[appStoreVersionExperimentTreatmentLocalization]": filter_app_store_version_experiment_treatment_localization,
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


class AppStoreVersionLocalizationsAppScreenshotSets(SyncAPIResource):
    """``client.app_store_version_localizations.app_screenshot_sets``: /v1/appStoreVersionLocalizations"""

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
        AppStoreVersionLocalizationAppScreenshotSetsLinkagesResponse,
        AppStoreVersionLocalizationAppScreenshotSetsLinkagesResponseData,
    ]:
        """appStoreVersionLocalizations_appScreenshotSets_getToManyRelationship

        GET /v1/appStoreVersionLocalizations/{id}/relationships/appScreenshotSets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_-relationships-appscreenshotsets
        """
        from ascapi.models.app_store_version_localization_app_screenshot_sets_linkages_response import (
            AppStoreVersionLocalizationAppScreenshotSetsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreVersionLocalizations/{id}/relationships/appScreenshotSets", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreVersionLocalizationAppScreenshotSetsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_screenshot_display_type: Sequence[_Enum10] | None = None,
        filter_app_custom_product_page_localization: Sequence[str] | None = None,
        filter_app_store_version_experiment_treatment_localization: Sequence[str] | None = None,
        fields_app_screenshot_sets: Sequence[_Enum2] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum0] | None = None,
        fields_app_custom_product_page_localizations: Sequence[_Enum6] | None = None,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum7] | None = None,
        fields_app_screenshots: Sequence[_Enum11] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum12] | None = None,
        limit_app_screenshots: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppScreenshotSetsResponse, AppScreenshotSet]:
        """appStoreVersionLocalizations_appScreenshotSets_getToManyRelated

        GET /v1/appStoreVersionLocalizations/{id}/appScreenshotSets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_-appscreenshotsets
        """
        from ascapi.models.app_screenshot_sets_response import AppScreenshotSetsResponse

        return self._client._get_page(
            path("/v1/appStoreVersionLocalizations/{id}/appScreenshotSets", id=id),
            params={
                "filter[screenshotDisplayType]": filter_screenshot_display_type,
                "filter[appCustomProductPageLocalization]": filter_app_custom_product_page_localization,
                "filter[appStoreVersionExperimentTreatmentLocalization]": filter_app_store_version_experiment_treatment_localization,
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


class AppStoreVersionLocalizationsSearchKeywords(SyncAPIResource):
    """``client.app_store_version_localizations.search_keywords``: /v1/appStoreVersionLocalizations"""

    def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: AppStoreVersionLocalizationSearchKeywordsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """appStoreVersionLocalizations_searchKeywords_createToManyRelationship

        POST /v1/appStoreVersionLocalizations/{id}/relationships/searchKeywords

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionlocalizations-_id_-relationships-searchkeywords
        """
        if body is None:
            body = _support.linkages("appKeywords", ids)
        return self._client._call(
            "POST",
            path("/v1/appStoreVersionLocalizations/{id}/relationships/searchKeywords", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

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
        AppStoreVersionLocalizationSearchKeywordsLinkagesResponse,
        AppStoreVersionLocalizationSearchKeywordsLinkagesResponseData,
    ]:
        """appStoreVersionLocalizations_searchKeywords_getToManyRelationship

        GET /v1/appStoreVersionLocalizations/{id}/relationships/searchKeywords

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_-relationships-searchkeywords
        """
        from ascapi.models.app_store_version_localization_search_keywords_linkages_response import (
            AppStoreVersionLocalizationSearchKeywordsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreVersionLocalizations/{id}/relationships/searchKeywords", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreVersionLocalizationSearchKeywordsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_platform: Sequence[str] | None = None,
        filter_locale: Sequence[str] | None = None,
        fields_app_keywords: Sequence[str] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppKeywordsResponse, AppKeyword]:
        """appStoreVersionLocalizations_searchKeywords_getToManyRelated

        GET /v1/appStoreVersionLocalizations/{id}/searchKeywords

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_-searchkeywords
        """
        from ascapi.models.app_keywords_response import AppKeywordsResponse

        return self._client._get_page(
            path("/v1/appStoreVersionLocalizations/{id}/searchKeywords", id=id),
            params={
                "filter[platform]": filter_platform,
                "filter[locale]": filter_locale,
                "fields[appKeywords]": fields_app_keywords,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppKeywordsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: AppStoreVersionLocalizationSearchKeywordsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """appStoreVersionLocalizations_searchKeywords_deleteToManyRelationship

        DELETE /v1/appStoreVersionLocalizations/{id}/relationships/searchKeywords

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionlocalizations-_id_-relationships-searchkeywords
        """
        if body is None:
            body = _support.linkages("appKeywords", ids)
        return self._client._call(
            "DELETE",
            path("/v1/appStoreVersionLocalizations/{id}/relationships/searchKeywords", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionLocalizations(AsyncAPIResource):
    """``client.app_store_version_localizations``: /v1/appStoreVersionLocalizations"""

    @cached_property
    def app_preview_sets(self) -> AsyncAppStoreVersionLocalizationsAppPreviewSets:
        return AsyncAppStoreVersionLocalizationsAppPreviewSets(self._client)

    @cached_property
    def app_screenshot_sets(self) -> AsyncAppStoreVersionLocalizationsAppScreenshotSets:
        return AsyncAppStoreVersionLocalizationsAppScreenshotSets(self._client)

    @cached_property
    def search_keywords(self) -> AsyncAppStoreVersionLocalizationsSearchKeywords:
        return AsyncAppStoreVersionLocalizationsSearchKeywords(self._client)

    async def create(
        self,
        *,
        body: AppStoreVersionLocalizationCreateRequest | Mapping[str, Any] | None = None,
        description: str | None | UnsetType = UNSET,
        locale: str | None | UnsetType = UNSET,
        keywords: str | None | UnsetType = UNSET,
        marketing_url: str | None | UnsetType = UNSET,
        promotional_text: str | None | UnsetType = UNSET,
        support_url: str | None | UnsetType = UNSET,
        whats_new: str | None | UnsetType = UNSET,
        app_store_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionLocalizationResponse:
        """appStoreVersionLocalizations_createInstance

        POST /v1/appStoreVersionLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionlocalizations
        """
        from ascapi.models.app_store_version_localization_response import (
            AppStoreVersionLocalizationResponse,
        )

        body = _support.document(
            body,
            description is not UNSET
            or locale is not UNSET
            or keywords is not UNSET
            or marketing_url is not UNSET
            or promotional_text is not UNSET
            or support_url is not UNSET
            or whats_new is not UNSET
            or app_store_version is not UNSET,
            "appStoreVersionLocalizations",
            None,
            {
                "description": description,
                "locale": locale,
                "keywords": keywords,
                "marketingUrl": marketing_url,
                "promotionalText": promotional_text,
                "supportUrl": support_url,
                "whatsNew": whats_new,
            },
            {"appStoreVersion": ("appStoreVersions", False, app_store_version)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/appStoreVersionLocalizations",
            body=body,
            response_type=AppStoreVersionLocalizationResponse,
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
        """appStoreVersionLocalizations_deleteInstance

        DELETE /v1/appStoreVersionLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionlocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appStoreVersionLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_store_version_localizations: Sequence[_Enum0] | None = None,
        fields_app_store_versions: Sequence[_Enum1] | None = None,
        fields_app_screenshot_sets: Sequence[_Enum2] | None = None,
        fields_app_preview_sets: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_app_preview_sets: int | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_search_keywords: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionLocalizationResponse:
        """appStoreVersionLocalizations_getInstance

        GET /v1/appStoreVersionLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_
        """
        from ascapi.models.app_store_version_localization_response import (
            AppStoreVersionLocalizationResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersionLocalizations/{id}", id=id),
            params={
                "fields[appStoreVersionLocalizations]": fields_app_store_version_localizations,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appScreenshotSets]": fields_app_screenshot_sets,
                "fields[appPreviewSets]": fields_app_preview_sets,
                "include": include,
                "limit[appPreviewSets]": limit_app_preview_sets,
                "limit[appScreenshotSets]": limit_app_screenshot_sets,
                "limit[searchKeywords]": limit_search_keywords,
            },
            maxima={
                "limit[appPreviewSets]": 50,
                "limit[appScreenshotSets]": 50,
                "limit[searchKeywords]": 50,
            },
            response_type=AppStoreVersionLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppStoreVersionLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        description: str | None | UnsetType = UNSET,
        keywords: str | None | UnsetType = UNSET,
        marketing_url: str | None | UnsetType = UNSET,
        promotional_text: str | None | UnsetType = UNSET,
        support_url: str | None | UnsetType = UNSET,
        whats_new: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionLocalizationResponse:
        """appStoreVersionLocalizations_updateInstance

        PATCH /v1/appStoreVersionLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversionlocalizations-_id_
        """
        from ascapi.models.app_store_version_localization_response import (
            AppStoreVersionLocalizationResponse,
        )

        body = _support.document(
            body,
            description is not UNSET
            or keywords is not UNSET
            or marketing_url is not UNSET
            or promotional_text is not UNSET
            or support_url is not UNSET
            or whats_new is not UNSET,
            "appStoreVersionLocalizations",
            id,
            {
                "description": description,
                "keywords": keywords,
                "marketingUrl": marketing_url,
                "promotionalText": promotional_text,
                "supportUrl": support_url,
                "whatsNew": whats_new,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appStoreVersionLocalizations/{id}", id=id),
            body=body,
            response_type=AppStoreVersionLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionLocalizationsAppPreviewSets(AsyncAPIResource):
    """``client.app_store_version_localizations.app_preview_sets``: /v1/appStoreVersionLocalizations"""

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
        AppStoreVersionLocalizationAppPreviewSetsLinkagesResponse,
        AppStoreVersionLocalizationAppPreviewSetsLinkagesResponseData,
    ]:
        """appStoreVersionLocalizations_appPreviewSets_getToManyRelationship

        GET /v1/appStoreVersionLocalizations/{id}/relationships/appPreviewSets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_-relationships-apppreviewsets
        """
        from ascapi.models.app_store_version_localization_app_preview_sets_linkages_response import (
            AppStoreVersionLocalizationAppPreviewSetsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreVersionLocalizations/{id}/relationships/appPreviewSets", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreVersionLocalizationAppPreviewSetsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_preview_type: Sequence[_Enum5] | None = None,
        filter_app_custom_product_page_localization: Sequence[str] | None = None,
        filter_app_store_version_experiment_treatment_localization: Sequence[str] | None = None,
        fields_app_preview_sets: Sequence[_Enum3] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum0] | None = None,
        fields_app_custom_product_page_localizations: Sequence[_Enum6] | None = None,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum7] | None = None,
        fields_app_previews: Sequence[_Enum8] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum9] | None = None,
        limit_app_previews: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppPreviewSetsResponse, AppPreviewSet]:
        """appStoreVersionLocalizations_appPreviewSets_getToManyRelated

        GET /v1/appStoreVersionLocalizations/{id}/appPreviewSets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_-apppreviewsets
        """
        from ascapi.models.app_preview_sets_response import AppPreviewSetsResponse

        return self._client._get_page(
            path("/v1/appStoreVersionLocalizations/{id}/appPreviewSets", id=id),
            params={
                "filter[previewType]": filter_preview_type,
                "filter[appCustomProductPageLocalization]": filter_app_custom_product_page_localization,
                "filter[appStoreVersionExperimentTreatmentLocalization]": filter_app_store_version_experiment_treatment_localization,
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


class AsyncAppStoreVersionLocalizationsAppScreenshotSets(AsyncAPIResource):
    """``client.app_store_version_localizations.app_screenshot_sets``: /v1/appStoreVersionLocalizations"""

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
        AppStoreVersionLocalizationAppScreenshotSetsLinkagesResponse,
        AppStoreVersionLocalizationAppScreenshotSetsLinkagesResponseData,
    ]:
        """appStoreVersionLocalizations_appScreenshotSets_getToManyRelationship

        GET /v1/appStoreVersionLocalizations/{id}/relationships/appScreenshotSets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_-relationships-appscreenshotsets
        """
        from ascapi.models.app_store_version_localization_app_screenshot_sets_linkages_response import (
            AppStoreVersionLocalizationAppScreenshotSetsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreVersionLocalizations/{id}/relationships/appScreenshotSets", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreVersionLocalizationAppScreenshotSetsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_screenshot_display_type: Sequence[_Enum10] | None = None,
        filter_app_custom_product_page_localization: Sequence[str] | None = None,
        filter_app_store_version_experiment_treatment_localization: Sequence[str] | None = None,
        fields_app_screenshot_sets: Sequence[_Enum2] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum0] | None = None,
        fields_app_custom_product_page_localizations: Sequence[_Enum6] | None = None,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum7] | None = None,
        fields_app_screenshots: Sequence[_Enum11] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum12] | None = None,
        limit_app_screenshots: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppScreenshotSetsResponse, AppScreenshotSet]:
        """appStoreVersionLocalizations_appScreenshotSets_getToManyRelated

        GET /v1/appStoreVersionLocalizations/{id}/appScreenshotSets

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_-appscreenshotsets
        """
        from ascapi.models.app_screenshot_sets_response import AppScreenshotSetsResponse

        return self._client._get_page(
            path("/v1/appStoreVersionLocalizations/{id}/appScreenshotSets", id=id),
            params={
                "filter[screenshotDisplayType]": filter_screenshot_display_type,
                "filter[appCustomProductPageLocalization]": filter_app_custom_product_page_localization,
                "filter[appStoreVersionExperimentTreatmentLocalization]": filter_app_store_version_experiment_treatment_localization,
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


class AsyncAppStoreVersionLocalizationsSearchKeywords(AsyncAPIResource):
    """``client.app_store_version_localizations.search_keywords``: /v1/appStoreVersionLocalizations"""

    async def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: AppStoreVersionLocalizationSearchKeywordsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """appStoreVersionLocalizations_searchKeywords_createToManyRelationship

        POST /v1/appStoreVersionLocalizations/{id}/relationships/searchKeywords

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionlocalizations-_id_-relationships-searchkeywords
        """
        if body is None:
            body = _support.linkages("appKeywords", ids)
        return await self._client._call(
            "POST",
            path("/v1/appStoreVersionLocalizations/{id}/relationships/searchKeywords", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

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
        AppStoreVersionLocalizationSearchKeywordsLinkagesResponse,
        AppStoreVersionLocalizationSearchKeywordsLinkagesResponseData,
    ]:
        """appStoreVersionLocalizations_searchKeywords_getToManyRelationship

        GET /v1/appStoreVersionLocalizations/{id}/relationships/searchKeywords

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_-relationships-searchkeywords
        """
        from ascapi.models.app_store_version_localization_search_keywords_linkages_response import (
            AppStoreVersionLocalizationSearchKeywordsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreVersionLocalizations/{id}/relationships/searchKeywords", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreVersionLocalizationSearchKeywordsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_platform: Sequence[str] | None = None,
        filter_locale: Sequence[str] | None = None,
        fields_app_keywords: Sequence[str] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppKeywordsResponse, AppKeyword]:
        """appStoreVersionLocalizations_searchKeywords_getToManyRelated

        GET /v1/appStoreVersionLocalizations/{id}/searchKeywords

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_-searchkeywords
        """
        from ascapi.models.app_keywords_response import AppKeywordsResponse

        return self._client._get_page(
            path("/v1/appStoreVersionLocalizations/{id}/searchKeywords", id=id),
            params={
                "filter[platform]": filter_platform,
                "filter[locale]": filter_locale,
                "fields[appKeywords]": fields_app_keywords,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppKeywordsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: AppStoreVersionLocalizationSearchKeywordsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """appStoreVersionLocalizations_searchKeywords_deleteToManyRelationship

        DELETE /v1/appStoreVersionLocalizations/{id}/relationships/searchKeywords

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionlocalizations-_id_-relationships-searchkeywords
        """
        if body is None:
            body = _support.linkages("appKeywords", ids)
        return await self._client._call(
            "DELETE",
            path("/v1/appStoreVersionLocalizations/{id}/relationships/searchKeywords", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )
