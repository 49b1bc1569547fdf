# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``build_beta_details`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.build_beta_detail import BuildBetaDetail
    from ascapi.models.build_beta_detail_build_linkage_response import (
        BuildBetaDetailBuildLinkageResponse,
    )
    from ascapi.models.build_beta_detail_response import BuildBetaDetailResponse
    from ascapi.models.build_beta_detail_update_request import BuildBetaDetailUpdateRequest
    from ascapi.models.build_beta_details_response import BuildBetaDetailsResponse
    from ascapi.models.build_response import BuildResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["autoNotifyEnabled", "internalBuildState", "externalBuildState", "build"]
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
    _Enum2 = Literal["build"]
    _Enum3 = Literal["version", "platform", "builds", "app"]
    _Enum4 = Literal[
        "firstName",
        "lastName",
        "email",
        "inviteType",
        "state",
        "appDevices",
        "apps",
        "betaGroups",
        "builds",
    ]
    _Enum5 = Literal[
        "name",
        "createdDate",
        "isInternalGroup",
        "hasAccessToAllBuilds",
        "publicLinkEnabled",
        "publicLinkId",
        "publicLinkLimitEnabled",
        "publicLinkLimit",
        "publicLink",
        "feedbackEnabled",
        "iosBuildsAvailableForAppleSiliconMac",
        "iosBuildsAvailableForAppleVision",
        "app",
        "builds",
        "betaTesters",
        "betaRecruitmentCriteria",
        "betaRecruitmentCriterionCompatibleBuildCheck",
    ]
    _Enum6 = Literal["whatsNew", "locale", "build"]
    _Enum7 = Literal[
        "appDescription",
        "createdDate",
        "usesEncryption",
        "exempt",
        "containsProprietaryCryptography",
        "containsThirdPartyCryptography",
        "availableOnFrenchStore",
        "platform",
        "uploadedDate",
        "documentUrl",
        "documentName",
        "documentType",
        "appEncryptionDeclarationState",
        "codeValue",
        "app",
        "builds",
        "appEncryptionDeclarationDocument",
    ]
    _Enum8 = Literal["betaReviewState", "submittedDate", "build"]
    _Enum9 = Literal[
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
    _Enum10 = Literal[
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
    _Enum11 = Literal["iconAsset", "iconType", "masked", "name"]
    _Enum12 = Literal[
        "bundleId",
        "bundleType",
        "sdkBuild",
        "platformBuild",
        "fileName",
        "hasSirikit",
        "hasOnDemandResources",
        "hasPrerenderedIcon",
        "usesLocationServices",
        "isIosBuildMacAppStoreCompatible",
        "includesSymbols",
        "dSYMUrl",
        "supportedArchitectures",
        "requiredCapabilities",
        "deviceProtocols",
        "locales",
        "entitlements",
        "baDownloadAllowance",
        "baMaxInstallSize",
        "minimumOsVersion",
        "appClipDomainCacheStatus",
        "appClipDomainDebugStatus",
        "betaAppClipInvocations",
        "buildBundleFileSizes",
    ]
    _Enum13 = Literal[
        "cfBundleShortVersionString",
        "cfBundleVersion",
        "createdDate",
        "state",
        "platform",
        "uploadedDate",
        "build",
        "assetFile",
        "assetDescriptionFile",
        "assetSpiFile",
        "buildUploadFiles",
    ]
    _Enum14 = Literal[
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
    ]


class BuildBetaDetails(SyncAPIResource):
    """``client.build_beta_details``: /v1/buildBetaDetails"""

    @cached_property
    def build(self) -> BuildBetaDetailsBuild:
        return BuildBetaDetailsBuild(self._client)

    def get(
        self,
        id: str,
        *,
        fields_build_beta_details: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildBetaDetailResponse:
        """buildBetaDetails_getInstance

        GET /v1/buildBetaDetails/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails-_id_
        """
        from ascapi.models.build_beta_detail_response import BuildBetaDetailResponse

        return self._client._call(
            "GET",
            path("/v1/buildBetaDetails/{id}", id=id),
            params={
                "fields[buildBetaDetails]": fields_build_beta_details,
                "fields[builds]": fields_builds,
                "include": include,
            },
            response_type=BuildBetaDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_build: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_build_beta_details: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BuildBetaDetailsResponse, BuildBetaDetail]:
        """buildBetaDetails_getCollection

        GET /v1/buildBetaDetails

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails
        """
        from ascapi.models.build_beta_details_response import BuildBetaDetailsResponse

        return self._client._get_page(
            "/v1/buildBetaDetails",
            params={
                "filter[build]": filter_build,
                "filter[id]": filter_id,
                "fields[buildBetaDetails]": fields_build_beta_details,
                "fields[builds]": fields_builds,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BuildBetaDetailsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: BuildBetaDetailUpdateRequest | Mapping[str, Any] | None = None,
        auto_notify_enabled: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildBetaDetailResponse:
        """buildBetaDetails_updateInstance

        PATCH /v1/buildBetaDetails/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-buildbetadetails-_id_
        """
        from ascapi.models.build_beta_detail_response import BuildBetaDetailResponse

        body = _support.document(
            body,
            auto_notify_enabled is not UNSET,
            "buildBetaDetails",
            id,
            {"autoNotifyEnabled": auto_notify_enabled},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/buildBetaDetails/{id}", id=id),
            body=body,
            response_type=BuildBetaDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BuildBetaDetailsBuild(SyncAPIResource):
    """``client.build_beta_details.build``: /v1/buildBetaDetails"""

    def get(
        self,
        id: str,
        *,
        fields_builds: Sequence[_Enum1] | None = None,
        fields_pre_release_versions: Sequence[_Enum3] | None = None,
        fields_beta_testers: Sequence[_Enum4] | None = None,
        fields_beta_groups: Sequence[_Enum5] | None = None,
        fields_beta_build_localizations: Sequence[_Enum6] | None = None,
        fields_app_encryption_declarations: Sequence[_Enum7] | None = None,
        fields_beta_app_review_submissions: Sequence[_Enum8] | None = None,
        fields_apps: Sequence[_Enum9] | None = None,
        fields_build_beta_details: Sequence[_Enum0] | None = None,
        fields_app_store_versions: Sequence[_Enum10] | None = None,
        fields_build_icons: Sequence[_Enum11] | None = None,
        fields_build_bundles: Sequence[_Enum12] | None = None,
        fields_build_uploads: Sequence[_Enum13] | None = None,
        include: Sequence[_Enum14] | None = None,
        limit_individual_testers: int | None = None,
        limit_beta_groups: int | None = None,
        limit_beta_build_localizations: int | None = None,
        limit_icons: int | None = None,
        limit_build_bundles: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildResponse:
        """buildBetaDetails_build_getToOneRelated

        GET /v1/buildBetaDetails/{id}/build

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails-_id_-build
        """
        from ascapi.models.build_response import BuildResponse

        return self._client._call(
            "GET",
            path("/v1/buildBetaDetails/{id}/build", id=id),
            params={
                "fields[builds]": fields_builds,
                "fields[preReleaseVersions]": fields_pre_release_versions,
                "fields[betaTesters]": fields_beta_testers,
                "fields[betaGroups]": fields_beta_groups,
                "fields[betaBuildLocalizations]": fields_beta_build_localizations,
                "fields[appEncryptionDeclarations]": fields_app_encryption_declarations,
                "fields[betaAppReviewSubmissions]": fields_beta_app_review_submissions,
                "fields[apps]": fields_apps,
                "fields[buildBetaDetails]": fields_build_beta_details,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[buildIcons]": fields_build_icons,
                "fields[buildBundles]": fields_build_bundles,
                "fields[buildUploads]": fields_build_uploads,
                "include": include,
                "limit[individualTesters]": limit_individual_testers,
                "limit[betaGroups]": limit_beta_groups,
                "limit[betaBuildLocalizations]": limit_beta_build_localizations,
                "limit[icons]": limit_icons,
                "limit[buildBundles]": limit_build_bundles,
            },
            maxima={
                "limit[individualTesters]": 50,
                "limit[betaGroups]": 50,
                "limit[betaBuildLocalizations]": 50,
                "limit[icons]": 50,
                "limit[buildBundles]": 50,
            },
            response_type=BuildResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildBetaDetailBuildLinkageResponse:
        """buildBetaDetails_build_getToOneRelationship

        GET /v1/buildBetaDetails/{id}/relationships/build

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails-_id_-relationships-build
        """
        from ascapi.models.build_beta_detail_build_linkage_response import (
            BuildBetaDetailBuildLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/buildBetaDetails/{id}/relationships/build", id=id),
            response_type=BuildBetaDetailBuildLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildBetaDetails(AsyncAPIResource):
    """``client.build_beta_details``: /v1/buildBetaDetails"""

    @cached_property
    def build(self) -> AsyncBuildBetaDetailsBuild:
        return AsyncBuildBetaDetailsBuild(self._client)

    async def get(
        self,
        id: str,
        *,
        fields_build_beta_details: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildBetaDetailResponse:
        """buildBetaDetails_getInstance

        GET /v1/buildBetaDetails/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails-_id_
        """
        from ascapi.models.build_beta_detail_response import BuildBetaDetailResponse

        return await self._client._call(
            "GET",
            path("/v1/buildBetaDetails/{id}", id=id),
            params={
                "fields[buildBetaDetails]": fields_build_beta_details,
                "fields[builds]": fields_builds,
                "include": include,
            },
            response_type=BuildBetaDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_build: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_build_beta_details: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BuildBetaDetailsResponse, BuildBetaDetail]:
        """buildBetaDetails_getCollection

        GET /v1/buildBetaDetails

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails
        """
        from ascapi.models.build_beta_details_response import BuildBetaDetailsResponse

        return self._client._get_page(
            "/v1/buildBetaDetails",
            params={
                "filter[build]": filter_build,
                "filter[id]": filter_id,
                "fields[buildBetaDetails]": fields_build_beta_details,
                "fields[builds]": fields_builds,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BuildBetaDetailsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: BuildBetaDetailUpdateRequest | Mapping[str, Any] | None = None,
        auto_notify_enabled: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildBetaDetailResponse:
        """buildBetaDetails_updateInstance

        PATCH /v1/buildBetaDetails/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-buildbetadetails-_id_
        """
        from ascapi.models.build_beta_detail_response import BuildBetaDetailResponse

        body = _support.document(
            body,
            auto_notify_enabled is not UNSET,
            "buildBetaDetails",
            id,
            {"autoNotifyEnabled": auto_notify_enabled},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/buildBetaDetails/{id}", id=id),
            body=body,
            response_type=BuildBetaDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildBetaDetailsBuild(AsyncAPIResource):
    """``client.build_beta_details.build``: /v1/buildBetaDetails"""

    async def get(
        self,
        id: str,
        *,
        fields_builds: Sequence[_Enum1] | None = None,
        fields_pre_release_versions: Sequence[_Enum3] | None = None,
        fields_beta_testers: Sequence[_Enum4] | None = None,
        fields_beta_groups: Sequence[_Enum5] | None = None,
        fields_beta_build_localizations: Sequence[_Enum6] | None = None,
        fields_app_encryption_declarations: Sequence[_Enum7] | None = None,
        fields_beta_app_review_submissions: Sequence[_Enum8] | None = None,
        fields_apps: Sequence[_Enum9] | None = None,
        fields_build_beta_details: Sequence[_Enum0] | None = None,
        fields_app_store_versions: Sequence[_Enum10] | None = None,
        fields_build_icons: Sequence[_Enum11] | None = None,
        fields_build_bundles: Sequence[_Enum12] | None = None,
        fields_build_uploads: Sequence[_Enum13] | None = None,
        include: Sequence[_Enum14] | None = None,
        limit_individual_testers: int | None = None,
        limit_beta_groups: int | None = None,
        limit_beta_build_localizations: int | None = None,
        limit_icons: int | None = None,
        limit_build_bundles: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildResponse:
        """buildBetaDetails_build_getToOneRelated

        GET /v1/buildBetaDetails/{id}/build

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails-_id_-build
        """
        from ascapi.models.build_response import BuildResponse

        return await self._client._call(
            "GET",
            path("/v1/buildBetaDetails/{id}/build", id=id),
            params={
                "fields[builds]": fields_builds,
                "fields[preReleaseVersions]": fields_pre_release_versions,
                "fields[betaTesters]": fields_beta_testers,
                "fields[betaGroups]": fields_beta_groups,
                "fields[betaBuildLocalizations]": fields_beta_build_localizations,
                "fields[appEncryptionDeclarations]": fields_app_encryption_declarations,
                "fields[betaAppReviewSubmissions]": fields_beta_app_review_submissions,
                "fields[apps]": fields_apps,
                "fields[buildBetaDetails]": fields_build_beta_details,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[buildIcons]": fields_build_icons,
                "fields[buildBundles]": fields_build_bundles,
                "fields[buildUploads]": fields_build_uploads,
                "include": include,
                "limit[individualTesters]": limit_individual_testers,
                "limit[betaGroups]": limit_beta_groups,
                "limit[betaBuildLocalizations]": limit_beta_build_localizations,
                "limit[icons]": limit_icons,
                "limit[buildBundles]": limit_build_bundles,
            },
            maxima={
                "limit[individualTesters]": 50,
                "limit[betaGroups]": 50,
                "limit[betaBuildLocalizations]": 50,
                "limit[icons]": 50,
                "limit[buildBundles]": 50,
            },
            response_type=BuildResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildBetaDetailBuildLinkageResponse:
        """buildBetaDetails_build_getToOneRelationship

        GET /v1/buildBetaDetails/{id}/relationships/build

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails-_id_-relationships-build
        """
        from ascapi.models.build_beta_detail_build_linkage_response import (
            BuildBetaDetailBuildLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/buildBetaDetails/{id}/relationships/build", id=id),
            response_type=BuildBetaDetailBuildLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
