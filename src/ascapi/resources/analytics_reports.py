# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``analytics_reports`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._types import NOT_GIVEN

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.analytics_report_instance import AnalyticsReportInstance
    from ascapi.models.analytics_report_instances_linkages_response import (
        AnalyticsReportInstancesLinkagesResponse,
        AnalyticsReportInstancesLinkagesResponseData,
    )
    from ascapi.models.analytics_report_instances_response import AnalyticsReportInstancesResponse
    from ascapi.models.analytics_report_response import AnalyticsReportResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["name", "category", "instances"]
    _Enum1 = Literal["DAILY", "WEEKLY", "MONTHLY"]
    _Enum2 = Literal["granularity", "processingDate", "segments"]


class AnalyticsReports(SyncAPIResource):
    """``client.analytics_reports``: /v1/analyticsReports"""

    @cached_property
    def instances(self) -> AnalyticsReportsInstances:
        return AnalyticsReportsInstances(self._client)

    def get(
        self,
        id: str,
        *,
        fields_analytics_reports: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AnalyticsReportResponse:
        """analyticsReports_getInstance

        GET /v1/analyticsReports/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreports-_id_
        """
        from ascapi.models.analytics_report_response import AnalyticsReportResponse

        return self._client._call(
            "GET",
            path("/v1/analyticsReports/{id}", id=id),
            params={"fields[analyticsReports]": fields_analytics_reports},
            response_type=AnalyticsReportResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AnalyticsReportsInstances(SyncAPIResource):
    """``client.analytics_reports.instances``: /v1/analyticsReports"""

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
        AnalyticsReportInstancesLinkagesResponse, AnalyticsReportInstancesLinkagesResponseData
    ]:
        """analyticsReports_instances_getToManyRelationship

        GET /v1/analyticsReports/{id}/relationships/instances

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreports-_id_-relationships-instances
        """
        from ascapi.models.analytics_report_instances_linkages_response import (
            AnalyticsReportInstancesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/analyticsReports/{id}/relationships/instances", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AnalyticsReportInstancesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_granularity: Sequence[_Enum1] | None = None,
        filter_processing_date: Sequence[str] | None = None,
        fields_analytics_report_instances: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AnalyticsReportInstancesResponse, AnalyticsReportInstance]:
        """analyticsReports_instances_getToManyRelated

        GET /v1/analyticsReports/{id}/instances

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreports-_id_-instances
        """
        from ascapi.models.analytics_report_instances_response import (
            AnalyticsReportInstancesResponse,
        )

        return self._client._get_page(
            path("/v1/analyticsReports/{id}/instances", id=id),
            params={
                "filter[granularity]": filter_granularity,
                "filter[processingDate]": filter_processing_date,
                "fields[analyticsReportInstances]": fields_analytics_report_instances,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AnalyticsReportInstancesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAnalyticsReports(AsyncAPIResource):
    """``client.analytics_reports``: /v1/analyticsReports"""

    @cached_property
    def instances(self) -> AsyncAnalyticsReportsInstances:
        return AsyncAnalyticsReportsInstances(self._client)

    async def get(
        self,
        id: str,
        *,
        fields_analytics_reports: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AnalyticsReportResponse:
        """analyticsReports_getInstance

        GET /v1/analyticsReports/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreports-_id_
        """
        from ascapi.models.analytics_report_response import AnalyticsReportResponse

        return await self._client._call(
            "GET",
            path("/v1/analyticsReports/{id}", id=id),
            params={"fields[analyticsReports]": fields_analytics_reports},
            response_type=AnalyticsReportResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAnalyticsReportsInstances(AsyncAPIResource):
    """``client.analytics_reports.instances``: /v1/analyticsReports"""

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
        AnalyticsReportInstancesLinkagesResponse, AnalyticsReportInstancesLinkagesResponseData
    ]:
        """analyticsReports_instances_getToManyRelationship

        GET /v1/analyticsReports/{id}/relationships/instances

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreports-_id_-relationships-instances
        """
        from ascapi.models.analytics_report_instances_linkages_response import (
            AnalyticsReportInstancesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/analyticsReports/{id}/relationships/instances", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AnalyticsReportInstancesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_granularity: Sequence[_Enum1] | None = None,
        filter_processing_date: Sequence[str] | None = None,
        fields_analytics_report_instances: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AnalyticsReportInstancesResponse, AnalyticsReportInstance]:
        """analyticsReports_instances_getToManyRelated

        GET /v1/analyticsReports/{id}/instances

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreports-_id_-instances
        """
        from ascapi.models.analytics_report_instances_response import (
            AnalyticsReportInstancesResponse,
        )

        return self._client._get_page(
            path("/v1/analyticsReports/{id}/instances", id=id),
            params={
                "filter[granularity]": filter_granularity,
                "filter[processingDate]": filter_processing_date,
                "fields[analyticsReportInstances]": fields_analytics_report_instances,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AnalyticsReportInstancesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
