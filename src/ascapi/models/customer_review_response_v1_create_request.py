# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "CustomerReviewResponseV1CreateRequest",
    "CustomerReviewResponseV1CreateRequestData",
    "CustomerReviewResponseV1CreateRequestDataAttributes",
    "CustomerReviewResponseV1CreateRequestDataRelationships",
    "CustomerReviewResponseV1CreateRequestDataRelationshipsReview",
    "CustomerReviewResponseV1CreateRequestDataRelationshipsReviewData",
]

_E0 = frozenset({"customerReviewResponses"})
_E1 = frozenset({"customerReviews"})


class CustomerReviewResponseV1CreateRequest(Model):
    data: CustomerReviewResponseV1CreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class CustomerReviewResponseV1CreateRequestData(Model):
    type: _L["customerReviewResponses"] | str | None | UnsetType = UNSET
    attributes: CustomerReviewResponseV1CreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: CustomerReviewResponseV1CreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class CustomerReviewResponseV1CreateRequestDataAttributes(Model):
    response_body: str | None | UnsetType = msgspec.field(default=UNSET, name="responseBody")
    __ascapi_required__ = frozenset({"response_body"})
    __ascapi_nullable__ = frozenset[str]()


class CustomerReviewResponseV1CreateRequestDataRelationships(Model):
    review: CustomerReviewResponseV1CreateRequestDataRelationshipsReview | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"review"})
    __ascapi_nullable__ = frozenset[str]()


class CustomerReviewResponseV1CreateRequestDataRelationshipsReview(Model):
    data: CustomerReviewResponseV1CreateRequestDataRelationshipsReviewData | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class CustomerReviewResponseV1CreateRequestDataRelationshipsReviewData(Model):
    type: _L["customerReviews"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
