# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``sandbox_testers_clear_purchase_history_request_v2`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.sandbox_testers_clear_purchase_history_request_v2_create_request import (
        SandboxTestersClearPurchaseHistoryRequestV2CreateRequest,
    )
    from ascapi.models.sandbox_testers_clear_purchase_history_request_v2_response import (
        SandboxTestersClearPurchaseHistoryRequestV2Response,
    )
    from ascapi.pagination import AsyncPager, Page


class SandboxTestersClearPurchaseHistoryRequestV2(SyncAPIResource):
    """``client.sandbox_testers_clear_purchase_history_request_v2``: /v2/sandboxTestersClearPurchaseHistoryRequest"""

    def create(
        self,
        *,
        body: SandboxTestersClearPurchaseHistoryRequestV2CreateRequest
        | Mapping[str, Any]
        | None = None,
        sandbox_testers: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SandboxTestersClearPurchaseHistoryRequestV2Response:
        """sandboxTestersClearPurchaseHistoryRequestV2_createInstance

        POST /v2/sandboxTestersClearPurchaseHistoryRequest

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-sandboxtestersclearpurchasehistoryrequest
        """
        from ascapi.models.sandbox_testers_clear_purchase_history_request_v2_response import (
            SandboxTestersClearPurchaseHistoryRequestV2Response,
        )

        body = _support.document(
            body,
            sandbox_testers is not UNSET,
            "sandboxTestersClearPurchaseHistoryRequest",
            None,
            {},
            {"sandboxTesters": ("sandboxTesters", True, sandbox_testers)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v2/sandboxTestersClearPurchaseHistoryRequest",
            body=body,
            response_type=SandboxTestersClearPurchaseHistoryRequestV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSandboxTestersClearPurchaseHistoryRequestV2(AsyncAPIResource):
    """``client.sandbox_testers_clear_purchase_history_request_v2``: /v2/sandboxTestersClearPurchaseHistoryRequest"""

    async def create(
        self,
        *,
        body: SandboxTestersClearPurchaseHistoryRequestV2CreateRequest
        | Mapping[str, Any]
        | None = None,
        sandbox_testers: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SandboxTestersClearPurchaseHistoryRequestV2Response:
        """sandboxTestersClearPurchaseHistoryRequestV2_createInstance

        POST /v2/sandboxTestersClearPurchaseHistoryRequest

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-sandboxtestersclearpurchasehistoryrequest
        """
        from ascapi.models.sandbox_testers_clear_purchase_history_request_v2_response import (
            SandboxTestersClearPurchaseHistoryRequestV2Response,
        )

        body = _support.document(
            body,
            sandbox_testers is not UNSET,
            "sandboxTestersClearPurchaseHistoryRequest",
            None,
            {},
            {"sandboxTesters": ("sandboxTesters", True, sandbox_testers)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v2/sandboxTestersClearPurchaseHistoryRequest",
            body=body,
            response_type=SandboxTestersClearPurchaseHistoryRequestV2Response,
            options=options(extra_headers, extra_query, timeout),
        )
