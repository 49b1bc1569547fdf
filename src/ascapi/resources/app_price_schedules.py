# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_price_schedules`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_price_schedule_automatic_prices_linkages_response import (
        AppPriceScheduleAutomaticPricesLinkagesResponse,
        AppPriceScheduleAutomaticPricesLinkagesResponseData,
    )
    from ascapi.models.app_price_schedule_base_territory_linkage_response import (
        AppPriceScheduleBaseTerritoryLinkageResponse,
    )
    from ascapi.models.app_price_schedule_create_request import AppPriceScheduleCreateRequest
    from ascapi.models.app_price_schedule_manual_prices_linkages_response import (
        AppPriceScheduleManualPricesLinkagesResponse,
        AppPriceScheduleManualPricesLinkagesResponseData,
    )
    from ascapi.models.app_price_schedule_response import AppPriceScheduleResponse
    from ascapi.models.app_price_v2 import AppPriceV2
    from ascapi.models.app_price_v2_inline_create import AppPriceV2InlineCreate
    from ascapi.models.app_prices_v2_response import AppPricesV2Response
    from ascapi.models.territory_inline_create import TerritoryInlineCreate
    from ascapi.models.territory_response import TerritoryResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["app", "baseTerritory", "manualPrices", "automaticPrices"]
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
    _Enum2 = Literal["currency"]
    _Enum3 = Literal["manual", "startDate", "endDate", "appPricePoint", "territory"]
    _Enum4 = Literal["customerPrice", "proceeds", "app", "equalizations", "territory"]
    _Enum5 = Literal["appPricePoint", "territory"]


class AppPriceSchedules(SyncAPIResource):
    """``client.app_price_schedules``: /v1/appPriceSchedules"""

    @cached_property
    def automatic_prices(self) -> AppPriceSchedulesAutomaticPrices:
        return AppPriceSchedulesAutomaticPrices(self._client)

    @cached_property
    def base_territory(self) -> AppPriceSchedulesBaseTerritory:
        return AppPriceSchedulesBaseTerritory(self._client)

    @cached_property
    def manual_prices(self) -> AppPriceSchedulesManualPrices:
        return AppPriceSchedulesManualPrices(self._client)

    def create(
        self,
        *,
        body: AppPriceScheduleCreateRequest | Mapping[str, Any] | None = None,
        app: str | None | UnsetType = UNSET,
        base_territory: str | None | UnsetType = UNSET,
        manual_prices: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[AppPriceV2InlineCreate | TerritoryInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppPriceScheduleResponse:
        """appPriceSchedules_createInstance

        POST /v1/appPriceSchedules

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-apppriceschedules
        """
        from ascapi.models.app_price_schedule_response import AppPriceScheduleResponse

        body = _support.document(
            body,
            app is not UNSET
            or base_territory is not UNSET
            or manual_prices is not UNSET
            or included is not UNSET,
            "appPriceSchedules",
            None,
            {},
            {
                "app": ("apps", False, app),
                "baseTerritory": ("territories", False, base_territory),
                "manualPrices": ("appPrices", True, manual_prices),
            },
            attributes_required=False,
            included=included,
        )
        return self._client._call(
            "POST",
            "/v1/appPriceSchedules",
            body=body,
            response_type=AppPriceScheduleResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_price_schedules: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_territories: Sequence[_Enum2] | None = None,
        fields_app_prices: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum0] | None = None,
        limit_automatic_prices: int | None = None,
        limit_manual_prices: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppPriceScheduleResponse:
        """appPriceSchedules_getInstance

        GET /v1/appPriceSchedules/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_
        """
        from ascapi.models.app_price_schedule_response import AppPriceScheduleResponse

        return self._client._call(
            "GET",
            path("/v1/appPriceSchedules/{id}", id=id),
            params={
                "fields[appPriceSchedules]": fields_app_price_schedules,
                "fields[apps]": fields_apps,
                "fields[territories]": fields_territories,
                "fields[appPrices]": fields_app_prices,
                "include": include,
                "limit[automaticPrices]": limit_automatic_prices,
                "limit[manualPrices]": limit_manual_prices,
            },
            maxima={"limit[automaticPrices]": 50, "limit[manualPrices]": 50},
            response_type=AppPriceScheduleResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppPriceSchedulesAutomaticPrices(SyncAPIResource):
    """``client.app_price_schedules.automatic_prices``: /v1/appPriceSchedules"""

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
        AppPriceScheduleAutomaticPricesLinkagesResponse,
        AppPriceScheduleAutomaticPricesLinkagesResponseData,
    ]:
        """appPriceSchedules_automaticPrices_getToManyRelationship

        GET /v1/appPriceSchedules/{id}/relationships/automaticPrices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-relationships-automaticprices
        """
        from ascapi.models.app_price_schedule_automatic_prices_linkages_response import (
            AppPriceScheduleAutomaticPricesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appPriceSchedules/{id}/relationships/automaticPrices", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppPriceScheduleAutomaticPricesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_start_date: Sequence[str] | None = None,
        filter_end_date: Sequence[str] | None = None,
        filter_territory: Sequence[str] | None = None,
        fields_app_prices: Sequence[_Enum3] | None = None,
        fields_app_price_points: Sequence[_Enum4] | None = None,
        fields_territories: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppPricesV2Response, AppPriceV2]:
        """appPriceSchedules_automaticPrices_getToManyRelated

        GET /v1/appPriceSchedules/{id}/automaticPrices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-automaticprices
        """
        from ascapi.models.app_prices_v2_response import AppPricesV2Response

        return self._client._get_page(
            path("/v1/appPriceSchedules/{id}/automaticPrices", id=id),
            params={
                "filter[startDate]": filter_start_date,
                "filter[endDate]": filter_end_date,
                "filter[territory]": filter_territory,
                "fields[appPrices]": fields_app_prices,
                "fields[appPricePoints]": fields_app_price_points,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppPricesV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AppPriceSchedulesBaseTerritory(SyncAPIResource):
    """``client.app_price_schedules.base_territory``: /v1/appPriceSchedules"""

    def get(
        self,
        id: str,
        *,
        fields_territories: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TerritoryResponse:
        """appPriceSchedules_baseTerritory_getToOneRelated

        GET /v1/appPriceSchedules/{id}/baseTerritory

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-baseterritory
        """
        from ascapi.models.territory_response import TerritoryResponse

        return self._client._call(
            "GET",
            path("/v1/appPriceSchedules/{id}/baseTerritory", id=id),
            params={"fields[territories]": fields_territories},
            response_type=TerritoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppPriceScheduleBaseTerritoryLinkageResponse:
        """appPriceSchedules_baseTerritory_getToOneRelationship

        GET /v1/appPriceSchedules/{id}/relationships/baseTerritory

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-relationships-baseterritory
        """
        from ascapi.models.app_price_schedule_base_territory_linkage_response import (
            AppPriceScheduleBaseTerritoryLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appPriceSchedules/{id}/relationships/baseTerritory", id=id),
            response_type=AppPriceScheduleBaseTerritoryLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppPriceSchedulesManualPrices(SyncAPIResource):
    """``client.app_price_schedules.manual_prices``: /v1/appPriceSchedules"""

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
        AppPriceScheduleManualPricesLinkagesResponse,
        AppPriceScheduleManualPricesLinkagesResponseData,
    ]:
        """appPriceSchedules_manualPrices_getToManyRelationship

        GET /v1/appPriceSchedules/{id}/relationships/manualPrices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-relationships-manualprices
        """
        from ascapi.models.app_price_schedule_manual_prices_linkages_response import (
            AppPriceScheduleManualPricesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appPriceSchedules/{id}/relationships/manualPrices", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppPriceScheduleManualPricesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_start_date: Sequence[str] | None = None,
        filter_end_date: Sequence[str] | None = None,
        filter_territory: Sequence[str] | None = None,
        fields_app_prices: Sequence[_Enum3] | None = None,
        fields_app_price_points: Sequence[_Enum4] | None = None,
        fields_territories: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppPricesV2Response, AppPriceV2]:
        """appPriceSchedules_manualPrices_getToManyRelated

        GET /v1/appPriceSchedules/{id}/manualPrices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-manualprices
        """
        from ascapi.models.app_prices_v2_response import AppPricesV2Response

        return self._client._get_page(
            path("/v1/appPriceSchedules/{id}/manualPrices", id=id),
            params={
                "filter[startDate]": filter_start_date,
                "filter[endDate]": filter_end_date,
                "filter[territory]": filter_territory,
                "fields[appPrices]": fields_app_prices,
                "fields[appPricePoints]": fields_app_price_points,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppPricesV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppPriceSchedules(AsyncAPIResource):
    """``client.app_price_schedules``: /v1/appPriceSchedules"""

    @cached_property
    def automatic_prices(self) -> AsyncAppPriceSchedulesAutomaticPrices:
        return AsyncAppPriceSchedulesAutomaticPrices(self._client)

    @cached_property
    def base_territory(self) -> AsyncAppPriceSchedulesBaseTerritory:
        return AsyncAppPriceSchedulesBaseTerritory(self._client)

    @cached_property
    def manual_prices(self) -> AsyncAppPriceSchedulesManualPrices:
        return AsyncAppPriceSchedulesManualPrices(self._client)

    async def create(
        self,
        *,
        body: AppPriceScheduleCreateRequest | Mapping[str, Any] | None = None,
        app: str | None | UnsetType = UNSET,
        base_territory: str | None | UnsetType = UNSET,
        manual_prices: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[AppPriceV2InlineCreate | TerritoryInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppPriceScheduleResponse:
        """appPriceSchedules_createInstance

        POST /v1/appPriceSchedules

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-apppriceschedules
        """
        from ascapi.models.app_price_schedule_response import AppPriceScheduleResponse

        body = _support.document(
            body,
            app is not UNSET
            or base_territory is not UNSET
            or manual_prices is not UNSET
            or included is not UNSET,
            "appPriceSchedules",
            None,
            {},
            {
                "app": ("apps", False, app),
                "baseTerritory": ("territories", False, base_territory),
                "manualPrices": ("appPrices", True, manual_prices),
            },
            attributes_required=False,
            included=included,
        )
        return await self._client._call(
            "POST",
            "/v1/appPriceSchedules",
            body=body,
            response_type=AppPriceScheduleResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_price_schedules: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_territories: Sequence[_Enum2] | None = None,
        fields_app_prices: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum0] | None = None,
        limit_automatic_prices: int | None = None,
        limit_manual_prices: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppPriceScheduleResponse:
        """appPriceSchedules_getInstance

        GET /v1/appPriceSchedules/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_
        """
        from ascapi.models.app_price_schedule_response import AppPriceScheduleResponse

        return await self._client._call(
            "GET",
            path("/v1/appPriceSchedules/{id}", id=id),
            params={
                "fields[appPriceSchedules]": fields_app_price_schedules,
                "fields[apps]": fields_apps,
                "fields[territories]": fields_territories,
                "fields[appPrices]": fields_app_prices,
                "include": include,
                "limit[automaticPrices]": limit_automatic_prices,
                "limit[manualPrices]": limit_manual_prices,
            },
            maxima={"limit[automaticPrices]": 50, "limit[manualPrices]": 50},
            response_type=AppPriceScheduleResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppPriceSchedulesAutomaticPrices(AsyncAPIResource):
    """``client.app_price_schedules.automatic_prices``: /v1/appPriceSchedules"""

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
        AppPriceScheduleAutomaticPricesLinkagesResponse,
        AppPriceScheduleAutomaticPricesLinkagesResponseData,
    ]:
        """appPriceSchedules_automaticPrices_getToManyRelationship

        GET /v1/appPriceSchedules/{id}/relationships/automaticPrices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-relationships-automaticprices
        """
        from ascapi.models.app_price_schedule_automatic_prices_linkages_response import (
            AppPriceScheduleAutomaticPricesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appPriceSchedules/{id}/relationships/automaticPrices", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppPriceScheduleAutomaticPricesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_start_date: Sequence[str] | None = None,
        filter_end_date: Sequence[str] | None = None,
        filter_territory: Sequence[str] | None = None,
        fields_app_prices: Sequence[_Enum3] | None = None,
        fields_app_price_points: Sequence[_Enum4] | None = None,
        fields_territories: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppPricesV2Response, AppPriceV2]:
        """appPriceSchedules_automaticPrices_getToManyRelated

        GET /v1/appPriceSchedules/{id}/automaticPrices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-automaticprices
        """
        from ascapi.models.app_prices_v2_response import AppPricesV2Response

        return self._client._get_page(
            path("/v1/appPriceSchedules/{id}/automaticPrices", id=id),
            params={
                "filter[startDate]": filter_start_date,
                "filter[endDate]": filter_end_date,
                "filter[territory]": filter_territory,
                "fields[appPrices]": fields_app_prices,
                "fields[appPricePoints]": fields_app_price_points,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppPricesV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppPriceSchedulesBaseTerritory(AsyncAPIResource):
    """``client.app_price_schedules.base_territory``: /v1/appPriceSchedules"""

    async def get(
        self,
        id: str,
        *,
        fields_territories: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TerritoryResponse:
        """appPriceSchedules_baseTerritory_getToOneRelated

        GET /v1/appPriceSchedules/{id}/baseTerritory

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-baseterritory
        """
        from ascapi.models.territory_response import TerritoryResponse

        return await self._client._call(
            "GET",
            path("/v1/appPriceSchedules/{id}/baseTerritory", id=id),
            params={"fields[territories]": fields_territories},
            response_type=TerritoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppPriceScheduleBaseTerritoryLinkageResponse:
        """appPriceSchedules_baseTerritory_getToOneRelationship

        GET /v1/appPriceSchedules/{id}/relationships/baseTerritory

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-relationships-baseterritory
        """
        from ascapi.models.app_price_schedule_base_territory_linkage_response import (
            AppPriceScheduleBaseTerritoryLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appPriceSchedules/{id}/relationships/baseTerritory", id=id),
            response_type=AppPriceScheduleBaseTerritoryLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppPriceSchedulesManualPrices(AsyncAPIResource):
    """``client.app_price_schedules.manual_prices``: /v1/appPriceSchedules"""

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
        AppPriceScheduleManualPricesLinkagesResponse,
        AppPriceScheduleManualPricesLinkagesResponseData,
    ]:
        """appPriceSchedules_manualPrices_getToManyRelationship

        GET /v1/appPriceSchedules/{id}/relationships/manualPrices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-relationships-manualprices
        """
        from ascapi.models.app_price_schedule_manual_prices_linkages_response import (
            AppPriceScheduleManualPricesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appPriceSchedules/{id}/relationships/manualPrices", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppPriceScheduleManualPricesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_start_date: Sequence[str] | None = None,
        filter_end_date: Sequence[str] | None = None,
        filter_territory: Sequence[str] | None = None,
        fields_app_prices: Sequence[_Enum3] | None = None,
        fields_app_price_points: Sequence[_Enum4] | None = None,
        fields_territories: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppPricesV2Response, AppPriceV2]:
        """appPriceSchedules_manualPrices_getToManyRelated

        GET /v1/appPriceSchedules/{id}/manualPrices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-manualprices
        """
        from ascapi.models.app_prices_v2_response import AppPricesV2Response

        return self._client._get_page(
            path("/v1/appPriceSchedules/{id}/manualPrices", id=id),
            params={
                "filter[startDate]": filter_start_date,
                "filter[endDate]": filter_end_date,
                "filter[territory]": filter_territory,
                "fields[appPrices]": fields_app_prices,
                "fields[appPricePoints]": fields_app_price_points,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppPricesV2Response,
            options=options(extra_headers, extra_query, timeout),
        )
