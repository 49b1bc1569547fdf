# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

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
    "AppClipDefaultExperienceLocalization",
    "AppClipDefaultExperienceLocalizationAttributes",
    "AppClipDefaultExperienceLocalizationRelationships",
    "AppClipDefaultExperienceLocalizationRelationshipsAppClipDefaultExperience",
    "AppClipDefaultExperienceLocalizationRelationshipsAppClipDefaultExperienceData",
    "AppClipDefaultExperienceLocalizationRelationshipsAppClipHeaderImage",
    "AppClipDefaultExperienceLocalizationRelationshipsAppClipHeaderImageData",
]

_E0 = frozenset({"appClipDefaultExperienceLocalizations"})
_E1 = frozenset({"appClipDefaultExperiences"})
_E2 = frozenset({"appClipHeaderImages"})


class AppClipDefaultExperienceLocalization(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appClipDefaultExperienceLocalizations"] | str
        id: str
    else:
        type: _L["appClipDefaultExperienceLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppClipDefaultExperienceLocalizationAttributes | None | UnsetType = UNSET
    relationships: AppClipDefaultExperienceLocalizationRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppClipDefaultExperienceLocalizationAttributes(Model):
    locale: str | None | UnsetType = UNSET
    subtitle: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipDefaultExperienceLocalizationRelationships(Model):
    app_clip_default_experience: (
        AppClipDefaultExperienceLocalizationRelationshipsAppClipDefaultExperience | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appClipDefaultExperience")
    app_clip_header_image: (
        AppClipDefaultExperienceLocalizationRelationshipsAppClipHeaderImage | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appClipHeaderImage")
    __ascapi_nullable__ = frozenset[str]()


class AppClipDefaultExperienceLocalizationRelationshipsAppClipDefaultExperience(Model):
    data: (
        AppClipDefaultExperienceLocalizationRelationshipsAppClipDefaultExperienceData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipDefaultExperienceLocalizationRelationshipsAppClipDefaultExperienceData(
    Model, kw_only=True
):
    if TYPE_CHECKING:
        type: _L["appClipDefaultExperiences"] | str
        id: str
    else:
        type: _L["appClipDefaultExperiences"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class AppClipDefaultExperienceLocalizationRelationshipsAppClipHeaderImage(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: (
        AppClipDefaultExperienceLocalizationRelationshipsAppClipHeaderImageData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipDefaultExperienceLocalizationRelationshipsAppClipHeaderImageData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appClipHeaderImages"] | str
        id: str
    else:
        type: _L["appClipHeaderImages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
