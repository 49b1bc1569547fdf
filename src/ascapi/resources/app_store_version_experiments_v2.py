# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_store_version_experiments_v2`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_store_version_experiment_treatment import (
        AppStoreVersionExperimentTreatment,
    )
    from ascapi.models.app_store_version_experiment_treatments_response import (
        AppStoreVersionExperimentTreatmentsResponse,
    )
    from ascapi.models.app_store_version_experiment_v2_app_store_version_experiment_treatments_linkages_response import (
        AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponse,
        AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponseData,
    )
    from ascapi.models.app_store_version_experiment_v2_create_request import (
        AppStoreVersionExperimentV2CreateRequest,
    )
    from ascapi.models.app_store_version_experiment_v2_response import (
        AppStoreVersionExperimentV2Response,
    )
    from ascapi.models.app_store_version_experiment_v2_update_request import (
        AppStoreVersionExperimentV2UpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["IOS", "MAC_OS", "TV_OS", "VISION_OS"]
    _Enum1 = Literal[
        "name",
        "platform",
        "trafficProportion",
        "state",
        "reviewRequired",
        "startDate",
        "endDate",
        "app",
        "latestControlVersion",
        "controlVersions",
        "appStoreVersionExperimentTreatments",
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
    _Enum4 = Literal[
        "name",
        "appIcon",
        "appIconName",
        "promotedDate",
        "appStoreVersionExperiment",
        "appStoreVersionExperimentV2",
        "appStoreVersionExperimentTreatmentLocalizations",
    ]
    _Enum5 = Literal[
        "app", "latestControlVersion", "controlVersions", "appStoreVersionExperimentTreatments"
    ]
    _Enum6 = Literal[
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
    _Enum7 = Literal[
        "locale", "appStoreVersionExperimentTreatment", "appScreenshotSets", "appPreviewSets"
    ]
    _Enum8 = Literal[
        "appStoreVersionExperiment",
        "appStoreVersionExperimentV2",
        "appStoreVersionExperimentTreatmentLocalizations",
    ]


class AppStoreVersionExperimentsV2(SyncAPIResource):
    """``client.app_store_version_experiments_v2``: /v2/appStoreVersionExperiments"""

    @cached_property
    def app_store_version_experiment_treatments(
        self,
    ) -> AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatments:
        return AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatments(self._client)

    def create(
        self,
        *,
        body: AppStoreVersionExperimentV2CreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        platform: _Enum0 | str | None | UnsetType = UNSET,
        traffic_proportion: int | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentV2Response:
        """appStoreVersionExperimentsV2_createInstance

        POST /v2/appStoreVersionExperiments

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-appstoreversionexperiments
        """
        from ascapi.models.app_store_version_experiment_v2_response import (
            AppStoreVersionExperimentV2Response,
        )

        body = _support.document(
            body,
            name is not UNSET
            or platform is not UNSET
            or traffic_proportion is not UNSET
            or app is not UNSET,
            "appStoreVersionExperiments",
            None,
            {"name": name, "platform": platform, "trafficProportion": traffic_proportion},
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v2/appStoreVersionExperiments",
            body=body,
            response_type=AppStoreVersionExperimentV2Response,
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
        """appStoreVersionExperimentsV2_deleteInstance

        DELETE /v2/appStoreVersionExperiments/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-appstoreversionexperiments-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v2/appStoreVersionExperiments/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_store_version_experiments: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum2] | None = None,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        fields_app_store_version_experiment_treatments: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        limit_control_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentV2Response:
        """appStoreVersionExperimentsV2_getInstance

        GET /v2/appStoreVersionExperiments/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appstoreversionexperiments-_id_
        """
        from ascapi.models.app_store_version_experiment_v2_response import (
            AppStoreVersionExperimentV2Response,
        )

        return self._client._call(
            "GET",
            path("/v2/appStoreVersionExperiments/{id}", id=id),
            params={
                "fields[appStoreVersionExperiments]": fields_app_store_version_experiments,
                "fields[apps]": fields_apps,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appStoreVersionExperimentTreatments]": fields_app_store_version_experiment_treatments,
                "include": include,
                "limit[appStoreVersionExperimentTreatments]": limit_app_store_version_experiment_treatments,
                "limit[controlVersions]": limit_control_versions,
            },
            maxima={"limit[appStoreVersionExperimentTreatments]": 50, "limit[controlVersions]": 50},
            response_type=AppStoreVersionExperimentV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppStoreVersionExperimentV2UpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        traffic_proportion: int | None | UnsetType = UNSET,
        started: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentV2Response:
        """appStoreVersionExperimentsV2_updateInstance

        PATCH /v2/appStoreVersionExperiments/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-appstoreversionexperiments-_id_
        """
        from ascapi.models.app_store_version_experiment_v2_response import (
            AppStoreVersionExperimentV2Response,
        )

        body = _support.document(
            body,
            name is not UNSET or traffic_proportion is not UNSET or started is not UNSET,
            "appStoreVersionExperiments",
            id,
            {"name": name, "trafficProportion": traffic_proportion, "started": started},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v2/appStoreVersionExperiments/{id}", id=id),
            body=body,
            response_type=AppStoreVersionExperimentV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatments(SyncAPIResource):
    """``client.app_store_version_experiments_v2.app_store_version_experiment_treatments``: /v2/appStoreVersionExperiments"""

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
        AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponse,
        AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponseData,
    ]:
        """appStoreVersionExperimentsV2_appStoreVersionExperimentTreatments_getToManyRelationship

        GET /v2/appStoreVersionExperiments/{id}/relationships/appStoreVersionExperimentTreatments

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appstoreversionexperiments-_id_-relationships-appstoreversionexperimenttreatments
        """
        from ascapi.models.app_store_version_experiment_v2_app_store_version_experiment_treatments_linkages_response import (
            AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponse,
        )

        return self._client._get_page(
            path(
                "/v2/appStoreVersionExperiments/{id}/relationships/appStoreVersionExperimentTreatments",
                id=id,
            ),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_app_store_version_experiment_treatments: Sequence[_Enum4] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum6] | None = None,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum7] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum8] | None = None,
        limit_app_store_version_experiment_treatment_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppStoreVersionExperimentTreatmentsResponse, AppStoreVersionExperimentTreatment]:
        """appStoreVersionExperimentsV2_appStoreVersionExperimentTreatments_getToManyRelated

        GET /v2/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appstoreversionexperiments-_id_-appstoreversionexperimenttreatments
        """
        from ascapi.models.app_store_version_experiment_treatments_response import (
            AppStoreVersionExperimentTreatmentsResponse,
        )

        return self._client._get_page(
            path("/v2/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments", id=id),
            params={
                "fields[appStoreVersionExperimentTreatments]": fields_app_store_version_experiment_treatments,
                "fields[appStoreVersionExperiments]": fields_app_store_version_experiments,
                "fields[appStoreVersionExperimentTreatmentLocalizations]": fields_app_store_version_experiment_treatment_localizations,
                "limit": limit,
                "include": include,
                "limit[appStoreVersionExperimentTreatmentLocalizations]": limit_app_store_version_experiment_treatment_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[appStoreVersionExperimentTreatmentLocalizations]": 50},
            response_type=AppStoreVersionExperimentTreatmentsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionExperimentsV2(AsyncAPIResource):
    """``client.app_store_version_experiments_v2``: /v2/appStoreVersionExperiments"""

    @cached_property
    def app_store_version_experiment_treatments(
        self,
    ) -> AsyncAppStoreVersionExperimentsV2AppStoreVersionExperimentTreatments:
        return AsyncAppStoreVersionExperimentsV2AppStoreVersionExperimentTreatments(self._client)

    async def create(
        self,
        *,
        body: AppStoreVersionExperimentV2CreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        platform: _Enum0 | str | None | UnsetType = UNSET,
        traffic_proportion: int | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentV2Response:
        """appStoreVersionExperimentsV2_createInstance

        POST /v2/appStoreVersionExperiments

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-appstoreversionexperiments
        """
        from ascapi.models.app_store_version_experiment_v2_response import (
            AppStoreVersionExperimentV2Response,
        )

        body = _support.document(
            body,
            name is not UNSET
            or platform is not UNSET
            or traffic_proportion is not UNSET
            or app is not UNSET,
            "appStoreVersionExperiments",
            None,
            {"name": name, "platform": platform, "trafficProportion": traffic_proportion},
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v2/appStoreVersionExperiments",
            body=body,
            response_type=AppStoreVersionExperimentV2Response,
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
        """appStoreVersionExperimentsV2_deleteInstance

        DELETE /v2/appStoreVersionExperiments/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-appstoreversionexperiments-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v2/appStoreVersionExperiments/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_store_version_experiments: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum2] | None = None,
        fields_app_store_versions: Sequence[_Enum3] | None = None,
        fields_app_store_version_experiment_treatments: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        limit_control_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentV2Response:
        """appStoreVersionExperimentsV2_getInstance

        GET /v2/appStoreVersionExperiments/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appstoreversionexperiments-_id_
        """
        from ascapi.models.app_store_version_experiment_v2_response import (
            AppStoreVersionExperimentV2Response,
        )

        return await self._client._call(
            "GET",
            path("/v2/appStoreVersionExperiments/{id}", id=id),
            params={
                "fields[appStoreVersionExperiments]": fields_app_store_version_experiments,
                "fields[apps]": fields_apps,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appStoreVersionExperimentTreatments]": fields_app_store_version_experiment_treatments,
                "include": include,
                "limit[appStoreVersionExperimentTreatments]": limit_app_store_version_experiment_treatments,
                "limit[controlVersions]": limit_control_versions,
            },
            maxima={"limit[appStoreVersionExperimentTreatments]": 50, "limit[controlVersions]": 50},
            response_type=AppStoreVersionExperimentV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppStoreVersionExperimentV2UpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        traffic_proportion: int | None | UnsetType = UNSET,
        started: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentV2Response:
        """appStoreVersionExperimentsV2_updateInstance

        PATCH /v2/appStoreVersionExperiments/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-appstoreversionexperiments-_id_
        """
        from ascapi.models.app_store_version_experiment_v2_response import (
            AppStoreVersionExperimentV2Response,
        )

        body = _support.document(
            body,
            name is not UNSET or traffic_proportion is not UNSET or started is not UNSET,
            "appStoreVersionExperiments",
            id,
            {"name": name, "trafficProportion": traffic_proportion, "started": started},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v2/appStoreVersionExperiments/{id}", id=id),
            body=body,
            response_type=AppStoreVersionExperimentV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionExperimentsV2AppStoreVersionExperimentTreatments(AsyncAPIResource):
    """``client.app_store_version_experiments_v2.app_store_version_experiment_treatments``: /v2/appStoreVersionExperiments"""

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
        AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponse,
        AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponseData,
    ]:
        """appStoreVersionExperimentsV2_appStoreVersionExperimentTreatments_getToManyRelationship

        GET /v2/appStoreVersionExperiments/{id}/relationships/appStoreVersionExperimentTreatments

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appstoreversionexperiments-_id_-relationships-appstoreversionexperimenttreatments
        """
        from ascapi.models.app_store_version_experiment_v2_app_store_version_experiment_treatments_linkages_response import (
            AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponse,
        )

        return self._client._get_page(
            path(
                "/v2/appStoreVersionExperiments/{id}/relationships/appStoreVersionExperimentTreatments",
                id=id,
            ),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreVersionExperimentV2AppStoreVersionExperimentTreatmentsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_app_store_version_experiment_treatments: Sequence[_Enum4] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum6] | None = None,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum7] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum8] | None = None,
        limit_app_store_version_experiment_treatment_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        AppStoreVersionExperimentTreatmentsResponse, AppStoreVersionExperimentTreatment
    ]:
        """appStoreVersionExperimentsV2_appStoreVersionExperimentTreatments_getToManyRelated

        GET /v2/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appstoreversionexperiments-_id_-appstoreversionexperimenttreatments
        """
        from ascapi.models.app_store_version_experiment_treatments_response import (
            AppStoreVersionExperimentTreatmentsResponse,
        )

        return self._client._get_page(
            path("/v2/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments", id=id),
            params={
                "fields[appStoreVersionExperimentTreatments]": fields_app_store_version_experiment_treatments,
                "fields[appStoreVersionExperiments]": fields_app_store_version_experiments,
                "fields[appStoreVersionExperimentTreatmentLocalizations]": fields_app_store_version_experiment_treatment_localizations,
                "limit": limit,
                "include": include,
                "limit[appStoreVersionExperimentTreatmentLocalizations]": limit_app_store_version_experiment_treatment_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[appStoreVersionExperimentTreatmentLocalizations]": 50},
            response_type=AppStoreVersionExperimentTreatmentsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
