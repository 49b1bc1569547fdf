# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_activity_localizations`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_activity_image_response import GameCenterActivityImageResponse
    from ascapi.models.game_center_activity_localization_create_request import (
        GameCenterActivityLocalizationCreateRequest,
    )
    from ascapi.models.game_center_activity_localization_image_linkage_response import (
        GameCenterActivityLocalizationImageLinkageResponse,
    )
    from ascapi.models.game_center_activity_localization_response import (
        GameCenterActivityLocalizationResponse,
    )
    from ascapi.models.game_center_activity_localization_update_request import (
        GameCenterActivityLocalizationUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["locale", "name", "description", "version", "image"]
    _Enum1 = Literal[
        "version", "state", "fallbackUrl", "activity", "localizations", "defaultImage", "releases"
    ]
    _Enum2 = Literal["fileSize", "fileName", "imageAsset", "uploadOperations", "assetDeliveryState"]
    _Enum3 = Literal["version", "image"]


class GameCenterActivityLocalizations(SyncAPIResource):
    """``client.game_center_activity_localizations``: /v1/gameCenterActivityLocalizations"""

    @cached_property
    def image(self) -> GameCenterActivityLocalizationsImage:
        return GameCenterActivityLocalizationsImage(self._client)

    def create(
        self,
        *,
        body: GameCenterActivityLocalizationCreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityLocalizationResponse:
        """gameCenterActivityLocalizations_createInstance

        POST /v1/gameCenterActivityLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivitylocalizations
        """
        from ascapi.models.game_center_activity_localization_response import (
            GameCenterActivityLocalizationResponse,
        )

        body = _support.document(
            body,
            locale is not UNSET
            or name is not UNSET
            or description is not UNSET
            or version is not UNSET,
            "gameCenterActivityLocalizations",
            None,
            {"locale": locale, "name": name, "description": description},
            {"version": ("gameCenterActivityVersions", False, version)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterActivityLocalizations",
            body=body,
            response_type=GameCenterActivityLocalizationResponse,
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
        """gameCenterActivityLocalizations_deleteInstance

        DELETE /v1/gameCenterActivityLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivitylocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterActivityLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_activity_localizations: Sequence[_Enum0] | None = None,
        fields_game_center_activity_versions: Sequence[_Enum1] | None = None,
        fields_game_center_activity_images: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityLocalizationResponse:
        """gameCenterActivityLocalizations_getInstance

        GET /v1/gameCenterActivityLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivitylocalizations-_id_
        """
        from ascapi.models.game_center_activity_localization_response import (
            GameCenterActivityLocalizationResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterActivityLocalizations/{id}", id=id),
            params={
                "fields[gameCenterActivityLocalizations]": fields_game_center_activity_localizations,
                "fields[gameCenterActivityVersions]": fields_game_center_activity_versions,
                "fields[gameCenterActivityImages]": fields_game_center_activity_images,
                "include": include,
            },
            response_type=GameCenterActivityLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterActivityLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityLocalizationResponse:
        """gameCenterActivityLocalizations_updateInstance

        PATCH /v1/gameCenterActivityLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenteractivitylocalizations-_id_
        """
        from ascapi.models.game_center_activity_localization_response import (
            GameCenterActivityLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET or description is not UNSET,
            "gameCenterActivityLocalizations",
            id,
            {"name": name, "description": description},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterActivityLocalizations/{id}", id=id),
            body=body,
            response_type=GameCenterActivityLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterActivityLocalizationsImage(SyncAPIResource):
    """``client.game_center_activity_localizations.image``: /v1/gameCenterActivityLocalizations"""

    def get(
        self,
        id: str,
        *,
        fields_game_center_activity_images: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityImageResponse:
        """gameCenterActivityLocalizations_image_getToOneRelated

        GET /v1/gameCenterActivityLocalizations/{id}/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivitylocalizations-_id_-image
        """
        from ascapi.models.game_center_activity_image_response import (
            GameCenterActivityImageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterActivityLocalizations/{id}/image", id=id),
            params={"fields[gameCenterActivityImages]": fields_game_center_activity_images},
            response_type=GameCenterActivityImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityLocalizationImageLinkageResponse:
        """gameCenterActivityLocalizations_image_getToOneRelationship

        GET /v1/gameCenterActivityLocalizations/{id}/relationships/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivitylocalizations-_id_-relationships-image
        """
        from ascapi.models.game_center_activity_localization_image_linkage_response import (
            GameCenterActivityLocalizationImageLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterActivityLocalizations/{id}/relationships/image", id=id),
            response_type=GameCenterActivityLocalizationImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterActivityLocalizations(AsyncAPIResource):
    """``client.game_center_activity_localizations``: /v1/gameCenterActivityLocalizations"""

    @cached_property
    def image(self) -> AsyncGameCenterActivityLocalizationsImage:
        return AsyncGameCenterActivityLocalizationsImage(self._client)

    async def create(
        self,
        *,
        body: GameCenterActivityLocalizationCreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityLocalizationResponse:
        """gameCenterActivityLocalizations_createInstance

        POST /v1/gameCenterActivityLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivitylocalizations
        """
        from ascapi.models.game_center_activity_localization_response import (
            GameCenterActivityLocalizationResponse,
        )

        body = _support.document(
            body,
            locale is not UNSET
            or name is not UNSET
            or description is not UNSET
            or version is not UNSET,
            "gameCenterActivityLocalizations",
            None,
            {"locale": locale, "name": name, "description": description},
            {"version": ("gameCenterActivityVersions", False, version)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterActivityLocalizations",
            body=body,
            response_type=GameCenterActivityLocalizationResponse,
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
        """gameCenterActivityLocalizations_deleteInstance

        DELETE /v1/gameCenterActivityLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivitylocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterActivityLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_activity_localizations: Sequence[_Enum0] | None = None,
        fields_game_center_activity_versions: Sequence[_Enum1] | None = None,
        fields_game_center_activity_images: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityLocalizationResponse:
        """gameCenterActivityLocalizations_getInstance

        GET /v1/gameCenterActivityLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivitylocalizations-_id_
        """
        from ascapi.models.game_center_activity_localization_response import (
            GameCenterActivityLocalizationResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterActivityLocalizations/{id}", id=id),
            params={
                "fields[gameCenterActivityLocalizations]": fields_game_center_activity_localizations,
                "fields[gameCenterActivityVersions]": fields_game_center_activity_versions,
                "fields[gameCenterActivityImages]": fields_game_center_activity_images,
                "include": include,
            },
            response_type=GameCenterActivityLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterActivityLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityLocalizationResponse:
        """gameCenterActivityLocalizations_updateInstance

        PATCH /v1/gameCenterActivityLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenteractivitylocalizations-_id_
        """
        from ascapi.models.game_center_activity_localization_response import (
            GameCenterActivityLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET or description is not UNSET,
            "gameCenterActivityLocalizations",
            id,
            {"name": name, "description": description},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterActivityLocalizations/{id}", id=id),
            body=body,
            response_type=GameCenterActivityLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterActivityLocalizationsImage(AsyncAPIResource):
    """``client.game_center_activity_localizations.image``: /v1/gameCenterActivityLocalizations"""

    async def get(
        self,
        id: str,
        *,
        fields_game_center_activity_images: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityImageResponse:
        """gameCenterActivityLocalizations_image_getToOneRelated

        GET /v1/gameCenterActivityLocalizations/{id}/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivitylocalizations-_id_-image
        """
        from ascapi.models.game_center_activity_image_response import (
            GameCenterActivityImageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterActivityLocalizations/{id}/image", id=id),
            params={"fields[gameCenterActivityImages]": fields_game_center_activity_images},
            response_type=GameCenterActivityImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterActivityLocalizationImageLinkageResponse:
        """gameCenterActivityLocalizations_image_getToOneRelationship

        GET /v1/gameCenterActivityLocalizations/{id}/relationships/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivitylocalizations-_id_-relationships-image
        """
        from ascapi.models.game_center_activity_localization_image_linkage_response import (
            GameCenterActivityLocalizationImageLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterActivityLocalizations/{id}/relationships/image", id=id),
            response_type=GameCenterActivityLocalizationImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
