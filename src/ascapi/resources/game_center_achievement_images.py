# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_achievement_images`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_achievement_image_create_request import (
        GameCenterAchievementImageCreateRequest,
    )
    from ascapi.models.game_center_achievement_image_response import (
        GameCenterAchievementImageResponse,
    )
    from ascapi.models.game_center_achievement_image_update_request import (
        GameCenterAchievementImageUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "fileSize",
        "fileName",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
        "gameCenterAchievementLocalization",
    ]
    _Enum1 = Literal[
        "locale",
        "name",
        "beforeEarnedDescription",
        "afterEarnedDescription",
        "gameCenterAchievement",
        "gameCenterAchievementImage",
    ]
    _Enum2 = Literal["gameCenterAchievementLocalization"]


class GameCenterAchievementImages(SyncAPIResource):
    """``client.game_center_achievement_images``: /v1/gameCenterAchievementImages"""

    def create(
        self,
        *,
        body: GameCenterAchievementImageCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        game_center_achievement_localization: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementImageResponse:
        """gameCenterAchievementImages_createInstance

        POST /v1/gameCenterAchievementImages

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterachievementimages
        """
        from ascapi.models.game_center_achievement_image_response import (
            GameCenterAchievementImageResponse,
        )

        body = _support.document(
            body,
            file_size is not UNSET
            or file_name is not UNSET
            or game_center_achievement_localization is not UNSET,
            "gameCenterAchievementImages",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {
                "gameCenterAchievementLocalization": (
                    "gameCenterAchievementLocalizations",
                    False,
                    game_center_achievement_localization,
                )
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterAchievementImages",
            body=body,
            deprecated="gameCenterAchievementImages_createInstance",
            response_type=GameCenterAchievementImageResponse,
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
        """gameCenterAchievementImages_deleteInstance

        DELETE /v1/gameCenterAchievementImages/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterachievementimages-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterAchievementImages/{id}", id=id),
            deprecated="gameCenterAchievementImages_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_achievement_images: Sequence[_Enum0] | None = None,
        fields_game_center_achievement_localizations: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementImageResponse:
        """gameCenterAchievementImages_getInstance

        GET /v1/gameCenterAchievementImages/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementimages-_id_
        """
        from ascapi.models.game_center_achievement_image_response import (
            GameCenterAchievementImageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterAchievementImages/{id}", id=id),
            params={
                "fields[gameCenterAchievementImages]": fields_game_center_achievement_images,
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "include": include,
            },
            deprecated="gameCenterAchievementImages_getInstance",
            response_type=GameCenterAchievementImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterAchievementImageUpdateRequest | Mapping[str, Any] | None = None,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementImageResponse:
        """gameCenterAchievementImages_updateInstance

        PATCH /v1/gameCenterAchievementImages/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterachievementimages-_id_
        """
        from ascapi.models.game_center_achievement_image_response import (
            GameCenterAchievementImageResponse,
        )

        body = _support.document(
            body,
            uploaded is not UNSET,
            "gameCenterAchievementImages",
            id,
            {"uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterAchievementImages/{id}", id=id),
            body=body,
            deprecated="gameCenterAchievementImages_updateInstance",
            response_type=GameCenterAchievementImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterAchievementImages(AsyncAPIResource):
    """``client.game_center_achievement_images``: /v1/gameCenterAchievementImages"""

    async def create(
        self,
        *,
        body: GameCenterAchievementImageCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        game_center_achievement_localization: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementImageResponse:
        """gameCenterAchievementImages_createInstance

        POST /v1/gameCenterAchievementImages

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterachievementimages
        """
        from ascapi.models.game_center_achievement_image_response import (
            GameCenterAchievementImageResponse,
        )

        body = _support.document(
            body,
            file_size is not UNSET
            or file_name is not UNSET
            or game_center_achievement_localization is not UNSET,
            "gameCenterAchievementImages",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {
                "gameCenterAchievementLocalization": (
                    "gameCenterAchievementLocalizations",
                    False,
                    game_center_achievement_localization,
                )
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterAchievementImages",
            body=body,
            deprecated="gameCenterAchievementImages_createInstance",
            response_type=GameCenterAchievementImageResponse,
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
        """gameCenterAchievementImages_deleteInstance

        DELETE /v1/gameCenterAchievementImages/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterachievementimages-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterAchievementImages/{id}", id=id),
            deprecated="gameCenterAchievementImages_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_achievement_images: Sequence[_Enum0] | None = None,
        fields_game_center_achievement_localizations: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementImageResponse:
        """gameCenterAchievementImages_getInstance

        GET /v1/gameCenterAchievementImages/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementimages-_id_
        """
        from ascapi.models.game_center_achievement_image_response import (
            GameCenterAchievementImageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterAchievementImages/{id}", id=id),
            params={
                "fields[gameCenterAchievementImages]": fields_game_center_achievement_images,
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "include": include,
            },
            deprecated="gameCenterAchievementImages_getInstance",
            response_type=GameCenterAchievementImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterAchievementImageUpdateRequest | Mapping[str, Any] | None = None,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementImageResponse:
        """gameCenterAchievementImages_updateInstance

        PATCH /v1/gameCenterAchievementImages/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterachievementimages-_id_
        """
        from ascapi.models.game_center_achievement_image_response import (
            GameCenterAchievementImageResponse,
        )

        body = _support.document(
            body,
            uploaded is not UNSET,
            "gameCenterAchievementImages",
            id,
            {"uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterAchievementImages/{id}", id=id),
            body=body,
            deprecated="gameCenterAchievementImages_updateInstance",
            response_type=GameCenterAchievementImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
