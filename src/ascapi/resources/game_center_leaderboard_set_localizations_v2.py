# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_leaderboard_set_localizations_v2`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_leaderboard_set_image_v2_response import (
        GameCenterLeaderboardSetImageV2Response,
    )
    from ascapi.models.game_center_leaderboard_set_localization_v2_create_request import (
        GameCenterLeaderboardSetLocalizationV2CreateRequest,
    )
    from ascapi.models.game_center_leaderboard_set_localization_v2_image_linkage_response import (
        GameCenterLeaderboardSetLocalizationV2ImageLinkageResponse,
    )
    from ascapi.models.game_center_leaderboard_set_localization_v2_response import (
        GameCenterLeaderboardSetLocalizationV2Response,
    )
    from ascapi.models.game_center_leaderboard_set_localization_v2_update_request import (
        GameCenterLeaderboardSetLocalizationV2UpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["locale", "name", "version", "image"]
    _Enum1 = Literal["version", "state", "leaderboardSet", "localizations"]
    _Enum2 = Literal[
        "fileSize",
        "fileName",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
        "localization",
    ]
    _Enum3 = Literal["version", "image"]
    _Enum4 = Literal["localization"]


class GameCenterLeaderboardSetLocalizationsV2(SyncAPIResource):
    """``client.game_center_leaderboard_set_localizations_v2``: /v2/gameCenterLeaderboardSetLocalizations"""

    @cached_property
    def image(self) -> GameCenterLeaderboardSetLocalizationsV2Image:
        return GameCenterLeaderboardSetLocalizationsV2Image(self._client)

    def create(
        self,
        *,
        body: GameCenterLeaderboardSetLocalizationV2CreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetLocalizationV2Response:
        """gameCenterLeaderboardSetLocalizationsV2_createInstance

        POST /v2/gameCenterLeaderboardSetLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardsetlocalizations
        """
        from ascapi.models.game_center_leaderboard_set_localization_v2_response import (
            GameCenterLeaderboardSetLocalizationV2Response,
        )

        body = _support.document(
            body,
            locale is not UNSET or name is not UNSET or version is not UNSET,
            "gameCenterLeaderboardSetLocalizations",
            None,
            {"locale": locale, "name": name},
            {"version": ("gameCenterLeaderboardSetVersions", False, version)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v2/gameCenterLeaderboardSetLocalizations",
            body=body,
            response_type=GameCenterLeaderboardSetLocalizationV2Response,
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
        """gameCenterLeaderboardSetLocalizationsV2_deleteInstance

        DELETE /v2/gameCenterLeaderboardSetLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboardsetlocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v2/gameCenterLeaderboardSetLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_set_versions: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboard_set_images: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetLocalizationV2Response:
        """gameCenterLeaderboardSetLocalizationsV2_getInstance

        GET /v2/gameCenterLeaderboardSetLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetlocalizations-_id_
        """
        from ascapi.models.game_center_leaderboard_set_localization_v2_response import (
            GameCenterLeaderboardSetLocalizationV2Response,
        )

        return self._client._call(
            "GET",
            path("/v2/gameCenterLeaderboardSetLocalizations/{id}", id=id),
            params={
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "fields[gameCenterLeaderboardSetVersions]": fields_game_center_leaderboard_set_versions,
                "fields[gameCenterLeaderboardSetImages]": fields_game_center_leaderboard_set_images,
                "include": include,
            },
            response_type=GameCenterLeaderboardSetLocalizationV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterLeaderboardSetLocalizationV2UpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetLocalizationV2Response:
        """gameCenterLeaderboardSetLocalizationsV2_updateInstance

        PATCH /v2/gameCenterLeaderboardSetLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboardsetlocalizations-_id_
        """
        from ascapi.models.game_center_leaderboard_set_localization_v2_response import (
            GameCenterLeaderboardSetLocalizationV2Response,
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
            path("/v2/gameCenterLeaderboardSetLocalizations/{id}", id=id),
            body=body,
            response_type=GameCenterLeaderboardSetLocalizationV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardSetLocalizationsV2Image(SyncAPIResource):
    """``client.game_center_leaderboard_set_localizations_v2.image``: /v2/gameCenterLeaderboardSetLocalizations"""

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
    ) -> GameCenterLeaderboardSetImageV2Response:
        """gameCenterLeaderboardSetLocalizationsV2_image_getToOneRelated

        GET /v2/gameCenterLeaderboardSetLocalizations/{id}/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetlocalizations-_id_-image
        """
        from ascapi.models.game_center_leaderboard_set_image_v2_response import (
            GameCenterLeaderboardSetImageV2Response,
        )

        return self._client._call(
            "GET",
            path("/v2/gameCenterLeaderboardSetLocalizations/{id}/image", id=id),
            params={
                "fields[gameCenterLeaderboardSetImages]": fields_game_center_leaderboard_set_images,
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "include": include,
            },
            response_type=GameCenterLeaderboardSetImageV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetLocalizationV2ImageLinkageResponse:
        """gameCenterLeaderboardSetLocalizationsV2_image_getToOneRelationship

        GET /v2/gameCenterLeaderboardSetLocalizations/{id}/relationships/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetlocalizations-_id_-relationships-image
        """
        from ascapi.models.game_center_leaderboard_set_localization_v2_image_linkage_response import (
            GameCenterLeaderboardSetLocalizationV2ImageLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v2/gameCenterLeaderboardSetLocalizations/{id}/relationships/image", id=id),
            response_type=GameCenterLeaderboardSetLocalizationV2ImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardSetLocalizationsV2(AsyncAPIResource):
    """``client.game_center_leaderboard_set_localizations_v2``: /v2/gameCenterLeaderboardSetLocalizations"""

    @cached_property
    def image(self) -> AsyncGameCenterLeaderboardSetLocalizationsV2Image:
        return AsyncGameCenterLeaderboardSetLocalizationsV2Image(self._client)

    async def create(
        self,
        *,
        body: GameCenterLeaderboardSetLocalizationV2CreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetLocalizationV2Response:
        """gameCenterLeaderboardSetLocalizationsV2_createInstance

        POST /v2/gameCenterLeaderboardSetLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardsetlocalizations
        """
        from ascapi.models.game_center_leaderboard_set_localization_v2_response import (
            GameCenterLeaderboardSetLocalizationV2Response,
        )

        body = _support.document(
            body,
            locale is not UNSET or name is not UNSET or version is not UNSET,
            "gameCenterLeaderboardSetLocalizations",
            None,
            {"locale": locale, "name": name},
            {"version": ("gameCenterLeaderboardSetVersions", False, version)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v2/gameCenterLeaderboardSetLocalizations",
            body=body,
            response_type=GameCenterLeaderboardSetLocalizationV2Response,
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
        """gameCenterLeaderboardSetLocalizationsV2_deleteInstance

        DELETE /v2/gameCenterLeaderboardSetLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboardsetlocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v2/gameCenterLeaderboardSetLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_set_versions: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboard_set_images: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetLocalizationV2Response:
        """gameCenterLeaderboardSetLocalizationsV2_getInstance

        GET /v2/gameCenterLeaderboardSetLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetlocalizations-_id_
        """
        from ascapi.models.game_center_leaderboard_set_localization_v2_response import (
            GameCenterLeaderboardSetLocalizationV2Response,
        )

        return await self._client._call(
            "GET",
            path("/v2/gameCenterLeaderboardSetLocalizations/{id}", id=id),
            params={
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "fields[gameCenterLeaderboardSetVersions]": fields_game_center_leaderboard_set_versions,
                "fields[gameCenterLeaderboardSetImages]": fields_game_center_leaderboard_set_images,
                "include": include,
            },
            response_type=GameCenterLeaderboardSetLocalizationV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterLeaderboardSetLocalizationV2UpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetLocalizationV2Response:
        """gameCenterLeaderboardSetLocalizationsV2_updateInstance

        PATCH /v2/gameCenterLeaderboardSetLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboardsetlocalizations-_id_
        """
        from ascapi.models.game_center_leaderboard_set_localization_v2_response import (
            GameCenterLeaderboardSetLocalizationV2Response,
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
            path("/v2/gameCenterLeaderboardSetLocalizations/{id}", id=id),
            body=body,
            response_type=GameCenterLeaderboardSetLocalizationV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardSetLocalizationsV2Image(AsyncAPIResource):
    """``client.game_center_leaderboard_set_localizations_v2.image``: /v2/gameCenterLeaderboardSetLocalizations"""

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
    ) -> GameCenterLeaderboardSetImageV2Response:
        """gameCenterLeaderboardSetLocalizationsV2_image_getToOneRelated

        GET /v2/gameCenterLeaderboardSetLocalizations/{id}/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetlocalizations-_id_-image
        """
        from ascapi.models.game_center_leaderboard_set_image_v2_response import (
            GameCenterLeaderboardSetImageV2Response,
        )

        return await self._client._call(
            "GET",
            path("/v2/gameCenterLeaderboardSetLocalizations/{id}/image", id=id),
            params={
                "fields[gameCenterLeaderboardSetImages]": fields_game_center_leaderboard_set_images,
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "include": include,
            },
            response_type=GameCenterLeaderboardSetImageV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardSetLocalizationV2ImageLinkageResponse:
        """gameCenterLeaderboardSetLocalizationsV2_image_getToOneRelationship

        GET /v2/gameCenterLeaderboardSetLocalizations/{id}/relationships/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetlocalizations-_id_-relationships-image
        """
        from ascapi.models.game_center_leaderboard_set_localization_v2_image_linkage_response import (
            GameCenterLeaderboardSetLocalizationV2ImageLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v2/gameCenterLeaderboardSetLocalizations/{id}/relationships/image", id=id),
            response_type=GameCenterLeaderboardSetLocalizationV2ImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
