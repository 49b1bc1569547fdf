# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "ReviewSubmission",
    "ReviewSubmissionAttributes",
    "ReviewSubmissionRelationships",
    "ReviewSubmissionRelationshipsApp",
    "ReviewSubmissionRelationshipsAppData",
    "ReviewSubmissionRelationshipsItems",
    "ReviewSubmissionRelationshipsItemsData",
    "ReviewSubmissionRelationshipsAppStoreVersionForReview",
    "ReviewSubmissionRelationshipsAppStoreVersionForReviewData",
    "ReviewSubmissionRelationshipsSubmittedByActor",
    "ReviewSubmissionRelationshipsSubmittedByActorData",
]

_E0 = frozenset({"reviewSubmissions"})
_E1 = frozenset({"IOS", "MAC_OS", "TV_OS", "VISION_OS"})
_E2 = frozenset(
    {
        "READY_FOR_REVIEW",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "UNRESOLVED_ISSUES",
        "CANCELING",
        "COMPLETING",
        "COMPLETE",
    }
)
_E3 = frozenset({"apps"})
_E4 = frozenset({"reviewSubmissionItems"})
_E5 = frozenset({"appStoreVersions"})
_E6 = frozenset({"actors"})


class ReviewSubmission(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["reviewSubmissions"] | str
        id: str
    else:
        type: _L["reviewSubmissions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: ReviewSubmissionAttributes | None | UnsetType = UNSET
    relationships: ReviewSubmissionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class ReviewSubmissionAttributes(Model):
    platform: _L["IOS", "MAC_OS", "TV_OS", "VISION_OS"] | str | None | UnsetType = UNSET
    submitted_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="submittedDate"
    )
    state: (
        _L[
            "READY_FOR_REVIEW",
            "WAITING_FOR_REVIEW",
            "IN_REVIEW",
            "UNRESOLVED_ISSUES",
            "CANCELING",
            "COMPLETING",
            "COMPLETE",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"platform": _E1, "state": _E2}


class ReviewSubmissionRelationships(Model):
    app: ReviewSubmissionRelationshipsApp | None | UnsetType = UNSET
    items: ReviewSubmissionRelationshipsItems | None | UnsetType = UNSET
    app_store_version_for_review: (
        ReviewSubmissionRelationshipsAppStoreVersionForReview | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionForReview")
    submitted_by_actor: ReviewSubmissionRelationshipsSubmittedByActor | None | UnsetType = (
        msgspec.field(default=UNSET, name="submittedByActor")
    )
    last_updated_by_actor: ReviewSubmissionRelationshipsSubmittedByActor | None | UnsetType = (
        msgspec.field(default=UNSET, name="lastUpdatedByActor")
    )
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionRelationshipsApp(Model):
    data: ReviewSubmissionRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionRelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class ReviewSubmissionRelationshipsItems(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[ReviewSubmissionRelationshipsItemsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionRelationshipsItemsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["reviewSubmissionItems"] | str
        id: str
    else:
        type: _L["reviewSubmissionItems"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class ReviewSubmissionRelationshipsAppStoreVersionForReview(Model):
    data: ReviewSubmissionRelationshipsAppStoreVersionForReviewData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionRelationshipsAppStoreVersionForReviewData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersions"] | str
        id: str
    else:
        type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class ReviewSubmissionRelationshipsSubmittedByActor(Model):
    data: ReviewSubmissionRelationshipsSubmittedByActorData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionRelationshipsSubmittedByActorData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["actors"] | str
        id: str
    else:
        type: _L["actors"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}
