# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_clips`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_clip_advanced_experience import AppClipAdvancedExperience
    from ascapi.models.app_clip_advanced_experiences_response import (
        AppClipAdvancedExperiencesResponse,
    )
    from ascapi.models.app_clip_app_clip_advanced_experiences_linkages_response import (
        AppClipAppClipAdvancedExperiencesLinkagesResponse,
        AppClipAppClipAdvancedExperiencesLinkagesResponseData,
    )
    from ascapi.models.app_clip_app_clip_default_experiences_linkages_response import (
        AppClipAppClipDefaultExperiencesLinkagesResponse,
        AppClipAppClipDefaultExperiencesLinkagesResponseData,
    )
    from ascapi.models.app_clip_default_experience import AppClipDefaultExperience
    from ascapi.models.app_clip_default_experiences_response import (
        AppClipDefaultExperiencesResponse,
    )
    from ascapi.models.app_clip_response import AppClipResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["bundleId", "app", "appClipDefaultExperiences", "appClipAdvancedExperiences"]
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
        "action",
        "appClip",
        "releaseWithAppStoreVersion",
        "appClipDefaultExperienceLocalizations",
        "appClipAppStoreReviewDetail",
    ]
    _Enum3 = Literal["app", "appClipDefaultExperiences"]
    _Enum4 = Literal["RECEIVED", "DEACTIVATED", "APP_TRANSFER_IN_PROGRESS"]
    _Enum5 = Literal["PENDING", "MATCHED", "NO_MATCH"]
    _Enum6 = Literal["OPEN", "VIEW", "PLAY"]
    _Enum7 = Literal[
        "link",
        "version",
        "status",
        "action",
        "isPoweredBy",
        "place",
        "placeStatus",
        "businessCategory",
        "defaultLanguage",
        "appClip",
        "headerImage",
        "localizations",
    ]
    _Enum8 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
    ]
    _Enum9 = Literal["language", "title", "subtitle"]
    _Enum10 = Literal["appClip", "headerImage", "localizations"]
    _Enum11 = Literal[
        "platform",
        "versionString",
        "appStoreState",
        "appVersionState",
        "copyright",
        "reviewType",
        "releaseType",
        "earliestReleaseDate",
        "usesIdfa",
        "downloadable",
        "createdDate",
        "app",
        "appStoreVersionLocalizations",
        "build",
        "appStoreVersionPhasedRelease",
        "gameCenterAppVersion",
        "routingAppCoverage",
        "appStoreReviewDetail",
        "appStoreVersionSubmission",
        "appClipDefaultExperience",
        "appStoreVersionExperiments",
        "appStoreVersionExperimentsV2",
        "customerReviews",
        "alternativeDistributionPackage",
    ]
    _Enum12 = Literal["locale", "subtitle", "appClipDefaultExperience", "appClipHeaderImage"]
    _Enum13 = Literal["invocationUrls", "appClipDefaultExperience"]
    _Enum14 = Literal[
        "appClip",
        "releaseWithAppStoreVersion",
        "appClipDefaultExperienceLocalizations",
        "appClipAppStoreReviewDetail",
    ]


class AppClips(SyncAPIResource):
    """``client.app_clips``: /v1/appClips"""

    @cached_property
    def app_clip_advanced_experiences(self) -> AppClipsAppClipAdvancedExperiences:
        return AppClipsAppClipAdvancedExperiences(self._client)

    @cached_property
    def app_clip_default_experiences(self) -> AppClipsAppClipDefaultExperiences:
        return AppClipsAppClipDefaultExperiences(self._client)

    def get(
        self,
        id: str,
        *,
        fields_app_clips: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_app_clip_default_experiences: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipResponse:
        """appClips_getInstance

        GET /v1/appClips/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_
        """
        from ascapi.models.app_clip_response import AppClipResponse

        return self._client._call(
            "GET",
            path("/v1/appClips/{id}", id=id),
            params={
                "fields[appClips]": fields_app_clips,
                "fields[apps]": fields_apps,
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "include": include,
                "limit[appClipDefaultExperiences]": limit_app_clip_default_experiences,
            },
            maxima={"limit[appClipDefaultExperiences]": 50},
            response_type=AppClipResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppClipsAppClipAdvancedExperiences(SyncAPIResource):
    """``client.app_clips.app_clip_advanced_experiences``: /v1/appClips"""

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
        AppClipAppClipAdvancedExperiencesLinkagesResponse,
        AppClipAppClipAdvancedExperiencesLinkagesResponseData,
    ]:
        """appClips_appClipAdvancedExperiences_getToManyRelationship

        GET /v1/appClips/{id}/relationships/appClipAdvancedExperiences

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-relationships-appclipadvancedexperiences
        """
        from ascapi.models.app_clip_app_clip_advanced_experiences_linkages_response import (
            AppClipAppClipAdvancedExperiencesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appClips/{id}/relationships/appClipAdvancedExperiences", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppClipAppClipAdvancedExperiencesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_status: Sequence[_Enum4] | None = None,
        filter_place_status: Sequence[_Enum5] | None = None,
        filter_action: Sequence[_Enum6] | None = None,
        fields_app_clip_advanced_experiences: Sequence[_Enum7] | None = None,
        fields_app_clips: Sequence[_Enum0] | None = None,
        fields_app_clip_advanced_experience_images: Sequence[_Enum8] | None = None,
        fields_app_clip_advanced_experience_localizations: Sequence[_Enum9] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum10] | None = None,
        limit_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppClipAdvancedExperiencesResponse, AppClipAdvancedExperience]:
        """appClips_appClipAdvancedExperiences_getToManyRelated

        GET /v1/appClips/{id}/appClipAdvancedExperiences

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-appclipadvancedexperiences
        """
        from ascapi.models.app_clip_advanced_experiences_response import (
            AppClipAdvancedExperiencesResponse,
        )

        return self._client._get_page(
            path("/v1/appClips/{id}/appClipAdvancedExperiences", id=id),
            params={
                "filter[status]": filter_status,
                "filter[placeStatus]": filter_place_status,
                "filter[action]": filter_action,
                "fields[appClipAdvancedExperiences]": fields_app_clip_advanced_experiences,
                "fields[appClips]": fields_app_clips,
                "fields[appClipAdvancedExperienceImages]": fields_app_clip_advanced_experience_images,
                "fields[appClipAdvancedExperienceLocalizations]": fields_app_clip_advanced_experience_localizations,
                "limit": limit,
                "include": include,
                "limit[localizations]": limit_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[localizations]": 50},
            response_type=AppClipAdvancedExperiencesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppClipsAppClipDefaultExperiences(SyncAPIResource):
    """``client.app_clips.app_clip_default_experiences``: /v1/appClips"""

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
        AppClipAppClipDefaultExperiencesLinkagesResponse,
        AppClipAppClipDefaultExperiencesLinkagesResponseData,
    ]:
        """appClips_appClipDefaultExperiences_getToManyRelationship

        GET /v1/appClips/{id}/relationships/appClipDefaultExperiences

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-relationships-appclipdefaultexperiences
        """
        from ascapi.models.app_clip_app_clip_default_experiences_linkages_response import (
            AppClipAppClipDefaultExperiencesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appClips/{id}/relationships/appClipDefaultExperiences", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppClipAppClipDefaultExperiencesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        exists_release_with_app_store_version: bool | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum2] | None = None,
        fields_app_clips: Sequence[_Enum0] | None = None,
        fields_app_store_versions: Sequence[_Enum11] | None = None,
        fields_app_clip_default_experience_localizations: Sequence[_Enum12] | None = None,
        fields_app_clip_app_store_review_details: Sequence[_Enum13] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum14] | None = None,
        limit_app_clip_default_experience_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppClipDefaultExperiencesResponse, AppClipDefaultExperience]:
        """appClips_appClipDefaultExperiences_getToManyRelated

        GET /v1/appClips/{id}/appClipDefaultExperiences

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-appclipdefaultexperiences
        """
        from ascapi.models.app_clip_default_experiences_response import (
            AppClipDefaultExperiencesResponse,
        )

        return self._client._get_page(
            path("/v1/appClips/{id}/appClipDefaultExperiences", id=id),
            params={
                "exists[releaseWithAppStoreVersion]": exists_release_with_app_store_version,
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "fields[appClips]": fields_app_clips,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appClipDefaultExperienceLocalizations]": fields_app_clip_default_experience_localizations,
                "fields[appClipAppStoreReviewDetails]": fields_app_clip_app_store_review_details,
                "limit": limit,
                "include": include,
                "limit[appClipDefaultExperienceLocalizations]": limit_app_clip_default_experience_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[appClipDefaultExperienceLocalizations]": 50},
            response_type=AppClipDefaultExperiencesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppClips(AsyncAPIResource):
    """``client.app_clips``: /v1/appClips"""

    @cached_property
    def app_clip_advanced_experiences(self) -> AsyncAppClipsAppClipAdvancedExperiences:
        return AsyncAppClipsAppClipAdvancedExperiences(self._client)

    @cached_property
    def app_clip_default_experiences(self) -> AsyncAppClipsAppClipDefaultExperiences:
        return AsyncAppClipsAppClipDefaultExperiences(self._client)

    async def get(
        self,
        id: str,
        *,
        fields_app_clips: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_app_clip_default_experiences: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipResponse:
        """appClips_getInstance

        GET /v1/appClips/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_
        """
        from ascapi.models.app_clip_response import AppClipResponse

        return await self._client._call(
            "GET",
            path("/v1/appClips/{id}", id=id),
            params={
                "fields[appClips]": fields_app_clips,
                "fields[apps]": fields_apps,
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "include": include,
                "limit[appClipDefaultExperiences]": limit_app_clip_default_experiences,
            },
            maxima={"limit[appClipDefaultExperiences]": 50},
            response_type=AppClipResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppClipsAppClipAdvancedExperiences(AsyncAPIResource):
    """``client.app_clips.app_clip_advanced_experiences``: /v1/appClips"""

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
        AppClipAppClipAdvancedExperiencesLinkagesResponse,
        AppClipAppClipAdvancedExperiencesLinkagesResponseData,
    ]:
        """appClips_appClipAdvancedExperiences_getToManyRelationship

        GET /v1/appClips/{id}/relationships/appClipAdvancedExperiences

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-relationships-appclipadvancedexperiences
        """
        from ascapi.models.app_clip_app_clip_advanced_experiences_linkages_response import (
            AppClipAppClipAdvancedExperiencesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appClips/{id}/relationships/appClipAdvancedExperiences", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppClipAppClipAdvancedExperiencesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_status: Sequence[_Enum4] | None = None,
        filter_place_status: Sequence[_Enum5] | None = None,
        filter_action: Sequence[_Enum6] | None = None,
        fields_app_clip_advanced_experiences: Sequence[_Enum7] | None = None,
        fields_app_clips: Sequence[_Enum0] | None = None,
        fields_app_clip_advanced_experience_images: Sequence[_Enum8] | None = None,
        fields_app_clip_advanced_experience_localizations: Sequence[_Enum9] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum10] | None = None,
        limit_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppClipAdvancedExperiencesResponse, AppClipAdvancedExperience]:
        """appClips_appClipAdvancedExperiences_getToManyRelated

        GET /v1/appClips/{id}/appClipAdvancedExperiences

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-appclipadvancedexperiences
        """
        from ascapi.models.app_clip_advanced_experiences_response import (
            AppClipAdvancedExperiencesResponse,
        )

        return self._client._get_page(
            path("/v1/appClips/{id}/appClipAdvancedExperiences", id=id),
            params={
                "filter[status]": filter_status,
                "filter[placeStatus]": filter_place_status,
                "filter[action]": filter_action,
                "fields[appClipAdvancedExperiences]": fields_app_clip_advanced_experiences,
                "fields[appClips]": fields_app_clips,
                "fields[appClipAdvancedExperienceImages]": fields_app_clip_advanced_experience_images,
                "fields[appClipAdvancedExperienceLocalizations]": fields_app_clip_advanced_experience_localizations,
                "limit": limit,
                "include": include,
                "limit[localizations]": limit_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[localizations]": 50},
            response_type=AppClipAdvancedExperiencesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppClipsAppClipDefaultExperiences(AsyncAPIResource):
    """``client.app_clips.app_clip_default_experiences``: /v1/appClips"""

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
        AppClipAppClipDefaultExperiencesLinkagesResponse,
        AppClipAppClipDefaultExperiencesLinkagesResponseData,
    ]:
        """appClips_appClipDefaultExperiences_getToManyRelationship

        GET /v1/appClips/{id}/relationships/appClipDefaultExperiences

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-relationships-appclipdefaultexperiences
        """
        from ascapi.models.app_clip_app_clip_default_experiences_linkages_response import (
            AppClipAppClipDefaultExperiencesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appClips/{id}/relationships/appClipDefaultExperiences", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppClipAppClipDefaultExperiencesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        exists_release_with_app_store_version: bool | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum2] | None = None,
        fields_app_clips: Sequence[_Enum0] | None = None,
        fields_app_store_versions: Sequence[_Enum11] | None = None,
        fields_app_clip_default_experience_localizations: Sequence[_Enum12] | None = None,
        fields_app_clip_app_store_review_details: Sequence[_Enum13] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum14] | None = None,
        limit_app_clip_default_experience_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppClipDefaultExperiencesResponse, AppClipDefaultExperience]:
        """appClips_appClipDefaultExperiences_getToManyRelated

        GET /v1/appClips/{id}/appClipDefaultExperiences

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-appclipdefaultexperiences
        """
        from ascapi.models.app_clip_default_experiences_response import (
            AppClipDefaultExperiencesResponse,
        )

        return self._client._get_page(
            path("/v1/appClips/{id}/appClipDefaultExperiences", id=id),
            params={
                "exists[releaseWithAppStoreVersion]": exists_release_with_app_store_version,
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "fields[appClips]": fields_app_clips,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appClipDefaultExperienceLocalizations]": fields_app_clip_default_experience_localizations,
                "fields[appClipAppStoreReviewDetails]": fields_app_clip_app_store_review_details,
                "limit": limit,
                "include": include,
                "limit[appClipDefaultExperienceLocalizations]": limit_app_clip_default_experience_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[appClipDefaultExperienceLocalizations]": 50},
            response_type=AppClipDefaultExperiencesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
