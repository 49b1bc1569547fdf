# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``end_app_availability_pre_orders`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

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
    from ascapi.models.end_app_availability_pre_order_create_request import (
        EndAppAvailabilityPreOrderCreateRequest,
    )
    from ascapi.models.end_app_availability_pre_order_response import (
        EndAppAvailabilityPreOrderResponse,
    )
    from ascapi.pagination import AsyncPager, Page


class EndAppAvailabilityPreOrders(SyncAPIResource):
    """``client.end_app_availability_pre_orders``: /v1/endAppAvailabilityPreOrders"""

    def create(
        self,
        *,
        body: EndAppAvailabilityPreOrderCreateRequest | Mapping[str, Any] | None = None,
        territory_availabilities: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EndAppAvailabilityPreOrderResponse:
        """endAppAvailabilityPreOrders_createInstance

        POST /v1/endAppAvailabilityPreOrders

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-endappavailabilitypreorders
        """
        from ascapi.models.end_app_availability_pre_order_response import (
            EndAppAvailabilityPreOrderResponse,
        )

        body = _support.document(
            body,
            territory_availabilities is not UNSET,
            "endAppAvailabilityPreOrders",
            None,
            {},
            {
                "territoryAvailabilities": (
                    "territoryAvailabilities",
                    True,
                    territory_availabilities,
                )
            },
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/endAppAvailabilityPreOrders",
            body=body,
            response_type=EndAppAvailabilityPreOrderResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncEndAppAvailabilityPreOrders(AsyncAPIResource):
    """``client.end_app_availability_pre_orders``: /v1/endAppAvailabilityPreOrders"""

    async def create(
        self,
        *,
        body: EndAppAvailabilityPreOrderCreateRequest | Mapping[str, Any] | None = None,
        territory_availabilities: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EndAppAvailabilityPreOrderResponse:
        """endAppAvailabilityPreOrders_createInstance

        POST /v1/endAppAvailabilityPreOrders

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-endappavailabilitypreorders
        """
        from ascapi.models.end_app_availability_pre_order_response import (
            EndAppAvailabilityPreOrderResponse,
        )

        body = _support.document(
            body,
            territory_availabilities is not UNSET,
            "endAppAvailabilityPreOrders",
            None,
            {},
            {
                "territoryAvailabilities": (
                    "territoryAvailabilities",
                    True,
                    territory_availabilities,
                )
            },
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/endAppAvailabilityPreOrders",
            body=body,
            response_type=EndAppAvailabilityPreOrderResponse,
            options=options(extra_headers, extra_query, timeout),
        )
