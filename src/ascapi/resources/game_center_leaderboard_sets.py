# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_leaderboard_sets`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_leaderboard import GameCenterLeaderboard
    from ascapi.models.game_center_leaderboard_set_create_request import (
        GameCenterLeaderboardSetCreateRequest,
    )
    from ascapi.models.game_center_leaderboard_set_game_center_leaderboards_linkages_request import (
        GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesRequest,
    )
    from ascapi.models.game_center_leaderboard_set_game_center_leaderboards_linkages_response import (
        GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponse,
        GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponseData,
    )
    from ascapi.models.game_center_leaderboard_set_group_leaderboard_set_linkage_request import (
        GameCenterLeaderboardSetGroupLeaderboardSetLinkageRequest,
    )
    from ascapi.models.game_center_leaderboard_set_group_leaderboard_set_linkage_response import (
        GameCenterLeaderboardSetGroupLeaderboardSetLinkageResponse,
    )
    from ascapi.models.game_center_leaderboard_set_localization import (
        GameCenterLeaderboardSetLocalization,
    )
    from ascapi.models.game_center_leaderboard_set_localizations_linkages_response import (
        GameCenterLeaderboardSetLocalizationsLinkagesResponse,
        GameCenterLeaderboardSetLocalizationsLinkagesResponseData,
    )
    from ascapi.models.game_center_leaderboard_set_localizations_response import (
        GameCenterLeaderboardSetLocalizationsResponse,
    )
    from ascapi.models.game_center_leaderboard_set_release import GameCenterLeaderboardSetRelease
    from ascapi.models.game_center_leaderboard_set_releases_linkages_response import (
        GameCenterLeaderboardSetReleasesLinkagesResponse,
        GameCenterLeaderboardSetReleasesLinkagesResponseData,
    )
    from ascapi.models.game_center_leaderboard_set_releases_response import (
        GameCenterLeaderboardSetReleasesResponse,
    )
    from ascapi.models.game_center_leaderboard_set_response import GameCenterLeaderboardSetResponse
    from ascapi.models.game_center_leaderboard_set_update_request import (
        GameCenterLeaderboardSetUpdateRequest,
    )
    from ascapi.models.game_center_leaderboards_response import GameCenterLeaderboardsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "referenceName",
        "vendorIdentifier",
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboardSet",
        "localizations",
        "gameCenterLeaderboards",
        "releases",
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
    _Enum3 = Literal["locale", "name", "gameCenterLeaderboardSet", "gameCenterLeaderboardSetImage"]
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
    _Enum5 = Literal["live", "gameCenterDetail", "gameCenterLeaderboardSet"]
    _Enum6 = Literal[
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboardSet",
        "localizations",
        "gameCenterLeaderboards",
        "releases",
    ]
    _Enum7 = Literal[
        "locale",
        "name",
        "formatterOverride",
        "formatterSuffix",
        "formatterSuffixSingular",
        "description",
        "gameCenterLeaderboard",
        "gameCenterLeaderboardImage",
    ]
    _Enum8 = Literal["live", "gameCenterDetail", "gameCenterLeaderboard"]
    _Enum9 = Literal[
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
    _Enum10 = Literal[
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
    _Enum11 = Literal[
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboard",
        "gameCenterLeaderboardSets",
        "localizations",
        "releases",
        "activity",
        "challenge",
    ]
    _Enum12 = Literal[
        "fileSize",
        "fileName",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
        "gameCenterLeaderboardSetLocalization",
    ]
    _Enum13 = Literal["gameCenterLeaderboardSet", "gameCenterLeaderboardSetImage"]
    _Enum14 = Literal["gameCenterDetail", "gameCenterLeaderboardSet"]


class GameCenterLeaderboardSets(SyncAPIResource):
    """``client.game_center_leaderboard_sets``: /v1/gameCenterLeaderboardSets"""

    @cached_property
    def game_center_leaderboards(self) -> GameCenterLeaderboardSetsGameCenterLeaderboards:
        return GameCenterLeaderboardSetsGameCenterLeaderboards(self._client)

    @cached_property
    def group_leaderboard_set(self) -> GameCenterLeaderboardSetsGroupLeaderboardSet:
        return GameCenterLeaderboardSetsGroupLeaderboardSet(self._client)

    @cached_property
    def localizations(self) -> GameCenterLeaderboardSetsLocalizations:
        return GameCenterLeaderboardSetsLocalizations(self._client)

    @cached_property
    def releases(self) -> GameCenterLeaderboardSetsReleases:
        return GameCenterLeaderboardSetsReleases(self._client)

    def create(
        self,
        *,
        body: GameCenterLeaderboardSetCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        vendor_identifier: str | None | UnsetType = UNSET,
        game_center_detail: str | None | UnsetType = UNSET,
        game_center_group: str | None | UnsetType = UNSET,
        game_center_leaderboards: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetResponse:
        """gameCenterLeaderboardSets_createInstance

        POST /v1/gameCenterLeaderboardSets

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardsets
        """
        from ascapi.models.game_center_leaderboard_set_response import (
            GameCenterLeaderboardSetResponse,
        )

        body = _support.document(
            body,
            reference_name is not UNSET
            or vendor_identifier is not UNSET
            or game_center_detail is not UNSET
            or game_center_group is not UNSET
            or game_center_leaderboards is not UNSET,
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
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterLeaderboardSets",
            body=body,
            deprecated="gameCenterLeaderboardSets_createInstance",
            response_type=GameCenterLeaderboardSetResponse,
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
        """gameCenterLeaderboardSets_deleteInstance

        DELETE /v1/gameCenterLeaderboardSets/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardsets-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterLeaderboardSets/{id}", id=id),
            deprecated="gameCenterLeaderboardSets_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_sets: Sequence[_Enum0] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum3] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetResponse:
        """gameCenterLeaderboardSets_getInstance

        GET /v1/gameCenterLeaderboardSets/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_
        """
        from ascapi.models.game_center_leaderboard_set_response import (
            GameCenterLeaderboardSetResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboardSets/{id}", id=id),
            params={
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardSetReleases]": fields_game_center_leaderboard_set_releases,
                "include": include,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
            },
            maxima={
                "limit[gameCenterLeaderboards]": 50,
                "limit[localizations]": 50,
                "limit[releases]": 50,
            },
            deprecated="gameCenterLeaderboardSets_getInstance",
            response_type=GameCenterLeaderboardSetResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterLeaderboardSetUpdateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetResponse:
        """gameCenterLeaderboardSets_updateInstance

        PATCH /v1/gameCenterLeaderboardSets/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardsets-_id_
        """
        from ascapi.models.game_center_leaderboard_set_response import (
            GameCenterLeaderboardSetResponse,
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
            path("/v1/gameCenterLeaderboardSets/{id}", id=id),
            body=body,
            deprecated="gameCenterLeaderboardSets_updateInstance",
            response_type=GameCenterLeaderboardSetResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardSetsGameCenterLeaderboards(SyncAPIResource):
    """``client.game_center_leaderboard_sets.game_center_leaderboards``: /v1/gameCenterLeaderboardSets"""

    def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboardSets_gameCenterLeaderboards_createToManyRelationship

        POST /v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return self._client._call(
            "POST",
            path("/v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards", id=id),
            body=body,
            deprecated="gameCenterLeaderboardSets_gameCenterLeaderboards_createToManyRelationship",
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
        GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponse,
        GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponseData,
    ]:
        """gameCenterLeaderboardSets_gameCenterLeaderboards_getToManyRelationship

        GET /v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        from ascapi.models.game_center_leaderboard_set_game_center_leaderboards_linkages_response import (
            GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterLeaderboardSets_gameCenterLeaderboards_getToManyRelationship",
            response_type=GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_localizations: Sequence[_Enum7] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum8] | None = None,
        fields_game_center_activities: Sequence[_Enum9] | None = None,
        fields_game_center_challenges: Sequence[_Enum10] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum11] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterLeaderboardsResponse, GameCenterLeaderboard]:
        """gameCenterLeaderboardSets_gameCenterLeaderboards_getToManyRelated

        GET /v1/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-gamecenterleaderboards
        """
        from ascapi.models.game_center_leaderboards_response import GameCenterLeaderboardsResponse

        return self._client._get_page(
            path("/v1/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards", id=id),
            params={
                "filter[referenceName]": filter_reference_name,
                "filter[archived]": filter_archived,
                "filter[id]": filter_id,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "fields[gameCenterLeaderboardReleases]": fields_game_center_leaderboard_releases,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "limit": limit,
                "include": include,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[gameCenterLeaderboardSets]": 50,
                "limit[localizations]": 50,
                "limit[releases]": 50,
            },
            deprecated="gameCenterLeaderboardSets_gameCenterLeaderboards_getToManyRelated",
            response_type=GameCenterLeaderboardsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboardSets_gameCenterLeaderboards_deleteToManyRelationship

        DELETE /v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards", id=id),
            body=body,
            deprecated="gameCenterLeaderboardSets_gameCenterLeaderboards_deleteToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )

    def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboardSets_gameCenterLeaderboards_replaceToManyRelationship

        PATCH /v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards", id=id),
            body=body,
            deprecated="gameCenterLeaderboardSets_gameCenterLeaderboards_replaceToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardSetsGroupLeaderboardSet(SyncAPIResource):
    """``client.game_center_leaderboard_sets.group_leaderboard_set``: /v1/gameCenterLeaderboardSets"""

    def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_sets: Sequence[_Enum0] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum3] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_localizations: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetResponse:
        """gameCenterLeaderboardSets_groupLeaderboardSet_getToOneRelated

        GET /v1/gameCenterLeaderboardSets/{id}/groupLeaderboardSet

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-groupleaderboardset
        """
        from ascapi.models.game_center_leaderboard_set_response import (
            GameCenterLeaderboardSetResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboardSets/{id}/groupLeaderboardSet", id=id),
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
            deprecated="gameCenterLeaderboardSets_groupLeaderboardSet_getToOneRelated",
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
    ) -> GameCenterLeaderboardSetGroupLeaderboardSetLinkageResponse:
        """gameCenterLeaderboardSets_groupLeaderboardSet_getToOneRelationship

        GET /v1/gameCenterLeaderboardSets/{id}/relationships/groupLeaderboardSet

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-groupleaderboardset
        """
        from ascapi.models.game_center_leaderboard_set_group_leaderboard_set_linkage_response import (
            GameCenterLeaderboardSetGroupLeaderboardSetLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboardSets/{id}/relationships/groupLeaderboardSet", id=id),
            deprecated="gameCenterLeaderboardSets_groupLeaderboardSet_getToOneRelationship",
            response_type=GameCenterLeaderboardSetGroupLeaderboardSetLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterLeaderboardSetGroupLeaderboardSetLinkageRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboardSets_groupLeaderboardSet_updateToOneRelationship

        PATCH /v1/gameCenterLeaderboardSets/{id}/relationships/groupLeaderboardSet

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardsets-_id_-relationships-groupleaderboardset
        """
        if body is None:
            body = _support.linkage("gameCenterLeaderboardSets", related_id)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterLeaderboardSets/{id}/relationships/groupLeaderboardSet", id=id),
            body=body,
            deprecated="gameCenterLeaderboardSets_groupLeaderboardSet_updateToOneRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardSetsLocalizations(SyncAPIResource):
    """``client.game_center_leaderboard_sets.localizations``: /v1/gameCenterLeaderboardSets"""

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
        GameCenterLeaderboardSetLocalizationsLinkagesResponse,
        GameCenterLeaderboardSetLocalizationsLinkagesResponseData,
    ]:
        """gameCenterLeaderboardSets_localizations_getToManyRelationship

        GET /v1/gameCenterLeaderboardSets/{id}/relationships/localizations

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-localizations
        """
        from ascapi.models.game_center_leaderboard_set_localizations_linkages_response import (
            GameCenterLeaderboardSetLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterLeaderboardSets/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterLeaderboardSets_localizations_getToManyRelationship",
            response_type=GameCenterLeaderboardSetLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum3] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_set_images: Sequence[_Enum12] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum13] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterLeaderboardSetLocalizationsResponse, GameCenterLeaderboardSetLocalization]:
        """gameCenterLeaderboardSets_localizations_getToManyRelated

        GET /v1/gameCenterLeaderboardSets/{id}/localizations

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-localizations
        """
        from ascapi.models.game_center_leaderboard_set_localizations_response import (
            GameCenterLeaderboardSetLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterLeaderboardSets/{id}/localizations", id=id),
            params={
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterLeaderboardSetImages]": fields_game_center_leaderboard_set_images,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterLeaderboardSets_localizations_getToManyRelated",
            response_type=GameCenterLeaderboardSetLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardSetsReleases(SyncAPIResource):
    """``client.game_center_leaderboard_sets.releases``: /v1/gameCenterLeaderboardSets"""

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
        GameCenterLeaderboardSetReleasesLinkagesResponse,
        GameCenterLeaderboardSetReleasesLinkagesResponseData,
    ]:
        """gameCenterLeaderboardSets_releases_getToManyRelationship

        GET /v1/gameCenterLeaderboardSets/{id}/relationships/releases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-releases
        """
        from ascapi.models.game_center_leaderboard_set_releases_linkages_response import (
            GameCenterLeaderboardSetReleasesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterLeaderboardSets/{id}/relationships/releases", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterLeaderboardSets_releases_getToManyRelationship",
            response_type=GameCenterLeaderboardSetReleasesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_live: Sequence[str] | None = None,
        filter_game_center_detail: Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum5] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum14] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterLeaderboardSetReleasesResponse, GameCenterLeaderboardSetRelease]:
        """gameCenterLeaderboardSets_releases_getToManyRelated

        GET /v1/gameCenterLeaderboardSets/{id}/releases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-releases
        """
        from ascapi.models.game_center_leaderboard_set_releases_response import (
            GameCenterLeaderboardSetReleasesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterLeaderboardSets/{id}/releases", id=id),
            params={
                "filter[live]": filter_live,
                "filter[gameCenterDetail]": filter_game_center_detail,
                "fields[gameCenterLeaderboardSetReleases]": fields_game_center_leaderboard_set_releases,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterLeaderboardSets_releases_getToManyRelated",
            response_type=GameCenterLeaderboardSetReleasesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardSets(AsyncAPIResource):
    """``client.game_center_leaderboard_sets``: /v1/gameCenterLeaderboardSets"""

    @cached_property
    def game_center_leaderboards(self) -> AsyncGameCenterLeaderboardSetsGameCenterLeaderboards:
        return AsyncGameCenterLeaderboardSetsGameCenterLeaderboards(self._client)

    @cached_property
    def group_leaderboard_set(self) -> AsyncGameCenterLeaderboardSetsGroupLeaderboardSet:
        return AsyncGameCenterLeaderboardSetsGroupLeaderboardSet(self._client)

    @cached_property
    def localizations(self) -> AsyncGameCenterLeaderboardSetsLocalizations:
        return AsyncGameCenterLeaderboardSetsLocalizations(self._client)

    @cached_property
    def releases(self) -> AsyncGameCenterLeaderboardSetsReleases:
        return AsyncGameCenterLeaderboardSetsReleases(self._client)

    async def create(
        self,
        *,
        body: GameCenterLeaderboardSetCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        vendor_identifier: str | None | UnsetType = UNSET,
        game_center_detail: str | None | UnsetType = UNSET,
        game_center_group: str | None | UnsetType = UNSET,
        game_center_leaderboards: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetResponse:
        """gameCenterLeaderboardSets_createInstance

        POST /v1/gameCenterLeaderboardSets

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardsets
        """
        from ascapi.models.game_center_leaderboard_set_response import (
            GameCenterLeaderboardSetResponse,
        )

        body = _support.document(
            body,
            reference_name is not UNSET
            or vendor_identifier is not UNSET
            or game_center_detail is not UNSET
            or game_center_group is not UNSET
            or game_center_leaderboards is not UNSET,
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
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterLeaderboardSets",
            body=body,
            deprecated="gameCenterLeaderboardSets_createInstance",
            response_type=GameCenterLeaderboardSetResponse,
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
        """gameCenterLeaderboardSets_deleteInstance

        DELETE /v1/gameCenterLeaderboardSets/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardsets-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterLeaderboardSets/{id}", id=id),
            deprecated="gameCenterLeaderboardSets_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_sets: Sequence[_Enum0] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum3] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetResponse:
        """gameCenterLeaderboardSets_getInstance

        GET /v1/gameCenterLeaderboardSets/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_
        """
        from ascapi.models.game_center_leaderboard_set_response import (
            GameCenterLeaderboardSetResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboardSets/{id}", id=id),
            params={
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardSetReleases]": fields_game_center_leaderboard_set_releases,
                "include": include,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
            },
            maxima={
                "limit[gameCenterLeaderboards]": 50,
                "limit[localizations]": 50,
                "limit[releases]": 50,
            },
            deprecated="gameCenterLeaderboardSets_getInstance",
            response_type=GameCenterLeaderboardSetResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterLeaderboardSetUpdateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetResponse:
        """gameCenterLeaderboardSets_updateInstance

        PATCH /v1/gameCenterLeaderboardSets/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardsets-_id_
        """
        from ascapi.models.game_center_leaderboard_set_response import (
            GameCenterLeaderboardSetResponse,
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
            path("/v1/gameCenterLeaderboardSets/{id}", id=id),
            body=body,
            deprecated="gameCenterLeaderboardSets_updateInstance",
            response_type=GameCenterLeaderboardSetResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardSetsGameCenterLeaderboards(AsyncAPIResource):
    """``client.game_center_leaderboard_sets.game_center_leaderboards``: /v1/gameCenterLeaderboardSets"""

    async def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboardSets_gameCenterLeaderboards_createToManyRelationship

        POST /v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return await self._client._call(
            "POST",
            path("/v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards", id=id),
            body=body,
            deprecated="gameCenterLeaderboardSets_gameCenterLeaderboards_createToManyRelationship",
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
        GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponse,
        GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponseData,
    ]:
        """gameCenterLeaderboardSets_gameCenterLeaderboards_getToManyRelationship

        GET /v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        from ascapi.models.game_center_leaderboard_set_game_center_leaderboards_linkages_response import (
            GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterLeaderboardSets_gameCenterLeaderboards_getToManyRelationship",
            response_type=GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_localizations: Sequence[_Enum7] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum8] | None = None,
        fields_game_center_activities: Sequence[_Enum9] | None = None,
        fields_game_center_challenges: Sequence[_Enum10] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum11] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterLeaderboardsResponse, GameCenterLeaderboard]:
        """gameCenterLeaderboardSets_gameCenterLeaderboards_getToManyRelated

        GET /v1/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-gamecenterleaderboards
        """
        from ascapi.models.game_center_leaderboards_response import GameCenterLeaderboardsResponse

        return self._client._get_page(
            path("/v1/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards", id=id),
            params={
                "filter[referenceName]": filter_reference_name,
                "filter[archived]": filter_archived,
                "filter[id]": filter_id,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "fields[gameCenterLeaderboardReleases]": fields_game_center_leaderboard_releases,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "limit": limit,
                "include": include,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[gameCenterLeaderboardSets]": 50,
                "limit[localizations]": 50,
                "limit[releases]": 50,
            },
            deprecated="gameCenterLeaderboardSets_gameCenterLeaderboards_getToManyRelated",
            response_type=GameCenterLeaderboardsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboardSets_gameCenterLeaderboards_deleteToManyRelationship

        DELETE /v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards", id=id),
            body=body,
            deprecated="gameCenterLeaderboardSets_gameCenterLeaderboards_deleteToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )

    async def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboardSets_gameCenterLeaderboards_replaceToManyRelationship

        PATCH /v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards", id=id),
            body=body,
            deprecated="gameCenterLeaderboardSets_gameCenterLeaderboards_replaceToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardSetsGroupLeaderboardSet(AsyncAPIResource):
    """``client.game_center_leaderboard_sets.group_leaderboard_set``: /v1/gameCenterLeaderboardSets"""

    async def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_sets: Sequence[_Enum0] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum3] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_localizations: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetResponse:
        """gameCenterLeaderboardSets_groupLeaderboardSet_getToOneRelated

        GET /v1/gameCenterLeaderboardSets/{id}/groupLeaderboardSet

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-groupleaderboardset
        """
        from ascapi.models.game_center_leaderboard_set_response import (
            GameCenterLeaderboardSetResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboardSets/{id}/groupLeaderboardSet", id=id),
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
            deprecated="gameCenterLeaderboardSets_groupLeaderboardSet_getToOneRelated",
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
    ) -> GameCenterLeaderboardSetGroupLeaderboardSetLinkageResponse:
        """gameCenterLeaderboardSets_groupLeaderboardSet_getToOneRelationship

        GET /v1/gameCenterLeaderboardSets/{id}/relationships/groupLeaderboardSet

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-groupleaderboardset
        """
        from ascapi.models.game_center_leaderboard_set_group_leaderboard_set_linkage_response import (
            GameCenterLeaderboardSetGroupLeaderboardSetLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboardSets/{id}/relationships/groupLeaderboardSet", id=id),
            deprecated="gameCenterLeaderboardSets_groupLeaderboardSet_getToOneRelationship",
            response_type=GameCenterLeaderboardSetGroupLeaderboardSetLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterLeaderboardSetGroupLeaderboardSetLinkageRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterLeaderboardSets_groupLeaderboardSet_updateToOneRelationship

        PATCH /v1/gameCenterLeaderboardSets/{id}/relationships/groupLeaderboardSet

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardsets-_id_-relationships-groupleaderboardset
        """
        if body is None:
            body = _support.linkage("gameCenterLeaderboardSets", related_id)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterLeaderboardSets/{id}/relationships/groupLeaderboardSet", id=id),
            body=body,
            deprecated="gameCenterLeaderboardSets_groupLeaderboardSet_updateToOneRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardSetsLocalizations(AsyncAPIResource):
    """``client.game_center_leaderboard_sets.localizations``: /v1/gameCenterLeaderboardSets"""

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
        GameCenterLeaderboardSetLocalizationsLinkagesResponse,
        GameCenterLeaderboardSetLocalizationsLinkagesResponseData,
    ]:
        """gameCenterLeaderboardSets_localizations_getToManyRelationship

        GET /v1/gameCenterLeaderboardSets/{id}/relationships/localizations

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-localizations
        """
        from ascapi.models.game_center_leaderboard_set_localizations_linkages_response import (
            GameCenterLeaderboardSetLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterLeaderboardSets/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterLeaderboardSets_localizations_getToManyRelationship",
            response_type=GameCenterLeaderboardSetLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum3] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_set_images: Sequence[_Enum12] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum13] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterLeaderboardSetLocalizationsResponse, GameCenterLeaderboardSetLocalization
    ]:
        """gameCenterLeaderboardSets_localizations_getToManyRelated

        GET /v1/gameCenterLeaderboardSets/{id}/localizations

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-localizations
        """
        from ascapi.models.game_center_leaderboard_set_localizations_response import (
            GameCenterLeaderboardSetLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterLeaderboardSets/{id}/localizations", id=id),
            params={
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterLeaderboardSetImages]": fields_game_center_leaderboard_set_images,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterLeaderboardSets_localizations_getToManyRelated",
            response_type=GameCenterLeaderboardSetLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardSetsReleases(AsyncAPIResource):
    """``client.game_center_leaderboard_sets.releases``: /v1/gameCenterLeaderboardSets"""

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
        GameCenterLeaderboardSetReleasesLinkagesResponse,
        GameCenterLeaderboardSetReleasesLinkagesResponseData,
    ]:
        """gameCenterLeaderboardSets_releases_getToManyRelationship

        GET /v1/gameCenterLeaderboardSets/{id}/relationships/releases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-releases
        """
        from ascapi.models.game_center_leaderboard_set_releases_linkages_response import (
            GameCenterLeaderboardSetReleasesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterLeaderboardSets/{id}/relationships/releases", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterLeaderboardSets_releases_getToManyRelationship",
            response_type=GameCenterLeaderboardSetReleasesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_live: Sequence[str] | None = None,
        filter_game_center_detail: Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum5] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum14] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterLeaderboardSetReleasesResponse, GameCenterLeaderboardSetRelease]:
        """gameCenterLeaderboardSets_releases_getToManyRelated

        GET /v1/gameCenterLeaderboardSets/{id}/releases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-releases
        """
        from ascapi.models.game_center_leaderboard_set_releases_response import (
            GameCenterLeaderboardSetReleasesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterLeaderboardSets/{id}/releases", id=id),
            params={
                "filter[live]": filter_live,
                "filter[gameCenterDetail]": filter_game_center_detail,
                "fields[gameCenterLeaderboardSetReleases]": fields_game_center_leaderboard_set_releases,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterLeaderboardSets_releases_getToManyRelated",
            response_type=GameCenterLeaderboardSetReleasesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
