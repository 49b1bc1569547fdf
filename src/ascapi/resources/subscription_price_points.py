# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_price_points`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, overload

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._types import NOT_GIVEN

if TYPE_CHECKING:
    from collections.abc import Awaitable, Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.subscription_price_point import SubscriptionPricePoint
    from ascapi.models.subscription_price_point_equalizations_linkages_response import (
        SubscriptionPricePointEqualizationsLinkagesResponse,
        SubscriptionPricePointEqualizationsLinkagesResponseData,
    )
    from ascapi.models.subscription_price_point_response import SubscriptionPricePointResponse
    from ascapi.models.subscription_price_points_response import SubscriptionPricePointsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "customerPrice",
        "proceeds",
        "proceedsYear2",
        "territory",
        "equalizations",
        "adjustedEqualizations",
    ]
    _Enum1 = Literal["currency"]
    _Enum2 = Literal["territory"]


class SubscriptionPricePoints(SyncAPIResource):
    """``client.subscription_price_points``: /v1/subscriptionPricePoints"""

    @cached_property
    def adjusted_equalizations(self) -> SubscriptionPricePointsAdjustedEqualizations:
        return SubscriptionPricePointsAdjustedEqualizations(self._client)

    @cached_property
    def equalizations(self) -> SubscriptionPricePointsEqualizations:
        return SubscriptionPricePointsEqualizations(self._client)

    def get(
        self,
        id: str,
        *,
        fields_subscription_price_points: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPricePointResponse:
        """subscriptionPricePoints_getInstance

        GET /v1/subscriptionPricePoints/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_
        """
        from ascapi.models.subscription_price_point_response import SubscriptionPricePointResponse

        return self._client._call(
            "GET",
            path("/v1/subscriptionPricePoints/{id}", id=id),
            params={
                "fields[subscriptionPricePoints]": fields_subscription_price_points,
                "fields[territories]": fields_territories,
                "include": include,
            },
            response_type=SubscriptionPricePointResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionPricePointsAdjustedEqualizations(SyncAPIResource):
    """``client.subscription_price_points.adjusted_equalizations``: /v1/subscriptionPricePoints"""

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_subscription: Sequence[str] | None = None,
        filter_upfront_price_point_id: Sequence[str] | None = None,
        filter_plan_type: Sequence[str] | None = None,
        fields_subscription_price_points: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        accept: Literal["text/csv"],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str: ...

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_subscription: Sequence[str] | None = None,
        filter_upfront_price_point_id: Sequence[str] | None = None,
        filter_plan_type: Sequence[str] | None = None,
        fields_subscription_price_points: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionPricePointsResponse, SubscriptionPricePoint]: ...

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_subscription: Sequence[str] | None = None,
        filter_upfront_price_point_id: Sequence[str] | None = None,
        filter_plan_type: Sequence[str] | None = None,
        fields_subscription_price_points: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json", "text/csv"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionPricePointsResponse, SubscriptionPricePoint] | str:
        """subscriptionPricePoints_adjustedEqualizations_getToManyRelated

        GET /v1/subscriptionPricePoints/{id}/adjustedEqualizations

        ``accept="text/csv"`` returns the CSV text instead of a page of JSON.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-adjustedequalizations
        """
        from ascapi.models.subscription_price_points_response import SubscriptionPricePointsResponse

        if accept == "text/csv":
            return self._client._call(
                "GET",
                path("/v1/subscriptionPricePoints/{id}/adjustedEqualizations", id=id),
                params={
                    "filter[territory]": filter_territory,
                    "filter[subscription]": filter_subscription,
                    "filter[upfrontPricePointId]": filter_upfront_price_point_id,
                    "filter[planType]": filter_plan_type,
                    "fields[subscriptionPricePoints]": fields_subscription_price_points,
                    "fields[territories]": fields_territories,
                    "limit": limit,
                    "include": include,
                    "cursor": cursor,
                },
                maxima={"limit": 8000},
                result="text",
                accept="text/csv",
                options=options(extra_headers, extra_query, timeout),
            )
        return self._client._get_page(
            path("/v1/subscriptionPricePoints/{id}/adjustedEqualizations", id=id),
            params={
                "filter[territory]": filter_territory,
                "filter[subscription]": filter_subscription,
                "filter[upfrontPricePointId]": filter_upfront_price_point_id,
                "filter[planType]": filter_plan_type,
                "fields[subscriptionPricePoints]": fields_subscription_price_points,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 8000},
            response_type=SubscriptionPricePointsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionPricePointsEqualizations(SyncAPIResource):
    """``client.subscription_price_points.equalizations``: /v1/subscriptionPricePoints"""

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
        SubscriptionPricePointEqualizationsLinkagesResponse,
        SubscriptionPricePointEqualizationsLinkagesResponseData,
    ]:
        """subscriptionPricePoints_equalizations_getToManyRelationship

        GET /v1/subscriptionPricePoints/{id}/relationships/equalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-relationships-equalizations
        """
        from ascapi.models.subscription_price_point_equalizations_linkages_response import (
            SubscriptionPricePointEqualizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionPricePoints/{id}/relationships/equalizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 8000},
            response_type=SubscriptionPricePointEqualizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_subscription: Sequence[str] | None = None,
        filter_upfront_price_point_id: Sequence[str] | None = None,
        filter_plan_type: Sequence[str] | None = None,
        fields_subscription_price_points: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        accept: Literal["text/csv"],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str: ...

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_subscription: Sequence[str] | None = None,
        filter_upfront_price_point_id: Sequence[str] | None = None,
        filter_plan_type: Sequence[str] | None = None,
        fields_subscription_price_points: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionPricePointsResponse, SubscriptionPricePoint]: ...

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_subscription: Sequence[str] | None = None,
        filter_upfront_price_point_id: Sequence[str] | None = None,
        filter_plan_type: Sequence[str] | None = None,
        fields_subscription_price_points: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json", "text/csv"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionPricePointsResponse, SubscriptionPricePoint] | str:
        """subscriptionPricePoints_equalizations_getToManyRelated

        GET /v1/subscriptionPricePoints/{id}/equalizations

        ``accept="text/csv"`` returns the CSV text instead of a page of JSON.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-equalizations
        """
        from ascapi.models.subscription_price_points_response import SubscriptionPricePointsResponse

        if accept == "text/csv":
            return self._client._call(
                "GET",
                path("/v1/subscriptionPricePoints/{id}/equalizations", id=id),
                params={
                    "filter[territory]": filter_territory,
                    "filter[subscription]": filter_subscription,
                    "filter[upfrontPricePointId]": filter_upfront_price_point_id,
                    "filter[planType]": filter_plan_type,
                    "fields[subscriptionPricePoints]": fields_subscription_price_points,
                    "fields[territories]": fields_territories,
                    "limit": limit,
                    "include": include,
                    "cursor": cursor,
                },
                maxima={"limit": 8000},
                result="text",
                accept="text/csv",
                options=options(extra_headers, extra_query, timeout),
            )
        return self._client._get_page(
            path("/v1/subscriptionPricePoints/{id}/equalizations", id=id),
            params={
                "filter[territory]": filter_territory,
                "filter[subscription]": filter_subscription,
                "filter[upfrontPricePointId]": filter_upfront_price_point_id,
                "filter[planType]": filter_plan_type,
                "fields[subscriptionPricePoints]": fields_subscription_price_points,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 8000},
            response_type=SubscriptionPricePointsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionPricePoints(AsyncAPIResource):
    """``client.subscription_price_points``: /v1/subscriptionPricePoints"""

    @cached_property
    def adjusted_equalizations(self) -> AsyncSubscriptionPricePointsAdjustedEqualizations:
        return AsyncSubscriptionPricePointsAdjustedEqualizations(self._client)

    @cached_property
    def equalizations(self) -> AsyncSubscriptionPricePointsEqualizations:
        return AsyncSubscriptionPricePointsEqualizations(self._client)

    async def get(
        self,
        id: str,
        *,
        fields_subscription_price_points: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPricePointResponse:
        """subscriptionPricePoints_getInstance

        GET /v1/subscriptionPricePoints/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_
        """
        from ascapi.models.subscription_price_point_response import SubscriptionPricePointResponse

        return await self._client._call(
            "GET",
            path("/v1/subscriptionPricePoints/{id}", id=id),
            params={
                "fields[subscriptionPricePoints]": fields_subscription_price_points,
                "fields[territories]": fields_territories,
                "include": include,
            },
            response_type=SubscriptionPricePointResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionPricePointsAdjustedEqualizations(AsyncAPIResource):
    """``client.subscription_price_points.adjusted_equalizations``: /v1/subscriptionPricePoints"""

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_subscription: Sequence[str] | None = None,
        filter_upfront_price_point_id: Sequence[str] | None = None,
        filter_plan_type: Sequence[str] | None = None,
        fields_subscription_price_points: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        accept: Literal["text/csv"],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Awaitable[str]: ...

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_subscription: Sequence[str] | None = None,
        filter_upfront_price_point_id: Sequence[str] | None = None,
        filter_plan_type: Sequence[str] | None = None,
        fields_subscription_price_points: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionPricePointsResponse, SubscriptionPricePoint]: ...

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_subscription: Sequence[str] | None = None,
        filter_upfront_price_point_id: Sequence[str] | None = None,
        filter_plan_type: Sequence[str] | None = None,
        fields_subscription_price_points: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json", "text/csv"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionPricePointsResponse, SubscriptionPricePoint] | Awaitable[str]:
        """subscriptionPricePoints_adjustedEqualizations_getToManyRelated

        GET /v1/subscriptionPricePoints/{id}/adjustedEqualizations

        ``accept="text/csv"`` returns the CSV text instead of a page of JSON.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-adjustedequalizations
        """
        from ascapi.models.subscription_price_points_response import SubscriptionPricePointsResponse

        if accept == "text/csv":
            return self._client._call(
                "GET",
                path("/v1/subscriptionPricePoints/{id}/adjustedEqualizations", id=id),
                params={
                    "filter[territory]": filter_territory,
                    "filter[subscription]": filter_subscription,
                    "filter[upfrontPricePointId]": filter_upfront_price_point_id,
                    "filter[planType]": filter_plan_type,
                    "fields[subscriptionPricePoints]": fields_subscription_price_points,
                    "fields[territories]": fields_territories,
                    "limit": limit,
                    "include": include,
                    "cursor": cursor,
                },
                maxima={"limit": 8000},
                result="text",
                accept="text/csv",
                options=options(extra_headers, extra_query, timeout),
            )
        return self._client._get_page(
            path("/v1/subscriptionPricePoints/{id}/adjustedEqualizations", id=id),
            params={
                "filter[territory]": filter_territory,
                "filter[subscription]": filter_subscription,
                "filter[upfrontPricePointId]": filter_upfront_price_point_id,
                "filter[planType]": filter_plan_type,
                "fields[subscriptionPricePoints]": fields_subscription_price_points,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 8000},
            response_type=SubscriptionPricePointsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionPricePointsEqualizations(AsyncAPIResource):
    """``client.subscription_price_points.equalizations``: /v1/subscriptionPricePoints"""

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
        SubscriptionPricePointEqualizationsLinkagesResponse,
        SubscriptionPricePointEqualizationsLinkagesResponseData,
    ]:
        """subscriptionPricePoints_equalizations_getToManyRelationship

        GET /v1/subscriptionPricePoints/{id}/relationships/equalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-relationships-equalizations
        """
        from ascapi.models.subscription_price_point_equalizations_linkages_response import (
            SubscriptionPricePointEqualizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionPricePoints/{id}/relationships/equalizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 8000},
            response_type=SubscriptionPricePointEqualizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_subscription: Sequence[str] | None = None,
        filter_upfront_price_point_id: Sequence[str] | None = None,
        filter_plan_type: Sequence[str] | None = None,
        fields_subscription_price_points: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        accept: Literal["text/csv"],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Awaitable[str]: ...

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_subscription: Sequence[str] | None = None,
        filter_upfront_price_point_id: Sequence[str] | None = None,
        filter_plan_type: Sequence[str] | None = None,
        fields_subscription_price_points: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionPricePointsResponse, SubscriptionPricePoint]: ...

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_subscription: Sequence[str] | None = None,
        filter_upfront_price_point_id: Sequence[str] | None = None,
        filter_plan_type: Sequence[str] | None = None,
        fields_subscription_price_points: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json", "text/csv"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionPricePointsResponse, SubscriptionPricePoint] | Awaitable[str]:
        """subscriptionPricePoints_equalizations_getToManyRelated

        GET /v1/subscriptionPricePoints/{id}/equalizations

        ``accept="text/csv"`` returns the CSV text instead of a page of JSON.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-equalizations
        """
        from ascapi.models.subscription_price_points_response import SubscriptionPricePointsResponse

        if accept == "text/csv":
            return self._client._call(
                "GET",
                path("/v1/subscriptionPricePoints/{id}/equalizations", id=id),
                params={
                    "filter[territory]": filter_territory,
                    "filter[subscription]": filter_subscription,
                    "filter[upfrontPricePointId]": filter_upfront_price_point_id,
                    "filter[planType]": filter_plan_type,
                    "fields[subscriptionPricePoints]": fields_subscription_price_points,
                    "fields[territories]": fields_territories,
                    "limit": limit,
                    "include": include,
                    "cursor": cursor,
                },
                maxima={"limit": 8000},
                result="text",
                accept="text/csv",
                options=options(extra_headers, extra_query, timeout),
            )
        return self._client._get_page(
            path("/v1/subscriptionPricePoints/{id}/equalizations", id=id),
            params={
                "filter[territory]": filter_territory,
                "filter[subscription]": filter_subscription,
                "filter[upfrontPricePointId]": filter_upfront_price_point_id,
                "filter[planType]": filter_plan_type,
                "fields[subscriptionPricePoints]": fields_subscription_price_points,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 8000},
            response_type=SubscriptionPricePointsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
