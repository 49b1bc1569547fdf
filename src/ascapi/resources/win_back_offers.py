# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``win_back_offers`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
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
    from ascapi.models.integer_range import IntegerRange
    from ascapi.models.win_back_offer_create_request import WinBackOfferCreateRequest
    from ascapi.models.win_back_offer_price import WinBackOfferPrice
    from ascapi.models.win_back_offer_price_inline_create import WinBackOfferPriceInlineCreate
    from ascapi.models.win_back_offer_prices_linkages_response import (
        WinBackOfferPricesLinkagesResponse,
        WinBackOfferPricesLinkagesResponseData,
    )
    from ascapi.models.win_back_offer_prices_response import WinBackOfferPricesResponse
    from ascapi.models.win_back_offer_response import WinBackOfferResponse
    from ascapi.models.win_back_offer_update_request import WinBackOfferUpdateRequest
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
    _Enum2 = Literal["HIGH", "NORMAL"]
    _Enum3 = Literal["NOT_PROMOTED", "USE_AUTO_GENERATED_ASSETS"]
    _Enum4 = Literal["MONTHLY", "UPFRONT"]
    _Enum5 = Literal[
        "referenceName",
        "offerId",
        "duration",
        "offerMode",
        "periodCount",
        "customerEligibilityPaidSubscriptionDurationInMonths",
        "customerEligibilityTimeSinceLastSubscribedInMonths",
        "customerEligibilityWaitBetweenOffersInMonths",
        "startDate",
        "endDate",
        "priority",
        "promotionIntent",
        "targetSubscriptionPlanType",
        "prices",
    ]
    _Enum6 = Literal["territory", "subscriptionPricePoint"]
    _Enum7 = Literal["prices"]
    _Enum8 = Literal["currency"]
    _Enum9 = Literal[
        "customerPrice",
        "proceeds",
        "proceedsYear2",
        "territory",
        "equalizations",
        "adjustedEqualizations",
    ]


class WinBackOffers(SyncAPIResource):
    """``client.win_back_offers``: /v1/winBackOffers"""

    @cached_property
    def prices(self) -> WinBackOffersPrices:
        return WinBackOffersPrices(self._client)

    def create(
        self,
        *,
        body: WinBackOfferCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        offer_id: str | None | UnsetType = UNSET,
        duration: _Enum0 | str | None | UnsetType = UNSET,
        offer_mode: _Enum1 | str | None | UnsetType = UNSET,
        period_count: int | None | UnsetType = UNSET,
        customer_eligibility_paid_subscription_duration_in_months: int | None | UnsetType = UNSET,
        customer_eligibility_time_since_last_subscribed_in_months: IntegerRange
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        customer_eligibility_wait_between_offers_in_months: int | None | UnsetType = UNSET,
        start_date: _dt.date | str | None | UnsetType = UNSET,
        end_date: _dt.date | str | None | UnsetType = UNSET,
        priority: _Enum2 | str | None | UnsetType = UNSET,
        promotion_intent: _Enum3 | str | None | UnsetType = UNSET,
        target_subscription_plan_type: _Enum4 | str | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        prices: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[WinBackOfferPriceInlineCreate | Mapping[str, Any]] | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WinBackOfferResponse:
        """winBackOffers_createInstance

        POST /v1/winBackOffers

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-winbackoffers
        """
        from ascapi.models.win_back_offer_response import WinBackOfferResponse

        body = _support.document(
            body,
            reference_name is not UNSET
            or offer_id is not UNSET
            or duration is not UNSET
            or offer_mode is not UNSET
            or period_count is not UNSET
            or customer_eligibility_paid_subscription_duration_in_months is not UNSET
            or customer_eligibility_time_since_last_subscribed_in_months is not UNSET
            or customer_eligibility_wait_between_offers_in_months is not UNSET
            or start_date is not UNSET
            or end_date is not UNSET
            or priority is not UNSET
            or promotion_intent is not UNSET
            or target_subscription_plan_type is not UNSET
            or subscription is not UNSET
            or prices is not UNSET
            or included is not UNSET,
            "winBackOffers",
            None,
            {
                "referenceName": reference_name,
                "offerId": offer_id,
                "duration": duration,
                "offerMode": offer_mode,
                "periodCount": period_count,
                "customerEligibilityPaidSubscriptionDurationInMonths": customer_eligibility_paid_subscription_duration_in_months,
                "customerEligibilityTimeSinceLastSubscribedInMonths": customer_eligibility_time_since_last_subscribed_in_months,
                "customerEligibilityWaitBetweenOffersInMonths": customer_eligibility_wait_between_offers_in_months,
                "startDate": _support.day(start_date, "start_date"),
                "endDate": _support.day(end_date, "end_date"),
                "priority": priority,
                "promotionIntent": promotion_intent,
                "targetSubscriptionPlanType": target_subscription_plan_type,
            },
            {
                "subscription": ("subscriptions", False, subscription),
                "prices": ("winBackOfferPrices", True, prices),
            },
            attributes_required=True,
            included=included,
        )
        return self._client._call(
            "POST",
            "/v1/winBackOffers",
            body=body,
            response_type=WinBackOfferResponse,
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
        """winBackOffers_deleteInstance

        DELETE /v1/winBackOffers/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-winbackoffers-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/winBackOffers/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_win_back_offers: Sequence[_Enum5] | None = None,
        fields_win_back_offer_prices: Sequence[_Enum6] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_prices: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WinBackOfferResponse:
        """winBackOffers_getInstance

        GET /v1/winBackOffers/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-winbackoffers-_id_
        """
        from ascapi.models.win_back_offer_response import WinBackOfferResponse

        return self._client._call(
            "GET",
            path("/v1/winBackOffers/{id}", id=id),
            params={
                "fields[winBackOffers]": fields_win_back_offers,
                "fields[winBackOfferPrices]": fields_win_back_offer_prices,
                "include": include,
                "limit[prices]": limit_prices,
            },
            maxima={"limit[prices]": 50},
            response_type=WinBackOfferResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: WinBackOfferUpdateRequest | Mapping[str, Any] | None = None,
        customer_eligibility_paid_subscription_duration_in_months: int | None | UnsetType = UNSET,
        customer_eligibility_time_since_last_subscribed_in_months: IntegerRange
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        customer_eligibility_wait_between_offers_in_months: int | None | UnsetType = UNSET,
        start_date: _dt.date | str | None | UnsetType = UNSET,
        end_date: _dt.date | str | None | UnsetType = UNSET,
        priority: _Enum2 | str | None | UnsetType = UNSET,
        promotion_intent: _Enum3 | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WinBackOfferResponse:
        """winBackOffers_updateInstance

        PATCH /v1/winBackOffers/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-winbackoffers-_id_
        """
        from ascapi.models.win_back_offer_response import WinBackOfferResponse

        body = _support.document(
            body,
            customer_eligibility_paid_subscription_duration_in_months is not UNSET
            or customer_eligibility_time_since_last_subscribed_in_months is not UNSET
            or customer_eligibility_wait_between_offers_in_months is not UNSET
            or start_date is not UNSET
            or end_date is not UNSET
            or priority is not UNSET
            or promotion_intent is not UNSET,
            "winBackOffers",
            id,
            {
                "customerEligibilityPaidSubscriptionDurationInMonths": customer_eligibility_paid_subscription_duration_in_months,
                "customerEligibilityTimeSinceLastSubscribedInMonths": customer_eligibility_time_since_last_subscribed_in_months,
                "customerEligibilityWaitBetweenOffersInMonths": customer_eligibility_wait_between_offers_in_months,
                "startDate": _support.day(start_date, "start_date"),
                "endDate": _support.day(end_date, "end_date"),
                "priority": priority,
                "promotionIntent": promotion_intent,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/winBackOffers/{id}", id=id),
            body=body,
            response_type=WinBackOfferResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class WinBackOffersPrices(SyncAPIResource):
    """``client.win_back_offers.prices``: /v1/winBackOffers"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[WinBackOfferPricesLinkagesResponse, WinBackOfferPricesLinkagesResponseData]:
        """winBackOffers_prices_getToManyRelationship

        GET /v1/winBackOffers/{id}/relationships/prices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-winbackoffers-_id_-relationships-prices
        """
        from ascapi.models.win_back_offer_prices_linkages_response import (
            WinBackOfferPricesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/winBackOffers/{id}/relationships/prices", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=WinBackOfferPricesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_win_back_offer_prices: Sequence[_Enum6] | None = None,
        fields_territories: Sequence[_Enum8] | None = None,
        fields_subscription_price_points: Sequence[_Enum9] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum6] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[WinBackOfferPricesResponse, WinBackOfferPrice]:
        """winBackOffers_prices_getToManyRelated

        GET /v1/winBackOffers/{id}/prices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-winbackoffers-_id_-prices
        """
        from ascapi.models.win_back_offer_prices_response import WinBackOfferPricesResponse

        return self._client._get_page(
            path("/v1/winBackOffers/{id}/prices", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[winBackOfferPrices]": fields_win_back_offer_prices,
                "fields[territories]": fields_territories,
                "fields[subscriptionPricePoints]": fields_subscription_price_points,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=WinBackOfferPricesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncWinBackOffers(AsyncAPIResource):
    """``client.win_back_offers``: /v1/winBackOffers"""

    @cached_property
    def prices(self) -> AsyncWinBackOffersPrices:
        return AsyncWinBackOffersPrices(self._client)

    async def create(
        self,
        *,
        body: WinBackOfferCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        offer_id: str | None | UnsetType = UNSET,
        duration: _Enum0 | str | None | UnsetType = UNSET,
        offer_mode: _Enum1 | str | None | UnsetType = UNSET,
        period_count: int | None | UnsetType = UNSET,
        customer_eligibility_paid_subscription_duration_in_months: int | None | UnsetType = UNSET,
        customer_eligibility_time_since_last_subscribed_in_months: IntegerRange
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        customer_eligibility_wait_between_offers_in_months: int | None | UnsetType = UNSET,
        start_date: _dt.date | str | None | UnsetType = UNSET,
        end_date: _dt.date | str | None | UnsetType = UNSET,
        priority: _Enum2 | str | None | UnsetType = UNSET,
        promotion_intent: _Enum3 | str | None | UnsetType = UNSET,
        target_subscription_plan_type: _Enum4 | str | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        prices: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[WinBackOfferPriceInlineCreate | Mapping[str, Any]] | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WinBackOfferResponse:
        """winBackOffers_createInstance

        POST /v1/winBackOffers

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-winbackoffers
        """
        from ascapi.models.win_back_offer_response import WinBackOfferResponse

        body = _support.document(
            body,
            reference_name is not UNSET
            or offer_id is not UNSET
            or duration is not UNSET
            or offer_mode is not UNSET
            or period_count is not UNSET
            or customer_eligibility_paid_subscription_duration_in_months is not UNSET
            or customer_eligibility_time_since_last_subscribed_in_months is not UNSET
            or customer_eligibility_wait_between_offers_in_months is not UNSET
            or start_date is not UNSET
            or end_date is not UNSET
            or priority is not UNSET
            or promotion_intent is not UNSET
            or target_subscription_plan_type is not UNSET
            or subscription is not UNSET
            or prices is not UNSET
            or included is not UNSET,
            "winBackOffers",
            None,
            {
                "referenceName": reference_name,
                "offerId": offer_id,
                "duration": duration,
                "offerMode": offer_mode,
                "periodCount": period_count,
                "customerEligibilityPaidSubscriptionDurationInMonths": customer_eligibility_paid_subscription_duration_in_months,
                "customerEligibilityTimeSinceLastSubscribedInMonths": customer_eligibility_time_since_last_subscribed_in_months,
                "customerEligibilityWaitBetweenOffersInMonths": customer_eligibility_wait_between_offers_in_months,
                "startDate": _support.day(start_date, "start_date"),
                "endDate": _support.day(end_date, "end_date"),
                "priority": priority,
                "promotionIntent": promotion_intent,
                "targetSubscriptionPlanType": target_subscription_plan_type,
            },
            {
                "subscription": ("subscriptions", False, subscription),
                "prices": ("winBackOfferPrices", True, prices),
            },
            attributes_required=True,
            included=included,
        )
        return await self._client._call(
            "POST",
            "/v1/winBackOffers",
            body=body,
            response_type=WinBackOfferResponse,
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
        """winBackOffers_deleteInstance

        DELETE /v1/winBackOffers/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-winbackoffers-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/winBackOffers/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_win_back_offers: Sequence[_Enum5] | None = None,
        fields_win_back_offer_prices: Sequence[_Enum6] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_prices: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WinBackOfferResponse:
        """winBackOffers_getInstance

        GET /v1/winBackOffers/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-winbackoffers-_id_
        """
        from ascapi.models.win_back_offer_response import WinBackOfferResponse

        return await self._client._call(
            "GET",
            path("/v1/winBackOffers/{id}", id=id),
            params={
                "fields[winBackOffers]": fields_win_back_offers,
                "fields[winBackOfferPrices]": fields_win_back_offer_prices,
                "include": include,
                "limit[prices]": limit_prices,
            },
            maxima={"limit[prices]": 50},
            response_type=WinBackOfferResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: WinBackOfferUpdateRequest | Mapping[str, Any] | None = None,
        customer_eligibility_paid_subscription_duration_in_months: int | None | UnsetType = UNSET,
        customer_eligibility_time_since_last_subscribed_in_months: IntegerRange
        | Mapping[str, Any]
        | None
        | UnsetType = UNSET,
        customer_eligibility_wait_between_offers_in_months: int | None | UnsetType = UNSET,
        start_date: _dt.date | str | None | UnsetType = UNSET,
        end_date: _dt.date | str | None | UnsetType = UNSET,
        priority: _Enum2 | str | None | UnsetType = UNSET,
        promotion_intent: _Enum3 | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WinBackOfferResponse:
        """winBackOffers_updateInstance

        PATCH /v1/winBackOffers/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-winbackoffers-_id_
        """
        from ascapi.models.win_back_offer_response import WinBackOfferResponse

        body = _support.document(
            body,
            customer_eligibility_paid_subscription_duration_in_months is not UNSET
            or customer_eligibility_time_since_last_subscribed_in_months is not UNSET
            or customer_eligibility_wait_between_offers_in_months is not UNSET
            or start_date is not UNSET
            or end_date is not UNSET
            or priority is not UNSET
            or promotion_intent is not UNSET,
            "winBackOffers",
            id,
            {
                "customerEligibilityPaidSubscriptionDurationInMonths": customer_eligibility_paid_subscription_duration_in_months,
                "customerEligibilityTimeSinceLastSubscribedInMonths": customer_eligibility_time_since_last_subscribed_in_months,
                "customerEligibilityWaitBetweenOffersInMonths": customer_eligibility_wait_between_offers_in_months,
                "startDate": _support.day(start_date, "start_date"),
                "endDate": _support.day(end_date, "end_date"),
                "priority": priority,
                "promotionIntent": promotion_intent,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/winBackOffers/{id}", id=id),
            body=body,
            response_type=WinBackOfferResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncWinBackOffersPrices(AsyncAPIResource):
    """``client.win_back_offers.prices``: /v1/winBackOffers"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[WinBackOfferPricesLinkagesResponse, WinBackOfferPricesLinkagesResponseData]:
        """winBackOffers_prices_getToManyRelationship

        GET /v1/winBackOffers/{id}/relationships/prices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-winbackoffers-_id_-relationships-prices
        """
        from ascapi.models.win_back_offer_prices_linkages_response import (
            WinBackOfferPricesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/winBackOffers/{id}/relationships/prices", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=WinBackOfferPricesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_win_back_offer_prices: Sequence[_Enum6] | None = None,
        fields_territories: Sequence[_Enum8] | None = None,
        fields_subscription_price_points: Sequence[_Enum9] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum6] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[WinBackOfferPricesResponse, WinBackOfferPrice]:
        """winBackOffers_prices_getToManyRelated

        GET /v1/winBackOffers/{id}/prices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-winbackoffers-_id_-prices
        """
        from ascapi.models.win_back_offer_prices_response import WinBackOfferPricesResponse

        return self._client._get_page(
            path("/v1/winBackOffers/{id}/prices", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[winBackOfferPrices]": fields_win_back_offer_prices,
                "fields[territories]": fields_territories,
                "fields[subscriptionPricePoints]": fields_subscription_price_points,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=WinBackOfferPricesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
