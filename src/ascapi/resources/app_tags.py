# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_tags`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_tag_response import AppTagResponse
    from ascapi.models.app_tag_territories_linkages_response import (
        AppTagTerritoriesLinkagesResponse,
        AppTagTerritoriesLinkagesResponseData,
    )
    from ascapi.models.app_tag_update_request import AppTagUpdateRequest
    from ascapi.models.territories_response import TerritoriesResponse
    from ascapi.models.territory import Territory
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["currency"]


class AppTags(SyncAPIResource):
    """``client.app_tags``: /v1/appTags"""

    @cached_property
    def territories(self) -> AppTagsTerritories:
        return AppTagsTerritories(self._client)

    def update(
        self,
        id: str,
        *,
        body: AppTagUpdateRequest | Mapping[str, Any] | None = None,
        visible_in_app_store: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppTagResponse:
        """appTags_updateInstance

        PATCH /v1/appTags/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-apptags-_id_
        """
        from ascapi.models.app_tag_response import AppTagResponse

        body = _support.document(
            body,
            visible_in_app_store is not UNSET,
            "appTags",
            id,
            {"visibleInAppStore": visible_in_app_store},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appTags/{id}", id=id),
            body=body,
            response_type=AppTagResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppTagsTerritories(SyncAPIResource):
    """``client.app_tags.territories``: /v1/appTags"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppTagTerritoriesLinkagesResponse, AppTagTerritoriesLinkagesResponseData]:
        """appTags_territories_getToManyRelationship

        GET /v1/appTags/{id}/relationships/territories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apptags-_id_-relationships-territories
        """
        from ascapi.models.app_tag_territories_linkages_response import (
            AppTagTerritoriesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appTags/{id}/relationships/territories", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppTagTerritoriesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_territories: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[TerritoriesResponse, Territory]:
        """appTags_territories_getToManyRelated

        GET /v1/appTags/{id}/territories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apptags-_id_-territories
        """
        from ascapi.models.territories_response import TerritoriesResponse

        return self._client._get_page(
            path("/v1/appTags/{id}/territories", id=id),
            params={"fields[territories]": fields_territories, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=TerritoriesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppTags(AsyncAPIResource):
    """``client.app_tags``: /v1/appTags"""

    @cached_property
    def territories(self) -> AsyncAppTagsTerritories:
        return AsyncAppTagsTerritories(self._client)

    async def update(
        self,
        id: str,
        *,
        body: AppTagUpdateRequest | Mapping[str, Any] | None = None,
        visible_in_app_store: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppTagResponse:
        """appTags_updateInstance

        PATCH /v1/appTags/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-apptags-_id_
        """
        from ascapi.models.app_tag_response import AppTagResponse

        body = _support.document(
            body,
            visible_in_app_store is not UNSET,
            "appTags",
            id,
            {"visibleInAppStore": visible_in_app_store},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appTags/{id}", id=id),
            body=body,
            response_type=AppTagResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppTagsTerritories(AsyncAPIResource):
    """``client.app_tags.territories``: /v1/appTags"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppTagTerritoriesLinkagesResponse, AppTagTerritoriesLinkagesResponseData]:
        """appTags_territories_getToManyRelationship

        GET /v1/appTags/{id}/relationships/territories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apptags-_id_-relationships-territories
        """
        from ascapi.models.app_tag_territories_linkages_response import (
            AppTagTerritoriesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appTags/{id}/relationships/territories", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppTagTerritoriesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_territories: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[TerritoriesResponse, Territory]:
        """appTags_territories_getToManyRelated

        GET /v1/appTags/{id}/territories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apptags-_id_-territories
        """
        from ascapi.models.territories_response import TerritoriesResponse

        return self._client._get_page(
            path("/v1/appTags/{id}/territories", id=id),
            params={"fields[territories]": fields_territories, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=TerritoriesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
