# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_price_points_v3`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, overload

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._types import NOT_GIVEN

if TYPE_CHECKING:
    from collections.abc import Awaitable, Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.app_price_point_v3 import AppPricePointV3
    from ascapi.models.app_price_point_v3_equalizations_linkages_response import (
        AppPricePointV3EqualizationsLinkagesResponse,
        AppPricePointV3EqualizationsLinkagesResponseData,
    )
    from ascapi.models.app_price_point_v3_response import AppPricePointV3Response
    from ascapi.models.app_price_points_v3_response import AppPricePointsV3Response
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["customerPrice", "proceeds", "app", "equalizations", "territory"]
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
    _Enum3 = Literal["app", "territory"]


class AppPricePointsV3(SyncAPIResource):
    """``client.app_price_points_v3``: /v3/appPricePoints"""

    @cached_property
    def equalizations(self) -> AppPricePointsV3Equalizations:
        return AppPricePointsV3Equalizations(self._client)

    def get(
        self,
        id: str,
        *,
        fields_app_price_points: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_territories: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppPricePointV3Response:
        """appPricePointsV3_getInstance

        GET /v3/appPricePoints/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v3-apppricepoints-_id_
        """
        from ascapi.models.app_price_point_v3_response import AppPricePointV3Response

        return self._client._call(
            "GET",
            path("/v3/appPricePoints/{id}", id=id),
            params={
                "fields[appPricePoints]": fields_app_price_points,
                "fields[apps]": fields_apps,
                "fields[territories]": fields_territories,
                "include": include,
            },
            response_type=AppPricePointV3Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AppPricePointsV3Equalizations(SyncAPIResource):
    """``client.app_price_points_v3.equalizations``: /v3/appPricePoints"""

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
        AppPricePointV3EqualizationsLinkagesResponse,
        AppPricePointV3EqualizationsLinkagesResponseData,
    ]:
        """appPricePointsV3_equalizations_getToManyRelationship

        GET /v3/appPricePoints/{id}/relationships/equalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v3-apppricepoints-_id_-relationships-equalizations
        """
        from ascapi.models.app_price_point_v3_equalizations_linkages_response import (
            AppPricePointV3EqualizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v3/appPricePoints/{id}/relationships/equalizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppPricePointV3EqualizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_app_price_points: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_territories: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        cursor: str | None = None,
        accept: Literal["text/csv"],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str: ...

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_app_price_points: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_territories: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppPricePointsV3Response, AppPricePointV3]: ...

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_app_price_points: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_territories: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json", "text/csv"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppPricePointsV3Response, AppPricePointV3] | str:
        """appPricePointsV3_equalizations_getToManyRelated

        GET /v3/appPricePoints/{id}/equalizations

        ``accept="text/csv"`` returns the CSV text instead of a page of JSON.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v3-apppricepoints-_id_-equalizations
        """
        from ascapi.models.app_price_points_v3_response import AppPricePointsV3Response

        if accept == "text/csv":
            return self._client._call(
                "GET",
                path("/v3/appPricePoints/{id}/equalizations", id=id),
                params={
                    "filter[territory]": filter_territory,
                    "fields[appPricePoints]": fields_app_price_points,
                    "fields[apps]": fields_apps,
                    "fields[territories]": fields_territories,
                    "limit": limit,
                    "include": include,
                    "cursor": cursor,
                },
                maxima={"limit": 200},
                result="text",
                accept="text/csv",
                options=options(extra_headers, extra_query, timeout),
            )
        return self._client._get_page(
            path("/v3/appPricePoints/{id}/equalizations", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[appPricePoints]": fields_app_price_points,
                "fields[apps]": fields_apps,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppPricePointsV3Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppPricePointsV3(AsyncAPIResource):
    """``client.app_price_points_v3``: /v3/appPricePoints"""

    @cached_property
    def equalizations(self) -> AsyncAppPricePointsV3Equalizations:
        return AsyncAppPricePointsV3Equalizations(self._client)

    async def get(
        self,
        id: str,
        *,
        fields_app_price_points: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_territories: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppPricePointV3Response:
        """appPricePointsV3_getInstance

        GET /v3/appPricePoints/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v3-apppricepoints-_id_
        """
        from ascapi.models.app_price_point_v3_response import AppPricePointV3Response

        return await self._client._call(
            "GET",
            path("/v3/appPricePoints/{id}", id=id),
            params={
                "fields[appPricePoints]": fields_app_price_points,
                "fields[apps]": fields_apps,
                "fields[territories]": fields_territories,
                "include": include,
            },
            response_type=AppPricePointV3Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppPricePointsV3Equalizations(AsyncAPIResource):
    """``client.app_price_points_v3.equalizations``: /v3/appPricePoints"""

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
        AppPricePointV3EqualizationsLinkagesResponse,
        AppPricePointV3EqualizationsLinkagesResponseData,
    ]:
        """appPricePointsV3_equalizations_getToManyRelationship

        GET /v3/appPricePoints/{id}/relationships/equalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v3-apppricepoints-_id_-relationships-equalizations
        """
        from ascapi.models.app_price_point_v3_equalizations_linkages_response import (
            AppPricePointV3EqualizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v3/appPricePoints/{id}/relationships/equalizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppPricePointV3EqualizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_app_price_points: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_territories: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        cursor: str | None = None,
        accept: Literal["text/csv"],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Awaitable[str]: ...

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_app_price_points: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_territories: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppPricePointsV3Response, AppPricePointV3]: ...

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_app_price_points: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_territories: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json", "text/csv"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppPricePointsV3Response, AppPricePointV3] | Awaitable[str]:
        """appPricePointsV3_equalizations_getToManyRelated

        GET /v3/appPricePoints/{id}/equalizations

        ``accept="text/csv"`` returns the CSV text instead of a page of JSON.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v3-apppricepoints-_id_-equalizations
        """
        from ascapi.models.app_price_points_v3_response import AppPricePointsV3Response

        if accept == "text/csv":
            return self._client._call(
                "GET",
                path("/v3/appPricePoints/{id}/equalizations", id=id),
                params={
                    "filter[territory]": filter_territory,
                    "fields[appPricePoints]": fields_app_price_points,
                    "fields[apps]": fields_apps,
                    "fields[territories]": fields_territories,
                    "limit": limit,
                    "include": include,
                    "cursor": cursor,
                },
                maxima={"limit": 200},
                result="text",
                accept="text/csv",
                options=options(extra_headers, extra_query, timeout),
            )
        return self._client._get_page(
            path("/v3/appPricePoints/{id}/equalizations", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[appPricePoints]": fields_app_price_points,
                "fields[apps]": fields_apps,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppPricePointsV3Response,
            options=options(extra_headers, extra_query, timeout),
        )
