# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_grace_periods`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.subscription_grace_period_response import SubscriptionGracePeriodResponse
    from ascapi.models.subscription_grace_period_update_request import (
        SubscriptionGracePeriodUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["optIn", "sandboxOptIn", "duration", "renewalType"]
    _Enum1 = Literal["THREE_DAYS", "SIXTEEN_DAYS", "TWENTY_EIGHT_DAYS"]
    _Enum2 = Literal["ALL_RENEWALS", "PAID_TO_PAID_ONLY"]


class SubscriptionGracePeriods(SyncAPIResource):
    """``client.subscription_grace_periods``: /v1/subscriptionGracePeriods"""

    def get(
        self,
        id: str,
        *,
        fields_subscription_grace_periods: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGracePeriodResponse:
        """subscriptionGracePeriods_getInstance

        GET /v1/subscriptionGracePeriods/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongraceperiods-_id_
        """
        from ascapi.models.subscription_grace_period_response import SubscriptionGracePeriodResponse

        return self._client._call(
            "GET",
            path("/v1/subscriptionGracePeriods/{id}", id=id),
            params={"fields[subscriptionGracePeriods]": fields_subscription_grace_periods},
            response_type=SubscriptionGracePeriodResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: SubscriptionGracePeriodUpdateRequest | Mapping[str, Any] | None = None,
        opt_in: bool | None | UnsetType = UNSET,
        sandbox_opt_in: bool | None | UnsetType = UNSET,
        duration: _Enum1 | str | None | UnsetType = UNSET,
        renewal_type: _Enum2 | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGracePeriodResponse:
        """subscriptionGracePeriods_updateInstance

        PATCH /v1/subscriptionGracePeriods/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptiongraceperiods-_id_
        """
        from ascapi.models.subscription_grace_period_response import SubscriptionGracePeriodResponse

        body = _support.document(
            body,
            opt_in is not UNSET
            or sandbox_opt_in is not UNSET
            or duration is not UNSET
            or renewal_type is not UNSET,
            "subscriptionGracePeriods",
            id,
            {
                "optIn": opt_in,
                "sandboxOptIn": sandbox_opt_in,
                "duration": duration,
                "renewalType": renewal_type,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/subscriptionGracePeriods/{id}", id=id),
            body=body,
            response_type=SubscriptionGracePeriodResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionGracePeriods(AsyncAPIResource):
    """``client.subscription_grace_periods``: /v1/subscriptionGracePeriods"""

    async def get(
        self,
        id: str,
        *,
        fields_subscription_grace_periods: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGracePeriodResponse:
        """subscriptionGracePeriods_getInstance

        GET /v1/subscriptionGracePeriods/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongraceperiods-_id_
        """
        from ascapi.models.subscription_grace_period_response import SubscriptionGracePeriodResponse

        return await self._client._call(
            "GET",
            path("/v1/subscriptionGracePeriods/{id}", id=id),
            params={"fields[subscriptionGracePeriods]": fields_subscription_grace_periods},
            response_type=SubscriptionGracePeriodResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: SubscriptionGracePeriodUpdateRequest | Mapping[str, Any] | None = None,
        opt_in: bool | None | UnsetType = UNSET,
        sandbox_opt_in: bool | None | UnsetType = UNSET,
        duration: _Enum1 | str | None | UnsetType = UNSET,
        renewal_type: _Enum2 | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGracePeriodResponse:
        """subscriptionGracePeriods_updateInstance

        PATCH /v1/subscriptionGracePeriods/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptiongraceperiods-_id_
        """
        from ascapi.models.subscription_grace_period_response import SubscriptionGracePeriodResponse

        body = _support.document(
            body,
            opt_in is not UNSET
            or sandbox_opt_in is not UNSET
            or duration is not UNSET
            or renewal_type is not UNSET,
            "subscriptionGracePeriods",
            id,
            {
                "optIn": opt_in,
                "sandboxOptIn": sandbox_opt_in,
                "duration": duration,
                "renewalType": renewal_type,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/subscriptionGracePeriods/{id}", id=id),
            body=body,
            response_type=SubscriptionGracePeriodResponse,
            options=options(extra_headers, extra_query, timeout),
        )
