# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_preview_sets`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_preview import AppPreview
    from ascapi.models.app_preview_set_app_previews_linkages_request import (
        AppPreviewSetAppPreviewsLinkagesRequest,
    )
    from ascapi.models.app_preview_set_app_previews_linkages_response import (
        AppPreviewSetAppPreviewsLinkagesResponse,
        AppPreviewSetAppPreviewsLinkagesResponseData,
    )
    from ascapi.models.app_preview_set_create_request import AppPreviewSetCreateRequest
    from ascapi.models.app_preview_set_response import AppPreviewSetResponse
    from ascapi.models.app_previews_response import AppPreviewsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
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
    _Enum1 = Literal[
        "previewType",
        "appStoreVersionLocalization",
        "appCustomProductPageLocalization",
        "appStoreVersionExperimentTreatmentLocalization",
        "appPreviews",
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
    _Enum6 = Literal[
        "appStoreVersionLocalization",
        "appCustomProductPageLocalization",
        "appStoreVersionExperimentTreatmentLocalization",
        "appPreviews",
    ]
    _Enum7 = Literal["appPreviewSet"]


class AppPreviewSets(SyncAPIResource):
    """``client.app_preview_sets``: /v1/appPreviewSets"""

    @cached_property
    def app_previews(self) -> AppPreviewSetsAppPreviews:
        return AppPreviewSetsAppPreviews(self._client)

    def create(
        self,
        *,
        body: AppPreviewSetCreateRequest | Mapping[str, Any] | None = None,
        preview_type: _Enum0 | str | None | UnsetType = UNSET,
        app_store_version_localization: str | None | UnsetType = UNSET,
        app_custom_product_page_localization: str | None | UnsetType = UNSET,
        app_store_version_experiment_treatment_localization: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppPreviewSetResponse:
        """appPreviewSets_createInstance

        POST /v1/appPreviewSets

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-apppreviewsets
        """
        from ascapi.models.app_preview_set_response import AppPreviewSetResponse

        body = _support.document(
            body,
            preview_type is not UNSET
            or app_store_version_localization is not UNSET
            or app_custom_product_page_localization is not UNSET
            or app_store_version_experiment_treatment_localization is not UNSET,
            "appPreviewSets",
            None,
            {"previewType": preview_type},
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
            "/v1/appPreviewSets",
            body=body,
            response_type=AppPreviewSetResponse,
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
        """appPreviewSets_deleteInstance

        DELETE /v1/appPreviewSets/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-apppreviewsets-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appPreviewSets/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_preview_sets: Sequence[_Enum1] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum2] | None = None,
        fields_app_custom_product_page_localizations: Sequence[_Enum3] | None = None,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum4] | None = None,
        fields_app_previews: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_app_previews: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppPreviewSetResponse:
        """appPreviewSets_getInstance

        GET /v1/appPreviewSets/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_
        """
        from ascapi.models.app_preview_set_response import AppPreviewSetResponse

        return self._client._call(
            "GET",
            path("/v1/appPreviewSets/{id}", id=id),
            params={
                "fields[appPreviewSets]": fields_app_preview_sets,
                "fields[appStoreVersionLocalizations]": fields_app_store_version_localizations,
                "fields[appCustomProductPageLocalizations]": fields_app_custom_product_page_localizations,
                "fields[appStoreVersionExperimentTreatmentLocalizations]": fields_app_store_version_experiment_treatment_localizations,
                "fields[appPreviews]": fields_app_previews,
                "include": include,
                "limit[appPreviews]": limit_app_previews,
            },
            maxima={"limit[appPreviews]": 50},
            response_type=AppPreviewSetResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppPreviewSetsAppPreviews(SyncAPIResource):
    """``client.app_preview_sets.app_previews``: /v1/appPreviewSets"""

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
        AppPreviewSetAppPreviewsLinkagesResponse, AppPreviewSetAppPreviewsLinkagesResponseData
    ]:
        """appPreviewSets_appPreviews_getToManyRelationship

        GET /v1/appPreviewSets/{id}/relationships/appPreviews

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_-relationships-apppreviews
        """
        from ascapi.models.app_preview_set_app_previews_linkages_response import (
            AppPreviewSetAppPreviewsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appPreviewSets/{id}/relationships/appPreviews", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppPreviewSetAppPreviewsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_app_previews: Sequence[_Enum5] | None = None,
        fields_app_preview_sets: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum7] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppPreviewsResponse, AppPreview]:
        """appPreviewSets_appPreviews_getToManyRelated

        GET /v1/appPreviewSets/{id}/appPreviews

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_-apppreviews
        """
        from ascapi.models.app_previews_response import AppPreviewsResponse

        return self._client._get_page(
            path("/v1/appPreviewSets/{id}/appPreviews", id=id),
            params={
                "fields[appPreviews]": fields_app_previews,
                "fields[appPreviewSets]": fields_app_preview_sets,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppPreviewsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: AppPreviewSetAppPreviewsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """appPreviewSets_appPreviews_replaceToManyRelationship

        PATCH /v1/appPreviewSets/{id}/relationships/appPreviews

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-apppreviewsets-_id_-relationships-apppreviews
        """
        if body is None:
            body = _support.linkages("appPreviews", ids)
        return self._client._call(
            "PATCH",
            path("/v1/appPreviewSets/{id}/relationships/appPreviews", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppPreviewSets(AsyncAPIResource):
    """``client.app_preview_sets``: /v1/appPreviewSets"""

    @cached_property
    def app_previews(self) -> AsyncAppPreviewSetsAppPreviews:
        return AsyncAppPreviewSetsAppPreviews(self._client)

    async def create(
        self,
        *,
        body: AppPreviewSetCreateRequest | Mapping[str, Any] | None = None,
        preview_type: _Enum0 | str | None | UnsetType = UNSET,
        app_store_version_localization: str | None | UnsetType = UNSET,
        app_custom_product_page_localization: str | None | UnsetType = UNSET,
        app_store_version_experiment_treatment_localization: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppPreviewSetResponse:
        """appPreviewSets_createInstance

        POST /v1/appPreviewSets

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-apppreviewsets
        """
        from ascapi.models.app_preview_set_response import AppPreviewSetResponse

        body = _support.document(
            body,
            preview_type is not UNSET
            or app_store_version_localization is not UNSET
            or app_custom_product_page_localization is not UNSET
            or app_store_version_experiment_treatment_localization is not UNSET,
            "appPreviewSets",
            None,
            {"previewType": preview_type},
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
            "/v1/appPreviewSets",
            body=body,
            response_type=AppPreviewSetResponse,
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
        """appPreviewSets_deleteInstance

        DELETE /v1/appPreviewSets/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-apppreviewsets-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appPreviewSets/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_preview_sets: Sequence[_Enum1] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum2] | None = None,
        fields_app_custom_product_page_localizations: Sequence[_Enum3] | None = None,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum4] | None = None,
        fields_app_previews: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_app_previews: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppPreviewSetResponse:
        """appPreviewSets_getInstance

        GET /v1/appPreviewSets/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_
        """
        from ascapi.models.app_preview_set_response import AppPreviewSetResponse

        return await self._client._call(
            "GET",
            path("/v1/appPreviewSets/{id}", id=id),
            params={
                "fields[appPreviewSets]": fields_app_preview_sets,
                "fields[appStoreVersionLocalizations]": fields_app_store_version_localizations,
                "fields[appCustomProductPageLocalizations]": fields_app_custom_product_page_localizations,
                "fields[appStoreVersionExperimentTreatmentLocalizations]": fields_app_store_version_experiment_treatment_localizations,
                "fields[appPreviews]": fields_app_previews,
                "include": include,
                "limit[appPreviews]": limit_app_previews,
            },
            maxima={"limit[appPreviews]": 50},
            response_type=AppPreviewSetResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppPreviewSetsAppPreviews(AsyncAPIResource):
    """``client.app_preview_sets.app_previews``: /v1/appPreviewSets"""

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
        AppPreviewSetAppPreviewsLinkagesResponse, AppPreviewSetAppPreviewsLinkagesResponseData
    ]:
        """appPreviewSets_appPreviews_getToManyRelationship

        GET /v1/appPreviewSets/{id}/relationships/appPreviews

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_-relationships-apppreviews
        """
        from ascapi.models.app_preview_set_app_previews_linkages_response import (
            AppPreviewSetAppPreviewsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appPreviewSets/{id}/relationships/appPreviews", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppPreviewSetAppPreviewsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_app_previews: Sequence[_Enum5] | None = None,
        fields_app_preview_sets: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum7] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppPreviewsResponse, AppPreview]:
        """appPreviewSets_appPreviews_getToManyRelated

        GET /v1/appPreviewSets/{id}/appPreviews

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_-apppreviews
        """
        from ascapi.models.app_previews_response import AppPreviewsResponse

        return self._client._get_page(
            path("/v1/appPreviewSets/{id}/appPreviews", id=id),
            params={
                "fields[appPreviews]": fields_app_previews,
                "fields[appPreviewSets]": fields_app_preview_sets,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppPreviewsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: AppPreviewSetAppPreviewsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """appPreviewSets_appPreviews_replaceToManyRelationship

        PATCH /v1/appPreviewSets/{id}/relationships/appPreviews

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-apppreviewsets-_id_-relationships-apppreviews
        """
        if body is None:
            body = _support.linkages("appPreviews", ids)
        return await self._client._call(
            "PATCH",
            path("/v1/appPreviewSets/{id}/relationships/appPreviews", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )
