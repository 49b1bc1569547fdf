# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``ci_test_results`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.ci_test_result_response import CiTestResultResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "className", "name", "status", "fileSource", "message", "destinationTestResults"
    ]


class CiTestResults(SyncAPIResource):
    """``client.ci_test_results``: /v1/ciTestResults"""

    def get(
        self,
        id: str,
        *,
        fields_ci_test_results: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiTestResultResponse:
        """ciTestResults_getInstance

        GET /v1/ciTestResults/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-citestresults-_id_
        """
        from ascapi.models.ci_test_result_response import CiTestResultResponse

        return self._client._call(
            "GET",
            path("/v1/ciTestResults/{id}", id=id),
            params={"fields[ciTestResults]": fields_ci_test_results},
            response_type=CiTestResultResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCiTestResults(AsyncAPIResource):
    """``client.ci_test_results``: /v1/ciTestResults"""

    async def get(
        self,
        id: str,
        *,
        fields_ci_test_results: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiTestResultResponse:
        """ciTestResults_getInstance

        GET /v1/ciTestResults/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-citestresults-_id_
        """
        from ascapi.models.ci_test_result_response import CiTestResultResponse

        return await self._client._call(
            "GET",
            path("/v1/ciTestResults/{id}", id=id),
            params={"fields[ciTestResults]": fields_ci_test_results},
            response_type=CiTestResultResponse,
            options=options(extra_headers, extra_query, timeout),
        )
