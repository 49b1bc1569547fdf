# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``diagnostic_signatures`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.diagnostic_logs import diagnosticLogs
    from ascapi.pagination import AsyncPager, Page


class DiagnosticSignatures(SyncAPIResource):
    """``client.diagnostic_signatures``"""

    @cached_property
    def logs(self) -> DiagnosticSignaturesLogs:
        return DiagnosticSignaturesLogs(self._client)


class DiagnosticSignaturesLogs(SyncAPIResource):
    """``client.diagnostic_signatures.logs``: /v1/diagnosticSignatures"""

    def list(
        self,
        id: str,
        *,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> diagnosticLogs:
        """diagnosticSignatures_logs_getToManyRelated

        GET /v1/diagnosticSignatures/{id}/logs

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-diagnosticsignatures-_id_-logs
        """
        from ascapi.models.diagnostic_logs import diagnosticLogs

        return self._client._call(
            "GET",
            path("/v1/diagnosticSignatures/{id}/logs", id=id),
            params={"limit": limit},
            maxima={"limit": 200},
            response_type=diagnosticLogs,
            accept="application/vnd.apple.diagnostic-logs+json",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncDiagnosticSignatures(AsyncAPIResource):
    """``client.diagnostic_signatures``"""

    @cached_property
    def logs(self) -> AsyncDiagnosticSignaturesLogs:
        return AsyncDiagnosticSignaturesLogs(self._client)


class AsyncDiagnosticSignaturesLogs(AsyncAPIResource):
    """``client.diagnostic_signatures.logs``: /v1/diagnosticSignatures"""

    async def list(
        self,
        id: str,
        *,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> diagnosticLogs:
        """diagnosticSignatures_logs_getToManyRelated

        GET /v1/diagnosticSignatures/{id}/logs

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-diagnosticsignatures-_id_-logs
        """
        from ascapi.models.diagnostic_logs import diagnosticLogs

        return await self._client._call(
            "GET",
            path("/v1/diagnosticSignatures/{id}/logs", id=id),
            params={"limit": limit},
            maxima={"limit": 200},
            response_type=diagnosticLogs,
            accept="application/vnd.apple.diagnostic-logs+json",
            options=options(extra_headers, extra_query, timeout),
        )
