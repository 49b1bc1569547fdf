# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``sales_reports`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "SALES",
        "PRE_ORDER",
        "NEWSSTAND",
        "SUBSCRIPTION",
        "SUBSCRIPTION_EVENT",
        "SUBSCRIBER",
        "SUBSCRIPTION_OFFER_CODE_REDEMPTION",
        "INSTALLS",
        "FIRST_ANNUAL",
        "WIN_BACK_ELIGIBILITY",
    ]
    _Enum1 = Literal[
        "SUMMARY", "DETAILED", "SUMMARY_INSTALL_TYPE", "SUMMARY_TERRITORY", "SUMMARY_CHANNEL"
    ]
    _Enum2 = Literal["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]


class SalesReports(SyncAPIResource):
    """``client.sales_reports``: /v1/salesReports"""

    def list(
        self,
        *,
        filter_vendor_number: Sequence[str],
        filter_report_type: Sequence[_Enum0],
        filter_report_sub_type: Sequence[_Enum1],
        filter_frequency: Sequence[_Enum2],
        filter_report_date: Sequence[str] | None = None,
        filter_version: Sequence[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """salesReports_getCollection

        GET /v1/salesReports

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-salesreports
        """
        return self._client._call(
            "GET",
            "/v1/salesReports",
            params={
                "filter[vendorNumber]": filter_vendor_number,
                "filter[reportType]": filter_report_type,
                "filter[reportSubType]": filter_report_sub_type,
                "filter[frequency]": filter_frequency,
                "filter[reportDate]": filter_report_date,
                "filter[version]": filter_version,
            },
            result="bytes",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSalesReports(AsyncAPIResource):
    """``client.sales_reports``: /v1/salesReports"""

    async def list(
        self,
        *,
        filter_vendor_number: Sequence[str],
        filter_report_type: Sequence[_Enum0],
        filter_report_sub_type: Sequence[_Enum1],
        filter_frequency: Sequence[_Enum2],
        filter_report_date: Sequence[str] | None = None,
        filter_version: Sequence[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """salesReports_getCollection

        GET /v1/salesReports

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-salesreports
        """
        return await self._client._call(
            "GET",
            "/v1/salesReports",
            params={
                "filter[vendorNumber]": filter_vendor_number,
                "filter[reportType]": filter_report_type,
                "filter[reportSubType]": filter_report_sub_type,
                "filter[frequency]": filter_frequency,
                "filter[reportDate]": filter_report_date,
                "filter[version]": filter_version,
            },
            result="bytes",
            options=options(extra_headers, extra_query, timeout),
        )
