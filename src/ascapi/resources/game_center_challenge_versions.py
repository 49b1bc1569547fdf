# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_challenge_versions`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_challenge_image_response import GameCenterChallengeImageResponse
    from ascapi.models.game_center_challenge_localization import GameCenterChallengeLocalization
    from ascapi.models.game_center_challenge_localizations_response import (
        GameCenterChallengeLocalizationsResponse,
    )
    from ascapi.models.game_center_challenge_version_create_request import (
        GameCenterChallengeVersionCreateRequest,
    )
    from ascapi.models.game_center_challenge_version_default_image_linkage_response import (
        GameCenterChallengeVersionDefaultImageLinkageResponse,
    )
    from ascapi.models.game_center_challenge_version_localizations_linkages_response import (
        GameCenterChallengeVersionLocalizationsLinkagesResponse,
        GameCenterChallengeVersionLocalizationsLinkagesResponseData,
    )
    from ascapi.models.game_center_challenge_version_response import (
        GameCenterChallengeVersionResponse,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["version", "state", "challenge", "localizations", "releases", "defaultImage"]
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
    _Enum2 = Literal["locale", "name", "description", "version", "image"]
    _Enum3 = Literal["version"]
    _Enum4 = Literal["fileSize", "fileName", "imageAsset", "uploadOperations", "assetDeliveryState"]
    _Enum5 = Literal["challenge", "localizations", "releases", "defaultImage"]
    _Enum6 = Literal["version", "image"]


class GameCenterChallengeVersions(SyncAPIResource):
    """``client.game_center_challenge_versions``: /v1/gameCenterChallengeVersions"""

    @cached_property
    def default_image(self) -> GameCenterChallengeVersionsDefaultImage:
        return GameCenterChallengeVersionsDefaultImage(self._client)

    @cached_property
    def localizations(self) -> GameCenterChallengeVersionsLocalizations:
        return GameCenterChallengeVersionsLocalizations(self._client)

    def create(
        self,
        *,
        body: GameCenterChallengeVersionCreateRequest | Mapping[str, Any] | None = None,
        challenge: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeVersionResponse:
        """gameCenterChallengeVersions_createInstance

        POST /v1/gameCenterChallengeVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterchallengeversions
        """
        from ascapi.models.game_center_challenge_version_response import (
            GameCenterChallengeVersionResponse,
        )

        body = _support.document(
            body,
            challenge is not UNSET,
            "gameCenterChallengeVersions",
            None,
            {},
            {"challenge": ("gameCenterChallenges", False, challenge)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterChallengeVersions",
            body=body,
            response_type=GameCenterChallengeVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_challenge_versions: Sequence[_Enum0] | None = None,
        fields_game_center_challenges: Sequence[_Enum1] | None = None,
        fields_game_center_challenge_localizations: Sequence[_Enum2] | None = None,
        fields_game_center_challenge_version_releases: Sequence[_Enum3] | None = None,
        fields_game_center_challenge_images: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeVersionResponse:
        """gameCenterChallengeVersions_getInstance

        GET /v1/gameCenterChallengeVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_
        """
        from ascapi.models.game_center_challenge_version_response import (
            GameCenterChallengeVersionResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterChallengeVersions/{id}", id=id),
            params={
                "fields[gameCenterChallengeVersions]": fields_game_center_challenge_versions,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "fields[gameCenterChallengeLocalizations]": fields_game_center_challenge_localizations,
                "fields[gameCenterChallengeVersionReleases]": fields_game_center_challenge_version_releases,
                "fields[gameCenterChallengeImages]": fields_game_center_challenge_images,
                "include": include,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
            },
            maxima={"limit[localizations]": 50, "limit[releases]": 50},
            response_type=GameCenterChallengeVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterChallengeVersionsDefaultImage(SyncAPIResource):
    """``client.game_center_challenge_versions.default_image``: /v1/gameCenterChallengeVersions"""

    def get(
        self,
        id: str,
        *,
        fields_game_center_challenge_images: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeImageResponse:
        """gameCenterChallengeVersions_defaultImage_getToOneRelated

        GET /v1/gameCenterChallengeVersions/{id}/defaultImage

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-defaultimage
        """
        from ascapi.models.game_center_challenge_image_response import (
            GameCenterChallengeImageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterChallengeVersions/{id}/defaultImage", id=id),
            params={"fields[gameCenterChallengeImages]": fields_game_center_challenge_images},
            response_type=GameCenterChallengeImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeVersionDefaultImageLinkageResponse:
        """gameCenterChallengeVersions_defaultImage_getToOneRelationship

        GET /v1/gameCenterChallengeVersions/{id}/relationships/defaultImage

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-relationships-defaultimage
        """
        from ascapi.models.game_center_challenge_version_default_image_linkage_response import (
            GameCenterChallengeVersionDefaultImageLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterChallengeVersions/{id}/relationships/defaultImage", id=id),
            response_type=GameCenterChallengeVersionDefaultImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterChallengeVersionsLocalizations(SyncAPIResource):
    """``client.game_center_challenge_versions.localizations``: /v1/gameCenterChallengeVersions"""

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
        GameCenterChallengeVersionLocalizationsLinkagesResponse,
        GameCenterChallengeVersionLocalizationsLinkagesResponseData,
    ]:
        """gameCenterChallengeVersions_localizations_getToManyRelationship

        GET /v1/gameCenterChallengeVersions/{id}/relationships/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-relationships-localizations
        """
        from ascapi.models.game_center_challenge_version_localizations_linkages_response import (
            GameCenterChallengeVersionLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterChallengeVersions/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterChallengeVersionLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_challenge_localizations: Sequence[_Enum2] | None = None,
        fields_game_center_challenge_versions: Sequence[_Enum0] | None = None,
        fields_game_center_challenge_images: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum6] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterChallengeLocalizationsResponse, GameCenterChallengeLocalization]:
        """gameCenterChallengeVersions_localizations_getToManyRelated

        GET /v1/gameCenterChallengeVersions/{id}/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-localizations
        """
        from ascapi.models.game_center_challenge_localizations_response import (
            GameCenterChallengeLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterChallengeVersions/{id}/localizations", id=id),
            params={
                "fields[gameCenterChallengeLocalizations]": fields_game_center_challenge_localizations,
                "fields[gameCenterChallengeVersions]": fields_game_center_challenge_versions,
                "fields[gameCenterChallengeImages]": fields_game_center_challenge_images,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterChallengeLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterChallengeVersions(AsyncAPIResource):
    """``client.game_center_challenge_versions``: /v1/gameCenterChallengeVersions"""

    @cached_property
    def default_image(self) -> AsyncGameCenterChallengeVersionsDefaultImage:
        return AsyncGameCenterChallengeVersionsDefaultImage(self._client)

    @cached_property
    def localizations(self) -> AsyncGameCenterChallengeVersionsLocalizations:
        return AsyncGameCenterChallengeVersionsLocalizations(self._client)

    async def create(
        self,
        *,
        body: GameCenterChallengeVersionCreateRequest | Mapping[str, Any] | None = None,
        challenge: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeVersionResponse:
        """gameCenterChallengeVersions_createInstance

        POST /v1/gameCenterChallengeVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterchallengeversions
        """
        from ascapi.models.game_center_challenge_version_response import (
            GameCenterChallengeVersionResponse,
        )

        body = _support.document(
            body,
            challenge is not UNSET,
            "gameCenterChallengeVersions",
            None,
            {},
            {"challenge": ("gameCenterChallenges", False, challenge)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterChallengeVersions",
            body=body,
            response_type=GameCenterChallengeVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_challenge_versions: Sequence[_Enum0] | None = None,
        fields_game_center_challenges: Sequence[_Enum1] | None = None,
        fields_game_center_challenge_localizations: Sequence[_Enum2] | None = None,
        fields_game_center_challenge_version_releases: Sequence[_Enum3] | None = None,
        fields_game_center_challenge_images: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeVersionResponse:
        """gameCenterChallengeVersions_getInstance

        GET /v1/gameCenterChallengeVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_
        """
        from ascapi.models.game_center_challenge_version_response import (
            GameCenterChallengeVersionResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterChallengeVersions/{id}", id=id),
            params={
                "fields[gameCenterChallengeVersions]": fields_game_center_challenge_versions,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "fields[gameCenterChallengeLocalizations]": fields_game_center_challenge_localizations,
                "fields[gameCenterChallengeVersionReleases]": fields_game_center_challenge_version_releases,
                "fields[gameCenterChallengeImages]": fields_game_center_challenge_images,
                "include": include,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
            },
            maxima={"limit[localizations]": 50, "limit[releases]": 50},
            response_type=GameCenterChallengeVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterChallengeVersionsDefaultImage(AsyncAPIResource):
    """``client.game_center_challenge_versions.default_image``: /v1/gameCenterChallengeVersions"""

    async def get(
        self,
        id: str,
        *,
        fields_game_center_challenge_images: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeImageResponse:
        """gameCenterChallengeVersions_defaultImage_getToOneRelated

        GET /v1/gameCenterChallengeVersions/{id}/defaultImage

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-defaultimage
        """
        from ascapi.models.game_center_challenge_image_response import (
            GameCenterChallengeImageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterChallengeVersions/{id}/defaultImage", id=id),
            params={"fields[gameCenterChallengeImages]": fields_game_center_challenge_images},
            response_type=GameCenterChallengeImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeVersionDefaultImageLinkageResponse:
        """gameCenterChallengeVersions_defaultImage_getToOneRelationship

        GET /v1/gameCenterChallengeVersions/{id}/relationships/defaultImage

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-relationships-defaultimage
        """
        from ascapi.models.game_center_challenge_version_default_image_linkage_response import (
            GameCenterChallengeVersionDefaultImageLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterChallengeVersions/{id}/relationships/defaultImage", id=id),
            response_type=GameCenterChallengeVersionDefaultImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterChallengeVersionsLocalizations(AsyncAPIResource):
    """``client.game_center_challenge_versions.localizations``: /v1/gameCenterChallengeVersions"""

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
        GameCenterChallengeVersionLocalizationsLinkagesResponse,
        GameCenterChallengeVersionLocalizationsLinkagesResponseData,
    ]:
        """gameCenterChallengeVersions_localizations_getToManyRelationship

        GET /v1/gameCenterChallengeVersions/{id}/relationships/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-relationships-localizations
        """
        from ascapi.models.game_center_challenge_version_localizations_linkages_response import (
            GameCenterChallengeVersionLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterChallengeVersions/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterChallengeVersionLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_challenge_localizations: Sequence[_Enum2] | None = None,
        fields_game_center_challenge_versions: Sequence[_Enum0] | None = None,
        fields_game_center_challenge_images: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum6] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterChallengeLocalizationsResponse, GameCenterChallengeLocalization]:
        """gameCenterChallengeVersions_localizations_getToManyRelated

        GET /v1/gameCenterChallengeVersions/{id}/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-localizations
        """
        from ascapi.models.game_center_challenge_localizations_response import (
            GameCenterChallengeLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterChallengeVersions/{id}/localizations", id=id),
            params={
                "fields[gameCenterChallengeLocalizations]": fields_game_center_challenge_localizations,
                "fields[gameCenterChallengeVersions]": fields_game_center_challenge_versions,
                "fields[gameCenterChallengeImages]": fields_game_center_challenge_images,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterChallengeLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
