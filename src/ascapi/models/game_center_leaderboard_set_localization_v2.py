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
    "GameCenterLeaderboardSetLocalizationV2",
    "GameCenterLeaderboardSetLocalizationV2Attributes",
    "GameCenterLeaderboardSetLocalizationV2Relationships",
    "GameCenterLeaderboardSetLocalizationV2RelationshipsVersion",
    "GameCenterLeaderboardSetLocalizationV2RelationshipsVersionData",
    "GameCenterLeaderboardSetLocalizationV2RelationshipsImage",
    "GameCenterLeaderboardSetLocalizationV2RelationshipsImageData",
]

_E0 = frozenset({"gameCenterLeaderboardSetLocalizations"})
_E1 = frozenset({"gameCenterLeaderboardSetVersions"})
_E2 = frozenset({"gameCenterLeaderboardSetImages"})


class GameCenterLeaderboardSetLocalizationV2(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSetLocalizations"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSetLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterLeaderboardSetLocalizationV2Attributes | None | UnsetType = UNSET
    relationships: GameCenterLeaderboardSetLocalizationV2Relationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardSetLocalizationV2Attributes(Model):
    locale: str | None | UnsetType = UNSET
    name: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetLocalizationV2Relationships(Model):
    version: GameCenterLeaderboardSetLocalizationV2RelationshipsVersion | None | UnsetType = UNSET
    image: GameCenterLeaderboardSetLocalizationV2RelationshipsImage | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetLocalizationV2RelationshipsVersion(Model):
    data: GameCenterLeaderboardSetLocalizationV2RelationshipsVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetLocalizationV2RelationshipsVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSetVersions"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSetVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterLeaderboardSetLocalizationV2RelationshipsImage(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: GameCenterLeaderboardSetLocalizationV2RelationshipsImageData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetLocalizationV2RelationshipsImageData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSetImages"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSetImages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
