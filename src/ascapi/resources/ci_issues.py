# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``ci_issues`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.ci_issue_response import CiIssueResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["issueType", "message", "fileSource", "category"]


class CiIssues(SyncAPIResource):
    """``client.ci_issues``: /v1/ciIssues"""

    def get(
        self,
        id: str,
        *,
        fields_ci_issues: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiIssueResponse:
        """ciIssues_getInstance

        GET /v1/ciIssues/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciissues-_id_
        """
        from ascapi.models.ci_issue_response import CiIssueResponse

        return self._client._call(
            "GET",
            path("/v1/ciIssues/{id}", id=id),
            params={"fields[ciIssues]": fields_ci_issues},
            response_type=CiIssueResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCiIssues(AsyncAPIResource):
    """``client.ci_issues``: /v1/ciIssues"""

    async def get(
        self,
        id: str,
        *,
        fields_ci_issues: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiIssueResponse:
        """ciIssues_getInstance

        GET /v1/ciIssues/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciissues-_id_
        """
        from ascapi.models.ci_issue_response import CiIssueResponse

        return await self._client._call(
            "GET",
            path("/v1/ciIssues/{id}", id=id),
            params={"fields[ciIssues]": fields_ci_issues},
            response_type=CiIssueResponse,
            options=options(extra_headers, extra_query, timeout),
        )
