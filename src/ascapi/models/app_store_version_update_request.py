# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "AppStoreVersionUpdateRequest",
    "AppStoreVersionUpdateRequestData",
    "AppStoreVersionUpdateRequestDataAttributes",
    "AppStoreVersionUpdateRequestDataRelationships",
    "AppStoreVersionUpdateRequestDataRelationshipsBuild",
    "AppStoreVersionUpdateRequestDataRelationshipsBuildData",
    "AppStoreVersionUpdateRequestDataRelationshipsAppClipDefaultExperience",
    "AppStoreVersionUpdateRequestDataRelationshipsAppClipDefaultExperienceData",
]

_E0 = frozenset({"appStoreVersions"})
_E1 = frozenset({"APP_STORE", "NOTARIZATION"})
_E2 = frozenset({"MANUAL", "AFTER_APPROVAL", "SCHEDULED"})
_E3 = frozenset({"builds"})
_E4 = frozenset({"appClipDefaultExperiences"})


class AppStoreVersionUpdateRequest(Model):
    data: AppStoreVersionUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionUpdateRequestData(Model):
    type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: AppStoreVersionUpdateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppStoreVersionUpdateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppStoreVersionUpdateRequestDataAttributes(Model):
    version_string: str | None | UnsetType = msgspec.field(default=UNSET, name="versionString")
    copyright: str | None | UnsetType = UNSET
    review_type: _L["APP_STORE", "NOTARIZATION"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="reviewType"
    )
    release_type: _L["MANUAL", "AFTER_APPROVAL", "SCHEDULED"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="releaseType")
    )
    earliest_release_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="earliestReleaseDate"
    )
    uses_idfa: bool | None | UnsetType = msgspec.field(default=UNSET, name="usesIdfa")
    downloadable: bool | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset(
        {
            "copyright",
            "downloadable",
            "earliest_release_date",
            "release_type",
            "review_type",
            "uses_idfa",
            "version_string",
        }
    )
    __ascapi_enums__ = {"review_type": _E1, "release_type": _E2}


class AppStoreVersionUpdateRequestDataRelationships(Model):
    build: AppStoreVersionUpdateRequestDataRelationshipsBuild | None | UnsetType = UNSET
    app_clip_default_experience: (
        AppStoreVersionUpdateRequestDataRelationshipsAppClipDefaultExperience | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appClipDefaultExperience")
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionUpdateRequestDataRelationshipsBuild(Model):
    data: AppStoreVersionUpdateRequestDataRelationshipsBuildData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionUpdateRequestDataRelationshipsBuildData(Model):
    type: _L["builds"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class AppStoreVersionUpdateRequestDataRelationshipsAppClipDefaultExperience(Model):
    data: (
        AppStoreVersionUpdateRequestDataRelationshipsAppClipDefaultExperienceData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionUpdateRequestDataRelationshipsAppClipDefaultExperienceData(Model):
    type: _L["appClipDefaultExperiences"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
