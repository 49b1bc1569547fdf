# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``webhook_pings`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.webhook_ping_create_request import WebhookPingCreateRequest
    from ascapi.models.webhook_ping_response import WebhookPingResponse
    from ascapi.pagination import AsyncPager, Page


class WebhookPings(SyncAPIResource):
    """``client.webhook_pings``: /v1/webhookPings"""

    def create(
        self,
        *,
        body: WebhookPingCreateRequest | Mapping[str, Any] | None = None,
        webhook: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WebhookPingResponse:
        """webhookPings_createInstance

        POST /v1/webhookPings

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-webhookpings
        """
        from ascapi.models.webhook_ping_response import WebhookPingResponse

        body = _support.document(
            body,
            webhook is not UNSET,
            "webhookPings",
            None,
            {},
            {"webhook": ("webhooks", False, webhook)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/webhookPings",
            body=body,
            response_type=WebhookPingResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncWebhookPings(AsyncAPIResource):
    """``client.webhook_pings``: /v1/webhookPings"""

    async def create(
        self,
        *,
        body: WebhookPingCreateRequest | Mapping[str, Any] | None = None,
        webhook: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WebhookPingResponse:
        """webhookPings_createInstance

        POST /v1/webhookPings

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-webhookpings
        """
        from ascapi.models.webhook_ping_response import WebhookPingResponse

        body = _support.document(
            body,
            webhook is not UNSET,
            "webhookPings",
            None,
            {},
            {"webhook": ("webhooks", False, webhook)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/webhookPings",
            body=body,
            response_type=WebhookPingResponse,
            options=options(extra_headers, extra_query, timeout),
        )
