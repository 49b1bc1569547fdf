# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_leaderboards_v2`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._jsonapi import UNSET
from ascapi._types import NOT_GIVEN
from ascapi.resources import _support

if TYPE_CHECKING:
    import datetime as _dt
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.game_center_leaderboard_v2_activity_linkage_request import (
        GameCenterLeaderboardV2ActivityLinkageRequest,
    )
    from ascapi.models.game_center_leaderboard_v2_challenge_linkage_request import (
        GameCenterLeaderboardV2ChallengeLinkageRequest,
    )
    from ascapi.models.game_center_leaderboard_v2_create_request import (
        GameCenterLeaderboardV2CreateRequest,
    )
    from ascapi.models.game_center_leaderboard_v2_response import GameCenterLeaderboardV2Response
    from ascapi.models.game_center_leaderboard_v2_update_request import (
        GameCenterLeaderboardV2UpdateRequest,
    )
    from ascapi.models.game_center_leaderboard_v2_versions_linkages_response import (
        GameCenterLeaderboardV2VersionsLinkagesResponse,
        GameCenterLeaderboardV2VersionsLinkagesResponseData,
    )
    from ascapi.models.game_center_leaderboard_version_v2 import GameCenterLeaderboardVersionV2
    from ascapi.models.game_center_leaderboard_version_v2_inline_create import (
        GameCenterLeaderboardVersionV2InlineCreate,
    )
    from ascapi.models.game_center_leaderboard_versions_v2_response import (
        GameCenterLeaderboardVersionsV2Response,
    )
    from ascapi.models.string_to_string_map import StringToStringMap
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
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
    _Enum1 = Literal["BEST_SCORE", "MOST_RECENT_SCORE"]
    _Enum2 = Literal["ASC", "DESC"]
    _Enum3 = Literal["SHOW_FOR_ALL", "HIDE_FOR_ALL"]
    _Enum4 = Literal[
        "defaultFormatter",
        "referenceName",
        "vendorIdentifier",
        "submissionType",
        "scoreSortType",
        "scoreRangeStart",
        "scoreRangeEnd",
        "recurrenceStartDate",
        "recurrenceDuration",
        "recurrenceRule",
        "archived",
        "activityProperties",
        "visibility",
        "gameCenterDetail",
        "gameCenterGroup",
        "gameCenterLeaderboardSets",
        "activity",
        "challenge",
        "versions",
    ]
    _Enum5 = Literal[
        "arcadeEnabled",
        "challengeEnabled",
        "app",
        "gameCenterAppVersions",
        "gameCenterGroup",
        "gameCenterLeaderboards",
        "gameCenterLeaderboardsV2",
        "gameCenterLeaderboardSets",
        "gameCenterLeaderboardSetsV2",
        "gameCenterAchievements",
        "gameCenterAchievementsV2",
        "gameCenterActivities",
        "gameCenterChallenges",
        "defaultLeaderboard",
        "defaultLeaderboardV2",
        "defaultGroupLeaderboard",
        "defaultGroupLeaderboardV2",
        "achievementReleases",
        "activityReleases",
        "challengeReleases",
        "leaderboardReleases",
        "leaderboardSetReleases",
        "challengesMinimumPlatformVersions",
    ]
    _Enum6 = Literal[
        "referenceName",
        "gameCenterDetails",
        "gameCenterLeaderboards",
        "gameCenterLeaderboardsV2",
        "gameCenterLeaderboardSets",
        "gameCenterLeaderboardSetsV2",
        "gameCenterAchievements",
        "gameCenterAchievementsV2",
        "gameCenterActivities",
        "gameCenterChallenges",
    ]
    _Enum7 = Literal[
        "referenceName",
        "vendorIdentifier",
        "gameCenterDetail",
        "gameCenterGroup",
        "gameCenterLeaderboards",
        "versions",
    ]
    _Enum8 = Literal[
        "referenceName",
        "vendorIdentifier",
        "playStyle",
        "minimumPlayersCount",
        "maximumPlayersCount",
        "supportsPartyCode",
        "archived",
        "properties",
        "gameCenterDetail",
        "gameCenterGroup",
        "achievements",
        "achievementsV2",
        "leaderboards",
        "leaderboardsV2",
        "versions",
    ]
    _Enum9 = Literal[
        "referenceName",
        "vendorIdentifier",
        "archived",
        "challengeType",
        "repeatable",
        "gameCenterDetail",
        "gameCenterGroup",
        "versions",
        "leaderboard",
        "leaderboardV2",
    ]
    _Enum10 = Literal["version", "state", "leaderboard", "localizations"]
    _Enum11 = Literal[
        "gameCenterDetail",
        "gameCenterGroup",
        "gameCenterLeaderboardSets",
        "activity",
        "challenge",
        "versions",
    ]
    _Enum12 = Literal[
        "locale",
        "name",
        "formatterOverride",
        "formatterSuffix",
        "formatterSuffixSingular",
        "description",
        "version",
        "image",
    ]
    _Enum13 = Literal["leaderboard", "localizations"]


class GameCenterLeaderboardsV2(SyncAPIResource):
    """``client.game_center_leaderboards_v2``: /v2/gameCenterLeaderboards"""

    @cached_property
    def activity(self) -> GameCenterLeaderboardsV2Activity:
        return GameCenterLeaderboardsV2Activity(self._client)

    @cached_property
    def challenge(self) -> GameCenterLeaderboardsV2Challenge:
        return GameCenterLeaderboardsV2Challenge(self._client)

    @cached_property
    def versions(self) -> GameCenterLeaderboardsV2Versions:
        return GameCenterLeaderboardsV2Versions(self._client)

    def create(
        self,
        *,
        body: GameCenterLeaderboardV2CreateRequest | Mapping[str, Any] | None = None,
        default_formatter: _Enum0 | str | None | UnsetType = UNSET,
        reference_name: str | None | UnsetType = UNSET,
        vendor_identifier: str | None | UnsetType = UNSET,
        submission_type: _Enum1 | str | None | UnsetType = UNSET,
        score_sort_type: _Enum2 | str | None | UnsetType = UNSET,
        score_range_start: str | None | UnsetType = UNSET,
        score_range_end: str | None | UnsetType = UNSET,
        recurrence_start_date: _dt.datetime | str | None | UnsetType = UNSET,
        recurrence_duration: str | None | UnsetType = UNSET,
        recurrence_rule: str | None | UnsetType = UNSET,
        activity_properties: StringToStringMap | Mapping[str, Any] | None | UnsetType = UNSET,
        visibility: _Enum3 | str | None | UnsetType = UNSET,
        game_center_detail: str | None | UnsetType = UNSET,
        game_center_group: str | None | UnsetType = UNSET,
        game_center_leaderboard_sets: Sequence[str] | str | None | UnsetType = UNSET,
        versions: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[GameCenterLeaderboardVersionV2InlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardV2Response:
        """gameCenterLeaderboardsV2_createInstance

        POST /v2/gameCenterLeaderboards

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboards
        """
        from ascapi.models.game_center_leaderboard_v2_response import (
            GameCenterLeaderboardV2Response,
        )

        body = _support.document(
            body,
            default_formatter is not UNSET
            or reference_name is not UNSET
            or vendor_identifier is not UNSET
            or submission_type is not UNSET
            or score_sort_type is not UNSET
            or score_range_start is not UNSET
            or score_range_end is not UNSET
            or recurrence_start_date is not UNSET
            or recurrence_duration is not UNSET
            or recurrence_rule is not UNSET
            or activity_properties is not UNSET
            or visibility is not UNSET
            or game_center_detail is not UNSET
            or game_center_group is not UNSET
            or game_center_leaderboard_sets is not UNSET
            or versions is not UNSET
            or included is not UNSET,
            "gameCenterLeaderboards",
            None,
            {
                "defaultFormatter": default_formatter,
                "referenceName": reference_name,
                "vendorIdentifier": vendor_identifier,
                "submissionType": submission_type,
                "scoreSortType": score_sort_type,
                "scoreRangeStart": score_range_start,
                "scoreRangeEnd": score_range_end,
                "recurrenceStartDate": _support.instant(
                    recurrence_start_date, "recurrence_start_date"
                ),
                "recurrenceDuration": recurrence_duration,
                "recurrenceRule": recurrence_rule,
                "activityProperties": activity_properties,
                "visibility": visibility,
            },
            {
                "gameCenterDetail": ("gameCenterDetails", False, game_center_detail),
                "gameCenterGroup": ("gameCenterGroups", False, game_center_group),
                "gameCenterLeaderboardSets": (
                    "gameCenterLeaderboardSets",
                    True,
                    game_center_leaderboard_sets,
                ),
                "versions": ("gameCenterLeaderboardVersions", True, versions),
            },
            attributes_required=True,
            included=included,
        )
        return self._client._call(
            "POST",
            "/v2/gameCenterLeaderboards",
            body=body,
            response_type=GameCenterLeaderboardV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboardsV2_deleteInstance

        DELETE /v2/gameCenterLeaderboards/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboards-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v2/gameCenterLeaderboards/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        fields_game_center_details: Sequence[_Enum5] | None = None,
        fields_game_center_groups: Sequence[_Enum6] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum7] | None = None,
        fields_game_center_activities: Sequence[_Enum8] | None = None,
        fields_game_center_challenges: Sequence[_Enum9] | None = None,
        fields_game_center_leaderboard_versions: Sequence[_Enum10] | None = None,
        include: Sequence[_Enum11] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardV2Response:
        """gameCenterLeaderboardsV2_getInstance

        GET /v2/gameCenterLeaderboards/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboards-_id_
        """
        from ascapi.models.game_center_leaderboard_v2_response import (
            GameCenterLeaderboardV2Response,
        )

        return self._client._call(
            "GET",
            path("/v2/gameCenterLeaderboards/{id}", id=id),
            params={
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "fields[gameCenterLeaderboardVersions]": fields_game_center_leaderboard_versions,
                "include": include,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[versions]": limit_versions,
            },
            maxima={"limit[gameCenterLeaderboardSets]": 50, "limit[versions]": 50},
            response_type=GameCenterLeaderboardV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterLeaderboardV2UpdateRequest | Mapping[str, Any] | None = None,
        default_formatter: _Enum0 | str | None | UnsetType = UNSET,
        reference_name: str | None | UnsetType = UNSET,
        submission_type: _Enum1 | str | None | UnsetType = UNSET,
        score_sort_type: _Enum2 | str | None | UnsetType = UNSET,
        score_range_start: str | None | UnsetType = UNSET,
        score_range_end: str | None | UnsetType = UNSET,
        recurrence_start_date: _dt.datetime | str | None | UnsetType = UNSET,
        recurrence_duration: str | None | UnsetType = UNSET,
        recurrence_rule: str | None | UnsetType = UNSET,
        archived: bool | None | UnsetType = UNSET,
        activity_properties: StringToStringMap | Mapping[str, Any] | None | UnsetType = UNSET,
        visibility: _Enum3 | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardV2Response:
        """gameCenterLeaderboardsV2_updateInstance

        PATCH /v2/gameCenterLeaderboards/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboards-_id_
        """
        from ascapi.models.game_center_leaderboard_v2_response import (
            GameCenterLeaderboardV2Response,
        )

        body = _support.document(
            body,
            default_formatter is not UNSET
            or reference_name is not UNSET
            or submission_type is not UNSET
            or score_sort_type is not UNSET
            or score_range_start is not UNSET
            or score_range_end is not UNSET
            or recurrence_start_date is not UNSET
            or recurrence_duration is not UNSET
            or recurrence_rule is not UNSET
            or archived is not UNSET
            or activity_properties is not UNSET
            or visibility is not UNSET,
            "gameCenterLeaderboards",
            id,
            {
                "defaultFormatter": default_formatter,
                "referenceName": reference_name,
                "submissionType": submission_type,
                "scoreSortType": score_sort_type,
                "scoreRangeStart": score_range_start,
                "scoreRangeEnd": score_range_end,
                "recurrenceStartDate": _support.instant(
                    recurrence_start_date, "recurrence_start_date"
                ),
                "recurrenceDuration": recurrence_duration,
                "recurrenceRule": recurrence_rule,
                "archived": archived,
                "activityProperties": activity_properties,
                "visibility": visibility,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v2/gameCenterLeaderboards/{id}", id=id),
            body=body,
            response_type=GameCenterLeaderboardV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardsV2Activity(SyncAPIResource):
    """``client.game_center_leaderboards_v2.activity``: /v2/gameCenterLeaderboards"""

    def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterLeaderboardV2ActivityLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboardsV2_activity_updateToOneRelationship

        PATCH /v2/gameCenterLeaderboards/{id}/relationships/activity

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboards-_id_-relationships-activity
        """
        if body is None:
            body = _support.linkage("gameCenterActivities", related_id)
        return self._client._call(
            "PATCH",
            path("/v2/gameCenterLeaderboards/{id}/relationships/activity", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardsV2Challenge(SyncAPIResource):
    """``client.game_center_leaderboards_v2.challenge``: /v2/gameCenterLeaderboards"""

    def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterLeaderboardV2ChallengeLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboardsV2_challenge_updateToOneRelationship

        PATCH /v2/gameCenterLeaderboards/{id}/relationships/challenge

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboards-_id_-relationships-challenge
        """
        if body is None:
            body = _support.linkage("gameCenterChallenges", related_id)
        return self._client._call(
            "PATCH",
            path("/v2/gameCenterLeaderboards/{id}/relationships/challenge", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardsV2Versions(SyncAPIResource):
    """``client.game_center_leaderboards_v2.versions``: /v2/gameCenterLeaderboards"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterLeaderboardV2VersionsLinkagesResponse,
        GameCenterLeaderboardV2VersionsLinkagesResponseData,
    ]:
        """gameCenterLeaderboardsV2_versions_getToManyRelationship

        GET /v2/gameCenterLeaderboards/{id}/relationships/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboards-_id_-relationships-versions
        """
        from ascapi.models.game_center_leaderboard_v2_versions_linkages_response import (
            GameCenterLeaderboardV2VersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/gameCenterLeaderboards/{id}/relationships/versions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterLeaderboardV2VersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_versions: Sequence[_Enum10] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        fields_game_center_leaderboard_localizations: Sequence[_Enum12] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum13] | None = None,
        limit_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterLeaderboardVersionsV2Response, GameCenterLeaderboardVersionV2]:
        """gameCenterLeaderboardsV2_versions_getToManyRelated

        GET /v2/gameCenterLeaderboards/{id}/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboards-_id_-versions
        """
        from ascapi.models.game_center_leaderboard_versions_v2_response import (
            GameCenterLeaderboardVersionsV2Response,
        )

        return self._client._get_page(
            path("/v2/gameCenterLeaderboards/{id}/versions", id=id),
            params={
                "fields[gameCenterLeaderboardVersions]": fields_game_center_leaderboard_versions,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "limit": limit,
                "include": include,
                "limit[localizations]": limit_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[localizations]": 50},
            response_type=GameCenterLeaderboardVersionsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardsV2(AsyncAPIResource):
    """``client.game_center_leaderboards_v2``: /v2/gameCenterLeaderboards"""

    @cached_property
    def activity(self) -> AsyncGameCenterLeaderboardsV2Activity:
        return AsyncGameCenterLeaderboardsV2Activity(self._client)

    @cached_property
    def challenge(self) -> AsyncGameCenterLeaderboardsV2Challenge:
        return AsyncGameCenterLeaderboardsV2Challenge(self._client)

    @cached_property
    def versions(self) -> AsyncGameCenterLeaderboardsV2Versions:
        return AsyncGameCenterLeaderboardsV2Versions(self._client)

    async def create(
        self,
        *,
        body: GameCenterLeaderboardV2CreateRequest | Mapping[str, Any] | None = None,
        default_formatter: _Enum0 | str | None | UnsetType = UNSET,
        reference_name: str | None | UnsetType = UNSET,
        vendor_identifier: str | None | UnsetType = UNSET,
        submission_type: _Enum1 | str | None | UnsetType = UNSET,
        score_sort_type: _Enum2 | str | None | UnsetType = UNSET,
        score_range_start: str | None | UnsetType = UNSET,
        score_range_end: str | None | UnsetType = UNSET,
        recurrence_start_date: _dt.datetime | str | None | UnsetType = UNSET,
        recurrence_duration: str | None | UnsetType = UNSET,
        recurrence_rule: str | None | UnsetType = UNSET,
        activity_properties: StringToStringMap | Mapping[str, Any] | None | UnsetType = UNSET,
        visibility: _Enum3 | str | None | UnsetType = UNSET,
        game_center_detail: str | None | UnsetType = UNSET,
        game_center_group: str | None | UnsetType = UNSET,
        game_center_leaderboard_sets: Sequence[str] | str | None | UnsetType = UNSET,
        versions: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[GameCenterLeaderboardVersionV2InlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardV2Response:
        """gameCenterLeaderboardsV2_createInstance

        POST /v2/gameCenterLeaderboards

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboards
        """
        from ascapi.models.game_center_leaderboard_v2_response import (
            GameCenterLeaderboardV2Response,
        )

        body = _support.document(
            body,
            default_formatter is not UNSET
            or reference_name is not UNSET
            or vendor_identifier is not UNSET
            or submission_type is not UNSET
            or score_sort_type is not UNSET
            or score_range_start is not UNSET
            or score_range_end is not UNSET
            or recurrence_start_date is not UNSET
            or recurrence_duration is not UNSET
            or recurrence_rule is not UNSET
            or activity_properties is not UNSET
            or visibility is not UNSET
            or game_center_detail is not UNSET
            or game_center_group is not UNSET
            or game_center_leaderboard_sets is not UNSET
            or versions is not UNSET
            or included is not UNSET,
            "gameCenterLeaderboards",
            None,
            {
                "defaultFormatter": default_formatter,
                "referenceName": reference_name,
                "vendorIdentifier": vendor_identifier,
                "submissionType": submission_type,
                "scoreSortType": score_sort_type,
                "scoreRangeStart": score_range_start,
                "scoreRangeEnd": score_range_end,
                "recurrenceStartDate": _support.instant(
                    recurrence_start_date, "recurrence_start_date"
                ),
                "recurrenceDuration": recurrence_duration,
                "recurrenceRule": recurrence_rule,
                "activityProperties": activity_properties,
                "visibility": visibility,
            },
            {
                "gameCenterDetail": ("gameCenterDetails", False, game_center_detail),
                "gameCenterGroup": ("gameCenterGroups", False, game_center_group),
                "gameCenterLeaderboardSets": (
                    "gameCenterLeaderboardSets",
                    True,
                    game_center_leaderboard_sets,
                ),
                "versions": ("gameCenterLeaderboardVersions", True, versions),
            },
            attributes_required=True,
            included=included,
        )
        return await self._client._call(
            "POST",
            "/v2/gameCenterLeaderboards",
            body=body,
            response_type=GameCenterLeaderboardV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboardsV2_deleteInstance

        DELETE /v2/gameCenterLeaderboards/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboards-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v2/gameCenterLeaderboards/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        fields_game_center_details: Sequence[_Enum5] | None = None,
        fields_game_center_groups: Sequence[_Enum6] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum7] | None = None,
        fields_game_center_activities: Sequence[_Enum8] | None = None,
        fields_game_center_challenges: Sequence[_Enum9] | None = None,
        fields_game_center_leaderboard_versions: Sequence[_Enum10] | None = None,
        include: Sequence[_Enum11] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardV2Response:
        """gameCenterLeaderboardsV2_getInstance

        GET /v2/gameCenterLeaderboards/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboards-_id_
        """
        from ascapi.models.game_center_leaderboard_v2_response import (
            GameCenterLeaderboardV2Response,
        )

        return await self._client._call(
            "GET",
            path("/v2/gameCenterLeaderboards/{id}", id=id),
            params={
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "fields[gameCenterLeaderboardVersions]": fields_game_center_leaderboard_versions,
                "include": include,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[versions]": limit_versions,
            },
            maxima={"limit[gameCenterLeaderboardSets]": 50, "limit[versions]": 50},
            response_type=GameCenterLeaderboardV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterLeaderboardV2UpdateRequest | Mapping[str, Any] | None = None,
        default_formatter: _Enum0 | str | None | UnsetType = UNSET,
        reference_name: str | None | UnsetType = UNSET,
        submission_type: _Enum1 | str | None | UnsetType = UNSET,
        score_sort_type: _Enum2 | str | None | UnsetType = UNSET,
        score_range_start: str | None | UnsetType = UNSET,
        score_range_end: str | None | UnsetType = UNSET,
        recurrence_start_date: _dt.datetime | str | None | UnsetType = UNSET,
        recurrence_duration: str | None | UnsetType = UNSET,
        recurrence_rule: str | None | UnsetType = UNSET,
        archived: bool | None | UnsetType = UNSET,
        activity_properties: StringToStringMap | Mapping[str, Any] | None | UnsetType = UNSET,
        visibility: _Enum3 | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardV2Response:
        """gameCenterLeaderboardsV2_updateInstance

        PATCH /v2/gameCenterLeaderboards/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboards-_id_
        """
        from ascapi.models.game_center_leaderboard_v2_response import (
            GameCenterLeaderboardV2Response,
        )

        body = _support.document(
            body,
            default_formatter is not UNSET
            or reference_name is not UNSET
            or submission_type is not UNSET
            or score_sort_type is not UNSET
            or score_range_start is not UNSET
            or score_range_end is not UNSET
            or recurrence_start_date is not UNSET
            or recurrence_duration is not UNSET
            or recurrence_rule is not UNSET
            or archived is not UNSET
            or activity_properties is not UNSET
            or visibility is not UNSET,
            "gameCenterLeaderboards",
            id,
            {
                "defaultFormatter": default_formatter,
                "referenceName": reference_name,
                "submissionType": submission_type,
                "scoreSortType": score_sort_type,
                "scoreRangeStart": score_range_start,
                "scoreRangeEnd": score_range_end,
                "recurrenceStartDate": _support.instant(
                    recurrence_start_date, "recurrence_start_date"
                ),
                "recurrenceDuration": recurrence_duration,
                "recurrenceRule": recurrence_rule,
                "archived": archived,
                "activityProperties": activity_properties,
                "visibility": visibility,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v2/gameCenterLeaderboards/{id}", id=id),
            body=body,
            response_type=GameCenterLeaderboardV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardsV2Activity(AsyncAPIResource):
    """``client.game_center_leaderboards_v2.activity``: /v2/gameCenterLeaderboards"""

    async def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterLeaderboardV2ActivityLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboardsV2_activity_updateToOneRelationship

        PATCH /v2/gameCenterLeaderboards/{id}/relationships/activity

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboards-_id_-relationships-activity
        """
        if body is None:
            body = _support.linkage("gameCenterActivities", related_id)
        return await self._client._call(
            "PATCH",
            path("/v2/gameCenterLeaderboards/{id}/relationships/activity", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardsV2Challenge(AsyncAPIResource):
    """``client.game_center_leaderboards_v2.challenge``: /v2/gameCenterLeaderboards"""

    async def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterLeaderboardV2ChallengeLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboardsV2_challenge_updateToOneRelationship

        PATCH /v2/gameCenterLeaderboards/{id}/relationships/challenge

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboards-_id_-relationships-challenge
        """
        if body is None:
            body = _support.linkage("gameCenterChallenges", related_id)
        return await self._client._call(
            "PATCH",
            path("/v2/gameCenterLeaderboards/{id}/relationships/challenge", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardsV2Versions(AsyncAPIResource):
    """``client.game_center_leaderboards_v2.versions``: /v2/gameCenterLeaderboards"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterLeaderboardV2VersionsLinkagesResponse,
        GameCenterLeaderboardV2VersionsLinkagesResponseData,
    ]:
        """gameCenterLeaderboardsV2_versions_getToManyRelationship

        GET /v2/gameCenterLeaderboards/{id}/relationships/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboards-_id_-relationships-versions
        """
        from ascapi.models.game_center_leaderboard_v2_versions_linkages_response import (
            GameCenterLeaderboardV2VersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/gameCenterLeaderboards/{id}/relationships/versions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterLeaderboardV2VersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_versions: Sequence[_Enum10] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        fields_game_center_leaderboard_localizations: Sequence[_Enum12] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum13] | None = None,
        limit_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterLeaderboardVersionsV2Response, GameCenterLeaderboardVersionV2]:
        """gameCenterLeaderboardsV2_versions_getToManyRelated

        GET /v2/gameCenterLeaderboards/{id}/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboards-_id_-versions
        """
        from ascapi.models.game_center_leaderboard_versions_v2_response import (
            GameCenterLeaderboardVersionsV2Response,
        )

        return self._client._get_page(
            path("/v2/gameCenterLeaderboards/{id}/versions", id=id),
            params={
                "fields[gameCenterLeaderboardVersions]": fields_game_center_leaderboard_versions,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "limit": limit,
                "include": include,
                "limit[localizations]": limit_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[localizations]": 50},
            response_type=GameCenterLeaderboardVersionsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )
