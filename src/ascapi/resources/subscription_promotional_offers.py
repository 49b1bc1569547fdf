# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_promotional_offers`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
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
    from ascapi.models.subscription_promotional_offer_create_request import (
        SubscriptionPromotionalOfferCreateRequest,
    )
    from ascapi.models.subscription_promotional_offer_price import SubscriptionPromotionalOfferPrice
    from ascapi.models.subscription_promotional_offer_price_inline_create import (
        SubscriptionPromotionalOfferPriceInlineCreate,
    )
    from ascapi.models.subscription_promotional_offer_prices_linkages_response import (
        SubscriptionPromotionalOfferPricesLinkagesResponse,
        SubscriptionPromotionalOfferPricesLinkagesResponseData,
    )
    from ascapi.models.subscription_promotional_offer_prices_response import (
        SubscriptionPromotionalOfferPricesResponse,
    )
    from ascapi.models.subscription_promotional_offer_response import (
        SubscriptionPromotionalOfferResponse,
    )
    from ascapi.models.subscription_promotional_offer_update_request import (
        SubscriptionPromotionalOfferUpdateRequest,
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
    _Enum3 = Literal[
        "duration",
        "name",
        "numberOfPeriods",
        "offerCode",
        "offerMode",
        "targetSubscriptionPlanType",
        "subscription",
        "prices",
    ]
    _Enum4 = Literal[
        "name",
        "productId",
        "familySharable",
        "state",
        "subscriptionPeriod",
        "reviewNote",
        "groupLevel",
        "subscriptionLocalizations",
        "appStoreReviewScreenshot",
        "group",
        "introductoryOffers",
        "promotionalOffers",
        "offerCodes",
        "prices",
        "pricePoints",
        "promotedPurchase",
        "subscriptionAvailability",
        "winBackOffers",
        "images",
        "planAvailabilities",
        "versions",
    ]
    _Enum5 = Literal["territory", "subscriptionPricePoint"]
    _Enum6 = Literal["subscription", "prices"]
    _Enum7 = Literal["currency"]
    _Enum8 = Literal[
        "customerPrice",
        "proceeds",
        "proceedsYear2",
        "territory",
        "equalizations",
        "adjustedEqualizations",
    ]


class SubscriptionPromotionalOffers(SyncAPIResource):
    """``client.subscription_promotional_offers``: /v1/subscriptionPromotionalOffers"""

    @cached_property
    def prices(self) -> SubscriptionPromotionalOffersPrices:
        return SubscriptionPromotionalOffersPrices(self._client)

    def create(
        self,
        *,
        body: SubscriptionPromotionalOfferCreateRequest | Mapping[str, Any] | None = None,
        duration: _Enum0 | str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        number_of_periods: int | None | UnsetType = UNSET,
        offer_code: str | None | UnsetType = UNSET,
        offer_mode: _Enum1 | str | None | UnsetType = UNSET,
        target_subscription_plan_type: _Enum2 | str | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        prices: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[SubscriptionPromotionalOfferPriceInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPromotionalOfferResponse:
        """subscriptionPromotionalOffers_createInstance

        POST /v1/subscriptionPromotionalOffers

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionpromotionaloffers
        """
        from ascapi.models.subscription_promotional_offer_response import (
            SubscriptionPromotionalOfferResponse,
        )

        body = _support.document(
            body,
            duration is not UNSET
            or name is not UNSET
            or number_of_periods is not UNSET
            or offer_code is not UNSET
            or offer_mode is not UNSET
            or target_subscription_plan_type is not UNSET
            or subscription is not UNSET
            or prices is not UNSET
            or included is not UNSET,
            "subscriptionPromotionalOffers",
            None,
            {
                "duration": duration,
                "name": name,
                "numberOfPeriods": number_of_periods,
                "offerCode": offer_code,
                "offerMode": offer_mode,
                "targetSubscriptionPlanType": target_subscription_plan_type,
            },
            {
                "subscription": ("subscriptions", False, subscription),
                "prices": ("subscriptionPromotionalOfferPrices", True, prices),
            },
            attributes_required=True,
            included=included,
        )
        return self._client._call(
            "POST",
            "/v1/subscriptionPromotionalOffers",
            body=body,
            response_type=SubscriptionPromotionalOfferResponse,
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
        """subscriptionPromotionalOffers_deleteInstance

        DELETE /v1/subscriptionPromotionalOffers/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionpromotionaloffers-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/subscriptionPromotionalOffers/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_subscription_promotional_offers: Sequence[_Enum3] | None = None,
        fields_subscriptions: Sequence[_Enum4] | None = None,
        fields_subscription_promotional_offer_prices: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_prices: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPromotionalOfferResponse:
        """subscriptionPromotionalOffers_getInstance

        GET /v1/subscriptionPromotionalOffers/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_
        """
        from ascapi.models.subscription_promotional_offer_response import (
            SubscriptionPromotionalOfferResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/subscriptionPromotionalOffers/{id}", id=id),
            params={
                "fields[subscriptionPromotionalOffers]": fields_subscription_promotional_offers,
                "fields[subscriptions]": fields_subscriptions,
                "fields[subscriptionPromotionalOfferPrices]": fields_subscription_promotional_offer_prices,
                "include": include,
                "limit[prices]": limit_prices,
            },
            maxima={"limit[prices]": 50},
            response_type=SubscriptionPromotionalOfferResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: SubscriptionPromotionalOfferUpdateRequest | Mapping[str, Any] | None = None,
        prices: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[SubscriptionPromotionalOfferPriceInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPromotionalOfferResponse:
        """subscriptionPromotionalOffers_updateInstance

        PATCH /v1/subscriptionPromotionalOffers/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionpromotionaloffers-_id_
        """
        from ascapi.models.subscription_promotional_offer_response import (
            SubscriptionPromotionalOfferResponse,
        )

        body = _support.document(
            body,
            prices is not UNSET or included is not UNSET,
            "subscriptionPromotionalOffers",
            id,
            {},
            {"prices": ("subscriptionPromotionalOfferPrices", True, prices)},
            attributes_required=False,
            included=included,
        )
        return self._client._call(
            "PATCH",
            path("/v1/subscriptionPromotionalOffers/{id}", id=id),
            body=body,
            response_type=SubscriptionPromotionalOfferResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionPromotionalOffersPrices(SyncAPIResource):
    """``client.subscription_promotional_offers.prices``: /v1/subscriptionPromotionalOffers"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        SubscriptionPromotionalOfferPricesLinkagesResponse,
        SubscriptionPromotionalOfferPricesLinkagesResponseData,
    ]:
        """subscriptionPromotionalOffers_prices_getToManyRelationship

        GET /v1/subscriptionPromotionalOffers/{id}/relationships/prices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_-relationships-prices
        """
        from ascapi.models.subscription_promotional_offer_prices_linkages_response import (
            SubscriptionPromotionalOfferPricesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionPromotionalOffers/{id}/relationships/prices", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionPromotionalOfferPricesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_subscription_promotional_offer_prices: Sequence[_Enum5] | None = None,
        fields_territories: Sequence[_Enum7] | None = None,
        fields_subscription_price_points: Sequence[_Enum8] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionPromotionalOfferPricesResponse, SubscriptionPromotionalOfferPrice]:
        """subscriptionPromotionalOffers_prices_getToManyRelated

        GET /v1/subscriptionPromotionalOffers/{id}/prices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_-prices
        """
        from ascapi.models.subscription_promotional_offer_prices_response import (
            SubscriptionPromotionalOfferPricesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionPromotionalOffers/{id}/prices", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[subscriptionPromotionalOfferPrices]": fields_subscription_promotional_offer_prices,
                "fields[territories]": fields_territories,
                "fields[subscriptionPricePoints]": fields_subscription_price_points,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionPromotionalOfferPricesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionPromotionalOffers(AsyncAPIResource):
    """``client.subscription_promotional_offers``: /v1/subscriptionPromotionalOffers"""

    @cached_property
    def prices(self) -> AsyncSubscriptionPromotionalOffersPrices:
        return AsyncSubscriptionPromotionalOffersPrices(self._client)

    async def create(
        self,
        *,
        body: SubscriptionPromotionalOfferCreateRequest | Mapping[str, Any] | None = None,
        duration: _Enum0 | str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        number_of_periods: int | None | UnsetType = UNSET,
        offer_code: str | None | UnsetType = UNSET,
        offer_mode: _Enum1 | str | None | UnsetType = UNSET,
        target_subscription_plan_type: _Enum2 | str | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        prices: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[SubscriptionPromotionalOfferPriceInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPromotionalOfferResponse:
        """subscriptionPromotionalOffers_createInstance

        POST /v1/subscriptionPromotionalOffers

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionpromotionaloffers
        """
        from ascapi.models.subscription_promotional_offer_response import (
            SubscriptionPromotionalOfferResponse,
        )

        body = _support.document(
            body,
            duration is not UNSET
            or name is not UNSET
            or number_of_periods is not UNSET
            or offer_code is not UNSET
            or offer_mode is not UNSET
            or target_subscription_plan_type is not UNSET
            or subscription is not UNSET
            or prices is not UNSET
            or included is not UNSET,
            "subscriptionPromotionalOffers",
            None,
            {
                "duration": duration,
                "name": name,
                "numberOfPeriods": number_of_periods,
                "offerCode": offer_code,
                "offerMode": offer_mode,
                "targetSubscriptionPlanType": target_subscription_plan_type,
            },
            {
                "subscription": ("subscriptions", False, subscription),
                "prices": ("subscriptionPromotionalOfferPrices", True, prices),
            },
            attributes_required=True,
            included=included,
        )
        return await self._client._call(
            "POST",
            "/v1/subscriptionPromotionalOffers",
            body=body,
            response_type=SubscriptionPromotionalOfferResponse,
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
        """subscriptionPromotionalOffers_deleteInstance

        DELETE /v1/subscriptionPromotionalOffers/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionpromotionaloffers-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/subscriptionPromotionalOffers/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_subscription_promotional_offers: Sequence[_Enum3] | None = None,
        fields_subscriptions: Sequence[_Enum4] | None = None,
        fields_subscription_promotional_offer_prices: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_prices: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPromotionalOfferResponse:
        """subscriptionPromotionalOffers_getInstance

        GET /v1/subscriptionPromotionalOffers/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_
        """
        from ascapi.models.subscription_promotional_offer_response import (
            SubscriptionPromotionalOfferResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/subscriptionPromotionalOffers/{id}", id=id),
            params={
                "fields[subscriptionPromotionalOffers]": fields_subscription_promotional_offers,
                "fields[subscriptions]": fields_subscriptions,
                "fields[subscriptionPromotionalOfferPrices]": fields_subscription_promotional_offer_prices,
                "include": include,
                "limit[prices]": limit_prices,
            },
            maxima={"limit[prices]": 50},
            response_type=SubscriptionPromotionalOfferResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: SubscriptionPromotionalOfferUpdateRequest | Mapping[str, Any] | None = None,
        prices: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[SubscriptionPromotionalOfferPriceInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPromotionalOfferResponse:
        """subscriptionPromotionalOffers_updateInstance

        PATCH /v1/subscriptionPromotionalOffers/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionpromotionaloffers-_id_
        """
        from ascapi.models.subscription_promotional_offer_response import (
            SubscriptionPromotionalOfferResponse,
        )

        body = _support.document(
            body,
            prices is not UNSET or included is not UNSET,
            "subscriptionPromotionalOffers",
            id,
            {},
            {"prices": ("subscriptionPromotionalOfferPrices", True, prices)},
            attributes_required=False,
            included=included,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/subscriptionPromotionalOffers/{id}", id=id),
            body=body,
            response_type=SubscriptionPromotionalOfferResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionPromotionalOffersPrices(AsyncAPIResource):
    """``client.subscription_promotional_offers.prices``: /v1/subscriptionPromotionalOffers"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        SubscriptionPromotionalOfferPricesLinkagesResponse,
        SubscriptionPromotionalOfferPricesLinkagesResponseData,
    ]:
        """subscriptionPromotionalOffers_prices_getToManyRelationship

        GET /v1/subscriptionPromotionalOffers/{id}/relationships/prices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_-relationships-prices
        """
        from ascapi.models.subscription_promotional_offer_prices_linkages_response import (
            SubscriptionPromotionalOfferPricesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionPromotionalOffers/{id}/relationships/prices", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionPromotionalOfferPricesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_subscription_promotional_offer_prices: Sequence[_Enum5] | None = None,
        fields_territories: Sequence[_Enum7] | None = None,
        fields_subscription_price_points: Sequence[_Enum8] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionPromotionalOfferPricesResponse, SubscriptionPromotionalOfferPrice]:
        """subscriptionPromotionalOffers_prices_getToManyRelated

        GET /v1/subscriptionPromotionalOffers/{id}/prices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_-prices
        """
        from ascapi.models.subscription_promotional_offer_prices_response import (
            SubscriptionPromotionalOfferPricesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionPromotionalOffers/{id}/prices", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[subscriptionPromotionalOfferPrices]": fields_subscription_promotional_offer_prices,
                "fields[territories]": fields_territories,
                "fields[subscriptionPricePoints]": fields_subscription_price_points,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionPromotionalOfferPricesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
