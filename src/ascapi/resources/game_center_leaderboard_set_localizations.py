# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_leaderboard_set_localizations`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_leaderboard_set_image_response import (
        GameCenterLeaderboardSetImageResponse,
    )
    from ascapi.models.game_center_leaderboard_set_localization_create_request import (
        GameCenterLeaderboardSetLocalizationCreateRequest,
    )
    from ascapi.models.game_center_leaderboard_set_localization_game_center_leaderboard_set_image_linkage_response import (
        GameCenterLeaderboardSetLocalizationGameCenterLeaderboardSetImageLinkageResponse,
    )
    from ascapi.models.game_center_leaderboard_set_localization_response import (
        GameCenterLeaderboardSetLocalizationResponse,
    )
    from ascapi.models.game_center_leaderboard_set_localization_update_request import (
        GameCenterLeaderboardSetLocalizationUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["locale", "name", "gameCenterLeaderboardSet", "gameCenterLeaderboardSetImage"]
    _Enum1 = Literal[
        "referenceName",
        "vendorIdentifier",
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboardSet",
        "localizations",
        "gameCenterLeaderboards",
        "releases",
    ]
    _Enum2 = Literal[
        "fileSize",
        "fileName",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
        "gameCenterLeaderboardSetLocalization",
    ]
    _Enum3 = Literal["gameCenterLeaderboardSet", "gameCenterLeaderboardSetImage"]
    _Enum4 = Literal["gameCenterLeaderboardSetLocalization"]


class GameCenterLeaderboardSetLocalizations(SyncAPIResource):
    """``client.game_center_leaderboard_set_localizations``: /v1/gameCenterLeaderboardSetLocalizations"""

    @cached_property
    def game_center_leaderboard_set_image(
        self,
    ) -> GameCenterLeaderboardSetLocalizationsGameCenterLeaderboardSetImage:
        return GameCenterLeaderboardSetLocalizationsGameCenterLeaderboardSetImage(self._client)

    def create(
        self,
        *,
        body: GameCenterLeaderboardSetLocalizationCreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        game_center_leaderboard_set: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetLocalizationResponse:
        """gameCenterLeaderboardSetLocalizations_createInstance

        POST /v1/gameCenterLeaderboardSetLocalizations

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardsetlocalizations
        """
        from ascapi.models.game_center_leaderboard_set_localization_response import (
            GameCenterLeaderboardSetLocalizationResponse,
        )

        body = _support.document(
            body,
            locale is not UNSET or name is not UNSET or game_center_leaderboard_set is not UNSET,
            "gameCenterLeaderboardSetLocalizations",
            None,
            {"locale": locale, "name": name},
            {
                "gameCenterLeaderboardSet": (
                    "gameCenterLeaderboardSets",
                    False,
                    game_center_leaderboard_set,
                )
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterLeaderboardSetLocalizations",
            body=body,
            deprecated="gameCenterLeaderboardSetLocalizations_createInstance",
            response_type=GameCenterLeaderboardSetLocalizationResponse,
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
        """gameCenterLeaderboardSetLocalizations_deleteInstance

        DELETE /v1/gameCenterLeaderboardSetLocalizations/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardsetlocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterLeaderboardSetLocalizations/{id}", id=id),
            deprecated="gameCenterLeaderboardSetLocalizations_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboard_set_images: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetLocalizationResponse:
        """gameCenterLeaderboardSetLocalizations_getInstance

        GET /v1/gameCenterLeaderboardSetLocalizations/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetlocalizations-_id_
        """
        from ascapi.models.game_center_leaderboard_set_localization_response import (
            GameCenterLeaderboardSetLocalizationResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboardSetLocalizations/{id}", id=id),
            params={
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterLeaderboardSetImages]": fields_game_center_leaderboard_set_images,
                "include": include,
            },
            deprecated="gameCenterLeaderboardSetLocalizations_getInstance",
            response_type=GameCenterLeaderboardSetLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterLeaderboardSetLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetLocalizationResponse:
        """gameCenterLeaderboardSetLocalizations_updateInstance

        PATCH /v1/gameCenterLeaderboardSetLocalizations/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardsetlocalizations-_id_
        """
        from ascapi.models.game_center_leaderboard_set_localization_response import (
            GameCenterLeaderboardSetLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET,
            "gameCenterLeaderboardSetLocalizations",
            id,
            {"name": name},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterLeaderboardSetLocalizations/{id}", id=id),
            body=body,
            deprecated="gameCenterLeaderboardSetLocalizations_updateInstance",
            response_type=GameCenterLeaderboardSetLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardSetLocalizationsGameCenterLeaderboardSetImage(SyncAPIResource):
    """``client.game_center_leaderboard_set_localizations.game_center_leaderboard_set_image``: /v1/gameCenterLeaderboardSetLocalizations"""

    def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_set_images: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum0] | None = None,
        include: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetImageResponse:
        """gameCenterLeaderboardSetLocalizations_gameCenterLeaderboardSetImage_getToOneRelated

        GET /v1/gameCenterLeaderboardSetLocalizations/{id}/gameCenterLeaderboardSetImage

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetlocalizations-_id_-gamecenterleaderboardsetimage
        """
        from ascapi.models.game_center_leaderboard_set_image_response import (
            GameCenterLeaderboardSetImageResponse,
        )

        return self._client._call(
            "GET",
            path(
                "/v1/gameCenterLeaderboardSetLocalizations/{id}/gameCenterLeaderboardSetImage",
                id=id,
            ),
            params={
                "fields[gameCenterLeaderboardSetImages]": fields_game_center_leaderboard_set_images,
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "include": include,
            },
            deprecated="gameCenterLeaderboardSetLocalizations_gameCenterLeaderboardSetImage_getToOneRelated",
            response_type=GameCenterLeaderboardSetImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetLocalizationGameCenterLeaderboardSetImageLinkageResponse:
        """gameCenterLeaderboardSetLocalizations_gameCenterLeaderboardSetImage_getToOneRelationship

        GET /v1/gameCenterLeaderboardSetLocalizations/{id}/relationships/gameCenterLeaderboardSetImage

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetlocalizations-_id_-relationships-gamecenterleaderboardsetimage
        """
        from ascapi.models.game_center_leaderboard_set_localization_game_center_leaderboard_set_image_linkage_response import (
            GameCenterLeaderboardSetLocalizationGameCenterLeaderboardSetImageLinkageResponse,
        )

        return self._client._call(
            "GET",
            path(
                "/v1/gameCenterLeaderboardSetLocalizations/{id}/relationships/gameCenterLeaderboardSetImage",
                id=id,
            ),
            deprecated="gameCenterLeaderboardSetLocalizations_gameCenterLeaderboardSetImage_getToOneRelationship",
            response_type=GameCenterLeaderboardSetLocalizationGameCenterLeaderboardSetImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardSetLocalizations(AsyncAPIResource):
    """``client.game_center_leaderboard_set_localizations``: /v1/gameCenterLeaderboardSetLocalizations"""

    @cached_property
    def game_center_leaderboard_set_image(
        self,
    ) -> AsyncGameCenterLeaderboardSetLocalizationsGameCenterLeaderboardSetImage:
        return AsyncGameCenterLeaderboardSetLocalizationsGameCenterLeaderboardSetImage(self._client)

    async def create(
        self,
        *,
        body: GameCenterLeaderboardSetLocalizationCreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        game_center_leaderboard_set: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetLocalizationResponse:
        """gameCenterLeaderboardSetLocalizations_createInstance

        POST /v1/gameCenterLeaderboardSetLocalizations

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardsetlocalizations
        """
        from ascapi.models.game_center_leaderboard_set_localization_response import (
            GameCenterLeaderboardSetLocalizationResponse,
        )

        body = _support.document(
            body,
            locale is not UNSET or name is not UNSET or game_center_leaderboard_set is not UNSET,
            "gameCenterLeaderboardSetLocalizations",
            None,
            {"locale": locale, "name": name},
            {
                "gameCenterLeaderboardSet": (
                    "gameCenterLeaderboardSets",
                    False,
                    game_center_leaderboard_set,
                )
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterLeaderboardSetLocalizations",
            body=body,
            deprecated="gameCenterLeaderboardSetLocalizations_createInstance",
            response_type=GameCenterLeaderboardSetLocalizationResponse,
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
        """gameCenterLeaderboardSetLocalizations_deleteInstance

        DELETE /v1/gameCenterLeaderboardSetLocalizations/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardsetlocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterLeaderboardSetLocalizations/{id}", id=id),
            deprecated="gameCenterLeaderboardSetLocalizations_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboard_set_images: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetLocalizationResponse:
        """gameCenterLeaderboardSetLocalizations_getInstance

        GET /v1/gameCenterLeaderboardSetLocalizations/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetlocalizations-_id_
        """
        from ascapi.models.game_center_leaderboard_set_localization_response import (
            GameCenterLeaderboardSetLocalizationResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboardSetLocalizations/{id}", id=id),
            params={
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterLeaderboardSetImages]": fields_game_center_leaderboard_set_images,
                "include": include,
            },
            deprecated="gameCenterLeaderboardSetLocalizations_getInstance",
            response_type=GameCenterLeaderboardSetLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterLeaderboardSetLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetLocalizationResponse:
        """gameCenterLeaderboardSetLocalizations_updateInstance

        PATCH /v1/gameCenterLeaderboardSetLocalizations/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardsetlocalizations-_id_
        """
        from ascapi.models.game_center_leaderboard_set_localization_response import (
            GameCenterLeaderboardSetLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET,
            "gameCenterLeaderboardSetLocalizations",
            id,
            {"name": name},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterLeaderboardSetLocalizations/{id}", id=id),
            body=body,
            deprecated="gameCenterLeaderboardSetLocalizations_updateInstance",
            response_type=GameCenterLeaderboardSetLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardSetLocalizationsGameCenterLeaderboardSetImage(AsyncAPIResource):
    """``client.game_center_leaderboard_set_localizations.game_center_leaderboard_set_image``: /v1/gameCenterLeaderboardSetLocalizations"""

    async def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_set_images: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum0] | None = None,
        include: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetImageResponse:
        """gameCenterLeaderboardSetLocalizations_gameCenterLeaderboardSetImage_getToOneRelated

        GET /v1/gameCenterLeaderboardSetLocalizations/{id}/gameCenterLeaderboardSetImage

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetlocalizations-_id_-gamecenterleaderboardsetimage
        """
        from ascapi.models.game_center_leaderboard_set_image_response import (
            GameCenterLeaderboardSetImageResponse,
        )

        return await self._client._call(
            "GET",
            path(
                "/v1/gameCenterLeaderboardSetLocalizations/{id}/gameCenterLeaderboardSetImage",
                id=id,
            ),
            params={
                "fields[gameCenterLeaderboardSetImages]": fields_game_center_leaderboard_set_images,
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "include": include,
            },
            deprecated="gameCenterLeaderboardSetLocalizations_gameCenterLeaderboardSetImage_getToOneRelated",
            response_type=GameCenterLeaderboardSetImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetLocalizationGameCenterLeaderboardSetImageLinkageResponse:
        """gameCenterLeaderboardSetLocalizations_gameCenterLeaderboardSetImage_getToOneRelationship

        GET /v1/gameCenterLeaderboardSetLocalizations/{id}/relationships/gameCenterLeaderboardSetImage

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetlocalizations-_id_-relationships-gamecenterleaderboardsetimage
        """
        from ascapi.models.game_center_leaderboard_set_localization_game_center_leaderboard_set_image_linkage_response import (
            GameCenterLeaderboardSetLocalizationGameCenterLeaderboardSetImageLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path(
                "/v1/gameCenterLeaderboardSetLocalizations/{id}/relationships/gameCenterLeaderboardSetImage",
                id=id,
            ),
            deprecated="gameCenterLeaderboardSetLocalizations_gameCenterLeaderboardSetImage_getToOneRelationship",
            response_type=GameCenterLeaderboardSetLocalizationGameCenterLeaderboardSetImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
