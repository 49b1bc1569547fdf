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
    "PrereleaseVersion",
    "PrereleaseVersionAttributes",
    "PrereleaseVersionRelationships",
    "PrereleaseVersionRelationshipsBuilds",
    "PrereleaseVersionRelationshipsBuildsData",
    "PrereleaseVersionRelationshipsApp",
    "PrereleaseVersionRelationshipsAppData",
]

_E0 = frozenset({"preReleaseVersions"})
_E1 = frozenset({"IOS", "MAC_OS", "TV_OS", "VISION_OS"})
_E2 = frozenset({"builds"})
_E3 = frozenset({"apps"})


class PrereleaseVersion(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["preReleaseVersions"] | str
        id: str
    else:
        type: _L["preReleaseVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: PrereleaseVersionAttributes | None | UnsetType = UNSET
    relationships: PrereleaseVersionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class PrereleaseVersionAttributes(Model):
    version: str | None | UnsetType = UNSET
    platform: _L["IOS", "MAC_OS", "TV_OS", "VISION_OS"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"platform": _E1}


class PrereleaseVersionRelationships(Model):
    builds: PrereleaseVersionRelationshipsBuilds | None | UnsetType = UNSET
    app: PrereleaseVersionRelationshipsApp | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class PrereleaseVersionRelationshipsBuilds(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[PrereleaseVersionRelationshipsBuildsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class PrereleaseVersionRelationshipsBuildsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["builds"] | str
        id: str
    else:
        type: _L["builds"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class PrereleaseVersionRelationshipsApp(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: PrereleaseVersionRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class PrereleaseVersionRelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
