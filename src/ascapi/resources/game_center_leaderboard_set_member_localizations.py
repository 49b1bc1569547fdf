# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_leaderboard_set_member_localizations`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_leaderboard_response import GameCenterLeaderboardResponse
    from ascapi.models.game_center_leaderboard_set_member_localization import (
        GameCenterLeaderboardSetMemberLocalization,
    )
    from ascapi.models.game_center_leaderboard_set_member_localization_create_request import (
        GameCenterLeaderboardSetMemberLocalizationCreateRequest,
    )
    from ascapi.models.game_center_leaderboard_set_member_localization_game_center_leaderboard_linkage_response import (
        GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardLinkageResponse,
    )
    from ascapi.models.game_center_leaderboard_set_member_localization_game_center_leaderboard_set_linkage_response import (
        GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardSetLinkageResponse,
    )
    from ascapi.models.game_center_leaderboard_set_member_localization_response import (
        GameCenterLeaderboardSetMemberLocalizationResponse,
    )
    from ascapi.models.game_center_leaderboard_set_member_localization_update_request import (
        GameCenterLeaderboardSetMemberLocalizationUpdateRequest,
    )
    from ascapi.models.game_center_leaderboard_set_member_localizations_response import (
        GameCenterLeaderboardSetMemberLocalizationsResponse,
    )
    from ascapi.models.game_center_leaderboard_set_response import GameCenterLeaderboardSetResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["name", "locale", "gameCenterLeaderboardSet", "gameCenterLeaderboard"]
    _Enum1 = Literal[
        "referenceName",
        "vendorIdentifier",
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboardSet",
        "localizations",
        "gameCenterLeaderboards",
        "releases",
    ]
    _Enum2 = Literal[
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
    _Enum3 = Literal["gameCenterLeaderboardSet", "gameCenterLeaderboard"]
    _Enum4 = Literal[
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
    _Enum5 = Literal[
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
    _Enum6 = Literal[
        "locale",
        "name",
        "formatterOverride",
        "formatterSuffix",
        "formatterSuffixSingular",
        "description",
        "gameCenterLeaderboard",
        "gameCenterLeaderboardImage",
    ]
    _Enum7 = Literal["live", "gameCenterDetail", "gameCenterLeaderboard"]
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
    _Enum10 = Literal[
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboard",
        "gameCenterLeaderboardSets",
        "localizations",
        "releases",
        "activity",
        "challenge",
    ]
    _Enum11 = Literal["locale", "name", "gameCenterLeaderboardSet", "gameCenterLeaderboardSetImage"]
    _Enum12 = Literal["live", "gameCenterDetail", "gameCenterLeaderboardSet"]
    _Enum13 = Literal[
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboardSet",
        "localizations",
        "gameCenterLeaderboards",
        "releases",
    ]


class GameCenterLeaderboardSetMemberLocalizations(SyncAPIResource):
    """``client.game_center_leaderboard_set_member_localizations``: /v1/gameCenterLeaderboardSetMemberLocalizations"""

    @cached_property
    def game_center_leaderboard(
        self,
    ) -> GameCenterLeaderboardSetMemberLocalizationsGameCenterLeaderboard:
        return GameCenterLeaderboardSetMemberLocalizationsGameCenterLeaderboard(self._client)

    @cached_property
    def game_center_leaderboard_set(
        self,
    ) -> GameCenterLeaderboardSetMemberLocalizationsGameCenterLeaderboardSet:
        return GameCenterLeaderboardSetMemberLocalizationsGameCenterLeaderboardSet(self._client)

    def create(
        self,
        *,
        body: GameCenterLeaderboardSetMemberLocalizationCreateRequest
        | Mapping[str, Any]
        | None = None,
        name: str | None | UnsetType = UNSET,
        locale: str | None | UnsetType = UNSET,
        game_center_leaderboard_set: str | None | UnsetType = UNSET,
        game_center_leaderboard: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetMemberLocalizationResponse:
        """gameCenterLeaderboardSetMemberLocalizations_createInstance

        POST /v1/gameCenterLeaderboardSetMemberLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardsetmemberlocalizations
        """
        from ascapi.models.game_center_leaderboard_set_member_localization_response import (
            GameCenterLeaderboardSetMemberLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET
            or locale is not UNSET
            or game_center_leaderboard_set is not UNSET
            or game_center_leaderboard is not UNSET,
            "gameCenterLeaderboardSetMemberLocalizations",
            None,
            {"name": name, "locale": locale},
            {
                "gameCenterLeaderboardSet": (
                    "gameCenterLeaderboardSets",
                    False,
                    game_center_leaderboard_set,
                ),
                "gameCenterLeaderboard": ("gameCenterLeaderboards", False, game_center_leaderboard),
            },
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterLeaderboardSetMemberLocalizations",
            body=body,
            response_type=GameCenterLeaderboardSetMemberLocalizationResponse,
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
        """gameCenterLeaderboardSetMemberLocalizations_deleteInstance

        DELETE /v1/gameCenterLeaderboardSetMemberLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardsetmemberlocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterLeaderboardSetMemberLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_game_center_leaderboard_set: Sequence[str],
        filter_game_center_leaderboard: Sequence[str],
        fields_game_center_leaderboard_set_member_localizations: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterLeaderboardSetMemberLocalizationsResponse,
        GameCenterLeaderboardSetMemberLocalization,
    ]:
        """gameCenterLeaderboardSetMemberLocalizations_getCollection

        GET /v1/gameCenterLeaderboardSetMemberLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations
        """
        from ascapi.models.game_center_leaderboard_set_member_localizations_response import (
            GameCenterLeaderboardSetMemberLocalizationsResponse,
        )

        return self._client._get_page(
            "/v1/gameCenterLeaderboardSetMemberLocalizations",
            params={
                "filter[gameCenterLeaderboardSet]": filter_game_center_leaderboard_set,
                "filter[gameCenterLeaderboard]": filter_game_center_leaderboard,
                "fields[gameCenterLeaderboardSetMemberLocalizations]": fields_game_center_leaderboard_set_member_localizations,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterLeaderboardSetMemberLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterLeaderboardSetMemberLocalizationUpdateRequest
        | Mapping[str, Any]
        | None = None,
        name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetMemberLocalizationResponse:
        """gameCenterLeaderboardSetMemberLocalizations_updateInstance

        PATCH /v1/gameCenterLeaderboardSetMemberLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardsetmemberlocalizations-_id_
        """
        from ascapi.models.game_center_leaderboard_set_member_localization_response import (
            GameCenterLeaderboardSetMemberLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET,
            "gameCenterLeaderboardSetMemberLocalizations",
            id,
            {"name": name},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterLeaderboardSetMemberLocalizations/{id}", id=id),
            body=body,
            response_type=GameCenterLeaderboardSetMemberLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardSetMemberLocalizationsGameCenterLeaderboard(SyncAPIResource):
    """``client.game_center_leaderboard_set_member_localizations.game_center_leaderboard``: /v1/gameCenterLeaderboardSetMemberLocalizations"""

    def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboards: Sequence[_Enum2] | None = None,
        fields_game_center_details: Sequence[_Enum4] | None = None,
        fields_game_center_groups: Sequence[_Enum5] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboard_localizations: Sequence[_Enum6] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum7] | None = None,
        fields_game_center_activities: Sequence[_Enum8] | None = None,
        fields_game_center_challenges: Sequence[_Enum9] | None = None,
        include: Sequence[_Enum10] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardResponse:
        """gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboard_getToOneRelated

        GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/gameCenterLeaderboard

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations-_id_-gamecenterleaderboard
        """
        from ascapi.models.game_center_leaderboard_response import GameCenterLeaderboardResponse

        return self._client._call(
            "GET",
            path(
                "/v1/gameCenterLeaderboardSetMemberLocalizations/{id}/gameCenterLeaderboard", id=id
            ),
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
            deprecated="gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboard_getToOneRelated",
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
    ) -> GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardLinkageResponse:
        """gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboard_getToOneRelationship

        GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/relationships/gameCenterLeaderboard

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations-_id_-relationships-gamecenterleaderboard
        """
        from ascapi.models.game_center_leaderboard_set_member_localization_game_center_leaderboard_linkage_response import (
            GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardLinkageResponse,
        )

        return self._client._call(
            "GET",
            path(
                "/v1/gameCenterLeaderboardSetMemberLocalizations/{id}/relationships/gameCenterLeaderboard",
                id=id,
            ),
            deprecated="gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboard_getToOneRelationship",
            response_type=GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardSetMemberLocalizationsGameCenterLeaderboardSet(SyncAPIResource):
    """``client.game_center_leaderboard_set_member_localizations.game_center_leaderboard_set``: /v1/gameCenterLeaderboardSetMemberLocalizations"""

    def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_sets: Sequence[_Enum1] | None = None,
        fields_game_center_details: Sequence[_Enum4] | None = None,
        fields_game_center_groups: Sequence[_Enum5] | None = None,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum11] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum12] | None = None,
        include: Sequence[_Enum13] | None = None,
        limit_localizations: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetResponse:
        """gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboardSet_getToOneRelated

        GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/gameCenterLeaderboardSet

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations-_id_-gamecenterleaderboardset
        """
        from ascapi.models.game_center_leaderboard_set_response import (
            GameCenterLeaderboardSetResponse,
        )

        return self._client._call(
            "GET",
            path(
                "/v1/gameCenterLeaderboardSetMemberLocalizations/{id}/gameCenterLeaderboardSet",
                id=id,
            ),
            params={
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardSetReleases]": fields_game_center_leaderboard_set_releases,
                "include": include,
                "limit[localizations]": limit_localizations,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[releases]": limit_releases,
            },
            maxima={
                "limit[localizations]": 50,
                "limit[gameCenterLeaderboards]": 50,
                "limit[releases]": 50,
            },
            deprecated="gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboardSet_getToOneRelated",
            response_type=GameCenterLeaderboardSetResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardSetLinkageResponse:
        """gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboardSet_getToOneRelationship

        GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/relationships/gameCenterLeaderboardSet

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations-_id_-relationships-gamecenterleaderboardset
        """
        from ascapi.models.game_center_leaderboard_set_member_localization_game_center_leaderboard_set_linkage_response import (
            GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardSetLinkageResponse,
        )

        return self._client._call(
            "GET",
            path(
                "/v1/gameCenterLeaderboardSetMemberLocalizations/{id}/relationships/gameCenterLeaderboardSet",
                id=id,
            ),
            deprecated="gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboardSet_getToOneRelationship",
            response_type=GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardSetLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardSetMemberLocalizations(AsyncAPIResource):
    """``client.game_center_leaderboard_set_member_localizations``: /v1/gameCenterLeaderboardSetMemberLocalizations"""

    @cached_property
    def game_center_leaderboard(
        self,
    ) -> AsyncGameCenterLeaderboardSetMemberLocalizationsGameCenterLeaderboard:
        return AsyncGameCenterLeaderboardSetMemberLocalizationsGameCenterLeaderboard(self._client)

    @cached_property
    def game_center_leaderboard_set(
        self,
    ) -> AsyncGameCenterLeaderboardSetMemberLocalizationsGameCenterLeaderboardSet:
        return AsyncGameCenterLeaderboardSetMemberLocalizationsGameCenterLeaderboardSet(
            self._client
        )

    async def create(
        self,
        *,
        body: GameCenterLeaderboardSetMemberLocalizationCreateRequest
        | Mapping[str, Any]
        | None = None,
        name: str | None | UnsetType = UNSET,
        locale: str | None | UnsetType = UNSET,
        game_center_leaderboard_set: str | None | UnsetType = UNSET,
        game_center_leaderboard: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetMemberLocalizationResponse:
        """gameCenterLeaderboardSetMemberLocalizations_createInstance

        POST /v1/gameCenterLeaderboardSetMemberLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardsetmemberlocalizations
        """
        from ascapi.models.game_center_leaderboard_set_member_localization_response import (
            GameCenterLeaderboardSetMemberLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET
            or locale is not UNSET
            or game_center_leaderboard_set is not UNSET
            or game_center_leaderboard is not UNSET,
            "gameCenterLeaderboardSetMemberLocalizations",
            None,
            {"name": name, "locale": locale},
            {
                "gameCenterLeaderboardSet": (
                    "gameCenterLeaderboardSets",
                    False,
                    game_center_leaderboard_set,
                ),
                "gameCenterLeaderboard": ("gameCenterLeaderboards", False, game_center_leaderboard),
            },
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterLeaderboardSetMemberLocalizations",
            body=body,
            response_type=GameCenterLeaderboardSetMemberLocalizationResponse,
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
        """gameCenterLeaderboardSetMemberLocalizations_deleteInstance

        DELETE /v1/gameCenterLeaderboardSetMemberLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardsetmemberlocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterLeaderboardSetMemberLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_game_center_leaderboard_set: Sequence[str],
        filter_game_center_leaderboard: Sequence[str],
        fields_game_center_leaderboard_set_member_localizations: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterLeaderboardSetMemberLocalizationsResponse,
        GameCenterLeaderboardSetMemberLocalization,
    ]:
        """gameCenterLeaderboardSetMemberLocalizations_getCollection

        GET /v1/gameCenterLeaderboardSetMemberLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations
        """
        from ascapi.models.game_center_leaderboard_set_member_localizations_response import (
            GameCenterLeaderboardSetMemberLocalizationsResponse,
        )

        return self._client._get_page(
            "/v1/gameCenterLeaderboardSetMemberLocalizations",
            params={
                "filter[gameCenterLeaderboardSet]": filter_game_center_leaderboard_set,
                "filter[gameCenterLeaderboard]": filter_game_center_leaderboard,
                "fields[gameCenterLeaderboardSetMemberLocalizations]": fields_game_center_leaderboard_set_member_localizations,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterLeaderboardSetMemberLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterLeaderboardSetMemberLocalizationUpdateRequest
        | Mapping[str, Any]
        | None = None,
        name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetMemberLocalizationResponse:
        """gameCenterLeaderboardSetMemberLocalizations_updateInstance

        PATCH /v1/gameCenterLeaderboardSetMemberLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardsetmemberlocalizations-_id_
        """
        from ascapi.models.game_center_leaderboard_set_member_localization_response import (
            GameCenterLeaderboardSetMemberLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET,
            "gameCenterLeaderboardSetMemberLocalizations",
            id,
            {"name": name},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterLeaderboardSetMemberLocalizations/{id}", id=id),
            body=body,
            response_type=GameCenterLeaderboardSetMemberLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardSetMemberLocalizationsGameCenterLeaderboard(AsyncAPIResource):
    """``client.game_center_leaderboard_set_member_localizations.game_center_leaderboard``: /v1/gameCenterLeaderboardSetMemberLocalizations"""

    async def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboards: Sequence[_Enum2] | None = None,
        fields_game_center_details: Sequence[_Enum4] | None = None,
        fields_game_center_groups: Sequence[_Enum5] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboard_localizations: Sequence[_Enum6] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum7] | None = None,
        fields_game_center_activities: Sequence[_Enum8] | None = None,
        fields_game_center_challenges: Sequence[_Enum9] | None = None,
        include: Sequence[_Enum10] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardResponse:
        """gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboard_getToOneRelated

        GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/gameCenterLeaderboard

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations-_id_-gamecenterleaderboard
        """
        from ascapi.models.game_center_leaderboard_response import GameCenterLeaderboardResponse

        return await self._client._call(
            "GET",
            path(
                "/v1/gameCenterLeaderboardSetMemberLocalizations/{id}/gameCenterLeaderboard", id=id
            ),
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
            deprecated="gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboard_getToOneRelated",
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
    ) -> GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardLinkageResponse:
        """gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboard_getToOneRelationship

        GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/relationships/gameCenterLeaderboard

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations-_id_-relationships-gamecenterleaderboard
        """
        from ascapi.models.game_center_leaderboard_set_member_localization_game_center_leaderboard_linkage_response import (
            GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path(
                "/v1/gameCenterLeaderboardSetMemberLocalizations/{id}/relationships/gameCenterLeaderboard",
                id=id,
            ),
            deprecated="gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboard_getToOneRelationship",
            response_type=GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardSetMemberLocalizationsGameCenterLeaderboardSet(AsyncAPIResource):
    """``client.game_center_leaderboard_set_member_localizations.game_center_leaderboard_set``: /v1/gameCenterLeaderboardSetMemberLocalizations"""

    async def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_sets: Sequence[_Enum1] | None = None,
        fields_game_center_details: Sequence[_Enum4] | None = None,
        fields_game_center_groups: Sequence[_Enum5] | None = None,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum11] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum12] | None = None,
        include: Sequence[_Enum13] | None = None,
        limit_localizations: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetResponse:
        """gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboardSet_getToOneRelated

        GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/gameCenterLeaderboardSet

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations-_id_-gamecenterleaderboardset
        """
        from ascapi.models.game_center_leaderboard_set_response import (
            GameCenterLeaderboardSetResponse,
        )

        return await self._client._call(
            "GET",
            path(
                "/v1/gameCenterLeaderboardSetMemberLocalizations/{id}/gameCenterLeaderboardSet",
                id=id,
            ),
            params={
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardSetReleases]": fields_game_center_leaderboard_set_releases,
                "include": include,
                "limit[localizations]": limit_localizations,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[releases]": limit_releases,
            },
            maxima={
                "limit[localizations]": 50,
                "limit[gameCenterLeaderboards]": 50,
                "limit[releases]": 50,
            },
            deprecated="gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboardSet_getToOneRelated",
            response_type=GameCenterLeaderboardSetResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardSetLinkageResponse:
        """gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboardSet_getToOneRelationship

        GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/relationships/gameCenterLeaderboardSet

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations-_id_-relationships-gamecenterleaderboardset
        """
        from ascapi.models.game_center_leaderboard_set_member_localization_game_center_leaderboard_set_linkage_response import (
            GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardSetLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path(
                "/v1/gameCenterLeaderboardSetMemberLocalizations/{id}/relationships/gameCenterLeaderboardSet",
                id=id,
            ),
            deprecated="gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboardSet_getToOneRelationship",
            response_type=GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardSetLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
