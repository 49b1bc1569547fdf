# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_achievement_versions_v2`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_achievement_localization_v2 import (
        GameCenterAchievementLocalizationV2,
    )
    from ascapi.models.game_center_achievement_localizations_v2_response import (
        GameCenterAchievementLocalizationsV2Response,
    )
    from ascapi.models.game_center_achievement_version_v2_create_request import (
        GameCenterAchievementVersionV2CreateRequest,
    )
    from ascapi.models.game_center_achievement_version_v2_localizations_linkages_response import (
        GameCenterAchievementVersionV2LocalizationsLinkagesResponse,
        GameCenterAchievementVersionV2LocalizationsLinkagesResponseData,
    )
    from ascapi.models.game_center_achievement_version_v2_response import (
        GameCenterAchievementVersionV2Response,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["version", "state", "achievement", "localizations"]
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
        "activity",
        "versions",
    ]
    _Enum2 = Literal[
        "locale", "name", "beforeEarnedDescription", "afterEarnedDescription", "version", "image"
    ]
    _Enum3 = Literal["achievement", "localizations"]
    _Enum4 = Literal[
        "fileSize",
        "fileName",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
        "localization",
    ]
    _Enum5 = Literal["version", "image"]


class GameCenterAchievementVersionsV2(SyncAPIResource):
    """``client.game_center_achievement_versions_v2``: /v2/gameCenterAchievementVersions"""

    @cached_property
    def localizations(self) -> GameCenterAchievementVersionsV2Localizations:
        return GameCenterAchievementVersionsV2Localizations(self._client)

    def create(
        self,
        *,
        body: GameCenterAchievementVersionV2CreateRequest | Mapping[str, Any] | None = None,
        achievement: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementVersionV2Response:
        """gameCenterAchievementVersionsV2_createInstance

        POST /v2/gameCenterAchievementVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterachievementversions
        """
        from ascapi.models.game_center_achievement_version_v2_response import (
            GameCenterAchievementVersionV2Response,
        )

        body = _support.document(
            body,
            achievement is not UNSET,
            "gameCenterAchievementVersions",
            None,
            {},
            {"achievement": ("gameCenterAchievements", False, achievement)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v2/gameCenterAchievementVersions",
            body=body,
            response_type=GameCenterAchievementVersionV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_achievement_versions: Sequence[_Enum0] | None = None,
        fields_game_center_achievements: Sequence[_Enum1] | None = None,
        fields_game_center_achievement_localizations: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementVersionV2Response:
        """gameCenterAchievementVersionsV2_getInstance

        GET /v2/gameCenterAchievementVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievementversions-_id_
        """
        from ascapi.models.game_center_achievement_version_v2_response import (
            GameCenterAchievementVersionV2Response,
        )

        return self._client._call(
            "GET",
            path("/v2/gameCenterAchievementVersions/{id}", id=id),
            params={
                "fields[gameCenterAchievementVersions]": fields_game_center_achievement_versions,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "include": include,
                "limit[localizations]": limit_localizations,
            },
            maxima={"limit[localizations]": 50},
            response_type=GameCenterAchievementVersionV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterAchievementVersionsV2Localizations(SyncAPIResource):
    """``client.game_center_achievement_versions_v2.localizations``: /v2/gameCenterAchievementVersions"""

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
        GameCenterAchievementVersionV2LocalizationsLinkagesResponse,
        GameCenterAchievementVersionV2LocalizationsLinkagesResponseData,
    ]:
        """gameCenterAchievementVersionsV2_localizations_getToManyRelationship

        GET /v2/gameCenterAchievementVersions/{id}/relationships/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievementversions-_id_-relationships-localizations
        """
        from ascapi.models.game_center_achievement_version_v2_localizations_linkages_response import (
            GameCenterAchievementVersionV2LocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/gameCenterAchievementVersions/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterAchievementVersionV2LocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_achievement_localizations: Sequence[_Enum2] | None = None,
        fields_game_center_achievement_versions: Sequence[_Enum0] | None = None,
        fields_game_center_achievement_images: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterAchievementLocalizationsV2Response, GameCenterAchievementLocalizationV2]:
        """gameCenterAchievementVersionsV2_localizations_getToManyRelated

        GET /v2/gameCenterAchievementVersions/{id}/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievementversions-_id_-localizations
        """
        from ascapi.models.game_center_achievement_localizations_v2_response import (
            GameCenterAchievementLocalizationsV2Response,
        )

        return self._client._get_page(
            path("/v2/gameCenterAchievementVersions/{id}/localizations", id=id),
            params={
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "fields[gameCenterAchievementVersions]": fields_game_center_achievement_versions,
                "fields[gameCenterAchievementImages]": fields_game_center_achievement_images,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterAchievementLocalizationsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterAchievementVersionsV2(AsyncAPIResource):
    """``client.game_center_achievement_versions_v2``: /v2/gameCenterAchievementVersions"""

    @cached_property
    def localizations(self) -> AsyncGameCenterAchievementVersionsV2Localizations:
        return AsyncGameCenterAchievementVersionsV2Localizations(self._client)

    async def create(
        self,
        *,
        body: GameCenterAchievementVersionV2CreateRequest | Mapping[str, Any] | None = None,
        achievement: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementVersionV2Response:
        """gameCenterAchievementVersionsV2_createInstance

        POST /v2/gameCenterAchievementVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterachievementversions
        """
        from ascapi.models.game_center_achievement_version_v2_response import (
            GameCenterAchievementVersionV2Response,
        )

        body = _support.document(
            body,
            achievement is not UNSET,
            "gameCenterAchievementVersions",
            None,
            {},
            {"achievement": ("gameCenterAchievements", False, achievement)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v2/gameCenterAchievementVersions",
            body=body,
            response_type=GameCenterAchievementVersionV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_achievement_versions: Sequence[_Enum0] | None = None,
        fields_game_center_achievements: Sequence[_Enum1] | None = None,
        fields_game_center_achievement_localizations: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementVersionV2Response:
        """gameCenterAchievementVersionsV2_getInstance

        GET /v2/gameCenterAchievementVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievementversions-_id_
        """
        from ascapi.models.game_center_achievement_version_v2_response import (
            GameCenterAchievementVersionV2Response,
        )

        return await self._client._call(
            "GET",
            path("/v2/gameCenterAchievementVersions/{id}", id=id),
            params={
                "fields[gameCenterAchievementVersions]": fields_game_center_achievement_versions,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "include": include,
                "limit[localizations]": limit_localizations,
            },
            maxima={"limit[localizations]": 50},
            response_type=GameCenterAchievementVersionV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterAchievementVersionsV2Localizations(AsyncAPIResource):
    """``client.game_center_achievement_versions_v2.localizations``: /v2/gameCenterAchievementVersions"""

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
        GameCenterAchievementVersionV2LocalizationsLinkagesResponse,
        GameCenterAchievementVersionV2LocalizationsLinkagesResponseData,
    ]:
        """gameCenterAchievementVersionsV2_localizations_getToManyRelationship

        GET /v2/gameCenterAchievementVersions/{id}/relationships/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievementversions-_id_-relationships-localizations
        """
        from ascapi.models.game_center_achievement_version_v2_localizations_linkages_response import (
            GameCenterAchievementVersionV2LocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v2/gameCenterAchievementVersions/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterAchievementVersionV2LocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_achievement_localizations: Sequence[_Enum2] | None = None,
        fields_game_center_achievement_versions: Sequence[_Enum0] | None = None,
        fields_game_center_achievement_images: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterAchievementLocalizationsV2Response, GameCenterAchievementLocalizationV2
    ]:
        """gameCenterAchievementVersionsV2_localizations_getToManyRelated

        GET /v2/gameCenterAchievementVersions/{id}/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievementversions-_id_-localizations
        """
        from ascapi.models.game_center_achievement_localizations_v2_response import (
            GameCenterAchievementLocalizationsV2Response,
        )

        return self._client._get_page(
            path("/v2/gameCenterAchievementVersions/{id}/localizations", id=id),
            params={
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "fields[gameCenterAchievementVersions]": fields_game_center_achievement_versions,
                "fields[gameCenterAchievementImages]": fields_game_center_achievement_images,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterAchievementLocalizationsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )
