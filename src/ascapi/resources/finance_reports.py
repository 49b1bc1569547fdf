# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``finance_reports`` namespace of the client: every operation under it, sync and async."""

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

    _Enum0 = Literal["FINANCIAL", "FINANCE_DETAIL"]


class FinanceReports(SyncAPIResource):
    """``client.finance_reports``: /v1/financeReports"""

    def list(
        self,
        *,
        filter_vendor_number: Sequence[str],
        filter_report_type: Sequence[_Enum0],
        filter_region_code: Sequence[str],
        filter_report_date: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """financeReports_getCollection

        GET /v1/financeReports

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-financereports
        """
        return self._client._call(
            "GET",
            "/v1/financeReports",
            params={
                "filter[vendorNumber]": filter_vendor_number,
                "filter[reportType]": filter_report_type,
                "filter[regionCode]": filter_region_code,
                "filter[reportDate]": filter_report_date,
            },
            result="bytes",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncFinanceReports(AsyncAPIResource):
    """``client.finance_reports``: /v1/financeReports"""

    async def list(
        self,
        *,
        filter_vendor_number: Sequence[str],
        filter_report_type: Sequence[_Enum0],
        filter_region_code: Sequence[str],
        filter_report_date: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """financeReports_getCollection

        GET /v1/financeReports

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-financereports
        """
        return await self._client._call(
            "GET",
            "/v1/financeReports",
            params={
                "filter[vendorNumber]": filter_vendor_number,
                "filter[reportType]": filter_report_type,
                "filter[regionCode]": filter_region_code,
                "filter[reportDate]": filter_report_date,
            },
            result="bytes",
            options=options(extra_headers, extra_query, timeout),
        )
