# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_challenge_version_releases`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

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
    from ascapi.models.game_center_challenge_version_release_create_request import (
        GameCenterChallengeVersionReleaseCreateRequest,
    )
    from ascapi.models.game_center_challenge_version_release_response import (
        GameCenterChallengeVersionReleaseResponse,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["version"]
    _Enum1 = Literal["version", "state", "challenge", "localizations", "releases", "defaultImage"]


class GameCenterChallengeVersionReleases(SyncAPIResource):
    """``client.game_center_challenge_version_releases``: /v1/gameCenterChallengeVersionReleases"""

    def create(
        self,
        *,
        body: GameCenterChallengeVersionReleaseCreateRequest | Mapping[str, Any] | None = None,
        game_center_detail: str | None | UnsetType = UNSET,
        version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeVersionReleaseResponse:
        """gameCenterChallengeVersionReleases_createInstance

        POST /v1/gameCenterChallengeVersionReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterchallengeversionreleases
        """
        from ascapi.models.game_center_challenge_version_release_response import (
            GameCenterChallengeVersionReleaseResponse,
        )

        body = _support.document(
            body,
            game_center_detail is not UNSET or version is not UNSET,
            "gameCenterChallengeVersionReleases",
            None,
            {},
            {
                "gameCenterDetail": ("gameCenterDetails", False, game_center_detail),
                "version": ("gameCenterChallengeVersions", False, version),
            },
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterChallengeVersionReleases",
            body=body,
            deprecated="gameCenterChallengeVersionReleases_createInstance",
            response_type=GameCenterChallengeVersionReleaseResponse,
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
        """gameCenterChallengeVersionReleases_deleteInstance

        DELETE /v1/gameCenterChallengeVersionReleases/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterchallengeversionreleases-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterChallengeVersionReleases/{id}", id=id),
            deprecated="gameCenterChallengeVersionReleases_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_challenge_version_releases: Sequence[_Enum0] | None = None,
        fields_game_center_challenge_versions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeVersionReleaseResponse:
        """gameCenterChallengeVersionReleases_getInstance

        GET /v1/gameCenterChallengeVersionReleases/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversionreleases-_id_
        """
        from ascapi.models.game_center_challenge_version_release_response import (
            GameCenterChallengeVersionReleaseResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterChallengeVersionReleases/{id}", id=id),
            params={
                "fields[gameCenterChallengeVersionReleases]": fields_game_center_challenge_version_releases,
                "fields[gameCenterChallengeVersions]": fields_game_center_challenge_versions,
                "include": include,
            },
            deprecated="gameCenterChallengeVersionReleases_getInstance",
            response_type=GameCenterChallengeVersionReleaseResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterChallengeVersionReleases(AsyncAPIResource):
    """``client.game_center_challenge_version_releases``: /v1/gameCenterChallengeVersionReleases"""

    async def create(
        self,
        *,
        body: GameCenterChallengeVersionReleaseCreateRequest | Mapping[str, Any] | None = None,
        game_center_detail: str | None | UnsetType = UNSET,
        version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeVersionReleaseResponse:
        """gameCenterChallengeVersionReleases_createInstance

        POST /v1/gameCenterChallengeVersionReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterchallengeversionreleases
        """
        from ascapi.models.game_center_challenge_version_release_response import (
            GameCenterChallengeVersionReleaseResponse,
        )

        body = _support.document(
            body,
            game_center_detail is not UNSET or version is not UNSET,
            "gameCenterChallengeVersionReleases",
            None,
            {},
            {
                "gameCenterDetail": ("gameCenterDetails", False, game_center_detail),
                "version": ("gameCenterChallengeVersions", False, version),
            },
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterChallengeVersionReleases",
            body=body,
            deprecated="gameCenterChallengeVersionReleases_createInstance",
            response_type=GameCenterChallengeVersionReleaseResponse,
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
        """gameCenterChallengeVersionReleases_deleteInstance

        DELETE /v1/gameCenterChallengeVersionReleases/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterchallengeversionreleases-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterChallengeVersionReleases/{id}", id=id),
            deprecated="gameCenterChallengeVersionReleases_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_challenge_version_releases: Sequence[_Enum0] | None = None,
        fields_game_center_challenge_versions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeVersionReleaseResponse:
        """gameCenterChallengeVersionReleases_getInstance

        GET /v1/gameCenterChallengeVersionReleases/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversionreleases-_id_
        """
        from ascapi.models.game_center_challenge_version_release_response import (
            GameCenterChallengeVersionReleaseResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterChallengeVersionReleases/{id}", id=id),
            params={
                "fields[gameCenterChallengeVersionReleases]": fields_game_center_challenge_version_releases,
                "fields[gameCenterChallengeVersions]": fields_game_center_challenge_versions,
                "include": include,
            },
            deprecated="gameCenterChallengeVersionReleases_getInstance",
            response_type=GameCenterChallengeVersionReleaseResponse,
            options=options(extra_headers, extra_query, timeout),
        )
