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
    "GameCenterLeaderboardImageV2CreateRequest",
    "GameCenterLeaderboardImageV2CreateRequestData",
    "GameCenterLeaderboardImageV2CreateRequestDataAttributes",
    "GameCenterLeaderboardImageV2CreateRequestDataRelationships",
    "GameCenterLeaderboardImageV2CreateRequestDataRelationshipsLocalization",
    "GameCenterLeaderboardImageV2CreateRequestDataRelationshipsLocalizationData",
]

_E0 = frozenset({"gameCenterLeaderboardImages"})
_E1 = frozenset({"gameCenterLeaderboardLocalizations"})


class GameCenterLeaderboardImageV2CreateRequest(Model):
    data: GameCenterLeaderboardImageV2CreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardImageV2CreateRequestData(Model):
    type: _L["gameCenterLeaderboardImages"] | str | None | UnsetType = UNSET
    attributes: GameCenterLeaderboardImageV2CreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: GameCenterLeaderboardImageV2CreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardImageV2CreateRequestDataAttributes(Model):
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    __ascapi_required__ = frozenset({"file_name", "file_size"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardImageV2CreateRequestDataRelationships(Model):
    localization: (
        GameCenterLeaderboardImageV2CreateRequestDataRelationshipsLocalization | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"localization"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardImageV2CreateRequestDataRelationshipsLocalization(Model):
    data: (
        GameCenterLeaderboardImageV2CreateRequestDataRelationshipsLocalizationData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardImageV2CreateRequestDataRelationshipsLocalizationData(Model):
    type: _L["gameCenterLeaderboardLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
