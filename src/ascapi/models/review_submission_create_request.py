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
    "ReviewSubmissionCreateRequest",
    "ReviewSubmissionCreateRequestData",
    "ReviewSubmissionCreateRequestDataAttributes",
    "ReviewSubmissionCreateRequestDataRelationships",
    "ReviewSubmissionCreateRequestDataRelationshipsApp",
    "ReviewSubmissionCreateRequestDataRelationshipsAppData",
]

_E0 = frozenset({"reviewSubmissions"})
_E1 = frozenset({"IOS", "MAC_OS", "TV_OS", "VISION_OS"})
_E2 = frozenset({"apps"})


class ReviewSubmissionCreateRequest(Model):
    data: ReviewSubmissionCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionCreateRequestData(Model):
    type: _L["reviewSubmissions"] | str | None | UnsetType = UNSET
    attributes: ReviewSubmissionCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: ReviewSubmissionCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class ReviewSubmissionCreateRequestDataAttributes(Model):
    platform: _L["IOS", "MAC_OS", "TV_OS", "VISION_OS"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset({"platform"})
    __ascapi_enums__ = {"platform": _E1}


class ReviewSubmissionCreateRequestDataRelationships(Model):
    app: ReviewSubmissionCreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"app"})
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionCreateRequestDataRelationshipsApp(Model):
    data: ReviewSubmissionCreateRequestDataRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionCreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
