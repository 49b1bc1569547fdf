# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``in_app_purchase_availabilities`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.in_app_purchase_availability_available_territories_linkages_response import (
        InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponse,
        InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponseData,
    )
    from ascapi.models.in_app_purchase_availability_create_request import (
        InAppPurchaseAvailabilityCreateRequest,
    )
    from ascapi.models.in_app_purchase_availability_response import (
        InAppPurchaseAvailabilityResponse,
    )
    from ascapi.models.territories_response import TerritoriesResponse
    from ascapi.models.territory import Territory
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["availableInNewTerritories", "availableTerritories"]
    _Enum1 = Literal["currency"]
    _Enum2 = Literal["availableTerritories"]


class InAppPurchaseAvailabilities(SyncAPIResource):
    """``client.in_app_purchase_availabilities``: /v1/inAppPurchaseAvailabilities"""

    @cached_property
    def available_territories(self) -> InAppPurchaseAvailabilitiesAvailableTerritories:
        return InAppPurchaseAvailabilitiesAvailableTerritories(self._client)

    def create(
        self,
        *,
        body: InAppPurchaseAvailabilityCreateRequest | Mapping[str, Any] | None = None,
        available_in_new_territories: bool | None | UnsetType = UNSET,
        in_app_purchase: str | None | UnsetType = UNSET,
        available_territories: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseAvailabilityResponse:
        """inAppPurchaseAvailabilities_createInstance

        POST /v1/inAppPurchaseAvailabilities

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseavailabilities
        """
        from ascapi.models.in_app_purchase_availability_response import (
            InAppPurchaseAvailabilityResponse,
        )

        body = _support.document(
            body,
            available_in_new_territories is not UNSET
            or in_app_purchase is not UNSET
            or available_territories is not UNSET,
            "inAppPurchaseAvailabilities",
            None,
            {"availableInNewTerritories": available_in_new_territories},
            {
                "inAppPurchase": ("inAppPurchases", False, in_app_purchase),
                "availableTerritories": ("territories", True, available_territories),
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/inAppPurchaseAvailabilities",
            body=body,
            response_type=InAppPurchaseAvailabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_availabilities: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_available_territories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseAvailabilityResponse:
        """inAppPurchaseAvailabilities_getInstance

        GET /v1/inAppPurchaseAvailabilities/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseavailabilities-_id_
        """
        from ascapi.models.in_app_purchase_availability_response import (
            InAppPurchaseAvailabilityResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/inAppPurchaseAvailabilities/{id}", id=id),
            params={
                "fields[inAppPurchaseAvailabilities]": fields_in_app_purchase_availabilities,
                "fields[territories]": fields_territories,
                "include": include,
                "limit[availableTerritories]": limit_available_territories,
            },
            maxima={"limit[availableTerritories]": 50},
            response_type=InAppPurchaseAvailabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchaseAvailabilitiesAvailableTerritories(SyncAPIResource):
    """``client.in_app_purchase_availabilities.available_territories``: /v1/inAppPurchaseAvailabilities"""

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
        InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponse,
        InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponseData,
    ]:
        """inAppPurchaseAvailabilities_availableTerritories_getToManyRelationship

        GET /v1/inAppPurchaseAvailabilities/{id}/relationships/availableTerritories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseavailabilities-_id_-relationships-availableterritories
        """
        from ascapi.models.in_app_purchase_availability_available_territories_linkages_response import (
            InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchaseAvailabilities/{id}/relationships/availableTerritories", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[TerritoriesResponse, Territory]:
        """inAppPurchaseAvailabilities_availableTerritories_getToManyRelated

        GET /v1/inAppPurchaseAvailabilities/{id}/availableTerritories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseavailabilities-_id_-availableterritories
        """
        from ascapi.models.territories_response import TerritoriesResponse

        return self._client._get_page(
            path("/v1/inAppPurchaseAvailabilities/{id}/availableTerritories", id=id),
            params={"fields[territories]": fields_territories, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=TerritoriesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchaseAvailabilities(AsyncAPIResource):
    """``client.in_app_purchase_availabilities``: /v1/inAppPurchaseAvailabilities"""

    @cached_property
    def available_territories(self) -> AsyncInAppPurchaseAvailabilitiesAvailableTerritories:
        return AsyncInAppPurchaseAvailabilitiesAvailableTerritories(self._client)

    async def create(
        self,
        *,
        body: InAppPurchaseAvailabilityCreateRequest | Mapping[str, Any] | None = None,
        available_in_new_territories: bool | None | UnsetType = UNSET,
        in_app_purchase: str | None | UnsetType = UNSET,
        available_territories: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseAvailabilityResponse:
        """inAppPurchaseAvailabilities_createInstance

        POST /v1/inAppPurchaseAvailabilities

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseavailabilities
        """
        from ascapi.models.in_app_purchase_availability_response import (
            InAppPurchaseAvailabilityResponse,
        )

        body = _support.document(
            body,
            available_in_new_territories is not UNSET
            or in_app_purchase is not UNSET
            or available_territories is not UNSET,
            "inAppPurchaseAvailabilities",
            None,
            {"availableInNewTerritories": available_in_new_territories},
            {
                "inAppPurchase": ("inAppPurchases", False, in_app_purchase),
                "availableTerritories": ("territories", True, available_territories),
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/inAppPurchaseAvailabilities",
            body=body,
            response_type=InAppPurchaseAvailabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_availabilities: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_available_territories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseAvailabilityResponse:
        """inAppPurchaseAvailabilities_getInstance

        GET /v1/inAppPurchaseAvailabilities/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseavailabilities-_id_
        """
        from ascapi.models.in_app_purchase_availability_response import (
            InAppPurchaseAvailabilityResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/inAppPurchaseAvailabilities/{id}", id=id),
            params={
                "fields[inAppPurchaseAvailabilities]": fields_in_app_purchase_availabilities,
                "fields[territories]": fields_territories,
                "include": include,
                "limit[availableTerritories]": limit_available_territories,
            },
            maxima={"limit[availableTerritories]": 50},
            response_type=InAppPurchaseAvailabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchaseAvailabilitiesAvailableTerritories(AsyncAPIResource):
    """``client.in_app_purchase_availabilities.available_territories``: /v1/inAppPurchaseAvailabilities"""

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
        InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponse,
        InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponseData,
    ]:
        """inAppPurchaseAvailabilities_availableTerritories_getToManyRelationship

        GET /v1/inAppPurchaseAvailabilities/{id}/relationships/availableTerritories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseavailabilities-_id_-relationships-availableterritories
        """
        from ascapi.models.in_app_purchase_availability_available_territories_linkages_response import (
            InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/inAppPurchaseAvailabilities/{id}/relationships/availableTerritories", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_territories: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[TerritoriesResponse, Territory]:
        """inAppPurchaseAvailabilities_availableTerritories_getToManyRelated

        GET /v1/inAppPurchaseAvailabilities/{id}/availableTerritories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseavailabilities-_id_-availableterritories
        """
        from ascapi.models.territories_response import TerritoriesResponse

        return self._client._get_page(
            path("/v1/inAppPurchaseAvailabilities/{id}/availableTerritories", id=id),
            params={"fields[territories]": fields_territories, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=TerritoriesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
