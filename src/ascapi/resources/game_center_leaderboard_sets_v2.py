# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_leaderboard_sets_v2`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._jsonapi import UNSET
from ascapi._types import NOT_GIVEN
from ascapi.resources import _support

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.game_center_leaderboard_set_v2_create_request import (
        GameCenterLeaderboardSetV2CreateRequest,
    )
    from ascapi.models.game_center_leaderboard_set_v2_game_center_leaderboards_linkages_request import (
        GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesRequest,
    )
    from ascapi.models.game_center_leaderboard_set_v2_game_center_leaderboards_linkages_response import (
        GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponse,
        GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponseData,
    )
    from ascapi.models.game_center_leaderboard_set_v2_response import (
        GameCenterLeaderboardSetV2Response,
    )
    from ascapi.models.game_center_leaderboard_set_v2_update_request import (
        GameCenterLeaderboardSetV2UpdateRequest,
    )
    from ascapi.models.game_center_leaderboard_set_v2_versions_linkages_response import (
        GameCenterLeaderboardSetV2VersionsLinkagesResponse,
        GameCenterLeaderboardSetV2VersionsLinkagesResponseData,
    )
    from ascapi.models.game_center_leaderboard_set_version_v2 import (
        GameCenterLeaderboardSetVersionV2,
    )
    from ascapi.models.game_center_leaderboard_set_version_v2_inline_create import (
        GameCenterLeaderboardSetVersionV2InlineCreate,
    )
    from ascapi.models.game_center_leaderboard_set_versions_v2_response import (
        GameCenterLeaderboardSetVersionsV2Response,
    )
    from ascapi.models.game_center_leaderboard_v2 import GameCenterLeaderboardV2
    from ascapi.models.game_center_leaderboards_v2_response import GameCenterLeaderboardsV2Response
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "referenceName",
        "vendorIdentifier",
        "gameCenterDetail",
        "gameCenterGroup",
        "gameCenterLeaderboards",
        "versions",
    ]
    _Enum1 = Literal[
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
    _Enum2 = Literal[
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
    _Enum3 = Literal[
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
    _Enum4 = Literal["version", "state", "leaderboardSet", "localizations"]
    _Enum5 = Literal["gameCenterDetail", "gameCenterGroup", "gameCenterLeaderboards", "versions"]
    _Enum6 = Literal[
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
    _Enum7 = Literal[
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
    _Enum8 = Literal["version", "state", "leaderboard", "localizations"]
    _Enum9 = Literal[
        "gameCenterDetail",
        "gameCenterGroup",
        "gameCenterLeaderboardSets",
        "activity",
        "challenge",
        "versions",
    ]
    _Enum10 = Literal["locale", "name", "version", "image"]
    _Enum11 = Literal["leaderboardSet", "localizations"]


class GameCenterLeaderboardSetsV2(SyncAPIResource):
    """``client.game_center_leaderboard_sets_v2``: /v2/gameCenterLeaderboardSets"""

    @cached_property
    def game_center_leaderboards(self) -> GameCenterLeaderboardSetsV2GameCenterLeaderboards:
        return GameCenterLeaderboardSetsV2GameCenterLeaderboards(self._client)

    @cached_property
    def versions(self) -> GameCenterLeaderboardSetsV2Versions:
        return GameCenterLeaderboardSetsV2Versions(self._client)

    def create(
        self,
        *,
        body: GameCenterLeaderboardSetV2CreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        vendor_identifier: str | None | UnsetType = UNSET,
        game_center_detail: str | None | UnsetType = UNSET,
        game_center_group: str | None | UnsetType = UNSET,
        game_center_leaderboards: Sequence[str] | str | None | UnsetType = UNSET,
        versions: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[GameCenterLeaderboardSetVersionV2InlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetV2Response:
        """gameCenterLeaderboardSetsV2_createInstance

        POST /v2/gameCenterLeaderboardSets

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardsets
        """
        from ascapi.models.game_center_leaderboard_set_v2_response import (
            GameCenterLeaderboardSetV2Response,
        )

        body = _support.document(
            body,
            reference_name is not UNSET
            or vendor_identifier is not UNSET
            or game_center_detail is not UNSET
            or game_center_group is not UNSET
            or game_center_leaderboards is not UNSET
            or versions is not UNSET
            or included is not UNSET,
            "gameCenterLeaderboardSets",
            None,
            {"referenceName": reference_name, "vendorIdentifier": vendor_identifier},
            {
                "gameCenterDetail": ("gameCenterDetails", False, game_center_detail),
                "gameCenterGroup": ("gameCenterGroups", False, game_center_group),
                "gameCenterLeaderboards": (
                    "gameCenterLeaderboards",
                    True,
                    game_center_leaderboards,
                ),
                "versions": ("gameCenterLeaderboardSetVersions", True, versions),
            },
            attributes_required=True,
            included=included,
        )
        return self._client._call(
            "POST",
            "/v2/gameCenterLeaderboardSets",
            body=body,
            response_type=GameCenterLeaderboardSetV2Response,
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
        """gameCenterLeaderboardSetsV2_deleteInstance

        DELETE /v2/gameCenterLeaderboardSets/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboardsets-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v2/gameCenterLeaderboardSets/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_sets: Sequence[_Enum0] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum3] | None = None,
        fields_game_center_leaderboard_set_versions: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetV2Response:
        """gameCenterLeaderboardSetsV2_getInstance

        GET /v2/gameCenterLeaderboardSets/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_
        """
        from ascapi.models.game_center_leaderboard_set_v2_response import (
            GameCenterLeaderboardSetV2Response,
        )

        return self._client._call(
            "GET",
            path("/v2/gameCenterLeaderboardSets/{id}", id=id),
            params={
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardSetVersions]": fields_game_center_leaderboard_set_versions,
                "include": include,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[versions]": limit_versions,
            },
            maxima={"limit[gameCenterLeaderboards]": 50, "limit[versions]": 50},
            response_type=GameCenterLeaderboardSetV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterLeaderboardSetV2UpdateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetV2Response:
        """gameCenterLeaderboardSetsV2_updateInstance

        PATCH /v2/gameCenterLeaderboardSets/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboardsets-_id_
        """
        from ascapi.models.game_center_leaderboard_set_v2_response import (
            GameCenterLeaderboardSetV2Response,
        )

        body = _support.document(
            body,
            reference_name is not UNSET,
            "gameCenterLeaderboardSets",
            id,
            {"referenceName": reference_name},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v2/gameCenterLeaderboardSets/{id}", id=id),
            body=body,
            response_type=GameCenterLeaderboardSetV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardSetsV2GameCenterLeaderboards(SyncAPIResource):
    """``client.game_center_leaderboard_sets_v2.game_center_leaderboards``: /v2/gameCenterLeaderboardSets"""

    def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboardSetsV2_gameCenterLeaderboards_createToManyRelationship

        POST /v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return self._client._call(
            "POST",
            path("/v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

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
        GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponse,
        GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponseData,
    ]:
        """gameCenterLeaderboardSetsV2_gameCenterLeaderboards_getToManyRelationship

        GET /v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        from ascapi.models.game_center_leaderboard_set_v2_game_center_leaderboards_linkages_response import (
            GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum3] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum0] | None = None,
        fields_game_center_activities: Sequence[_Enum6] | None = None,
        fields_game_center_challenges: Sequence[_Enum7] | None = None,
        fields_game_center_leaderboard_versions: Sequence[_Enum8] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum9] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterLeaderboardsV2Response, GameCenterLeaderboardV2]:
        """gameCenterLeaderboardSetsV2_gameCenterLeaderboards_getToManyRelated

        GET /v2/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-gamecenterleaderboards
        """
        from ascapi.models.game_center_leaderboards_v2_response import (
            GameCenterLeaderboardsV2Response,
        )

        return self._client._get_page(
            path("/v2/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards", id=id),
            params={
                "filter[referenceName]": filter_reference_name,
                "filter[archived]": filter_archived,
                "filter[id]": filter_id,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "fields[gameCenterLeaderboardVersions]": fields_game_center_leaderboard_versions,
                "limit": limit,
                "include": include,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[versions]": limit_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[gameCenterLeaderboardSets]": 50, "limit[versions]": 50},
            response_type=GameCenterLeaderboardsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboardSetsV2_gameCenterLeaderboards_deleteToManyRelationship

        DELETE /v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return self._client._call(
            "DELETE",
            path("/v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

    def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboardSetsV2_gameCenterLeaderboards_replaceToManyRelationship

        PATCH /v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return self._client._call(
            "PATCH",
            path("/v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardSetsV2Versions(SyncAPIResource):
    """``client.game_center_leaderboard_sets_v2.versions``: /v2/gameCenterLeaderboardSets"""

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
        GameCenterLeaderboardSetV2VersionsLinkagesResponse,
        GameCenterLeaderboardSetV2VersionsLinkagesResponseData,
    ]:
        """gameCenterLeaderboardSetsV2_versions_getToManyRelationship

        GET /v2/gameCenterLeaderboardSets/{id}/relationships/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-relationships-versions
        """
        from ascapi.models.game_center_leaderboard_set_v2_versions_linkages_response import (
            GameCenterLeaderboardSetV2VersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/gameCenterLeaderboardSets/{id}/relationships/versions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterLeaderboardSetV2VersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_set_versions: Sequence[_Enum4] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum10] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum11] | None = None,
        limit_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterLeaderboardSetVersionsV2Response, GameCenterLeaderboardSetVersionV2]:
        """gameCenterLeaderboardSetsV2_versions_getToManyRelated

        GET /v2/gameCenterLeaderboardSets/{id}/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-versions
        """
        from ascapi.models.game_center_leaderboard_set_versions_v2_response import (
            GameCenterLeaderboardSetVersionsV2Response,
        )

        return self._client._get_page(
            path("/v2/gameCenterLeaderboardSets/{id}/versions", id=id),
            params={
                "fields[gameCenterLeaderboardSetVersions]": fields_game_center_leaderboard_set_versions,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "limit": limit,
                "include": include,
                "limit[localizations]": limit_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[localizations]": 50},
            response_type=GameCenterLeaderboardSetVersionsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardSetsV2(AsyncAPIResource):
    """``client.game_center_leaderboard_sets_v2``: /v2/gameCenterLeaderboardSets"""

    @cached_property
    def game_center_leaderboards(self) -> AsyncGameCenterLeaderboardSetsV2GameCenterLeaderboards:
        return AsyncGameCenterLeaderboardSetsV2GameCenterLeaderboards(self._client)

    @cached_property
    def versions(self) -> AsyncGameCenterLeaderboardSetsV2Versions:
        return AsyncGameCenterLeaderboardSetsV2Versions(self._client)

    async def create(
        self,
        *,
        body: GameCenterLeaderboardSetV2CreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        vendor_identifier: str | None | UnsetType = UNSET,
        game_center_detail: str | None | UnsetType = UNSET,
        game_center_group: str | None | UnsetType = UNSET,
        game_center_leaderboards: Sequence[str] | str | None | UnsetType = UNSET,
        versions: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[GameCenterLeaderboardSetVersionV2InlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetV2Response:
        """gameCenterLeaderboardSetsV2_createInstance

        POST /v2/gameCenterLeaderboardSets

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardsets
        """
        from ascapi.models.game_center_leaderboard_set_v2_response import (
            GameCenterLeaderboardSetV2Response,
        )

        body = _support.document(
            body,
            reference_name is not UNSET
            or vendor_identifier is not UNSET
            or game_center_detail is not UNSET
            or game_center_group is not UNSET
            or game_center_leaderboards is not UNSET
            or versions is not UNSET
            or included is not UNSET,
            "gameCenterLeaderboardSets",
            None,
            {"referenceName": reference_name, "vendorIdentifier": vendor_identifier},
            {
                "gameCenterDetail": ("gameCenterDetails", False, game_center_detail),
                "gameCenterGroup": ("gameCenterGroups", False, game_center_group),
                "gameCenterLeaderboards": (
                    "gameCenterLeaderboards",
                    True,
                    game_center_leaderboards,
                ),
                "versions": ("gameCenterLeaderboardSetVersions", True, versions),
            },
            attributes_required=True,
            included=included,
        )
        return await self._client._call(
            "POST",
            "/v2/gameCenterLeaderboardSets",
            body=body,
            response_type=GameCenterLeaderboardSetV2Response,
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
        """gameCenterLeaderboardSetsV2_deleteInstance

        DELETE /v2/gameCenterLeaderboardSets/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboardsets-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v2/gameCenterLeaderboardSets/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_sets: Sequence[_Enum0] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum3] | None = None,
        fields_game_center_leaderboard_set_versions: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetV2Response:
        """gameCenterLeaderboardSetsV2_getInstance

        GET /v2/gameCenterLeaderboardSets/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_
        """
        from ascapi.models.game_center_leaderboard_set_v2_response import (
            GameCenterLeaderboardSetV2Response,
        )

        return await self._client._call(
            "GET",
            path("/v2/gameCenterLeaderboardSets/{id}", id=id),
            params={
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardSetVersions]": fields_game_center_leaderboard_set_versions,
                "include": include,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[versions]": limit_versions,
            },
            maxima={"limit[gameCenterLeaderboards]": 50, "limit[versions]": 50},
            response_type=GameCenterLeaderboardSetV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterLeaderboardSetV2UpdateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetV2Response:
        """gameCenterLeaderboardSetsV2_updateInstance

        PATCH /v2/gameCenterLeaderboardSets/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboardsets-_id_
        """
        from ascapi.models.game_center_leaderboard_set_v2_response import (
            GameCenterLeaderboardSetV2Response,
        )

        body = _support.document(
            body,
            reference_name is not UNSET,
            "gameCenterLeaderboardSets",
            id,
            {"referenceName": reference_name},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v2/gameCenterLeaderboardSets/{id}", id=id),
            body=body,
            response_type=GameCenterLeaderboardSetV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardSetsV2GameCenterLeaderboards(AsyncAPIResource):
    """``client.game_center_leaderboard_sets_v2.game_center_leaderboards``: /v2/gameCenterLeaderboardSets"""

    async def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboardSetsV2_gameCenterLeaderboards_createToManyRelationship

        POST /v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return await self._client._call(
            "POST",
            path("/v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

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
        GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponse,
        GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponseData,
    ]:
        """gameCenterLeaderboardSetsV2_gameCenterLeaderboards_getToManyRelationship

        GET /v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        from ascapi.models.game_center_leaderboard_set_v2_game_center_leaderboards_linkages_response import (
            GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum3] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum0] | None = None,
        fields_game_center_activities: Sequence[_Enum6] | None = None,
        fields_game_center_challenges: Sequence[_Enum7] | None = None,
        fields_game_center_leaderboard_versions: Sequence[_Enum8] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum9] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterLeaderboardsV2Response, GameCenterLeaderboardV2]:
        """gameCenterLeaderboardSetsV2_gameCenterLeaderboards_getToManyRelated

        GET /v2/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-gamecenterleaderboards
        """
        from ascapi.models.game_center_leaderboards_v2_response import (
            GameCenterLeaderboardsV2Response,
        )

        return self._client._get_page(
            path("/v2/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards", id=id),
            params={
                "filter[referenceName]": filter_reference_name,
                "filter[archived]": filter_archived,
                "filter[id]": filter_id,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "fields[gameCenterLeaderboardVersions]": fields_game_center_leaderboard_versions,
                "limit": limit,
                "include": include,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[versions]": limit_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[gameCenterLeaderboardSets]": 50, "limit[versions]": 50},
            response_type=GameCenterLeaderboardsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboardSetsV2_gameCenterLeaderboards_deleteToManyRelationship

        DELETE /v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return await self._client._call(
            "DELETE",
            path("/v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

    async def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboardSetsV2_gameCenterLeaderboards_replaceToManyRelationship

        PATCH /v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return await self._client._call(
            "PATCH",
            path("/v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardSetsV2Versions(AsyncAPIResource):
    """``client.game_center_leaderboard_sets_v2.versions``: /v2/gameCenterLeaderboardSets"""

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
        GameCenterLeaderboardSetV2VersionsLinkagesResponse,
        GameCenterLeaderboardSetV2VersionsLinkagesResponseData,
    ]:
        """gameCenterLeaderboardSetsV2_versions_getToManyRelationship

        GET /v2/gameCenterLeaderboardSets/{id}/relationships/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-relationships-versions
        """
        from ascapi.models.game_center_leaderboard_set_v2_versions_linkages_response import (
            GameCenterLeaderboardSetV2VersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/gameCenterLeaderboardSets/{id}/relationships/versions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterLeaderboardSetV2VersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_set_versions: Sequence[_Enum4] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum10] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum11] | None = None,
        limit_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterLeaderboardSetVersionsV2Response, GameCenterLeaderboardSetVersionV2]:
        """gameCenterLeaderboardSetsV2_versions_getToManyRelated

        GET /v2/gameCenterLeaderboardSets/{id}/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-versions
        """
        from ascapi.models.game_center_leaderboard_set_versions_v2_response import (
            GameCenterLeaderboardSetVersionsV2Response,
        )

        return self._client._get_page(
            path("/v2/gameCenterLeaderboardSets/{id}/versions", id=id),
            params={
                "fields[gameCenterLeaderboardSetVersions]": fields_game_center_leaderboard_set_versions,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "limit": limit,
                "include": include,
                "limit[localizations]": limit_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[localizations]": 50},
            response_type=GameCenterLeaderboardSetVersionsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )
