# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``actors`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._types import NOT_GIVEN

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.actor import Actor
    from ascapi.models.actor_response import ActorResponse
    from ascapi.models.actors_response import ActorsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["actorType", "userFirstName", "userLastName", "userEmail", "apiKeyId"]


class Actors(SyncAPIResource):
    """``client.actors``: /v1/actors"""

    def get(
        self,
        id: str,
        *,
        fields_actors: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ActorResponse:
        """actors_getInstance

        GET /v1/actors/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-actors-_id_
        """
        from ascapi.models.actor_response import ActorResponse

        return self._client._call(
            "GET",
            path("/v1/actors/{id}", id=id),
            params={"fields[actors]": fields_actors},
            response_type=ActorResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_id: Sequence[str],
        fields_actors: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[ActorsResponse, Actor]:
        """actors_getCollection

        GET /v1/actors

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-actors
        """
        from ascapi.models.actors_response import ActorsResponse

        return self._client._get_page(
            "/v1/actors",
            params={
                "filter[id]": filter_id,
                "fields[actors]": fields_actors,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=ActorsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncActors(AsyncAPIResource):
    """``client.actors``: /v1/actors"""

    async def get(
        self,
        id: str,
        *,
        fields_actors: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ActorResponse:
        """actors_getInstance

        GET /v1/actors/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-actors-_id_
        """
        from ascapi.models.actor_response import ActorResponse

        return await self._client._call(
            "GET",
            path("/v1/actors/{id}", id=id),
            params={"fields[actors]": fields_actors},
            response_type=ActorResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_id: Sequence[str],
        fields_actors: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ActorsResponse, Actor]:
        """actors_getCollection

        GET /v1/actors

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-actors
        """
        from ascapi.models.actors_response import ActorsResponse

        return self._client._get_page(
            "/v1/actors",
            params={
                "filter[id]": filter_id,
                "fields[actors]": fields_actors,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=ActorsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
