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
    "GameCenterChallengeLocalization",
    "GameCenterChallengeLocalizationAttributes",
    "GameCenterChallengeLocalizationRelationships",
    "GameCenterChallengeLocalizationRelationshipsVersion",
    "GameCenterChallengeLocalizationRelationshipsVersionData",
    "GameCenterChallengeLocalizationRelationshipsImage",
    "GameCenterChallengeLocalizationRelationshipsImageData",
]

_E0 = frozenset({"gameCenterChallengeLocalizations"})
_E1 = frozenset({"gameCenterChallengeVersions"})
_E2 = frozenset({"gameCenterChallengeImages"})


class GameCenterChallengeLocalization(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterChallengeLocalizations"] | str
        id: str
    else:
        type: _L["gameCenterChallengeLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterChallengeLocalizationAttributes | None | UnsetType = UNSET
    relationships: GameCenterChallengeLocalizationRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterChallengeLocalizationAttributes(Model):
    locale: str | None | UnsetType = UNSET
    name: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeLocalizationRelationships(Model):
    version: GameCenterChallengeLocalizationRelationshipsVersion | None | UnsetType = UNSET
    image: GameCenterChallengeLocalizationRelationshipsImage | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeLocalizationRelationshipsVersion(Model):
    data: GameCenterChallengeLocalizationRelationshipsVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeLocalizationRelationshipsVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterChallengeVersions"] | str
        id: str
    else:
        type: _L["gameCenterChallengeVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterChallengeLocalizationRelationshipsImage(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: GameCenterChallengeLocalizationRelationshipsImageData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeLocalizationRelationshipsImageData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterChallengeImages"] | str
        id: str
    else:
        type: _L["gameCenterChallengeImages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
