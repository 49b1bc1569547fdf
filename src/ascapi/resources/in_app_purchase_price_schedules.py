# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``in_app_purchase_price_schedules`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.in_app_purchase_price import InAppPurchasePrice
    from ascapi.models.in_app_purchase_price_inline_create import InAppPurchasePriceInlineCreate
    from ascapi.models.in_app_purchase_price_schedule_automatic_prices_linkages_response import (
        InAppPurchasePriceScheduleAutomaticPricesLinkagesResponse,
        InAppPurchasePriceScheduleAutomaticPricesLinkagesResponseData,
    )
    from ascapi.models.in_app_purchase_price_schedule_base_territory_linkage_response import (
        InAppPurchasePriceScheduleBaseTerritoryLinkageResponse,
    )
    from ascapi.models.in_app_purchase_price_schedule_create_request import (
        InAppPurchasePriceScheduleCreateRequest,
    )
    from ascapi.models.in_app_purchase_price_schedule_manual_prices_linkages_response import (
        InAppPurchasePriceScheduleManualPricesLinkagesResponse,
        InAppPurchasePriceScheduleManualPricesLinkagesResponseData,
    )
    from ascapi.models.in_app_purchase_price_schedule_response import (
        InAppPurchasePriceScheduleResponse,
    )
    from ascapi.models.in_app_purchase_prices_response import InAppPurchasePricesResponse
    from ascapi.models.territory_inline_create import TerritoryInlineCreate
    from ascapi.models.territory_response import TerritoryResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["baseTerritory", "manualPrices", "automaticPrices"]
    _Enum1 = Literal["currency"]
    _Enum2 = Literal["startDate", "endDate", "manual", "inAppPurchasePricePoint", "territory"]
    _Enum3 = Literal["customerPrice", "proceeds", "territory", "equalizations"]
    _Enum4 = Literal["inAppPurchasePricePoint", "territory"]


class InAppPurchasePriceSchedules(SyncAPIResource):
    """``client.in_app_purchase_price_schedules``: /v1/inAppPurchasePriceSchedules"""

    @cached_property
    def automatic_prices(self) -> InAppPurchasePriceSchedulesAutomaticPrices:
        return InAppPurchasePriceSchedulesAutomaticPrices(self._client)

    @cached_property
    def base_territory(self) -> InAppPurchasePriceSchedulesBaseTerritory:
        return InAppPurchasePriceSchedulesBaseTerritory(self._client)

    @cached_property
    def manual_prices(self) -> InAppPurchasePriceSchedulesManualPrices:
        return InAppPurchasePriceSchedulesManualPrices(self._client)

    def create(
        self,
        *,
        body: InAppPurchasePriceScheduleCreateRequest | Mapping[str, Any] | None = None,
        in_app_purchase: str | None | UnsetType = UNSET,
        base_territory: str | None | UnsetType = UNSET,
        manual_prices: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[
            InAppPurchasePriceInlineCreate | TerritoryInlineCreate | Mapping[str, Any]
        ]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchasePriceScheduleResponse:
        """inAppPurchasePriceSchedules_createInstance

        POST /v1/inAppPurchasePriceSchedules

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchasepriceschedules
        """
        from ascapi.models.in_app_purchase_price_schedule_response import (
            InAppPurchasePriceScheduleResponse,
        )

        body = _support.document(
            body,
            in_app_purchase is not UNSET
            or base_territory is not UNSET
            or manual_prices is not UNSET
            or included is not UNSET,
            "inAppPurchasePriceSchedules",
            None,
            {},
            {
                "inAppPurchase": ("inAppPurchases", False, in_app_purchase),
                "baseTerritory": ("territories", False, base_territory),
                "manualPrices": ("inAppPurchasePrices", True, manual_prices),
            },
            attributes_required=False,
            included=included,
        )
        return self._client._call(
            "POST",
            "/v1/inAppPurchasePriceSchedules",
            body=body,
            response_type=InAppPurchasePriceScheduleResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_price_schedules: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        fields_in_app_purchase_prices: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum0] | None = None,
        limit_automatic_prices: int | None = None,
        limit_manual_prices: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchasePriceScheduleResponse:
        """inAppPurchasePriceSchedules_getInstance

        GET /v1/inAppPurchasePriceSchedules/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_
        """
        from ascapi.models.in_app_purchase_price_schedule_response import (
            InAppPurchasePriceScheduleResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/inAppPurchasePriceSchedules/{id}", id=id),
            params={
                "fields[inAppPurchasePriceSchedules]": fields_in_app_purchase_price_schedules,
                "fields[territories]": fields_territories,
                "fields[inAppPurchasePrices]": fields_in_app_purchase_prices,
                "include": include,
                "limit[automaticPrices]": limit_automatic_prices,
                "limit[manualPrices]": limit_manual_prices,
            },
            maxima={"limit[automaticPrices]": 50, "limit[manualPrices]": 50},
            response_type=InAppPurchasePriceScheduleResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchasePriceSchedulesAutomaticPrices(SyncAPIResource):
    """``client.in_app_purchase_price_schedules.automatic_prices``: /v1/inAppPurchasePriceSchedules"""

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
        InAppPurchasePriceScheduleAutomaticPricesLinkagesResponse,
        InAppPurchasePriceScheduleAutomaticPricesLinkagesResponseData,
    ]:
        """inAppPurchasePriceSchedules_automaticPrices_getToManyRelationship

        GET /v1/inAppPurchasePriceSchedules/{id}/relationships/automaticPrices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-relationships-automaticprices
        """
        from ascapi.models.in_app_purchase_price_schedule_automatic_prices_linkages_response import (
            InAppPurchasePriceScheduleAutomaticPricesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchasePriceSchedules/{id}/relationships/automaticPrices", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchasePriceScheduleAutomaticPricesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_in_app_purchase_prices: Sequence[_Enum2] | None = None,
        fields_in_app_purchase_price_points: Sequence[_Enum3] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[InAppPurchasePricesResponse, InAppPurchasePrice]:
        """inAppPurchasePriceSchedules_automaticPrices_getToManyRelated

        GET /v1/inAppPurchasePriceSchedules/{id}/automaticPrices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-automaticprices
        """
        from ascapi.models.in_app_purchase_prices_response import InAppPurchasePricesResponse

        return self._client._get_page(
            path("/v1/inAppPurchasePriceSchedules/{id}/automaticPrices", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[inAppPurchasePrices]": fields_in_app_purchase_prices,
                "fields[inAppPurchasePricePoints]": fields_in_app_purchase_price_points,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=InAppPurchasePricesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchasePriceSchedulesBaseTerritory(SyncAPIResource):
    """``client.in_app_purchase_price_schedules.base_territory``: /v1/inAppPurchasePriceSchedules"""

    def get(
        self,
        id: str,
        *,
        fields_territories: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TerritoryResponse:
        """inAppPurchasePriceSchedules_baseTerritory_getToOneRelated

        GET /v1/inAppPurchasePriceSchedules/{id}/baseTerritory

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-baseterritory
        """
        from ascapi.models.territory_response import TerritoryResponse

        return self._client._call(
            "GET",
            path("/v1/inAppPurchasePriceSchedules/{id}/baseTerritory", id=id),
            params={"fields[territories]": fields_territories},
            response_type=TerritoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchasePriceScheduleBaseTerritoryLinkageResponse:
        """inAppPurchasePriceSchedules_baseTerritory_getToOneRelationship

        GET /v1/inAppPurchasePriceSchedules/{id}/relationships/baseTerritory

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-relationships-baseterritory
        """
        from ascapi.models.in_app_purchase_price_schedule_base_territory_linkage_response import (
            InAppPurchasePriceScheduleBaseTerritoryLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/inAppPurchasePriceSchedules/{id}/relationships/baseTerritory", id=id),
            response_type=InAppPurchasePriceScheduleBaseTerritoryLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchasePriceSchedulesManualPrices(SyncAPIResource):
    """``client.in_app_purchase_price_schedules.manual_prices``: /v1/inAppPurchasePriceSchedules"""

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
        InAppPurchasePriceScheduleManualPricesLinkagesResponse,
        InAppPurchasePriceScheduleManualPricesLinkagesResponseData,
    ]:
        """inAppPurchasePriceSchedules_manualPrices_getToManyRelationship

        GET /v1/inAppPurchasePriceSchedules/{id}/relationships/manualPrices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-relationships-manualprices
        """
        from ascapi.models.in_app_purchase_price_schedule_manual_prices_linkages_response import (
            InAppPurchasePriceScheduleManualPricesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchasePriceSchedules/{id}/relationships/manualPrices", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchasePriceScheduleManualPricesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_in_app_purchase_prices: Sequence[_Enum2] | None = None,
        fields_in_app_purchase_price_points: Sequence[_Enum3] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[InAppPurchasePricesResponse, InAppPurchasePrice]:
        """inAppPurchasePriceSchedules_manualPrices_getToManyRelated

        GET /v1/inAppPurchasePriceSchedules/{id}/manualPrices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-manualprices
        """
        from ascapi.models.in_app_purchase_prices_response import InAppPurchasePricesResponse

        return self._client._get_page(
            path("/v1/inAppPurchasePriceSchedules/{id}/manualPrices", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[inAppPurchasePrices]": fields_in_app_purchase_prices,
                "fields[inAppPurchasePricePoints]": fields_in_app_purchase_price_points,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=InAppPurchasePricesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchasePriceSchedules(AsyncAPIResource):
    """``client.in_app_purchase_price_schedules``: /v1/inAppPurchasePriceSchedules"""

    @cached_property
    def automatic_prices(self) -> AsyncInAppPurchasePriceSchedulesAutomaticPrices:
        return AsyncInAppPurchasePriceSchedulesAutomaticPrices(self._client)

    @cached_property
    def base_territory(self) -> AsyncInAppPurchasePriceSchedulesBaseTerritory:
        return AsyncInAppPurchasePriceSchedulesBaseTerritory(self._client)

    @cached_property
    def manual_prices(self) -> AsyncInAppPurchasePriceSchedulesManualPrices:
        return AsyncInAppPurchasePriceSchedulesManualPrices(self._client)

    async def create(
        self,
        *,
        body: InAppPurchasePriceScheduleCreateRequest | Mapping[str, Any] | None = None,
        in_app_purchase: str | None | UnsetType = UNSET,
        base_territory: str | None | UnsetType = UNSET,
        manual_prices: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[
            InAppPurchasePriceInlineCreate | TerritoryInlineCreate | Mapping[str, Any]
        ]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchasePriceScheduleResponse:
        """inAppPurchasePriceSchedules_createInstance

        POST /v1/inAppPurchasePriceSchedules

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchasepriceschedules
        """
        from ascapi.models.in_app_purchase_price_schedule_response import (
            InAppPurchasePriceScheduleResponse,
        )

        body = _support.document(
            body,
            in_app_purchase is not UNSET
            or base_territory is not UNSET
            or manual_prices is not UNSET
            or included is not UNSET,
            "inAppPurchasePriceSchedules",
            None,
            {},
            {
                "inAppPurchase": ("inAppPurchases", False, in_app_purchase),
                "baseTerritory": ("territories", False, base_territory),
                "manualPrices": ("inAppPurchasePrices", True, manual_prices),
            },
            attributes_required=False,
            included=included,
        )
        return await self._client._call(
            "POST",
            "/v1/inAppPurchasePriceSchedules",
            body=body,
            response_type=InAppPurchasePriceScheduleResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_price_schedules: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        fields_in_app_purchase_prices: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum0] | None = None,
        limit_automatic_prices: int | None = None,
        limit_manual_prices: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchasePriceScheduleResponse:
        """inAppPurchasePriceSchedules_getInstance

        GET /v1/inAppPurchasePriceSchedules/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_
        """
        from ascapi.models.in_app_purchase_price_schedule_response import (
            InAppPurchasePriceScheduleResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/inAppPurchasePriceSchedules/{id}", id=id),
            params={
                "fields[inAppPurchasePriceSchedules]": fields_in_app_purchase_price_schedules,
                "fields[territories]": fields_territories,
                "fields[inAppPurchasePrices]": fields_in_app_purchase_prices,
                "include": include,
                "limit[automaticPrices]": limit_automatic_prices,
                "limit[manualPrices]": limit_manual_prices,
            },
            maxima={"limit[automaticPrices]": 50, "limit[manualPrices]": 50},
            response_type=InAppPurchasePriceScheduleResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchasePriceSchedulesAutomaticPrices(AsyncAPIResource):
    """``client.in_app_purchase_price_schedules.automatic_prices``: /v1/inAppPurchasePriceSchedules"""

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
        InAppPurchasePriceScheduleAutomaticPricesLinkagesResponse,
        InAppPurchasePriceScheduleAutomaticPricesLinkagesResponseData,
    ]:
        """inAppPurchasePriceSchedules_automaticPrices_getToManyRelationship

        GET /v1/inAppPurchasePriceSchedules/{id}/relationships/automaticPrices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-relationships-automaticprices
        """
        from ascapi.models.in_app_purchase_price_schedule_automatic_prices_linkages_response import (
            InAppPurchasePriceScheduleAutomaticPricesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchasePriceSchedules/{id}/relationships/automaticPrices", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchasePriceScheduleAutomaticPricesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_in_app_purchase_prices: Sequence[_Enum2] | None = None,
        fields_in_app_purchase_price_points: Sequence[_Enum3] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[InAppPurchasePricesResponse, InAppPurchasePrice]:
        """inAppPurchasePriceSchedules_automaticPrices_getToManyRelated

        GET /v1/inAppPurchasePriceSchedules/{id}/automaticPrices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-automaticprices
        """
        from ascapi.models.in_app_purchase_prices_response import InAppPurchasePricesResponse

        return self._client._get_page(
            path("/v1/inAppPurchasePriceSchedules/{id}/automaticPrices", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[inAppPurchasePrices]": fields_in_app_purchase_prices,
                "fields[inAppPurchasePricePoints]": fields_in_app_purchase_price_points,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=InAppPurchasePricesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchasePriceSchedulesBaseTerritory(AsyncAPIResource):
    """``client.in_app_purchase_price_schedules.base_territory``: /v1/inAppPurchasePriceSchedules"""

    async def get(
        self,
        id: str,
        *,
        fields_territories: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TerritoryResponse:
        """inAppPurchasePriceSchedules_baseTerritory_getToOneRelated

        GET /v1/inAppPurchasePriceSchedules/{id}/baseTerritory

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-baseterritory
        """
        from ascapi.models.territory_response import TerritoryResponse

        return await self._client._call(
            "GET",
            path("/v1/inAppPurchasePriceSchedules/{id}/baseTerritory", id=id),
            params={"fields[territories]": fields_territories},
            response_type=TerritoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchasePriceScheduleBaseTerritoryLinkageResponse:
        """inAppPurchasePriceSchedules_baseTerritory_getToOneRelationship

        GET /v1/inAppPurchasePriceSchedules/{id}/relationships/baseTerritory

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-relationships-baseterritory
        """
        from ascapi.models.in_app_purchase_price_schedule_base_territory_linkage_response import (
            InAppPurchasePriceScheduleBaseTerritoryLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/inAppPurchasePriceSchedules/{id}/relationships/baseTerritory", id=id),
            response_type=InAppPurchasePriceScheduleBaseTerritoryLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchasePriceSchedulesManualPrices(AsyncAPIResource):
    """``client.in_app_purchase_price_schedules.manual_prices``: /v1/inAppPurchasePriceSchedules"""

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
        InAppPurchasePriceScheduleManualPricesLinkagesResponse,
        InAppPurchasePriceScheduleManualPricesLinkagesResponseData,
    ]:
        """inAppPurchasePriceSchedules_manualPrices_getToManyRelationship

        GET /v1/inAppPurchasePriceSchedules/{id}/relationships/manualPrices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-relationships-manualprices
        """
        from ascapi.models.in_app_purchase_price_schedule_manual_prices_linkages_response import (
            InAppPurchasePriceScheduleManualPricesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchasePriceSchedules/{id}/relationships/manualPrices", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchasePriceScheduleManualPricesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_in_app_purchase_prices: Sequence[_Enum2] | None = None,
        fields_in_app_purchase_price_points: Sequence[_Enum3] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[InAppPurchasePricesResponse, InAppPurchasePrice]:
        """inAppPurchasePriceSchedules_manualPrices_getToManyRelated

        GET /v1/inAppPurchasePriceSchedules/{id}/manualPrices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-manualprices
        """
        from ascapi.models.in_app_purchase_prices_response import InAppPurchasePricesResponse

        return self._client._get_page(
            path("/v1/inAppPurchasePriceSchedules/{id}/manualPrices", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[inAppPurchasePrices]": fields_in_app_purchase_prices,
                "fields[inAppPurchasePricePoints]": fields_in_app_purchase_price_points,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=InAppPurchasePricesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
