# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_activity_version_releases`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_activity_version_release_create_request import (
        GameCenterActivityVersionReleaseCreateRequest,
    )
    from ascapi.models.game_center_activity_version_release_response import (
        GameCenterActivityVersionReleaseResponse,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["version"]
    _Enum1 = Literal[
        "version", "state", "fallbackUrl", "activity", "localizations", "defaultImage", "releases"
    ]


class GameCenterActivityVersionReleases(SyncAPIResource):
    """``client.game_center_activity_version_releases``: /v1/gameCenterActivityVersionReleases"""

    def create(
        self,
        *,
        body: GameCenterActivityVersionReleaseCreateRequest | Mapping[str, Any] | None = None,
        game_center_detail: str | None | UnsetType = UNSET,
        version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityVersionReleaseResponse:
        """gameCenterActivityVersionReleases_createInstance

        POST /v1/gameCenterActivityVersionReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivityversionreleases
        """
        from ascapi.models.game_center_activity_version_release_response import (
            GameCenterActivityVersionReleaseResponse,
        )

        body = _support.document(
            body,
            game_center_detail is not UNSET or version is not UNSET,
            "gameCenterActivityVersionReleases",
            None,
            {},
            {
                "gameCenterDetail": ("gameCenterDetails", False, game_center_detail),
                "version": ("gameCenterActivityVersions", False, version),
            },
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterActivityVersionReleases",
            body=body,
            deprecated="gameCenterActivityVersionReleases_createInstance",
            response_type=GameCenterActivityVersionReleaseResponse,
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
        """gameCenterActivityVersionReleases_deleteInstance

        DELETE /v1/gameCenterActivityVersionReleases/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivityversionreleases-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterActivityVersionReleases/{id}", id=id),
            deprecated="gameCenterActivityVersionReleases_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_activity_version_releases: Sequence[_Enum0] | None = None,
        fields_game_center_activity_versions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityVersionReleaseResponse:
        """gameCenterActivityVersionReleases_getInstance

        GET /v1/gameCenterActivityVersionReleases/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversionreleases-_id_
        """
        from ascapi.models.game_center_activity_version_release_response import (
            GameCenterActivityVersionReleaseResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterActivityVersionReleases/{id}", id=id),
            params={
                "fields[gameCenterActivityVersionReleases]": fields_game_center_activity_version_releases,
                "fields[gameCenterActivityVersions]": fields_game_center_activity_versions,
                "include": include,
            },
            deprecated="gameCenterActivityVersionReleases_getInstance",
            response_type=GameCenterActivityVersionReleaseResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterActivityVersionReleases(AsyncAPIResource):
    """``client.game_center_activity_version_releases``: /v1/gameCenterActivityVersionReleases"""

    async def create(
        self,
        *,
        body: GameCenterActivityVersionReleaseCreateRequest | Mapping[str, Any] | None = None,
        game_center_detail: str | None | UnsetType = UNSET,
        version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityVersionReleaseResponse:
        """gameCenterActivityVersionReleases_createInstance

        POST /v1/gameCenterActivityVersionReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivityversionreleases
        """
        from ascapi.models.game_center_activity_version_release_response import (
            GameCenterActivityVersionReleaseResponse,
        )

        body = _support.document(
            body,
            game_center_detail is not UNSET or version is not UNSET,
            "gameCenterActivityVersionReleases",
            None,
            {},
            {
                "gameCenterDetail": ("gameCenterDetails", False, game_center_detail),
                "version": ("gameCenterActivityVersions", False, version),
            },
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterActivityVersionReleases",
            body=body,
            deprecated="gameCenterActivityVersionReleases_createInstance",
            response_type=GameCenterActivityVersionReleaseResponse,
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
        """gameCenterActivityVersionReleases_deleteInstance

        DELETE /v1/gameCenterActivityVersionReleases/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivityversionreleases-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterActivityVersionReleases/{id}", id=id),
            deprecated="gameCenterActivityVersionReleases_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_activity_version_releases: Sequence[_Enum0] | None = None,
        fields_game_center_activity_versions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityVersionReleaseResponse:
        """gameCenterActivityVersionReleases_getInstance

        GET /v1/gameCenterActivityVersionReleases/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversionreleases-_id_
        """
        from ascapi.models.game_center_activity_version_release_response import (
            GameCenterActivityVersionReleaseResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterActivityVersionReleases/{id}", id=id),
            params={
                "fields[gameCenterActivityVersionReleases]": fields_game_center_activity_version_releases,
                "fields[gameCenterActivityVersions]": fields_game_center_activity_versions,
                "include": include,
            },
            deprecated="gameCenterActivityVersionReleases_getInstance",
            response_type=GameCenterActivityVersionReleaseResponse,
            options=options(extra_headers, extra_query, timeout),
        )
