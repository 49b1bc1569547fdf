# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``in_app_purchase_submissions`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.in_app_purchase_submission_create_request import (
        InAppPurchaseSubmissionCreateRequest,
    )
    from ascapi.models.in_app_purchase_submission_response import InAppPurchaseSubmissionResponse
    from ascapi.pagination import AsyncPager, Page


class InAppPurchaseSubmissions(SyncAPIResource):
    """``client.in_app_purchase_submissions``: /v1/inAppPurchaseSubmissions"""

    def create(
        self,
        *,
        body: InAppPurchaseSubmissionCreateRequest | Mapping[str, Any] | None = None,
        in_app_purchase_v2: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseSubmissionResponse:
        """inAppPurchaseSubmissions_createInstance

        POST /v1/inAppPurchaseSubmissions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchasesubmissions
        """
        from ascapi.models.in_app_purchase_submission_response import (
            InAppPurchaseSubmissionResponse,
        )

        body = _support.document(
            body,
            in_app_purchase_v2 is not UNSET,
            "inAppPurchaseSubmissions",
            None,
            {},
            {"inAppPurchaseV2": ("inAppPurchases", False, in_app_purchase_v2)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/inAppPurchaseSubmissions",
            body=body,
            response_type=InAppPurchaseSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchaseSubmissions(AsyncAPIResource):
    """``client.in_app_purchase_submissions``: /v1/inAppPurchaseSubmissions"""

    async def create(
        self,
        *,
        body: InAppPurchaseSubmissionCreateRequest | Mapping[str, Any] | None = None,
        in_app_purchase_v2: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseSubmissionResponse:
        """inAppPurchaseSubmissions_createInstance

        POST /v1/inAppPurchaseSubmissions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchasesubmissions
        """
        from ascapi.models.in_app_purchase_submission_response import (
            InAppPurchaseSubmissionResponse,
        )

        body = _support.document(
            body,
            in_app_purchase_v2 is not UNSET,
            "inAppPurchaseSubmissions",
            None,
            {},
            {"inAppPurchaseV2": ("inAppPurchases", False, in_app_purchase_v2)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/inAppPurchaseSubmissions",
            body=body,
            response_type=InAppPurchaseSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )
