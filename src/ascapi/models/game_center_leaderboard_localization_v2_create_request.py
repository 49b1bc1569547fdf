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
    "GameCenterLeaderboardLocalizationV2CreateRequest",
    "GameCenterLeaderboardLocalizationV2CreateRequestData",
    "GameCenterLeaderboardLocalizationV2CreateRequestDataAttributes",
    "GameCenterLeaderboardLocalizationV2CreateRequestDataRelationships",
    "GameCenterLeaderboardLocalizationV2CreateRequestDataRelationshipsVersion",
    "GameCenterLeaderboardLocalizationV2CreateRequestDataRelationshipsVersionData",
]

_E0 = frozenset({"gameCenterLeaderboardLocalizations"})
_E1 = frozenset(
    {
        "INTEGER",
        "DECIMAL_POINT_1_PLACE",
        "DECIMAL_POINT_2_PLACE",
        "DECIMAL_POINT_3_PLACE",
        "ELAPSED_TIME_CENTISECOND",
        "ELAPSED_TIME_MINUTE",
        "ELAPSED_TIME_SECOND",
        "MONEY_POUND_DECIMAL",
        "MONEY_POUND",
        "MONEY_DOLLAR_DECIMAL",
        "MONEY_DOLLAR",
        "MONEY_EURO_DECIMAL",
        "MONEY_EURO",
        "MONEY_FRANC_DECIMAL",
        "MONEY_FRANC",
        "MONEY_KRONER_DECIMAL",
        "MONEY_KRONER",
        "MONEY_YEN",
    }
)
_E2 = frozenset({"gameCenterLeaderboardVersions"})


class GameCenterLeaderboardLocalizationV2CreateRequest(Model):
    data: GameCenterLeaderboardLocalizationV2CreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardLocalizationV2CreateRequestData(Model):
    type: _L["gameCenterLeaderboardLocalizations"] | str | None | UnsetType = UNSET
    attributes: (
        GameCenterLeaderboardLocalizationV2CreateRequestDataAttributes | None | UnsetType
    ) = UNSET
    relationships: (
        GameCenterLeaderboardLocalizationV2CreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardLocalizationV2CreateRequestDataAttributes(Model):
    locale: str | None | UnsetType = UNSET
    name: str | None | UnsetType = UNSET
    formatter_override: (
        _L[
            "INTEGER",
            "DECIMAL_POINT_1_PLACE",
            "DECIMAL_POINT_2_PLACE",
            "DECIMAL_POINT_3_PLACE",
            "ELAPSED_TIME_CENTISECOND",
            "ELAPSED_TIME_MINUTE",
            "ELAPSED_TIME_SECOND",
            "MONEY_POUND_DECIMAL",
            "MONEY_POUND",
            "MONEY_DOLLAR_DECIMAL",
            "MONEY_DOLLAR",
            "MONEY_EURO_DECIMAL",
            "MONEY_EURO",
            "MONEY_FRANC_DECIMAL",
            "MONEY_FRANC",
            "MONEY_KRONER_DECIMAL",
            "MONEY_KRONER",
            "MONEY_YEN",
        ]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="formatterOverride")
    formatter_suffix: str | None | UnsetType = msgspec.field(default=UNSET, name="formatterSuffix")
    formatter_suffix_singular: str | None | UnsetType = msgspec.field(
        default=UNSET, name="formatterSuffixSingular"
    )
    description: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"locale", "name"})
    __ascapi_nullable__ = frozenset(
        {"description", "formatter_override", "formatter_suffix", "formatter_suffix_singular"}
    )
    __ascapi_enums__ = {"formatter_override": _E1}


class GameCenterLeaderboardLocalizationV2CreateRequestDataRelationships(Model):
    version: (
        GameCenterLeaderboardLocalizationV2CreateRequestDataRelationshipsVersion | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"version"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardLocalizationV2CreateRequestDataRelationshipsVersion(Model):
    data: (
        GameCenterLeaderboardLocalizationV2CreateRequestDataRelationshipsVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardLocalizationV2CreateRequestDataRelationshipsVersionData(Model):
    type: _L["gameCenterLeaderboardVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
