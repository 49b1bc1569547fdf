# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_leaderboard_versions_v2`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_leaderboard_localization_v2 import (
        GameCenterLeaderboardLocalizationV2,
    )
    from ascapi.models.game_center_leaderboard_localizations_v2_response import (
        GameCenterLeaderboardLocalizationsV2Response,
    )
    from ascapi.models.game_center_leaderboard_version_v2_create_request import (
        GameCenterLeaderboardVersionV2CreateRequest,
    )
    from ascapi.models.game_center_leaderboard_version_v2_localizations_linkages_response import (
        GameCenterLeaderboardVersionV2LocalizationsLinkagesResponse,
        GameCenterLeaderboardVersionV2LocalizationsLinkagesResponseData,
    )
    from ascapi.models.game_center_leaderboard_version_v2_response import (
        GameCenterLeaderboardVersionV2Response,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["version", "state", "leaderboard", "localizations"]
    _Enum1 = Literal[
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
    _Enum2 = Literal[
        "locale",
        "name",
        "formatterOverride",
        "formatterSuffix",
        "formatterSuffixSingular",
        "description",
        "version",
        "image",
    ]
    _Enum3 = Literal["leaderboard", "localizations"]
    _Enum4 = Literal[
        "fileSize",
        "fileName",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
        "localization",
    ]
    _Enum5 = Literal["version", "image"]


class GameCenterLeaderboardVersionsV2(SyncAPIResource):
    """``client.game_center_leaderboard_versions_v2``: /v2/gameCenterLeaderboardVersions"""

    @cached_property
    def localizations(self) -> GameCenterLeaderboardVersionsV2Localizations:
        return GameCenterLeaderboardVersionsV2Localizations(self._client)

    def create(
        self,
        *,
        body: GameCenterLeaderboardVersionV2CreateRequest | Mapping[str, Any] | None = None,
        leaderboard: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardVersionV2Response:
        """gameCenterLeaderboardVersionsV2_createInstance

        POST /v2/gameCenterLeaderboardVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardversions
        """
        from ascapi.models.game_center_leaderboard_version_v2_response import (
            GameCenterLeaderboardVersionV2Response,
        )

        body = _support.document(
            body,
            leaderboard is not UNSET,
            "gameCenterLeaderboardVersions",
            None,
            {},
            {"leaderboard": ("gameCenterLeaderboards", False, leaderboard)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v2/gameCenterLeaderboardVersions",
            body=body,
            response_type=GameCenterLeaderboardVersionV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_versions: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboard_localizations: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardVersionV2Response:
        """gameCenterLeaderboardVersionsV2_getInstance

        GET /v2/gameCenterLeaderboardVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardversions-_id_
        """
        from ascapi.models.game_center_leaderboard_version_v2_response import (
            GameCenterLeaderboardVersionV2Response,
        )

        return self._client._call(
            "GET",
            path("/v2/gameCenterLeaderboardVersions/{id}", id=id),
            params={
                "fields[gameCenterLeaderboardVersions]": fields_game_center_leaderboard_versions,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "include": include,
                "limit[localizations]": limit_localizations,
            },
            maxima={"limit[localizations]": 50},
            response_type=GameCenterLeaderboardVersionV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardVersionsV2Localizations(SyncAPIResource):
    """``client.game_center_leaderboard_versions_v2.localizations``: /v2/gameCenterLeaderboardVersions"""

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
        GameCenterLeaderboardVersionV2LocalizationsLinkagesResponse,
        GameCenterLeaderboardVersionV2LocalizationsLinkagesResponseData,
    ]:
        """gameCenterLeaderboardVersionsV2_localizations_getToManyRelationship

        GET /v2/gameCenterLeaderboardVersions/{id}/relationships/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardversions-_id_-relationships-localizations
        """
        from ascapi.models.game_center_leaderboard_version_v2_localizations_linkages_response import (
            GameCenterLeaderboardVersionV2LocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/gameCenterLeaderboardVersions/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterLeaderboardVersionV2LocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_localizations: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_versions: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_images: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterLeaderboardLocalizationsV2Response, GameCenterLeaderboardLocalizationV2]:
        """gameCenterLeaderboardVersionsV2_localizations_getToManyRelated

        GET /v2/gameCenterLeaderboardVersions/{id}/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardversions-_id_-localizations
        """
        from ascapi.models.game_center_leaderboard_localizations_v2_response import (
            GameCenterLeaderboardLocalizationsV2Response,
        )

        return self._client._get_page(
            path("/v2/gameCenterLeaderboardVersions/{id}/localizations", id=id),
            params={
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "fields[gameCenterLeaderboardVersions]": fields_game_center_leaderboard_versions,
                "fields[gameCenterLeaderboardImages]": fields_game_center_leaderboard_images,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterLeaderboardLocalizationsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardVersionsV2(AsyncAPIResource):
    """``client.game_center_leaderboard_versions_v2``: /v2/gameCenterLeaderboardVersions"""

    @cached_property
    def localizations(self) -> AsyncGameCenterLeaderboardVersionsV2Localizations:
        return AsyncGameCenterLeaderboardVersionsV2Localizations(self._client)

    async def create(
        self,
        *,
        body: GameCenterLeaderboardVersionV2CreateRequest | Mapping[str, Any] | None = None,
        leaderboard: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardVersionV2Response:
        """gameCenterLeaderboardVersionsV2_createInstance

        POST /v2/gameCenterLeaderboardVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardversions
        """
        from ascapi.models.game_center_leaderboard_version_v2_response import (
            GameCenterLeaderboardVersionV2Response,
        )

        body = _support.document(
            body,
            leaderboard is not UNSET,
            "gameCenterLeaderboardVersions",
            None,
            {},
            {"leaderboard": ("gameCenterLeaderboards", False, leaderboard)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v2/gameCenterLeaderboardVersions",
            body=body,
            response_type=GameCenterLeaderboardVersionV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_versions: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboard_localizations: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardVersionV2Response:
        """gameCenterLeaderboardVersionsV2_getInstance

        GET /v2/gameCenterLeaderboardVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardversions-_id_
        """
        from ascapi.models.game_center_leaderboard_version_v2_response import (
            GameCenterLeaderboardVersionV2Response,
        )

        return await self._client._call(
            "GET",
            path("/v2/gameCenterLeaderboardVersions/{id}", id=id),
            params={
                "fields[gameCenterLeaderboardVersions]": fields_game_center_leaderboard_versions,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "include": include,
                "limit[localizations]": limit_localizations,
            },
            maxima={"limit[localizations]": 50},
            response_type=GameCenterLeaderboardVersionV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardVersionsV2Localizations(AsyncAPIResource):
    """``client.game_center_leaderboard_versions_v2.localizations``: /v2/gameCenterLeaderboardVersions"""

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
        GameCenterLeaderboardVersionV2LocalizationsLinkagesResponse,
        GameCenterLeaderboardVersionV2LocalizationsLinkagesResponseData,
    ]:
        """gameCenterLeaderboardVersionsV2_localizations_getToManyRelationship

        GET /v2/gameCenterLeaderboardVersions/{id}/relationships/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardversions-_id_-relationships-localizations
        """
        from ascapi.models.game_center_leaderboard_version_v2_localizations_linkages_response import (
            GameCenterLeaderboardVersionV2LocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/gameCenterLeaderboardVersions/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterLeaderboardVersionV2LocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_localizations: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_versions: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_images: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterLeaderboardLocalizationsV2Response, GameCenterLeaderboardLocalizationV2
    ]:
        """gameCenterLeaderboardVersionsV2_localizations_getToManyRelated

        GET /v2/gameCenterLeaderboardVersions/{id}/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardversions-_id_-localizations
        """
        from ascapi.models.game_center_leaderboard_localizations_v2_response import (
            GameCenterLeaderboardLocalizationsV2Response,
        )

        return self._client._get_page(
            path("/v2/gameCenterLeaderboardVersions/{id}/localizations", id=id),
            params={
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "fields[gameCenterLeaderboardVersions]": fields_game_center_leaderboard_versions,
                "fields[gameCenterLeaderboardImages]": fields_game_center_leaderboard_images,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterLeaderboardLocalizationsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )
