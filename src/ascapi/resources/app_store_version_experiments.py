# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_store_version_experiments`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_store_version_experiment_app_store_version_experiment_treatments_linkages_response import (
        AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponse,
        AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponseData,
    )
    from ascapi.models.app_store_version_experiment_create_request import (
        AppStoreVersionExperimentCreateRequest,
    )
    from ascapi.models.app_store_version_experiment_response import (
        AppStoreVersionExperimentResponse,
    )
    from ascapi.models.app_store_version_experiment_treatment import (
        AppStoreVersionExperimentTreatment,
    )
    from ascapi.models.app_store_version_experiment_treatments_response import (
        AppStoreVersionExperimentTreatmentsResponse,
    )
    from ascapi.models.app_store_version_experiment_update_request import (
        AppStoreVersionExperimentUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "name",
        "trafficProportion",
        "state",
        "reviewRequired",
        "startDate",
        "endDate",
        "appStoreVersion",
        "appStoreVersionExperimentTreatments",
    ]
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
    _Enum2 = Literal[
        "name",
        "appIcon",
        "appIconName",
        "promotedDate",
        "appStoreVersionExperiment",
        "appStoreVersionExperimentV2",
        "appStoreVersionExperimentTreatmentLocalizations",
    ]
    _Enum3 = Literal["appStoreVersion", "appStoreVersionExperimentTreatments"]
    _Enum4 = Literal[
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
    _Enum5 = Literal[
        "locale", "appStoreVersionExperimentTreatment", "appScreenshotSets", "appPreviewSets"
    ]
    _Enum6 = Literal[
        "appStoreVersionExperiment",
        "appStoreVersionExperimentV2",
        "appStoreVersionExperimentTreatmentLocalizations",
    ]


class AppStoreVersionExperiments(SyncAPIResource):
    """``client.app_store_version_experiments``: /v1/appStoreVersionExperiments"""

    @cached_property
    def app_store_version_experiment_treatments(
        self,
    ) -> AppStoreVersionExperimentsAppStoreVersionExperimentTreatments:
        return AppStoreVersionExperimentsAppStoreVersionExperimentTreatments(self._client)

    def create(
        self,
        *,
        body: AppStoreVersionExperimentCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        traffic_proportion: int | None | UnsetType = UNSET,
        app_store_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentResponse:
        """appStoreVersionExperiments_createInstance

        POST /v1/appStoreVersionExperiments

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionexperiments
        """
        from ascapi.models.app_store_version_experiment_response import (
            AppStoreVersionExperimentResponse,
        )

        body = _support.document(
            body,
            name is not UNSET or traffic_proportion is not UNSET or app_store_version is not UNSET,
            "appStoreVersionExperiments",
            None,
            {"name": name, "trafficProportion": traffic_proportion},
            {"appStoreVersion": ("appStoreVersions", False, app_store_version)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/appStoreVersionExperiments",
            body=body,
            deprecated="appStoreVersionExperiments_createInstance",
            response_type=AppStoreVersionExperimentResponse,
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
        """appStoreVersionExperiments_deleteInstance

        DELETE /v1/appStoreVersionExperiments/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionexperiments-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appStoreVersionExperiments/{id}", id=id),
            deprecated="appStoreVersionExperiments_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_store_version_experiments: Sequence[_Enum0] | None = None,
        fields_app_store_versions: Sequence[_Enum1] | None = None,
        fields_app_store_version_experiment_treatments: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentResponse:
        """appStoreVersionExperiments_getInstance

        GET /v1/appStoreVersionExperiments/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperiments-_id_
        """
        from ascapi.models.app_store_version_experiment_response import (
            AppStoreVersionExperimentResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appStoreVersionExperiments/{id}", id=id),
            params={
                "fields[appStoreVersionExperiments]": fields_app_store_version_experiments,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appStoreVersionExperimentTreatments]": fields_app_store_version_experiment_treatments,
                "include": include,
                "limit[appStoreVersionExperimentTreatments]": limit_app_store_version_experiment_treatments,
            },
            maxima={"limit[appStoreVersionExperimentTreatments]": 50},
            deprecated="appStoreVersionExperiments_getInstance",
            response_type=AppStoreVersionExperimentResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppStoreVersionExperimentUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        traffic_proportion: int | None | UnsetType = UNSET,
        started: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentResponse:
        """appStoreVersionExperiments_updateInstance

        PATCH /v1/appStoreVersionExperiments/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversionexperiments-_id_
        """
        from ascapi.models.app_store_version_experiment_response import (
            AppStoreVersionExperimentResponse,
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
            path("/v1/appStoreVersionExperiments/{id}", id=id),
            body=body,
            deprecated="appStoreVersionExperiments_updateInstance",
            response_type=AppStoreVersionExperimentResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppStoreVersionExperimentsAppStoreVersionExperimentTreatments(SyncAPIResource):
    """``client.app_store_version_experiments.app_store_version_experiment_treatments``: /v1/appStoreVersionExperiments"""

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
        AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponse,
        AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponseData,
    ]:
        """appStoreVersionExperiments_appStoreVersionExperimentTreatments_getToManyRelationship

        GET /v1/appStoreVersionExperiments/{id}/relationships/appStoreVersionExperimentTreatments

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperiments-_id_-relationships-appstoreversionexperimenttreatments
        """
        from ascapi.models.app_store_version_experiment_app_store_version_experiment_treatments_linkages_response import (
            AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponse,
        )

        return self._client._get_page(
            path(
                "/v1/appStoreVersionExperiments/{id}/relationships/appStoreVersionExperimentTreatments",
                id=id,
            ),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="appStoreVersionExperiments_appStoreVersionExperimentTreatments_getToManyRelationship",
            response_type=AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_app_store_version_experiment_treatments: Sequence[_Enum2] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum4] | None = None,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum5] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_app_store_version_experiment_treatment_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppStoreVersionExperimentTreatmentsResponse, AppStoreVersionExperimentTreatment]:
        """appStoreVersionExperiments_appStoreVersionExperimentTreatments_getToManyRelated

        GET /v1/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperiments-_id_-appstoreversionexperimenttreatments
        """
        from ascapi.models.app_store_version_experiment_treatments_response import (
            AppStoreVersionExperimentTreatmentsResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments", id=id),
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
            deprecated="appStoreVersionExperiments_appStoreVersionExperimentTreatments_getToManyRelated",
            response_type=AppStoreVersionExperimentTreatmentsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionExperiments(AsyncAPIResource):
    """``client.app_store_version_experiments``: /v1/appStoreVersionExperiments"""

    @cached_property
    def app_store_version_experiment_treatments(
        self,
    ) -> AsyncAppStoreVersionExperimentsAppStoreVersionExperimentTreatments:
        return AsyncAppStoreVersionExperimentsAppStoreVersionExperimentTreatments(self._client)

    async def create(
        self,
        *,
        body: AppStoreVersionExperimentCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        traffic_proportion: int | None | UnsetType = UNSET,
        app_store_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentResponse:
        """appStoreVersionExperiments_createInstance

        POST /v1/appStoreVersionExperiments

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionexperiments
        """
        from ascapi.models.app_store_version_experiment_response import (
            AppStoreVersionExperimentResponse,
        )

        body = _support.document(
            body,
            name is not UNSET or traffic_proportion is not UNSET or app_store_version is not UNSET,
            "appStoreVersionExperiments",
            None,
            {"name": name, "trafficProportion": traffic_proportion},
            {"appStoreVersion": ("appStoreVersions", False, app_store_version)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/appStoreVersionExperiments",
            body=body,
            deprecated="appStoreVersionExperiments_createInstance",
            response_type=AppStoreVersionExperimentResponse,
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
        """appStoreVersionExperiments_deleteInstance

        DELETE /v1/appStoreVersionExperiments/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionexperiments-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appStoreVersionExperiments/{id}", id=id),
            deprecated="appStoreVersionExperiments_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_store_version_experiments: Sequence[_Enum0] | None = None,
        fields_app_store_versions: Sequence[_Enum1] | None = None,
        fields_app_store_version_experiment_treatments: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentResponse:
        """appStoreVersionExperiments_getInstance

        GET /v1/appStoreVersionExperiments/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperiments-_id_
        """
        from ascapi.models.app_store_version_experiment_response import (
            AppStoreVersionExperimentResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersionExperiments/{id}", id=id),
            params={
                "fields[appStoreVersionExperiments]": fields_app_store_version_experiments,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appStoreVersionExperimentTreatments]": fields_app_store_version_experiment_treatments,
                "include": include,
                "limit[appStoreVersionExperimentTreatments]": limit_app_store_version_experiment_treatments,
            },
            maxima={"limit[appStoreVersionExperimentTreatments]": 50},
            deprecated="appStoreVersionExperiments_getInstance",
            response_type=AppStoreVersionExperimentResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppStoreVersionExperimentUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        traffic_proportion: int | None | UnsetType = UNSET,
        started: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentResponse:
        """appStoreVersionExperiments_updateInstance

        PATCH /v1/appStoreVersionExperiments/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversionexperiments-_id_
        """
        from ascapi.models.app_store_version_experiment_response import (
            AppStoreVersionExperimentResponse,
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
            path("/v1/appStoreVersionExperiments/{id}", id=id),
            body=body,
            deprecated="appStoreVersionExperiments_updateInstance",
            response_type=AppStoreVersionExperimentResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionExperimentsAppStoreVersionExperimentTreatments(AsyncAPIResource):
    """``client.app_store_version_experiments.app_store_version_experiment_treatments``: /v1/appStoreVersionExperiments"""

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
        AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponse,
        AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponseData,
    ]:
        """appStoreVersionExperiments_appStoreVersionExperimentTreatments_getToManyRelationship

        GET /v1/appStoreVersionExperiments/{id}/relationships/appStoreVersionExperimentTreatments

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperiments-_id_-relationships-appstoreversionexperimenttreatments
        """
        from ascapi.models.app_store_version_experiment_app_store_version_experiment_treatments_linkages_response import (
            AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponse,
        )

        return self._client._get_page(
            path(
                "/v1/appStoreVersionExperiments/{id}/relationships/appStoreVersionExperimentTreatments",
                id=id,
            ),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="appStoreVersionExperiments_appStoreVersionExperimentTreatments_getToManyRelationship",
            response_type=AppStoreVersionExperimentAppStoreVersionExperimentTreatmentsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_app_store_version_experiment_treatments: Sequence[_Enum2] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum4] | None = None,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum5] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_app_store_version_experiment_treatment_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        AppStoreVersionExperimentTreatmentsResponse, AppStoreVersionExperimentTreatment
    ]:
        """appStoreVersionExperiments_appStoreVersionExperimentTreatments_getToManyRelated

        GET /v1/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperiments-_id_-appstoreversionexperimenttreatments
        """
        from ascapi.models.app_store_version_experiment_treatments_response import (
            AppStoreVersionExperimentTreatmentsResponse,
        )

        return self._client._get_page(
            path("/v1/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments", id=id),
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
            deprecated="appStoreVersionExperiments_appStoreVersionExperimentTreatments_getToManyRelated",
            response_type=AppStoreVersionExperimentTreatmentsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
