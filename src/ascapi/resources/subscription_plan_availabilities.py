# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_plan_availabilities`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.subscription_plan_availability_available_territories_linkages_request import (
        SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesRequest,
    )
    from ascapi.models.subscription_plan_availability_available_territories_linkages_response import (
        SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponse,
        SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponseData,
    )
    from ascapi.models.subscription_plan_availability_create_request import (
        SubscriptionPlanAvailabilityCreateRequest,
    )
    from ascapi.models.subscription_plan_availability_response import (
        SubscriptionPlanAvailabilityResponse,
    )
    from ascapi.models.subscription_plan_availability_update_request import (
        SubscriptionPlanAvailabilityUpdateRequest,
    )
    from ascapi.models.territories_response import TerritoriesResponse
    from ascapi.models.territory import Territory
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["MONTHLY", "UPFRONT"]
    _Enum1 = Literal["availableInNewTerritories", "planType", "availableTerritories"]
    _Enum2 = Literal["currency"]
    _Enum3 = Literal["availableTerritories"]


class SubscriptionPlanAvailabilities(SyncAPIResource):
    """``client.subscription_plan_availabilities``: /v1/subscriptionPlanAvailabilities"""

    @cached_property
    def available_territories(self) -> SubscriptionPlanAvailabilitiesAvailableTerritories:
        return SubscriptionPlanAvailabilitiesAvailableTerritories(self._client)

    def create(
        self,
        *,
        body: SubscriptionPlanAvailabilityCreateRequest | Mapping[str, Any] | None = None,
        available_in_new_territories: bool | None | UnsetType = UNSET,
        plan_type: _Enum0 | str | None | UnsetType = UNSET,
        available_territories: Sequence[str] | str | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPlanAvailabilityResponse:
        """subscriptionPlanAvailabilities_createInstance

        POST /v1/subscriptionPlanAvailabilities

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionplanavailabilities
        """
        from ascapi.models.subscription_plan_availability_response import (
            SubscriptionPlanAvailabilityResponse,
        )

        body = _support.document(
            body,
            available_in_new_territories is not UNSET
            or plan_type is not UNSET
            or available_territories is not UNSET
            or subscription is not UNSET,
            "subscriptionPlanAvailabilities",
            None,
            {"availableInNewTerritories": available_in_new_territories, "planType": plan_type},
            {
                "availableTerritories": ("territories", True, available_territories),
                "subscription": ("subscriptions", False, subscription),
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/subscriptionPlanAvailabilities",
            body=body,
            response_type=SubscriptionPlanAvailabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_subscription_plan_availabilities: Sequence[_Enum1] | None = None,
        fields_territories: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_available_territories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPlanAvailabilityResponse:
        """subscriptionPlanAvailabilities_getInstance

        GET /v1/subscriptionPlanAvailabilities/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionplanavailabilities-_id_
        """
        from ascapi.models.subscription_plan_availability_response import (
            SubscriptionPlanAvailabilityResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/subscriptionPlanAvailabilities/{id}", id=id),
            params={
                "fields[subscriptionPlanAvailabilities]": fields_subscription_plan_availabilities,
                "fields[territories]": fields_territories,
                "include": include,
                "limit[availableTerritories]": limit_available_territories,
            },
            maxima={"limit[availableTerritories]": 50},
            response_type=SubscriptionPlanAvailabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: SubscriptionPlanAvailabilityUpdateRequest | Mapping[str, Any] | None = None,
        available_in_new_territories: bool | None | UnsetType = UNSET,
        available_territories: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPlanAvailabilityResponse:
        """subscriptionPlanAvailabilities_updateInstance

        PATCH /v1/subscriptionPlanAvailabilities/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionplanavailabilities-_id_
        """
        from ascapi.models.subscription_plan_availability_response import (
            SubscriptionPlanAvailabilityResponse,
        )

        body = _support.document(
            body,
            available_in_new_territories is not UNSET or available_territories is not UNSET,
            "subscriptionPlanAvailabilities",
            id,
            {"availableInNewTerritories": available_in_new_territories},
            {"availableTerritories": ("territories", True, available_territories)},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/subscriptionPlanAvailabilities/{id}", id=id),
            body=body,
            response_type=SubscriptionPlanAvailabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionPlanAvailabilitiesAvailableTerritories(SyncAPIResource):
    """``client.subscription_plan_availabilities.available_territories``: /v1/subscriptionPlanAvailabilities"""

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
        SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponse,
        SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponseData,
    ]:
        """subscriptionPlanAvailabilities_availableTerritories_getToManyRelationship

        GET /v1/subscriptionPlanAvailabilities/{id}/relationships/availableTerritories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionplanavailabilities-_id_-relationships-availableterritories
        """
        from ascapi.models.subscription_plan_availability_available_territories_linkages_response import (
            SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponse,
        )

        return self._client._get_page(
            path(
                "/v1/subscriptionPlanAvailabilities/{id}/relationships/availableTerritories", id=id
            ),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_territories: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[TerritoriesResponse, Territory]:
        """subscriptionPlanAvailabilities_availableTerritories_getToManyRelated

        GET /v1/subscriptionPlanAvailabilities/{id}/availableTerritories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionplanavailabilities-_id_-availableterritories
        """
        from ascapi.models.territories_response import TerritoriesResponse

        return self._client._get_page(
            path("/v1/subscriptionPlanAvailabilities/{id}/availableTerritories", id=id),
            params={"fields[territories]": fields_territories, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=TerritoriesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """subscriptionPlanAvailabilities_availableTerritories_replaceToManyRelationship

        PATCH /v1/subscriptionPlanAvailabilities/{id}/relationships/availableTerritories

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionplanavailabilities-_id_-relationships-availableterritories
        """
        if body is None:
            body = _support.linkages("territories", ids)
        return self._client._call(
            "PATCH",
            path(
                "/v1/subscriptionPlanAvailabilities/{id}/relationships/availableTerritories", id=id
            ),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionPlanAvailabilities(AsyncAPIResource):
    """``client.subscription_plan_availabilities``: /v1/subscriptionPlanAvailabilities"""

    @cached_property
    def available_territories(self) -> AsyncSubscriptionPlanAvailabilitiesAvailableTerritories:
        return AsyncSubscriptionPlanAvailabilitiesAvailableTerritories(self._client)

    async def create(
        self,
        *,
        body: SubscriptionPlanAvailabilityCreateRequest | Mapping[str, Any] | None = None,
        available_in_new_territories: bool | None | UnsetType = UNSET,
        plan_type: _Enum0 | str | None | UnsetType = UNSET,
        available_territories: Sequence[str] | str | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPlanAvailabilityResponse:
        """subscriptionPlanAvailabilities_createInstance

        POST /v1/subscriptionPlanAvailabilities

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionplanavailabilities
        """
        from ascapi.models.subscription_plan_availability_response import (
            SubscriptionPlanAvailabilityResponse,
        )

        body = _support.document(
            body,
            available_in_new_territories is not UNSET
            or plan_type is not UNSET
            or available_territories is not UNSET
            or subscription is not UNSET,
            "subscriptionPlanAvailabilities",
            None,
            {"availableInNewTerritories": available_in_new_territories, "planType": plan_type},
            {
                "availableTerritories": ("territories", True, available_territories),
                "subscription": ("subscriptions", False, subscription),
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/subscriptionPlanAvailabilities",
            body=body,
            response_type=SubscriptionPlanAvailabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_subscription_plan_availabilities: Sequence[_Enum1] | None = None,
        fields_territories: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_available_territories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPlanAvailabilityResponse:
        """subscriptionPlanAvailabilities_getInstance

        GET /v1/subscriptionPlanAvailabilities/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionplanavailabilities-_id_
        """
        from ascapi.models.subscription_plan_availability_response import (
            SubscriptionPlanAvailabilityResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/subscriptionPlanAvailabilities/{id}", id=id),
            params={
                "fields[subscriptionPlanAvailabilities]": fields_subscription_plan_availabilities,
                "fields[territories]": fields_territories,
                "include": include,
                "limit[availableTerritories]": limit_available_territories,
            },
            maxima={"limit[availableTerritories]": 50},
            response_type=SubscriptionPlanAvailabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: SubscriptionPlanAvailabilityUpdateRequest | Mapping[str, Any] | None = None,
        available_in_new_territories: bool | None | UnsetType = UNSET,
        available_territories: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPlanAvailabilityResponse:
        """subscriptionPlanAvailabilities_updateInstance

        PATCH /v1/subscriptionPlanAvailabilities/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionplanavailabilities-_id_
        """
        from ascapi.models.subscription_plan_availability_response import (
            SubscriptionPlanAvailabilityResponse,
        )

        body = _support.document(
            body,
            available_in_new_territories is not UNSET or available_territories is not UNSET,
            "subscriptionPlanAvailabilities",
            id,
            {"availableInNewTerritories": available_in_new_territories},
            {"availableTerritories": ("territories", True, available_territories)},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/subscriptionPlanAvailabilities/{id}", id=id),
            body=body,
            response_type=SubscriptionPlanAvailabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionPlanAvailabilitiesAvailableTerritories(AsyncAPIResource):
    """``client.subscription_plan_availabilities.available_territories``: /v1/subscriptionPlanAvailabilities"""

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
        SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponse,
        SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponseData,
    ]:
        """subscriptionPlanAvailabilities_availableTerritories_getToManyRelationship

        GET /v1/subscriptionPlanAvailabilities/{id}/relationships/availableTerritories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionplanavailabilities-_id_-relationships-availableterritories
        """
        from ascapi.models.subscription_plan_availability_available_territories_linkages_response import (
            SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponse,
        )

        return self._client._get_page(
            path(
                "/v1/subscriptionPlanAvailabilities/{id}/relationships/availableTerritories", id=id
            ),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_territories: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[TerritoriesResponse, Territory]:
        """subscriptionPlanAvailabilities_availableTerritories_getToManyRelated

        GET /v1/subscriptionPlanAvailabilities/{id}/availableTerritories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionplanavailabilities-_id_-availableterritories
        """
        from ascapi.models.territories_response import TerritoriesResponse

        return self._client._get_page(
            path("/v1/subscriptionPlanAvailabilities/{id}/availableTerritories", id=id),
            params={"fields[territories]": fields_territories, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=TerritoriesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """subscriptionPlanAvailabilities_availableTerritories_replaceToManyRelationship

        PATCH /v1/subscriptionPlanAvailabilities/{id}/relationships/availableTerritories

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionplanavailabilities-_id_-relationships-availableterritories
        """
        if body is None:
            body = _support.linkages("territories", ids)
        return await self._client._call(
            "PATCH",
            path(
                "/v1/subscriptionPlanAvailabilities/{id}/relationships/availableTerritories", id=id
            ),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )
