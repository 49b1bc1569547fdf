# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.string_to_string_map import StringToStringMap

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterActivityUpdateRequest",
    "GameCenterActivityUpdateRequestData",
    "GameCenterActivityUpdateRequestDataAttributes",
]

_E0 = frozenset({"gameCenterActivities"})
_E1 = frozenset({"ASYNCHRONOUS", "SYNCHRONOUS"})


class GameCenterActivityUpdateRequest(Model):
    data: GameCenterActivityUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityUpdateRequestData(Model):
    type: _L["gameCenterActivities"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: GameCenterActivityUpdateRequestDataAttributes | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterActivityUpdateRequestDataAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    play_style: _L["ASYNCHRONOUS", "SYNCHRONOUS"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="playStyle"
    )
    minimum_players_count: int | None | UnsetType = msgspec.field(
        default=UNSET, name="minimumPlayersCount"
    )
    maximum_players_count: int | None | UnsetType = msgspec.field(
        default=UNSET, name="maximumPlayersCount"
    )
    supports_party_code: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="supportsPartyCode"
    )
    archived: bool | None | UnsetType = UNSET
    properties: StringToStringMap | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset(
        {
            "archived",
            "maximum_players_count",
            "minimum_players_count",
            "play_style",
            "properties",
            "reference_name",
            "supports_party_code",
        }
    )
    __ascapi_enums__ = {"play_style": _E1}
