# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

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
    "AppClipDefaultExperience",
    "AppClipDefaultExperienceAttributes",
    "AppClipDefaultExperienceRelationships",
    "AppClipDefaultExperienceRelationshipsAppClip",
    "AppClipDefaultExperienceRelationshipsAppClipData",
    "AppClipDefaultExperienceRelationshipsReleaseWithAppStoreVersion",
    "AppClipDefaultExperienceRelationshipsReleaseWithAppStoreVersionData",
    "AppClipDefaultExperienceRelationshipsAppClipDefaultExperienceLocalizations",
    "AppClipDefaultExperienceRelationshipsAppClipDefaultExperienceLocalizationsData",
    "AppClipDefaultExperienceRelationshipsAppClipAppStoreReviewDetail",
    "AppClipDefaultExperienceRelationshipsAppClipAppStoreReviewDetailData",
]

_E0 = frozenset({"appClipDefaultExperiences"})
_E1 = frozenset({"OPEN", "VIEW", "PLAY"})
_E2 = frozenset({"appClips"})
_E3 = frozenset({"appStoreVersions"})
_E4 = frozenset({"appClipDefaultExperienceLocalizations"})
_E5 = frozenset({"appClipAppStoreReviewDetails"})


class AppClipDefaultExperience(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appClipDefaultExperiences"] | str
        id: str
    else:
        type: _L["appClipDefaultExperiences"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppClipDefaultExperienceAttributes | None | UnsetType = UNSET
    relationships: AppClipDefaultExperienceRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppClipDefaultExperienceAttributes(Model):
    action: _L["OPEN", "VIEW", "PLAY"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"action": _E1}


class AppClipDefaultExperienceRelationships(Model):
    app_clip: AppClipDefaultExperienceRelationshipsAppClip | None | UnsetType = msgspec.field(
        default=UNSET, name="appClip"
    )
    release_with_app_store_version: (
        AppClipDefaultExperienceRelationshipsReleaseWithAppStoreVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="releaseWithAppStoreVersion")
    app_clip_default_experience_localizations: (
        AppClipDefaultExperienceRelationshipsAppClipDefaultExperienceLocalizations
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appClipDefaultExperienceLocalizations")
    app_clip_app_store_review_detail: (
        AppClipDefaultExperienceRelationshipsAppClipAppStoreReviewDetail | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appClipAppStoreReviewDetail")
    __ascapi_nullable__ = frozenset[str]()


class AppClipDefaultExperienceRelationshipsAppClip(Model):
    data: AppClipDefaultExperienceRelationshipsAppClipData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipDefaultExperienceRelationshipsAppClipData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appClips"] | str
        id: str
    else:
        type: _L["appClips"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class AppClipDefaultExperienceRelationshipsReleaseWithAppStoreVersion(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: AppClipDefaultExperienceRelationshipsReleaseWithAppStoreVersionData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class AppClipDefaultExperienceRelationshipsReleaseWithAppStoreVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersions"] | str
        id: str
    else:
        type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class AppClipDefaultExperienceRelationshipsAppClipDefaultExperienceLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[AppClipDefaultExperienceRelationshipsAppClipDefaultExperienceLocalizationsData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipDefaultExperienceRelationshipsAppClipDefaultExperienceLocalizationsData(
    Model, kw_only=True
):
    if TYPE_CHECKING:
        type: _L["appClipDefaultExperienceLocalizations"] | str
        id: str
    else:
        type: _L["appClipDefaultExperienceLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class AppClipDefaultExperienceRelationshipsAppClipAppStoreReviewDetail(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: (
        AppClipDefaultExperienceRelationshipsAppClipAppStoreReviewDetailData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipDefaultExperienceRelationshipsAppClipAppStoreReviewDetailData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appClipAppStoreReviewDetails"] | str
        id: str
    else:
        type: _L["appClipAppStoreReviewDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}
