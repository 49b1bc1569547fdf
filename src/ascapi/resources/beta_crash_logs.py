# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``beta_crash_logs`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.beta_crash_log_response import BetaCrashLogResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["logText"]


class BetaCrashLogs(SyncAPIResource):
    """``client.beta_crash_logs``: /v1/betaCrashLogs"""

    def get(
        self,
        id: str,
        *,
        fields_beta_crash_logs: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaCrashLogResponse:
        """betaCrashLogs_getInstance

        GET /v1/betaCrashLogs/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betacrashlogs-_id_
        """
        from ascapi.models.beta_crash_log_response import BetaCrashLogResponse

        return self._client._call(
            "GET",
            path("/v1/betaCrashLogs/{id}", id=id),
            params={"fields[betaCrashLogs]": fields_beta_crash_logs},
            response_type=BetaCrashLogResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaCrashLogs(AsyncAPIResource):
    """``client.beta_crash_logs``: /v1/betaCrashLogs"""

    async def get(
        self,
        id: str,
        *,
        fields_beta_crash_logs: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaCrashLogResponse:
        """betaCrashLogs_getInstance

        GET /v1/betaCrashLogs/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betacrashlogs-_id_
        """
        from ascapi.models.beta_crash_log_response import BetaCrashLogResponse

        return await self._client._call(
            "GET",
            path("/v1/betaCrashLogs/{id}", id=id),
            params={"fields[betaCrashLogs]": fields_beta_crash_logs},
            response_type=BetaCrashLogResponse,
            options=options(extra_headers, extra_query, timeout),
        )
