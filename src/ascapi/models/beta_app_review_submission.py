# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "BetaAppReviewSubmission",
    "BetaAppReviewSubmissionAttributes",
    "BetaAppReviewSubmissionRelationships",
    "BetaAppReviewSubmissionRelationshipsBuild",
    "BetaAppReviewSubmissionRelationshipsBuildData",
]

_E0 = frozenset({"betaAppReviewSubmissions"})
_E1 = frozenset({"WAITING_FOR_REVIEW", "IN_REVIEW", "REJECTED", "APPROVED"})
_E2 = frozenset({"builds"})


class BetaAppReviewSubmission(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaAppReviewSubmissions"] | str
        id: str
    else:
        type: _L["betaAppReviewSubmissions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BetaAppReviewSubmissionAttributes | None | UnsetType = UNSET
    relationships: BetaAppReviewSubmissionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BetaAppReviewSubmissionAttributes(Model):
    beta_review_state: (
        _L["WAITING_FOR_REVIEW", "IN_REVIEW", "REJECTED", "APPROVED"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="betaReviewState")
    submitted_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="submittedDate"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"beta_review_state": _E1}


class BetaAppReviewSubmissionRelationships(Model):
    build: BetaAppReviewSubmissionRelationshipsBuild | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaAppReviewSubmissionRelationshipsBuild(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: BetaAppReviewSubmissionRelationshipsBuildData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaAppReviewSubmissionRelationshipsBuildData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["builds"] | str
        id: str
    else:
        type: _L["builds"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
