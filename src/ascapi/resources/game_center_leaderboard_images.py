# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_leaderboard_images`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_leaderboard_image_create_request import (
        GameCenterLeaderboardImageCreateRequest,
    )
    from ascapi.models.game_center_leaderboard_image_response import (
        GameCenterLeaderboardImageResponse,
    )
    from ascapi.models.game_center_leaderboard_image_update_request import (
        GameCenterLeaderboardImageUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "fileSize",
        "fileName",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
        "gameCenterLeaderboardLocalization",
    ]
    _Enum1 = Literal[
        "locale",
        "name",
        "formatterOverride",
        "formatterSuffix",
        "formatterSuffixSingular",
        "description",
        "gameCenterLeaderboard",
        "gameCenterLeaderboardImage",
    ]
    _Enum2 = Literal["gameCenterLeaderboardLocalization"]


class GameCenterLeaderboardImages(SyncAPIResource):
    """``client.game_center_leaderboard_images``: /v1/gameCenterLeaderboardImages"""

    def create(
        self,
        *,
        body: GameCenterLeaderboardImageCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        game_center_leaderboard_localization: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardImageResponse:
        """gameCenterLeaderboardImages_createInstance

        POST /v1/gameCenterLeaderboardImages

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardimages
        """
        from ascapi.models.game_center_leaderboard_image_response import (
            GameCenterLeaderboardImageResponse,
        )

        body = _support.document(
            body,
            file_size is not UNSET
            or file_name is not UNSET
            or game_center_leaderboard_localization is not UNSET,
            "gameCenterLeaderboardImages",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {
                "gameCenterLeaderboardLocalization": (
                    "gameCenterLeaderboardLocalizations",
                    False,
                    game_center_leaderboard_localization,
                )
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterLeaderboardImages",
            body=body,
            deprecated="gameCenterLeaderboardImages_createInstance",
            response_type=GameCenterLeaderboardImageResponse,
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
        """gameCenterLeaderboardImages_deleteInstance

        DELETE /v1/gameCenterLeaderboardImages/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardimages-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterLeaderboardImages/{id}", id=id),
            deprecated="gameCenterLeaderboardImages_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_images: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_localizations: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardImageResponse:
        """gameCenterLeaderboardImages_getInstance

        GET /v1/gameCenterLeaderboardImages/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardimages-_id_
        """
        from ascapi.models.game_center_leaderboard_image_response import (
            GameCenterLeaderboardImageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboardImages/{id}", id=id),
            params={
                "fields[gameCenterLeaderboardImages]": fields_game_center_leaderboard_images,
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "include": include,
            },
            deprecated="gameCenterLeaderboardImages_getInstance",
            response_type=GameCenterLeaderboardImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterLeaderboardImageUpdateRequest | Mapping[str, Any] | None = None,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardImageResponse:
        """gameCenterLeaderboardImages_updateInstance

        PATCH /v1/gameCenterLeaderboardImages/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardimages-_id_
        """
        from ascapi.models.game_center_leaderboard_image_response import (
            GameCenterLeaderboardImageResponse,
        )

        body = _support.document(
            body,
            uploaded is not UNSET,
            "gameCenterLeaderboardImages",
            id,
            {"uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterLeaderboardImages/{id}", id=id),
            body=body,
            deprecated="gameCenterLeaderboardImages_updateInstance",
            response_type=GameCenterLeaderboardImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardImages(AsyncAPIResource):
    """``client.game_center_leaderboard_images``: /v1/gameCenterLeaderboardImages"""

    async def create(
        self,
        *,
        body: GameCenterLeaderboardImageCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        game_center_leaderboard_localization: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardImageResponse:
        """gameCenterLeaderboardImages_createInstance

        POST /v1/gameCenterLeaderboardImages

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardimages
        """
        from ascapi.models.game_center_leaderboard_image_response import (
            GameCenterLeaderboardImageResponse,
        )

        body = _support.document(
            body,
            file_size is not UNSET
            or file_name is not UNSET
            or game_center_leaderboard_localization is not UNSET,
            "gameCenterLeaderboardImages",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {
                "gameCenterLeaderboardLocalization": (
                    "gameCenterLeaderboardLocalizations",
                    False,
                    game_center_leaderboard_localization,
                )
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterLeaderboardImages",
            body=body,
            deprecated="gameCenterLeaderboardImages_createInstance",
            response_type=GameCenterLeaderboardImageResponse,
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
        """gameCenterLeaderboardImages_deleteInstance

        DELETE /v1/gameCenterLeaderboardImages/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardimages-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterLeaderboardImages/{id}", id=id),
            deprecated="gameCenterLeaderboardImages_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_images: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_localizations: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardImageResponse:
        """gameCenterLeaderboardImages_getInstance

        GET /v1/gameCenterLeaderboardImages/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardimages-_id_
        """
        from ascapi.models.game_center_leaderboard_image_response import (
            GameCenterLeaderboardImageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboardImages/{id}", id=id),
            params={
                "fields[gameCenterLeaderboardImages]": fields_game_center_leaderboard_images,
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "include": include,
            },
            deprecated="gameCenterLeaderboardImages_getInstance",
            response_type=GameCenterLeaderboardImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterLeaderboardImageUpdateRequest | Mapping[str, Any] | None = None,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardImageResponse:
        """gameCenterLeaderboardImages_updateInstance

        PATCH /v1/gameCenterLeaderboardImages/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardimages-_id_
        """
        from ascapi.models.game_center_leaderboard_image_response import (
            GameCenterLeaderboardImageResponse,
        )

        body = _support.document(
            body,
            uploaded is not UNSET,
            "gameCenterLeaderboardImages",
            id,
            {"uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterLeaderboardImages/{id}", id=id),
            body=body,
            deprecated="gameCenterLeaderboardImages_updateInstance",
            response_type=GameCenterLeaderboardImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
