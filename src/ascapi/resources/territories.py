# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``territories`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.territories_response import TerritoriesResponse
    from ascapi.models.territory import Territory
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["currency"]


class Territories(SyncAPIResource):
    """``client.territories``: /v1/territories"""

    def list(
        self,
        *,
        fields_territories: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[TerritoriesResponse, Territory]:
        """territories_getCollection

        GET /v1/territories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-territories
        """
        from ascapi.models.territories_response import TerritoriesResponse

        return self._client._get_page(
            "/v1/territories",
            params={"fields[territories]": fields_territories, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=TerritoriesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncTerritories(AsyncAPIResource):
    """``client.territories``: /v1/territories"""

    def list(
        self,
        *,
        fields_territories: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[TerritoriesResponse, Territory]:
        """territories_getCollection

        GET /v1/territories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-territories
        """
        from ascapi.models.territories_response import TerritoriesResponse

        return self._client._get_page(
            "/v1/territories",
            params={"fields[territories]": fields_territories, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=TerritoriesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
