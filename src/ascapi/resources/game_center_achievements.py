# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_achievements`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_achievement_activity_linkage_request import (
        GameCenterAchievementActivityLinkageRequest,
    )
    from ascapi.models.game_center_achievement_create_request import (
        GameCenterAchievementCreateRequest,
    )
    from ascapi.models.game_center_achievement_group_achievement_linkage_request import (
        GameCenterAchievementGroupAchievementLinkageRequest,
    )
    from ascapi.models.game_center_achievement_group_achievement_linkage_response import (
        GameCenterAchievementGroupAchievementLinkageResponse,
    )
    from ascapi.models.game_center_achievement_localization import GameCenterAchievementLocalization
    from ascapi.models.game_center_achievement_localizations_linkages_response import (
        GameCenterAchievementLocalizationsLinkagesResponse,
        GameCenterAchievementLocalizationsLinkagesResponseData,
    )
    from ascapi.models.game_center_achievement_localizations_response import (
        GameCenterAchievementLocalizationsResponse,
    )
    from ascapi.models.game_center_achievement_release import GameCenterAchievementRelease
    from ascapi.models.game_center_achievement_releases_linkages_response import (
        GameCenterAchievementReleasesLinkagesResponse,
        GameCenterAchievementReleasesLinkagesResponseData,
    )
    from ascapi.models.game_center_achievement_releases_response import (
        GameCenterAchievementReleasesResponse,
    )
    from ascapi.models.game_center_achievement_response import GameCenterAchievementResponse
    from ascapi.models.game_center_achievement_update_request import (
        GameCenterAchievementUpdateRequest,
    )
    from ascapi.models.string_to_string_map import StringToStringMap
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "referenceName",
        "vendorIdentifier",
        "points",
        "showBeforeEarned",
        "repeatable",
        "archived",
        "activityProperties",
        "gameCenterDetail",
        "gameCenterGroup",
        "groupAchievement",
        "localizations",
        "releases",
        "activity",
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
        "locale",
        "name",
        "beforeEarnedDescription",
        "afterEarnedDescription",
        "gameCenterAchievement",
        "gameCenterAchievementImage",
    ]
    _Enum4 = Literal["live", "gameCenterDetail", "gameCenterAchievement"]
    _Enum5 = Literal[
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
    _Enum6 = Literal[
        "gameCenterDetail",
        "gameCenterGroup",
        "groupAchievement",
        "localizations",
        "releases",
        "activity",
    ]
    _Enum7 = Literal[
        "fileSize",
        "fileName",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
        "gameCenterAchievementLocalization",
    ]
    _Enum8 = Literal["gameCenterAchievement", "gameCenterAchievementImage"]
    _Enum9 = Literal["gameCenterDetail", "gameCenterAchievement"]


class GameCenterAchievements(SyncAPIResource):
    """``client.game_center_achievements``: /v1/gameCenterAchievements"""

    @cached_property
    def activity(self) -> GameCenterAchievementsActivity:
        return GameCenterAchievementsActivity(self._client)

    @cached_property
    def group_achievement(self) -> GameCenterAchievementsGroupAchievement:
        return GameCenterAchievementsGroupAchievement(self._client)

    @cached_property
    def localizations(self) -> GameCenterAchievementsLocalizations:
        return GameCenterAchievementsLocalizations(self._client)

    @cached_property
    def releases(self) -> GameCenterAchievementsReleases:
        return GameCenterAchievementsReleases(self._client)

    def create(
        self,
        *,
        body: GameCenterAchievementCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        vendor_identifier: str | None | UnsetType = UNSET,
        points: int | None | UnsetType = UNSET,
        show_before_earned: bool | None | UnsetType = UNSET,
        repeatable: bool | None | UnsetType = UNSET,
        activity_properties: StringToStringMap | Mapping[str, Any] | None | UnsetType = UNSET,
        game_center_detail: str | None | UnsetType = UNSET,
        game_center_group: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementResponse:
        """gameCenterAchievements_createInstance

        POST /v1/gameCenterAchievements

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterachievements
        """
        from ascapi.models.game_center_achievement_response import GameCenterAchievementResponse

        body = _support.document(
            body,
            reference_name is not UNSET
            or vendor_identifier is not UNSET
            or points is not UNSET
            or show_before_earned is not UNSET
            or repeatable is not UNSET
            or activity_properties is not UNSET
            or game_center_detail is not UNSET
            or game_center_group is not UNSET,
            "gameCenterAchievements",
            None,
            {
                "referenceName": reference_name,
                "vendorIdentifier": vendor_identifier,
                "points": points,
                "showBeforeEarned": show_before_earned,
                "repeatable": repeatable,
                "activityProperties": activity_properties,
            },
            {
                "gameCenterDetail": ("gameCenterDetails", False, game_center_detail),
                "gameCenterGroup": ("gameCenterGroups", False, game_center_group),
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterAchievements",
            body=body,
            deprecated="gameCenterAchievements_createInstance",
            response_type=GameCenterAchievementResponse,
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
        """gameCenterAchievements_deleteInstance

        DELETE /v1/gameCenterAchievements/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterachievements-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterAchievements/{id}", id=id),
            deprecated="gameCenterAchievements_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_achievements: Sequence[_Enum0] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum2] | None = None,
        fields_game_center_achievement_localizations: Sequence[_Enum3] | None = None,
        fields_game_center_achievement_releases: Sequence[_Enum4] | None = None,
        fields_game_center_activities: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementResponse:
        """gameCenterAchievements_getInstance

        GET /v1/gameCenterAchievements/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_
        """
        from ascapi.models.game_center_achievement_response import GameCenterAchievementResponse

        return self._client._call(
            "GET",
            path("/v1/gameCenterAchievements/{id}", id=id),
            params={
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "fields[gameCenterAchievementReleases]": fields_game_center_achievement_releases,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "include": include,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
            },
            maxima={"limit[localizations]": 50, "limit[releases]": 50},
            deprecated="gameCenterAchievements_getInstance",
            response_type=GameCenterAchievementResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterAchievementUpdateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        points: int | None | UnsetType = UNSET,
        show_before_earned: bool | None | UnsetType = UNSET,
        repeatable: bool | None | UnsetType = UNSET,
        archived: bool | None | UnsetType = UNSET,
        activity_properties: StringToStringMap | Mapping[str, Any] | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementResponse:
        """gameCenterAchievements_updateInstance

        PATCH /v1/gameCenterAchievements/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterachievements-_id_
        """
        from ascapi.models.game_center_achievement_response import GameCenterAchievementResponse

        body = _support.document(
            body,
            reference_name is not UNSET
            or points is not UNSET
            or show_before_earned is not UNSET
            or repeatable is not UNSET
            or archived is not UNSET
            or activity_properties is not UNSET,
            "gameCenterAchievements",
            id,
            {
                "referenceName": reference_name,
                "points": points,
                "showBeforeEarned": show_before_earned,
                "repeatable": repeatable,
                "archived": archived,
                "activityProperties": activity_properties,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterAchievements/{id}", id=id),
            body=body,
            deprecated="gameCenterAchievements_updateInstance",
            response_type=GameCenterAchievementResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterAchievementsActivity(SyncAPIResource):
    """``client.game_center_achievements.activity``: /v1/gameCenterAchievements"""

    def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterAchievementActivityLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterAchievements_activity_updateToOneRelationship

        PATCH /v1/gameCenterAchievements/{id}/relationships/activity

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterachievements-_id_-relationships-activity
        """
        if body is None:
            body = _support.linkage("gameCenterActivities", related_id)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterAchievements/{id}/relationships/activity", id=id),
            body=body,
            deprecated="gameCenterAchievements_activity_updateToOneRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterAchievementsGroupAchievement(SyncAPIResource):
    """``client.game_center_achievements.group_achievement``: /v1/gameCenterAchievements"""

    def get(
        self,
        id: str,
        *,
        fields_game_center_achievements: Sequence[_Enum0] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum2] | None = None,
        fields_game_center_achievement_localizations: Sequence[_Enum3] | None = None,
        fields_game_center_achievement_releases: Sequence[_Enum4] | None = None,
        fields_game_center_activities: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementResponse:
        """gameCenterAchievements_groupAchievement_getToOneRelated

        GET /v1/gameCenterAchievements/{id}/groupAchievement

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-groupachievement
        """
        from ascapi.models.game_center_achievement_response import GameCenterAchievementResponse

        return self._client._call(
            "GET",
            path("/v1/gameCenterAchievements/{id}/groupAchievement", id=id),
            params={
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "fields[gameCenterAchievementReleases]": fields_game_center_achievement_releases,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "include": include,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
            },
            maxima={"limit[localizations]": 50, "limit[releases]": 50},
            deprecated="gameCenterAchievements_groupAchievement_getToOneRelated",
            response_type=GameCenterAchievementResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementGroupAchievementLinkageResponse:
        """gameCenterAchievements_groupAchievement_getToOneRelationship

        GET /v1/gameCenterAchievements/{id}/relationships/groupAchievement

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-relationships-groupachievement
        """
        from ascapi.models.game_center_achievement_group_achievement_linkage_response import (
            GameCenterAchievementGroupAchievementLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterAchievements/{id}/relationships/groupAchievement", id=id),
            deprecated="gameCenterAchievements_groupAchievement_getToOneRelationship",
            response_type=GameCenterAchievementGroupAchievementLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterAchievementGroupAchievementLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterAchievements_groupAchievement_updateToOneRelationship

        PATCH /v1/gameCenterAchievements/{id}/relationships/groupAchievement

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterachievements-_id_-relationships-groupachievement
        """
        if body is None:
            body = _support.linkage("gameCenterAchievements", related_id)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterAchievements/{id}/relationships/groupAchievement", id=id),
            body=body,
            deprecated="gameCenterAchievements_groupAchievement_updateToOneRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterAchievementsLocalizations(SyncAPIResource):
    """``client.game_center_achievements.localizations``: /v1/gameCenterAchievements"""

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
        GameCenterAchievementLocalizationsLinkagesResponse,
        GameCenterAchievementLocalizationsLinkagesResponseData,
    ]:
        """gameCenterAchievements_localizations_getToManyRelationship

        GET /v1/gameCenterAchievements/{id}/relationships/localizations

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-relationships-localizations
        """
        from ascapi.models.game_center_achievement_localizations_linkages_response import (
            GameCenterAchievementLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterAchievements/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterAchievements_localizations_getToManyRelationship",
            response_type=GameCenterAchievementLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_achievement_localizations: Sequence[_Enum3] | None = None,
        fields_game_center_achievements: Sequence[_Enum0] | None = None,
        fields_game_center_achievement_images: Sequence[_Enum7] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum8] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterAchievementLocalizationsResponse, GameCenterAchievementLocalization]:
        """gameCenterAchievements_localizations_getToManyRelated

        GET /v1/gameCenterAchievements/{id}/localizations

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-localizations
        """
        from ascapi.models.game_center_achievement_localizations_response import (
            GameCenterAchievementLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterAchievements/{id}/localizations", id=id),
            params={
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterAchievementImages]": fields_game_center_achievement_images,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterAchievements_localizations_getToManyRelated",
            response_type=GameCenterAchievementLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterAchievementsReleases(SyncAPIResource):
    """``client.game_center_achievements.releases``: /v1/gameCenterAchievements"""

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
        GameCenterAchievementReleasesLinkagesResponse,
        GameCenterAchievementReleasesLinkagesResponseData,
    ]:
        """gameCenterAchievements_releases_getToManyRelationship

        GET /v1/gameCenterAchievements/{id}/relationships/releases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-relationships-releases
        """
        from ascapi.models.game_center_achievement_releases_linkages_response import (
            GameCenterAchievementReleasesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterAchievements/{id}/relationships/releases", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterAchievements_releases_getToManyRelationship",
            response_type=GameCenterAchievementReleasesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_live: Sequence[str] | None = None,
        filter_game_center_detail: Sequence[str] | None = None,
        fields_game_center_achievement_releases: Sequence[_Enum4] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_achievements: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum9] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterAchievementReleasesResponse, GameCenterAchievementRelease]:
        """gameCenterAchievements_releases_getToManyRelated

        GET /v1/gameCenterAchievements/{id}/releases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-releases
        """
        from ascapi.models.game_center_achievement_releases_response import (
            GameCenterAchievementReleasesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterAchievements/{id}/releases", id=id),
            params={
                "filter[live]": filter_live,
                "filter[gameCenterDetail]": filter_game_center_detail,
                "fields[gameCenterAchievementReleases]": fields_game_center_achievement_releases,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterAchievements_releases_getToManyRelated",
            response_type=GameCenterAchievementReleasesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterAchievements(AsyncAPIResource):
    """``client.game_center_achievements``: /v1/gameCenterAchievements"""

    @cached_property
    def activity(self) -> AsyncGameCenterAchievementsActivity:
        return AsyncGameCenterAchievementsActivity(self._client)

    @cached_property
    def group_achievement(self) -> AsyncGameCenterAchievementsGroupAchievement:
        return AsyncGameCenterAchievementsGroupAchievement(self._client)

    @cached_property
    def localizations(self) -> AsyncGameCenterAchievementsLocalizations:
        return AsyncGameCenterAchievementsLocalizations(self._client)

    @cached_property
    def releases(self) -> AsyncGameCenterAchievementsReleases:
        return AsyncGameCenterAchievementsReleases(self._client)

    async def create(
        self,
        *,
        body: GameCenterAchievementCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        vendor_identifier: str | None | UnsetType = UNSET,
        points: int | None | UnsetType = UNSET,
        show_before_earned: bool | None | UnsetType = UNSET,
        repeatable: bool | None | UnsetType = UNSET,
        activity_properties: StringToStringMap | Mapping[str, Any] | None | UnsetType = UNSET,
        game_center_detail: str | None | UnsetType = UNSET,
        game_center_group: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementResponse:
        """gameCenterAchievements_createInstance

        POST /v1/gameCenterAchievements

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterachievements
        """
        from ascapi.models.game_center_achievement_response import GameCenterAchievementResponse

        body = _support.document(
            body,
            reference_name is not UNSET
            or vendor_identifier is not UNSET
            or points is not UNSET
            or show_before_earned is not UNSET
            or repeatable is not UNSET
            or activity_properties is not UNSET
            or game_center_detail is not UNSET
            or game_center_group is not UNSET,
            "gameCenterAchievements",
            None,
            {
                "referenceName": reference_name,
                "vendorIdentifier": vendor_identifier,
                "points": points,
                "showBeforeEarned": show_before_earned,
                "repeatable": repeatable,
                "activityProperties": activity_properties,
            },
            {
                "gameCenterDetail": ("gameCenterDetails", False, game_center_detail),
                "gameCenterGroup": ("gameCenterGroups", False, game_center_group),
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterAchievements",
            body=body,
            deprecated="gameCenterAchievements_createInstance",
            response_type=GameCenterAchievementResponse,
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
        """gameCenterAchievements_deleteInstance

        DELETE /v1/gameCenterAchievements/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterachievements-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterAchievements/{id}", id=id),
            deprecated="gameCenterAchievements_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_achievements: Sequence[_Enum0] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum2] | None = None,
        fields_game_center_achievement_localizations: Sequence[_Enum3] | None = None,
        fields_game_center_achievement_releases: Sequence[_Enum4] | None = None,
        fields_game_center_activities: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementResponse:
        """gameCenterAchievements_getInstance

        GET /v1/gameCenterAchievements/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_
        """
        from ascapi.models.game_center_achievement_response import GameCenterAchievementResponse

        return await self._client._call(
            "GET",
            path("/v1/gameCenterAchievements/{id}", id=id),
            params={
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "fields[gameCenterAchievementReleases]": fields_game_center_achievement_releases,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "include": include,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
            },
            maxima={"limit[localizations]": 50, "limit[releases]": 50},
            deprecated="gameCenterAchievements_getInstance",
            response_type=GameCenterAchievementResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterAchievementUpdateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        points: int | None | UnsetType = UNSET,
        show_before_earned: bool | None | UnsetType = UNSET,
        repeatable: bool | None | UnsetType = UNSET,
        archived: bool | None | UnsetType = UNSET,
        activity_properties: StringToStringMap | Mapping[str, Any] | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementResponse:
        """gameCenterAchievements_updateInstance

        PATCH /v1/gameCenterAchievements/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterachievements-_id_
        """
        from ascapi.models.game_center_achievement_response import GameCenterAchievementResponse

        body = _support.document(
            body,
            reference_name is not UNSET
            or points is not UNSET
            or show_before_earned is not UNSET
            or repeatable is not UNSET
            or archived is not UNSET
            or activity_properties is not UNSET,
            "gameCenterAchievements",
            id,
            {
                "referenceName": reference_name,
                "points": points,
                "showBeforeEarned": show_before_earned,
                "repeatable": repeatable,
                "archived": archived,
                "activityProperties": activity_properties,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterAchievements/{id}", id=id),
            body=body,
            deprecated="gameCenterAchievements_updateInstance",
            response_type=GameCenterAchievementResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterAchievementsActivity(AsyncAPIResource):
    """``client.game_center_achievements.activity``: /v1/gameCenterAchievements"""

    async def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterAchievementActivityLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterAchievements_activity_updateToOneRelationship

        PATCH /v1/gameCenterAchievements/{id}/relationships/activity

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterachievements-_id_-relationships-activity
        """
        if body is None:
            body = _support.linkage("gameCenterActivities", related_id)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterAchievements/{id}/relationships/activity", id=id),
            body=body,
            deprecated="gameCenterAchievements_activity_updateToOneRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterAchievementsGroupAchievement(AsyncAPIResource):
    """``client.game_center_achievements.group_achievement``: /v1/gameCenterAchievements"""

    async def get(
        self,
        id: str,
        *,
        fields_game_center_achievements: Sequence[_Enum0] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum2] | None = None,
        fields_game_center_achievement_localizations: Sequence[_Enum3] | None = None,
        fields_game_center_achievement_releases: Sequence[_Enum4] | None = None,
        fields_game_center_activities: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementResponse:
        """gameCenterAchievements_groupAchievement_getToOneRelated

        GET /v1/gameCenterAchievements/{id}/groupAchievement

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-groupachievement
        """
        from ascapi.models.game_center_achievement_response import GameCenterAchievementResponse

        return await self._client._call(
            "GET",
            path("/v1/gameCenterAchievements/{id}/groupAchievement", id=id),
            params={
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "fields[gameCenterAchievementReleases]": fields_game_center_achievement_releases,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "include": include,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
            },
            maxima={"limit[localizations]": 50, "limit[releases]": 50},
            deprecated="gameCenterAchievements_groupAchievement_getToOneRelated",
            response_type=GameCenterAchievementResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementGroupAchievementLinkageResponse:
        """gameCenterAchievements_groupAchievement_getToOneRelationship

        GET /v1/gameCenterAchievements/{id}/relationships/groupAchievement

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-relationships-groupachievement
        """
        from ascapi.models.game_center_achievement_group_achievement_linkage_response import (
            GameCenterAchievementGroupAchievementLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterAchievements/{id}/relationships/groupAchievement", id=id),
            deprecated="gameCenterAchievements_groupAchievement_getToOneRelationship",
            response_type=GameCenterAchievementGroupAchievementLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterAchievementGroupAchievementLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterAchievements_groupAchievement_updateToOneRelationship

        PATCH /v1/gameCenterAchievements/{id}/relationships/groupAchievement

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterachievements-_id_-relationships-groupachievement
        """
        if body is None:
            body = _support.linkage("gameCenterAchievements", related_id)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterAchievements/{id}/relationships/groupAchievement", id=id),
            body=body,
            deprecated="gameCenterAchievements_groupAchievement_updateToOneRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterAchievementsLocalizations(AsyncAPIResource):
    """``client.game_center_achievements.localizations``: /v1/gameCenterAchievements"""

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
        GameCenterAchievementLocalizationsLinkagesResponse,
        GameCenterAchievementLocalizationsLinkagesResponseData,
    ]:
        """gameCenterAchievements_localizations_getToManyRelationship

        GET /v1/gameCenterAchievements/{id}/relationships/localizations

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-relationships-localizations
        """
        from ascapi.models.game_center_achievement_localizations_linkages_response import (
            GameCenterAchievementLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterAchievements/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterAchievements_localizations_getToManyRelationship",
            response_type=GameCenterAchievementLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_achievement_localizations: Sequence[_Enum3] | None = None,
        fields_game_center_achievements: Sequence[_Enum0] | None = None,
        fields_game_center_achievement_images: Sequence[_Enum7] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum8] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterAchievementLocalizationsResponse, GameCenterAchievementLocalization]:
        """gameCenterAchievements_localizations_getToManyRelated

        GET /v1/gameCenterAchievements/{id}/localizations

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-localizations
        """
        from ascapi.models.game_center_achievement_localizations_response import (
            GameCenterAchievementLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterAchievements/{id}/localizations", id=id),
            params={
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterAchievementImages]": fields_game_center_achievement_images,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterAchievements_localizations_getToManyRelated",
            response_type=GameCenterAchievementLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterAchievementsReleases(AsyncAPIResource):
    """``client.game_center_achievements.releases``: /v1/gameCenterAchievements"""

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
        GameCenterAchievementReleasesLinkagesResponse,
        GameCenterAchievementReleasesLinkagesResponseData,
    ]:
        """gameCenterAchievements_releases_getToManyRelationship

        GET /v1/gameCenterAchievements/{id}/relationships/releases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-relationships-releases
        """
        from ascapi.models.game_center_achievement_releases_linkages_response import (
            GameCenterAchievementReleasesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterAchievements/{id}/relationships/releases", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterAchievements_releases_getToManyRelationship",
            response_type=GameCenterAchievementReleasesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_live: Sequence[str] | None = None,
        filter_game_center_detail: Sequence[str] | None = None,
        fields_game_center_achievement_releases: Sequence[_Enum4] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_achievements: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum9] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterAchievementReleasesResponse, GameCenterAchievementRelease]:
        """gameCenterAchievements_releases_getToManyRelated

        GET /v1/gameCenterAchievements/{id}/releases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-releases
        """
        from ascapi.models.game_center_achievement_releases_response import (
            GameCenterAchievementReleasesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterAchievements/{id}/releases", id=id),
            params={
                "filter[live]": filter_live,
                "filter[gameCenterDetail]": filter_game_center_detail,
                "fields[gameCenterAchievementReleases]": fields_game_center_achievement_releases,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterAchievements_releases_getToManyRelated",
            response_type=GameCenterAchievementReleasesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
