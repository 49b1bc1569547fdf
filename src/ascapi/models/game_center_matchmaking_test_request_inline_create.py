# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.location import Location

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterMatchmakingTestRequestInlineCreate",
    "GameCenterMatchmakingTestRequestInlineCreateAttributes",
    "GameCenterMatchmakingTestRequestInlineCreateRelationships",
    "GameCenterMatchmakingTestRequestInlineCreateRelationshipsMatchmakingPlayerProperties",
    "GameCenterMatchmakingTestRequestInlineCreateRelationshipsMatchmakingPlayerPropertiesData",
]

_E0 = frozenset({"gameCenterMatchmakingTestRequests"})
_E1 = frozenset(
    {
        "AR-SA",
        "CA-ES",
        "CS-CZ",
        "DA-DK",
        "DE-DE",
        "EL-GR",
        "EN-AU",
        "EN-GB",
        "EN-US",
        "EN-KY",
        "ES-ES",
        "ES-MX",
        "FI-FI",
        "FR-CA",
        "FR-FR",
        "HI-IN",
        "HR-HR",
        "HU-HU",
        "ID-ID",
        "IT-IT",
        "IW-IL",
        "JA-JP",
        "KO-KR",
        "MS-MY",
        "NL-NL",
        "NO-NO",
        "PL-PL",
        "PT-BR",
        "PT-PT",
        "RO-RO",
        "RU-RU",
        "SK-SK",
        "SV-SE",
        "TH-TH",
        "TR-TR",
        "UK-UA",
        "ZH-CN",
        "ZH-TW",
        "ZH-HK",
    }
)
_E2 = frozenset({"IOS", "MAC_OS", "TV_OS", "VISION_OS"})
_E3 = frozenset({"gameCenterMatchmakingTestPlayerProperties"})


class GameCenterMatchmakingTestRequestInlineCreate(Model):
    type: _L["gameCenterMatchmakingTestRequests"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: GameCenterMatchmakingTestRequestInlineCreateAttributes | None | UnsetType = UNSET
    relationships: GameCenterMatchmakingTestRequestInlineCreateRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterMatchmakingTestRequestInlineCreateAttributes(Model):
    request_name: str | None | UnsetType = msgspec.field(default=UNSET, name="requestName")
    seconds_in_queue: int | None | UnsetType = msgspec.field(default=UNSET, name="secondsInQueue")
    locale: (
        _L[
            "AR-SA",
            "CA-ES",
            "CS-CZ",
            "DA-DK",
            "DE-DE",
            "EL-GR",
            "EN-AU",
            "EN-GB",
            "EN-US",
            "EN-KY",
            "ES-ES",
            "ES-MX",
            "FI-FI",
            "FR-CA",
            "FR-FR",
            "HI-IN",
            "HR-HR",
            "HU-HU",
            "ID-ID",
            "IT-IT",
            "IW-IL",
            "JA-JP",
            "KO-KR",
            "MS-MY",
            "NL-NL",
            "NO-NO",
            "PL-PL",
            "PT-BR",
            "PT-PT",
            "RO-RO",
            "RU-RU",
            "SK-SK",
            "SV-SE",
            "TH-TH",
            "TR-TR",
            "UK-UA",
            "ZH-CN",
            "ZH-TW",
            "ZH-HK",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    location: Location | None | UnsetType = UNSET
    min_players: int | None | UnsetType = msgspec.field(default=UNSET, name="minPlayers")
    max_players: int | None | UnsetType = msgspec.field(default=UNSET, name="maxPlayers")
    player_count: int | None | UnsetType = msgspec.field(default=UNSET, name="playerCount")
    bundle_id: str | None | UnsetType = msgspec.field(default=UNSET, name="bundleId")
    platform: _L["IOS", "MAC_OS", "TV_OS", "VISION_OS"] | str | None | UnsetType = UNSET
    app_version: str | None | UnsetType = msgspec.field(default=UNSET, name="appVersion")
    __ascapi_nullable__ = frozenset(
        {"locale", "location", "max_players", "min_players", "player_count"}
    )
    __ascapi_enums__ = {"locale": _E1, "platform": _E2}


class GameCenterMatchmakingTestRequestInlineCreateRelationships(Model):
    matchmaking_player_properties: (
        GameCenterMatchmakingTestRequestInlineCreateRelationshipsMatchmakingPlayerProperties
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="matchmakingPlayerProperties")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingTestRequestInlineCreateRelationshipsMatchmakingPlayerProperties(Model):
    data: (
        list[
            GameCenterMatchmakingTestRequestInlineCreateRelationshipsMatchmakingPlayerPropertiesData
        ]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterMatchmakingTestRequestInlineCreateRelationshipsMatchmakingPlayerPropertiesData(
    Model
):
    type: _L["gameCenterMatchmakingTestPlayerProperties"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
