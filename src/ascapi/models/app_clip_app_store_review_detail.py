# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "AppClipAppStoreReviewDetail",
    "AppClipAppStoreReviewDetailAttributes",
    "AppClipAppStoreReviewDetailRelationships",
    "AppClipAppStoreReviewDetailRelationshipsAppClipDefaultExperience",
    "AppClipAppStoreReviewDetailRelationshipsAppClipDefaultExperienceData",
]

_E0 = frozenset({"appClipAppStoreReviewDetails"})
_E1 = frozenset({"appClipDefaultExperiences"})


class AppClipAppStoreReviewDetail(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appClipAppStoreReviewDetails"] | str
        id: str
    else:
        type: _L["appClipAppStoreReviewDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppClipAppStoreReviewDetailAttributes | None | UnsetType = UNSET
    relationships: AppClipAppStoreReviewDetailRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppClipAppStoreReviewDetailAttributes(Model):
    invocation_urls: list[str] | None | UnsetType = msgspec.field(
        default=UNSET, name="invocationUrls"
    )
    __ascapi_nullable__ = frozenset[str]()


class AppClipAppStoreReviewDetailRelationships(Model):
    app_clip_default_experience: (
        AppClipAppStoreReviewDetailRelationshipsAppClipDefaultExperience | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appClipDefaultExperience")
    __ascapi_nullable__ = frozenset[str]()


class AppClipAppStoreReviewDetailRelationshipsAppClipDefaultExperience(Model):
    data: (
        AppClipAppStoreReviewDetailRelationshipsAppClipDefaultExperienceData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipAppStoreReviewDetailRelationshipsAppClipDefaultExperienceData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appClipDefaultExperiences"] | str
        id: str
    else:
        type: _L["appClipDefaultExperiences"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
