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
    "GameCenterLeaderboardSetLocalizationV2CreateRequest",
    "GameCenterLeaderboardSetLocalizationV2CreateRequestData",
    "GameCenterLeaderboardSetLocalizationV2CreateRequestDataAttributes",
    "GameCenterLeaderboardSetLocalizationV2CreateRequestDataRelationships",
    "GameCenterLeaderboardSetLocalizationV2CreateRequestDataRelationshipsVersion",
    "GameCenterLeaderboardSetLocalizationV2CreateRequestDataRelationshipsVersionData",
]

_E0 = frozenset({"gameCenterLeaderboardSetLocalizations"})
_E1 = frozenset({"gameCenterLeaderboardSetVersions"})


class GameCenterLeaderboardSetLocalizationV2CreateRequest(Model):
    data: GameCenterLeaderboardSetLocalizationV2CreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetLocalizationV2CreateRequestData(Model):
    type: _L["gameCenterLeaderboardSetLocalizations"] | str | None | UnsetType = UNSET
    attributes: (
        GameCenterLeaderboardSetLocalizationV2CreateRequestDataAttributes | None | UnsetType
    ) = UNSET
    relationships: (
        GameCenterLeaderboardSetLocalizationV2CreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardSetLocalizationV2CreateRequestDataAttributes(Model):
    locale: str | None | UnsetType = UNSET
    name: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"locale", "name"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetLocalizationV2CreateRequestDataRelationships(Model):
    version: (
        GameCenterLeaderboardSetLocalizationV2CreateRequestDataRelationshipsVersion
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"version"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetLocalizationV2CreateRequestDataRelationshipsVersion(Model):
    data: (
        GameCenterLeaderboardSetLocalizationV2CreateRequestDataRelationshipsVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetLocalizationV2CreateRequestDataRelationshipsVersionData(Model):
    type: _L["gameCenterLeaderboardSetVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
