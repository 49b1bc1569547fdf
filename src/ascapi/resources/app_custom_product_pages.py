# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_custom_product_pages`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_custom_product_page_app_custom_product_page_versions_linkages_response import (
        AppCustomProductPageAppCustomProductPageVersionsLinkagesResponse,
        AppCustomProductPageAppCustomProductPageVersionsLinkagesResponseData,
    )
    from ascapi.models.app_custom_product_page_create_request import (
        AppCustomProductPageCreateRequest,
    )
    from ascapi.models.app_custom_product_page_localization_inline_create import (
        AppCustomProductPageLocalizationInlineCreate,
    )
    from ascapi.models.app_custom_product_page_response import AppCustomProductPageResponse
    from ascapi.models.app_custom_product_page_update_request import (
        AppCustomProductPageUpdateRequest,
    )
    from ascapi.models.app_custom_product_page_version import AppCustomProductPageVersion
    from ascapi.models.app_custom_product_page_version_inline_create import (
        AppCustomProductPageVersionInlineCreate,
    )
    from ascapi.models.app_custom_product_page_versions_response import (
        AppCustomProductPageVersionsResponse,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["name", "url", "visible", "app", "appCustomProductPageVersions"]
    _Enum1 = Literal[
        "accessibilityUrl",
        "name",
        "bundleId",
        "sku",
        "primaryLocale",
        "isOrEverWasMadeForKids",
        "subscriptionStatusUrl",
        "subscriptionStatusUrlVersion",
        "subscriptionStatusUrlForSandbox",
        "subscriptionStatusUrlVersionForSandbox",
        "contentRightsDeclaration",
        "streamlinedPurchasingEnabled",
        "accessibilityDeclarations",
        "appEncryptionDeclarations",
        "appStoreIcon",
        "ciProduct",
        "betaTesters",
        "betaGroups",
        "appStoreVersions",
        "appTags",
        "preReleaseVersions",
        "betaAppLocalizations",
        "builds",
        "betaLicenseAgreement",
        "betaAppReviewDetail",
        "appInfos",
        "appClips",
        "appPricePoints",
        "endUserLicenseAgreement",
        "appPriceSchedule",
        "appAvailabilityV2",
        "inAppPurchases",
        "subscriptionGroups",
        "gameCenterEnabledVersions",
        "perfPowerMetrics",
        "appCustomProductPages",
        "inAppPurchasesV2",
        "promotedPurchases",
        "appEvents",
        "reviewSubmissions",
        "subscriptionGracePeriod",
        "customerReviews",
        "customerReviewSummarizations",
        "gameCenterDetail",
        "appStoreVersionExperimentsV2",
        "alternativeDistributionKey",
        "analyticsReportRequests",
        "marketplaceSearchDetail",
        "buildUploads",
        "backgroundAssets",
        "betaFeedbackScreenshotSubmissions",
        "betaFeedbackCrashSubmissions",
        "searchKeywords",
        "webhooks",
        "androidToIosAppMappingDetails",
    ]
    _Enum2 = Literal[
        "version", "state", "deepLink", "appCustomProductPage", "appCustomProductPageLocalizations"
    ]
    _Enum3 = Literal["app", "appCustomProductPageVersions"]
    _Enum4 = Literal[
        "PREPARE_FOR_SUBMISSION",
        "READY_FOR_REVIEW",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "ACCEPTED",
        "APPROVED",
        "REPLACED_WITH_NEW_VERSION",
        "REJECTED",
    ]
    _Enum5 = Literal[
        "locale",
        "promotionalText",
        "appCustomProductPageVersion",
        "appScreenshotSets",
        "appPreviewSets",
        "searchKeywords",
    ]
    _Enum6 = Literal["appCustomProductPage", "appCustomProductPageLocalizations"]


class AppCustomProductPages(SyncAPIResource):
    """``client.app_custom_product_pages``: /v1/appCustomProductPages"""

    @cached_property
    def app_custom_product_page_versions(self) -> AppCustomProductPagesAppCustomProductPageVersions:
        return AppCustomProductPagesAppCustomProductPageVersions(self._client)

    def create(
        self,
        *,
        body: AppCustomProductPageCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        app_custom_product_page_versions: Sequence[str] | str | None | UnsetType = UNSET,
        app_store_version_template: str | None | UnsetType = UNSET,
        custom_product_page_template: str | None | UnsetType = UNSET,
        included: Sequence[
            AppCustomProductPageLocalizationInlineCreate
            | AppCustomProductPageVersionInlineCreate
            | Mapping[str, Any]
        ]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCustomProductPageResponse:
        """appCustomProductPages_createInstance

        POST /v1/appCustomProductPages

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appcustomproductpages
        """
        from ascapi.models.app_custom_product_page_response import AppCustomProductPageResponse

        body = _support.document(
            body,
            name is not UNSET
            or app is not UNSET
            or app_custom_product_page_versions is not UNSET
            or app_store_version_template is not UNSET
            or custom_product_page_template is not UNSET
            or included is not UNSET,
            "appCustomProductPages",
            None,
            {"name": name},
            {
                "app": ("apps", False, app),
                "appCustomProductPageVersions": (
                    "appCustomProductPageVersions",
                    True,
                    app_custom_product_page_versions,
                ),
                "appStoreVersionTemplate": ("appStoreVersions", False, app_store_version_template),
                "customProductPageTemplate": (
                    "appCustomProductPages",
                    False,
                    custom_product_page_template,
                ),
            },
            attributes_required=True,
            included=included,
        )
        return self._client._call(
            "POST",
            "/v1/appCustomProductPages",
            body=body,
            response_type=AppCustomProductPageResponse,
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
        """appCustomProductPages_deleteInstance

        DELETE /v1/appCustomProductPages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appcustomproductpages-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appCustomProductPages/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_custom_product_pages: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_app_custom_product_page_versions: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_app_custom_product_page_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCustomProductPageResponse:
        """appCustomProductPages_getInstance

        GET /v1/appCustomProductPages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpages-_id_
        """
        from ascapi.models.app_custom_product_page_response import AppCustomProductPageResponse

        return self._client._call(
            "GET",
            path("/v1/appCustomProductPages/{id}", id=id),
            params={
                "fields[appCustomProductPages]": fields_app_custom_product_pages,
                "fields[apps]": fields_apps,
                "fields[appCustomProductPageVersions]": fields_app_custom_product_page_versions,
                "include": include,
                "limit[appCustomProductPageVersions]": limit_app_custom_product_page_versions,
            },
            maxima={"limit[appCustomProductPageVersions]": 50},
            response_type=AppCustomProductPageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppCustomProductPageUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        visible: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCustomProductPageResponse:
        """appCustomProductPages_updateInstance

        PATCH /v1/appCustomProductPages/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appcustomproductpages-_id_
        """
        from ascapi.models.app_custom_product_page_response import AppCustomProductPageResponse

        body = _support.document(
            body,
            name is not UNSET or visible is not UNSET,
            "appCustomProductPages",
            id,
            {"name": name, "visible": visible},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appCustomProductPages/{id}", id=id),
            body=body,
            response_type=AppCustomProductPageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppCustomProductPagesAppCustomProductPageVersions(SyncAPIResource):
    """``client.app_custom_product_pages.app_custom_product_page_versions``: /v1/appCustomProductPages"""

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
        AppCustomProductPageAppCustomProductPageVersionsLinkagesResponse,
        AppCustomProductPageAppCustomProductPageVersionsLinkagesResponseData,
    ]:
        """appCustomProductPages_appCustomProductPageVersions_getToManyRelationship

        GET /v1/appCustomProductPages/{id}/relationships/appCustomProductPageVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpages-_id_-relationships-appcustomproductpageversions
        """
        from ascapi.models.app_custom_product_page_app_custom_product_page_versions_linkages_response import (
            AppCustomProductPageAppCustomProductPageVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path(
                "/v1/appCustomProductPages/{id}/relationships/appCustomProductPageVersions", id=id
            ),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppCustomProductPageAppCustomProductPageVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_state: Sequence[_Enum4] | None = None,
        fields_app_custom_product_page_versions: Sequence[_Enum2] | None = None,
        fields_app_custom_product_pages: Sequence[_Enum0] | None = None,
        fields_app_custom_product_page_localizations: Sequence[_Enum5] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_app_custom_product_page_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppCustomProductPageVersionsResponse, AppCustomProductPageVersion]:
        """appCustomProductPages_appCustomProductPageVersions_getToManyRelated

        GET /v1/appCustomProductPages/{id}/appCustomProductPageVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpages-_id_-appcustomproductpageversions
        """
        from ascapi.models.app_custom_product_page_versions_response import (
            AppCustomProductPageVersionsResponse,
        )

        return self._client._get_page(
            path("/v1/appCustomProductPages/{id}/appCustomProductPageVersions", id=id),
            params={
                "filter[state]": filter_state,
                "fields[appCustomProductPageVersions]": fields_app_custom_product_page_versions,
                "fields[appCustomProductPages]": fields_app_custom_product_pages,
                "fields[appCustomProductPageLocalizations]": fields_app_custom_product_page_localizations,
                "limit": limit,
                "include": include,
                "limit[appCustomProductPageLocalizations]": limit_app_custom_product_page_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[appCustomProductPageLocalizations]": 50},
            response_type=AppCustomProductPageVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppCustomProductPages(AsyncAPIResource):
    """``client.app_custom_product_pages``: /v1/appCustomProductPages"""

    @cached_property
    def app_custom_product_page_versions(
        self,
    ) -> AsyncAppCustomProductPagesAppCustomProductPageVersions:
        return AsyncAppCustomProductPagesAppCustomProductPageVersions(self._client)

    async def create(
        self,
        *,
        body: AppCustomProductPageCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        app_custom_product_page_versions: Sequence[str] | str | None | UnsetType = UNSET,
        app_store_version_template: str | None | UnsetType = UNSET,
        custom_product_page_template: str | None | UnsetType = UNSET,
        included: Sequence[
            AppCustomProductPageLocalizationInlineCreate
            | AppCustomProductPageVersionInlineCreate
            | Mapping[str, Any]
        ]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCustomProductPageResponse:
        """appCustomProductPages_createInstance

        POST /v1/appCustomProductPages

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appcustomproductpages
        """
        from ascapi.models.app_custom_product_page_response import AppCustomProductPageResponse

        body = _support.document(
            body,
            name is not UNSET
            or app is not UNSET
            or app_custom_product_page_versions is not UNSET
            or app_store_version_template is not UNSET
            or custom_product_page_template is not UNSET
            or included is not UNSET,
            "appCustomProductPages",
            None,
            {"name": name},
            {
                "app": ("apps", False, app),
                "appCustomProductPageVersions": (
                    "appCustomProductPageVersions",
                    True,
                    app_custom_product_page_versions,
                ),
                "appStoreVersionTemplate": ("appStoreVersions", False, app_store_version_template),
                "customProductPageTemplate": (
                    "appCustomProductPages",
                    False,
                    custom_product_page_template,
                ),
            },
            attributes_required=True,
            included=included,
        )
        return await self._client._call(
            "POST",
            "/v1/appCustomProductPages",
            body=body,
            response_type=AppCustomProductPageResponse,
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
        """appCustomProductPages_deleteInstance

        DELETE /v1/appCustomProductPages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appcustomproductpages-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appCustomProductPages/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_custom_product_pages: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_app_custom_product_page_versions: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_app_custom_product_page_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCustomProductPageResponse:
        """appCustomProductPages_getInstance

        GET /v1/appCustomProductPages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpages-_id_
        """
        from ascapi.models.app_custom_product_page_response import AppCustomProductPageResponse

        return await self._client._call(
            "GET",
            path("/v1/appCustomProductPages/{id}", id=id),
            params={
                "fields[appCustomProductPages]": fields_app_custom_product_pages,
                "fields[apps]": fields_apps,
                "fields[appCustomProductPageVersions]": fields_app_custom_product_page_versions,
                "include": include,
                "limit[appCustomProductPageVersions]": limit_app_custom_product_page_versions,
            },
            maxima={"limit[appCustomProductPageVersions]": 50},
            response_type=AppCustomProductPageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppCustomProductPageUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        visible: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCustomProductPageResponse:
        """appCustomProductPages_updateInstance

        PATCH /v1/appCustomProductPages/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appcustomproductpages-_id_
        """
        from ascapi.models.app_custom_product_page_response import AppCustomProductPageResponse

        body = _support.document(
            body,
            name is not UNSET or visible is not UNSET,
            "appCustomProductPages",
            id,
            {"name": name, "visible": visible},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appCustomProductPages/{id}", id=id),
            body=body,
            response_type=AppCustomProductPageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppCustomProductPagesAppCustomProductPageVersions(AsyncAPIResource):
    """``client.app_custom_product_pages.app_custom_product_page_versions``: /v1/appCustomProductPages"""

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
        AppCustomProductPageAppCustomProductPageVersionsLinkagesResponse,
        AppCustomProductPageAppCustomProductPageVersionsLinkagesResponseData,
    ]:
        """appCustomProductPages_appCustomProductPageVersions_getToManyRelationship

        GET /v1/appCustomProductPages/{id}/relationships/appCustomProductPageVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpages-_id_-relationships-appcustomproductpageversions
        """
        from ascapi.models.app_custom_product_page_app_custom_product_page_versions_linkages_response import (
            AppCustomProductPageAppCustomProductPageVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path(
                "/v1/appCustomProductPages/{id}/relationships/appCustomProductPageVersions", id=id
            ),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppCustomProductPageAppCustomProductPageVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_state: Sequence[_Enum4] | None = None,
        fields_app_custom_product_page_versions: Sequence[_Enum2] | None = None,
        fields_app_custom_product_pages: Sequence[_Enum0] | None = None,
        fields_app_custom_product_page_localizations: Sequence[_Enum5] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_app_custom_product_page_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppCustomProductPageVersionsResponse, AppCustomProductPageVersion]:
        """appCustomProductPages_appCustomProductPageVersions_getToManyRelated

        GET /v1/appCustomProductPages/{id}/appCustomProductPageVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpages-_id_-appcustomproductpageversions
        """
        from ascapi.models.app_custom_product_page_versions_response import (
            AppCustomProductPageVersionsResponse,
        )

        return self._client._get_page(
            path("/v1/appCustomProductPages/{id}/appCustomProductPageVersions", id=id),
            params={
                "filter[state]": filter_state,
                "fields[appCustomProductPageVersions]": fields_app_custom_product_page_versions,
                "fields[appCustomProductPages]": fields_app_custom_product_pages,
                "fields[appCustomProductPageLocalizations]": fields_app_custom_product_page_localizations,
                "limit": limit,
                "include": include,
                "limit[appCustomProductPageLocalizations]": limit_app_custom_product_page_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[appCustomProductPageLocalizations]": 50},
            response_type=AppCustomProductPageVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
