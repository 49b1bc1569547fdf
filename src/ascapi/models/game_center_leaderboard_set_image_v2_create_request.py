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
    "GameCenterLeaderboardSetImageV2CreateRequest",
    "GameCenterLeaderboardSetImageV2CreateRequestData",
    "GameCenterLeaderboardSetImageV2CreateRequestDataAttributes",
    "GameCenterLeaderboardSetImageV2CreateRequestDataRelationships",
    "GameCenterLeaderboardSetImageV2CreateRequestDataRelationshipsLocalization",
    "GameCenterLeaderboardSetImageV2CreateRequestDataRelationshipsLocalizationData",
]

_E0 = frozenset({"gameCenterLeaderboardSetImages"})
_E1 = frozenset({"gameCenterLeaderboardSetLocalizations"})


class GameCenterLeaderboardSetImageV2CreateRequest(Model):
    data: GameCenterLeaderboardSetImageV2CreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetImageV2CreateRequestData(Model):
    type: _L["gameCenterLeaderboardSetImages"] | str | None | UnsetType = UNSET
    attributes: GameCenterLeaderboardSetImageV2CreateRequestDataAttributes | None | UnsetType = (
        UNSET
    )
    relationships: (
        GameCenterLeaderboardSetImageV2CreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardSetImageV2CreateRequestDataAttributes(Model):
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    __ascapi_required__ = frozenset({"file_name", "file_size"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetImageV2CreateRequestDataRelationships(Model):
    localization: (
        GameCenterLeaderboardSetImageV2CreateRequestDataRelationshipsLocalization | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"localization"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetImageV2CreateRequestDataRelationshipsLocalization(Model):
    data: (
        GameCenterLeaderboardSetImageV2CreateRequestDataRelationshipsLocalizationData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardSetImageV2CreateRequestDataRelationshipsLocalizationData(Model):
    type: _L["gameCenterLeaderboardSetLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
