# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_enabled_versions`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._types import NOT_GIVEN
from ascapi.resources import _support

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.game_center_enabled_version import GameCenterEnabledVersion
    from ascapi.models.game_center_enabled_version_compatible_versions_linkages_request import (
        GameCenterEnabledVersionCompatibleVersionsLinkagesRequest,
    )
    from ascapi.models.game_center_enabled_version_compatible_versions_linkages_response import (
        GameCenterEnabledVersionCompatibleVersionsLinkagesResponse,
        GameCenterEnabledVersionCompatibleVersionsLinkagesResponseData,
    )
    from ascapi.models.game_center_enabled_versions_response import (
        GameCenterEnabledVersionsResponse,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["IOS", "MAC_OS", "TV_OS", "VISION_OS"]
    _Enum1 = Literal["versionString", "-versionString"]
    _Enum2 = Literal["platform", "versionString", "iconAsset", "compatibleVersions", "app"]
    _Enum3 = Literal[
        "accessibilityUrl",
        "name",
        "bundleId",
        "sku",
        "primaryLocale",
        "isOrEverWasMadeForKids",
        "subscriptionStatusUrl",
        "subscriptionStatusUrlVersion",
        "subscriptionStatusUrlForSandbox",
        "subscriptionStatusUrlVersionForSandbox",
        "contentRightsDeclaration",
        "streamlinedPurchasingEnabled",
        "accessibilityDeclarations",
        "appEncryptionDeclarations",
        "appStoreIcon",
        "ciProduct",
        "betaTesters",
        "betaGroups",
        "appStoreVersions",
        "appTags",
        "preReleaseVersions",
        "betaAppLocalizations",
        "builds",
        "betaLicenseAgreement",
        "betaAppReviewDetail",
        "appInfos",
        "appClips",
        "appPricePoints",
        "endUserLicenseAgreement",
        "appPriceSchedule",
        "appAvailabilityV2",
        "inAppPurchases",
        "subscriptionGroups",
        "gameCenterEnabledVersions",
        "perfPowerMetrics",
        "appCustomProductPages",
        "inAppPurchasesV2",
        "promotedPurchases",
        "appEvents",
        "reviewSubmissions",
        "subscriptionGracePeriod",
        "customerReviews",
        "customerReviewSummarizations",
        "gameCenterDetail",
        "appStoreVersionExperimentsV2",
        "alternativeDistributionKey",
        "analyticsReportRequests",
        "marketplaceSearchDetail",
        "buildUploads",
        "backgroundAssets",
        "betaFeedbackScreenshotSubmissions",
        "betaFeedbackCrashSubmissions",
        "searchKeywords",
        "webhooks",
        "androidToIosAppMappingDetails",
    ]
    _Enum4 = Literal["compatibleVersions", "app"]


class GameCenterEnabledVersions(SyncAPIResource):
    """``client.game_center_enabled_versions``"""

    @cached_property
    def compatible_versions(self) -> GameCenterEnabledVersionsCompatibleVersions:
        return GameCenterEnabledVersionsCompatibleVersions(self._client)


class GameCenterEnabledVersionsCompatibleVersions(SyncAPIResource):
    """``client.game_center_enabled_versions.compatible_versions``: /v1/gameCenterEnabledVersions"""

    def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterEnabledVersionCompatibleVersionsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterEnabledVersions_compatibleVersions_createToManyRelationship

        POST /v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterenabledversions-_id_-relationships-compatibleversions
        """
        if body is None:
            body = _support.linkages("gameCenterEnabledVersions", ids)
        return self._client._call(
            "POST",
            path("/v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions", id=id),
            body=body,
            deprecated="gameCenterEnabledVersions_compatibleVersions_createToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterEnabledVersionCompatibleVersionsLinkagesResponse,
        GameCenterEnabledVersionCompatibleVersionsLinkagesResponseData,
    ]:
        """gameCenterEnabledVersions_compatibleVersions_getToManyRelationship

        GET /v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterenabledversions-_id_-relationships-compatibleversions
        """
        from ascapi.models.game_center_enabled_version_compatible_versions_linkages_response import (
            GameCenterEnabledVersionCompatibleVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterEnabledVersions_compatibleVersions_getToManyRelationship",
            response_type=GameCenterEnabledVersionCompatibleVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_platform: Sequence[_Enum0] | None = None,
        filter_version_string: Sequence[str] | None = None,
        filter_app: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        sort: Sequence[_Enum1] | None = None,
        fields_game_center_enabled_versions: Sequence[_Enum2] | None = None,
        fields_apps: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_compatible_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterEnabledVersionsResponse, GameCenterEnabledVersion]:
        """gameCenterEnabledVersions_compatibleVersions_getToManyRelated

        GET /v1/gameCenterEnabledVersions/{id}/compatibleVersions

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterenabledversions-_id_-compatibleversions
        """
        from ascapi.models.game_center_enabled_versions_response import (
            GameCenterEnabledVersionsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterEnabledVersions/{id}/compatibleVersions", id=id),
            params={
                "filter[platform]": filter_platform,
                "filter[versionString]": filter_version_string,
                "filter[app]": filter_app,
                "filter[id]": filter_id,
                "sort": sort,
                "fields[gameCenterEnabledVersions]": fields_game_center_enabled_versions,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "limit[compatibleVersions]": limit_compatible_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[compatibleVersions]": 50},
            deprecated="gameCenterEnabledVersions_compatibleVersions_getToManyRelated",
            response_type=GameCenterEnabledVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterEnabledVersionCompatibleVersionsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterEnabledVersions_compatibleVersions_deleteToManyRelationship

        DELETE /v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterenabledversions-_id_-relationships-compatibleversions
        """
        if body is None:
            body = _support.linkages("gameCenterEnabledVersions", ids)
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions", id=id),
            body=body,
            deprecated="gameCenterEnabledVersions_compatibleVersions_deleteToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )

    def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterEnabledVersionCompatibleVersionsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterEnabledVersions_compatibleVersions_replaceToManyRelationship

        PATCH /v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterenabledversions-_id_-relationships-compatibleversions
        """
        if body is None:
            body = _support.linkages("gameCenterEnabledVersions", ids)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions", id=id),
            body=body,
            deprecated="gameCenterEnabledVersions_compatibleVersions_replaceToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterEnabledVersions(AsyncAPIResource):
    """``client.game_center_enabled_versions``"""

    @cached_property
    def compatible_versions(self) -> AsyncGameCenterEnabledVersionsCompatibleVersions:
        return AsyncGameCenterEnabledVersionsCompatibleVersions(self._client)


class AsyncGameCenterEnabledVersionsCompatibleVersions(AsyncAPIResource):
    """``client.game_center_enabled_versions.compatible_versions``: /v1/gameCenterEnabledVersions"""

    async def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterEnabledVersionCompatibleVersionsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterEnabledVersions_compatibleVersions_createToManyRelationship

        POST /v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterenabledversions-_id_-relationships-compatibleversions
        """
        if body is None:
            body = _support.linkages("gameCenterEnabledVersions", ids)
        return await self._client._call(
            "POST",
            path("/v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions", id=id),
            body=body,
            deprecated="gameCenterEnabledVersions_compatibleVersions_createToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterEnabledVersionCompatibleVersionsLinkagesResponse,
        GameCenterEnabledVersionCompatibleVersionsLinkagesResponseData,
    ]:
        """gameCenterEnabledVersions_compatibleVersions_getToManyRelationship

        GET /v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterenabledversions-_id_-relationships-compatibleversions
        """
        from ascapi.models.game_center_enabled_version_compatible_versions_linkages_response import (
            GameCenterEnabledVersionCompatibleVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterEnabledVersions_compatibleVersions_getToManyRelationship",
            response_type=GameCenterEnabledVersionCompatibleVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_platform: Sequence[_Enum0] | None = None,
        filter_version_string: Sequence[str] | None = None,
        filter_app: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        sort: Sequence[_Enum1] | None = None,
        fields_game_center_enabled_versions: Sequence[_Enum2] | None = None,
        fields_apps: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_compatible_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterEnabledVersionsResponse, GameCenterEnabledVersion]:
        """gameCenterEnabledVersions_compatibleVersions_getToManyRelated

        GET /v1/gameCenterEnabledVersions/{id}/compatibleVersions

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterenabledversions-_id_-compatibleversions
        """
        from ascapi.models.game_center_enabled_versions_response import (
            GameCenterEnabledVersionsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterEnabledVersions/{id}/compatibleVersions", id=id),
            params={
                "filter[platform]": filter_platform,
                "filter[versionString]": filter_version_string,
                "filter[app]": filter_app,
                "filter[id]": filter_id,
                "sort": sort,
                "fields[gameCenterEnabledVersions]": fields_game_center_enabled_versions,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "limit[compatibleVersions]": limit_compatible_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[compatibleVersions]": 50},
            deprecated="gameCenterEnabledVersions_compatibleVersions_getToManyRelated",
            response_type=GameCenterEnabledVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterEnabledVersionCompatibleVersionsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterEnabledVersions_compatibleVersions_deleteToManyRelationship

        DELETE /v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterenabledversions-_id_-relationships-compatibleversions
        """
        if body is None:
            body = _support.linkages("gameCenterEnabledVersions", ids)
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions", id=id),
            body=body,
            deprecated="gameCenterEnabledVersions_compatibleVersions_deleteToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )

    async def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterEnabledVersionCompatibleVersionsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterEnabledVersions_compatibleVersions_replaceToManyRelationship

        PATCH /v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterenabledversions-_id_-relationships-compatibleversions
        """
        if body is None:
            body = _support.linkages("gameCenterEnabledVersions", ids)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions", id=id),
            body=body,
            deprecated="gameCenterEnabledVersions_compatibleVersions_replaceToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )
