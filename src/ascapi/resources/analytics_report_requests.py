# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``analytics_report_requests`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.analytics_report import AnalyticsReport
    from ascapi.models.analytics_report_request_create_request import (
        AnalyticsReportRequestCreateRequest,
    )
    from ascapi.models.analytics_report_request_reports_linkages_response import (
        AnalyticsReportRequestReportsLinkagesResponse,
        AnalyticsReportRequestReportsLinkagesResponseData,
    )
    from ascapi.models.analytics_report_request_response import AnalyticsReportRequestResponse
    from ascapi.models.analytics_reports_response import AnalyticsReportsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["ONE_TIME_SNAPSHOT", "ONGOING"]
    _Enum1 = Literal["accessType", "stoppedDueToInactivity", "reports"]
    _Enum2 = Literal["name", "category", "instances"]
    _Enum3 = Literal["reports"]
    _Enum4 = Literal[
        "APP_USAGE", "APP_STORE_ENGAGEMENT", "COMMERCE", "FRAMEWORK_USAGE", "PERFORMANCE"
    ]


class AnalyticsReportRequests(SyncAPIResource):
    """``client.analytics_report_requests``: /v1/analyticsReportRequests"""

    @cached_property
    def reports(self) -> AnalyticsReportRequestsReports:
        return AnalyticsReportRequestsReports(self._client)

    def create(
        self,
        *,
        body: AnalyticsReportRequestCreateRequest | Mapping[str, Any] | None = None,
        access_type: _Enum0 | str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AnalyticsReportRequestResponse:
        """analyticsReportRequests_createInstance

        POST /v1/analyticsReportRequests

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-analyticsreportrequests
        """
        from ascapi.models.analytics_report_request_response import AnalyticsReportRequestResponse

        body = _support.document(
            body,
            access_type is not UNSET or app is not UNSET,
            "analyticsReportRequests",
            None,
            {"accessType": access_type},
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/analyticsReportRequests",
            body=body,
            response_type=AnalyticsReportRequestResponse,
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
        """analyticsReportRequests_deleteInstance

        DELETE /v1/analyticsReportRequests/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-analyticsreportrequests-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/analyticsReportRequests/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_analytics_report_requests: Sequence[_Enum1] | None = None,
        fields_analytics_reports: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_reports: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AnalyticsReportRequestResponse:
        """analyticsReportRequests_getInstance

        GET /v1/analyticsReportRequests/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportrequests-_id_
        """
        from ascapi.models.analytics_report_request_response import AnalyticsReportRequestResponse

        return self._client._call(
            "GET",
            path("/v1/analyticsReportRequests/{id}", id=id),
            params={
                "fields[analyticsReportRequests]": fields_analytics_report_requests,
                "fields[analyticsReports]": fields_analytics_reports,
                "include": include,
                "limit[reports]": limit_reports,
            },
            maxima={"limit[reports]": 50},
            response_type=AnalyticsReportRequestResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AnalyticsReportRequestsReports(SyncAPIResource):
    """``client.analytics_report_requests.reports``: /v1/analyticsReportRequests"""

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
        AnalyticsReportRequestReportsLinkagesResponse,
        AnalyticsReportRequestReportsLinkagesResponseData,
    ]:
        """analyticsReportRequests_reports_getToManyRelationship

        GET /v1/analyticsReportRequests/{id}/relationships/reports

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportrequests-_id_-relationships-reports
        """
        from ascapi.models.analytics_report_request_reports_linkages_response import (
            AnalyticsReportRequestReportsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/analyticsReportRequests/{id}/relationships/reports", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AnalyticsReportRequestReportsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_name: Sequence[str] | None = None,
        filter_category: Sequence[_Enum4] | None = None,
        fields_analytics_reports: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AnalyticsReportsResponse, AnalyticsReport]:
        """analyticsReportRequests_reports_getToManyRelated

        GET /v1/analyticsReportRequests/{id}/reports

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportrequests-_id_-reports
        """
        from ascapi.models.analytics_reports_response import AnalyticsReportsResponse

        return self._client._get_page(
            path("/v1/analyticsReportRequests/{id}/reports", id=id),
            params={
                "filter[name]": filter_name,
                "filter[category]": filter_category,
                "fields[analyticsReports]": fields_analytics_reports,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AnalyticsReportsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAnalyticsReportRequests(AsyncAPIResource):
    """``client.analytics_report_requests``: /v1/analyticsReportRequests"""

    @cached_property
    def reports(self) -> AsyncAnalyticsReportRequestsReports:
        return AsyncAnalyticsReportRequestsReports(self._client)

    async def create(
        self,
        *,
        body: AnalyticsReportRequestCreateRequest | Mapping[str, Any] | None = None,
        access_type: _Enum0 | str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AnalyticsReportRequestResponse:
        """analyticsReportRequests_createInstance

        POST /v1/analyticsReportRequests

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-analyticsreportrequests
        """
        from ascapi.models.analytics_report_request_response import AnalyticsReportRequestResponse

        body = _support.document(
            body,
            access_type is not UNSET or app is not UNSET,
            "analyticsReportRequests",
            None,
            {"accessType": access_type},
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/analyticsReportRequests",
            body=body,
            response_type=AnalyticsReportRequestResponse,
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
        """analyticsReportRequests_deleteInstance

        DELETE /v1/analyticsReportRequests/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-analyticsreportrequests-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/analyticsReportRequests/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_analytics_report_requests: Sequence[_Enum1] | None = None,
        fields_analytics_reports: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_reports: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AnalyticsReportRequestResponse:
        """analyticsReportRequests_getInstance

        GET /v1/analyticsReportRequests/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportrequests-_id_
        """
        from ascapi.models.analytics_report_request_response import AnalyticsReportRequestResponse

        return await self._client._call(
            "GET",
            path("/v1/analyticsReportRequests/{id}", id=id),
            params={
                "fields[analyticsReportRequests]": fields_analytics_report_requests,
                "fields[analyticsReports]": fields_analytics_reports,
                "include": include,
                "limit[reports]": limit_reports,
            },
            maxima={"limit[reports]": 50},
            response_type=AnalyticsReportRequestResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAnalyticsReportRequestsReports(AsyncAPIResource):
    """``client.analytics_report_requests.reports``: /v1/analyticsReportRequests"""

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
        AnalyticsReportRequestReportsLinkagesResponse,
        AnalyticsReportRequestReportsLinkagesResponseData,
    ]:
        """analyticsReportRequests_reports_getToManyRelationship

        GET /v1/analyticsReportRequests/{id}/relationships/reports

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportrequests-_id_-relationships-reports
        """
        from ascapi.models.analytics_report_request_reports_linkages_response import (
            AnalyticsReportRequestReportsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/analyticsReportRequests/{id}/relationships/reports", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AnalyticsReportRequestReportsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_name: Sequence[str] | None = None,
        filter_category: Sequence[_Enum4] | None = None,
        fields_analytics_reports: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AnalyticsReportsResponse, AnalyticsReport]:
        """analyticsReportRequests_reports_getToManyRelated

        GET /v1/analyticsReportRequests/{id}/reports

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportrequests-_id_-reports
        """
        from ascapi.models.analytics_reports_response import AnalyticsReportsResponse

        return self._client._get_page(
            path("/v1/analyticsReportRequests/{id}/reports", id=id),
            params={
                "filter[name]": filter_name,
                "filter[category]": filter_category,
                "fields[analyticsReports]": fields_analytics_reports,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AnalyticsReportsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
