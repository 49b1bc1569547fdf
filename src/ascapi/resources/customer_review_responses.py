# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``customer_review_responses`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.customer_review_response_v1_create_request import (
        CustomerReviewResponseV1CreateRequest,
    )
    from ascapi.models.customer_review_response_v1_response import CustomerReviewResponseV1Response
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["responseBody", "lastModifiedDate", "state", "review"]
    _Enum1 = Literal[
        "rating",
        "title",
        "body",
        "reviewerNickname",
        "createdDate",
        "territory",
        "response",
        "reviewTerritory",
    ]
    _Enum2 = Literal["review"]


class CustomerReviewResponses(SyncAPIResource):
    """``client.customer_review_responses``: /v1/customerReviewResponses"""

    def create(
        self,
        *,
        body: CustomerReviewResponseV1CreateRequest | Mapping[str, Any] | None = None,
        response_body: str | None | UnsetType = UNSET,
        review: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CustomerReviewResponseV1Response:
        """customerReviewResponses_createInstance

        POST /v1/customerReviewResponses

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-customerreviewresponses
        """
        from ascapi.models.customer_review_response_v1_response import (
            CustomerReviewResponseV1Response,
        )

        body = _support.document(
            body,
            response_body is not UNSET or review is not UNSET,
            "customerReviewResponses",
            None,
            {"responseBody": response_body},
            {"review": ("customerReviews", False, review)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/customerReviewResponses",
            body=body,
            response_type=CustomerReviewResponseV1Response,
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
        """customerReviewResponses_deleteInstance

        DELETE /v1/customerReviewResponses/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-customerreviewresponses-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/customerReviewResponses/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_customer_review_responses: Sequence[_Enum0] | None = None,
        fields_customer_reviews: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CustomerReviewResponseV1Response:
        """customerReviewResponses_getInstance

        GET /v1/customerReviewResponses/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-customerreviewresponses-_id_
        """
        from ascapi.models.customer_review_response_v1_response import (
            CustomerReviewResponseV1Response,
        )

        return self._client._call(
            "GET",
            path("/v1/customerReviewResponses/{id}", id=id),
            params={
                "fields[customerReviewResponses]": fields_customer_review_responses,
                "fields[customerReviews]": fields_customer_reviews,
                "include": include,
            },
            response_type=CustomerReviewResponseV1Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCustomerReviewResponses(AsyncAPIResource):
    """``client.customer_review_responses``: /v1/customerReviewResponses"""

    async def create(
        self,
        *,
        body: CustomerReviewResponseV1CreateRequest | Mapping[str, Any] | None = None,
        response_body: str | None | UnsetType = UNSET,
        review: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CustomerReviewResponseV1Response:
        """customerReviewResponses_createInstance

        POST /v1/customerReviewResponses

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-customerreviewresponses
        """
        from ascapi.models.customer_review_response_v1_response import (
            CustomerReviewResponseV1Response,
        )

        body = _support.document(
            body,
            response_body is not UNSET or review is not UNSET,
            "customerReviewResponses",
            None,
            {"responseBody": response_body},
            {"review": ("customerReviews", False, review)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/customerReviewResponses",
            body=body,
            response_type=CustomerReviewResponseV1Response,
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
        """customerReviewResponses_deleteInstance

        DELETE /v1/customerReviewResponses/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-customerreviewresponses-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/customerReviewResponses/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_customer_review_responses: Sequence[_Enum0] | None = None,
        fields_customer_reviews: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CustomerReviewResponseV1Response:
        """customerReviewResponses_getInstance

        GET /v1/customerReviewResponses/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-customerreviewresponses-_id_
        """
        from ascapi.models.customer_review_response_v1_response import (
            CustomerReviewResponseV1Response,
        )

        return await self._client._call(
            "GET",
            path("/v1/customerReviewResponses/{id}", id=id),
            params={
                "fields[customerReviewResponses]": fields_customer_review_responses,
                "fields[customerReviews]": fields_customer_reviews,
                "include": include,
            },
            response_type=CustomerReviewResponseV1Response,
            options=options(extra_headers, extra_query, timeout),
        )
