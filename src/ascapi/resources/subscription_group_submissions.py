# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_group_submissions`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.subscription_group_submission_create_request import (
        SubscriptionGroupSubmissionCreateRequest,
    )
    from ascapi.models.subscription_group_submission_response import (
        SubscriptionGroupSubmissionResponse,
    )
    from ascapi.pagination import AsyncPager, Page


class SubscriptionGroupSubmissions(SyncAPIResource):
    """``client.subscription_group_submissions``: /v1/subscriptionGroupSubmissions"""

    def create(
        self,
        *,
        body: SubscriptionGroupSubmissionCreateRequest | Mapping[str, Any] | None = None,
        subscription_group: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupSubmissionResponse:
        """subscriptionGroupSubmissions_createInstance

        POST /v1/subscriptionGroupSubmissions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptiongroupsubmissions
        """
        from ascapi.models.subscription_group_submission_response import (
            SubscriptionGroupSubmissionResponse,
        )

        body = _support.document(
            body,
            subscription_group is not UNSET,
            "subscriptionGroupSubmissions",
            None,
            {},
            {"subscriptionGroup": ("subscriptionGroups", False, subscription_group)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/subscriptionGroupSubmissions",
            body=body,
            response_type=SubscriptionGroupSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionGroupSubmissions(AsyncAPIResource):
    """``client.subscription_group_submissions``: /v1/subscriptionGroupSubmissions"""

    async def create(
        self,
        *,
        body: SubscriptionGroupSubmissionCreateRequest | Mapping[str, Any] | None = None,
        subscription_group: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupSubmissionResponse:
        """subscriptionGroupSubmissions_createInstance

        POST /v1/subscriptionGroupSubmissions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptiongroupsubmissions
        """
        from ascapi.models.subscription_group_submission_response import (
            SubscriptionGroupSubmissionResponse,
        )

        body = _support.document(
            body,
            subscription_group is not UNSET,
            "subscriptionGroupSubmissions",
            None,
            {},
            {"subscriptionGroup": ("subscriptionGroups", False, subscription_group)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/subscriptionGroupSubmissions",
            body=body,
            response_type=SubscriptionGroupSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )
