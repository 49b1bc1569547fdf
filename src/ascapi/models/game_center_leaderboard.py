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
    "GameCenterLeaderboard",
    "GameCenterLeaderboardAttributes",
    "GameCenterLeaderboardRelationships",
    "GameCenterLeaderboardRelationshipsGameCenterDetail",
    "GameCenterLeaderboardRelationshipsGameCenterDetailData",
    "GameCenterLeaderboardRelationshipsGameCenterGroup",
    "GameCenterLeaderboardRelationshipsGameCenterGroupData",
    "GameCenterLeaderboardRelationshipsGroupLeaderboard",
    "GameCenterLeaderboardRelationshipsGroupLeaderboardData",
    "GameCenterLeaderboardRelationshipsGameCenterLeaderboardSets",
    "GameCenterLeaderboardRelationshipsGameCenterLeaderboardSetsData",
    "GameCenterLeaderboardRelationshipsLocalizations",
    "GameCenterLeaderboardRelationshipsLocalizationsData",
    "GameCenterLeaderboardRelationshipsReleases",
    "GameCenterLeaderboardRelationshipsReleasesData",
    "GameCenterLeaderboardRelationshipsActivity",
    "GameCenterLeaderboardRelationshipsActivityData",
    "GameCenterLeaderboardRelationshipsChallenge",
    "GameCenterLeaderboardRelationshipsChallengeData",
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
_E8 = frozenset({"gameCenterLeaderboardLocalizations"})
_E9 = frozenset({"gameCenterLeaderboardReleases"})
_E10 = frozenset({"gameCenterActivities"})
_E11 = frozenset({"gameCenterChallenges"})


class GameCenterLeaderboard(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboards"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterLeaderboardAttributes | None | UnsetType = UNSET
    relationships: GameCenterLeaderboardRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardAttributes(Model):
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


class GameCenterLeaderboardRelationships(Model):
    game_center_detail: GameCenterLeaderboardRelationshipsGameCenterDetail | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterDetail")
    )
    game_center_group: GameCenterLeaderboardRelationshipsGameCenterGroup | None | UnsetType = (
        msgspec.field(default=UNSET, name="gameCenterGroup")
    )
    group_leaderboard: GameCenterLeaderboardRelationshipsGroupLeaderboard | None | UnsetType = (
        msgspec.field(default=UNSET, name="groupLeaderboard")
    )
    game_center_leaderboard_sets: (
        GameCenterLeaderboardRelationshipsGameCenterLeaderboardSets | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardSets")
    localizations: GameCenterLeaderboardRelationshipsLocalizations | None | UnsetType = UNSET
    releases: GameCenterLeaderboardRelationshipsReleases | None | UnsetType = UNSET
    activity: GameCenterLeaderboardRelationshipsActivity | None | UnsetType = UNSET
    challenge: GameCenterLeaderboardRelationshipsChallenge | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardRelationshipsGameCenterDetail(Model):
    data: GameCenterLeaderboardRelationshipsGameCenterDetailData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardRelationshipsGameCenterDetailData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterDetails"] | str
        id: str
    else:
        type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class GameCenterLeaderboardRelationshipsGameCenterGroup(Model):
    data: GameCenterLeaderboardRelationshipsGameCenterGroupData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardRelationshipsGameCenterGroupData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterGroups"] | str
        id: str
    else:
        type: _L["gameCenterGroups"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}


class GameCenterLeaderboardRelationshipsGroupLeaderboard(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: GameCenterLeaderboardRelationshipsGroupLeaderboardData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardRelationshipsGroupLeaderboardData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboards"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboards"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardRelationshipsGameCenterLeaderboardSets(Model):
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[GameCenterLeaderboardRelationshipsGameCenterLeaderboardSetsData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardRelationshipsGameCenterLeaderboardSetsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSets"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E7}


class GameCenterLeaderboardRelationshipsLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterLeaderboardRelationshipsLocalizationsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardRelationshipsLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardLocalizations"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E8}


class GameCenterLeaderboardRelationshipsReleases(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterLeaderboardRelationshipsReleasesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardRelationshipsReleasesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardReleases"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardReleases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E9}


class GameCenterLeaderboardRelationshipsActivity(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: GameCenterLeaderboardRelationshipsActivityData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardRelationshipsActivityData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterActivities"] | str
        id: str
    else:
        type: _L["gameCenterActivities"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E10}


class GameCenterLeaderboardRelationshipsChallenge(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: GameCenterLeaderboardRelationshipsChallengeData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterLeaderboardRelationshipsChallengeData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterChallenges"] | str
        id: str
    else:
        type: _L["gameCenterChallenges"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E11}
