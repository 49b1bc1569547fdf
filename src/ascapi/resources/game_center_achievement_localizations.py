# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_achievement_localizations`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_achievement_image_response import (
        GameCenterAchievementImageResponse,
    )
    from ascapi.models.game_center_achievement_localization_create_request import (
        GameCenterAchievementLocalizationCreateRequest,
    )
    from ascapi.models.game_center_achievement_localization_game_center_achievement_image_linkage_response import (
        GameCenterAchievementLocalizationGameCenterAchievementImageLinkageResponse,
    )
    from ascapi.models.game_center_achievement_localization_game_center_achievement_linkage_response import (
        GameCenterAchievementLocalizationGameCenterAchievementLinkageResponse,
    )
    from ascapi.models.game_center_achievement_localization_response import (
        GameCenterAchievementLocalizationResponse,
    )
    from ascapi.models.game_center_achievement_localization_update_request import (
        GameCenterAchievementLocalizationUpdateRequest,
    )
    from ascapi.models.game_center_achievement_response import GameCenterAchievementResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "locale",
        "name",
        "beforeEarnedDescription",
        "afterEarnedDescription",
        "gameCenterAchievement",
        "gameCenterAchievementImage",
    ]
    _Enum1 = Literal[
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
    _Enum2 = Literal[
        "fileSize",
        "fileName",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
        "gameCenterAchievementLocalization",
    ]
    _Enum3 = Literal["gameCenterAchievement", "gameCenterAchievementImage"]
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
    _Enum6 = Literal["live", "gameCenterDetail", "gameCenterAchievement"]
    _Enum7 = Literal[
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
    _Enum8 = Literal[
        "gameCenterDetail",
        "gameCenterGroup",
        "groupAchievement",
        "localizations",
        "releases",
        "activity",
    ]
    _Enum9 = Literal["gameCenterAchievementLocalization"]


class GameCenterAchievementLocalizations(SyncAPIResource):
    """``client.game_center_achievement_localizations``: /v1/gameCenterAchievementLocalizations"""

    @cached_property
    def game_center_achievement(self) -> GameCenterAchievementLocalizationsGameCenterAchievement:
        return GameCenterAchievementLocalizationsGameCenterAchievement(self._client)

    @cached_property
    def game_center_achievement_image(
        self,
    ) -> GameCenterAchievementLocalizationsGameCenterAchievementImage:
        return GameCenterAchievementLocalizationsGameCenterAchievementImage(self._client)

    def create(
        self,
        *,
        body: GameCenterAchievementLocalizationCreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        before_earned_description: str | None | UnsetType = UNSET,
        after_earned_description: str | None | UnsetType = UNSET,
        game_center_achievement: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementLocalizationResponse:
        """gameCenterAchievementLocalizations_createInstance

        POST /v1/gameCenterAchievementLocalizations

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterachievementlocalizations
        """
        from ascapi.models.game_center_achievement_localization_response import (
            GameCenterAchievementLocalizationResponse,
        )

        body = _support.document(
            body,
            locale is not UNSET
            or name is not UNSET
            or before_earned_description is not UNSET
            or after_earned_description is not UNSET
            or game_center_achievement is not UNSET,
            "gameCenterAchievementLocalizations",
            None,
            {
                "locale": locale,
                "name": name,
                "beforeEarnedDescription": before_earned_description,
                "afterEarnedDescription": after_earned_description,
            },
            {"gameCenterAchievement": ("gameCenterAchievements", False, game_center_achievement)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterAchievementLocalizations",
            body=body,
            deprecated="gameCenterAchievementLocalizations_createInstance",
            response_type=GameCenterAchievementLocalizationResponse,
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
        """gameCenterAchievementLocalizations_deleteInstance

        DELETE /v1/gameCenterAchievementLocalizations/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterachievementlocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterAchievementLocalizations/{id}", id=id),
            deprecated="gameCenterAchievementLocalizations_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_achievement_localizations: Sequence[_Enum0] | None = None,
        fields_game_center_achievements: Sequence[_Enum1] | None = None,
        fields_game_center_achievement_images: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementLocalizationResponse:
        """gameCenterAchievementLocalizations_getInstance

        GET /v1/gameCenterAchievementLocalizations/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_
        """
        from ascapi.models.game_center_achievement_localization_response import (
            GameCenterAchievementLocalizationResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterAchievementLocalizations/{id}", id=id),
            params={
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterAchievementImages]": fields_game_center_achievement_images,
                "include": include,
            },
            deprecated="gameCenterAchievementLocalizations_getInstance",
            response_type=GameCenterAchievementLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterAchievementLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        before_earned_description: str | None | UnsetType = UNSET,
        after_earned_description: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementLocalizationResponse:
        """gameCenterAchievementLocalizations_updateInstance

        PATCH /v1/gameCenterAchievementLocalizations/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterachievementlocalizations-_id_
        """
        from ascapi.models.game_center_achievement_localization_response import (
            GameCenterAchievementLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET
            or before_earned_description is not UNSET
            or after_earned_description is not UNSET,
            "gameCenterAchievementLocalizations",
            id,
            {
                "name": name,
                "beforeEarnedDescription": before_earned_description,
                "afterEarnedDescription": after_earned_description,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterAchievementLocalizations/{id}", id=id),
            body=body,
            deprecated="gameCenterAchievementLocalizations_updateInstance",
            response_type=GameCenterAchievementLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterAchievementLocalizationsGameCenterAchievement(SyncAPIResource):
    """``client.game_center_achievement_localizations.game_center_achievement``: /v1/gameCenterAchievementLocalizations"""

    def get(
        self,
        id: str,
        *,
        fields_game_center_achievements: Sequence[_Enum1] | None = None,
        fields_game_center_details: Sequence[_Enum4] | None = None,
        fields_game_center_groups: Sequence[_Enum5] | None = None,
        fields_game_center_achievement_localizations: Sequence[_Enum0] | None = None,
        fields_game_center_achievement_releases: Sequence[_Enum6] | None = None,
        fields_game_center_activities: Sequence[_Enum7] | None = None,
        include: Sequence[_Enum8] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementResponse:
        """gameCenterAchievementLocalizations_gameCenterAchievement_getToOneRelated

        GET /v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievement

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-gamecenterachievement
        """
        from ascapi.models.game_center_achievement_response import GameCenterAchievementResponse

        return self._client._call(
            "GET",
            path("/v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievement", id=id),
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
            deprecated="gameCenterAchievementLocalizations_gameCenterAchievement_getToOneRelated",
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
    ) -> GameCenterAchievementLocalizationGameCenterAchievementLinkageResponse:
        """gameCenterAchievementLocalizations_gameCenterAchievement_getToOneRelationship

        GET /v1/gameCenterAchievementLocalizations/{id}/relationships/gameCenterAchievement

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-relationships-gamecenterachievement
        """
        from ascapi.models.game_center_achievement_localization_game_center_achievement_linkage_response import (
            GameCenterAchievementLocalizationGameCenterAchievementLinkageResponse,
        )

        return self._client._call(
            "GET",
            path(
                "/v1/gameCenterAchievementLocalizations/{id}/relationships/gameCenterAchievement",
                id=id,
            ),
            deprecated="gameCenterAchievementLocalizations_gameCenterAchievement_getToOneRelationship",
            response_type=GameCenterAchievementLocalizationGameCenterAchievementLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterAchievementLocalizationsGameCenterAchievementImage(SyncAPIResource):
    """``client.game_center_achievement_localizations.game_center_achievement_image``: /v1/gameCenterAchievementLocalizations"""

    def get(
        self,
        id: str,
        *,
        fields_game_center_achievement_images: Sequence[_Enum2] | None = None,
        fields_game_center_achievement_localizations: Sequence[_Enum0] | None = None,
        include: Sequence[_Enum9] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementImageResponse:
        """gameCenterAchievementLocalizations_gameCenterAchievementImage_getToOneRelated

        GET /v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievementImage

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-gamecenterachievementimage
        """
        from ascapi.models.game_center_achievement_image_response import (
            GameCenterAchievementImageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievementImage", id=id),
            params={
                "fields[gameCenterAchievementImages]": fields_game_center_achievement_images,
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "include": include,
            },
            deprecated="gameCenterAchievementLocalizations_gameCenterAchievementImage_getToOneRelated",
            response_type=GameCenterAchievementImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementLocalizationGameCenterAchievementImageLinkageResponse:
        """gameCenterAchievementLocalizations_gameCenterAchievementImage_getToOneRelationship

        GET /v1/gameCenterAchievementLocalizations/{id}/relationships/gameCenterAchievementImage

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-relationships-gamecenterachievementimage
        """
        from ascapi.models.game_center_achievement_localization_game_center_achievement_image_linkage_response import (
            GameCenterAchievementLocalizationGameCenterAchievementImageLinkageResponse,
        )

        return self._client._call(
            "GET",
            path(
                "/v1/gameCenterAchievementLocalizations/{id}/relationships/gameCenterAchievementImage",
                id=id,
            ),
            deprecated="gameCenterAchievementLocalizations_gameCenterAchievementImage_getToOneRelationship",
            response_type=GameCenterAchievementLocalizationGameCenterAchievementImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterAchievementLocalizations(AsyncAPIResource):
    """``client.game_center_achievement_localizations``: /v1/gameCenterAchievementLocalizations"""

    @cached_property
    def game_center_achievement(
        self,
    ) -> AsyncGameCenterAchievementLocalizationsGameCenterAchievement:
        return AsyncGameCenterAchievementLocalizationsGameCenterAchievement(self._client)

    @cached_property
    def game_center_achievement_image(
        self,
    ) -> AsyncGameCenterAchievementLocalizationsGameCenterAchievementImage:
        return AsyncGameCenterAchievementLocalizationsGameCenterAchievementImage(self._client)

    async def create(
        self,
        *,
        body: GameCenterAchievementLocalizationCreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        before_earned_description: str | None | UnsetType = UNSET,
        after_earned_description: str | None | UnsetType = UNSET,
        game_center_achievement: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementLocalizationResponse:
        """gameCenterAchievementLocalizations_createInstance

        POST /v1/gameCenterAchievementLocalizations

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterachievementlocalizations
        """
        from ascapi.models.game_center_achievement_localization_response import (
            GameCenterAchievementLocalizationResponse,
        )

        body = _support.document(
            body,
            locale is not UNSET
            or name is not UNSET
            or before_earned_description is not UNSET
            or after_earned_description is not UNSET
            or game_center_achievement is not UNSET,
            "gameCenterAchievementLocalizations",
            None,
            {
                "locale": locale,
                "name": name,
                "beforeEarnedDescription": before_earned_description,
                "afterEarnedDescription": after_earned_description,
            },
            {"gameCenterAchievement": ("gameCenterAchievements", False, game_center_achievement)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterAchievementLocalizations",
            body=body,
            deprecated="gameCenterAchievementLocalizations_createInstance",
            response_type=GameCenterAchievementLocalizationResponse,
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
        """gameCenterAchievementLocalizations_deleteInstance

        DELETE /v1/gameCenterAchievementLocalizations/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterachievementlocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterAchievementLocalizations/{id}", id=id),
            deprecated="gameCenterAchievementLocalizations_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_achievement_localizations: Sequence[_Enum0] | None = None,
        fields_game_center_achievements: Sequence[_Enum1] | None = None,
        fields_game_center_achievement_images: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementLocalizationResponse:
        """gameCenterAchievementLocalizations_getInstance

        GET /v1/gameCenterAchievementLocalizations/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_
        """
        from ascapi.models.game_center_achievement_localization_response import (
            GameCenterAchievementLocalizationResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterAchievementLocalizations/{id}", id=id),
            params={
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterAchievementImages]": fields_game_center_achievement_images,
                "include": include,
            },
            deprecated="gameCenterAchievementLocalizations_getInstance",
            response_type=GameCenterAchievementLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterAchievementLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        before_earned_description: str | None | UnsetType = UNSET,
        after_earned_description: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementLocalizationResponse:
        """gameCenterAchievementLocalizations_updateInstance

        PATCH /v1/gameCenterAchievementLocalizations/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterachievementlocalizations-_id_
        """
        from ascapi.models.game_center_achievement_localization_response import (
            GameCenterAchievementLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET
            or before_earned_description is not UNSET
            or after_earned_description is not UNSET,
            "gameCenterAchievementLocalizations",
            id,
            {
                "name": name,
                "beforeEarnedDescription": before_earned_description,
                "afterEarnedDescription": after_earned_description,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterAchievementLocalizations/{id}", id=id),
            body=body,
            deprecated="gameCenterAchievementLocalizations_updateInstance",
            response_type=GameCenterAchievementLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterAchievementLocalizationsGameCenterAchievement(AsyncAPIResource):
    """``client.game_center_achievement_localizations.game_center_achievement``: /v1/gameCenterAchievementLocalizations"""

    async def get(
        self,
        id: str,
        *,
        fields_game_center_achievements: Sequence[_Enum1] | None = None,
        fields_game_center_details: Sequence[_Enum4] | None = None,
        fields_game_center_groups: Sequence[_Enum5] | None = None,
        fields_game_center_achievement_localizations: Sequence[_Enum0] | None = None,
        fields_game_center_achievement_releases: Sequence[_Enum6] | None = None,
        fields_game_center_activities: Sequence[_Enum7] | None = None,
        include: Sequence[_Enum8] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementResponse:
        """gameCenterAchievementLocalizations_gameCenterAchievement_getToOneRelated

        GET /v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievement

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-gamecenterachievement
        """
        from ascapi.models.game_center_achievement_response import GameCenterAchievementResponse

        return await self._client._call(
            "GET",
            path("/v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievement", id=id),
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
            deprecated="gameCenterAchievementLocalizations_gameCenterAchievement_getToOneRelated",
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
    ) -> GameCenterAchievementLocalizationGameCenterAchievementLinkageResponse:
        """gameCenterAchievementLocalizations_gameCenterAchievement_getToOneRelationship

        GET /v1/gameCenterAchievementLocalizations/{id}/relationships/gameCenterAchievement

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-relationships-gamecenterachievement
        """
        from ascapi.models.game_center_achievement_localization_game_center_achievement_linkage_response import (
            GameCenterAchievementLocalizationGameCenterAchievementLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path(
                "/v1/gameCenterAchievementLocalizations/{id}/relationships/gameCenterAchievement",
                id=id,
            ),
            deprecated="gameCenterAchievementLocalizations_gameCenterAchievement_getToOneRelationship",
            response_type=GameCenterAchievementLocalizationGameCenterAchievementLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterAchievementLocalizationsGameCenterAchievementImage(AsyncAPIResource):
    """``client.game_center_achievement_localizations.game_center_achievement_image``: /v1/gameCenterAchievementLocalizations"""

    async def get(
        self,
        id: str,
        *,
        fields_game_center_achievement_images: Sequence[_Enum2] | None = None,
        fields_game_center_achievement_localizations: Sequence[_Enum0] | None = None,
        include: Sequence[_Enum9] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementImageResponse:
        """gameCenterAchievementLocalizations_gameCenterAchievementImage_getToOneRelated

        GET /v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievementImage

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-gamecenterachievementimage
        """
        from ascapi.models.game_center_achievement_image_response import (
            GameCenterAchievementImageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievementImage", id=id),
            params={
                "fields[gameCenterAchievementImages]": fields_game_center_achievement_images,
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "include": include,
            },
            deprecated="gameCenterAchievementLocalizations_gameCenterAchievementImage_getToOneRelated",
            response_type=GameCenterAchievementImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementLocalizationGameCenterAchievementImageLinkageResponse:
        """gameCenterAchievementLocalizations_gameCenterAchievementImage_getToOneRelationship

        GET /v1/gameCenterAchievementLocalizations/{id}/relationships/gameCenterAchievementImage

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-relationships-gamecenterachievementimage
        """
        from ascapi.models.game_center_achievement_localization_game_center_achievement_image_linkage_response import (
            GameCenterAchievementLocalizationGameCenterAchievementImageLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path(
                "/v1/gameCenterAchievementLocalizations/{id}/relationships/gameCenterAchievementImage",
                id=id,
            ),
            deprecated="gameCenterAchievementLocalizations_gameCenterAchievementImage_getToOneRelationship",
            response_type=GameCenterAchievementLocalizationGameCenterAchievementImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
