# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.customer_review import CustomerReview
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.customer_review_response_v1 import CustomerReviewResponseV1
    from ascapi.models.territory import Territory

    _Included = CustomerReviewResponseV1 | Territory | Resource
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "customerReviewResponses": "ascapi.models.customer_review_response_v1:CustomerReviewResponseV1",
            "territories": "ascapi.models.territory:Territory",
        }
    )

__all__ = ["CustomerReviewsResponse"]


class CustomerReviewsResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[CustomerReview]
    else:
        data: list[CustomerReview] | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: PagedDocumentLinks
    else:
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
