# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_prices`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.subscription_price_create_request import SubscriptionPriceCreateRequest
    from ascapi.models.subscription_price_response import SubscriptionPriceResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["MONTHLY", "UPFRONT"]


class SubscriptionPrices(SyncAPIResource):
    """``client.subscription_prices``: /v1/subscriptionPrices"""

    def create(
        self,
        *,
        body: SubscriptionPriceCreateRequest | Mapping[str, Any] | None = None,
        start_date: _dt.date | str | None | UnsetType = UNSET,
        preserve_current_price: bool | None | UnsetType = UNSET,
        plan_type: _Enum0 | str | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        territory: str | None | UnsetType = UNSET,
        subscription_price_point: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPriceResponse:
        """subscriptionPrices_createInstance

        POST /v1/subscriptionPrices

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionprices
        """
        from ascapi.models.subscription_price_response import SubscriptionPriceResponse

        body = _support.document(
            body,
            start_date is not UNSET
            or preserve_current_price is not UNSET
            or plan_type is not UNSET
            or subscription is not UNSET
            or territory is not UNSET
            or subscription_price_point is not UNSET,
            "subscriptionPrices",
            None,
            {
                "startDate": _support.day(start_date, "start_date"),
                "preserveCurrentPrice": preserve_current_price,
                "planType": plan_type,
            },
            {
                "subscription": ("subscriptions", False, subscription),
                "territory": ("territories", False, territory),
                "subscriptionPricePoint": (
                    "subscriptionPricePoints",
                    False,
                    subscription_price_point,
                ),
            },
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/subscriptionPrices",
            body=body,
            response_type=SubscriptionPriceResponse,
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
        """subscriptionPrices_deleteInstance

        DELETE /v1/subscriptionPrices/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionprices-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/subscriptionPrices/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionPrices(AsyncAPIResource):
    """``client.subscription_prices``: /v1/subscriptionPrices"""

    async def create(
        self,
        *,
        body: SubscriptionPriceCreateRequest | Mapping[str, Any] | None = None,
        start_date: _dt.date | str | None | UnsetType = UNSET,
        preserve_current_price: bool | None | UnsetType = UNSET,
        plan_type: _Enum0 | str | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        territory: str | None | UnsetType = UNSET,
        subscription_price_point: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPriceResponse:
        """subscriptionPrices_createInstance

        POST /v1/subscriptionPrices

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionprices
        """
        from ascapi.models.subscription_price_response import SubscriptionPriceResponse

        body = _support.document(
            body,
            start_date is not UNSET
            or preserve_current_price is not UNSET
            or plan_type is not UNSET
            or subscription is not UNSET
            or territory is not UNSET
            or subscription_price_point is not UNSET,
            "subscriptionPrices",
            None,
            {
                "startDate": _support.day(start_date, "start_date"),
                "preserveCurrentPrice": preserve_current_price,
                "planType": plan_type,
            },
            {
                "subscription": ("subscriptions", False, subscription),
                "territory": ("territories", False, territory),
                "subscriptionPricePoint": (
                    "subscriptionPricePoints",
                    False,
                    subscription_price_point,
                ),
            },
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/subscriptionPrices",
            body=body,
            response_type=SubscriptionPriceResponse,
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
        """subscriptionPrices_deleteInstance

        DELETE /v1/subscriptionPrices/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionprices-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/subscriptionPrices/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )
