# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.string_to_string_map import StringToStringMap

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterLeaderboardUpdateRequest",
    "GameCenterLeaderboardUpdateRequestData",
    "GameCenterLeaderboardUpdateRequestDataAttributes",
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


class GameCenterLeaderboardUpdateRequest(Model):
    data: GameCenterLeaderboardUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardUpdateRequestData(Model):
    type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: GameCenterLeaderboardUpdateRequestDataAttributes | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardUpdateRequestDataAttributes(Model):
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
    archived: bool | None | UnsetType = UNSET
    activity_properties: StringToStringMap | None | UnsetType = msgspec.field(
        default=UNSET, name="activityProperties"
    )
    visibility: _L["SHOW_FOR_ALL", "HIDE_FOR_ALL"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset(
        {
            "activity_properties",
            "archived",
            "default_formatter",
            "recurrence_duration",
            "recurrence_rule",
            "recurrence_start_date",
            "reference_name",
            "score_range_end",
            "score_range_start",
            "score_sort_type",
            "submission_type",
            "visibility",
        }
    )
    __ascapi_enums__ = {
        "default_formatter": _E1,
        "submission_type": _E2,
        "score_sort_type": _E3,
        "visibility": _E4,
    }
