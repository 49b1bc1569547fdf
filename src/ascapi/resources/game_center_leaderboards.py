# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_leaderboards`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_leaderboard_activity_linkage_request import (
        GameCenterLeaderboardActivityLinkageRequest,
    )
    from ascapi.models.game_center_leaderboard_challenge_linkage_request import (
        GameCenterLeaderboardChallengeLinkageRequest,
    )
    from ascapi.models.game_center_leaderboard_create_request import (
        GameCenterLeaderboardCreateRequest,
    )
    from ascapi.models.game_center_leaderboard_group_leaderboard_linkage_request import (
        GameCenterLeaderboardGroupLeaderboardLinkageRequest,
    )
    from ascapi.models.game_center_leaderboard_group_leaderboard_linkage_response import (
        GameCenterLeaderboardGroupLeaderboardLinkageResponse,
    )
    from ascapi.models.game_center_leaderboard_localization import GameCenterLeaderboardLocalization
    from ascapi.models.game_center_leaderboard_localizations_linkages_response import (
        GameCenterLeaderboardLocalizationsLinkagesResponse,
        GameCenterLeaderboardLocalizationsLinkagesResponseData,
    )
    from ascapi.models.game_center_leaderboard_localizations_response import (
        GameCenterLeaderboardLocalizationsResponse,
    )
    from ascapi.models.game_center_leaderboard_release import GameCenterLeaderboardRelease
    from ascapi.models.game_center_leaderboard_releases_linkages_response import (
        GameCenterLeaderboardReleasesLinkagesResponse,
        GameCenterLeaderboardReleasesLinkagesResponseData,
    )
    from ascapi.models.game_center_leaderboard_releases_response import (
        GameCenterLeaderboardReleasesResponse,
    )
    from ascapi.models.game_center_leaderboard_response import GameCenterLeaderboardResponse
    from ascapi.models.game_center_leaderboard_update_request import (
        GameCenterLeaderboardUpdateRequest,
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
        "groupLeaderboard",
        "gameCenterLeaderboardSets",
        "localizations",
        "releases",
        "activity",
        "challenge",
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
        "groupLeaderboardSet",
        "localizations",
        "gameCenterLeaderboards",
        "releases",
    ]
    _Enum8 = Literal[
        "locale",
        "name",
        "formatterOverride",
        "formatterSuffix",
        "formatterSuffixSingular",
        "description",
        "gameCenterLeaderboard",
        "gameCenterLeaderboardImage",
    ]
    _Enum9 = Literal["live", "gameCenterDetail", "gameCenterLeaderboard"]
    _Enum10 = Literal[
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
    _Enum11 = Literal[
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
    _Enum12 = Literal[
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboard",
        "gameCenterLeaderboardSets",
        "localizations",
        "releases",
        "activity",
        "challenge",
    ]
    _Enum13 = Literal[
        "fileSize",
        "fileName",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
        "gameCenterLeaderboardLocalization",
    ]
    _Enum14 = Literal["gameCenterLeaderboard", "gameCenterLeaderboardImage"]
    _Enum15 = Literal["gameCenterDetail", "gameCenterLeaderboard"]


class GameCenterLeaderboards(SyncAPIResource):
    """``client.game_center_leaderboards``: /v1/gameCenterLeaderboards"""

    @cached_property
    def activity(self) -> GameCenterLeaderboardsActivity:
        return GameCenterLeaderboardsActivity(self._client)

    @cached_property
    def challenge(self) -> GameCenterLeaderboardsChallenge:
        return GameCenterLeaderboardsChallenge(self._client)

    @cached_property
    def group_leaderboard(self) -> GameCenterLeaderboardsGroupLeaderboard:
        return GameCenterLeaderboardsGroupLeaderboard(self._client)

    @cached_property
    def localizations(self) -> GameCenterLeaderboardsLocalizations:
        return GameCenterLeaderboardsLocalizations(self._client)

    @cached_property
    def releases(self) -> GameCenterLeaderboardsReleases:
        return GameCenterLeaderboardsReleases(self._client)

    def create(
        self,
        *,
        body: GameCenterLeaderboardCreateRequest | Mapping[str, Any] | None = None,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardResponse:
        """gameCenterLeaderboards_createInstance

        POST /v1/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboards
        """
        from ascapi.models.game_center_leaderboard_response import GameCenterLeaderboardResponse

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
            or game_center_leaderboard_sets is not UNSET,
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
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterLeaderboards",
            body=body,
            deprecated="gameCenterLeaderboards_createInstance",
            response_type=GameCenterLeaderboardResponse,
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
        """gameCenterLeaderboards_deleteInstance

        DELETE /v1/gameCenterLeaderboards/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboards-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterLeaderboards/{id}", id=id),
            deprecated="gameCenterLeaderboards_deleteInstance",
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
        fields_game_center_leaderboard_localizations: Sequence[_Enum8] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum9] | None = None,
        fields_game_center_activities: Sequence[_Enum10] | None = None,
        fields_game_center_challenges: Sequence[_Enum11] | None = None,
        include: Sequence[_Enum12] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardResponse:
        """gameCenterLeaderboards_getInstance

        GET /v1/gameCenterLeaderboards/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_
        """
        from ascapi.models.game_center_leaderboard_response import GameCenterLeaderboardResponse

        return self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboards/{id}", id=id),
            params={
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "fields[gameCenterLeaderboardReleases]": fields_game_center_leaderboard_releases,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "include": include,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
            },
            maxima={
                "limit[gameCenterLeaderboardSets]": 50,
                "limit[localizations]": 50,
                "limit[releases]": 50,
            },
            deprecated="gameCenterLeaderboards_getInstance",
            response_type=GameCenterLeaderboardResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterLeaderboardUpdateRequest | Mapping[str, Any] | None = None,
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
    ) -> GameCenterLeaderboardResponse:
        """gameCenterLeaderboards_updateInstance

        PATCH /v1/gameCenterLeaderboards/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboards-_id_
        """
        from ascapi.models.game_center_leaderboard_response import GameCenterLeaderboardResponse

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
            path("/v1/gameCenterLeaderboards/{id}", id=id),
            body=body,
            deprecated="gameCenterLeaderboards_updateInstance",
            response_type=GameCenterLeaderboardResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardsActivity(SyncAPIResource):
    """``client.game_center_leaderboards.activity``: /v1/gameCenterLeaderboards"""

    def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterLeaderboardActivityLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboards_activity_updateToOneRelationship

        PATCH /v1/gameCenterLeaderboards/{id}/relationships/activity

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboards-_id_-relationships-activity
        """
        if body is None:
            body = _support.linkage("gameCenterActivities", related_id)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterLeaderboards/{id}/relationships/activity", id=id),
            body=body,
            deprecated="gameCenterLeaderboards_activity_updateToOneRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardsChallenge(SyncAPIResource):
    """``client.game_center_leaderboards.challenge``: /v1/gameCenterLeaderboards"""

    def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterLeaderboardChallengeLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboards_challenge_updateToOneRelationship

        PATCH /v1/gameCenterLeaderboards/{id}/relationships/challenge

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboards-_id_-relationships-challenge
        """
        if body is None:
            body = _support.linkage("gameCenterChallenges", related_id)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterLeaderboards/{id}/relationships/challenge", id=id),
            body=body,
            deprecated="gameCenterLeaderboards_challenge_updateToOneRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardsGroupLeaderboard(SyncAPIResource):
    """``client.game_center_leaderboards.group_leaderboard``: /v1/gameCenterLeaderboards"""

    def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        fields_game_center_details: Sequence[_Enum5] | None = None,
        fields_game_center_groups: Sequence[_Enum6] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum7] | None = None,
        fields_game_center_leaderboard_localizations: Sequence[_Enum8] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum9] | None = None,
        fields_game_center_activities: Sequence[_Enum10] | None = None,
        fields_game_center_challenges: Sequence[_Enum11] | None = None,
        include: Sequence[_Enum12] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardResponse:
        """gameCenterLeaderboards_groupLeaderboard_getToOneRelated

        GET /v1/gameCenterLeaderboards/{id}/groupLeaderboard

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-groupleaderboard
        """
        from ascapi.models.game_center_leaderboard_response import GameCenterLeaderboardResponse

        return self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboards/{id}/groupLeaderboard", id=id),
            params={
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "fields[gameCenterLeaderboardReleases]": fields_game_center_leaderboard_releases,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "include": include,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
            },
            maxima={
                "limit[gameCenterLeaderboardSets]": 50,
                "limit[localizations]": 50,
                "limit[releases]": 50,
            },
            deprecated="gameCenterLeaderboards_groupLeaderboard_getToOneRelated",
            response_type=GameCenterLeaderboardResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardGroupLeaderboardLinkageResponse:
        """gameCenterLeaderboards_groupLeaderboard_getToOneRelationship

        GET /v1/gameCenterLeaderboards/{id}/relationships/groupLeaderboard

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-relationships-groupleaderboard
        """
        from ascapi.models.game_center_leaderboard_group_leaderboard_linkage_response import (
            GameCenterLeaderboardGroupLeaderboardLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboards/{id}/relationships/groupLeaderboard", id=id),
            deprecated="gameCenterLeaderboards_groupLeaderboard_getToOneRelationship",
            response_type=GameCenterLeaderboardGroupLeaderboardLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterLeaderboardGroupLeaderboardLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboards_groupLeaderboard_updateToOneRelationship

        PATCH /v1/gameCenterLeaderboards/{id}/relationships/groupLeaderboard

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboards-_id_-relationships-groupleaderboard
        """
        if body is None:
            body = _support.linkage("gameCenterLeaderboards", related_id)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterLeaderboards/{id}/relationships/groupLeaderboard", id=id),
            body=body,
            deprecated="gameCenterLeaderboards_groupLeaderboard_updateToOneRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardsLocalizations(SyncAPIResource):
    """``client.game_center_leaderboards.localizations``: /v1/gameCenterLeaderboards"""

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
        GameCenterLeaderboardLocalizationsLinkagesResponse,
        GameCenterLeaderboardLocalizationsLinkagesResponseData,
    ]:
        """gameCenterLeaderboards_localizations_getToManyRelationship

        GET /v1/gameCenterLeaderboards/{id}/relationships/localizations

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-relationships-localizations
        """
        from ascapi.models.game_center_leaderboard_localizations_linkages_response import (
            GameCenterLeaderboardLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterLeaderboards/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterLeaderboards_localizations_getToManyRelationship",
            response_type=GameCenterLeaderboardLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_localizations: Sequence[_Enum8] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        fields_game_center_leaderboard_images: Sequence[_Enum13] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum14] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterLeaderboardLocalizationsResponse, GameCenterLeaderboardLocalization]:
        """gameCenterLeaderboards_localizations_getToManyRelated

        GET /v1/gameCenterLeaderboards/{id}/localizations

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-localizations
        """
        from ascapi.models.game_center_leaderboard_localizations_response import (
            GameCenterLeaderboardLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterLeaderboards/{id}/localizations", id=id),
            params={
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardImages]": fields_game_center_leaderboard_images,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterLeaderboards_localizations_getToManyRelated",
            response_type=GameCenterLeaderboardLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardsReleases(SyncAPIResource):
    """``client.game_center_leaderboards.releases``: /v1/gameCenterLeaderboards"""

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
        GameCenterLeaderboardReleasesLinkagesResponse,
        GameCenterLeaderboardReleasesLinkagesResponseData,
    ]:
        """gameCenterLeaderboards_releases_getToManyRelationship

        GET /v1/gameCenterLeaderboards/{id}/relationships/releases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-relationships-releases
        """
        from ascapi.models.game_center_leaderboard_releases_linkages_response import (
            GameCenterLeaderboardReleasesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterLeaderboards/{id}/relationships/releases", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterLeaderboards_releases_getToManyRelationship",
            response_type=GameCenterLeaderboardReleasesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_live: Sequence[str] | None = None,
        filter_game_center_detail: Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum9] | None = None,
        fields_game_center_details: Sequence[_Enum5] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum15] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterLeaderboardReleasesResponse, GameCenterLeaderboardRelease]:
        """gameCenterLeaderboards_releases_getToManyRelated

        GET /v1/gameCenterLeaderboards/{id}/releases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-releases
        """
        from ascapi.models.game_center_leaderboard_releases_response import (
            GameCenterLeaderboardReleasesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterLeaderboards/{id}/releases", id=id),
            params={
                "filter[live]": filter_live,
                "filter[gameCenterDetail]": filter_game_center_detail,
                "fields[gameCenterLeaderboardReleases]": fields_game_center_leaderboard_releases,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterLeaderboards_releases_getToManyRelated",
            response_type=GameCenterLeaderboardReleasesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboards(AsyncAPIResource):
    """``client.game_center_leaderboards``: /v1/gameCenterLeaderboards"""

    @cached_property
    def activity(self) -> AsyncGameCenterLeaderboardsActivity:
        return AsyncGameCenterLeaderboardsActivity(self._client)

    @cached_property
    def challenge(self) -> AsyncGameCenterLeaderboardsChallenge:
        return AsyncGameCenterLeaderboardsChallenge(self._client)

    @cached_property
    def group_leaderboard(self) -> AsyncGameCenterLeaderboardsGroupLeaderboard:
        return AsyncGameCenterLeaderboardsGroupLeaderboard(self._client)

    @cached_property
    def localizations(self) -> AsyncGameCenterLeaderboardsLocalizations:
        return AsyncGameCenterLeaderboardsLocalizations(self._client)

    @cached_property
    def releases(self) -> AsyncGameCenterLeaderboardsReleases:
        return AsyncGameCenterLeaderboardsReleases(self._client)

    async def create(
        self,
        *,
        body: GameCenterLeaderboardCreateRequest | Mapping[str, Any] | None = None,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardResponse:
        """gameCenterLeaderboards_createInstance

        POST /v1/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboards
        """
        from ascapi.models.game_center_leaderboard_response import GameCenterLeaderboardResponse

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
            or game_center_leaderboard_sets is not UNSET,
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
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterLeaderboards",
            body=body,
            deprecated="gameCenterLeaderboards_createInstance",
            response_type=GameCenterLeaderboardResponse,
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
        """gameCenterLeaderboards_deleteInstance

        DELETE /v1/gameCenterLeaderboards/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboards-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterLeaderboards/{id}", id=id),
            deprecated="gameCenterLeaderboards_deleteInstance",
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
        fields_game_center_leaderboard_localizations: Sequence[_Enum8] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum9] | None = None,
        fields_game_center_activities: Sequence[_Enum10] | None = None,
        fields_game_center_challenges: Sequence[_Enum11] | None = None,
        include: Sequence[_Enum12] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardResponse:
        """gameCenterLeaderboards_getInstance

        GET /v1/gameCenterLeaderboards/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_
        """
        from ascapi.models.game_center_leaderboard_response import GameCenterLeaderboardResponse

        return await self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboards/{id}", id=id),
            params={
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "fields[gameCenterLeaderboardReleases]": fields_game_center_leaderboard_releases,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "include": include,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
            },
            maxima={
                "limit[gameCenterLeaderboardSets]": 50,
                "limit[localizations]": 50,
                "limit[releases]": 50,
            },
            deprecated="gameCenterLeaderboards_getInstance",
            response_type=GameCenterLeaderboardResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterLeaderboardUpdateRequest | Mapping[str, Any] | None = None,
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
    ) -> GameCenterLeaderboardResponse:
        """gameCenterLeaderboards_updateInstance

        PATCH /v1/gameCenterLeaderboards/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboards-_id_
        """
        from ascapi.models.game_center_leaderboard_response import GameCenterLeaderboardResponse

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
            path("/v1/gameCenterLeaderboards/{id}", id=id),
            body=body,
            deprecated="gameCenterLeaderboards_updateInstance",
            response_type=GameCenterLeaderboardResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardsActivity(AsyncAPIResource):
    """``client.game_center_leaderboards.activity``: /v1/gameCenterLeaderboards"""

    async def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterLeaderboardActivityLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboards_activity_updateToOneRelationship

        PATCH /v1/gameCenterLeaderboards/{id}/relationships/activity

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboards-_id_-relationships-activity
        """
        if body is None:
            body = _support.linkage("gameCenterActivities", related_id)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterLeaderboards/{id}/relationships/activity", id=id),
            body=body,
            deprecated="gameCenterLeaderboards_activity_updateToOneRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardsChallenge(AsyncAPIResource):
    """``client.game_center_leaderboards.challenge``: /v1/gameCenterLeaderboards"""

    async def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterLeaderboardChallengeLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboards_challenge_updateToOneRelationship

        PATCH /v1/gameCenterLeaderboards/{id}/relationships/challenge

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboards-_id_-relationships-challenge
        """
        if body is None:
            body = _support.linkage("gameCenterChallenges", related_id)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterLeaderboards/{id}/relationships/challenge", id=id),
            body=body,
            deprecated="gameCenterLeaderboards_challenge_updateToOneRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardsGroupLeaderboard(AsyncAPIResource):
    """``client.game_center_leaderboards.group_leaderboard``: /v1/gameCenterLeaderboards"""

    async def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        fields_game_center_details: Sequence[_Enum5] | None = None,
        fields_game_center_groups: Sequence[_Enum6] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum7] | None = None,
        fields_game_center_leaderboard_localizations: Sequence[_Enum8] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum9] | None = None,
        fields_game_center_activities: Sequence[_Enum10] | None = None,
        fields_game_center_challenges: Sequence[_Enum11] | None = None,
        include: Sequence[_Enum12] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardResponse:
        """gameCenterLeaderboards_groupLeaderboard_getToOneRelated

        GET /v1/gameCenterLeaderboards/{id}/groupLeaderboard

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-groupleaderboard
        """
        from ascapi.models.game_center_leaderboard_response import GameCenterLeaderboardResponse

        return await self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboards/{id}/groupLeaderboard", id=id),
            params={
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "fields[gameCenterLeaderboardReleases]": fields_game_center_leaderboard_releases,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "include": include,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
            },
            maxima={
                "limit[gameCenterLeaderboardSets]": 50,
                "limit[localizations]": 50,
                "limit[releases]": 50,
            },
            deprecated="gameCenterLeaderboards_groupLeaderboard_getToOneRelated",
            response_type=GameCenterLeaderboardResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardGroupLeaderboardLinkageResponse:
        """gameCenterLeaderboards_groupLeaderboard_getToOneRelationship

        GET /v1/gameCenterLeaderboards/{id}/relationships/groupLeaderboard

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-relationships-groupleaderboard
        """
        from ascapi.models.game_center_leaderboard_group_leaderboard_linkage_response import (
            GameCenterLeaderboardGroupLeaderboardLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboards/{id}/relationships/groupLeaderboard", id=id),
            deprecated="gameCenterLeaderboards_groupLeaderboard_getToOneRelationship",
            response_type=GameCenterLeaderboardGroupLeaderboardLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterLeaderboardGroupLeaderboardLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboards_groupLeaderboard_updateToOneRelationship

        PATCH /v1/gameCenterLeaderboards/{id}/relationships/groupLeaderboard

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboards-_id_-relationships-groupleaderboard
        """
        if body is None:
            body = _support.linkage("gameCenterLeaderboards", related_id)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterLeaderboards/{id}/relationships/groupLeaderboard", id=id),
            body=body,
            deprecated="gameCenterLeaderboards_groupLeaderboard_updateToOneRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardsLocalizations(AsyncAPIResource):
    """``client.game_center_leaderboards.localizations``: /v1/gameCenterLeaderboards"""

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
        GameCenterLeaderboardLocalizationsLinkagesResponse,
        GameCenterLeaderboardLocalizationsLinkagesResponseData,
    ]:
        """gameCenterLeaderboards_localizations_getToManyRelationship

        GET /v1/gameCenterLeaderboards/{id}/relationships/localizations

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-relationships-localizations
        """
        from ascapi.models.game_center_leaderboard_localizations_linkages_response import (
            GameCenterLeaderboardLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterLeaderboards/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterLeaderboards_localizations_getToManyRelationship",
            response_type=GameCenterLeaderboardLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_localizations: Sequence[_Enum8] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        fields_game_center_leaderboard_images: Sequence[_Enum13] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum14] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterLeaderboardLocalizationsResponse, GameCenterLeaderboardLocalization]:
        """gameCenterLeaderboards_localizations_getToManyRelated

        GET /v1/gameCenterLeaderboards/{id}/localizations

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-localizations
        """
        from ascapi.models.game_center_leaderboard_localizations_response import (
            GameCenterLeaderboardLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterLeaderboards/{id}/localizations", id=id),
            params={
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardImages]": fields_game_center_leaderboard_images,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterLeaderboards_localizations_getToManyRelated",
            response_type=GameCenterLeaderboardLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardsReleases(AsyncAPIResource):
    """``client.game_center_leaderboards.releases``: /v1/gameCenterLeaderboards"""

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
        GameCenterLeaderboardReleasesLinkagesResponse,
        GameCenterLeaderboardReleasesLinkagesResponseData,
    ]:
        """gameCenterLeaderboards_releases_getToManyRelationship

        GET /v1/gameCenterLeaderboards/{id}/relationships/releases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-relationships-releases
        """
        from ascapi.models.game_center_leaderboard_releases_linkages_response import (
            GameCenterLeaderboardReleasesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterLeaderboards/{id}/relationships/releases", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterLeaderboards_releases_getToManyRelationship",
            response_type=GameCenterLeaderboardReleasesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_live: Sequence[str] | None = None,
        filter_game_center_detail: Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum9] | None = None,
        fields_game_center_details: Sequence[_Enum5] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum15] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterLeaderboardReleasesResponse, GameCenterLeaderboardRelease]:
        """gameCenterLeaderboards_releases_getToManyRelated

        GET /v1/gameCenterLeaderboards/{id}/releases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-releases
        """
        from ascapi.models.game_center_leaderboard_releases_response import (
            GameCenterLeaderboardReleasesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterLeaderboards/{id}/releases", id=id),
            params={
                "filter[live]": filter_live,
                "filter[gameCenterDetail]": filter_game_center_detail,
                "fields[gameCenterLeaderboardReleases]": fields_game_center_leaderboard_releases,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterLeaderboards_releases_getToManyRelated",
            response_type=GameCenterLeaderboardReleasesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
