# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``marketplace_webhooks`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.marketplace_webhook import MarketplaceWebhook
    from ascapi.models.marketplace_webhook_create_request import MarketplaceWebhookCreateRequest
    from ascapi.models.marketplace_webhook_response import MarketplaceWebhookResponse
    from ascapi.models.marketplace_webhook_update_request import MarketplaceWebhookUpdateRequest
    from ascapi.models.marketplace_webhooks_response import MarketplaceWebhooksResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["endpointUrl"]


class MarketplaceWebhooks(SyncAPIResource):
    """``client.marketplace_webhooks``: /v1/marketplaceWebhooks"""

    def create(
        self,
        *,
        body: MarketplaceWebhookCreateRequest | Mapping[str, Any] | None = None,
        endpoint_url: str | None | UnsetType = UNSET,
        secret: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MarketplaceWebhookResponse:
        """marketplaceWebhooks_createInstance

        POST /v1/marketplaceWebhooks

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-marketplacewebhooks
        """
        from ascapi.models.marketplace_webhook_response import MarketplaceWebhookResponse

        body = _support.document(
            body,
            endpoint_url is not UNSET or secret is not UNSET,
            "marketplaceWebhooks",
            None,
            {"endpointUrl": endpoint_url, "secret": secret},
            {},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/marketplaceWebhooks",
            body=body,
            deprecated="marketplaceWebhooks_createInstance",
            response_type=MarketplaceWebhookResponse,
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
        """marketplaceWebhooks_deleteInstance

        DELETE /v1/marketplaceWebhooks/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-marketplacewebhooks-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/marketplaceWebhooks/{id}", id=id),
            deprecated="marketplaceWebhooks_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        fields_marketplace_webhooks: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[MarketplaceWebhooksResponse, MarketplaceWebhook]:
        """marketplaceWebhooks_getCollection

        GET /v1/marketplaceWebhooks

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-marketplacewebhooks
        """
        from ascapi.models.marketplace_webhooks_response import MarketplaceWebhooksResponse

        return self._client._get_page(
            "/v1/marketplaceWebhooks",
            params={
                "fields[marketplaceWebhooks]": fields_marketplace_webhooks,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="marketplaceWebhooks_getCollection",
            response_type=MarketplaceWebhooksResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: MarketplaceWebhookUpdateRequest | Mapping[str, Any] | None = None,
        endpoint_url: str | None | UnsetType = UNSET,
        secret: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MarketplaceWebhookResponse:
        """marketplaceWebhooks_updateInstance

        PATCH /v1/marketplaceWebhooks/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-marketplacewebhooks-_id_
        """
        from ascapi.models.marketplace_webhook_response import MarketplaceWebhookResponse

        body = _support.document(
            body,
            endpoint_url is not UNSET or secret is not UNSET,
            "marketplaceWebhooks",
            id,
            {"endpointUrl": endpoint_url, "secret": secret},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/marketplaceWebhooks/{id}", id=id),
            body=body,
            deprecated="marketplaceWebhooks_updateInstance",
            response_type=MarketplaceWebhookResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncMarketplaceWebhooks(AsyncAPIResource):
    """``client.marketplace_webhooks``: /v1/marketplaceWebhooks"""

    async def create(
        self,
        *,
        body: MarketplaceWebhookCreateRequest | Mapping[str, Any] | None = None,
        endpoint_url: str | None | UnsetType = UNSET,
        secret: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MarketplaceWebhookResponse:
        """marketplaceWebhooks_createInstance

        POST /v1/marketplaceWebhooks

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-marketplacewebhooks
        """
        from ascapi.models.marketplace_webhook_response import MarketplaceWebhookResponse

        body = _support.document(
            body,
            endpoint_url is not UNSET or secret is not UNSET,
            "marketplaceWebhooks",
            None,
            {"endpointUrl": endpoint_url, "secret": secret},
            {},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/marketplaceWebhooks",
            body=body,
            deprecated="marketplaceWebhooks_createInstance",
            response_type=MarketplaceWebhookResponse,
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
        """marketplaceWebhooks_deleteInstance

        DELETE /v1/marketplaceWebhooks/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-marketplacewebhooks-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/marketplaceWebhooks/{id}", id=id),
            deprecated="marketplaceWebhooks_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        fields_marketplace_webhooks: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[MarketplaceWebhooksResponse, MarketplaceWebhook]:
        """marketplaceWebhooks_getCollection

        GET /v1/marketplaceWebhooks

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-marketplacewebhooks
        """
        from ascapi.models.marketplace_webhooks_response import MarketplaceWebhooksResponse

        return self._client._get_page(
            "/v1/marketplaceWebhooks",
            params={
                "fields[marketplaceWebhooks]": fields_marketplace_webhooks,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="marketplaceWebhooks_getCollection",
            response_type=MarketplaceWebhooksResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: MarketplaceWebhookUpdateRequest | Mapping[str, Any] | None = None,
        endpoint_url: str | None | UnsetType = UNSET,
        secret: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MarketplaceWebhookResponse:
        """marketplaceWebhooks_updateInstance

        PATCH /v1/marketplaceWebhooks/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-marketplacewebhooks-_id_
        """
        from ascapi.models.marketplace_webhook_response import MarketplaceWebhookResponse

        body = _support.document(
            body,
            endpoint_url is not UNSET or secret is not UNSET,
            "marketplaceWebhooks",
            id,
            {"endpointUrl": endpoint_url, "secret": secret},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/marketplaceWebhooks/{id}", id=id),
            body=body,
            deprecated="marketplaceWebhooks_updateInstance",
            response_type=MarketplaceWebhookResponse,
            options=options(extra_headers, extra_query, timeout),
        )
