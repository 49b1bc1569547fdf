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
    "GameCenterLeaderboardLocalizationV2",
    "GameCenterLeaderboardLocalizationV2Attributes",
    "GameCenterLeaderboardLocalizationV2Relationships",
    "GameCenterLeaderboardLocalizationV2RelationshipsVersion",
    "GameCenterLeaderboardLocalizationV2RelationshipsVersionData",
    "GameCenterLeaderboardLocalizationV2RelationshipsImage",
    "GameCenterLeaderboardLocalizationV2RelationshipsImageData",
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
_E3 = frozenset({"gameCenterLeaderboardImages"})


class GameCenterLeaderboardLocalizationV2(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardLocalizations"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterLeaderboardLocalizationV2Attributes | None | UnsetType = UNSET
    relationships: GameCenterLeaderboardLocalizationV2Relationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardLocalizationV2Attributes(Model):
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
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"formatter_override": _E1}


class GameCenterLeaderboardLocalizationV2Relationships(Model):
    version: GameCenterLeaderboardLocalizationV2RelationshipsVersion | None | UnsetType = UNSET
    image: GameCenterLeaderboardLocalizationV2RelationshipsImage | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardLocalizationV2RelationshipsVersion(Model):
    data: GameCenterLeaderboardLocalizationV2RelationshipsVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardLocalizationV2RelationshipsVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardVersions"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterLeaderboardLocalizationV2RelationshipsImage(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: GameCenterLeaderboardLocalizationV2RelationshipsImageData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardLocalizationV2RelationshipsImageData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardImages"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardImages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
