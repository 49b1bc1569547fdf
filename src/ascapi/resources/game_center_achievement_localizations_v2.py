# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_achievement_localizations_v2`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_achievement_image_v2_response import (
        GameCenterAchievementImageV2Response,
    )
    from ascapi.models.game_center_achievement_localization_v2_create_request import (
        GameCenterAchievementLocalizationV2CreateRequest,
    )
    from ascapi.models.game_center_achievement_localization_v2_image_linkage_response import (
        GameCenterAchievementLocalizationV2ImageLinkageResponse,
    )
    from ascapi.models.game_center_achievement_localization_v2_response import (
        GameCenterAchievementLocalizationV2Response,
    )
    from ascapi.models.game_center_achievement_localization_v2_update_request import (
        GameCenterAchievementLocalizationV2UpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "locale", "name", "beforeEarnedDescription", "afterEarnedDescription", "version", "image"
    ]
    _Enum1 = Literal["version", "state", "achievement", "localizations"]
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


class GameCenterAchievementLocalizationsV2(SyncAPIResource):
    """``client.game_center_achievement_localizations_v2``: /v2/gameCenterAchievementLocalizations"""

    @cached_property
    def image(self) -> GameCenterAchievementLocalizationsV2Image:
        return GameCenterAchievementLocalizationsV2Image(self._client)

    def create(
        self,
        *,
        body: GameCenterAchievementLocalizationV2CreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        before_earned_description: str | None | UnsetType = UNSET,
        after_earned_description: str | None | UnsetType = UNSET,
        version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementLocalizationV2Response:
        """gameCenterAchievementLocalizationsV2_createInstance

        POST /v2/gameCenterAchievementLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterachievementlocalizations
        """
        from ascapi.models.game_center_achievement_localization_v2_response import (
            GameCenterAchievementLocalizationV2Response,
        )

        body = _support.document(
            body,
            locale is not UNSET
            or name is not UNSET
            or before_earned_description is not UNSET
            or after_earned_description is not UNSET
            or version is not UNSET,
            "gameCenterAchievementLocalizations",
            None,
            {
                "locale": locale,
                "name": name,
                "beforeEarnedDescription": before_earned_description,
                "afterEarnedDescription": after_earned_description,
            },
            {"version": ("gameCenterAchievementVersions", False, version)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v2/gameCenterAchievementLocalizations",
            body=body,
            response_type=GameCenterAchievementLocalizationV2Response,
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
        """gameCenterAchievementLocalizationsV2_deleteInstance

        DELETE /v2/gameCenterAchievementLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterachievementlocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v2/gameCenterAchievementLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_achievement_localizations: Sequence[_Enum0] | None = None,
        fields_game_center_achievement_versions: Sequence[_Enum1] | None = None,
        fields_game_center_achievement_images: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementLocalizationV2Response:
        """gameCenterAchievementLocalizationsV2_getInstance

        GET /v2/gameCenterAchievementLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievementlocalizations-_id_
        """
        from ascapi.models.game_center_achievement_localization_v2_response import (
            GameCenterAchievementLocalizationV2Response,
        )

        return self._client._call(
            "GET",
            path("/v2/gameCenterAchievementLocalizations/{id}", id=id),
            params={
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "fields[gameCenterAchievementVersions]": fields_game_center_achievement_versions,
                "fields[gameCenterAchievementImages]": fields_game_center_achievement_images,
                "include": include,
            },
            response_type=GameCenterAchievementLocalizationV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterAchievementLocalizationV2UpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        before_earned_description: str | None | UnsetType = UNSET,
        after_earned_description: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementLocalizationV2Response:
        """gameCenterAchievementLocalizationsV2_updateInstance

        PATCH /v2/gameCenterAchievementLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterachievementlocalizations-_id_
        """
        from ascapi.models.game_center_achievement_localization_v2_response import (
            GameCenterAchievementLocalizationV2Response,
        )

        body = _support.document(
            body,
            name is not UNSET
            or before_earned_description is not UNSET
            or after_earned_description is not UNSET,
            "gameCenterAchievementLocalizations",
            id,
            {
                "name": name,
                "beforeEarnedDescription": before_earned_description,
                "afterEarnedDescription": after_earned_description,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v2/gameCenterAchievementLocalizations/{id}", id=id),
            body=body,
            response_type=GameCenterAchievementLocalizationV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterAchievementLocalizationsV2Image(SyncAPIResource):
    """``client.game_center_achievement_localizations_v2.image``: /v2/gameCenterAchievementLocalizations"""

    def get(
        self,
        id: str,
        *,
        fields_game_center_achievement_images: Sequence[_Enum2] | None = None,
        fields_game_center_achievement_localizations: Sequence[_Enum0] | None = None,
        include: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementImageV2Response:
        """gameCenterAchievementLocalizationsV2_image_getToOneRelated

        GET /v2/gameCenterAchievementLocalizations/{id}/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievementlocalizations-_id_-image
        """
        from ascapi.models.game_center_achievement_image_v2_response import (
            GameCenterAchievementImageV2Response,
        )

        return self._client._call(
            "GET",
            path("/v2/gameCenterAchievementLocalizations/{id}/image", id=id),
            params={
                "fields[gameCenterAchievementImages]": fields_game_center_achievement_images,
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "include": include,
            },
            response_type=GameCenterAchievementImageV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementLocalizationV2ImageLinkageResponse:
        """gameCenterAchievementLocalizationsV2_image_getToOneRelationship

        GET /v2/gameCenterAchievementLocalizations/{id}/relationships/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievementlocalizations-_id_-relationships-image
        """
        from ascapi.models.game_center_achievement_localization_v2_image_linkage_response import (
            GameCenterAchievementLocalizationV2ImageLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v2/gameCenterAchievementLocalizations/{id}/relationships/image", id=id),
            response_type=GameCenterAchievementLocalizationV2ImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterAchievementLocalizationsV2(AsyncAPIResource):
    """``client.game_center_achievement_localizations_v2``: /v2/gameCenterAchievementLocalizations"""

    @cached_property
    def image(self) -> AsyncGameCenterAchievementLocalizationsV2Image:
        return AsyncGameCenterAchievementLocalizationsV2Image(self._client)

    async def create(
        self,
        *,
        body: GameCenterAchievementLocalizationV2CreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        before_earned_description: str | None | UnsetType = UNSET,
        after_earned_description: str | None | UnsetType = UNSET,
        version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementLocalizationV2Response:
        """gameCenterAchievementLocalizationsV2_createInstance

        POST /v2/gameCenterAchievementLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterachievementlocalizations
        """
        from ascapi.models.game_center_achievement_localization_v2_response import (
            GameCenterAchievementLocalizationV2Response,
        )

        body = _support.document(
            body,
            locale is not UNSET
            or name is not UNSET
            or before_earned_description is not UNSET
            or after_earned_description is not UNSET
            or version is not UNSET,
            "gameCenterAchievementLocalizations",
            None,
            {
                "locale": locale,
                "name": name,
                "beforeEarnedDescription": before_earned_description,
                "afterEarnedDescription": after_earned_description,
            },
            {"version": ("gameCenterAchievementVersions", False, version)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v2/gameCenterAchievementLocalizations",
            body=body,
            response_type=GameCenterAchievementLocalizationV2Response,
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
        """gameCenterAchievementLocalizationsV2_deleteInstance

        DELETE /v2/gameCenterAchievementLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterachievementlocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v2/gameCenterAchievementLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_achievement_localizations: Sequence[_Enum0] | None = None,
        fields_game_center_achievement_versions: Sequence[_Enum1] | None = None,
        fields_game_center_achievement_images: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementLocalizationV2Response:
        """gameCenterAchievementLocalizationsV2_getInstance

        GET /v2/gameCenterAchievementLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievementlocalizations-_id_
        """
        from ascapi.models.game_center_achievement_localization_v2_response import (
            GameCenterAchievementLocalizationV2Response,
        )

        return await self._client._call(
            "GET",
            path("/v2/gameCenterAchievementLocalizations/{id}", id=id),
            params={
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "fields[gameCenterAchievementVersions]": fields_game_center_achievement_versions,
                "fields[gameCenterAchievementImages]": fields_game_center_achievement_images,
                "include": include,
            },
            response_type=GameCenterAchievementLocalizationV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterAchievementLocalizationV2UpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        before_earned_description: str | None | UnsetType = UNSET,
        after_earned_description: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementLocalizationV2Response:
        """gameCenterAchievementLocalizationsV2_updateInstance

        PATCH /v2/gameCenterAchievementLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterachievementlocalizations-_id_
        """
        from ascapi.models.game_center_achievement_localization_v2_response import (
            GameCenterAchievementLocalizationV2Response,
        )

        body = _support.document(
            body,
            name is not UNSET
            or before_earned_description is not UNSET
            or after_earned_description is not UNSET,
            "gameCenterAchievementLocalizations",
            id,
            {
                "name": name,
                "beforeEarnedDescription": before_earned_description,
                "afterEarnedDescription": after_earned_description,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v2/gameCenterAchievementLocalizations/{id}", id=id),
            body=body,
            response_type=GameCenterAchievementLocalizationV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterAchievementLocalizationsV2Image(AsyncAPIResource):
    """``client.game_center_achievement_localizations_v2.image``: /v2/gameCenterAchievementLocalizations"""

    async def get(
        self,
        id: str,
        *,
        fields_game_center_achievement_images: Sequence[_Enum2] | None = None,
        fields_game_center_achievement_localizations: Sequence[_Enum0] | None = None,
        include: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementImageV2Response:
        """gameCenterAchievementLocalizationsV2_image_getToOneRelated

        GET /v2/gameCenterAchievementLocalizations/{id}/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievementlocalizations-_id_-image
        """
        from ascapi.models.game_center_achievement_image_v2_response import (
            GameCenterAchievementImageV2Response,
        )

        return await self._client._call(
            "GET",
            path("/v2/gameCenterAchievementLocalizations/{id}/image", id=id),
            params={
                "fields[gameCenterAchievementImages]": fields_game_center_achievement_images,
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "include": include,
            },
            response_type=GameCenterAchievementImageV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAchievementLocalizationV2ImageLinkageResponse:
        """gameCenterAchievementLocalizationsV2_image_getToOneRelationship

        GET /v2/gameCenterAchievementLocalizations/{id}/relationships/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievementlocalizations-_id_-relationships-image
        """
        from ascapi.models.game_center_achievement_localization_v2_image_linkage_response import (
            GameCenterAchievementLocalizationV2ImageLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v2/gameCenterAchievementLocalizations/{id}/relationships/image", id=id),
            response_type=GameCenterAchievementLocalizationV2ImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
