# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_offer_codes`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.subscription_offer_code_create_request import (
        SubscriptionOfferCodeCreateRequest,
    )
    from ascapi.models.subscription_offer_code_custom_code import SubscriptionOfferCodeCustomCode
    from ascapi.models.subscription_offer_code_custom_codes_linkages_response import (
        SubscriptionOfferCodeCustomCodesLinkagesResponse,
        SubscriptionOfferCodeCustomCodesLinkagesResponseData,
    )
    from ascapi.models.subscription_offer_code_custom_codes_response import (
        SubscriptionOfferCodeCustomCodesResponse,
    )
    from ascapi.models.subscription_offer_code_one_time_use_code import (
        SubscriptionOfferCodeOneTimeUseCode,
    )
    from ascapi.models.subscription_offer_code_one_time_use_codes_linkages_response import (
        SubscriptionOfferCodeOneTimeUseCodesLinkagesResponse,
        SubscriptionOfferCodeOneTimeUseCodesLinkagesResponseData,
    )
    from ascapi.models.subscription_offer_code_one_time_use_codes_response import (
        SubscriptionOfferCodeOneTimeUseCodesResponse,
    )
    from ascapi.models.subscription_offer_code_price import SubscriptionOfferCodePrice
    from ascapi.models.subscription_offer_code_price_inline_create import (
        SubscriptionOfferCodePriceInlineCreate,
    )
    from ascapi.models.subscription_offer_code_prices_linkages_response import (
        SubscriptionOfferCodePricesLinkagesResponse,
        SubscriptionOfferCodePricesLinkagesResponseData,
    )
    from ascapi.models.subscription_offer_code_prices_response import (
        SubscriptionOfferCodePricesResponse,
    )
    from ascapi.models.subscription_offer_code_response import SubscriptionOfferCodeResponse
    from ascapi.models.subscription_offer_code_update_request import (
        SubscriptionOfferCodeUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["NEW", "EXISTING", "EXPIRED"]
    _Enum1 = Literal["STACK_WITH_INTRO_OFFERS", "REPLACE_INTRO_OFFERS"]
    _Enum2 = Literal[
        "THREE_DAYS",
        "ONE_WEEK",
        "TWO_WEEKS",
        "ONE_MONTH",
        "TWO_MONTHS",
        "THREE_MONTHS",
        "SIX_MONTHS",
        "ONE_YEAR",
    ]
    _Enum3 = Literal["PAY_AS_YOU_GO", "PAY_UP_FRONT", "FREE_TRIAL"]
    _Enum4 = Literal["MONTHLY", "UPFRONT"]
    _Enum5 = Literal[
        "name",
        "customerEligibilities",
        "offerEligibility",
        "duration",
        "offerMode",
        "numberOfPeriods",
        "totalNumberOfCodes",
        "productionCodeCount",
        "sandboxCodeCount",
        "active",
        "autoRenewEnabled",
        "targetSubscriptionPlanType",
        "subscription",
        "oneTimeUseCodes",
        "customCodes",
        "prices",
    ]
    _Enum6 = Literal[
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
    _Enum7 = Literal[
        "numberOfCodes",
        "createdDate",
        "expirationDate",
        "active",
        "environment",
        "offerCode",
        "values",
    ]
    _Enum8 = Literal[
        "customCode", "numberOfCodes", "createdDate", "expirationDate", "active", "offerCode"
    ]
    _Enum9 = Literal["territory", "subscriptionPricePoint"]
    _Enum10 = Literal["subscription", "oneTimeUseCodes", "customCodes", "prices"]
    _Enum11 = Literal["offerCode"]
    _Enum12 = Literal["currency"]
    _Enum13 = Literal[
        "customerPrice",
        "proceeds",
        "proceedsYear2",
        "territory",
        "equalizations",
        "adjustedEqualizations",
    ]


class SubscriptionOfferCodes(SyncAPIResource):
    """``client.subscription_offer_codes``: /v1/subscriptionOfferCodes"""

    @cached_property
    def custom_codes(self) -> SubscriptionOfferCodesCustomCodes:
        return SubscriptionOfferCodesCustomCodes(self._client)

    @cached_property
    def one_time_use_codes(self) -> SubscriptionOfferCodesOneTimeUseCodes:
        return SubscriptionOfferCodesOneTimeUseCodes(self._client)

    @cached_property
    def prices(self) -> SubscriptionOfferCodesPrices:
        return SubscriptionOfferCodesPrices(self._client)

    def create(
        self,
        *,
        body: SubscriptionOfferCodeCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        customer_eligibilities: Sequence[_Enum0 | str] | None | UnsetType = UNSET,
        offer_eligibility: _Enum1 | str | None | UnsetType = UNSET,
        duration: _Enum2 | str | None | UnsetType = UNSET,
        offer_mode: _Enum3 | str | None | UnsetType = UNSET,
        number_of_periods: int | None | UnsetType = UNSET,
        auto_renew_enabled: bool | None | UnsetType = UNSET,
        target_subscription_plan_type: _Enum4 | str | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        prices: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[SubscriptionOfferCodePriceInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionOfferCodeResponse:
        """subscriptionOfferCodes_createInstance

        POST /v1/subscriptionOfferCodes

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionoffercodes
        """
        from ascapi.models.subscription_offer_code_response import SubscriptionOfferCodeResponse

        body = _support.document(
            body,
            name is not UNSET
            or customer_eligibilities is not UNSET
            or offer_eligibility is not UNSET
            or duration is not UNSET
            or offer_mode is not UNSET
            or number_of_periods is not UNSET
            or auto_renew_enabled is not UNSET
            or target_subscription_plan_type is not UNSET
            or subscription is not UNSET
            or prices is not UNSET
            or included is not UNSET,
            "subscriptionOfferCodes",
            None,
            {
                "name": name,
                "customerEligibilities": customer_eligibilities,
                "offerEligibility": offer_eligibility,
                "duration": duration,
                "offerMode": offer_mode,
                "numberOfPeriods": number_of_periods,
                "autoRenewEnabled": auto_renew_enabled,
                "targetSubscriptionPlanType": target_subscription_plan_type,
            },
            {
                "subscription": ("subscriptions", False, subscription),
                "prices": ("subscriptionOfferCodePrices", True, prices),
            },
            attributes_required=True,
            included=included,
        )
        return self._client._call(
            "POST",
            "/v1/subscriptionOfferCodes",
            body=body,
            response_type=SubscriptionOfferCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_subscription_offer_codes: Sequence[_Enum5] | None = None,
        fields_subscriptions: Sequence[_Enum6] | None = None,
        fields_subscription_offer_code_one_time_use_codes: Sequence[_Enum7] | None = None,
        fields_subscription_offer_code_custom_codes: Sequence[_Enum8] | None = None,
        fields_subscription_offer_code_prices: Sequence[_Enum9] | None = None,
        include: Sequence[_Enum10] | None = None,
        limit_custom_codes: int | None = None,
        limit_one_time_use_codes: int | None = None,
        limit_prices: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionOfferCodeResponse:
        """subscriptionOfferCodes_getInstance

        GET /v1/subscriptionOfferCodes/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_
        """
        from ascapi.models.subscription_offer_code_response import SubscriptionOfferCodeResponse

        return self._client._call(
            "GET",
            path("/v1/subscriptionOfferCodes/{id}", id=id),
            params={
                "fields[subscriptionOfferCodes]": fields_subscription_offer_codes,
                "fields[subscriptions]": fields_subscriptions,
                "fields[subscriptionOfferCodeOneTimeUseCodes]": fields_subscription_offer_code_one_time_use_codes,
                "fields[subscriptionOfferCodeCustomCodes]": fields_subscription_offer_code_custom_codes,
                "fields[subscriptionOfferCodePrices]": fields_subscription_offer_code_prices,
                "include": include,
                "limit[customCodes]": limit_custom_codes,
                "limit[oneTimeUseCodes]": limit_one_time_use_codes,
                "limit[prices]": limit_prices,
            },
            maxima={"limit[customCodes]": 50, "limit[oneTimeUseCodes]": 50, "limit[prices]": 50},
            response_type=SubscriptionOfferCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: SubscriptionOfferCodeUpdateRequest | Mapping[str, Any] | None = None,
        active: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionOfferCodeResponse:
        """subscriptionOfferCodes_updateInstance

        PATCH /v1/subscriptionOfferCodes/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionoffercodes-_id_
        """
        from ascapi.models.subscription_offer_code_response import SubscriptionOfferCodeResponse

        body = _support.document(
            body,
            active is not UNSET,
            "subscriptionOfferCodes",
            id,
            {"active": active},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/subscriptionOfferCodes/{id}", id=id),
            body=body,
            response_type=SubscriptionOfferCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionOfferCodesCustomCodes(SyncAPIResource):
    """``client.subscription_offer_codes.custom_codes``: /v1/subscriptionOfferCodes"""

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
        SubscriptionOfferCodeCustomCodesLinkagesResponse,
        SubscriptionOfferCodeCustomCodesLinkagesResponseData,
    ]:
        """subscriptionOfferCodes_customCodes_getToManyRelationship

        GET /v1/subscriptionOfferCodes/{id}/relationships/customCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-relationships-customcodes
        """
        from ascapi.models.subscription_offer_code_custom_codes_linkages_response import (
            SubscriptionOfferCodeCustomCodesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionOfferCodes/{id}/relationships/customCodes", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionOfferCodeCustomCodesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_subscription_offer_code_custom_codes: Sequence[_Enum8] | None = None,
        fields_subscription_offer_codes: Sequence[_Enum5] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum11] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionOfferCodeCustomCodesResponse, SubscriptionOfferCodeCustomCode]:
        """subscriptionOfferCodes_customCodes_getToManyRelated

        GET /v1/subscriptionOfferCodes/{id}/customCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-customcodes
        """
        from ascapi.models.subscription_offer_code_custom_codes_response import (
            SubscriptionOfferCodeCustomCodesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionOfferCodes/{id}/customCodes", id=id),
            params={
                "fields[subscriptionOfferCodeCustomCodes]": fields_subscription_offer_code_custom_codes,
                "fields[subscriptionOfferCodes]": fields_subscription_offer_codes,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionOfferCodeCustomCodesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionOfferCodesOneTimeUseCodes(SyncAPIResource):
    """``client.subscription_offer_codes.one_time_use_codes``: /v1/subscriptionOfferCodes"""

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
        SubscriptionOfferCodeOneTimeUseCodesLinkagesResponse,
        SubscriptionOfferCodeOneTimeUseCodesLinkagesResponseData,
    ]:
        """subscriptionOfferCodes_oneTimeUseCodes_getToManyRelationship

        GET /v1/subscriptionOfferCodes/{id}/relationships/oneTimeUseCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-relationships-onetimeusecodes
        """
        from ascapi.models.subscription_offer_code_one_time_use_codes_linkages_response import (
            SubscriptionOfferCodeOneTimeUseCodesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionOfferCodes/{id}/relationships/oneTimeUseCodes", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionOfferCodeOneTimeUseCodesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_subscription_offer_code_one_time_use_codes: Sequence[_Enum7] | None = None,
        fields_subscription_offer_codes: Sequence[_Enum5] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum11] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionOfferCodeOneTimeUseCodesResponse, SubscriptionOfferCodeOneTimeUseCode]:
        """subscriptionOfferCodes_oneTimeUseCodes_getToManyRelated

        GET /v1/subscriptionOfferCodes/{id}/oneTimeUseCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-onetimeusecodes
        """
        from ascapi.models.subscription_offer_code_one_time_use_codes_response import (
            SubscriptionOfferCodeOneTimeUseCodesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionOfferCodes/{id}/oneTimeUseCodes", id=id),
            params={
                "fields[subscriptionOfferCodeOneTimeUseCodes]": fields_subscription_offer_code_one_time_use_codes,
                "fields[subscriptionOfferCodes]": fields_subscription_offer_codes,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionOfferCodeOneTimeUseCodesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionOfferCodesPrices(SyncAPIResource):
    """``client.subscription_offer_codes.prices``: /v1/subscriptionOfferCodes"""

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
        SubscriptionOfferCodePricesLinkagesResponse, SubscriptionOfferCodePricesLinkagesResponseData
    ]:
        """subscriptionOfferCodes_prices_getToManyRelationship

        GET /v1/subscriptionOfferCodes/{id}/relationships/prices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-relationships-prices
        """
        from ascapi.models.subscription_offer_code_prices_linkages_response import (
            SubscriptionOfferCodePricesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionOfferCodes/{id}/relationships/prices", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionOfferCodePricesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_subscription_offer_code_prices: Sequence[_Enum9] | None = None,
        fields_territories: Sequence[_Enum12] | None = None,
        fields_subscription_price_points: Sequence[_Enum13] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum9] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionOfferCodePricesResponse, SubscriptionOfferCodePrice]:
        """subscriptionOfferCodes_prices_getToManyRelated

        GET /v1/subscriptionOfferCodes/{id}/prices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-prices
        """
        from ascapi.models.subscription_offer_code_prices_response import (
            SubscriptionOfferCodePricesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionOfferCodes/{id}/prices", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[subscriptionOfferCodePrices]": fields_subscription_offer_code_prices,
                "fields[territories]": fields_territories,
                "fields[subscriptionPricePoints]": fields_subscription_price_points,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionOfferCodePricesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionOfferCodes(AsyncAPIResource):
    """``client.subscription_offer_codes``: /v1/subscriptionOfferCodes"""

    @cached_property
    def custom_codes(self) -> AsyncSubscriptionOfferCodesCustomCodes:
        return AsyncSubscriptionOfferCodesCustomCodes(self._client)

    @cached_property
    def one_time_use_codes(self) -> AsyncSubscriptionOfferCodesOneTimeUseCodes:
        return AsyncSubscriptionOfferCodesOneTimeUseCodes(self._client)

    @cached_property
    def prices(self) -> AsyncSubscriptionOfferCodesPrices:
        return AsyncSubscriptionOfferCodesPrices(self._client)

    async def create(
        self,
        *,
        body: SubscriptionOfferCodeCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        customer_eligibilities: Sequence[_Enum0 | str] | None | UnsetType = UNSET,
        offer_eligibility: _Enum1 | str | None | UnsetType = UNSET,
        duration: _Enum2 | str | None | UnsetType = UNSET,
        offer_mode: _Enum3 | str | None | UnsetType = UNSET,
        number_of_periods: int | None | UnsetType = UNSET,
        auto_renew_enabled: bool | None | UnsetType = UNSET,
        target_subscription_plan_type: _Enum4 | str | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        prices: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[SubscriptionOfferCodePriceInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionOfferCodeResponse:
        """subscriptionOfferCodes_createInstance

        POST /v1/subscriptionOfferCodes

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionoffercodes
        """
        from ascapi.models.subscription_offer_code_response import SubscriptionOfferCodeResponse

        body = _support.document(
            body,
            name is not UNSET
            or customer_eligibilities is not UNSET
            or offer_eligibility is not UNSET
            or duration is not UNSET
            or offer_mode is not UNSET
            or number_of_periods is not UNSET
            or auto_renew_enabled is not UNSET
            or target_subscription_plan_type is not UNSET
            or subscription is not UNSET
            or prices is not UNSET
            or included is not UNSET,
            "subscriptionOfferCodes",
            None,
            {
                "name": name,
                "customerEligibilities": customer_eligibilities,
                "offerEligibility": offer_eligibility,
                "duration": duration,
                "offerMode": offer_mode,
                "numberOfPeriods": number_of_periods,
                "autoRenewEnabled": auto_renew_enabled,
                "targetSubscriptionPlanType": target_subscription_plan_type,
            },
            {
                "subscription": ("subscriptions", False, subscription),
                "prices": ("subscriptionOfferCodePrices", True, prices),
            },
            attributes_required=True,
            included=included,
        )
        return await self._client._call(
            "POST",
            "/v1/subscriptionOfferCodes",
            body=body,
            response_type=SubscriptionOfferCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_subscription_offer_codes: Sequence[_Enum5] | None = None,
        fields_subscriptions: Sequence[_Enum6] | None = None,
        fields_subscription_offer_code_one_time_use_codes: Sequence[_Enum7] | None = None,
        fields_subscription_offer_code_custom_codes: Sequence[_Enum8] | None = None,
        fields_subscription_offer_code_prices: Sequence[_Enum9] | None = None,
        include: Sequence[_Enum10] | None = None,
        limit_custom_codes: int | None = None,
        limit_one_time_use_codes: int | None = None,
        limit_prices: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionOfferCodeResponse:
        """subscriptionOfferCodes_getInstance

        GET /v1/subscriptionOfferCodes/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_
        """
        from ascapi.models.subscription_offer_code_response import SubscriptionOfferCodeResponse

        return await self._client._call(
            "GET",
            path("/v1/subscriptionOfferCodes/{id}", id=id),
            params={
                "fields[subscriptionOfferCodes]": fields_subscription_offer_codes,
                "fields[subscriptions]": fields_subscriptions,
                "fields[subscriptionOfferCodeOneTimeUseCodes]": fields_subscription_offer_code_one_time_use_codes,
                "fields[subscriptionOfferCodeCustomCodes]": fields_subscription_offer_code_custom_codes,
                "fields[subscriptionOfferCodePrices]": fields_subscription_offer_code_prices,
                "include": include,
                "limit[customCodes]": limit_custom_codes,
                "limit[oneTimeUseCodes]": limit_one_time_use_codes,
                "limit[prices]": limit_prices,
            },
            maxima={"limit[customCodes]": 50, "limit[oneTimeUseCodes]": 50, "limit[prices]": 50},
            response_type=SubscriptionOfferCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: SubscriptionOfferCodeUpdateRequest | Mapping[str, Any] | None = None,
        active: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionOfferCodeResponse:
        """subscriptionOfferCodes_updateInstance

        PATCH /v1/subscriptionOfferCodes/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionoffercodes-_id_
        """
        from ascapi.models.subscription_offer_code_response import SubscriptionOfferCodeResponse

        body = _support.document(
            body,
            active is not UNSET,
            "subscriptionOfferCodes",
            id,
            {"active": active},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/subscriptionOfferCodes/{id}", id=id),
            body=body,
            response_type=SubscriptionOfferCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionOfferCodesCustomCodes(AsyncAPIResource):
    """``client.subscription_offer_codes.custom_codes``: /v1/subscriptionOfferCodes"""

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
        SubscriptionOfferCodeCustomCodesLinkagesResponse,
        SubscriptionOfferCodeCustomCodesLinkagesResponseData,
    ]:
        """subscriptionOfferCodes_customCodes_getToManyRelationship

        GET /v1/subscriptionOfferCodes/{id}/relationships/customCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-relationships-customcodes
        """
        from ascapi.models.subscription_offer_code_custom_codes_linkages_response import (
            SubscriptionOfferCodeCustomCodesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionOfferCodes/{id}/relationships/customCodes", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionOfferCodeCustomCodesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_subscription_offer_code_custom_codes: Sequence[_Enum8] | None = None,
        fields_subscription_offer_codes: Sequence[_Enum5] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum11] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionOfferCodeCustomCodesResponse, SubscriptionOfferCodeCustomCode]:
        """subscriptionOfferCodes_customCodes_getToManyRelated

        GET /v1/subscriptionOfferCodes/{id}/customCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-customcodes
        """
        from ascapi.models.subscription_offer_code_custom_codes_response import (
            SubscriptionOfferCodeCustomCodesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionOfferCodes/{id}/customCodes", id=id),
            params={
                "fields[subscriptionOfferCodeCustomCodes]": fields_subscription_offer_code_custom_codes,
                "fields[subscriptionOfferCodes]": fields_subscription_offer_codes,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionOfferCodeCustomCodesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionOfferCodesOneTimeUseCodes(AsyncAPIResource):
    """``client.subscription_offer_codes.one_time_use_codes``: /v1/subscriptionOfferCodes"""

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
        SubscriptionOfferCodeOneTimeUseCodesLinkagesResponse,
        SubscriptionOfferCodeOneTimeUseCodesLinkagesResponseData,
    ]:
        """subscriptionOfferCodes_oneTimeUseCodes_getToManyRelationship

        GET /v1/subscriptionOfferCodes/{id}/relationships/oneTimeUseCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-relationships-onetimeusecodes
        """
        from ascapi.models.subscription_offer_code_one_time_use_codes_linkages_response import (
            SubscriptionOfferCodeOneTimeUseCodesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionOfferCodes/{id}/relationships/oneTimeUseCodes", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionOfferCodeOneTimeUseCodesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_subscription_offer_code_one_time_use_codes: Sequence[_Enum7] | None = None,
        fields_subscription_offer_codes: Sequence[_Enum5] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum11] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        SubscriptionOfferCodeOneTimeUseCodesResponse, SubscriptionOfferCodeOneTimeUseCode
    ]:
        """subscriptionOfferCodes_oneTimeUseCodes_getToManyRelated

        GET /v1/subscriptionOfferCodes/{id}/oneTimeUseCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-onetimeusecodes
        """
        from ascapi.models.subscription_offer_code_one_time_use_codes_response import (
            SubscriptionOfferCodeOneTimeUseCodesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionOfferCodes/{id}/oneTimeUseCodes", id=id),
            params={
                "fields[subscriptionOfferCodeOneTimeUseCodes]": fields_subscription_offer_code_one_time_use_codes,
                "fields[subscriptionOfferCodes]": fields_subscription_offer_codes,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionOfferCodeOneTimeUseCodesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionOfferCodesPrices(AsyncAPIResource):
    """``client.subscription_offer_codes.prices``: /v1/subscriptionOfferCodes"""

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
        SubscriptionOfferCodePricesLinkagesResponse, SubscriptionOfferCodePricesLinkagesResponseData
    ]:
        """subscriptionOfferCodes_prices_getToManyRelationship

        GET /v1/subscriptionOfferCodes/{id}/relationships/prices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-relationships-prices
        """
        from ascapi.models.subscription_offer_code_prices_linkages_response import (
            SubscriptionOfferCodePricesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionOfferCodes/{id}/relationships/prices", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionOfferCodePricesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_subscription_offer_code_prices: Sequence[_Enum9] | None = None,
        fields_territories: Sequence[_Enum12] | None = None,
        fields_subscription_price_points: Sequence[_Enum13] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum9] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionOfferCodePricesResponse, SubscriptionOfferCodePrice]:
        """subscriptionOfferCodes_prices_getToManyRelated

        GET /v1/subscriptionOfferCodes/{id}/prices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-prices
        """
        from ascapi.models.subscription_offer_code_prices_response import (
            SubscriptionOfferCodePricesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionOfferCodes/{id}/prices", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[subscriptionOfferCodePrices]": fields_subscription_offer_code_prices,
                "fields[territories]": fields_territories,
                "fields[subscriptionPricePoints]": fields_subscription_price_points,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionOfferCodePricesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
