# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``analytics_report_segments`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._types import NOT_GIVEN

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.analytics_report_segment_response import AnalyticsReportSegmentResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["checksum", "sizeInBytes", "url"]


class AnalyticsReportSegments(SyncAPIResource):
    """``client.analytics_report_segments``: /v1/analyticsReportSegments"""

    def get(
        self,
        id: str,
        *,
        fields_analytics_report_segments: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AnalyticsReportSegmentResponse:
        """analyticsReportSegments_getInstance

        GET /v1/analyticsReportSegments/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportsegments-_id_
        """
        from ascapi.models.analytics_report_segment_response import AnalyticsReportSegmentResponse

        return self._client._call(
            "GET",
            path("/v1/analyticsReportSegments/{id}", id=id),
            params={"fields[analyticsReportSegments]": fields_analytics_report_segments},
            response_type=AnalyticsReportSegmentResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAnalyticsReportSegments(AsyncAPIResource):
    """``client.analytics_report_segments``: /v1/analyticsReportSegments"""

    async def get(
        self,
        id: str,
        *,
        fields_analytics_report_segments: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AnalyticsReportSegmentResponse:
        """analyticsReportSegments_getInstance

        GET /v1/analyticsReportSegments/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportsegments-_id_
        """
        from ascapi.models.analytics_report_segment_response import AnalyticsReportSegmentResponse

        return await self._client._call(
            "GET",
            path("/v1/analyticsReportSegments/{id}", id=id),
            params={"fields[analyticsReportSegments]": fields_analytics_report_segments},
            response_type=AnalyticsReportSegmentResponse,
            options=options(extra_headers, extra_query, timeout),
        )
