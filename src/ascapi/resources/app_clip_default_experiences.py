# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_clip_default_experiences`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_clip_app_store_review_detail_response import (
        AppClipAppStoreReviewDetailResponse,
    )
    from ascapi.models.app_clip_default_experience_app_clip_app_store_review_detail_linkage_response import (
        AppClipDefaultExperienceAppClipAppStoreReviewDetailLinkageResponse,
    )
    from ascapi.models.app_clip_default_experience_app_clip_default_experience_localizations_linkages_response import (
        AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponse,
        AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponseData,
    )
    from ascapi.models.app_clip_default_experience_create_request import (
        AppClipDefaultExperienceCreateRequest,
    )
    from ascapi.models.app_clip_default_experience_localization import (
        AppClipDefaultExperienceLocalization,
    )
    from ascapi.models.app_clip_default_experience_localizations_response import (
        AppClipDefaultExperienceLocalizationsResponse,
    )
    from ascapi.models.app_clip_default_experience_release_with_app_store_version_linkage_request import (
        AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageRequest,
    )
    from ascapi.models.app_clip_default_experience_release_with_app_store_version_linkage_response import (
        AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageResponse,
    )
    from ascapi.models.app_clip_default_experience_response import AppClipDefaultExperienceResponse
    from ascapi.models.app_clip_default_experience_update_request import (
        AppClipDefaultExperienceUpdateRequest,
    )
    from ascapi.models.app_store_version_response import AppStoreVersionResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["OPEN", "VIEW", "PLAY"]
    _Enum1 = Literal[
        "action",
        "appClip",
        "releaseWithAppStoreVersion",
        "appClipDefaultExperienceLocalizations",
        "appClipAppStoreReviewDetail",
    ]
    _Enum2 = Literal["bundleId", "app", "appClipDefaultExperiences", "appClipAdvancedExperiences"]
    _Enum3 = Literal[
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
    _Enum4 = Literal["locale", "subtitle", "appClipDefaultExperience", "appClipHeaderImage"]
    _Enum5 = Literal["invocationUrls", "appClipDefaultExperience"]
    _Enum6 = Literal[
        "appClip",
        "releaseWithAppStoreVersion",
        "appClipDefaultExperienceLocalizations",
        "appClipAppStoreReviewDetail",
    ]
    _Enum7 = Literal["appClipDefaultExperience"]
    _Enum8 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "imageAsset",
        "uploadOperations",
        "assetDeliveryState",
        "appClipDefaultExperienceLocalization",
    ]
    _Enum9 = Literal["appClipDefaultExperience", "appClipHeaderImage"]
    _Enum10 = Literal[
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
    _Enum11 = Literal[
        "description",
        "locale",
        "keywords",
        "marketingUrl",
        "promotionalText",
        "supportUrl",
        "whatsNew",
        "appStoreVersion",
        "appScreenshotSets",
        "appPreviewSets",
        "searchKeywords",
    ]
    _Enum12 = Literal[
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
    _Enum13 = Literal["phasedReleaseState", "startDate", "totalPauseDuration", "currentDayNumber"]
    _Enum14 = Literal["enabled", "compatibilityVersions", "appStoreVersion"]
    _Enum15 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "uploadOperations",
        "assetDeliveryState",
        "appStoreVersion",
    ]
    _Enum16 = Literal[
        "contactFirstName",
        "contactLastName",
        "contactPhone",
        "contactEmail",
        "demoAccountName",
        "demoAccountPassword",
        "demoAccountRequired",
        "notes",
        "appStoreVersion",
        "appStoreReviewAttachments",
    ]
    _Enum17 = Literal["appStoreVersion"]
    _Enum18 = Literal[
        "name",
        "trafficProportion",
        "state",
        "reviewRequired",
        "startDate",
        "endDate",
        "appStoreVersion",
        "appStoreVersionExperimentTreatments",
        "platform",
        "app",
        "latestControlVersion",
        "controlVersions",
    ]
    _Enum19 = Literal["sourceFileChecksum", "versions"]
    _Enum20 = Literal[
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
        "alternativeDistributionPackage",
    ]


class AppClipDefaultExperiences(SyncAPIResource):
    """``client.app_clip_default_experiences``: /v1/appClipDefaultExperiences"""

    @cached_property
    def app_clip_app_store_review_detail(
        self,
    ) -> AppClipDefaultExperiencesAppClipAppStoreReviewDetail:
        return AppClipDefaultExperiencesAppClipAppStoreReviewDetail(self._client)

    @cached_property
    def app_clip_default_experience_localizations(
        self,
    ) -> AppClipDefaultExperiencesAppClipDefaultExperienceLocalizations:
        return AppClipDefaultExperiencesAppClipDefaultExperienceLocalizations(self._client)

    @cached_property
    def release_with_app_store_version(self) -> AppClipDefaultExperiencesReleaseWithAppStoreVersion:
        return AppClipDefaultExperiencesReleaseWithAppStoreVersion(self._client)

    def create(
        self,
        *,
        body: AppClipDefaultExperienceCreateRequest | Mapping[str, Any] | None = None,
        action: _Enum0 | str | None | UnsetType = UNSET,
        app_clip: str | None | UnsetType = UNSET,
        release_with_app_store_version: str | None | UnsetType = UNSET,
        app_clip_default_experience_template: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDefaultExperienceResponse:
        """appClipDefaultExperiences_createInstance

        POST /v1/appClipDefaultExperiences

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipdefaultexperiences
        """
        from ascapi.models.app_clip_default_experience_response import (
            AppClipDefaultExperienceResponse,
        )

        body = _support.document(
            body,
            action is not UNSET
            or app_clip is not UNSET
            or release_with_app_store_version is not UNSET
            or app_clip_default_experience_template is not UNSET,
            "appClipDefaultExperiences",
            None,
            {"action": action},
            {
                "appClip": ("appClips", False, app_clip),
                "releaseWithAppStoreVersion": (
                    "appStoreVersions",
                    False,
                    release_with_app_store_version,
                ),
                "appClipDefaultExperienceTemplate": (
                    "appClipDefaultExperiences",
                    False,
                    app_clip_default_experience_template,
                ),
            },
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/appClipDefaultExperiences",
            body=body,
            response_type=AppClipDefaultExperienceResponse,
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
        """appClipDefaultExperiences_deleteInstance

        DELETE /v1/appClipDefaultExperiences/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appclipdefaultexperiences-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appClipDefaultExperiences/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_clip_default_experiences: Sequence[_Enum1] | None = None,
        fields_app_clips: Sequence[_Enum2] | None = None,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        fields_app_clip_default_experience_localizations: Sequence[_Enum4] | None = None,
        fields_app_clip_app_store_review_details: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_app_clip_default_experience_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDefaultExperienceResponse:
        """appClipDefaultExperiences_getInstance

        GET /v1/appClipDefaultExperiences/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_
        """
        from ascapi.models.app_clip_default_experience_response import (
            AppClipDefaultExperienceResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appClipDefaultExperiences/{id}", id=id),
            params={
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "fields[appClips]": fields_app_clips,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appClipDefaultExperienceLocalizations]": fields_app_clip_default_experience_localizations,
                "fields[appClipAppStoreReviewDetails]": fields_app_clip_app_store_review_details,
                "include": include,
                "limit[appClipDefaultExperienceLocalizations]": limit_app_clip_default_experience_localizations,
            },
            maxima={"limit[appClipDefaultExperienceLocalizations]": 50},
            response_type=AppClipDefaultExperienceResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppClipDefaultExperienceUpdateRequest | Mapping[str, Any] | None = None,
        action: _Enum0 | str | None | UnsetType = UNSET,
        release_with_app_store_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDefaultExperienceResponse:
        """appClipDefaultExperiences_updateInstance

        PATCH /v1/appClipDefaultExperiences/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipdefaultexperiences-_id_
        """
        from ascapi.models.app_clip_default_experience_response import (
            AppClipDefaultExperienceResponse,
        )

        body = _support.document(
            body,
            action is not UNSET or release_with_app_store_version is not UNSET,
            "appClipDefaultExperiences",
            id,
            {"action": action},
            {
                "releaseWithAppStoreVersion": (
                    "appStoreVersions",
                    False,
                    release_with_app_store_version,
                )
            },
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appClipDefaultExperiences/{id}", id=id),
            body=body,
            response_type=AppClipDefaultExperienceResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppClipDefaultExperiencesAppClipAppStoreReviewDetail(SyncAPIResource):
    """``client.app_clip_default_experiences.app_clip_app_store_review_detail``: /v1/appClipDefaultExperiences"""

    def get(
        self,
        id: str,
        *,
        fields_app_clip_app_store_review_details: Sequence[_Enum5] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum7] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipAppStoreReviewDetailResponse:
        """appClipDefaultExperiences_appClipAppStoreReviewDetail_getToOneRelated

        GET /v1/appClipDefaultExperiences/{id}/appClipAppStoreReviewDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-appclipappstorereviewdetail
        """
        from ascapi.models.app_clip_app_store_review_detail_response import (
            AppClipAppStoreReviewDetailResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appClipDefaultExperiences/{id}/appClipAppStoreReviewDetail", id=id),
            params={
                "fields[appClipAppStoreReviewDetails]": fields_app_clip_app_store_review_details,
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "include": include,
            },
            response_type=AppClipAppStoreReviewDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDefaultExperienceAppClipAppStoreReviewDetailLinkageResponse:
        """appClipDefaultExperiences_appClipAppStoreReviewDetail_getToOneRelationship

        GET /v1/appClipDefaultExperiences/{id}/relationships/appClipAppStoreReviewDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-relationships-appclipappstorereviewdetail
        """
        from ascapi.models.app_clip_default_experience_app_clip_app_store_review_detail_linkage_response import (
            AppClipDefaultExperienceAppClipAppStoreReviewDetailLinkageResponse,
        )

        return self._client._call(
            "GET",
            path(
                "/v1/appClipDefaultExperiences/{id}/relationships/appClipAppStoreReviewDetail",
                id=id,
            ),
            response_type=AppClipDefaultExperienceAppClipAppStoreReviewDetailLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppClipDefaultExperiencesAppClipDefaultExperienceLocalizations(SyncAPIResource):
    """``client.app_clip_default_experiences.app_clip_default_experience_localizations``: /v1/appClipDefaultExperiences"""

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
        AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponse,
        AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponseData,
    ]:
        """appClipDefaultExperiences_appClipDefaultExperienceLocalizations_getToManyRelationship

        GET /v1/appClipDefaultExperiences/{id}/relationships/appClipDefaultExperienceLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-relationships-appclipdefaultexperiencelocalizations
        """
        from ascapi.models.app_clip_default_experience_app_clip_default_experience_localizations_linkages_response import (
            AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path(
                "/v1/appClipDefaultExperiences/{id}/relationships/appClipDefaultExperienceLocalizations",
                id=id,
            ),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_locale: Sequence[str] | None = None,
        fields_app_clip_default_experience_localizations: Sequence[_Enum4] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum1] | None = None,
        fields_app_clip_header_images: Sequence[_Enum8] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum9] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppClipDefaultExperienceLocalizationsResponse, AppClipDefaultExperienceLocalization]:
        """appClipDefaultExperiences_appClipDefaultExperienceLocalizations_getToManyRelated

        GET /v1/appClipDefaultExperiences/{id}/appClipDefaultExperienceLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-appclipdefaultexperiencelocalizations
        """
        from ascapi.models.app_clip_default_experience_localizations_response import (
            AppClipDefaultExperienceLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v1/appClipDefaultExperiences/{id}/appClipDefaultExperienceLocalizations", id=id),
            params={
                "filter[locale]": filter_locale,
                "fields[appClipDefaultExperienceLocalizations]": fields_app_clip_default_experience_localizations,
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "fields[appClipHeaderImages]": fields_app_clip_header_images,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppClipDefaultExperienceLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppClipDefaultExperiencesReleaseWithAppStoreVersion(SyncAPIResource):
    """``client.app_clip_default_experiences.release_with_app_store_version``: /v1/appClipDefaultExperiences"""

    def get(
        self,
        id: str,
        *,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        fields_apps: Sequence[_Enum10] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum11] | None = None,
        fields_builds: Sequence[_Enum12] | None = None,
        fields_app_store_version_phased_releases: Sequence[_Enum13] | None = None,
        fields_game_center_app_versions: Sequence[_Enum14] | None = None,
        fields_routing_app_coverages: Sequence[_Enum15] | None = None,
        fields_app_store_review_details: Sequence[_Enum16] | None = None,
        fields_app_store_version_submissions: Sequence[_Enum17] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum1] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum18] | None = None,
        fields_alternative_distribution_packages: Sequence[_Enum19] | None = None,
        include: Sequence[_Enum20] | None = None,
        limit_app_store_version_localizations: int | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionResponse:
        """appClipDefaultExperiences_releaseWithAppStoreVersion_getToOneRelated

        GET /v1/appClipDefaultExperiences/{id}/releaseWithAppStoreVersion

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-releasewithappstoreversion
        """
        from ascapi.models.app_store_version_response import AppStoreVersionResponse

        return self._client._call(
            "GET",
            path("/v1/appClipDefaultExperiences/{id}/releaseWithAppStoreVersion", id=id),
            params={
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[apps]": fields_apps,
                "fields[appStoreVersionLocalizations]": fields_app_store_version_localizations,
                "fields[builds]": fields_builds,
                "fields[appStoreVersionPhasedReleases]": fields_app_store_version_phased_releases,
                "fields[gameCenterAppVersions]": fields_game_center_app_versions,
                "fields[routingAppCoverages]": fields_routing_app_coverages,
                "fields[appStoreReviewDetails]": fields_app_store_review_details,
                "fields[appStoreVersionSubmissions]": fields_app_store_version_submissions,
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "fields[appStoreVersionExperiments]": fields_app_store_version_experiments,
                "fields[alternativeDistributionPackages]": fields_alternative_distribution_packages,
                "include": include,
                "limit[appStoreVersionLocalizations]": limit_app_store_version_localizations,
                "limit[appStoreVersionExperiments]": limit_app_store_version_experiments,
                "limit[appStoreVersionExperimentsV2]": limit_app_store_version_experiments_v2,
            },
            maxima={
                "limit[appStoreVersionLocalizations]": 50,
                "limit[appStoreVersionExperiments]": 50,
                "limit[appStoreVersionExperimentsV2]": 50,
            },
            response_type=AppStoreVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageResponse:
        """appClipDefaultExperiences_releaseWithAppStoreVersion_getToOneRelationship

        GET /v1/appClipDefaultExperiences/{id}/relationships/releaseWithAppStoreVersion

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-relationships-releasewithappstoreversion
        """
        from ascapi.models.app_clip_default_experience_release_with_app_store_version_linkage_response import (
            AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageResponse,
        )

        return self._client._call(
            "GET",
            path(
                "/v1/appClipDefaultExperiences/{id}/relationships/releaseWithAppStoreVersion", id=id
            ),
            response_type=AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """appClipDefaultExperiences_releaseWithAppStoreVersion_updateToOneRelationship

        PATCH /v1/appClipDefaultExperiences/{id}/relationships/releaseWithAppStoreVersion

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipdefaultexperiences-_id_-relationships-releasewithappstoreversion
        """
        if body is None:
            body = _support.linkage("appStoreVersions", related_id)
        return self._client._call(
            "PATCH",
            path(
                "/v1/appClipDefaultExperiences/{id}/relationships/releaseWithAppStoreVersion", id=id
            ),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppClipDefaultExperiences(AsyncAPIResource):
    """``client.app_clip_default_experiences``: /v1/appClipDefaultExperiences"""

    @cached_property
    def app_clip_app_store_review_detail(
        self,
    ) -> AsyncAppClipDefaultExperiencesAppClipAppStoreReviewDetail:
        return AsyncAppClipDefaultExperiencesAppClipAppStoreReviewDetail(self._client)

    @cached_property
    def app_clip_default_experience_localizations(
        self,
    ) -> AsyncAppClipDefaultExperiencesAppClipDefaultExperienceLocalizations:
        return AsyncAppClipDefaultExperiencesAppClipDefaultExperienceLocalizations(self._client)

    @cached_property
    def release_with_app_store_version(
        self,
    ) -> AsyncAppClipDefaultExperiencesReleaseWithAppStoreVersion:
        return AsyncAppClipDefaultExperiencesReleaseWithAppStoreVersion(self._client)

    async def create(
        self,
        *,
        body: AppClipDefaultExperienceCreateRequest | Mapping[str, Any] | None = None,
        action: _Enum0 | str | None | UnsetType = UNSET,
        app_clip: str | None | UnsetType = UNSET,
        release_with_app_store_version: str | None | UnsetType = UNSET,
        app_clip_default_experience_template: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDefaultExperienceResponse:
        """appClipDefaultExperiences_createInstance

        POST /v1/appClipDefaultExperiences

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipdefaultexperiences
        """
        from ascapi.models.app_clip_default_experience_response import (
            AppClipDefaultExperienceResponse,
        )

        body = _support.document(
            body,
            action is not UNSET
            or app_clip is not UNSET
            or release_with_app_store_version is not UNSET
            or app_clip_default_experience_template is not UNSET,
            "appClipDefaultExperiences",
            None,
            {"action": action},
            {
                "appClip": ("appClips", False, app_clip),
                "releaseWithAppStoreVersion": (
                    "appStoreVersions",
                    False,
                    release_with_app_store_version,
                ),
                "appClipDefaultExperienceTemplate": (
                    "appClipDefaultExperiences",
                    False,
                    app_clip_default_experience_template,
                ),
            },
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/appClipDefaultExperiences",
            body=body,
            response_type=AppClipDefaultExperienceResponse,
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
        """appClipDefaultExperiences_deleteInstance

        DELETE /v1/appClipDefaultExperiences/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appclipdefaultexperiences-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appClipDefaultExperiences/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_clip_default_experiences: Sequence[_Enum1] | None = None,
        fields_app_clips: Sequence[_Enum2] | None = None,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        fields_app_clip_default_experience_localizations: Sequence[_Enum4] | None = None,
        fields_app_clip_app_store_review_details: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_app_clip_default_experience_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDefaultExperienceResponse:
        """appClipDefaultExperiences_getInstance

        GET /v1/appClipDefaultExperiences/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_
        """
        from ascapi.models.app_clip_default_experience_response import (
            AppClipDefaultExperienceResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appClipDefaultExperiences/{id}", id=id),
            params={
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "fields[appClips]": fields_app_clips,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appClipDefaultExperienceLocalizations]": fields_app_clip_default_experience_localizations,
                "fields[appClipAppStoreReviewDetails]": fields_app_clip_app_store_review_details,
                "include": include,
                "limit[appClipDefaultExperienceLocalizations]": limit_app_clip_default_experience_localizations,
            },
            maxima={"limit[appClipDefaultExperienceLocalizations]": 50},
            response_type=AppClipDefaultExperienceResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppClipDefaultExperienceUpdateRequest | Mapping[str, Any] | None = None,
        action: _Enum0 | str | None | UnsetType = UNSET,
        release_with_app_store_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDefaultExperienceResponse:
        """appClipDefaultExperiences_updateInstance

        PATCH /v1/appClipDefaultExperiences/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipdefaultexperiences-_id_
        """
        from ascapi.models.app_clip_default_experience_response import (
            AppClipDefaultExperienceResponse,
        )

        body = _support.document(
            body,
            action is not UNSET or release_with_app_store_version is not UNSET,
            "appClipDefaultExperiences",
            id,
            {"action": action},
            {
                "releaseWithAppStoreVersion": (
                    "appStoreVersions",
                    False,
                    release_with_app_store_version,
                )
            },
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appClipDefaultExperiences/{id}", id=id),
            body=body,
            response_type=AppClipDefaultExperienceResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppClipDefaultExperiencesAppClipAppStoreReviewDetail(AsyncAPIResource):
    """``client.app_clip_default_experiences.app_clip_app_store_review_detail``: /v1/appClipDefaultExperiences"""

    async def get(
        self,
        id: str,
        *,
        fields_app_clip_app_store_review_details: Sequence[_Enum5] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum7] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipAppStoreReviewDetailResponse:
        """appClipDefaultExperiences_appClipAppStoreReviewDetail_getToOneRelated

        GET /v1/appClipDefaultExperiences/{id}/appClipAppStoreReviewDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-appclipappstorereviewdetail
        """
        from ascapi.models.app_clip_app_store_review_detail_response import (
            AppClipAppStoreReviewDetailResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appClipDefaultExperiences/{id}/appClipAppStoreReviewDetail", id=id),
            params={
                "fields[appClipAppStoreReviewDetails]": fields_app_clip_app_store_review_details,
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "include": include,
            },
            response_type=AppClipAppStoreReviewDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDefaultExperienceAppClipAppStoreReviewDetailLinkageResponse:
        """appClipDefaultExperiences_appClipAppStoreReviewDetail_getToOneRelationship

        GET /v1/appClipDefaultExperiences/{id}/relationships/appClipAppStoreReviewDetail

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-relationships-appclipappstorereviewdetail
        """
        from ascapi.models.app_clip_default_experience_app_clip_app_store_review_detail_linkage_response import (
            AppClipDefaultExperienceAppClipAppStoreReviewDetailLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path(
                "/v1/appClipDefaultExperiences/{id}/relationships/appClipAppStoreReviewDetail",
                id=id,
            ),
            response_type=AppClipDefaultExperienceAppClipAppStoreReviewDetailLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppClipDefaultExperiencesAppClipDefaultExperienceLocalizations(AsyncAPIResource):
    """``client.app_clip_default_experiences.app_clip_default_experience_localizations``: /v1/appClipDefaultExperiences"""

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
        AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponse,
        AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponseData,
    ]:
        """appClipDefaultExperiences_appClipDefaultExperienceLocalizations_getToManyRelationship

        GET /v1/appClipDefaultExperiences/{id}/relationships/appClipDefaultExperienceLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-relationships-appclipdefaultexperiencelocalizations
        """
        from ascapi.models.app_clip_default_experience_app_clip_default_experience_localizations_linkages_response import (
            AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path(
                "/v1/appClipDefaultExperiences/{id}/relationships/appClipDefaultExperienceLocalizations",
                id=id,
            ),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_locale: Sequence[str] | None = None,
        fields_app_clip_default_experience_localizations: Sequence[_Enum4] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum1] | None = None,
        fields_app_clip_header_images: Sequence[_Enum8] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum9] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        AppClipDefaultExperienceLocalizationsResponse, AppClipDefaultExperienceLocalization
    ]:
        """appClipDefaultExperiences_appClipDefaultExperienceLocalizations_getToManyRelated

        GET /v1/appClipDefaultExperiences/{id}/appClipDefaultExperienceLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-appclipdefaultexperiencelocalizations
        """
        from ascapi.models.app_clip_default_experience_localizations_response import (
            AppClipDefaultExperienceLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v1/appClipDefaultExperiences/{id}/appClipDefaultExperienceLocalizations", id=id),
            params={
                "filter[locale]": filter_locale,
                "fields[appClipDefaultExperienceLocalizations]": fields_app_clip_default_experience_localizations,
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "fields[appClipHeaderImages]": fields_app_clip_header_images,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppClipDefaultExperienceLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppClipDefaultExperiencesReleaseWithAppStoreVersion(AsyncAPIResource):
    """``client.app_clip_default_experiences.release_with_app_store_version``: /v1/appClipDefaultExperiences"""

    async def get(
        self,
        id: str,
        *,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        fields_apps: Sequence[_Enum10] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum11] | None = None,
        fields_builds: Sequence[_Enum12] | None = None,
        fields_app_store_version_phased_releases: Sequence[_Enum13] | None = None,
        fields_game_center_app_versions: Sequence[_Enum14] | None = None,
        fields_routing_app_coverages: Sequence[_Enum15] | None = None,
        fields_app_store_review_details: Sequence[_Enum16] | None = None,
        fields_app_store_version_submissions: Sequence[_Enum17] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum1] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum18] | None = None,
        fields_alternative_distribution_packages: Sequence[_Enum19] | None = None,
        include: Sequence[_Enum20] | None = None,
        limit_app_store_version_localizations: int | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionResponse:
        """appClipDefaultExperiences_releaseWithAppStoreVersion_getToOneRelated

        GET /v1/appClipDefaultExperiences/{id}/releaseWithAppStoreVersion

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-releasewithappstoreversion
        """
        from ascapi.models.app_store_version_response import AppStoreVersionResponse

        return await self._client._call(
            "GET",
            path("/v1/appClipDefaultExperiences/{id}/releaseWithAppStoreVersion", id=id),
            params={
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[apps]": fields_apps,
                "fields[appStoreVersionLocalizations]": fields_app_store_version_localizations,
                "fields[builds]": fields_builds,
                "fields[appStoreVersionPhasedReleases]": fields_app_store_version_phased_releases,
                "fields[gameCenterAppVersions]": fields_game_center_app_versions,
                "fields[routingAppCoverages]": fields_routing_app_coverages,
                "fields[appStoreReviewDetails]": fields_app_store_review_details,
                "fields[appStoreVersionSubmissions]": fields_app_store_version_submissions,
                "fields[appClipDefaultExperiences]": fields_app_clip_default_experiences,
                "fields[appStoreVersionExperiments]": fields_app_store_version_experiments,
                "fields[alternativeDistributionPackages]": fields_alternative_distribution_packages,
                "include": include,
                "limit[appStoreVersionLocalizations]": limit_app_store_version_localizations,
                "limit[appStoreVersionExperiments]": limit_app_store_version_experiments,
                "limit[appStoreVersionExperimentsV2]": limit_app_store_version_experiments_v2,
            },
            maxima={
                "limit[appStoreVersionLocalizations]": 50,
                "limit[appStoreVersionExperiments]": 50,
                "limit[appStoreVersionExperimentsV2]": 50,
            },
            response_type=AppStoreVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageResponse:
        """appClipDefaultExperiences_releaseWithAppStoreVersion_getToOneRelationship

        GET /v1/appClipDefaultExperiences/{id}/relationships/releaseWithAppStoreVersion

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-relationships-releasewithappstoreversion
        """
        from ascapi.models.app_clip_default_experience_release_with_app_store_version_linkage_response import (
            AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path(
                "/v1/appClipDefaultExperiences/{id}/relationships/releaseWithAppStoreVersion", id=id
            ),
            response_type=AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def set(
        self,
        id: str,
        related_id: str | None | UnsetType = UNSET,
        *,
        body: AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """appClipDefaultExperiences_releaseWithAppStoreVersion_updateToOneRelationship

        PATCH /v1/appClipDefaultExperiences/{id}/relationships/releaseWithAppStoreVersion

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipdefaultexperiences-_id_-relationships-releasewithappstoreversion
        """
        if body is None:
            body = _support.linkage("appStoreVersions", related_id)
        return await self._client._call(
            "PATCH",
            path(
                "/v1/appClipDefaultExperiences/{id}/relationships/releaseWithAppStoreVersion", id=id
            ),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )
