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
    "GameCenterActivityImageCreateRequest",
    "GameCenterActivityImageCreateRequestData",
    "GameCenterActivityImageCreateRequestDataAttributes",
    "GameCenterActivityImageCreateRequestDataRelationships",
    "GameCenterActivityImageCreateRequestDataRelationshipsLocalization",
    "GameCenterActivityImageCreateRequestDataRelationshipsLocalizationData",
    "GameCenterActivityImageCreateRequestDataRelationshipsVersion",
    "GameCenterActivityImageCreateRequestDataRelationshipsVersionData",
]

_E0 = frozenset({"gameCenterActivityImages"})
_E1 = frozenset({"gameCenterActivityLocalizations"})
_E2 = frozenset({"gameCenterActivityVersions"})


class GameCenterActivityImageCreateRequest(Model):
    data: GameCenterActivityImageCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityImageCreateRequestData(Model):
    type: _L["gameCenterActivityImages"] | str | None | UnsetType = UNSET
    attributes: GameCenterActivityImageCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: GameCenterActivityImageCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterActivityImageCreateRequestDataAttributes(Model):
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    __ascapi_required__ = frozenset({"file_name", "file_size"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityImageCreateRequestDataRelationships(Model):
    localization: (
        GameCenterActivityImageCreateRequestDataRelationshipsLocalization | None | UnsetType
    ) = UNSET
    version: GameCenterActivityImageCreateRequestDataRelationshipsVersion | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityImageCreateRequestDataRelationshipsLocalization(Model):
    data: (
        GameCenterActivityImageCreateRequestDataRelationshipsLocalizationData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityImageCreateRequestDataRelationshipsLocalizationData(Model):
    type: _L["gameCenterActivityLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterActivityImageCreateRequestDataRelationshipsVersion(Model):
    data: GameCenterActivityImageCreateRequestDataRelationshipsVersionData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityImageCreateRequestDataRelationshipsVersionData(Model):
    type: _L["gameCenterActivityVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
