# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_activity_images`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_activity_image_create_request import (
        GameCenterActivityImageCreateRequest,
    )
    from ascapi.models.game_center_activity_image_response import GameCenterActivityImageResponse
    from ascapi.models.game_center_activity_image_update_request import (
        GameCenterActivityImageUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["fileSize", "fileName", "imageAsset", "uploadOperations", "assetDeliveryState"]


class GameCenterActivityImages(SyncAPIResource):
    """``client.game_center_activity_images``: /v1/gameCenterActivityImages"""

    def create(
        self,
        *,
        body: GameCenterActivityImageCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        localization: str | None | UnsetType = UNSET,
        version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityImageResponse:
        """gameCenterActivityImages_createInstance

        POST /v1/gameCenterActivityImages

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivityimages
        """
        from ascapi.models.game_center_activity_image_response import (
            GameCenterActivityImageResponse,
        )

        body = _support.document(
            body,
            file_size is not UNSET
            or file_name is not UNSET
            or localization is not UNSET
            or version is not UNSET,
            "gameCenterActivityImages",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {
                "localization": ("gameCenterActivityLocalizations", False, localization),
                "version": ("gameCenterActivityVersions", False, version),
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterActivityImages",
            body=body,
            response_type=GameCenterActivityImageResponse,
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
        """gameCenterActivityImages_deleteInstance

        DELETE /v1/gameCenterActivityImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivityimages-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterActivityImages/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_activity_images: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityImageResponse:
        """gameCenterActivityImages_getInstance

        GET /v1/gameCenterActivityImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityimages-_id_
        """
        from ascapi.models.game_center_activity_image_response import (
            GameCenterActivityImageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterActivityImages/{id}", id=id),
            params={"fields[gameCenterActivityImages]": fields_game_center_activity_images},
            response_type=GameCenterActivityImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterActivityImageUpdateRequest | Mapping[str, Any] | None = None,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityImageResponse:
        """gameCenterActivityImages_updateInstance

        PATCH /v1/gameCenterActivityImages/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenteractivityimages-_id_
        """
        from ascapi.models.game_center_activity_image_response import (
            GameCenterActivityImageResponse,
        )

        body = _support.document(
            body,
            uploaded is not UNSET,
            "gameCenterActivityImages",
            id,
            {"uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterActivityImages/{id}", id=id),
            body=body,
            response_type=GameCenterActivityImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterActivityImages(AsyncAPIResource):
    """``client.game_center_activity_images``: /v1/gameCenterActivityImages"""

    async def create(
        self,
        *,
        body: GameCenterActivityImageCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        localization: str | None | UnsetType = UNSET,
        version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityImageResponse:
        """gameCenterActivityImages_createInstance

        POST /v1/gameCenterActivityImages

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivityimages
        """
        from ascapi.models.game_center_activity_image_response import (
            GameCenterActivityImageResponse,
        )

        body = _support.document(
            body,
            file_size is not UNSET
            or file_name is not UNSET
            or localization is not UNSET
            or version is not UNSET,
            "gameCenterActivityImages",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {
                "localization": ("gameCenterActivityLocalizations", False, localization),
                "version": ("gameCenterActivityVersions", False, version),
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterActivityImages",
            body=body,
            response_type=GameCenterActivityImageResponse,
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
        """gameCenterActivityImages_deleteInstance

        DELETE /v1/gameCenterActivityImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivityimages-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterActivityImages/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_activity_images: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityImageResponse:
        """gameCenterActivityImages_getInstance

        GET /v1/gameCenterActivityImages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityimages-_id_
        """
        from ascapi.models.game_center_activity_image_response import (
            GameCenterActivityImageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterActivityImages/{id}", id=id),
            params={"fields[gameCenterActivityImages]": fields_game_center_activity_images},
            response_type=GameCenterActivityImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterActivityImageUpdateRequest | Mapping[str, Any] | None = None,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityImageResponse:
        """gameCenterActivityImages_updateInstance

        PATCH /v1/gameCenterActivityImages/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenteractivityimages-_id_
        """
        from ascapi.models.game_center_activity_image_response import (
            GameCenterActivityImageResponse,
        )

        body = _support.document(
            body,
            uploaded is not UNSET,
            "gameCenterActivityImages",
            id,
            {"uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterActivityImages/{id}", id=id),
            body=body,
            response_type=GameCenterActivityImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
