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
    "AppClipDefaultExperienceCreateRequest",
    "AppClipDefaultExperienceCreateRequestData",
    "AppClipDefaultExperienceCreateRequestDataAttributes",
    "AppClipDefaultExperienceCreateRequestDataRelationships",
    "AppClipDefaultExperienceCreateRequestDataRelationshipsAppClip",
    "AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipData",
    "AppClipDefaultExperienceCreateRequestDataRelationshipsReleaseWithAppStoreVersion",
    "AppClipDefaultExperienceCreateRequestDataRelationshipsReleaseWithAppStoreVersionData",
    "AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipDefaultExperienceTemplate",
    "AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipDefaultExperienceTemplateData",
]

_E0 = frozenset({"appClipDefaultExperiences"})
_E1 = frozenset({"OPEN", "VIEW", "PLAY"})
_E2 = frozenset({"appClips"})
_E3 = frozenset({"appStoreVersions"})


class AppClipDefaultExperienceCreateRequest(Model):
    data: AppClipDefaultExperienceCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppClipDefaultExperienceCreateRequestData(Model):
    type: _L["appClipDefaultExperiences"] | str | None | UnsetType = UNSET
    attributes: AppClipDefaultExperienceCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppClipDefaultExperienceCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppClipDefaultExperienceCreateRequestDataAttributes(Model):
    action: _L["OPEN", "VIEW", "PLAY"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset({"action"})
    __ascapi_enums__ = {"action": _E1}


class AppClipDefaultExperienceCreateRequestDataRelationships(Model):
    app_clip: AppClipDefaultExperienceCreateRequestDataRelationshipsAppClip | None | UnsetType = (
        msgspec.field(default=UNSET, name="appClip")
    )
    release_with_app_store_version: (
        AppClipDefaultExperienceCreateRequestDataRelationshipsReleaseWithAppStoreVersion
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="releaseWithAppStoreVersion")
    app_clip_default_experience_template: (
        AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipDefaultExperienceTemplate
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appClipDefaultExperienceTemplate")
    __ascapi_required__ = frozenset({"app_clip"})
    __ascapi_nullable__ = frozenset[str]()


class AppClipDefaultExperienceCreateRequestDataRelationshipsAppClip(Model):
    data: AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipData | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipData(Model):
    type: _L["appClips"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class AppClipDefaultExperienceCreateRequestDataRelationshipsReleaseWithAppStoreVersion(Model):
    data: (
        AppClipDefaultExperienceCreateRequestDataRelationshipsReleaseWithAppStoreVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipDefaultExperienceCreateRequestDataRelationshipsReleaseWithAppStoreVersionData(Model):
    type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipDefaultExperienceTemplate(Model):
    data: (
        AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipDefaultExperienceTemplateData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipDefaultExperienceCreateRequestDataRelationshipsAppClipDefaultExperienceTemplateData(
    Model
):
    type: _L["appClipDefaultExperiences"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}
