# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_submissions`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.subscription_submission_create_request import (
        SubscriptionSubmissionCreateRequest,
    )
    from ascapi.models.subscription_submission_response import SubscriptionSubmissionResponse
    from ascapi.pagination import AsyncPager, Page


class SubscriptionSubmissions(SyncAPIResource):
    """``client.subscription_submissions``: /v1/subscriptionSubmissions"""

    def create(
        self,
        *,
        body: SubscriptionSubmissionCreateRequest | Mapping[str, Any] | None = None,
        subscription: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionSubmissionResponse:
        """subscriptionSubmissions_createInstance

        POST /v1/subscriptionSubmissions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionsubmissions
        """
        from ascapi.models.subscription_submission_response import SubscriptionSubmissionResponse

        body = _support.document(
            body,
            subscription is not UNSET,
            "subscriptionSubmissions",
            None,
            {},
            {"subscription": ("subscriptions", False, subscription)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/subscriptionSubmissions",
            body=body,
            response_type=SubscriptionSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionSubmissions(AsyncAPIResource):
    """``client.subscription_submissions``: /v1/subscriptionSubmissions"""

    async def create(
        self,
        *,
        body: SubscriptionSubmissionCreateRequest | Mapping[str, Any] | None = None,
        subscription: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionSubmissionResponse:
        """subscriptionSubmissions_createInstance

        POST /v1/subscriptionSubmissions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionsubmissions
        """
        from ascapi.models.subscription_submission_response import SubscriptionSubmissionResponse

        body = _support.document(
            body,
            subscription is not UNSET,
            "subscriptionSubmissions",
            None,
            {},
            {"subscription": ("subscriptions", False, subscription)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/subscriptionSubmissions",
            body=body,
            response_type=SubscriptionSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )
