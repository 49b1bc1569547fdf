# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_availabilities`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.subscription_availability_available_territories_linkages_response import (
        SubscriptionAvailabilityAvailableTerritoriesLinkagesResponse,
        SubscriptionAvailabilityAvailableTerritoriesLinkagesResponseData,
    )
    from ascapi.models.subscription_availability_create_request import (
        SubscriptionAvailabilityCreateRequest,
    )
    from ascapi.models.subscription_availability_response import SubscriptionAvailabilityResponse
    from ascapi.models.territories_response import TerritoriesResponse
    from ascapi.models.territory import Territory
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["availableInNewTerritories", "availableTerritories"]
    _Enum1 = Literal["currency"]
    _Enum2 = Literal["availableTerritories"]


class SubscriptionAvailabilities(SyncAPIResource):
    """``client.subscription_availabilities``: /v1/subscriptionAvailabilities"""

    @cached_property
    def available_territories(self) -> SubscriptionAvailabilitiesAvailableTerritories:
        return SubscriptionAvailabilitiesAvailableTerritories(self._client)

    def create(
        self,
        *,
        body: SubscriptionAvailabilityCreateRequest | Mapping[str, Any] | None = None,
        available_in_new_territories: bool | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        available_territories: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionAvailabilityResponse:
        """subscriptionAvailabilities_createInstance

        POST /v1/subscriptionAvailabilities

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionavailabilities
        """
        from ascapi.models.subscription_availability_response import (
            SubscriptionAvailabilityResponse,
        )

        body = _support.document(
            body,
            available_in_new_territories is not UNSET
            or subscription is not UNSET
            or available_territories is not UNSET,
            "subscriptionAvailabilities",
            None,
            {"availableInNewTerritories": available_in_new_territories},
            {
                "subscription": ("subscriptions", False, subscription),
                "availableTerritories": ("territories", True, available_territories),
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/subscriptionAvailabilities",
            body=body,
            deprecated="subscriptionAvailabilities_createInstance",
            response_type=SubscriptionAvailabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_subscription_availabilities: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_available_territories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionAvailabilityResponse:
        """subscriptionAvailabilities_getInstance

        GET /v1/subscriptionAvailabilities/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionavailabilities-_id_
        """
        from ascapi.models.subscription_availability_response import (
            SubscriptionAvailabilityResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/subscriptionAvailabilities/{id}", id=id),
            params={
                "fields[subscriptionAvailabilities]": fields_subscription_availabilities,
                "fields[territories]": fields_territories,
                "include": include,
                "limit[availableTerritories]": limit_available_territories,
            },
            maxima={"limit[availableTerritories]": 50},
            deprecated="subscriptionAvailabilities_getInstance",
            response_type=SubscriptionAvailabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionAvailabilitiesAvailableTerritories(SyncAPIResource):
    """``client.subscription_availabilities.available_territories``: /v1/subscriptionAvailabilities"""

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
        SubscriptionAvailabilityAvailableTerritoriesLinkagesResponse,
        SubscriptionAvailabilityAvailableTerritoriesLinkagesResponseData,
    ]:
        """subscriptionAvailabilities_availableTerritories_getToManyRelationship

        GET /v1/subscriptionAvailabilities/{id}/relationships/availableTerritories

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionavailabilities-_id_-relationships-availableterritories
        """
        from ascapi.models.subscription_availability_available_territories_linkages_response import (
            SubscriptionAvailabilityAvailableTerritoriesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionAvailabilities/{id}/relationships/availableTerritories", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="subscriptionAvailabilities_availableTerritories_getToManyRelationship",
            response_type=SubscriptionAvailabilityAvailableTerritoriesLinkagesResponse,
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
        """subscriptionAvailabilities_availableTerritories_getToManyRelated

        GET /v1/subscriptionAvailabilities/{id}/availableTerritories

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionavailabilities-_id_-availableterritories
        """
        from ascapi.models.territories_response import TerritoriesResponse

        return self._client._get_page(
            path("/v1/subscriptionAvailabilities/{id}/availableTerritories", id=id),
            params={"fields[territories]": fields_territories, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="subscriptionAvailabilities_availableTerritories_getToManyRelated",
            response_type=TerritoriesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionAvailabilities(AsyncAPIResource):
    """``client.subscription_availabilities``: /v1/subscriptionAvailabilities"""

    @cached_property
    def available_territories(self) -> AsyncSubscriptionAvailabilitiesAvailableTerritories:
        return AsyncSubscriptionAvailabilitiesAvailableTerritories(self._client)

    async def create(
        self,
        *,
        body: SubscriptionAvailabilityCreateRequest | Mapping[str, Any] | None = None,
        available_in_new_territories: bool | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        available_territories: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionAvailabilityResponse:
        """subscriptionAvailabilities_createInstance

        POST /v1/subscriptionAvailabilities

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionavailabilities
        """
        from ascapi.models.subscription_availability_response import (
            SubscriptionAvailabilityResponse,
        )

        body = _support.document(
            body,
            available_in_new_territories is not UNSET
            or subscription is not UNSET
            or available_territories is not UNSET,
            "subscriptionAvailabilities",
            None,
            {"availableInNewTerritories": available_in_new_territories},
            {
                "subscription": ("subscriptions", False, subscription),
                "availableTerritories": ("territories", True, available_territories),
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/subscriptionAvailabilities",
            body=body,
            deprecated="subscriptionAvailabilities_createInstance",
            response_type=SubscriptionAvailabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_subscription_availabilities: Sequence[_Enum0] | None = None,
        fields_territories: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_available_territories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionAvailabilityResponse:
        """subscriptionAvailabilities_getInstance

        GET /v1/subscriptionAvailabilities/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionavailabilities-_id_
        """
        from ascapi.models.subscription_availability_response import (
            SubscriptionAvailabilityResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/subscriptionAvailabilities/{id}", id=id),
            params={
                "fields[subscriptionAvailabilities]": fields_subscription_availabilities,
                "fields[territories]": fields_territories,
                "include": include,
                "limit[availableTerritories]": limit_available_territories,
            },
            maxima={"limit[availableTerritories]": 50},
            deprecated="subscriptionAvailabilities_getInstance",
            response_type=SubscriptionAvailabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionAvailabilitiesAvailableTerritories(AsyncAPIResource):
    """``client.subscription_availabilities.available_territories``: /v1/subscriptionAvailabilities"""

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
        SubscriptionAvailabilityAvailableTerritoriesLinkagesResponse,
        SubscriptionAvailabilityAvailableTerritoriesLinkagesResponseData,
    ]:
        """subscriptionAvailabilities_availableTerritories_getToManyRelationship

        GET /v1/subscriptionAvailabilities/{id}/relationships/availableTerritories

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionavailabilities-_id_-relationships-availableterritories
        """
        from ascapi.models.subscription_availability_available_territories_linkages_response import (
            SubscriptionAvailabilityAvailableTerritoriesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionAvailabilities/{id}/relationships/availableTerritories", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="subscriptionAvailabilities_availableTerritories_getToManyRelationship",
            response_type=SubscriptionAvailabilityAvailableTerritoriesLinkagesResponse,
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
        """subscriptionAvailabilities_availableTerritories_getToManyRelated

        GET /v1/subscriptionAvailabilities/{id}/availableTerritories

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionavailabilities-_id_-availableterritories
        """
        from ascapi.models.territories_response import TerritoriesResponse

        return self._client._get_page(
            path("/v1/subscriptionAvailabilities/{id}/availableTerritories", id=id),
            params={"fields[territories]": fields_territories, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="subscriptionAvailabilities_availableTerritories_getToManyRelated",
            response_type=TerritoriesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
