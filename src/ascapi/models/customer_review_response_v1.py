# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "CustomerReviewResponseV1",
    "CustomerReviewResponseV1Attributes",
    "CustomerReviewResponseV1Relationships",
    "CustomerReviewResponseV1RelationshipsReview",
    "CustomerReviewResponseV1RelationshipsReviewData",
]

_E0 = frozenset({"customerReviewResponses"})
_E1 = frozenset({"PUBLISHED", "PENDING_PUBLISH"})
_E2 = frozenset({"customerReviews"})


class CustomerReviewResponseV1(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["customerReviewResponses"] | str
        id: str
    else:
        type: _L["customerReviewResponses"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: CustomerReviewResponseV1Attributes | None | UnsetType = UNSET
    relationships: CustomerReviewResponseV1Relationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class CustomerReviewResponseV1Attributes(Model):
    response_body: str | None | UnsetType = msgspec.field(default=UNSET, name="responseBody")
    last_modified_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="lastModifiedDate"
    )
    state: _L["PUBLISHED", "PENDING_PUBLISH"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"state": _E1}


class CustomerReviewResponseV1Relationships(Model):
    review: CustomerReviewResponseV1RelationshipsReview | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CustomerReviewResponseV1RelationshipsReview(Model):
    data: CustomerReviewResponseV1RelationshipsReviewData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CustomerReviewResponseV1RelationshipsReviewData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["customerReviews"] | str
        id: str
    else:
        type: _L["customerReviews"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
