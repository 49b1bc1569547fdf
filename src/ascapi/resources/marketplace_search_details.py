# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``marketplace_search_details`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

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
    from ascapi.models.marketplace_search_detail_create_request import (
        MarketplaceSearchDetailCreateRequest,
    )
    from ascapi.models.marketplace_search_detail_response import MarketplaceSearchDetailResponse
    from ascapi.models.marketplace_search_detail_update_request import (
        MarketplaceSearchDetailUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page


class MarketplaceSearchDetails(SyncAPIResource):
    """``client.marketplace_search_details``: /v1/marketplaceSearchDetails"""

    def create(
        self,
        *,
        body: MarketplaceSearchDetailCreateRequest | Mapping[str, Any] | None = None,
        catalog_url: str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MarketplaceSearchDetailResponse:
        """marketplaceSearchDetails_createInstance

        POST /v1/marketplaceSearchDetails

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-marketplacesearchdetails
        """
        from ascapi.models.marketplace_search_detail_response import MarketplaceSearchDetailResponse

        body = _support.document(
            body,
            catalog_url is not UNSET or app is not UNSET,
            "marketplaceSearchDetails",
            None,
            {"catalogUrl": catalog_url},
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/marketplaceSearchDetails",
            body=body,
            response_type=MarketplaceSearchDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """marketplaceSearchDetails_deleteInstance

        DELETE /v1/marketplaceSearchDetails/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-marketplacesearchdetails-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/marketplaceSearchDetails/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: MarketplaceSearchDetailUpdateRequest | Mapping[str, Any] | None = None,
        catalog_url: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MarketplaceSearchDetailResponse:
        """marketplaceSearchDetails_updateInstance

        PATCH /v1/marketplaceSearchDetails/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-marketplacesearchdetails-_id_
        """
        from ascapi.models.marketplace_search_detail_response import MarketplaceSearchDetailResponse

        body = _support.document(
            body,
            catalog_url is not UNSET,
            "marketplaceSearchDetails",
            id,
            {"catalogUrl": catalog_url},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/marketplaceSearchDetails/{id}", id=id),
            body=body,
            response_type=MarketplaceSearchDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncMarketplaceSearchDetails(AsyncAPIResource):
    """``client.marketplace_search_details``: /v1/marketplaceSearchDetails"""

    async def create(
        self,
        *,
        body: MarketplaceSearchDetailCreateRequest | Mapping[str, Any] | None = None,
        catalog_url: str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MarketplaceSearchDetailResponse:
        """marketplaceSearchDetails_createInstance

        POST /v1/marketplaceSearchDetails

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-marketplacesearchdetails
        """
        from ascapi.models.marketplace_search_detail_response import MarketplaceSearchDetailResponse

        body = _support.document(
            body,
            catalog_url is not UNSET or app is not UNSET,
            "marketplaceSearchDetails",
            None,
            {"catalogUrl": catalog_url},
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/marketplaceSearchDetails",
            body=body,
            response_type=MarketplaceSearchDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """marketplaceSearchDetails_deleteInstance

        DELETE /v1/marketplaceSearchDetails/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-marketplacesearchdetails-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/marketplaceSearchDetails/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: MarketplaceSearchDetailUpdateRequest | Mapping[str, Any] | None = None,
        catalog_url: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MarketplaceSearchDetailResponse:
        """marketplaceSearchDetails_updateInstance

        PATCH /v1/marketplaceSearchDetails/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-marketplacesearchdetails-_id_
        """
        from ascapi.models.marketplace_search_detail_response import MarketplaceSearchDetailResponse

        body = _support.document(
            body,
            catalog_url is not UNSET,
            "marketplaceSearchDetails",
            id,
            {"catalogUrl": catalog_url},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/marketplaceSearchDetails/{id}", id=id),
            body=body,
            response_type=MarketplaceSearchDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )
