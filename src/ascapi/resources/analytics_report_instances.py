# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``analytics_report_instances`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.analytics_report_instance_response import AnalyticsReportInstanceResponse
    from ascapi.models.analytics_report_instance_segments_linkages_response import (
        AnalyticsReportInstanceSegmentsLinkagesResponse,
        AnalyticsReportInstanceSegmentsLinkagesResponseData,
    )
    from ascapi.models.analytics_report_segment import AnalyticsReportSegment
    from ascapi.models.analytics_report_segments_response import AnalyticsReportSegmentsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["granularity", "processingDate", "segments"]
    _Enum1 = Literal["checksum", "sizeInBytes", "url"]


class AnalyticsReportInstances(SyncAPIResource):
    """``client.analytics_report_instances``: /v1/analyticsReportInstances"""

    @cached_property
    def segments(self) -> AnalyticsReportInstancesSegments:
        return AnalyticsReportInstancesSegments(self._client)

    def get(
        self,
        id: str,
        *,
        fields_analytics_report_instances: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AnalyticsReportInstanceResponse:
        """analyticsReportInstances_getInstance

        GET /v1/analyticsReportInstances/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportinstances-_id_
        """
        from ascapi.models.analytics_report_instance_response import AnalyticsReportInstanceResponse

        return self._client._call(
            "GET",
            path("/v1/analyticsReportInstances/{id}", id=id),
            params={"fields[analyticsReportInstances]": fields_analytics_report_instances},
            response_type=AnalyticsReportInstanceResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AnalyticsReportInstancesSegments(SyncAPIResource):
    """``client.analytics_report_instances.segments``: /v1/analyticsReportInstances"""

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
        AnalyticsReportInstanceSegmentsLinkagesResponse,
        AnalyticsReportInstanceSegmentsLinkagesResponseData,
    ]:
        """analyticsReportInstances_segments_getToManyRelationship

        GET /v1/analyticsReportInstances/{id}/relationships/segments

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportinstances-_id_-relationships-segments
        """
        from ascapi.models.analytics_report_instance_segments_linkages_response import (
            AnalyticsReportInstanceSegmentsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/analyticsReportInstances/{id}/relationships/segments", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AnalyticsReportInstanceSegmentsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_analytics_report_segments: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AnalyticsReportSegmentsResponse, AnalyticsReportSegment]:
        """analyticsReportInstances_segments_getToManyRelated

        GET /v1/analyticsReportInstances/{id}/segments

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportinstances-_id_-segments
        """
        from ascapi.models.analytics_report_segments_response import AnalyticsReportSegmentsResponse

        return self._client._get_page(
            path("/v1/analyticsReportInstances/{id}/segments", id=id),
            params={
                "fields[analyticsReportSegments]": fields_analytics_report_segments,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AnalyticsReportSegmentsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAnalyticsReportInstances(AsyncAPIResource):
    """``client.analytics_report_instances``: /v1/analyticsReportInstances"""

    @cached_property
    def segments(self) -> AsyncAnalyticsReportInstancesSegments:
        return AsyncAnalyticsReportInstancesSegments(self._client)

    async def get(
        self,
        id: str,
        *,
        fields_analytics_report_instances: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AnalyticsReportInstanceResponse:
        """analyticsReportInstances_getInstance

        GET /v1/analyticsReportInstances/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportinstances-_id_
        """
        from ascapi.models.analytics_report_instance_response import AnalyticsReportInstanceResponse

        return await self._client._call(
            "GET",
            path("/v1/analyticsReportInstances/{id}", id=id),
            params={"fields[analyticsReportInstances]": fields_analytics_report_instances},
            response_type=AnalyticsReportInstanceResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAnalyticsReportInstancesSegments(AsyncAPIResource):
    """``client.analytics_report_instances.segments``: /v1/analyticsReportInstances"""

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
        AnalyticsReportInstanceSegmentsLinkagesResponse,
        AnalyticsReportInstanceSegmentsLinkagesResponseData,
    ]:
        """analyticsReportInstances_segments_getToManyRelationship

        GET /v1/analyticsReportInstances/{id}/relationships/segments

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportinstances-_id_-relationships-segments
        """
        from ascapi.models.analytics_report_instance_segments_linkages_response import (
            AnalyticsReportInstanceSegmentsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/analyticsReportInstances/{id}/relationships/segments", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AnalyticsReportInstanceSegmentsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_analytics_report_segments: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AnalyticsReportSegmentsResponse, AnalyticsReportSegment]:
        """analyticsReportInstances_segments_getToManyRelated

        GET /v1/analyticsReportInstances/{id}/segments

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportinstances-_id_-segments
        """
        from ascapi.models.analytics_report_segments_response import AnalyticsReportSegmentsResponse

        return self._client._get_page(
            path("/v1/analyticsReportInstances/{id}/segments", id=id),
            params={
                "fields[analyticsReportSegments]": fields_analytics_report_segments,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AnalyticsReportSegmentsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
