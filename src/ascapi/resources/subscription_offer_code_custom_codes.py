# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_offer_code_custom_codes`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.subscription_offer_code_custom_code_create_request import (
        SubscriptionOfferCodeCustomCodeCreateRequest,
    )
    from ascapi.models.subscription_offer_code_custom_code_response import (
        SubscriptionOfferCodeCustomCodeResponse,
    )
    from ascapi.models.subscription_offer_code_custom_code_update_request import (
        SubscriptionOfferCodeCustomCodeUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "customCode", "numberOfCodes", "createdDate", "expirationDate", "active", "offerCode"
    ]
    _Enum1 = Literal[
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
    _Enum2 = Literal["offerCode"]


class SubscriptionOfferCodeCustomCodes(SyncAPIResource):
    """``client.subscription_offer_code_custom_codes``: /v1/subscriptionOfferCodeCustomCodes"""

    def create(
        self,
        *,
        body: SubscriptionOfferCodeCustomCodeCreateRequest | Mapping[str, Any] | None = None,
        custom_code: str | None | UnsetType = UNSET,
        number_of_codes: int | None | UnsetType = UNSET,
        expiration_date: _dt.date | str | None | UnsetType = UNSET,
        offer_code: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionOfferCodeCustomCodeResponse:
        """subscriptionOfferCodeCustomCodes_createInstance

        POST /v1/subscriptionOfferCodeCustomCodes

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionoffercodecustomcodes
        """
        from ascapi.models.subscription_offer_code_custom_code_response import (
            SubscriptionOfferCodeCustomCodeResponse,
        )

        body = _support.document(
            body,
            custom_code is not UNSET
            or number_of_codes is not UNSET
            or expiration_date is not UNSET
            or offer_code is not UNSET,
            "subscriptionOfferCodeCustomCodes",
            None,
            {
                "customCode": custom_code,
                "numberOfCodes": number_of_codes,
                "expirationDate": _support.day(expiration_date, "expiration_date"),
            },
            {"offerCode": ("subscriptionOfferCodes", False, offer_code)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/subscriptionOfferCodeCustomCodes",
            body=body,
            response_type=SubscriptionOfferCodeCustomCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_subscription_offer_code_custom_codes: Sequence[_Enum0] | None = None,
        fields_subscription_offer_codes: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionOfferCodeCustomCodeResponse:
        """subscriptionOfferCodeCustomCodes_getInstance

        GET /v1/subscriptionOfferCodeCustomCodes/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodecustomcodes-_id_
        """
        from ascapi.models.subscription_offer_code_custom_code_response import (
            SubscriptionOfferCodeCustomCodeResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/subscriptionOfferCodeCustomCodes/{id}", id=id),
            params={
                "fields[subscriptionOfferCodeCustomCodes]": fields_subscription_offer_code_custom_codes,
                "fields[subscriptionOfferCodes]": fields_subscription_offer_codes,
                "include": include,
            },
            response_type=SubscriptionOfferCodeCustomCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: SubscriptionOfferCodeCustomCodeUpdateRequest | Mapping[str, Any] | None = None,
        active: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionOfferCodeCustomCodeResponse:
        """subscriptionOfferCodeCustomCodes_updateInstance

        PATCH /v1/subscriptionOfferCodeCustomCodes/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionoffercodecustomcodes-_id_
        """
        from ascapi.models.subscription_offer_code_custom_code_response import (
            SubscriptionOfferCodeCustomCodeResponse,
        )

        body = _support.document(
            body,
            active is not UNSET,
            "subscriptionOfferCodeCustomCodes",
            id,
            {"active": active},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/subscriptionOfferCodeCustomCodes/{id}", id=id),
            body=body,
            response_type=SubscriptionOfferCodeCustomCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionOfferCodeCustomCodes(AsyncAPIResource):
    """``client.subscription_offer_code_custom_codes``: /v1/subscriptionOfferCodeCustomCodes"""

    async def create(
        self,
        *,
        body: SubscriptionOfferCodeCustomCodeCreateRequest | Mapping[str, Any] | None = None,
        custom_code: str | None | UnsetType = UNSET,
        number_of_codes: int | None | UnsetType = UNSET,
        expiration_date: _dt.date | str | None | UnsetType = UNSET,
        offer_code: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionOfferCodeCustomCodeResponse:
        """subscriptionOfferCodeCustomCodes_createInstance

        POST /v1/subscriptionOfferCodeCustomCodes

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionoffercodecustomcodes
        """
        from ascapi.models.subscription_offer_code_custom_code_response import (
            SubscriptionOfferCodeCustomCodeResponse,
        )

        body = _support.document(
            body,
            custom_code is not UNSET
            or number_of_codes is not UNSET
            or expiration_date is not UNSET
            or offer_code is not UNSET,
            "subscriptionOfferCodeCustomCodes",
            None,
            {
                "customCode": custom_code,
                "numberOfCodes": number_of_codes,
                "expirationDate": _support.day(expiration_date, "expiration_date"),
            },
            {"offerCode": ("subscriptionOfferCodes", False, offer_code)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/subscriptionOfferCodeCustomCodes",
            body=body,
            response_type=SubscriptionOfferCodeCustomCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_subscription_offer_code_custom_codes: Sequence[_Enum0] | None = None,
        fields_subscription_offer_codes: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionOfferCodeCustomCodeResponse:
        """subscriptionOfferCodeCustomCodes_getInstance

        GET /v1/subscriptionOfferCodeCustomCodes/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodecustomcodes-_id_
        """
        from ascapi.models.subscription_offer_code_custom_code_response import (
            SubscriptionOfferCodeCustomCodeResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/subscriptionOfferCodeCustomCodes/{id}", id=id),
            params={
                "fields[subscriptionOfferCodeCustomCodes]": fields_subscription_offer_code_custom_codes,
                "fields[subscriptionOfferCodes]": fields_subscription_offer_codes,
                "include": include,
            },
            response_type=SubscriptionOfferCodeCustomCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: SubscriptionOfferCodeCustomCodeUpdateRequest | Mapping[str, Any] | None = None,
        active: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionOfferCodeCustomCodeResponse:
        """subscriptionOfferCodeCustomCodes_updateInstance

        PATCH /v1/subscriptionOfferCodeCustomCodes/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionoffercodecustomcodes-_id_
        """
        from ascapi.models.subscription_offer_code_custom_code_response import (
            SubscriptionOfferCodeCustomCodeResponse,
        )

        body = _support.document(
            body,
            active is not UNSET,
            "subscriptionOfferCodeCustomCodes",
            id,
            {"active": active},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/subscriptionOfferCodeCustomCodes/{id}", id=id),
            body=body,
            response_type=SubscriptionOfferCodeCustomCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )
