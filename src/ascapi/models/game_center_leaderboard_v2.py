# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks
from ascapi.models.string_to_string_map import StringToStringMap

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterLeaderboardV2",
    "GameCenterLeaderboardV2Attributes",
    "GameCenterLeaderboardV2Relationships",
    "GameCenterLeaderboardV2RelationshipsGameCenterDetail",
    "GameCenterLeaderboardV2RelationshipsGameCenterDetailData",
    "GameCenterLeaderboardV2RelationshipsGameCenterGroup",
    "GameCenterLeaderboardV2RelationshipsGameCenterGroupData",
    "GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSets",
    "GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSetsData",
    "GameCenterLeaderboardV2RelationshipsActivity",
    "GameCenterLeaderboardV2RelationshipsActivityData",
    "GameCenterLeaderboardV2RelationshipsChallenge",
    "GameCenterLeaderboardV2RelationshipsChallengeData",
    "GameCenterLeaderboardV2RelationshipsVersions",
    "GameCenterLeaderboardV2RelationshipsVersionsData",
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
_E8 = frozenset({"gameCenterActivities"})
_E9 = frozenset({"gameCenterChallenges"})
_E10 = frozenset({"gameCenterLeaderboardVersions"})


class GameCenterLeaderboardV2(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboards"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterLeaderboardV2Attributes | None | UnsetType = UNSET
    relationships: GameCenterLeaderboardV2Relationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardV2Attributes(Model):
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
    archived: bool | None | UnsetType = UNSET
    activity_properties: StringToStringMap | None | UnsetType = msgspec.field(
        default=UNSET, name="activityProperties"
    )
    visibility: _L["SHOW_FOR_ALL", "HIDE_FOR_ALL"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {
        "default_formatter": _E1,
        "submission_type": _E2,
        "score_sort_type": _E3,
        "visibility": _E4,
    }


class GameCenterLeaderboardV2Relationships(Model):
    game_center_detail: GameCenterLeaderboardV2RelationshipsGameCenterDetail | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterDetail")
    )
    game_center_group: GameCenterLeaderboardV2RelationshipsGameCenterGroup | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterGroup")
    )
    game_center_leaderboard_sets: (
        GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSets | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardSets")
    activity: GameCenterLeaderboardV2RelationshipsActivity | None | UnsetType = UNSET
    challenge: GameCenterLeaderboardV2RelationshipsChallenge | None | UnsetType = UNSET
    versions: GameCenterLeaderboardV2RelationshipsVersions | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardV2RelationshipsGameCenterDetail(Model):
    data: GameCenterLeaderboardV2RelationshipsGameCenterDetailData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardV2RelationshipsGameCenterDetailData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterDetails"] | str
        id: str
    else:
        type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class GameCenterLeaderboardV2RelationshipsGameCenterGroup(Model):
    data: GameCenterLeaderboardV2RelationshipsGameCenterGroupData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardV2RelationshipsGameCenterGroupData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterGroups"] | str
        id: str
    else:
        type: _L["gameCenterGroups"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}


class GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSets(Model):
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSetsData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSetsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSets"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E7}


class GameCenterLeaderboardV2RelationshipsActivity(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: GameCenterLeaderboardV2RelationshipsActivityData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardV2RelationshipsActivityData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterActivities"] | str
        id: str
    else:
        type: _L["gameCenterActivities"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E8}


class GameCenterLeaderboardV2RelationshipsChallenge(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: GameCenterLeaderboardV2RelationshipsChallengeData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardV2RelationshipsChallengeData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterChallenges"] | str
        id: str
    else:
        type: _L["gameCenterChallenges"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E9}


class GameCenterLeaderboardV2RelationshipsVersions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterLeaderboardV2RelationshipsVersionsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardV2RelationshipsVersionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardVersions"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E10}
