# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_challenges`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_challenge_create_request import GameCenterChallengeCreateRequest
    from ascapi.models.game_center_challenge_leaderboard_linkage_request import (
        GameCenterChallengeLeaderboardLinkageRequest,
    )
    from ascapi.models.game_center_challenge_leaderboard_v2_linkage_request import (
        GameCenterChallengeLeaderboardV2LinkageRequest,
    )
    from ascapi.models.game_center_challenge_response import GameCenterChallengeResponse
    from ascapi.models.game_center_challenge_update_request import GameCenterChallengeUpdateRequest
    from ascapi.models.game_center_challenge_version import GameCenterChallengeVersion
    from ascapi.models.game_center_challenge_version_inline_create import (
        GameCenterChallengeVersionInlineCreate,
    )
    from ascapi.models.game_center_challenge_versions_linkages_response import (
        GameCenterChallengeVersionsLinkagesResponse,
        GameCenterChallengeVersionsLinkagesResponseData,
    )
    from ascapi.models.game_center_challenge_versions_response import (
        GameCenterChallengeVersionsResponse,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["LEADERBOARD"]
    _Enum1 = Literal[
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
    _Enum2 = Literal[
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
    _Enum3 = Literal[
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
    _Enum4 = Literal["version", "state", "challenge", "localizations", "releases", "defaultImage"]
    _Enum5 = Literal[
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
        "versions",
    ]
    _Enum6 = Literal[
        "gameCenterDetail", "gameCenterGroup", "versions", "leaderboard", "leaderboardV2"
    ]
    _Enum7 = Literal["locale", "name", "description", "version", "image"]
    _Enum8 = Literal["version"]
    _Enum9 = Literal["fileSize", "fileName", "imageAsset", "uploadOperations", "assetDeliveryState"]
    _Enum10 = Literal["challenge", "localizations", "releases", "defaultImage"]


class GameCenterChallenges(SyncAPIResource):
    """``client.game_center_challenges``: /v1/gameCenterChallenges"""

    @cached_property
    def leaderboard(self) -> GameCenterChallengesLeaderboard:
        return GameCenterChallengesLeaderboard(self._client)

    @cached_property
    def leaderboard_v2(self) -> GameCenterChallengesLeaderboardV2:
        return GameCenterChallengesLeaderboardV2(self._client)

    @cached_property
    def versions(self) -> GameCenterChallengesVersions:
        return GameCenterChallengesVersions(self._client)

    def create(
        self,
        *,
        body: GameCenterChallengeCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        vendor_identifier: str | None | UnsetType = UNSET,
        challenge_type: _Enum0 | str | None | UnsetType = UNSET,
        repeatable: bool | None | UnsetType = UNSET,
        game_center_detail: str | None | UnsetType = UNSET,
        game_center_group: str | None | UnsetType = UNSET,
        versions: Sequence[str] | str | None | UnsetType = UNSET,
        leaderboard: str | None | UnsetType = UNSET,
        leaderboard_v2: str | None | UnsetType = UNSET,
        included: Sequence[GameCenterChallengeVersionInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeResponse:
        """gameCenterChallenges_createInstance

        POST /v1/gameCenterChallenges

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterchallenges
        """
        from ascapi.models.game_center_challenge_response import GameCenterChallengeResponse

        body = _support.document(
            body,
            reference_name is not UNSET
            or vendor_identifier is not UNSET
            or challenge_type is not UNSET
            or repeatable is not UNSET
            or game_center_detail is not UNSET
            or game_center_group is not UNSET
            or versions is not UNSET
            or leaderboard is not UNSET
            or leaderboard_v2 is not UNSET
            or included is not UNSET,
            "gameCenterChallenges",
            None,
            {
                "referenceName": reference_name,
                "vendorIdentifier": vendor_identifier,
                "challengeType": challenge_type,
                "repeatable": repeatable,
            },
            {
                "gameCenterDetail": ("gameCenterDetails", False, game_center_detail),
                "gameCenterGroup": ("gameCenterGroups", False, game_center_group),
                "versions": ("gameCenterChallengeVersions", True, versions),
                "leaderboard": ("gameCenterLeaderboards", False, leaderboard),
                "leaderboardV2": ("gameCenterLeaderboards", False, leaderboard_v2),
            },
            attributes_required=True,
            included=included,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterChallenges",
            body=body,
            response_type=GameCenterChallengeResponse,
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
        """gameCenterChallenges_deleteInstance

        DELETE /v1/gameCenterChallenges/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterchallenges-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterChallenges/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_challenges: Sequence[_Enum1] | None = None,
        fields_game_center_details: Sequence[_Enum2] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_challenge_versions: Sequence[_Enum4] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeResponse:
        """gameCenterChallenges_getInstance

        GET /v1/gameCenterChallenges/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_
        """
        from ascapi.models.game_center_challenge_response import GameCenterChallengeResponse

        return self._client._call(
            "GET",
            path("/v1/gameCenterChallenges/{id}", id=id),
            params={
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterChallengeVersions]": fields_game_center_challenge_versions,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "include": include,
                "limit[versions]": limit_versions,
            },
            maxima={"limit[versions]": 50},
            response_type=GameCenterChallengeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterChallengeUpdateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        archived: bool | None | UnsetType = UNSET,
        repeatable: bool | None | UnsetType = UNSET,
        leaderboard: str | None | UnsetType = UNSET,
        leaderboard_v2: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeResponse:
        """gameCenterChallenges_updateInstance

        PATCH /v1/gameCenterChallenges/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterchallenges-_id_
        """
        from ascapi.models.game_center_challenge_response import GameCenterChallengeResponse

        body = _support.document(
            body,
            reference_name is not UNSET
            or archived is not UNSET
            or repeatable is not UNSET
            or leaderboard is not UNSET
            or leaderboard_v2 is not UNSET,
            "gameCenterChallenges",
            id,
            {"referenceName": reference_name, "archived": archived, "repeatable": repeatable},
            {
                "leaderboard": ("gameCenterLeaderboards", False, leaderboard),
                "leaderboardV2": ("gameCenterLeaderboards", False, leaderboard_v2),
            },
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterChallenges/{id}", id=id),
            body=body,
            response_type=GameCenterChallengeResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterChallengesLeaderboard(SyncAPIResource):
    """``client.game_center_challenges.leaderboard``: /v1/gameCenterChallenges"""

    def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterChallengeLeaderboardLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterChallenges_leaderboard_updateToOneRelationship

        PATCH /v1/gameCenterChallenges/{id}/relationships/leaderboard

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterchallenges-_id_-relationships-leaderboard
        """
        if body is None:
            body = _support.linkage("gameCenterLeaderboards", related_id)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterChallenges/{id}/relationships/leaderboard", id=id),
            body=body,
            deprecated="gameCenterChallenges_leaderboard_updateToOneRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterChallengesLeaderboardV2(SyncAPIResource):
    """``client.game_center_challenges.leaderboard_v2``: /v1/gameCenterChallenges"""

    def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterChallengeLeaderboardV2LinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterChallenges_leaderboardV2_updateToOneRelationship

        PATCH /v1/gameCenterChallenges/{id}/relationships/leaderboardV2

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterchallenges-_id_-relationships-leaderboardv2
        """
        if body is None:
            body = _support.linkage("gameCenterLeaderboards", related_id)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterChallenges/{id}/relationships/leaderboardV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterChallengesVersions(SyncAPIResource):
    """``client.game_center_challenges.versions``: /v1/gameCenterChallenges"""

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
        GameCenterChallengeVersionsLinkagesResponse, GameCenterChallengeVersionsLinkagesResponseData
    ]:
        """gameCenterChallenges_versions_getToManyRelationship

        GET /v1/gameCenterChallenges/{id}/relationships/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_-relationships-versions
        """
        from ascapi.models.game_center_challenge_versions_linkages_response import (
            GameCenterChallengeVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterChallenges/{id}/relationships/versions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterChallengeVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_challenge_versions: Sequence[_Enum4] | None = None,
        fields_game_center_challenges: Sequence[_Enum1] | None = None,
        fields_game_center_challenge_localizations: Sequence[_Enum7] | None = None,
        fields_game_center_challenge_version_releases: Sequence[_Enum8] | None = None,
        fields_game_center_challenge_images: Sequence[_Enum9] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum10] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterChallengeVersionsResponse, GameCenterChallengeVersion]:
        """gameCenterChallenges_versions_getToManyRelated

        GET /v1/gameCenterChallenges/{id}/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_-versions
        """
        from ascapi.models.game_center_challenge_versions_response import (
            GameCenterChallengeVersionsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterChallenges/{id}/versions", id=id),
            params={
                "fields[gameCenterChallengeVersions]": fields_game_center_challenge_versions,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "fields[gameCenterChallengeLocalizations]": fields_game_center_challenge_localizations,
                "fields[gameCenterChallengeVersionReleases]": fields_game_center_challenge_version_releases,
                "fields[gameCenterChallengeImages]": fields_game_center_challenge_images,
                "limit": limit,
                "include": include,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[localizations]": 50, "limit[releases]": 50},
            response_type=GameCenterChallengeVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterChallenges(AsyncAPIResource):
    """``client.game_center_challenges``: /v1/gameCenterChallenges"""

    @cached_property
    def leaderboard(self) -> AsyncGameCenterChallengesLeaderboard:
        return AsyncGameCenterChallengesLeaderboard(self._client)

    @cached_property
    def leaderboard_v2(self) -> AsyncGameCenterChallengesLeaderboardV2:
        return AsyncGameCenterChallengesLeaderboardV2(self._client)

    @cached_property
    def versions(self) -> AsyncGameCenterChallengesVersions:
        return AsyncGameCenterChallengesVersions(self._client)

    async def create(
        self,
        *,
        body: GameCenterChallengeCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        vendor_identifier: str | None | UnsetType = UNSET,
        challenge_type: _Enum0 | str | None | UnsetType = UNSET,
        repeatable: bool | None | UnsetType = UNSET,
        game_center_detail: str | None | UnsetType = UNSET,
        game_center_group: str | None | UnsetType = UNSET,
        versions: Sequence[str] | str | None | UnsetType = UNSET,
        leaderboard: str | None | UnsetType = UNSET,
        leaderboard_v2: str | None | UnsetType = UNSET,
        included: Sequence[GameCenterChallengeVersionInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeResponse:
        """gameCenterChallenges_createInstance

        POST /v1/gameCenterChallenges

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterchallenges
        """
        from ascapi.models.game_center_challenge_response import GameCenterChallengeResponse

        body = _support.document(
            body,
            reference_name is not UNSET
            or vendor_identifier is not UNSET
            or challenge_type is not UNSET
            or repeatable is not UNSET
            or game_center_detail is not UNSET
            or game_center_group is not UNSET
            or versions is not UNSET
            or leaderboard is not UNSET
            or leaderboard_v2 is not UNSET
            or included is not UNSET,
            "gameCenterChallenges",
            None,
            {
                "referenceName": reference_name,
                "vendorIdentifier": vendor_identifier,
                "challengeType": challenge_type,
                "repeatable": repeatable,
            },
            {
                "gameCenterDetail": ("gameCenterDetails", False, game_center_detail),
                "gameCenterGroup": ("gameCenterGroups", False, game_center_group),
                "versions": ("gameCenterChallengeVersions", True, versions),
                "leaderboard": ("gameCenterLeaderboards", False, leaderboard),
                "leaderboardV2": ("gameCenterLeaderboards", False, leaderboard_v2),
            },
            attributes_required=True,
            included=included,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterChallenges",
            body=body,
            response_type=GameCenterChallengeResponse,
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
        """gameCenterChallenges_deleteInstance

        DELETE /v1/gameCenterChallenges/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterchallenges-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterChallenges/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_challenges: Sequence[_Enum1] | None = None,
        fields_game_center_details: Sequence[_Enum2] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_challenge_versions: Sequence[_Enum4] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeResponse:
        """gameCenterChallenges_getInstance

        GET /v1/gameCenterChallenges/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_
        """
        from ascapi.models.game_center_challenge_response import GameCenterChallengeResponse

        return await self._client._call(
            "GET",
            path("/v1/gameCenterChallenges/{id}", id=id),
            params={
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterChallengeVersions]": fields_game_center_challenge_versions,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "include": include,
                "limit[versions]": limit_versions,
            },
            maxima={"limit[versions]": 50},
            response_type=GameCenterChallengeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterChallengeUpdateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        archived: bool | None | UnsetType = UNSET,
        repeatable: bool | None | UnsetType = UNSET,
        leaderboard: str | None | UnsetType = UNSET,
        leaderboard_v2: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeResponse:
        """gameCenterChallenges_updateInstance

        PATCH /v1/gameCenterChallenges/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterchallenges-_id_
        """
        from ascapi.models.game_center_challenge_response import GameCenterChallengeResponse

        body = _support.document(
            body,
            reference_name is not UNSET
            or archived is not UNSET
            or repeatable is not UNSET
            or leaderboard is not UNSET
            or leaderboard_v2 is not UNSET,
            "gameCenterChallenges",
            id,
            {"referenceName": reference_name, "archived": archived, "repeatable": repeatable},
            {
                "leaderboard": ("gameCenterLeaderboards", False, leaderboard),
                "leaderboardV2": ("gameCenterLeaderboards", False, leaderboard_v2),
            },
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterChallenges/{id}", id=id),
            body=body,
            response_type=GameCenterChallengeResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterChallengesLeaderboard(AsyncAPIResource):
    """``client.game_center_challenges.leaderboard``: /v1/gameCenterChallenges"""

    async def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterChallengeLeaderboardLinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterChallenges_leaderboard_updateToOneRelationship

        PATCH /v1/gameCenterChallenges/{id}/relationships/leaderboard

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterchallenges-_id_-relationships-leaderboard
        """
        if body is None:
            body = _support.linkage("gameCenterLeaderboards", related_id)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterChallenges/{id}/relationships/leaderboard", id=id),
            body=body,
            deprecated="gameCenterChallenges_leaderboard_updateToOneRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterChallengesLeaderboardV2(AsyncAPIResource):
    """``client.game_center_challenges.leaderboard_v2``: /v1/gameCenterChallenges"""

    async def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: GameCenterChallengeLeaderboardV2LinkageRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterChallenges_leaderboardV2_updateToOneRelationship

        PATCH /v1/gameCenterChallenges/{id}/relationships/leaderboardV2

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterchallenges-_id_-relationships-leaderboardv2
        """
        if body is None:
            body = _support.linkage("gameCenterLeaderboards", related_id)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterChallenges/{id}/relationships/leaderboardV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterChallengesVersions(AsyncAPIResource):
    """``client.game_center_challenges.versions``: /v1/gameCenterChallenges"""

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
        GameCenterChallengeVersionsLinkagesResponse, GameCenterChallengeVersionsLinkagesResponseData
    ]:
        """gameCenterChallenges_versions_getToManyRelationship

        GET /v1/gameCenterChallenges/{id}/relationships/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_-relationships-versions
        """
        from ascapi.models.game_center_challenge_versions_linkages_response import (
            GameCenterChallengeVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterChallenges/{id}/relationships/versions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterChallengeVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_challenge_versions: Sequence[_Enum4] | None = None,
        fields_game_center_challenges: Sequence[_Enum1] | None = None,
        fields_game_center_challenge_localizations: Sequence[_Enum7] | None = None,
        fields_game_center_challenge_version_releases: Sequence[_Enum8] | None = None,
        fields_game_center_challenge_images: Sequence[_Enum9] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum10] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterChallengeVersionsResponse, GameCenterChallengeVersion]:
        """gameCenterChallenges_versions_getToManyRelated

        GET /v1/gameCenterChallenges/{id}/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_-versions
        """
        from ascapi.models.game_center_challenge_versions_response import (
            GameCenterChallengeVersionsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterChallenges/{id}/versions", id=id),
            params={
                "fields[gameCenterChallengeVersions]": fields_game_center_challenge_versions,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "fields[gameCenterChallengeLocalizations]": fields_game_center_challenge_localizations,
                "fields[gameCenterChallengeVersionReleases]": fields_game_center_challenge_version_releases,
                "fields[gameCenterChallengeImages]": fields_game_center_challenge_images,
                "limit": limit,
                "include": include,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[localizations]": 50, "limit[releases]": 50},
            response_type=GameCenterChallengeVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
