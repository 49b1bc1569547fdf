# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_app_versions`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_store_version_response import AppStoreVersionResponse
    from ascapi.models.game_center_app_version import GameCenterAppVersion
    from ascapi.models.game_center_app_version_app_store_version_linkage_response import (
        GameCenterAppVersionAppStoreVersionLinkageResponse,
    )
    from ascapi.models.game_center_app_version_compatibility_versions_linkages_request import (
        GameCenterAppVersionCompatibilityVersionsLinkagesRequest,
    )
    from ascapi.models.game_center_app_version_compatibility_versions_linkages_response import (
        GameCenterAppVersionCompatibilityVersionsLinkagesResponse,
        GameCenterAppVersionCompatibilityVersionsLinkagesResponseData,
    )
    from ascapi.models.game_center_app_version_create_request import (
        GameCenterAppVersionCreateRequest,
    )
    from ascapi.models.game_center_app_version_response import GameCenterAppVersionResponse
    from ascapi.models.game_center_app_version_update_request import (
        GameCenterAppVersionUpdateRequest,
    )
    from ascapi.models.game_center_app_versions_response import GameCenterAppVersionsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["enabled", "compatibilityVersions", "appStoreVersion"]
    _Enum1 = Literal[
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
    _Enum2 = Literal["compatibilityVersions", "appStoreVersion"]
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
    _Enum4 = Literal[
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
    _Enum5 = Literal[
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
    _Enum6 = Literal["phasedReleaseState", "startDate", "totalPauseDuration", "currentDayNumber"]
    _Enum7 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "uploadOperations",
        "assetDeliveryState",
        "appStoreVersion",
    ]
    _Enum8 = Literal[
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
    _Enum9 = Literal["appStoreVersion"]
    _Enum10 = Literal[
        "action",
        "appClip",
        "releaseWithAppStoreVersion",
        "appClipDefaultExperienceLocalizations",
        "appClipAppStoreReviewDetail",
    ]
    _Enum11 = Literal[
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
    _Enum12 = Literal["sourceFileChecksum", "versions"]
    _Enum13 = Literal[
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


class GameCenterAppVersions(SyncAPIResource):
    """``client.game_center_app_versions``: /v1/gameCenterAppVersions"""

    @cached_property
    def app_store_version(self) -> GameCenterAppVersionsAppStoreVersion:
        return GameCenterAppVersionsAppStoreVersion(self._client)

    @cached_property
    def compatibility_versions(self) -> GameCenterAppVersionsCompatibilityVersions:
        return GameCenterAppVersionsCompatibilityVersions(self._client)

    def create(
        self,
        *,
        body: GameCenterAppVersionCreateRequest | Mapping[str, Any] | None = None,
        app_store_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAppVersionResponse:
        """gameCenterAppVersions_createInstance

        POST /v1/gameCenterAppVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterappversions
        """
        from ascapi.models.game_center_app_version_response import GameCenterAppVersionResponse

        body = _support.document(
            body,
            app_store_version is not UNSET,
            "gameCenterAppVersions",
            None,
            {},
            {"appStoreVersion": ("appStoreVersions", False, app_store_version)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterAppVersions",
            body=body,
            response_type=GameCenterAppVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_app_versions: Sequence[_Enum0] | None = None,
        fields_app_store_versions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_compatibility_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAppVersionResponse:
        """gameCenterAppVersions_getInstance

        GET /v1/gameCenterAppVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_
        """
        from ascapi.models.game_center_app_version_response import GameCenterAppVersionResponse

        return self._client._call(
            "GET",
            path("/v1/gameCenterAppVersions/{id}", id=id),
            params={
                "fields[gameCenterAppVersions]": fields_game_center_app_versions,
                "fields[appStoreVersions]": fields_app_store_versions,
                "include": include,
                "limit[compatibilityVersions]": limit_compatibility_versions,
            },
            maxima={"limit[compatibilityVersions]": 50},
            response_type=GameCenterAppVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterAppVersionUpdateRequest | Mapping[str, Any] | None = None,
        enabled: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAppVersionResponse:
        """gameCenterAppVersions_updateInstance

        PATCH /v1/gameCenterAppVersions/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterappversions-_id_
        """
        from ascapi.models.game_center_app_version_response import GameCenterAppVersionResponse

        body = _support.document(
            body,
            enabled is not UNSET,
            "gameCenterAppVersions",
            id,
            {"enabled": enabled},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterAppVersions/{id}", id=id),
            body=body,
            response_type=GameCenterAppVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterAppVersionsAppStoreVersion(SyncAPIResource):
    """``client.game_center_app_versions.app_store_version``: /v1/gameCenterAppVersions"""

    def get(
        self,
        id: str,
        *,
        fields_app_store_versions: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum3] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum4] | None = None,
        fields_builds: Sequence[_Enum5] | None = None,
        fields_app_store_version_phased_releases: Sequence[_Enum6] | None = None,
        fields_game_center_app_versions: Sequence[_Enum0] | None = None,
        fields_routing_app_coverages: Sequence[_Enum7] | None = None,
        fields_app_store_review_details: Sequence[_Enum8] | None = None,
        fields_app_store_version_submissions: Sequence[_Enum9] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum10] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum11] | None = None,
        fields_alternative_distribution_packages: Sequence[_Enum12] | None = None,
        include: Sequence[_Enum13] | None = None,
        limit_app_store_version_localizations: int | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionResponse:
        """gameCenterAppVersions_appStoreVersion_getToOneRelated

        GET /v1/gameCenterAppVersions/{id}/appStoreVersion

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-appstoreversion
        """
        from ascapi.models.app_store_version_response import AppStoreVersionResponse

        return self._client._call(
            "GET",
            path("/v1/gameCenterAppVersions/{id}/appStoreVersion", id=id),
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
    ) -> GameCenterAppVersionAppStoreVersionLinkageResponse:
        """gameCenterAppVersions_appStoreVersion_getToOneRelationship

        GET /v1/gameCenterAppVersions/{id}/relationships/appStoreVersion

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-relationships-appstoreversion
        """
        from ascapi.models.game_center_app_version_app_store_version_linkage_response import (
            GameCenterAppVersionAppStoreVersionLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterAppVersions/{id}/relationships/appStoreVersion", id=id),
            response_type=GameCenterAppVersionAppStoreVersionLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterAppVersionsCompatibilityVersions(SyncAPIResource):
    """``client.game_center_app_versions.compatibility_versions``: /v1/gameCenterAppVersions"""

    def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterAppVersionCompatibilityVersionsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterAppVersions_compatibilityVersions_createToManyRelationship

        POST /v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterappversions-_id_-relationships-compatibilityversions
        """
        if body is None:
            body = _support.linkages("gameCenterAppVersions", ids)
        return self._client._call(
            "POST",
            path("/v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions", id=id),
            body=body,
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
        GameCenterAppVersionCompatibilityVersionsLinkagesResponse,
        GameCenterAppVersionCompatibilityVersionsLinkagesResponseData,
    ]:
        """gameCenterAppVersions_compatibilityVersions_getToManyRelationship

        GET /v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-relationships-compatibilityversions
        """
        from ascapi.models.game_center_app_version_compatibility_versions_linkages_response import (
            GameCenterAppVersionCompatibilityVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterAppVersionCompatibilityVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_enabled: Sequence[str] | None = None,
        fields_game_center_app_versions: Sequence[_Enum0] | None = None,
        fields_app_store_versions: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_compatibility_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterAppVersionsResponse, GameCenterAppVersion]:
        """gameCenterAppVersions_compatibilityVersions_getToManyRelated

        GET /v1/gameCenterAppVersions/{id}/compatibilityVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-compatibilityversions
        """
        from ascapi.models.game_center_app_versions_response import GameCenterAppVersionsResponse

        return self._client._get_page(
            path("/v1/gameCenterAppVersions/{id}/compatibilityVersions", id=id),
            params={
                "filter[enabled]": filter_enabled,
                "fields[gameCenterAppVersions]": fields_game_center_app_versions,
                "fields[appStoreVersions]": fields_app_store_versions,
                "limit": limit,
                "include": include,
                "limit[compatibilityVersions]": limit_compatibility_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[compatibilityVersions]": 50},
            response_type=GameCenterAppVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterAppVersionCompatibilityVersionsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterAppVersions_compatibilityVersions_deleteToManyRelationship

        DELETE /v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterappversions-_id_-relationships-compatibilityversions
        """
        if body is None:
            body = _support.linkages("gameCenterAppVersions", ids)
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterAppVersions(AsyncAPIResource):
    """``client.game_center_app_versions``: /v1/gameCenterAppVersions"""

    @cached_property
    def app_store_version(self) -> AsyncGameCenterAppVersionsAppStoreVersion:
        return AsyncGameCenterAppVersionsAppStoreVersion(self._client)

    @cached_property
    def compatibility_versions(self) -> AsyncGameCenterAppVersionsCompatibilityVersions:
        return AsyncGameCenterAppVersionsCompatibilityVersions(self._client)

    async def create(
        self,
        *,
        body: GameCenterAppVersionCreateRequest | Mapping[str, Any] | None = None,
        app_store_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAppVersionResponse:
        """gameCenterAppVersions_createInstance

        POST /v1/gameCenterAppVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterappversions
        """
        from ascapi.models.game_center_app_version_response import GameCenterAppVersionResponse

        body = _support.document(
            body,
            app_store_version is not UNSET,
            "gameCenterAppVersions",
            None,
            {},
            {"appStoreVersion": ("appStoreVersions", False, app_store_version)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterAppVersions",
            body=body,
            response_type=GameCenterAppVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_app_versions: Sequence[_Enum0] | None = None,
        fields_app_store_versions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_compatibility_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAppVersionResponse:
        """gameCenterAppVersions_getInstance

        GET /v1/gameCenterAppVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_
        """
        from ascapi.models.game_center_app_version_response import GameCenterAppVersionResponse

        return await self._client._call(
            "GET",
            path("/v1/gameCenterAppVersions/{id}", id=id),
            params={
                "fields[gameCenterAppVersions]": fields_game_center_app_versions,
                "fields[appStoreVersions]": fields_app_store_versions,
                "include": include,
                "limit[compatibilityVersions]": limit_compatibility_versions,
            },
            maxima={"limit[compatibilityVersions]": 50},
            response_type=GameCenterAppVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterAppVersionUpdateRequest | Mapping[str, Any] | None = None,
        enabled: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterAppVersionResponse:
        """gameCenterAppVersions_updateInstance

        PATCH /v1/gameCenterAppVersions/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterappversions-_id_
        """
        from ascapi.models.game_center_app_version_response import GameCenterAppVersionResponse

        body = _support.document(
            body,
            enabled is not UNSET,
            "gameCenterAppVersions",
            id,
            {"enabled": enabled},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterAppVersions/{id}", id=id),
            body=body,
            response_type=GameCenterAppVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterAppVersionsAppStoreVersion(AsyncAPIResource):
    """``client.game_center_app_versions.app_store_version``: /v1/gameCenterAppVersions"""

    async def get(
        self,
        id: str,
        *,
        fields_app_store_versions: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum3] | None = None,
        fields_app_store_version_localizations: Sequence[_Enum4] | None = None,
        fields_builds: Sequence[_Enum5] | None = None,
        fields_app_store_version_phased_releases: Sequence[_Enum6] | None = None,
        fields_game_center_app_versions: Sequence[_Enum0] | None = None,
        fields_routing_app_coverages: Sequence[_Enum7] | None = None,
        fields_app_store_review_details: Sequence[_Enum8] | None = None,
        fields_app_store_version_submissions: Sequence[_Enum9] | None = None,
        fields_app_clip_default_experiences: Sequence[_Enum10] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum11] | None = None,
        fields_alternative_distribution_packages: Sequence[_Enum12] | None = None,
        include: Sequence[_Enum13] | None = None,
        limit_app_store_version_localizations: int | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionResponse:
        """gameCenterAppVersions_appStoreVersion_getToOneRelated

        GET /v1/gameCenterAppVersions/{id}/appStoreVersion

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-appstoreversion
        """
        from ascapi.models.app_store_version_response import AppStoreVersionResponse

        return await self._client._call(
            "GET",
            path("/v1/gameCenterAppVersions/{id}/appStoreVersion", id=id),
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
    ) -> GameCenterAppVersionAppStoreVersionLinkageResponse:
        """gameCenterAppVersions_appStoreVersion_getToOneRelationship

        GET /v1/gameCenterAppVersions/{id}/relationships/appStoreVersion

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-relationships-appstoreversion
        """
        from ascapi.models.game_center_app_version_app_store_version_linkage_response import (
            GameCenterAppVersionAppStoreVersionLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterAppVersions/{id}/relationships/appStoreVersion", id=id),
            response_type=GameCenterAppVersionAppStoreVersionLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterAppVersionsCompatibilityVersions(AsyncAPIResource):
    """``client.game_center_app_versions.compatibility_versions``: /v1/gameCenterAppVersions"""

    async def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterAppVersionCompatibilityVersionsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterAppVersions_compatibilityVersions_createToManyRelationship

        POST /v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterappversions-_id_-relationships-compatibilityversions
        """
        if body is None:
            body = _support.linkages("gameCenterAppVersions", ids)
        return await self._client._call(
            "POST",
            path("/v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions", id=id),
            body=body,
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
        GameCenterAppVersionCompatibilityVersionsLinkagesResponse,
        GameCenterAppVersionCompatibilityVersionsLinkagesResponseData,
    ]:
        """gameCenterAppVersions_compatibilityVersions_getToManyRelationship

        GET /v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-relationships-compatibilityversions
        """
        from ascapi.models.game_center_app_version_compatibility_versions_linkages_response import (
            GameCenterAppVersionCompatibilityVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterAppVersionCompatibilityVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_enabled: Sequence[str] | None = None,
        fields_game_center_app_versions: Sequence[_Enum0] | None = None,
        fields_app_store_versions: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_compatibility_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterAppVersionsResponse, GameCenterAppVersion]:
        """gameCenterAppVersions_compatibilityVersions_getToManyRelated

        GET /v1/gameCenterAppVersions/{id}/compatibilityVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-compatibilityversions
        """
        from ascapi.models.game_center_app_versions_response import GameCenterAppVersionsResponse

        return self._client._get_page(
            path("/v1/gameCenterAppVersions/{id}/compatibilityVersions", id=id),
            params={
                "filter[enabled]": filter_enabled,
                "fields[gameCenterAppVersions]": fields_game_center_app_versions,
                "fields[appStoreVersions]": fields_app_store_versions,
                "limit": limit,
                "include": include,
                "limit[compatibilityVersions]": limit_compatibility_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[compatibilityVersions]": 50},
            response_type=GameCenterAppVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterAppVersionCompatibilityVersionsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterAppVersions_compatibilityVersions_deleteToManyRelationship

        DELETE /v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterappversions-_id_-relationships-compatibilityversions
        """
        if body is None:
            body = _support.linkages("gameCenterAppVersions", ids)
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )
