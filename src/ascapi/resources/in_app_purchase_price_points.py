# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``in_app_purchase_price_points`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.in_app_purchase_price_point import InAppPurchasePricePoint
    from ascapi.models.in_app_purchase_price_point_equalizations_linkages_response import (
        InAppPurchasePricePointEqualizationsLinkagesResponse,
        InAppPurchasePricePointEqualizationsLinkagesResponseData,
    )
    from ascapi.models.in_app_purchase_price_points_response import InAppPurchasePricePointsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["customerPrice", "proceeds", "territory", "equalizations"]
    _Enum1 = Literal["currency"]
    _Enum2 = Literal["territory"]


class InAppPurchasePricePoints(SyncAPIResource):
    """``client.in_app_purchase_price_points``"""

    @cached_property
    def equalizations(self) -> InAppPurchasePricePointsEqualizations:
        return InAppPurchasePricePointsEqualizations(self._client)


class InAppPurchasePricePointsEqualizations(SyncAPIResource):
    """``client.in_app_purchase_price_points.equalizations``: /v1/inAppPurchasePricePoints"""

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
        InAppPurchasePricePointEqualizationsLinkagesResponse,
        InAppPurchasePricePointEqualizationsLinkagesResponseData,
    ]:
        """inAppPurchasePricePoints_equalizations_getToManyRelationship

        GET /v1/inAppPurchasePricePoints/{id}/relationships/equalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepricepoints-_id_-relationships-equalizations
        """
        from ascapi.models.in_app_purchase_price_point_equalizations_linkages_response import (
            InAppPurchasePricePointEqualizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchasePricePoints/{id}/relationships/equalizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 8000},
            response_type=InAppPurchasePricePointEqualizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_in_app_purchase_v2: Sequence[str] | None = None,
        fields_in_app_purchase_price_points: Sequence[_Enum0] | None = None,
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
        filter_in_app_purchase_v2: Sequence[str] | None = None,
        fields_in_app_purchase_price_points: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[InAppPurchasePricePointsResponse, InAppPurchasePricePoint]: ...

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_in_app_purchase_v2: Sequence[str] | None = None,
        fields_in_app_purchase_price_points: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json", "text/csv"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[InAppPurchasePricePointsResponse, InAppPurchasePricePoint] | str:
        """inAppPurchasePricePoints_equalizations_getToManyRelated

        GET /v1/inAppPurchasePricePoints/{id}/equalizations

        ``accept="text/csv"`` returns the CSV text instead of a page of JSON.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepricepoints-_id_-equalizations
        """
        from ascapi.models.in_app_purchase_price_points_response import (
            InAppPurchasePricePointsResponse,
        )

        if accept == "text/csv":
            return self._client._call(
                "GET",
                path("/v1/inAppPurchasePricePoints/{id}/equalizations", id=id),
                params={
                    "filter[territory]": filter_territory,
                    "filter[inAppPurchaseV2]": filter_in_app_purchase_v2,
                    "fields[inAppPurchasePricePoints]": fields_in_app_purchase_price_points,
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
            path("/v1/inAppPurchasePricePoints/{id}/equalizations", id=id),
            params={
                "filter[territory]": filter_territory,
                "filter[inAppPurchaseV2]": filter_in_app_purchase_v2,
                "fields[inAppPurchasePricePoints]": fields_in_app_purchase_price_points,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 8000},
            response_type=InAppPurchasePricePointsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchasePricePoints(AsyncAPIResource):
    """``client.in_app_purchase_price_points``"""

    @cached_property
    def equalizations(self) -> AsyncInAppPurchasePricePointsEqualizations:
        return AsyncInAppPurchasePricePointsEqualizations(self._client)


class AsyncInAppPurchasePricePointsEqualizations(AsyncAPIResource):
    """``client.in_app_purchase_price_points.equalizations``: /v1/inAppPurchasePricePoints"""

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
        InAppPurchasePricePointEqualizationsLinkagesResponse,
        InAppPurchasePricePointEqualizationsLinkagesResponseData,
    ]:
        """inAppPurchasePricePoints_equalizations_getToManyRelationship

        GET /v1/inAppPurchasePricePoints/{id}/relationships/equalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepricepoints-_id_-relationships-equalizations
        """
        from ascapi.models.in_app_purchase_price_point_equalizations_linkages_response import (
            InAppPurchasePricePointEqualizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchasePricePoints/{id}/relationships/equalizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 8000},
            response_type=InAppPurchasePricePointEqualizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    @overload
    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_in_app_purchase_v2: Sequence[str] | None = None,
        fields_in_app_purchase_price_points: Sequence[_Enum0] | None = None,
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
        filter_in_app_purchase_v2: Sequence[str] | None = None,
        fields_in_app_purchase_price_points: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[InAppPurchasePricePointsResponse, InAppPurchasePricePoint]: ...

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        filter_in_app_purchase_v2: Sequence[str] | None = None,
        fields_in_app_purchase_price_points: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        accept: Literal["application/json", "text/csv"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[InAppPurchasePricePointsResponse, InAppPurchasePricePoint] | Awaitable[str]:
        """inAppPurchasePricePoints_equalizations_getToManyRelated

        GET /v1/inAppPurchasePricePoints/{id}/equalizations

        ``accept="text/csv"`` returns the CSV text instead of a page of JSON.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepricepoints-_id_-equalizations
        """
        from ascapi.models.in_app_purchase_price_points_response import (
            InAppPurchasePricePointsResponse,
        )

        if accept == "text/csv":
            return self._client._call(
                "GET",
                path("/v1/inAppPurchasePricePoints/{id}/equalizations", id=id),
                params={
                    "filter[territory]": filter_territory,
                    "filter[inAppPurchaseV2]": filter_in_app_purchase_v2,
                    "fields[inAppPurchasePricePoints]": fields_in_app_purchase_price_points,
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
            path("/v1/inAppPurchasePricePoints/{id}/equalizations", id=id),
            params={
                "filter[territory]": filter_territory,
                "filter[inAppPurchaseV2]": filter_in_app_purchase_v2,
                "fields[inAppPurchasePricePoints]": fields_in_app_purchase_price_points,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 8000},
            response_type=InAppPurchasePricePointsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
