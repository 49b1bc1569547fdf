# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``pre_release_versions`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._types import NOT_GIVEN

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse
    from ascapi.models.build import Build
    from ascapi.models.builds_without_includes_response import BuildsWithoutIncludesResponse
    from ascapi.models.pre_release_versions_response import PreReleaseVersionsResponse
    from ascapi.models.prerelease_version import PrereleaseVersion
    from ascapi.models.prerelease_version_app_linkage_response import (
        PrereleaseVersionAppLinkageResponse,
    )
    from ascapi.models.prerelease_version_builds_linkages_response import (
        PrereleaseVersionBuildsLinkagesResponse,
        PrereleaseVersionBuildsLinkagesResponseData,
    )
    from ascapi.models.prerelease_version_response import PrereleaseVersionResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["version", "platform", "builds", "app"]
    _Enum1 = Literal[
        "version",
        "uploadedDate",
        "expirationDate",
        "expired",
        "minOsVersion",
        "lsMinimumSystemVersion",
        "computedMinMacOsVersion",
        "computedMinVisionOsVersion",
        "iconAssetToken",
        "processingState",
        "buildAudienceType",
        "usesNonExemptEncryption",
        "preReleaseVersion",
        "individualTesters",
        "betaGroups",
        "betaBuildLocalizations",
        "appEncryptionDeclaration",
        "betaAppReviewSubmission",
        "app",
        "buildBetaDetail",
        "appStoreVersion",
        "icons",
        "buildBundles",
        "buildUpload",
        "perfPowerMetrics",
        "diagnosticSignatures",
    ]
    _Enum2 = Literal[
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
    _Enum3 = Literal["builds", "app"]
    _Enum4 = Literal["INTERNAL_ONLY", "APP_STORE_ELIGIBLE"]
    _Enum5 = Literal["PROCESSING", "FAILED", "INVALID", "VALID"]
    _Enum6 = Literal["IOS", "MAC_OS", "TV_OS", "VISION_OS"]
    _Enum7 = Literal["version", "-version"]


class PreReleaseVersions(SyncAPIResource):
    """``client.pre_release_versions``: /v1/preReleaseVersions"""

    @cached_property
    def app(self) -> PreReleaseVersionsApp:
        return PreReleaseVersionsApp(self._client)

    @cached_property
    def builds(self) -> PreReleaseVersionsBuilds:
        return PreReleaseVersionsBuilds(self._client)

    def get(
        self,
        id: str,
        *,
        fields_pre_release_versions: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_builds: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PrereleaseVersionResponse:
        """preReleaseVersions_getInstance

        GET /v1/preReleaseVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_
        """
        from ascapi.models.prerelease_version_response import PrereleaseVersionResponse

        return self._client._call(
            "GET",
            path("/v1/preReleaseVersions/{id}", id=id),
            params={
                "fields[preReleaseVersions]": fields_pre_release_versions,
                "fields[builds]": fields_builds,
                "fields[apps]": fields_apps,
                "include": include,
                "limit[builds]": limit_builds,
            },
            maxima={"limit[builds]": 50},
            response_type=PrereleaseVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_builds_build_audience_type: Sequence[_Enum4] | None = None,
        filter_builds_expired: Sequence[str] | None = None,
        filter_builds_processing_state: Sequence[_Enum5] | None = None,
        filter_builds_version: Sequence[str] | None = None,
        filter_platform: Sequence[_Enum6] | None = None,
        filter_version: Sequence[str] | None = None,
        filter_app: Sequence[str] | None = None,
        filter_builds: Sequence[str] | None = None,
        sort: Sequence[_Enum7] | None = None,
        fields_pre_release_versions: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_builds: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[PreReleaseVersionsResponse, PrereleaseVersion]:
        """preReleaseVersions_getCollection

        GET /v1/preReleaseVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions
        """
        from ascapi.models.pre_release_versions_response import PreReleaseVersionsResponse

        return self._client._get_page(
            "/v1/preReleaseVersions",
            params={
                "filter[builds.buildAudienceType]": filter_builds_build_audience_type,
                "filter[builds.expired]": filter_builds_expired,
                "filter[builds.processingState]": filter_builds_processing_state,
                "filter[builds.version]": filter_builds_version,
                "filter[platform]": filter_platform,
                "filter[version]": filter_version,
                "filter[app]": filter_app,
                "filter[builds]": filter_builds,
                "sort": sort,
                "fields[preReleaseVersions]": fields_pre_release_versions,
                "fields[builds]": fields_builds,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "limit[builds]": limit_builds,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[builds]": 50},
            response_type=PreReleaseVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class PreReleaseVersionsApp(SyncAPIResource):
    """``client.pre_release_versions.app``: /v1/preReleaseVersions"""

    def get(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppWithoutIncludesResponse:
        """preReleaseVersions_app_getToOneRelated

        GET /v1/preReleaseVersions/{id}/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_-app
        """
        from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse

        return self._client._call(
            "GET",
            path("/v1/preReleaseVersions/{id}/app", id=id),
            params={"fields[apps]": fields_apps},
            response_type=AppWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PrereleaseVersionAppLinkageResponse:
        """preReleaseVersions_app_getToOneRelationship

        GET /v1/preReleaseVersions/{id}/relationships/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_-relationships-app
        """
        from ascapi.models.prerelease_version_app_linkage_response import (
            PrereleaseVersionAppLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/preReleaseVersions/{id}/relationships/app", id=id),
            response_type=PrereleaseVersionAppLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class PreReleaseVersionsBuilds(SyncAPIResource):
    """``client.pre_release_versions.builds``: /v1/preReleaseVersions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[PrereleaseVersionBuildsLinkagesResponse, PrereleaseVersionBuildsLinkagesResponseData]:
        """preReleaseVersions_builds_getToManyRelationship

        GET /v1/preReleaseVersions/{id}/relationships/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_-relationships-builds
        """
        from ascapi.models.prerelease_version_builds_linkages_response import (
            PrereleaseVersionBuildsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/preReleaseVersions/{id}/relationships/builds", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=PrereleaseVersionBuildsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_builds: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BuildsWithoutIncludesResponse, Build]:
        """preReleaseVersions_builds_getToManyRelated

        GET /v1/preReleaseVersions/{id}/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_-builds
        """
        from ascapi.models.builds_without_includes_response import BuildsWithoutIncludesResponse

        return self._client._get_page(
            path("/v1/preReleaseVersions/{id}/builds", id=id),
            params={"fields[builds]": fields_builds, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncPreReleaseVersions(AsyncAPIResource):
    """``client.pre_release_versions``: /v1/preReleaseVersions"""

    @cached_property
    def app(self) -> AsyncPreReleaseVersionsApp:
        return AsyncPreReleaseVersionsApp(self._client)

    @cached_property
    def builds(self) -> AsyncPreReleaseVersionsBuilds:
        return AsyncPreReleaseVersionsBuilds(self._client)

    async def get(
        self,
        id: str,
        *,
        fields_pre_release_versions: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_builds: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PrereleaseVersionResponse:
        """preReleaseVersions_getInstance

        GET /v1/preReleaseVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_
        """
        from ascapi.models.prerelease_version_response import PrereleaseVersionResponse

        return await self._client._call(
            "GET",
            path("/v1/preReleaseVersions/{id}", id=id),
            params={
                "fields[preReleaseVersions]": fields_pre_release_versions,
                "fields[builds]": fields_builds,
                "fields[apps]": fields_apps,
                "include": include,
                "limit[builds]": limit_builds,
            },
            maxima={"limit[builds]": 50},
            response_type=PrereleaseVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_builds_build_audience_type: Sequence[_Enum4] | None = None,
        filter_builds_expired: Sequence[str] | None = None,
        filter_builds_processing_state: Sequence[_Enum5] | None = None,
        filter_builds_version: Sequence[str] | None = None,
        filter_platform: Sequence[_Enum6] | None = None,
        filter_version: Sequence[str] | None = None,
        filter_app: Sequence[str] | None = None,
        filter_builds: Sequence[str] | None = None,
        sort: Sequence[_Enum7] | None = None,
        fields_pre_release_versions: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_builds: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[PreReleaseVersionsResponse, PrereleaseVersion]:
        """preReleaseVersions_getCollection

        GET /v1/preReleaseVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions
        """
        from ascapi.models.pre_release_versions_response import PreReleaseVersionsResponse

        return self._client._get_page(
            "/v1/preReleaseVersions",
            params={
                "filter[builds.buildAudienceType]": filter_builds_build_audience_type,
                "filter[builds.expired]": filter_builds_expired,
                "filter[builds.processingState]": filter_builds_processing_state,
                "filter[builds.version]": filter_builds_version,
                "filter[platform]": filter_platform,
                "filter[version]": filter_version,
                "filter[app]": filter_app,
                "filter[builds]": filter_builds,
                "sort": sort,
                "fields[preReleaseVersions]": fields_pre_release_versions,
                "fields[builds]": fields_builds,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "limit[builds]": limit_builds,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[builds]": 50},
            response_type=PreReleaseVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncPreReleaseVersionsApp(AsyncAPIResource):
    """``client.pre_release_versions.app``: /v1/preReleaseVersions"""

    async def get(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppWithoutIncludesResponse:
        """preReleaseVersions_app_getToOneRelated

        GET /v1/preReleaseVersions/{id}/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_-app
        """
        from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse

        return await self._client._call(
            "GET",
            path("/v1/preReleaseVersions/{id}/app", id=id),
            params={"fields[apps]": fields_apps},
            response_type=AppWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PrereleaseVersionAppLinkageResponse:
        """preReleaseVersions_app_getToOneRelationship

        GET /v1/preReleaseVersions/{id}/relationships/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_-relationships-app
        """
        from ascapi.models.prerelease_version_app_linkage_response import (
            PrereleaseVersionAppLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/preReleaseVersions/{id}/relationships/app", id=id),
            response_type=PrereleaseVersionAppLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncPreReleaseVersionsBuilds(AsyncAPIResource):
    """``client.pre_release_versions.builds``: /v1/preReleaseVersions"""

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
        PrereleaseVersionBuildsLinkagesResponse, PrereleaseVersionBuildsLinkagesResponseData
    ]:
        """preReleaseVersions_builds_getToManyRelationship

        GET /v1/preReleaseVersions/{id}/relationships/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_-relationships-builds
        """
        from ascapi.models.prerelease_version_builds_linkages_response import (
            PrereleaseVersionBuildsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/preReleaseVersions/{id}/relationships/builds", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=PrereleaseVersionBuildsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_builds: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BuildsWithoutIncludesResponse, Build]:
        """preReleaseVersions_builds_getToManyRelated

        GET /v1/preReleaseVersions/{id}/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions-_id_-builds
        """
        from ascapi.models.builds_without_includes_response import BuildsWithoutIncludesResponse

        return self._client._get_page(
            path("/v1/preReleaseVersions/{id}/builds", id=id),
            params={"fields[builds]": fields_builds, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
