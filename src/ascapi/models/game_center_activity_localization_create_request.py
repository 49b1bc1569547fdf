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
    "GameCenterActivityLocalizationCreateRequest",
    "GameCenterActivityLocalizationCreateRequestData",
    "GameCenterActivityLocalizationCreateRequestDataAttributes",
    "GameCenterActivityLocalizationCreateRequestDataRelationships",
    "GameCenterActivityLocalizationCreateRequestDataRelationshipsVersion",
    "GameCenterActivityLocalizationCreateRequestDataRelationshipsVersionData",
]

_E0 = frozenset({"gameCenterActivityLocalizations"})
_E1 = frozenset({"gameCenterActivityVersions"})


class GameCenterActivityLocalizationCreateRequest(Model):
    data: GameCenterActivityLocalizationCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityLocalizationCreateRequestData(Model):
    type: _L["gameCenterActivityLocalizations"] | str | None | UnsetType = UNSET
    attributes: GameCenterActivityLocalizationCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: (
        GameCenterActivityLocalizationCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterActivityLocalizationCreateRequestDataAttributes(Model):
    locale: str | None | UnsetType = UNSET
    name: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"locale", "name"})
    __ascapi_nullable__ = frozenset({"description"})


class GameCenterActivityLocalizationCreateRequestDataRelationships(Model):
    version: (
        GameCenterActivityLocalizationCreateRequestDataRelationshipsVersion | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"version"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityLocalizationCreateRequestDataRelationshipsVersion(Model):
    data: (
        GameCenterActivityLocalizationCreateRequestDataRelationshipsVersionData | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityLocalizationCreateRequestDataRelationshipsVersionData(Model):
    type: _L["gameCenterActivityVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
