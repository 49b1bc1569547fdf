# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.game_center_leaderboard_version_v2_inline_create import (
    GameCenterLeaderboardVersionV2InlineCreate,
)
from ascapi.models.string_to_string_map import StringToStringMap

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterLeaderboardV2CreateRequest",
    "GameCenterLeaderboardV2CreateRequestData",
    "GameCenterLeaderboardV2CreateRequestDataAttributes",
    "GameCenterLeaderboardV2CreateRequestDataRelationships",
    "GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterDetail",
    "GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterDetailData",
    "GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterGroup",
    "GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterGroupData",
    "GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterLeaderboardSets",
    "GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterLeaderboardSetsData",
    "GameCenterLeaderboardV2CreateRequestDataRelationshipsVersions",
    "GameCenterLeaderboardV2CreateRequestDataRelationshipsVersionsData",
]

_E0 = frozenset({"gameCenterLeaderboards"})
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
_E2 = frozenset({"BEST_SCORE", "MOST_RECENT_SCORE"})
_E3 = frozenset({"ASC", "DESC"})
_E4 = frozenset({"SHOW_FOR_ALL", "HIDE_FOR_ALL"})
_E5 = frozenset({"gameCenterDetails"})
_E6 = frozenset({"gameCenterGroups"})
_E7 = frozenset({"gameCenterLeaderboardSets"})
_E8 = frozenset({"gameCenterLeaderboardVersions"})


class GameCenterLeaderboardV2CreateRequest(Model):
    data: GameCenterLeaderboardV2CreateRequestData | None | UnsetType = UNSET
    included: list[GameCenterLeaderboardVersionV2InlineCreate] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardV2CreateRequestData(Model):
    type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
    attributes: GameCenterLeaderboardV2CreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: GameCenterLeaderboardV2CreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardV2CreateRequestDataAttributes(Model):
    default_formatter: (
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
    ) = msgspec.field(default=UNSET, name="defaultFormatter")
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    vendor_identifier: str | None | UnsetType = msgspec.field(
        default=UNSET, name="vendorIdentifier"
    )
    submission_type: _L["BEST_SCORE", "MOST_RECENT_SCORE"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="submissionType"
    )
    score_sort_type: _L["ASC", "DESC"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="scoreSortType"
    )
    score_range_start: str | None | UnsetType = msgspec.field(default=UNSET, name="scoreRangeStart")
    score_range_end: str | None | UnsetType = msgspec.field(default=UNSET, name="scoreRangeEnd")
    recurrence_start_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="recurrenceStartDate"
    )
    recurrence_duration: str | None | UnsetType = msgspec.field(
        default=UNSET, name="recurrenceDuration"
    )
    recurrence_rule: str | None | UnsetType = msgspec.field(default=UNSET, name="recurrenceRule")
    activity_properties: StringToStringMap | None | UnsetType = msgspec.field(
        default=UNSET, name="activityProperties"
    )
    visibility: _L["SHOW_FOR_ALL", "HIDE_FOR_ALL"] | str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset(
        {
            "default_formatter",
            "reference_name",
            "score_sort_type",
            "submission_type",
            "vendor_identifier",
        }
    )
    __ascapi_nullable__ = frozenset(
        {
            "activity_properties",
            "recurrence_duration",
            "recurrence_rule",
            "recurrence_start_date",
            "score_range_end",
            "score_range_start",
            "visibility",
        }
    )
    __ascapi_enums__ = {
        "default_formatter": _E1,
        "submission_type": _E2,
        "score_sort_type": _E3,
        "visibility": _E4,
    }


class GameCenterLeaderboardV2CreateRequestDataRelationships(Model):
    game_center_detail: (
        GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterDetail | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterDetail")
    game_center_group: (
        GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterGroup | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterGroup")
    game_center_leaderboard_sets: (
        GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterLeaderboardSets
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardSets")
    versions: GameCenterLeaderboardV2CreateRequestDataRelationshipsVersions | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"versions"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterDetail(Model):
    data: (
        GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterDetailData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterDetailData(Model):
    type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterGroup(Model):
    data: (
        GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterGroupData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterGroupData(Model):
    type: _L["gameCenterGroups"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}


class GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterLeaderboardSets(Model):
    data: (
        list[GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterLeaderboardSetsData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardV2CreateRequestDataRelationshipsGameCenterLeaderboardSetsData(Model):
    type: _L["gameCenterLeaderboardSets"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E7}


class GameCenterLeaderboardV2CreateRequestDataRelationshipsVersions(Model):
    data: (
        list[GameCenterLeaderboardV2CreateRequestDataRelationshipsVersionsData] | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardV2CreateRequestDataRelationshipsVersionsData(Model):
    type: _L["gameCenterLeaderboardVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E8}
