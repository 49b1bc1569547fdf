# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_challenge_localizations`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_challenge_localization_create_request import (
        GameCenterChallengeLocalizationCreateRequest,
    )
    from ascapi.models.game_center_challenge_localization_image_linkage_response import (
        GameCenterChallengeLocalizationImageLinkageResponse,
    )
    from ascapi.models.game_center_challenge_localization_response import (
        GameCenterChallengeLocalizationResponse,
    )
    from ascapi.models.game_center_challenge_localization_update_request import (
        GameCenterChallengeLocalizationUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["locale", "name", "description", "version", "image"]
    _Enum1 = Literal["version", "state", "challenge", "localizations", "releases", "defaultImage"]
    _Enum2 = Literal["fileSize", "fileName", "imageAsset", "uploadOperations", "assetDeliveryState"]
    _Enum3 = Literal["version", "image"]


class GameCenterChallengeLocalizations(SyncAPIResource):
    """``client.game_center_challenge_localizations``: /v1/gameCenterChallengeLocalizations"""

    @cached_property
    def image(self) -> GameCenterChallengeLocalizationsImage:
        return GameCenterChallengeLocalizationsImage(self._client)

    def create(
        self,
        *,
        body: GameCenterChallengeLocalizationCreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeLocalizationResponse:
        """gameCenterChallengeLocalizations_createInstance

        POST /v1/gameCenterChallengeLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterchallengelocalizations
        """
        from ascapi.models.game_center_challenge_localization_response import (
            GameCenterChallengeLocalizationResponse,
        )

        body = _support.document(
            body,
            locale is not UNSET
            or name is not UNSET
            or description is not UNSET
            or version is not UNSET,
            "gameCenterChallengeLocalizations",
            None,
            {"locale": locale, "name": name, "description": description},
            {"version": ("gameCenterChallengeVersions", False, version)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterChallengeLocalizations",
            body=body,
            response_type=GameCenterChallengeLocalizationResponse,
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
        """gameCenterChallengeLocalizations_deleteInstance

        DELETE /v1/gameCenterChallengeLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterchallengelocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterChallengeLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_challenge_localizations: Sequence[_Enum0] | None = None,
        fields_game_center_challenge_versions: Sequence[_Enum1] | None = None,
        fields_game_center_challenge_images: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeLocalizationResponse:
        """gameCenterChallengeLocalizations_getInstance

        GET /v1/gameCenterChallengeLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengelocalizations-_id_
        """
        from ascapi.models.game_center_challenge_localization_response import (
            GameCenterChallengeLocalizationResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterChallengeLocalizations/{id}", id=id),
            params={
                "fields[gameCenterChallengeLocalizations]": fields_game_center_challenge_localizations,
                "fields[gameCenterChallengeVersions]": fields_game_center_challenge_versions,
                "fields[gameCenterChallengeImages]": fields_game_center_challenge_images,
                "include": include,
            },
            response_type=GameCenterChallengeLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterChallengeLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeLocalizationResponse:
        """gameCenterChallengeLocalizations_updateInstance

        PATCH /v1/gameCenterChallengeLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterchallengelocalizations-_id_
        """
        from ascapi.models.game_center_challenge_localization_response import (
            GameCenterChallengeLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET or description is not UNSET,
            "gameCenterChallengeLocalizations",
            id,
            {"name": name, "description": description},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterChallengeLocalizations/{id}", id=id),
            body=body,
            response_type=GameCenterChallengeLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterChallengeLocalizationsImage(SyncAPIResource):
    """``client.game_center_challenge_localizations.image``: /v1/gameCenterChallengeLocalizations"""

    def get(
        self,
        id: str,
        *,
        fields_game_center_challenge_images: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeImageResponse:
        """gameCenterChallengeLocalizations_image_getToOneRelated

        GET /v1/gameCenterChallengeLocalizations/{id}/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengelocalizations-_id_-image
        """
        from ascapi.models.game_center_challenge_image_response import (
            GameCenterChallengeImageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterChallengeLocalizations/{id}/image", id=id),
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
    ) -> GameCenterChallengeLocalizationImageLinkageResponse:
        """gameCenterChallengeLocalizations_image_getToOneRelationship

        GET /v1/gameCenterChallengeLocalizations/{id}/relationships/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengelocalizations-_id_-relationships-image
        """
        from ascapi.models.game_center_challenge_localization_image_linkage_response import (
            GameCenterChallengeLocalizationImageLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterChallengeLocalizations/{id}/relationships/image", id=id),
            response_type=GameCenterChallengeLocalizationImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterChallengeLocalizations(AsyncAPIResource):
    """``client.game_center_challenge_localizations``: /v1/gameCenterChallengeLocalizations"""

    @cached_property
    def image(self) -> AsyncGameCenterChallengeLocalizationsImage:
        return AsyncGameCenterChallengeLocalizationsImage(self._client)

    async def create(
        self,
        *,
        body: GameCenterChallengeLocalizationCreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeLocalizationResponse:
        """gameCenterChallengeLocalizations_createInstance

        POST /v1/gameCenterChallengeLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterchallengelocalizations
        """
        from ascapi.models.game_center_challenge_localization_response import (
            GameCenterChallengeLocalizationResponse,
        )

        body = _support.document(
            body,
            locale is not UNSET
            or name is not UNSET
            or description is not UNSET
            or version is not UNSET,
            "gameCenterChallengeLocalizations",
            None,
            {"locale": locale, "name": name, "description": description},
            {"version": ("gameCenterChallengeVersions", False, version)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterChallengeLocalizations",
            body=body,
            response_type=GameCenterChallengeLocalizationResponse,
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
        """gameCenterChallengeLocalizations_deleteInstance

        DELETE /v1/gameCenterChallengeLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterchallengelocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterChallengeLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_challenge_localizations: Sequence[_Enum0] | None = None,
        fields_game_center_challenge_versions: Sequence[_Enum1] | None = None,
        fields_game_center_challenge_images: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeLocalizationResponse:
        """gameCenterChallengeLocalizations_getInstance

        GET /v1/gameCenterChallengeLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengelocalizations-_id_
        """
        from ascapi.models.game_center_challenge_localization_response import (
            GameCenterChallengeLocalizationResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterChallengeLocalizations/{id}", id=id),
            params={
                "fields[gameCenterChallengeLocalizations]": fields_game_center_challenge_localizations,
                "fields[gameCenterChallengeVersions]": fields_game_center_challenge_versions,
                "fields[gameCenterChallengeImages]": fields_game_center_challenge_images,
                "include": include,
            },
            response_type=GameCenterChallengeLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterChallengeLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeLocalizationResponse:
        """gameCenterChallengeLocalizations_updateInstance

        PATCH /v1/gameCenterChallengeLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterchallengelocalizations-_id_
        """
        from ascapi.models.game_center_challenge_localization_response import (
            GameCenterChallengeLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET or description is not UNSET,
            "gameCenterChallengeLocalizations",
            id,
            {"name": name, "description": description},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterChallengeLocalizations/{id}", id=id),
            body=body,
            response_type=GameCenterChallengeLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterChallengeLocalizationsImage(AsyncAPIResource):
    """``client.game_center_challenge_localizations.image``: /v1/gameCenterChallengeLocalizations"""

    async def get(
        self,
        id: str,
        *,
        fields_game_center_challenge_images: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterChallengeImageResponse:
        """gameCenterChallengeLocalizations_image_getToOneRelated

        GET /v1/gameCenterChallengeLocalizations/{id}/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengelocalizations-_id_-image
        """
        from ascapi.models.game_center_challenge_image_response import (
            GameCenterChallengeImageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterChallengeLocalizations/{id}/image", id=id),
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
    ) -> GameCenterChallengeLocalizationImageLinkageResponse:
        """gameCenterChallengeLocalizations_image_getToOneRelationship

        GET /v1/gameCenterChallengeLocalizations/{id}/relationships/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengelocalizations-_id_-relationships-image
        """
        from ascapi.models.game_center_challenge_localization_image_linkage_response import (
            GameCenterChallengeLocalizationImageLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterChallengeLocalizations/{id}/relationships/image", id=id),
            response_type=GameCenterChallengeLocalizationImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
