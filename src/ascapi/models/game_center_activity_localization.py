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
    "GameCenterActivityLocalization",
    "GameCenterActivityLocalizationAttributes",
    "GameCenterActivityLocalizationRelationships",
    "GameCenterActivityLocalizationRelationshipsVersion",
    "GameCenterActivityLocalizationRelationshipsVersionData",
    "GameCenterActivityLocalizationRelationshipsImage",
    "GameCenterActivityLocalizationRelationshipsImageData",
]

_E0 = frozenset({"gameCenterActivityLocalizations"})
_E1 = frozenset({"gameCenterActivityVersions"})
_E2 = frozenset({"gameCenterActivityImages"})


class GameCenterActivityLocalization(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterActivityLocalizations"] | str
        id: str
    else:
        type: _L["gameCenterActivityLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterActivityLocalizationAttributes | None | UnsetType = UNSET
    relationships: GameCenterActivityLocalizationRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterActivityLocalizationAttributes(Model):
    locale: str | None | UnsetType = UNSET
    name: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityLocalizationRelationships(Model):
    version: GameCenterActivityLocalizationRelationshipsVersion | None | UnsetType = UNSET
    image: GameCenterActivityLocalizationRelationshipsImage | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityLocalizationRelationshipsVersion(Model):
    data: GameCenterActivityLocalizationRelationshipsVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityLocalizationRelationshipsVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterActivityVersions"] | str
        id: str
    else:
        type: _L["gameCenterActivityVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterActivityLocalizationRelationshipsImage(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: GameCenterActivityLocalizationRelationshipsImageData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityLocalizationRelationshipsImageData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterActivityImages"] | str
        id: str
    else:
        type: _L["gameCenterActivityImages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
