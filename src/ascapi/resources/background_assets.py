# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``background_assets`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.background_asset_create_request import BackgroundAssetCreateRequest
    from ascapi.models.background_asset_response import BackgroundAssetResponse
    from ascapi.models.background_asset_update_request import BackgroundAssetUpdateRequest
    from ascapi.models.background_asset_version import BackgroundAssetVersion
    from ascapi.models.background_asset_versions_linkages_response import (
        BackgroundAssetVersionsLinkagesResponse,
        BackgroundAssetVersionsLinkagesResponseData,
    )
    from ascapi.models.background_asset_versions_response import BackgroundAssetVersionsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "archived",
        "assetPackIdentifier",
        "createdDate",
        "usedBytes",
        "app",
        "versions",
        "appStoreVersion",
        "internalBetaVersion",
        "externalBetaVersion",
    ]
    _Enum1 = Literal[
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
    _Enum2 = Literal[
        "createdDate",
        "platforms",
        "state",
        "stateDetails",
        "version",
        "locale",
        "backgroundAsset",
        "internalBetaRelease",
        "externalBetaRelease",
        "appStoreRelease",
        "assetFile",
        "manifestFile",
        "backgroundAssetUploadFiles",
    ]
    _Enum3 = Literal["app", "appStoreVersion", "internalBetaVersion", "externalBetaVersion"]
    _Enum4 = Literal["IOS", "MAC_OS", "TV_OS", "VISION_OS"]
    _Enum5 = Literal["AWAITING_UPLOAD", "PROCESSING", "FAILED", "COMPLETE"]
    _Enum6 = Literal["READY_FOR_TESTING", "SUPERSEDED"]
    _Enum7 = Literal[
        "READY_FOR_BETA_SUBMISSION",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "REJECTED",
        "PROCESSING_FOR_TESTING",
        "READY_FOR_TESTING",
        "SUPERSEDED",
    ]
    _Enum8 = Literal[
        "PREPARE_FOR_SUBMISSION",
        "READY_FOR_REVIEW",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "ACCEPTED",
        "REJECTED",
        "PROCESSING_FOR_DISTRIBUTION",
        "READY_FOR_DISTRIBUTION",
        "SUPERSEDED",
    ]
    _Enum9 = Literal["version", "-version"]
    _Enum10 = Literal["state", "backgroundAssetVersion"]
    _Enum11 = Literal[
        "assetDeliveryState",
        "assetToken",
        "assetType",
        "fileName",
        "fileSize",
        "sourceFileChecksum",
        "sourceFileChecksums",
        "uploadOperations",
    ]
    _Enum12 = Literal[
        "backgroundAsset",
        "internalBetaRelease",
        "externalBetaRelease",
        "appStoreRelease",
        "assetFile",
        "manifestFile",
    ]


class BackgroundAssets(SyncAPIResource):
    """``client.background_assets``: /v1/backgroundAssets"""

    @cached_property
    def versions(self) -> BackgroundAssetsVersions:
        return BackgroundAssetsVersions(self._client)

    def create(
        self,
        *,
        body: BackgroundAssetCreateRequest | Mapping[str, Any] | None = None,
        asset_pack_identifier: str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BackgroundAssetResponse:
        """backgroundAssets_createInstance

        POST /v1/backgroundAssets

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-backgroundassets
        """
        from ascapi.models.background_asset_response import BackgroundAssetResponse

        body = _support.document(
            body,
            asset_pack_identifier is not UNSET or app is not UNSET,
            "backgroundAssets",
            None,
            {"assetPackIdentifier": asset_pack_identifier},
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/backgroundAssets",
            body=body,
            response_type=BackgroundAssetResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_background_assets: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_background_asset_versions: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BackgroundAssetResponse:
        """backgroundAssets_getInstance

        GET /v1/backgroundAssets/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_
        """
        from ascapi.models.background_asset_response import BackgroundAssetResponse

        return self._client._call(
            "GET",
            path("/v1/backgroundAssets/{id}", id=id),
            params={
                "fields[backgroundAssets]": fields_background_assets,
                "fields[apps]": fields_apps,
                "fields[backgroundAssetVersions]": fields_background_asset_versions,
                "include": include,
            },
            response_type=BackgroundAssetResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: BackgroundAssetUpdateRequest | Mapping[str, Any] | None = None,
        archived: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BackgroundAssetResponse:
        """backgroundAssets_updateInstance

        PATCH /v1/backgroundAssets/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-backgroundassets-_id_
        """
        from ascapi.models.background_asset_response import BackgroundAssetResponse

        body = _support.document(
            body,
            archived is not UNSET,
            "backgroundAssets",
            id,
            {"archived": archived},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/backgroundAssets/{id}", id=id),
            body=body,
            response_type=BackgroundAssetResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BackgroundAssetsVersions(SyncAPIResource):
    """``client.background_assets.versions``: /v1/backgroundAssets"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BackgroundAssetVersionsLinkagesResponse, BackgroundAssetVersionsLinkagesResponseData]:
        """backgroundAssets_versions_getToManyRelationship

        GET /v1/backgroundAssets/{id}/relationships/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_-relationships-versions
        """
        from ascapi.models.background_asset_versions_linkages_response import (
            BackgroundAssetVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/backgroundAssets/{id}/relationships/versions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BackgroundAssetVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_locale: Sequence[str] | None = None,
        filter_platforms: Sequence[_Enum4] | None = None,
        filter_state: Sequence[_Enum5] | None = None,
        filter_version: Sequence[str] | None = None,
        filter_internal_beta_release_state: Sequence[_Enum6] | None = None,
        filter_external_beta_release_state: Sequence[_Enum7] | None = None,
        filter_app_store_release_state: Sequence[_Enum8] | None = None,
        sort: Sequence[_Enum9] | None = None,
        fields_background_asset_versions: Sequence[_Enum2] | None = None,
        fields_background_assets: Sequence[_Enum0] | None = None,
        fields_background_asset_version_internal_beta_releases: Sequence[_Enum10] | None = None,
        fields_background_asset_version_external_beta_releases: Sequence[_Enum10] | None = None,
        fields_background_asset_version_app_store_releases: Sequence[_Enum10] | None = None,
        fields_background_asset_upload_files: Sequence[_Enum11] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum12] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BackgroundAssetVersionsResponse, BackgroundAssetVersion]:
        """backgroundAssets_versions_getToManyRelated

        GET /v1/backgroundAssets/{id}/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_-versions
        """
        from ascapi.models.background_asset_versions_response import BackgroundAssetVersionsResponse

        return self._client._get_page(
            path("/v1/backgroundAssets/{id}/versions", id=id),
            params={
                "filter[locale]": filter_locale,
                "filter[platforms]": filter_platforms,
                "filter[state]": filter_state,
                "filter[version]": filter_version,
                "filter[internalBetaRelease.state]": filter_internal_beta_release_state,
                "filter[externalBetaRelease.state]": filter_external_beta_release_state,
                "filter[appStoreRelease.state]": filter_app_store_release_state,
                "sort": sort,
                "fields[backgroundAssetVersions]": fields_background_asset_versions,
                "fields[backgroundAssets]": fields_background_assets,
                "fields[backgroundAssetVersionInternalBetaReleases]": fields_background_asset_version_internal_beta_releases,
                "fields[backgroundAssetVersionExternalBetaReleases]": fields_background_asset_version_external_beta_releases,
                "fields[backgroundAssetVersionAppStoreReleases]": fields_background_asset_version_app_store_releases,
                "fields[backgroundAssetUploadFiles]": fields_background_asset_upload_files,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BackgroundAssetVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBackgroundAssets(AsyncAPIResource):
    """``client.background_assets``: /v1/backgroundAssets"""

    @cached_property
    def versions(self) -> AsyncBackgroundAssetsVersions:
        return AsyncBackgroundAssetsVersions(self._client)

    async def create(
        self,
        *,
        body: BackgroundAssetCreateRequest | Mapping[str, Any] | None = None,
        asset_pack_identifier: str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BackgroundAssetResponse:
        """backgroundAssets_createInstance

        POST /v1/backgroundAssets

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-backgroundassets
        """
        from ascapi.models.background_asset_response import BackgroundAssetResponse

        body = _support.document(
            body,
            asset_pack_identifier is not UNSET or app is not UNSET,
            "backgroundAssets",
            None,
            {"assetPackIdentifier": asset_pack_identifier},
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/backgroundAssets",
            body=body,
            response_type=BackgroundAssetResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_background_assets: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_background_asset_versions: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BackgroundAssetResponse:
        """backgroundAssets_getInstance

        GET /v1/backgroundAssets/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_
        """
        from ascapi.models.background_asset_response import BackgroundAssetResponse

        return await self._client._call(
            "GET",
            path("/v1/backgroundAssets/{id}", id=id),
            params={
                "fields[backgroundAssets]": fields_background_assets,
                "fields[apps]": fields_apps,
                "fields[backgroundAssetVersions]": fields_background_asset_versions,
                "include": include,
            },
            response_type=BackgroundAssetResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: BackgroundAssetUpdateRequest | Mapping[str, Any] | None = None,
        archived: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BackgroundAssetResponse:
        """backgroundAssets_updateInstance

        PATCH /v1/backgroundAssets/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-backgroundassets-_id_
        """
        from ascapi.models.background_asset_response import BackgroundAssetResponse

        body = _support.document(
            body,
            archived is not UNSET,
            "backgroundAssets",
            id,
            {"archived": archived},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/backgroundAssets/{id}", id=id),
            body=body,
            response_type=BackgroundAssetResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBackgroundAssetsVersions(AsyncAPIResource):
    """``client.background_assets.versions``: /v1/backgroundAssets"""

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
        BackgroundAssetVersionsLinkagesResponse, BackgroundAssetVersionsLinkagesResponseData
    ]:
        """backgroundAssets_versions_getToManyRelationship

        GET /v1/backgroundAssets/{id}/relationships/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_-relationships-versions
        """
        from ascapi.models.background_asset_versions_linkages_response import (
            BackgroundAssetVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/backgroundAssets/{id}/relationships/versions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BackgroundAssetVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_locale: Sequence[str] | None = None,
        filter_platforms: Sequence[_Enum4] | None = None,
        filter_state: Sequence[_Enum5] | None = None,
        filter_version: Sequence[str] | None = None,
        filter_internal_beta_release_state: Sequence[_Enum6] | None = None,
        filter_external_beta_release_state: Sequence[_Enum7] | None = None,
        filter_app_store_release_state: Sequence[_Enum8] | None = None,
        sort: Sequence[_Enum9] | None = None,
        fields_background_asset_versions: Sequence[_Enum2] | None = None,
        fields_background_assets: Sequence[_Enum0] | None = None,
        fields_background_asset_version_internal_beta_releases: Sequence[_Enum10] | None = None,
        fields_background_asset_version_external_beta_releases: Sequence[_Enum10] | None = None,
        fields_background_asset_version_app_store_releases: Sequence[_Enum10] | None = None,
        fields_background_asset_upload_files: Sequence[_Enum11] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum12] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BackgroundAssetVersionsResponse, BackgroundAssetVersion]:
        """backgroundAssets_versions_getToManyRelated

        GET /v1/backgroundAssets/{id}/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_-versions
        """
        from ascapi.models.background_asset_versions_response import BackgroundAssetVersionsResponse

        return self._client._get_page(
            path("/v1/backgroundAssets/{id}/versions", id=id),
            params={
                "filter[locale]": filter_locale,
                "filter[platforms]": filter_platforms,
                "filter[state]": filter_state,
                "filter[version]": filter_version,
                "filter[internalBetaRelease.state]": filter_internal_beta_release_state,
                "filter[externalBetaRelease.state]": filter_external_beta_release_state,
                "filter[appStoreRelease.state]": filter_app_store_release_state,
                "sort": sort,
                "fields[backgroundAssetVersions]": fields_background_asset_versions,
                "fields[backgroundAssets]": fields_background_assets,
                "fields[backgroundAssetVersionInternalBetaReleases]": fields_background_asset_version_internal_beta_releases,
                "fields[backgroundAssetVersionExternalBetaReleases]": fields_background_asset_version_external_beta_releases,
                "fields[backgroundAssetVersionAppStoreReleases]": fields_background_asset_version_app_store_releases,
                "fields[backgroundAssetUploadFiles]": fields_background_asset_upload_files,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BackgroundAssetVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
