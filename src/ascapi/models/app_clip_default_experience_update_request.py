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
    "AppClipDefaultExperienceUpdateRequest",
    "AppClipDefaultExperienceUpdateRequestData",
    "AppClipDefaultExperienceUpdateRequestDataAttributes",
    "AppClipDefaultExperienceUpdateRequestDataRelationships",
    "AppClipDefaultExperienceUpdateRequestDataRelationshipsReleaseWithAppStoreVersion",
    "AppClipDefaultExperienceUpdateRequestDataRelationshipsReleaseWithAppStoreVersionData",
]

_E0 = frozenset({"appClipDefaultExperiences"})
_E1 = frozenset({"OPEN", "VIEW", "PLAY"})
_E2 = frozenset({"appStoreVersions"})


class AppClipDefaultExperienceUpdateRequest(Model):
    data: AppClipDefaultExperienceUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppClipDefaultExperienceUpdateRequestData(Model):
    type: _L["appClipDefaultExperiences"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: AppClipDefaultExperienceUpdateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppClipDefaultExperienceUpdateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppClipDefaultExperienceUpdateRequestDataAttributes(Model):
    action: _L["OPEN", "VIEW", "PLAY"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset({"action"})
    __ascapi_enums__ = {"action": _E1}


class AppClipDefaultExperienceUpdateRequestDataRelationships(Model):
    release_with_app_store_version: (
        AppClipDefaultExperienceUpdateRequestDataRelationshipsReleaseWithAppStoreVersion
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="releaseWithAppStoreVersion")
    __ascapi_nullable__ = frozenset[str]()


class AppClipDefaultExperienceUpdateRequestDataRelationshipsReleaseWithAppStoreVersion(Model):
    data: (
        AppClipDefaultExperienceUpdateRequestDataRelationshipsReleaseWithAppStoreVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipDefaultExperienceUpdateRequestDataRelationshipsReleaseWithAppStoreVersionData(Model):
    type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
