# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``customer_reviews`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._types import NOT_GIVEN

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.customer_review_response import CustomerReviewResponse
    from ascapi.models.customer_review_response_linkage_response import (
        CustomerReviewResponseLinkageResponse,
    )
    from ascapi.models.customer_review_response_v1_response import CustomerReviewResponseV1Response
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "rating",
        "title",
        "body",
        "reviewerNickname",
        "createdDate",
        "territory",
        "response",
        "reviewTerritory",
    ]
    _Enum1 = Literal["responseBody", "lastModifiedDate", "state", "review"]
    _Enum2 = Literal["currency"]
    _Enum3 = Literal["response", "reviewTerritory"]
    _Enum4 = Literal["review"]


class CustomerReviews(SyncAPIResource):
    """``client.customer_reviews``: /v1/customerReviews"""

    @cached_property
    def response(self) -> CustomerReviewsResponse:
        return CustomerReviewsResponse(self._client)

    def get(
        self,
        id: str,
        *,
        fields_customer_reviews: Sequence[_Enum0] | None = None,
        fields_customer_review_responses: Sequence[_Enum1] | None = None,
        fields_territories: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CustomerReviewResponse:
        """customerReviews_getInstance

        GET /v1/customerReviews/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-customerreviews-_id_
        """
        from ascapi.models.customer_review_response import CustomerReviewResponse

        return self._client._call(
            "GET",
            path("/v1/customerReviews/{id}", id=id),
            params={
                "fields[customerReviews]": fields_customer_reviews,
                "fields[customerReviewResponses]": fields_customer_review_responses,
                "fields[territories]": fields_territories,
                "include": include,
            },
            response_type=CustomerReviewResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class CustomerReviewsResponse(SyncAPIResource):
    """``client.customer_reviews.response``: /v1/customerReviews"""

    def get(
        self,
        id: str,
        *,
        fields_customer_review_responses: Sequence[_Enum1] | None = None,
        fields_customer_reviews: Sequence[_Enum0] | None = None,
        include: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CustomerReviewResponseV1Response:
        """customerReviews_response_getToOneRelated

        GET /v1/customerReviews/{id}/response

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-customerreviews-_id_-response
        """
        from ascapi.models.customer_review_response_v1_response import (
            CustomerReviewResponseV1Response,
        )

        return self._client._call(
            "GET",
            path("/v1/customerReviews/{id}/response", id=id),
            params={
                "fields[customerReviewResponses]": fields_customer_review_responses,
                "fields[customerReviews]": fields_customer_reviews,
                "include": include,
            },
            response_type=CustomerReviewResponseV1Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CustomerReviewResponseLinkageResponse:
        """customerReviews_response_getToOneRelationship

        GET /v1/customerReviews/{id}/relationships/response

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-customerreviews-_id_-relationships-response
        """
        from ascapi.models.customer_review_response_linkage_response import (
            CustomerReviewResponseLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/customerReviews/{id}/relationships/response", id=id),
            response_type=CustomerReviewResponseLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCustomerReviews(AsyncAPIResource):
    """``client.customer_reviews``: /v1/customerReviews"""

    @cached_property
    def response(self) -> AsyncCustomerReviewsResponse:
        return AsyncCustomerReviewsResponse(self._client)

    async def get(
        self,
        id: str,
        *,
        fields_customer_reviews: Sequence[_Enum0] | None = None,
        fields_customer_review_responses: Sequence[_Enum1] | None = None,
        fields_territories: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CustomerReviewResponse:
        """customerReviews_getInstance

        GET /v1/customerReviews/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-customerreviews-_id_
        """
        from ascapi.models.customer_review_response import CustomerReviewResponse

        return await self._client._call(
            "GET",
            path("/v1/customerReviews/{id}", id=id),
            params={
                "fields[customerReviews]": fields_customer_reviews,
                "fields[customerReviewResponses]": fields_customer_review_responses,
                "fields[territories]": fields_territories,
                "include": include,
            },
            response_type=CustomerReviewResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCustomerReviewsResponse(AsyncAPIResource):
    """``client.customer_reviews.response``: /v1/customerReviews"""

    async def get(
        self,
        id: str,
        *,
        fields_customer_review_responses: Sequence[_Enum1] | None = None,
        fields_customer_reviews: Sequence[_Enum0] | None = None,
        include: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CustomerReviewResponseV1Response:
        """customerReviews_response_getToOneRelated

        GET /v1/customerReviews/{id}/response

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-customerreviews-_id_-response
        """
        from ascapi.models.customer_review_response_v1_response import (
            CustomerReviewResponseV1Response,
        )

        return await self._client._call(
            "GET",
            path("/v1/customerReviews/{id}/response", id=id),
            params={
                "fields[customerReviewResponses]": fields_customer_review_responses,
                "fields[customerReviews]": fields_customer_reviews,
                "include": include,
            },
            response_type=CustomerReviewResponseV1Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CustomerReviewResponseLinkageResponse:
        """customerReviews_response_getToOneRelationship

        GET /v1/customerReviews/{id}/relationships/response

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-customerreviews-_id_-relationships-response
        """
        from ascapi.models.customer_review_response_linkage_response import (
            CustomerReviewResponseLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/customerReviews/{id}/relationships/response", id=id),
            response_type=CustomerReviewResponseLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
