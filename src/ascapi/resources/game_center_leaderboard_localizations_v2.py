# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_leaderboard_localizations_v2`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_leaderboard_image_v2_response import (
        GameCenterLeaderboardImageV2Response,
    )
    from ascapi.models.game_center_leaderboard_localization_v2_create_request import (
        GameCenterLeaderboardLocalizationV2CreateRequest,
    )
    from ascapi.models.game_center_leaderboard_localization_v2_image_linkage_response import (
        GameCenterLeaderboardLocalizationV2ImageLinkageResponse,
    )
    from ascapi.models.game_center_leaderboard_localization_v2_response import (
        GameCenterLeaderboardLocalizationV2Response,
    )
    from ascapi.models.game_center_leaderboard_localization_v2_update_request import (
        GameCenterLeaderboardLocalizationV2UpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "INTEGER",
        "DECIMAL_POINT_1_PLACE",
        "DECIMAL_POINT_2_PLACE",
        "DECIMAL_POINT_3_PLACE",
        "ELAPSED_TIME_CENTISECOND",
        "ELAPSED_TIME_MINUTE",
        "ELAPSED_TIME_SECOND",
        "MONEY_POUND_DECIMAL",
        "MONEY_POUND",
        "MONEY_DOLLAR_DECIMAL",
        "MONEY_DOLLAR",
        "MONEY_EURO_DECIMAL",
        "MONEY_EURO",
        "MONEY_FRANC_DECIMAL",
        "MONEY_FRANC",
        "MONEY_KRONER_DECIMAL",
        "MONEY_KRONER",
        "MONEY_YEN",
    ]
    _Enum1 = Literal[
        "locale",
        "name",
        "formatterOverride",
        "formatterSuffix",
        "formatterSuffixSingular",
        "description",
        "version",
        "image",
    ]
    _Enum2 = Literal["version", "state", "leaderboard", "localizations"]
    _Enum3 = Literal[
        "fileSize",
        "fileName",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
        "localization",
    ]
    _Enum4 = Literal["version", "image"]
    _Enum5 = Literal["localization"]


class GameCenterLeaderboardLocalizationsV2(SyncAPIResource):
    """``client.game_center_leaderboard_localizations_v2``: /v2/gameCenterLeaderboardLocalizations"""

    @cached_property
    def image(self) -> GameCenterLeaderboardLocalizationsV2Image:
        return GameCenterLeaderboardLocalizationsV2Image(self._client)

    def create(
        self,
        *,
        body: GameCenterLeaderboardLocalizationV2CreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        formatter_override: _Enum0 | str | None | UnsetType = UNSET,
        formatter_suffix: str | None | UnsetType = UNSET,
        formatter_suffix_singular: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardLocalizationV2Response:
        """gameCenterLeaderboardLocalizationsV2_createInstance

        POST /v2/gameCenterLeaderboardLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardlocalizations
        """
        from ascapi.models.game_center_leaderboard_localization_v2_response import (
            GameCenterLeaderboardLocalizationV2Response,
        )

        body = _support.document(
            body,
            locale is not UNSET
            or name is not UNSET
            or formatter_override is not UNSET
            or formatter_suffix is not UNSET
            or formatter_suffix_singular is not UNSET
            or description is not UNSET
            or version is not UNSET,
            "gameCenterLeaderboardLocalizations",
            None,
            {
                "locale": locale,
                "name": name,
                "formatterOverride": formatter_override,
                "formatterSuffix": formatter_suffix,
                "formatterSuffixSingular": formatter_suffix_singular,
                "description": description,
            },
            {"version": ("gameCenterLeaderboardVersions", False, version)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v2/gameCenterLeaderboardLocalizations",
            body=body,
            response_type=GameCenterLeaderboardLocalizationV2Response,
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
        """gameCenterLeaderboardLocalizationsV2_deleteInstance

        DELETE /v2/gameCenterLeaderboardLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboardlocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v2/gameCenterLeaderboardLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_localizations: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboard_versions: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_images: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardLocalizationV2Response:
        """gameCenterLeaderboardLocalizationsV2_getInstance

        GET /v2/gameCenterLeaderboardLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardlocalizations-_id_
        """
        from ascapi.models.game_center_leaderboard_localization_v2_response import (
            GameCenterLeaderboardLocalizationV2Response,
        )

        return self._client._call(
            "GET",
            path("/v2/gameCenterLeaderboardLocalizations/{id}", id=id),
            params={
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "fields[gameCenterLeaderboardVersions]": fields_game_center_leaderboard_versions,
                "fields[gameCenterLeaderboardImages]": fields_game_center_leaderboard_images,
                "include": include,
            },
            response_type=GameCenterLeaderboardLocalizationV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterLeaderboardLocalizationV2UpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        formatter_override: _Enum0 | str | None | UnsetType = UNSET,
        formatter_suffix: str | None | UnsetType = UNSET,
        formatter_suffix_singular: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardLocalizationV2Response:
        """gameCenterLeaderboardLocalizationsV2_updateInstance

        PATCH /v2/gameCenterLeaderboardLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboardlocalizations-_id_
        """
        from ascapi.models.game_center_leaderboard_localization_v2_response import (
            GameCenterLeaderboardLocalizationV2Response,
        )

        body = _support.document(
            body,
            name is not UNSET
            or formatter_override is not UNSET
            or formatter_suffix is not UNSET
            or formatter_suffix_singular is not UNSET
            or description is not UNSET,
            "gameCenterLeaderboardLocalizations",
            id,
            {
                "name": name,
                "formatterOverride": formatter_override,
                "formatterSuffix": formatter_suffix,
                "formatterSuffixSingular": formatter_suffix_singular,
                "description": description,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v2/gameCenterLeaderboardLocalizations/{id}", id=id),
            body=body,
            response_type=GameCenterLeaderboardLocalizationV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardLocalizationsV2Image(SyncAPIResource):
    """``client.game_center_leaderboard_localizations_v2.image``: /v2/gameCenterLeaderboardLocalizations"""

    def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_images: Sequence[_Enum3] | None = None,
        fields_game_center_leaderboard_localizations: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum5] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardImageV2Response:
        """gameCenterLeaderboardLocalizationsV2_image_getToOneRelated

        GET /v2/gameCenterLeaderboardLocalizations/{id}/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardlocalizations-_id_-image
        """
        from ascapi.models.game_center_leaderboard_image_v2_response import (
            GameCenterLeaderboardImageV2Response,
        )

        return self._client._call(
            "GET",
            path("/v2/gameCenterLeaderboardLocalizations/{id}/image", id=id),
            params={
                "fields[gameCenterLeaderboardImages]": fields_game_center_leaderboard_images,
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "include": include,
            },
            response_type=GameCenterLeaderboardImageV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardLocalizationV2ImageLinkageResponse:
        """gameCenterLeaderboardLocalizationsV2_image_getToOneRelationship

        GET /v2/gameCenterLeaderboardLocalizations/{id}/relationships/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardlocalizations-_id_-relationships-image
        """
        from ascapi.models.game_center_leaderboard_localization_v2_image_linkage_response import (
            GameCenterLeaderboardLocalizationV2ImageLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v2/gameCenterLeaderboardLocalizations/{id}/relationships/image", id=id),
            response_type=GameCenterLeaderboardLocalizationV2ImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardLocalizationsV2(AsyncAPIResource):
    """``client.game_center_leaderboard_localizations_v2``: /v2/gameCenterLeaderboardLocalizations"""

    @cached_property
    def image(self) -> AsyncGameCenterLeaderboardLocalizationsV2Image:
        return AsyncGameCenterLeaderboardLocalizationsV2Image(self._client)

    async def create(
        self,
        *,
        body: GameCenterLeaderboardLocalizationV2CreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        formatter_override: _Enum0 | str | None | UnsetType = UNSET,
        formatter_suffix: str | None | UnsetType = UNSET,
        formatter_suffix_singular: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardLocalizationV2Response:
        """gameCenterLeaderboardLocalizationsV2_createInstance

        POST /v2/gameCenterLeaderboardLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardlocalizations
        """
        from ascapi.models.game_center_leaderboard_localization_v2_response import (
            GameCenterLeaderboardLocalizationV2Response,
        )

        body = _support.document(
            body,
            locale is not UNSET
            or name is not UNSET
            or formatter_override is not UNSET
            or formatter_suffix is not UNSET
            or formatter_suffix_singular is not UNSET
            or description is not UNSET
            or version is not UNSET,
            "gameCenterLeaderboardLocalizations",
            None,
            {
                "locale": locale,
                "name": name,
                "formatterOverride": formatter_override,
                "formatterSuffix": formatter_suffix,
                "formatterSuffixSingular": formatter_suffix_singular,
                "description": description,
            },
            {"version": ("gameCenterLeaderboardVersions", False, version)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v2/gameCenterLeaderboardLocalizations",
            body=body,
            response_type=GameCenterLeaderboardLocalizationV2Response,
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
        """gameCenterLeaderboardLocalizationsV2_deleteInstance

        DELETE /v2/gameCenterLeaderboardLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboardlocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v2/gameCenterLeaderboardLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_localizations: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboard_versions: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_images: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardLocalizationV2Response:
        """gameCenterLeaderboardLocalizationsV2_getInstance

        GET /v2/gameCenterLeaderboardLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardlocalizations-_id_
        """
        from ascapi.models.game_center_leaderboard_localization_v2_response import (
            GameCenterLeaderboardLocalizationV2Response,
        )

        return await self._client._call(
            "GET",
            path("/v2/gameCenterLeaderboardLocalizations/{id}", id=id),
            params={
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "fields[gameCenterLeaderboardVersions]": fields_game_center_leaderboard_versions,
                "fields[gameCenterLeaderboardImages]": fields_game_center_leaderboard_images,
                "include": include,
            },
            response_type=GameCenterLeaderboardLocalizationV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterLeaderboardLocalizationV2UpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        formatter_override: _Enum0 | str | None | UnsetType = UNSET,
        formatter_suffix: str | None | UnsetType = UNSET,
        formatter_suffix_singular: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardLocalizationV2Response:
        """gameCenterLeaderboardLocalizationsV2_updateInstance

        PATCH /v2/gameCenterLeaderboardLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboardlocalizations-_id_
        """
        from ascapi.models.game_center_leaderboard_localization_v2_response import (
            GameCenterLeaderboardLocalizationV2Response,
        )

        body = _support.document(
            body,
            name is not UNSET
            or formatter_override is not UNSET
            or formatter_suffix is not UNSET
            or formatter_suffix_singular is not UNSET
            or description is not UNSET,
            "gameCenterLeaderboardLocalizations",
            id,
            {
                "name": name,
                "formatterOverride": formatter_override,
                "formatterSuffix": formatter_suffix,
                "formatterSuffixSingular": formatter_suffix_singular,
                "description": description,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v2/gameCenterLeaderboardLocalizations/{id}", id=id),
            body=body,
            response_type=GameCenterLeaderboardLocalizationV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardLocalizationsV2Image(AsyncAPIResource):
    """``client.game_center_leaderboard_localizations_v2.image``: /v2/gameCenterLeaderboardLocalizations"""

    async def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_images: Sequence[_Enum3] | None = None,
        fields_game_center_leaderboard_localizations: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum5] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardImageV2Response:
        """gameCenterLeaderboardLocalizationsV2_image_getToOneRelated

        GET /v2/gameCenterLeaderboardLocalizations/{id}/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardlocalizations-_id_-image
        """
        from ascapi.models.game_center_leaderboard_image_v2_response import (
            GameCenterLeaderboardImageV2Response,
        )

        return await self._client._call(
            "GET",
            path("/v2/gameCenterLeaderboardLocalizations/{id}/image", id=id),
            params={
                "fields[gameCenterLeaderboardImages]": fields_game_center_leaderboard_images,
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "include": include,
            },
            response_type=GameCenterLeaderboardImageV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardLocalizationV2ImageLinkageResponse:
        """gameCenterLeaderboardLocalizationsV2_image_getToOneRelationship

        GET /v2/gameCenterLeaderboardLocalizations/{id}/relationships/image

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardlocalizations-_id_-relationships-image
        """
        from ascapi.models.game_center_leaderboard_localization_v2_image_linkage_response import (
            GameCenterLeaderboardLocalizationV2ImageLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v2/gameCenterLeaderboardLocalizations/{id}/relationships/image", id=id),
            response_type=GameCenterLeaderboardLocalizationV2ImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
