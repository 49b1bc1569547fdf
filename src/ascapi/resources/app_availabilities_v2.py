# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_availabilities_v2`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_availability_v2_create_request import AppAvailabilityV2CreateRequest
    from ascapi.models.app_availability_v2_response import AppAvailabilityV2Response
    from ascapi.models.app_availability_v2_territory_availabilities_linkages_response import (
        AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponse,
        AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponseData,
    )
    from ascapi.models.territory_availabilities_response import TerritoryAvailabilitiesResponse
    from ascapi.models.territory_availability import TerritoryAvailability
    from ascapi.models.territory_availability_inline_create import TerritoryAvailabilityInlineCreate
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["availableInNewTerritories", "territoryAvailabilities"]
    _Enum1 = Literal[
        "available",
        "releaseDate",
        "preOrderEnabled",
        "preOrderPublishDate",
        "contentStatuses",
        "territory",
    ]
    _Enum2 = Literal["territoryAvailabilities"]
    _Enum3 = Literal["currency"]
    _Enum4 = Literal["territory"]


class AppAvailabilitiesV2(SyncAPIResource):
    """``client.app_availabilities_v2``: /v2/appAvailabilities"""

    @cached_property
    def territory_availabilities(self) -> AppAvailabilitiesV2TerritoryAvailabilities:
        return AppAvailabilitiesV2TerritoryAvailabilities(self._client)

    def create(
        self,
        *,
        body: AppAvailabilityV2CreateRequest | Mapping[str, Any] | None = None,
        available_in_new_territories: bool | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        territory_availabilities: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[TerritoryAvailabilityInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppAvailabilityV2Response:
        """appAvailabilitiesV2_createInstance

        POST /v2/appAvailabilities

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-appavailabilities
        """
        from ascapi.models.app_availability_v2_response import AppAvailabilityV2Response

        body = _support.document(
            body,
            available_in_new_territories is not UNSET
            or app is not UNSET
            or territory_availabilities is not UNSET
            or included is not UNSET,
            "appAvailabilities",
            None,
            {"availableInNewTerritories": available_in_new_territories},
            {
                "app": ("apps", False, app),
                "territoryAvailabilities": (
                    "territoryAvailabilities",
                    True,
                    territory_availabilities,
                ),
            },
            attributes_required=True,
            included=included,
        )
        return self._client._call(
            "POST",
            "/v2/appAvailabilities",
            body=body,
            response_type=AppAvailabilityV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_availabilities: Sequence[_Enum0] | None = None,
        fields_territory_availabilities: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_territory_availabilities: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppAvailabilityV2Response:
        """appAvailabilitiesV2_getInstance

        GET /v2/appAvailabilities/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appavailabilities-_id_
        """
        from ascapi.models.app_availability_v2_response import AppAvailabilityV2Response

        return self._client._call(
            "GET",
            path("/v2/appAvailabilities/{id}", id=id),
            params={
                "fields[appAvailabilities]": fields_app_availabilities,
                "fields[territoryAvailabilities]": fields_territory_availabilities,
                "include": include,
                "limit[territoryAvailabilities]": limit_territory_availabilities,
            },
            maxima={"limit[territoryAvailabilities]": 50},
            response_type=AppAvailabilityV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AppAvailabilitiesV2TerritoryAvailabilities(SyncAPIResource):
    """``client.app_availabilities_v2.territory_availabilities``: /v2/appAvailabilities"""

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
        AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponse,
        AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponseData,
    ]:
        """appAvailabilitiesV2_territoryAvailabilities_getToManyRelationship

        GET /v2/appAvailabilities/{id}/relationships/territoryAvailabilities

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appavailabilities-_id_-relationships-territoryavailabilities
        """
        from ascapi.models.app_availability_v2_territory_availabilities_linkages_response import (
            AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/appAvailabilities/{id}/relationships/territoryAvailabilities", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_territory_availabilities: Sequence[_Enum1] | None = None,
        fields_territories: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[TerritoryAvailabilitiesResponse, TerritoryAvailability]:
        """appAvailabilitiesV2_territoryAvailabilities_getToManyRelated

        GET /v2/appAvailabilities/{id}/territoryAvailabilities

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appavailabilities-_id_-territoryavailabilities
        """
        from ascapi.models.territory_availabilities_response import TerritoryAvailabilitiesResponse

        return self._client._get_page(
            path("/v2/appAvailabilities/{id}/territoryAvailabilities", id=id),
            params={
                "fields[territoryAvailabilities]": fields_territory_availabilities,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=TerritoryAvailabilitiesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppAvailabilitiesV2(AsyncAPIResource):
    """``client.app_availabilities_v2``: /v2/appAvailabilities"""

    @cached_property
    def territory_availabilities(self) -> AsyncAppAvailabilitiesV2TerritoryAvailabilities:
        return AsyncAppAvailabilitiesV2TerritoryAvailabilities(self._client)

    async def create(
        self,
        *,
        body: AppAvailabilityV2CreateRequest | Mapping[str, Any] | None = None,
        available_in_new_territories: bool | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        territory_availabilities: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[TerritoryAvailabilityInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppAvailabilityV2Response:
        """appAvailabilitiesV2_createInstance

        POST /v2/appAvailabilities

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-appavailabilities
        """
        from ascapi.models.app_availability_v2_response import AppAvailabilityV2Response

        body = _support.document(
            body,
            available_in_new_territories is not UNSET
            or app is not UNSET
            or territory_availabilities is not UNSET
            or included is not UNSET,
            "appAvailabilities",
            None,
            {"availableInNewTerritories": available_in_new_territories},
            {
                "app": ("apps", False, app),
                "territoryAvailabilities": (
                    "territoryAvailabilities",
                    True,
                    territory_availabilities,
                ),
            },
            attributes_required=True,
            included=included,
        )
        return await self._client._call(
            "POST",
            "/v2/appAvailabilities",
            body=body,
            response_type=AppAvailabilityV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_availabilities: Sequence[_Enum0] | None = None,
        fields_territory_availabilities: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_territory_availabilities: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppAvailabilityV2Response:
        """appAvailabilitiesV2_getInstance

        GET /v2/appAvailabilities/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appavailabilities-_id_
        """
        from ascapi.models.app_availability_v2_response import AppAvailabilityV2Response

        return await self._client._call(
            "GET",
            path("/v2/appAvailabilities/{id}", id=id),
            params={
                "fields[appAvailabilities]": fields_app_availabilities,
                "fields[territoryAvailabilities]": fields_territory_availabilities,
                "include": include,
                "limit[territoryAvailabilities]": limit_territory_availabilities,
            },
            maxima={"limit[territoryAvailabilities]": 50},
            response_type=AppAvailabilityV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppAvailabilitiesV2TerritoryAvailabilities(AsyncAPIResource):
    """``client.app_availabilities_v2.territory_availabilities``: /v2/appAvailabilities"""

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
        AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponse,
        AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponseData,
    ]:
        """appAvailabilitiesV2_territoryAvailabilities_getToManyRelationship

        GET /v2/appAvailabilities/{id}/relationships/territoryAvailabilities

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appavailabilities-_id_-relationships-territoryavailabilities
        """
        from ascapi.models.app_availability_v2_territory_availabilities_linkages_response import (
            AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/appAvailabilities/{id}/relationships/territoryAvailabilities", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_territory_availabilities: Sequence[_Enum1] | None = None,
        fields_territories: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[TerritoryAvailabilitiesResponse, TerritoryAvailability]:
        """appAvailabilitiesV2_territoryAvailabilities_getToManyRelated

        GET /v2/appAvailabilities/{id}/territoryAvailabilities

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appavailabilities-_id_-territoryavailabilities
        """
        from ascapi.models.territory_availabilities_response import TerritoryAvailabilitiesResponse

        return self._client._get_page(
            path("/v2/appAvailabilities/{id}/territoryAvailabilities", id=id),
            params={
                "fields[territoryAvailabilities]": fields_territory_availabilities,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=TerritoryAvailabilitiesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
