# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``in_app_purchase_offer_codes`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.in_app_purchase_offer_code_create_request import (
        InAppPurchaseOfferCodeCreateRequest,
    )
    from ascapi.models.in_app_purchase_offer_code_custom_code import (
        InAppPurchaseOfferCodeCustomCode,
    )
    from ascapi.models.in_app_purchase_offer_code_custom_codes_linkages_response import (
        InAppPurchaseOfferCodeCustomCodesLinkagesResponse,
        InAppPurchaseOfferCodeCustomCodesLinkagesResponseData,
    )
    from ascapi.models.in_app_purchase_offer_code_custom_codes_response import (
        InAppPurchaseOfferCodeCustomCodesResponse,
    )
    from ascapi.models.in_app_purchase_offer_code_one_time_use_code import (
        InAppPurchaseOfferCodeOneTimeUseCode,
    )
    from ascapi.models.in_app_purchase_offer_code_one_time_use_codes_linkages_response import (
        InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponse,
        InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponseData,
    )
    from ascapi.models.in_app_purchase_offer_code_one_time_use_codes_response import (
        InAppPurchaseOfferCodeOneTimeUseCodesResponse,
    )
    from ascapi.models.in_app_purchase_offer_code_prices_linkages_response import (
        InAppPurchaseOfferCodePricesLinkagesResponse,
        InAppPurchaseOfferCodePricesLinkagesResponseData,
    )
    from ascapi.models.in_app_purchase_offer_code_response import InAppPurchaseOfferCodeResponse
    from ascapi.models.in_app_purchase_offer_code_update_request import (
        InAppPurchaseOfferCodeUpdateRequest,
    )
    from ascapi.models.in_app_purchase_offer_price import InAppPurchaseOfferPrice
    from ascapi.models.in_app_purchase_offer_price_inline_create import (
        InAppPurchaseOfferPriceInlineCreate,
    )
    from ascapi.models.in_app_purchase_offer_prices_response import InAppPurchaseOfferPricesResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["NON_SPENDER", "ACTIVE_SPENDER", "CHURNED_SPENDER"]
    _Enum1 = Literal[
        "name",
        "customerEligibilities",
        "productionCodeCount",
        "sandboxCodeCount",
        "active",
        "oneTimeUseCodes",
        "customCodes",
        "prices",
    ]
    _Enum2 = Literal[
        "numberOfCodes",
        "createdDate",
        "expirationDate",
        "active",
        "environment",
        "values",
        "createdByActor",
        "deactivatedByActor",
    ]
    _Enum3 = Literal[
        "customCode",
        "numberOfCodes",
        "createdDate",
        "expirationDate",
        "active",
        "createdByActor",
        "deactivatedByActor",
    ]
    _Enum4 = Literal["territory", "pricePoint"]
    _Enum5 = Literal["oneTimeUseCodes", "customCodes", "prices"]
    _Enum6 = Literal["actorType", "userFirstName", "userLastName", "userEmail", "apiKeyId"]
    _Enum7 = Literal["createdByActor", "deactivatedByActor"]
    _Enum8 = Literal["currency"]
    _Enum9 = Literal["customerPrice", "proceeds", "territory", "equalizations"]


class InAppPurchaseOfferCodes(SyncAPIResource):
    """``client.in_app_purchase_offer_codes``: /v1/inAppPurchaseOfferCodes"""

    @cached_property
    def custom_codes(self) -> InAppPurchaseOfferCodesCustomCodes:
        return InAppPurchaseOfferCodesCustomCodes(self._client)

    @cached_property
    def one_time_use_codes(self) -> InAppPurchaseOfferCodesOneTimeUseCodes:
        return InAppPurchaseOfferCodesOneTimeUseCodes(self._client)

    @cached_property
    def prices(self) -> InAppPurchaseOfferCodesPrices:
        return InAppPurchaseOfferCodesPrices(self._client)

    def create(
        self,
        *,
        body: InAppPurchaseOfferCodeCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        customer_eligibilities: Sequence[_Enum0 | str] | None | UnsetType = UNSET,
        in_app_purchase: str | None | UnsetType = UNSET,
        prices: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[InAppPurchaseOfferPriceInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseOfferCodeResponse:
        """inAppPurchaseOfferCodes_createInstance

        POST /v1/inAppPurchaseOfferCodes

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseoffercodes
        """
        from ascapi.models.in_app_purchase_offer_code_response import InAppPurchaseOfferCodeResponse

        body = _support.document(
            body,
            name is not UNSET
            or customer_eligibilities is not UNSET
            or in_app_purchase is not UNSET
            or prices is not UNSET
            or included is not UNSET,
            "inAppPurchaseOfferCodes",
            None,
            {"name": name, "customerEligibilities": customer_eligibilities},
            {
                "inAppPurchase": ("inAppPurchases", False, in_app_purchase),
                "prices": ("inAppPurchaseOfferPrices", True, prices),
            },
            attributes_required=True,
            included=included,
        )
        return self._client._call(
            "POST",
            "/v1/inAppPurchaseOfferCodes",
            body=body,
            response_type=InAppPurchaseOfferCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_offer_codes: Sequence[_Enum1] | None = None,
        fields_in_app_purchase_offer_code_one_time_use_codes: Sequence[_Enum2] | None = None,
        fields_in_app_purchase_offer_code_custom_codes: Sequence[_Enum3] | None = None,
        fields_in_app_purchase_offer_prices: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_custom_codes: int | None = None,
        limit_one_time_use_codes: int | None = None,
        limit_prices: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseOfferCodeResponse:
        """inAppPurchaseOfferCodes_getInstance

        GET /v1/inAppPurchaseOfferCodes/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_
        """
        from ascapi.models.in_app_purchase_offer_code_response import InAppPurchaseOfferCodeResponse

        return self._client._call(
            "GET",
            path("/v1/inAppPurchaseOfferCodes/{id}", id=id),
            params={
                "fields[inAppPurchaseOfferCodes]": fields_in_app_purchase_offer_codes,
                "fields[inAppPurchaseOfferCodeOneTimeUseCodes]": fields_in_app_purchase_offer_code_one_time_use_codes,
                "fields[inAppPurchaseOfferCodeCustomCodes]": fields_in_app_purchase_offer_code_custom_codes,
                "fields[inAppPurchaseOfferPrices]": fields_in_app_purchase_offer_prices,
                "include": include,
                "limit[customCodes]": limit_custom_codes,
                "limit[oneTimeUseCodes]": limit_one_time_use_codes,
                "limit[prices]": limit_prices,
            },
            maxima={"limit[customCodes]": 50, "limit[oneTimeUseCodes]": 50, "limit[prices]": 50},
            response_type=InAppPurchaseOfferCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: InAppPurchaseOfferCodeUpdateRequest | Mapping[str, Any] | None = None,
        active: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseOfferCodeResponse:
        """inAppPurchaseOfferCodes_updateInstance

        PATCH /v1/inAppPurchaseOfferCodes/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaseoffercodes-_id_
        """
        from ascapi.models.in_app_purchase_offer_code_response import InAppPurchaseOfferCodeResponse

        body = _support.document(
            body,
            active is not UNSET,
            "inAppPurchaseOfferCodes",
            id,
            {"active": active},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/inAppPurchaseOfferCodes/{id}", id=id),
            body=body,
            response_type=InAppPurchaseOfferCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchaseOfferCodesCustomCodes(SyncAPIResource):
    """``client.in_app_purchase_offer_codes.custom_codes``: /v1/inAppPurchaseOfferCodes"""

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
        InAppPurchaseOfferCodeCustomCodesLinkagesResponse,
        InAppPurchaseOfferCodeCustomCodesLinkagesResponseData,
    ]:
        """inAppPurchaseOfferCodes_customCodes_getToManyRelationship

        GET /v1/inAppPurchaseOfferCodes/{id}/relationships/customCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-relationships-customcodes
        """
        from ascapi.models.in_app_purchase_offer_code_custom_codes_linkages_response import (
            InAppPurchaseOfferCodeCustomCodesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchaseOfferCodes/{id}/relationships/customCodes", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchaseOfferCodeCustomCodesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_in_app_purchase_offer_code_custom_codes: Sequence[_Enum3] | None = None,
        fields_actors: Sequence[_Enum6] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum7] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[InAppPurchaseOfferCodeCustomCodesResponse, InAppPurchaseOfferCodeCustomCode]:
        """inAppPurchaseOfferCodes_customCodes_getToManyRelated

        GET /v1/inAppPurchaseOfferCodes/{id}/customCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-customcodes
        """
        from ascapi.models.in_app_purchase_offer_code_custom_codes_response import (
            InAppPurchaseOfferCodeCustomCodesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchaseOfferCodes/{id}/customCodes", id=id),
            params={
                "fields[inAppPurchaseOfferCodeCustomCodes]": fields_in_app_purchase_offer_code_custom_codes,
                "fields[actors]": fields_actors,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=InAppPurchaseOfferCodeCustomCodesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchaseOfferCodesOneTimeUseCodes(SyncAPIResource):
    """``client.in_app_purchase_offer_codes.one_time_use_codes``: /v1/inAppPurchaseOfferCodes"""

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
        InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponse,
        InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponseData,
    ]:
        """inAppPurchaseOfferCodes_oneTimeUseCodes_getToManyRelationship

        GET /v1/inAppPurchaseOfferCodes/{id}/relationships/oneTimeUseCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-relationships-onetimeusecodes
        """
        from ascapi.models.in_app_purchase_offer_code_one_time_use_codes_linkages_response import (
            InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchaseOfferCodes/{id}/relationships/oneTimeUseCodes", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_in_app_purchase_offer_code_one_time_use_codes: Sequence[_Enum2] | None = None,
        fields_actors: Sequence[_Enum6] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum7] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[InAppPurchaseOfferCodeOneTimeUseCodesResponse, InAppPurchaseOfferCodeOneTimeUseCode]:
        """inAppPurchaseOfferCodes_oneTimeUseCodes_getToManyRelated

        GET /v1/inAppPurchaseOfferCodes/{id}/oneTimeUseCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-onetimeusecodes
        """
        from ascapi.models.in_app_purchase_offer_code_one_time_use_codes_response import (
            InAppPurchaseOfferCodeOneTimeUseCodesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchaseOfferCodes/{id}/oneTimeUseCodes", id=id),
            params={
                "fields[inAppPurchaseOfferCodeOneTimeUseCodes]": fields_in_app_purchase_offer_code_one_time_use_codes,
                "fields[actors]": fields_actors,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=InAppPurchaseOfferCodeOneTimeUseCodesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchaseOfferCodesPrices(SyncAPIResource):
    """``client.in_app_purchase_offer_codes.prices``: /v1/inAppPurchaseOfferCodes"""

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
        InAppPurchaseOfferCodePricesLinkagesResponse,
        InAppPurchaseOfferCodePricesLinkagesResponseData,
    ]:
        """inAppPurchaseOfferCodes_prices_getToManyRelationship

        GET /v1/inAppPurchaseOfferCodes/{id}/relationships/prices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-relationships-prices
        """
        from ascapi.models.in_app_purchase_offer_code_prices_linkages_response import (
            InAppPurchaseOfferCodePricesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchaseOfferCodes/{id}/relationships/prices", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchaseOfferCodePricesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_in_app_purchase_offer_prices: Sequence[_Enum4] | None = None,
        fields_territories: Sequence[_Enum8] | None = None,
        fields_in_app_purchase_price_points: Sequence[_Enum9] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[InAppPurchaseOfferPricesResponse, InAppPurchaseOfferPrice]:
        """inAppPurchaseOfferCodes_prices_getToManyRelated

        GET /v1/inAppPurchaseOfferCodes/{id}/prices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-prices
        """
        from ascapi.models.in_app_purchase_offer_prices_response import (
            InAppPurchaseOfferPricesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchaseOfferCodes/{id}/prices", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[inAppPurchaseOfferPrices]": fields_in_app_purchase_offer_prices,
                "fields[territories]": fields_territories,
                "fields[inAppPurchasePricePoints]": fields_in_app_purchase_price_points,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=InAppPurchaseOfferPricesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchaseOfferCodes(AsyncAPIResource):
    """``client.in_app_purchase_offer_codes``: /v1/inAppPurchaseOfferCodes"""

    @cached_property
    def custom_codes(self) -> AsyncInAppPurchaseOfferCodesCustomCodes:
        return AsyncInAppPurchaseOfferCodesCustomCodes(self._client)

    @cached_property
    def one_time_use_codes(self) -> AsyncInAppPurchaseOfferCodesOneTimeUseCodes:
        return AsyncInAppPurchaseOfferCodesOneTimeUseCodes(self._client)

    @cached_property
    def prices(self) -> AsyncInAppPurchaseOfferCodesPrices:
        return AsyncInAppPurchaseOfferCodesPrices(self._client)

    async def create(
        self,
        *,
        body: InAppPurchaseOfferCodeCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        customer_eligibilities: Sequence[_Enum0 | str] | None | UnsetType = UNSET,
        in_app_purchase: str | None | UnsetType = UNSET,
        prices: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[InAppPurchaseOfferPriceInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseOfferCodeResponse:
        """inAppPurchaseOfferCodes_createInstance

        POST /v1/inAppPurchaseOfferCodes

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseoffercodes
        """
        from ascapi.models.in_app_purchase_offer_code_response import InAppPurchaseOfferCodeResponse

        body = _support.document(
            body,
            name is not UNSET
            or customer_eligibilities is not UNSET
            or in_app_purchase is not UNSET
            or prices is not UNSET
            or included is not UNSET,
            "inAppPurchaseOfferCodes",
            None,
            {"name": name, "customerEligibilities": customer_eligibilities},
            {
                "inAppPurchase": ("inAppPurchases", False, in_app_purchase),
                "prices": ("inAppPurchaseOfferPrices", True, prices),
            },
            attributes_required=True,
            included=included,
        )
        return await self._client._call(
            "POST",
            "/v1/inAppPurchaseOfferCodes",
            body=body,
            response_type=InAppPurchaseOfferCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_offer_codes: Sequence[_Enum1] | None = None,
        fields_in_app_purchase_offer_code_one_time_use_codes: Sequence[_Enum2] | None = None,
        fields_in_app_purchase_offer_code_custom_codes: Sequence[_Enum3] | None = None,
        fields_in_app_purchase_offer_prices: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_custom_codes: int | None = None,
        limit_one_time_use_codes: int | None = None,
        limit_prices: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseOfferCodeResponse:
        """inAppPurchaseOfferCodes_getInstance

        GET /v1/inAppPurchaseOfferCodes/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_
        """
        from ascapi.models.in_app_purchase_offer_code_response import InAppPurchaseOfferCodeResponse

        return await self._client._call(
            "GET",
            path("/v1/inAppPurchaseOfferCodes/{id}", id=id),
            params={
                "fields[inAppPurchaseOfferCodes]": fields_in_app_purchase_offer_codes,
                "fields[inAppPurchaseOfferCodeOneTimeUseCodes]": fields_in_app_purchase_offer_code_one_time_use_codes,
                "fields[inAppPurchaseOfferCodeCustomCodes]": fields_in_app_purchase_offer_code_custom_codes,
                "fields[inAppPurchaseOfferPrices]": fields_in_app_purchase_offer_prices,
                "include": include,
                "limit[customCodes]": limit_custom_codes,
                "limit[oneTimeUseCodes]": limit_one_time_use_codes,
                "limit[prices]": limit_prices,
            },
            maxima={"limit[customCodes]": 50, "limit[oneTimeUseCodes]": 50, "limit[prices]": 50},
            response_type=InAppPurchaseOfferCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: InAppPurchaseOfferCodeUpdateRequest | Mapping[str, Any] | None = None,
        active: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseOfferCodeResponse:
        """inAppPurchaseOfferCodes_updateInstance

        PATCH /v1/inAppPurchaseOfferCodes/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaseoffercodes-_id_
        """
        from ascapi.models.in_app_purchase_offer_code_response import InAppPurchaseOfferCodeResponse

        body = _support.document(
            body,
            active is not UNSET,
            "inAppPurchaseOfferCodes",
            id,
            {"active": active},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/inAppPurchaseOfferCodes/{id}", id=id),
            body=body,
            response_type=InAppPurchaseOfferCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchaseOfferCodesCustomCodes(AsyncAPIResource):
    """``client.in_app_purchase_offer_codes.custom_codes``: /v1/inAppPurchaseOfferCodes"""

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
        InAppPurchaseOfferCodeCustomCodesLinkagesResponse,
        InAppPurchaseOfferCodeCustomCodesLinkagesResponseData,
    ]:
        """inAppPurchaseOfferCodes_customCodes_getToManyRelationship

        GET /v1/inAppPurchaseOfferCodes/{id}/relationships/customCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-relationships-customcodes
        """
        from ascapi.models.in_app_purchase_offer_code_custom_codes_linkages_response import (
            InAppPurchaseOfferCodeCustomCodesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchaseOfferCodes/{id}/relationships/customCodes", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchaseOfferCodeCustomCodesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_in_app_purchase_offer_code_custom_codes: Sequence[_Enum3] | None = None,
        fields_actors: Sequence[_Enum6] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum7] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[InAppPurchaseOfferCodeCustomCodesResponse, InAppPurchaseOfferCodeCustomCode]:
        """inAppPurchaseOfferCodes_customCodes_getToManyRelated

        GET /v1/inAppPurchaseOfferCodes/{id}/customCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-customcodes
        """
        from ascapi.models.in_app_purchase_offer_code_custom_codes_response import (
            InAppPurchaseOfferCodeCustomCodesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchaseOfferCodes/{id}/customCodes", id=id),
            params={
                "fields[inAppPurchaseOfferCodeCustomCodes]": fields_in_app_purchase_offer_code_custom_codes,
                "fields[actors]": fields_actors,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=InAppPurchaseOfferCodeCustomCodesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchaseOfferCodesOneTimeUseCodes(AsyncAPIResource):
    """``client.in_app_purchase_offer_codes.one_time_use_codes``: /v1/inAppPurchaseOfferCodes"""

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
        InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponse,
        InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponseData,
    ]:
        """inAppPurchaseOfferCodes_oneTimeUseCodes_getToManyRelationship

        GET /v1/inAppPurchaseOfferCodes/{id}/relationships/oneTimeUseCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-relationships-onetimeusecodes
        """
        from ascapi.models.in_app_purchase_offer_code_one_time_use_codes_linkages_response import (
            InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchaseOfferCodes/{id}/relationships/oneTimeUseCodes", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_in_app_purchase_offer_code_one_time_use_codes: Sequence[_Enum2] | None = None,
        fields_actors: Sequence[_Enum6] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum7] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        InAppPurchaseOfferCodeOneTimeUseCodesResponse, InAppPurchaseOfferCodeOneTimeUseCode
    ]:
        """inAppPurchaseOfferCodes_oneTimeUseCodes_getToManyRelated

        GET /v1/inAppPurchaseOfferCodes/{id}/oneTimeUseCodes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-onetimeusecodes
        """
        from ascapi.models.in_app_purchase_offer_code_one_time_use_codes_response import (
            InAppPurchaseOfferCodeOneTimeUseCodesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchaseOfferCodes/{id}/oneTimeUseCodes", id=id),
            params={
                "fields[inAppPurchaseOfferCodeOneTimeUseCodes]": fields_in_app_purchase_offer_code_one_time_use_codes,
                "fields[actors]": fields_actors,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=InAppPurchaseOfferCodeOneTimeUseCodesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchaseOfferCodesPrices(AsyncAPIResource):
    """``client.in_app_purchase_offer_codes.prices``: /v1/inAppPurchaseOfferCodes"""

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
        InAppPurchaseOfferCodePricesLinkagesResponse,
        InAppPurchaseOfferCodePricesLinkagesResponseData,
    ]:
        """inAppPurchaseOfferCodes_prices_getToManyRelationship

        GET /v1/inAppPurchaseOfferCodes/{id}/relationships/prices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-relationships-prices
        """
        from ascapi.models.in_app_purchase_offer_code_prices_linkages_response import (
            InAppPurchaseOfferCodePricesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchaseOfferCodes/{id}/relationships/prices", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchaseOfferCodePricesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_territory: Sequence[str] | None = None,
        fields_in_app_purchase_offer_prices: Sequence[_Enum4] | None = None,
        fields_territories: Sequence[_Enum8] | None = None,
        fields_in_app_purchase_price_points: Sequence[_Enum9] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[InAppPurchaseOfferPricesResponse, InAppPurchaseOfferPrice]:
        """inAppPurchaseOfferCodes_prices_getToManyRelated

        GET /v1/inAppPurchaseOfferCodes/{id}/prices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-prices
        """
        from ascapi.models.in_app_purchase_offer_prices_response import (
            InAppPurchaseOfferPricesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchaseOfferCodes/{id}/prices", id=id),
            params={
                "filter[territory]": filter_territory,
                "fields[inAppPurchaseOfferPrices]": fields_in_app_purchase_offer_prices,
                "fields[territories]": fields_territories,
                "fields[inAppPurchasePricePoints]": fields_in_app_purchase_price_points,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=InAppPurchaseOfferPricesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
