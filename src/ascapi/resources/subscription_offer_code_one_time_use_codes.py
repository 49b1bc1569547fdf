# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_offer_code_one_time_use_codes`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.subscription_offer_code_one_time_use_code_create_request import (
        SubscriptionOfferCodeOneTimeUseCodeCreateRequest,
    )
    from ascapi.models.subscription_offer_code_one_time_use_code_response import (
        SubscriptionOfferCodeOneTimeUseCodeResponse,
    )
    from ascapi.models.subscription_offer_code_one_time_use_code_update_request import (
        SubscriptionOfferCodeOneTimeUseCodeUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["PRODUCTION", "SANDBOX"]
    _Enum1 = Literal[
        "numberOfCodes",
        "createdDate",
        "expirationDate",
        "active",
        "environment",
        "offerCode",
        "values",
    ]
    _Enum2 = Literal[
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
    _Enum3 = Literal["offerCode"]


class SubscriptionOfferCodeOneTimeUseCodes(SyncAPIResource):
    """``client.subscription_offer_code_one_time_use_codes``: /v1/subscriptionOfferCodeOneTimeUseCodes"""

    @cached_property
    def values(self) -> SubscriptionOfferCodeOneTimeUseCodesValues:
        return SubscriptionOfferCodeOneTimeUseCodesValues(self._client)

    def create(
        self,
        *,
        body: SubscriptionOfferCodeOneTimeUseCodeCreateRequest | Mapping[str, Any] | None = None,
        number_of_codes: int | None | UnsetType = UNSET,
        expiration_date: _dt.date | str | None | UnsetType = UNSET,
        environment: _Enum0 | str | None | UnsetType = UNSET,
        offer_code: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionOfferCodeOneTimeUseCodeResponse:
        """subscriptionOfferCodeOneTimeUseCodes_createInstance

        POST /v1/subscriptionOfferCodeOneTimeUseCodes

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionoffercodeonetimeusecodes
        """
        from ascapi.models.subscription_offer_code_one_time_use_code_response import (
            SubscriptionOfferCodeOneTimeUseCodeResponse,
        )

        body = _support.document(
            body,
            number_of_codes is not UNSET
            or expiration_date is not UNSET
            or environment is not UNSET
            or offer_code is not UNSET,
            "subscriptionOfferCodeOneTimeUseCodes",
            None,
            {
                "numberOfCodes": number_of_codes,
                "expirationDate": _support.day(expiration_date, "expiration_date"),
                "environment": environment,
            },
            {"offerCode": ("subscriptionOfferCodes", False, offer_code)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/subscriptionOfferCodeOneTimeUseCodes",
            body=body,
            response_type=SubscriptionOfferCodeOneTimeUseCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_subscription_offer_code_one_time_use_codes: Sequence[_Enum1] | None = None,
        fields_subscription_offer_codes: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionOfferCodeOneTimeUseCodeResponse:
        """subscriptionOfferCodeOneTimeUseCodes_getInstance

        GET /v1/subscriptionOfferCodeOneTimeUseCodes/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodeonetimeusecodes-_id_
        """
        from ascapi.models.subscription_offer_code_one_time_use_code_response import (
            SubscriptionOfferCodeOneTimeUseCodeResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/subscriptionOfferCodeOneTimeUseCodes/{id}", id=id),
            params={
                "fields[subscriptionOfferCodeOneTimeUseCodes]": fields_subscription_offer_code_one_time_use_codes,
                "fields[subscriptionOfferCodes]": fields_subscription_offer_codes,
                "include": include,
            },
            response_type=SubscriptionOfferCodeOneTimeUseCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: SubscriptionOfferCodeOneTimeUseCodeUpdateRequest | Mapping[str, Any] | None = None,
        active: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionOfferCodeOneTimeUseCodeResponse:
        """subscriptionOfferCodeOneTimeUseCodes_updateInstance

        PATCH /v1/subscriptionOfferCodeOneTimeUseCodes/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionoffercodeonetimeusecodes-_id_
        """
        from ascapi.models.subscription_offer_code_one_time_use_code_response import (
            SubscriptionOfferCodeOneTimeUseCodeResponse,
        )

        body = _support.document(
            body,
            active is not UNSET,
            "subscriptionOfferCodeOneTimeUseCodes",
            id,
            {"active": active},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/subscriptionOfferCodeOneTimeUseCodes/{id}", id=id),
            body=body,
            response_type=SubscriptionOfferCodeOneTimeUseCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionOfferCodeOneTimeUseCodesValues(SyncAPIResource):
    """``client.subscription_offer_code_one_time_use_codes.values``: /v1/subscriptionOfferCodeOneTimeUseCodes"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """subscriptionOfferCodeOneTimeUseCodes_values_getToOneRelated

        GET /v1/subscriptionOfferCodeOneTimeUseCodes/{id}/values

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodeonetimeusecodes-_id_-values
        """
        return self._client._call(
            "GET",
            path("/v1/subscriptionOfferCodeOneTimeUseCodes/{id}/values", id=id),
            result="text",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionOfferCodeOneTimeUseCodes(AsyncAPIResource):
    """``client.subscription_offer_code_one_time_use_codes``: /v1/subscriptionOfferCodeOneTimeUseCodes"""

    @cached_property
    def values(self) -> AsyncSubscriptionOfferCodeOneTimeUseCodesValues:
        return AsyncSubscriptionOfferCodeOneTimeUseCodesValues(self._client)

    async def create(
        self,
        *,
        body: SubscriptionOfferCodeOneTimeUseCodeCreateRequest | Mapping[str, Any] | None = None,
        number_of_codes: int | None | UnsetType = UNSET,
        expiration_date: _dt.date | str | None | UnsetType = UNSET,
        environment: _Enum0 | str | None | UnsetType = UNSET,
        offer_code: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionOfferCodeOneTimeUseCodeResponse:
        """subscriptionOfferCodeOneTimeUseCodes_createInstance

        POST /v1/subscriptionOfferCodeOneTimeUseCodes

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionoffercodeonetimeusecodes
        """
        from ascapi.models.subscription_offer_code_one_time_use_code_response import (
            SubscriptionOfferCodeOneTimeUseCodeResponse,
        )

        body = _support.document(
            body,
            number_of_codes is not UNSET
            or expiration_date is not UNSET
            or environment is not UNSET
            or offer_code is not UNSET,
            "subscriptionOfferCodeOneTimeUseCodes",
            None,
            {
                "numberOfCodes": number_of_codes,
                "expirationDate": _support.day(expiration_date, "expiration_date"),
                "environment": environment,
            },
            {"offerCode": ("subscriptionOfferCodes", False, offer_code)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/subscriptionOfferCodeOneTimeUseCodes",
            body=body,
            response_type=SubscriptionOfferCodeOneTimeUseCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_subscription_offer_code_one_time_use_codes: Sequence[_Enum1] | None = None,
        fields_subscription_offer_codes: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionOfferCodeOneTimeUseCodeResponse:
        """subscriptionOfferCodeOneTimeUseCodes_getInstance

        GET /v1/subscriptionOfferCodeOneTimeUseCodes/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodeonetimeusecodes-_id_
        """
        from ascapi.models.subscription_offer_code_one_time_use_code_response import (
            SubscriptionOfferCodeOneTimeUseCodeResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/subscriptionOfferCodeOneTimeUseCodes/{id}", id=id),
            params={
                "fields[subscriptionOfferCodeOneTimeUseCodes]": fields_subscription_offer_code_one_time_use_codes,
                "fields[subscriptionOfferCodes]": fields_subscription_offer_codes,
                "include": include,
            },
            response_type=SubscriptionOfferCodeOneTimeUseCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: SubscriptionOfferCodeOneTimeUseCodeUpdateRequest | Mapping[str, Any] | None = None,
        active: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionOfferCodeOneTimeUseCodeResponse:
        """subscriptionOfferCodeOneTimeUseCodes_updateInstance

        PATCH /v1/subscriptionOfferCodeOneTimeUseCodes/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionoffercodeonetimeusecodes-_id_
        """
        from ascapi.models.subscription_offer_code_one_time_use_code_response import (
            SubscriptionOfferCodeOneTimeUseCodeResponse,
        )

        body = _support.document(
            body,
            active is not UNSET,
            "subscriptionOfferCodeOneTimeUseCodes",
            id,
            {"active": active},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/subscriptionOfferCodeOneTimeUseCodes/{id}", id=id),
            body=body,
            response_type=SubscriptionOfferCodeOneTimeUseCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionOfferCodeOneTimeUseCodesValues(AsyncAPIResource):
    """``client.subscription_offer_code_one_time_use_codes.values``: /v1/subscriptionOfferCodeOneTimeUseCodes"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """subscriptionOfferCodeOneTimeUseCodes_values_getToOneRelated

        GET /v1/subscriptionOfferCodeOneTimeUseCodes/{id}/values

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodeonetimeusecodes-_id_-values
        """
        return await self._client._call(
            "GET",
            path("/v1/subscriptionOfferCodeOneTimeUseCodes/{id}/values", id=id),
            result="text",
            options=options(extra_headers, extra_query, timeout),
        )
