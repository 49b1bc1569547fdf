# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``territory_availabilities`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._jsonapi import UNSET
from ascapi._types import NOT_GIVEN
from ascapi.resources import _support

if TYPE_CHECKING:
    import datetime as _dt
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.territory_availability_response import TerritoryAvailabilityResponse
    from ascapi.models.territory_availability_update_request import (
        TerritoryAvailabilityUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page


class TerritoryAvailabilities(SyncAPIResource):
    """``client.territory_availabilities``: /v1/territoryAvailabilities"""

    def update(
        self,
        id: str,
        *,
        body: TerritoryAvailabilityUpdateRequest | Mapping[str, Any] | None = None,
        available: bool | None | UnsetType = UNSET,
        release_date: _dt.date | str | None | UnsetType = UNSET,
        pre_order_enabled: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TerritoryAvailabilityResponse:
        """territoryAvailabilities_updateInstance

        PATCH /v1/territoryAvailabilities/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-territoryavailabilities-_id_
        """
        from ascapi.models.territory_availability_response import TerritoryAvailabilityResponse

        body = _support.document(
            body,
            available is not UNSET or release_date is not UNSET or pre_order_enabled is not UNSET,
            "territoryAvailabilities",
            id,
            {
                "available": available,
                "releaseDate": _support.day(release_date, "release_date"),
                "preOrderEnabled": pre_order_enabled,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/territoryAvailabilities/{id}", id=id),
            body=body,
            response_type=TerritoryAvailabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncTerritoryAvailabilities(AsyncAPIResource):
    """``client.territory_availabilities``: /v1/territoryAvailabilities"""

    async def update(
        self,
        id: str,
        *,
        body: TerritoryAvailabilityUpdateRequest | Mapping[str, Any] | None = None,
        available: bool | None | UnsetType = UNSET,
        release_date: _dt.date | str | None | UnsetType = UNSET,
        pre_order_enabled: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TerritoryAvailabilityResponse:
        """territoryAvailabilities_updateInstance

        PATCH /v1/territoryAvailabilities/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-territoryavailabilities-_id_
        """
        from ascapi.models.territory_availability_response import TerritoryAvailabilityResponse

        body = _support.document(
            body,
            available is not UNSET or release_date is not UNSET or pre_order_enabled is not UNSET,
            "territoryAvailabilities",
            id,
            {
                "available": available,
                "releaseDate": _support.day(release_date, "release_date"),
                "preOrderEnabled": pre_order_enabled,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/territoryAvailabilities/{id}", id=id),
            body=body,
            response_type=TerritoryAvailabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )
