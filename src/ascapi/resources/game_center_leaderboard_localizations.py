# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_leaderboard_localizations`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_leaderboard_image_response import (
        GameCenterLeaderboardImageResponse,
    )
    from ascapi.models.game_center_leaderboard_localization_create_request import (
        GameCenterLeaderboardLocalizationCreateRequest,
    )
    from ascapi.models.game_center_leaderboard_localization_game_center_leaderboard_image_linkage_response import (
        GameCenterLeaderboardLocalizationGameCenterLeaderboardImageLinkageResponse,
    )
    from ascapi.models.game_center_leaderboard_localization_response import (
        GameCenterLeaderboardLocalizationResponse,
    )
    from ascapi.models.game_center_leaderboard_localization_update_request import (
        GameCenterLeaderboardLocalizationUpdateRequest,
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
        "gameCenterLeaderboard",
        "gameCenterLeaderboardImage",
    ]
    _Enum2 = Literal[
        "defaultFormatter",
        "referenceName",
        "vendorIdentifier",
        "submissionType",
        "scoreSortType",
        "scoreRangeStart",
        "scoreRangeEnd",
        "recurrenceStartDate",
        "recurrenceDuration",
        "recurrenceRule",
        "archived",
        "activityProperties",
        "visibility",
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboard",
        "gameCenterLeaderboardSets",
        "localizations",
        "releases",
        "activity",
        "challenge",
    ]
    _Enum3 = Literal[
        "fileSize",
        "fileName",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
        "gameCenterLeaderboardLocalization",
    ]
    _Enum4 = Literal["gameCenterLeaderboard", "gameCenterLeaderboardImage"]
    _Enum5 = Literal["gameCenterLeaderboardLocalization"]


class GameCenterLeaderboardLocalizations(SyncAPIResource):
    """``client.game_center_leaderboard_localizations``: /v1/gameCenterLeaderboardLocalizations"""

    @cached_property
    def game_center_leaderboard_image(
        self,
    ) -> GameCenterLeaderboardLocalizationsGameCenterLeaderboardImage:
        return GameCenterLeaderboardLocalizationsGameCenterLeaderboardImage(self._client)

    def create(
        self,
        *,
        body: GameCenterLeaderboardLocalizationCreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        formatter_override: _Enum0 | str | None | UnsetType = UNSET,
        formatter_suffix: str | None | UnsetType = UNSET,
        formatter_suffix_singular: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        game_center_leaderboard: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardLocalizationResponse:
        """gameCenterLeaderboardLocalizations_createInstance

        POST /v1/gameCenterLeaderboardLocalizations

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardlocalizations
        """
        from ascapi.models.game_center_leaderboard_localization_response import (
            GameCenterLeaderboardLocalizationResponse,
        )

        body = _support.document(
            body,
            locale is not UNSET
            or name is not UNSET
            or formatter_override is not UNSET
            or formatter_suffix is not UNSET
            or formatter_suffix_singular is not UNSET
            or description is not UNSET
            or game_center_leaderboard is not UNSET,
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
            {"gameCenterLeaderboard": ("gameCenterLeaderboards", False, game_center_leaderboard)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterLeaderboardLocalizations",
            body=body,
            deprecated="gameCenterLeaderboardLocalizations_createInstance",
            response_type=GameCenterLeaderboardLocalizationResponse,
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
        """gameCenterLeaderboardLocalizations_deleteInstance

        DELETE /v1/gameCenterLeaderboardLocalizations/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardlocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterLeaderboardLocalizations/{id}", id=id),
            deprecated="gameCenterLeaderboardLocalizations_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_localizations: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_images: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardLocalizationResponse:
        """gameCenterLeaderboardLocalizations_getInstance

        GET /v1/gameCenterLeaderboardLocalizations/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardlocalizations-_id_
        """
        from ascapi.models.game_center_leaderboard_localization_response import (
            GameCenterLeaderboardLocalizationResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboardLocalizations/{id}", id=id),
            params={
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardImages]": fields_game_center_leaderboard_images,
                "include": include,
            },
            deprecated="gameCenterLeaderboardLocalizations_getInstance",
            response_type=GameCenterLeaderboardLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterLeaderboardLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        formatter_override: _Enum0 | str | None | UnsetType = UNSET,
        formatter_suffix: str | None | UnsetType = UNSET,
        formatter_suffix_singular: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardLocalizationResponse:
        """gameCenterLeaderboardLocalizations_updateInstance

        PATCH /v1/gameCenterLeaderboardLocalizations/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardlocalizations-_id_
        """
        from ascapi.models.game_center_leaderboard_localization_response import (
            GameCenterLeaderboardLocalizationResponse,
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
            path("/v1/gameCenterLeaderboardLocalizations/{id}", id=id),
            body=body,
            deprecated="gameCenterLeaderboardLocalizations_updateInstance",
            response_type=GameCenterLeaderboardLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterLeaderboardLocalizationsGameCenterLeaderboardImage(SyncAPIResource):
    """``client.game_center_leaderboard_localizations.game_center_leaderboard_image``: /v1/gameCenterLeaderboardLocalizations"""

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
    ) -> GameCenterLeaderboardImageResponse:
        """gameCenterLeaderboardLocalizations_gameCenterLeaderboardImage_getToOneRelated

        GET /v1/gameCenterLeaderboardLocalizations/{id}/gameCenterLeaderboardImage

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardlocalizations-_id_-gamecenterleaderboardimage
        """
        from ascapi.models.game_center_leaderboard_image_response import (
            GameCenterLeaderboardImageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboardLocalizations/{id}/gameCenterLeaderboardImage", id=id),
            params={
                "fields[gameCenterLeaderboardImages]": fields_game_center_leaderboard_images,
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "include": include,
            },
            deprecated="gameCenterLeaderboardLocalizations_gameCenterLeaderboardImage_getToOneRelated",
            response_type=GameCenterLeaderboardImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardLocalizationGameCenterLeaderboardImageLinkageResponse:
        """gameCenterLeaderboardLocalizations_gameCenterLeaderboardImage_getToOneRelationship

        GET /v1/gameCenterLeaderboardLocalizations/{id}/relationships/gameCenterLeaderboardImage

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardlocalizations-_id_-relationships-gamecenterleaderboardimage
        """
        from ascapi.models.game_center_leaderboard_localization_game_center_leaderboard_image_linkage_response import (
            GameCenterLeaderboardLocalizationGameCenterLeaderboardImageLinkageResponse,
        )

        return self._client._call(
            "GET",
            path(
                "/v1/gameCenterLeaderboardLocalizations/{id}/relationships/gameCenterLeaderboardImage",
                id=id,
            ),
            deprecated="gameCenterLeaderboardLocalizations_gameCenterLeaderboardImage_getToOneRelationship",
            response_type=GameCenterLeaderboardLocalizationGameCenterLeaderboardImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardLocalizations(AsyncAPIResource):
    """``client.game_center_leaderboard_localizations``: /v1/gameCenterLeaderboardLocalizations"""

    @cached_property
    def game_center_leaderboard_image(
        self,
    ) -> AsyncGameCenterLeaderboardLocalizationsGameCenterLeaderboardImage:
        return AsyncGameCenterLeaderboardLocalizationsGameCenterLeaderboardImage(self._client)

    async def create(
        self,
        *,
        body: GameCenterLeaderboardLocalizationCreateRequest | Mapping[str, Any] | None = None,
        locale: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        formatter_override: _Enum0 | str | None | UnsetType = UNSET,
        formatter_suffix: str | None | UnsetType = UNSET,
        formatter_suffix_singular: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        game_center_leaderboard: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardLocalizationResponse:
        """gameCenterLeaderboardLocalizations_createInstance

        POST /v1/gameCenterLeaderboardLocalizations

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardlocalizations
        """
        from ascapi.models.game_center_leaderboard_localization_response import (
            GameCenterLeaderboardLocalizationResponse,
        )

        body = _support.document(
            body,
            locale is not UNSET
            or name is not UNSET
            or formatter_override is not UNSET
            or formatter_suffix is not UNSET
            or formatter_suffix_singular is not UNSET
            or description is not UNSET
            or game_center_leaderboard is not UNSET,
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
            {"gameCenterLeaderboard": ("gameCenterLeaderboards", False, game_center_leaderboard)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterLeaderboardLocalizations",
            body=body,
            deprecated="gameCenterLeaderboardLocalizations_createInstance",
            response_type=GameCenterLeaderboardLocalizationResponse,
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
        """gameCenterLeaderboardLocalizations_deleteInstance

        DELETE /v1/gameCenterLeaderboardLocalizations/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardlocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterLeaderboardLocalizations/{id}", id=id),
            deprecated="gameCenterLeaderboardLocalizations_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_leaderboard_localizations: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_images: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardLocalizationResponse:
        """gameCenterLeaderboardLocalizations_getInstance

        GET /v1/gameCenterLeaderboardLocalizations/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardlocalizations-_id_
        """
        from ascapi.models.game_center_leaderboard_localization_response import (
            GameCenterLeaderboardLocalizationResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboardLocalizations/{id}", id=id),
            params={
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardImages]": fields_game_center_leaderboard_images,
                "include": include,
            },
            deprecated="gameCenterLeaderboardLocalizations_getInstance",
            response_type=GameCenterLeaderboardLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterLeaderboardLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        formatter_override: _Enum0 | str | None | UnsetType = UNSET,
        formatter_suffix: str | None | UnsetType = UNSET,
        formatter_suffix_singular: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardLocalizationResponse:
        """gameCenterLeaderboardLocalizations_updateInstance

        PATCH /v1/gameCenterLeaderboardLocalizations/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardlocalizations-_id_
        """
        from ascapi.models.game_center_leaderboard_localization_response import (
            GameCenterLeaderboardLocalizationResponse,
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
            path("/v1/gameCenterLeaderboardLocalizations/{id}", id=id),
            body=body,
            deprecated="gameCenterLeaderboardLocalizations_updateInstance",
            response_type=GameCenterLeaderboardLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardLocalizationsGameCenterLeaderboardImage(AsyncAPIResource):
    """``client.game_center_leaderboard_localizations.game_center_leaderboard_image``: /v1/gameCenterLeaderboardLocalizations"""

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
    ) -> GameCenterLeaderboardImageResponse:
        """gameCenterLeaderboardLocalizations_gameCenterLeaderboardImage_getToOneRelated

        GET /v1/gameCenterLeaderboardLocalizations/{id}/gameCenterLeaderboardImage

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardlocalizations-_id_-gamecenterleaderboardimage
        """
        from ascapi.models.game_center_leaderboard_image_response import (
            GameCenterLeaderboardImageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterLeaderboardLocalizations/{id}/gameCenterLeaderboardImage", id=id),
            params={
                "fields[gameCenterLeaderboardImages]": fields_game_center_leaderboard_images,
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "include": include,
            },
            deprecated="gameCenterLeaderboardLocalizations_gameCenterLeaderboardImage_getToOneRelated",
            response_type=GameCenterLeaderboardImageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardLocalizationGameCenterLeaderboardImageLinkageResponse:
        """gameCenterLeaderboardLocalizations_gameCenterLeaderboardImage_getToOneRelationship

        GET /v1/gameCenterLeaderboardLocalizations/{id}/relationships/gameCenterLeaderboardImage

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardlocalizations-_id_-relationships-gamecenterleaderboardimage
        """
        from ascapi.models.game_center_leaderboard_localization_game_center_leaderboard_image_linkage_response import (
            GameCenterLeaderboardLocalizationGameCenterLeaderboardImageLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path(
                "/v1/gameCenterLeaderboardLocalizations/{id}/relationships/gameCenterLeaderboardImage",
                id=id,
            ),
            deprecated="gameCenterLeaderboardLocalizations_gameCenterLeaderboardImage_getToOneRelationship",
            response_type=GameCenterLeaderboardLocalizationGameCenterLeaderboardImageLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
