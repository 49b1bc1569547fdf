# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_introductory_offers`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.subscription_introductory_offer_create_request import (
        SubscriptionIntroductoryOfferCreateRequest,
    )
    from ascapi.models.subscription_introductory_offer_response import (
        SubscriptionIntroductoryOfferResponse,
    )
    from ascapi.models.subscription_introductory_offer_update_request import (
        SubscriptionIntroductoryOfferUpdateRequest,
    )
    from ascapi.models.subscription_price_point_inline_create import (
        SubscriptionPricePointInlineCreate,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "THREE_DAYS",
        "ONE_WEEK",
        "TWO_WEEKS",
        "ONE_MONTH",
        "TWO_MONTHS",
        "THREE_MONTHS",
        "SIX_MONTHS",
        "ONE_YEAR",
    ]
    _Enum1 = Literal["PAY_AS_YOU_GO", "PAY_UP_FRONT", "FREE_TRIAL"]
    _Enum2 = Literal["MONTHLY", "UPFRONT"]


class SubscriptionIntroductoryOffers(SyncAPIResource):
    """``client.subscription_introductory_offers``: /v1/subscriptionIntroductoryOffers"""

    def create(
        self,
        *,
        body: SubscriptionIntroductoryOfferCreateRequest | Mapping[str, Any] | None = None,
        start_date: _dt.date | str | None | UnsetType = UNSET,
        end_date: _dt.date | str | None | UnsetType = UNSET,
        duration: _Enum0 | str | None | UnsetType = UNSET,
        offer_mode: _Enum1 | str | None | UnsetType = UNSET,
        number_of_periods: int | None | UnsetType = UNSET,
        target_subscription_plan_type: _Enum2 | str | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        territory: str | None | UnsetType = UNSET,
        subscription_price_point: str | None | UnsetType = UNSET,
        included: Sequence[SubscriptionPricePointInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionIntroductoryOfferResponse:
        """subscriptionIntroductoryOffers_createInstance

        POST /v1/subscriptionIntroductoryOffers

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionintroductoryoffers
        """
        from ascapi.models.subscription_introductory_offer_response import (
            SubscriptionIntroductoryOfferResponse,
        )

        body = _support.document(
            body,
            start_date is not UNSET
            or end_date is not UNSET
            or duration is not UNSET
            or offer_mode is not UNSET
            or number_of_periods is not UNSET
            or target_subscription_plan_type is not UNSET
            or subscription is not UNSET
            or territory is not UNSET
            or subscription_price_point is not UNSET
            or included is not UNSET,
            "subscriptionIntroductoryOffers",
            None,
            {
                "startDate": _support.day(start_date, "start_date"),
                "endDate": _support.day(end_date, "end_date"),
                "duration": duration,
                "offerMode": offer_mode,
                "numberOfPeriods": number_of_periods,
                "targetSubscriptionPlanType": target_subscription_plan_type,
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
            attributes_required=True,
            included=included,
        )
        return self._client._call(
            "POST",
            "/v1/subscriptionIntroductoryOffers",
            body=body,
            response_type=SubscriptionIntroductoryOfferResponse,
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
        """subscriptionIntroductoryOffers_deleteInstance

        DELETE /v1/subscriptionIntroductoryOffers/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionintroductoryoffers-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/subscriptionIntroductoryOffers/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: SubscriptionIntroductoryOfferUpdateRequest | Mapping[str, Any] | None = None,
        end_date: _dt.date | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionIntroductoryOfferResponse:
        """subscriptionIntroductoryOffers_updateInstance

        PATCH /v1/subscriptionIntroductoryOffers/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionintroductoryoffers-_id_
        """
        from ascapi.models.subscription_introductory_offer_response import (
            SubscriptionIntroductoryOfferResponse,
        )

        body = _support.document(
            body,
            end_date is not UNSET,
            "subscriptionIntroductoryOffers",
            id,
            {"endDate": _support.day(end_date, "end_date")},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/subscriptionIntroductoryOffers/{id}", id=id),
            body=body,
            response_type=SubscriptionIntroductoryOfferResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionIntroductoryOffers(AsyncAPIResource):
    """``client.subscription_introductory_offers``: /v1/subscriptionIntroductoryOffers"""

    async def create(
        self,
        *,
        body: SubscriptionIntroductoryOfferCreateRequest | Mapping[str, Any] | None = None,
        start_date: _dt.date | str | None | UnsetType = UNSET,
        end_date: _dt.date | str | None | UnsetType = UNSET,
        duration: _Enum0 | str | None | UnsetType = UNSET,
        offer_mode: _Enum1 | str | None | UnsetType = UNSET,
        number_of_periods: int | None | UnsetType = UNSET,
        target_subscription_plan_type: _Enum2 | str | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        territory: str | None | UnsetType = UNSET,
        subscription_price_point: str | None | UnsetType = UNSET,
        included: Sequence[SubscriptionPricePointInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionIntroductoryOfferResponse:
        """subscriptionIntroductoryOffers_createInstance

        POST /v1/subscriptionIntroductoryOffers

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionintroductoryoffers
        """
        from ascapi.models.subscription_introductory_offer_response import (
            SubscriptionIntroductoryOfferResponse,
        )

        body = _support.document(
            body,
            start_date is not UNSET
            or end_date is not UNSET
            or duration is not UNSET
            or offer_mode is not UNSET
            or number_of_periods is not UNSET
            or target_subscription_plan_type is not UNSET
            or subscription is not UNSET
            or territory is not UNSET
            or subscription_price_point is not UNSET
            or included is not UNSET,
            "subscriptionIntroductoryOffers",
            None,
            {
                "startDate": _support.day(start_date, "start_date"),
                "endDate": _support.day(end_date, "end_date"),
                "duration": duration,
                "offerMode": offer_mode,
                "numberOfPeriods": number_of_periods,
                "targetSubscriptionPlanType": target_subscription_plan_type,
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
            attributes_required=True,
            included=included,
        )
        return await self._client._call(
            "POST",
            "/v1/subscriptionIntroductoryOffers",
            body=body,
            response_type=SubscriptionIntroductoryOfferResponse,
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
        """subscriptionIntroductoryOffers_deleteInstance

        DELETE /v1/subscriptionIntroductoryOffers/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionintroductoryoffers-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/subscriptionIntroductoryOffers/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: SubscriptionIntroductoryOfferUpdateRequest | Mapping[str, Any] | None = None,
        end_date: _dt.date | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionIntroductoryOfferResponse:
        """subscriptionIntroductoryOffers_updateInstance

        PATCH /v1/subscriptionIntroductoryOffers/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionintroductoryoffers-_id_
        """
        from ascapi.models.subscription_introductory_offer_response import (
            SubscriptionIntroductoryOfferResponse,
        )

        body = _support.document(
            body,
            end_date is not UNSET,
            "subscriptionIntroductoryOffers",
            id,
            {"endDate": _support.day(end_date, "end_date")},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/subscriptionIntroductoryOffers/{id}", id=id),
            body=body,
            response_type=SubscriptionIntroductoryOfferResponse,
            options=options(extra_headers, extra_query, timeout),
        )
