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
    "AppClipDefaultExperienceLocalizationCreateRequest",
    "AppClipDefaultExperienceLocalizationCreateRequestData",
    "AppClipDefaultExperienceLocalizationCreateRequestDataAttributes",
    "AppClipDefaultExperienceLocalizationCreateRequestDataRelationships",
    "AppClipDefaultExperienceLocalizationCreateRequestDataRelationshipsAppClipDefaultExperience",
    "AppClipDefaultExperienceLocalizationCreateRequestDataRelationshipsAppClipDefaultExperienceData",
]

_E0 = frozenset({"appClipDefaultExperienceLocalizations"})
_E1 = frozenset({"appClipDefaultExperiences"})


class AppClipDefaultExperienceLocalizationCreateRequest(Model):
    data: AppClipDefaultExperienceLocalizationCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppClipDefaultExperienceLocalizationCreateRequestData(Model):
    type: _L["appClipDefaultExperienceLocalizations"] | str | None | UnsetType = UNSET
    attributes: (
        AppClipDefaultExperienceLocalizationCreateRequestDataAttributes | None | UnsetType
    ) = UNSET
    relationships: (
        AppClipDefaultExperienceLocalizationCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppClipDefaultExperienceLocalizationCreateRequestDataAttributes(Model):
    locale: str | None | UnsetType = UNSET
    subtitle: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"locale"})
    __ascapi_nullable__ = frozenset({"subtitle"})


class AppClipDefaultExperienceLocalizationCreateRequestDataRelationships(Model):
    app_clip_default_experience: (
        AppClipDefaultExperienceLocalizationCreateRequestDataRelationshipsAppClipDefaultExperience
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appClipDefaultExperience")
    __ascapi_required__ = frozenset({"app_clip_default_experience"})
    __ascapi_nullable__ = frozenset[str]()


class AppClipDefaultExperienceLocalizationCreateRequestDataRelationshipsAppClipDefaultExperience(
    Model
):
    data: (
        AppClipDefaultExperienceLocalizationCreateRequestDataRelationshipsAppClipDefaultExperienceData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppClipDefaultExperienceLocalizationCreateRequestDataRelationshipsAppClipDefaultExperienceData(
    Model
):
    type: _L["appClipDefaultExperiences"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
