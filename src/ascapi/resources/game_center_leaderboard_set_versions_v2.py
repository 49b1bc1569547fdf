# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_leaderboard_set_versions_v2`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_leaderboard_set_localization_v2 import (
        GameCenterLeaderboardSetLocalizationV2,
    )
    from ascapi.models.game_center_leaderboard_set_localizations_v2_response import (
        GameCenterLeaderboardSetLocalizationsV2Response,
    )
    from ascapi.models.game_center_leaderboard_set_version_v2_create_request import (
        GameCenterLeaderboardSetVersionV2CreateRequest,
    )
    from ascapi.models.game_center_leaderboard_set_version_v2_localizations_linkages_response import (
        GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponse,
        GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponseData,
    )
    from ascapi.models.game_center_leaderboard_set_version_v2_response import (
        GameCenterLeaderboardSetVersionV2Response,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["version", "state", "leaderboardSet", "localizations"]
    _Enum1 = Literal[
        "referenceName",
        "vendorIdentifier",
        "gameCenterDetail",
        "gameCenterGroup",
        "gameCenterLeaderboards",
        "versions",
    ]
    _Enum2 = Literal["locale", "name", "version", "image"]
    _Enum3 = Literal["leaderboardSet", "localizations"]
    _Enum4 = Literal[
        "fileSize",
        "fileName",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
        "localization",
    ]
    _Enum5 = Literal["version", "image"]


class GameCenterLeaderboardSetVersionsV2(SyncAPIResource):
    """``client.game_center_leaderboard_set_versions_v2``: /v2/gameCenterLeaderboardSetVersions"""

    @cached_property
    def localizations(self) -> GameCenterLeaderboardSetVersionsV2Localizations:
        return GameCenterLeaderboardSetVersionsV2Localizations(self._client)

    def create(
        self,
        *,
        body: GameCenterLeaderboardSetVersionV2CreateRequest | Mapping[str, Any] | None = None,
        leaderboard_set: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetVersionV2Response:
        """gameCenterLeaderboardSetVersionsV2_createInstance

        POST /v2/gameCenterLeaderboardSetVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardsetversions
        """
        from ascapi.models.game_center_leaderboard_set_version_v2_response import (
            GameCenterLeaderboardSetVersionV2Response,
        )

        body = _support.document(
            body,
            leaderboard_set is not UNSET,
            "gameCenterLeaderboardSetVersions",
            None,
            {},
            {"leaderboardSet": ("gameCenterLeaderboardSets", False, leaderboard_set)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v2/gameCenterLeaderboardSetVersions",
            body=body,
            response_type=GameCenterLeaderboardSetVersionV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_set_versions: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetVersionV2Response:
        """gameCenterLeaderboardSetVersionsV2_getInstance

        GET /v2/gameCenterLeaderboardSetVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetversions-_id_
        """
        from ascapi.models.game_center_leaderboard_set_version_v2_response import (
            GameCenterLeaderboardSetVersionV2Response,
        )

        return self._client._call(
            "GET",
            path("/v2/gameCenterLeaderboardSetVersions/{id}", id=id),
            params={
                "fields[gameCenterLeaderboardSetVersions]": fields_game_center_leaderboard_set_versions,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "include": include,
                "limit[localizations]": limit_localizations,
            },
            maxima={"limit[localizations]": 50},
            response_type=GameCenterLeaderboardSetVersionV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardSetVersionsV2Localizations(SyncAPIResource):
    """``client.game_center_leaderboard_set_versions_v2.localizations``: /v2/gameCenterLeaderboardSetVersions"""

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
        GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponse,
        GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponseData,
    ]:
        """gameCenterLeaderboardSetVersionsV2_localizations_getToManyRelationship

        GET /v2/gameCenterLeaderboardSetVersions/{id}/relationships/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetversions-_id_-relationships-localizations
        """
        from ascapi.models.game_center_leaderboard_set_version_v2_localizations_linkages_response import (
            GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/gameCenterLeaderboardSetVersions/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_set_versions: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_set_images: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterLeaderboardSetLocalizationsV2Response, GameCenterLeaderboardSetLocalizationV2
    ]:
        """gameCenterLeaderboardSetVersionsV2_localizations_getToManyRelated

        GET /v2/gameCenterLeaderboardSetVersions/{id}/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetversions-_id_-localizations
        """
        from ascapi.models.game_center_leaderboard_set_localizations_v2_response import (
            GameCenterLeaderboardSetLocalizationsV2Response,
        )

        return self._client._get_page(
            path("/v2/gameCenterLeaderboardSetVersions/{id}/localizations", id=id),
            params={
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "fields[gameCenterLeaderboardSetVersions]": fields_game_center_leaderboard_set_versions,
                "fields[gameCenterLeaderboardSetImages]": fields_game_center_leaderboard_set_images,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterLeaderboardSetLocalizationsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardSetVersionsV2(AsyncAPIResource):
    """``client.game_center_leaderboard_set_versions_v2``: /v2/gameCenterLeaderboardSetVersions"""

    @cached_property
    def localizations(self) -> AsyncGameCenterLeaderboardSetVersionsV2Localizations:
        return AsyncGameCenterLeaderboardSetVersionsV2Localizations(self._client)

    async def create(
        self,
        *,
        body: GameCenterLeaderboardSetVersionV2CreateRequest | Mapping[str, Any] | None = None,
        leaderboard_set: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetVersionV2Response:
        """gameCenterLeaderboardSetVersionsV2_createInstance

        POST /v2/gameCenterLeaderboardSetVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardsetversions
        """
        from ascapi.models.game_center_leaderboard_set_version_v2_response import (
            GameCenterLeaderboardSetVersionV2Response,
        )

        body = _support.document(
            body,
            leaderboard_set is not UNSET,
            "gameCenterLeaderboardSetVersions",
            None,
            {},
            {"leaderboardSet": ("gameCenterLeaderboardSets", False, leaderboard_set)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v2/gameCenterLeaderboardSetVersions",
            body=body,
            response_type=GameCenterLeaderboardSetVersionV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_set_versions: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetVersionV2Response:
        """gameCenterLeaderboardSetVersionsV2_getInstance

        GET /v2/gameCenterLeaderboardSetVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetversions-_id_
        """
        from ascapi.models.game_center_leaderboard_set_version_v2_response import (
            GameCenterLeaderboardSetVersionV2Response,
        )

        return await self._client._call(
            "GET",
            path("/v2/gameCenterLeaderboardSetVersions/{id}", id=id),
            params={
                "fields[gameCenterLeaderboardSetVersions]": fields_game_center_leaderboard_set_versions,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "include": include,
                "limit[localizations]": limit_localizations,
            },
            maxima={"limit[localizations]": 50},
            response_type=GameCenterLeaderboardSetVersionV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardSetVersionsV2Localizations(AsyncAPIResource):
    """``client.game_center_leaderboard_set_versions_v2.localizations``: /v2/gameCenterLeaderboardSetVersions"""

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
        GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponse,
        GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponseData,
    ]:
        """gameCenterLeaderboardSetVersionsV2_localizations_getToManyRelationship

        GET /v2/gameCenterLeaderboardSetVersions/{id}/relationships/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetversions-_id_-relationships-localizations
        """
        from ascapi.models.game_center_leaderboard_set_version_v2_localizations_linkages_response import (
            GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/gameCenterLeaderboardSetVersions/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_set_versions: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_set_images: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterLeaderboardSetLocalizationsV2Response, GameCenterLeaderboardSetLocalizationV2
    ]:
        """gameCenterLeaderboardSetVersionsV2_localizations_getToManyRelated

        GET /v2/gameCenterLeaderboardSetVersions/{id}/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetversions-_id_-localizations
        """
        from ascapi.models.game_center_leaderboard_set_localizations_v2_response import (
            GameCenterLeaderboardSetLocalizationsV2Response,
        )

        return self._client._get_page(
            path("/v2/gameCenterLeaderboardSetVersions/{id}/localizations", id=id),
            params={
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "fields[gameCenterLeaderboardSetVersions]": fields_game_center_leaderboard_set_versions,
                "fields[gameCenterLeaderboardSetImages]": fields_game_center_leaderboard_set_images,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterLeaderboardSetLocalizationsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )
