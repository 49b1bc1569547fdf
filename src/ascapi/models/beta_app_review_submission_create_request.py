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
    "BetaAppReviewSubmissionCreateRequest",
    "BetaAppReviewSubmissionCreateRequestData",
    "BetaAppReviewSubmissionCreateRequestDataRelationships",
    "BetaAppReviewSubmissionCreateRequestDataRelationshipsBuild",
    "BetaAppReviewSubmissionCreateRequestDataRelationshipsBuildData",
]

_E0 = frozenset({"betaAppReviewSubmissions"})
_E1 = frozenset({"builds"})


class BetaAppReviewSubmissionCreateRequest(Model):
    data: BetaAppReviewSubmissionCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BetaAppReviewSubmissionCreateRequestData(Model):
    type: _L["betaAppReviewSubmissions"] | str | None | UnsetType = UNSET
    relationships: BetaAppReviewSubmissionCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BetaAppReviewSubmissionCreateRequestDataRelationships(Model):
    build: BetaAppReviewSubmissionCreateRequestDataRelationshipsBuild | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"build"})
    __ascapi_nullable__ = frozenset[str]()


class BetaAppReviewSubmissionCreateRequestDataRelationshipsBuild(Model):
    data: BetaAppReviewSubmissionCreateRequestDataRelationshipsBuildData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BetaAppReviewSubmissionCreateRequestDataRelationshipsBuildData(Model):
    type: _L["builds"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
