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
    "AppClip",
    "AppClipAttributes",
    "AppClipRelationships",
    "AppClipRelationshipsApp",
    "AppClipRelationshipsAppData",
    "AppClipRelationshipsAppClipDefaultExperiences",
    "AppClipRelationshipsAppClipDefaultExperiencesData",
    "AppClipRelationshipsAppClipAdvancedExperiences",
]

_E0 = frozenset({"appClips"})
_E1 = frozenset({"apps"})
_E2 = frozenset({"appClipDefaultExperiences"})


class AppClip(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appClips"] | str
        id: str
    else:
        type: _L["appClips"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppClipAttributes | None | UnsetType = UNSET
    relationships: AppClipRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppClipAttributes(Model):
    bundle_id: str | None | UnsetType = msgspec.field(default=UNSET, name="bundleId")
    __ascapi_nullable__ = frozenset[str]()


class AppClipRelationships(Model):
    app: AppClipRelationshipsApp | None | UnsetType = UNSET
    app_clip_default_experiences: (
        AppClipRelationshipsAppClipDefaultExperiences | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appClipDefaultExperiences")
    app_clip_advanced_experiences: (
        AppClipRelationshipsAppClipAdvancedExperiences | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appClipAdvancedExperiences")
    __ascapi_nullable__ = frozenset[str]()


class AppClipRelationshipsApp(Model):
    data: AppClipRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipRelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class AppClipRelationshipsAppClipDefaultExperiences(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppClipRelationshipsAppClipDefaultExperiencesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppClipRelationshipsAppClipDefaultExperiencesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appClipDefaultExperiences"] | str
        id: str
    else:
        type: _L["appClipDefaultExperiences"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class AppClipRelationshipsAppClipAdvancedExperiences(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
