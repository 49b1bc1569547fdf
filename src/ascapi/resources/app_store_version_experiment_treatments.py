# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_store_version_experiment_treatments`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_store_version_experiment_treatment_app_store_version_experiment_treatment_localizations_linkages_response import (
        AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponse,
        AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponseData,
    )
    from ascapi.models.app_store_version_experiment_treatment_create_request import (
        AppStoreVersionExperimentTreatmentCreateRequest,
    )
    from ascapi.models.app_store_version_experiment_treatment_localization import (
        AppStoreVersionExperimentTreatmentLocalization,
    )
    from ascapi.models.app_store_version_experiment_treatment_localizations_response import (
        AppStoreVersionExperimentTreatmentLocalizationsResponse,
    )
    from ascapi.models.app_store_version_experiment_treatment_response import (
        AppStoreVersionExperimentTreatmentResponse,
    )
    from ascapi.models.app_store_version_experiment_treatment_update_request import (
        AppStoreVersionExperimentTreatmentUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "name",
        "appIcon",
        "appIconName",
        "promotedDate",
        "appStoreVersionExperiment",
        "appStoreVersionExperimentV2",
        "appStoreVersionExperimentTreatmentLocalizations",
    ]
    _Enum1 = Literal[
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
    _Enum2 = Literal[
        "locale", "appStoreVersionExperimentTreatment", "appScreenshotSets", "appPreviewSets"
    ]
    _Enum3 = Literal[
        "appStoreVersionExperiment",
        "appStoreVersionExperimentV2",
        "appStoreVersionExperimentTreatmentLocalizations",
    ]
    _Enum4 = Literal[
        "screenshotDisplayType",
        "appStoreVersionLocalization",
        "appCustomProductPageLocalization",
        "appStoreVersionExperimentTreatmentLocalization",
        "appScreenshots",
    ]
    _Enum5 = Literal[
        "previewType",
        "appStoreVersionLocalization",
        "appCustomProductPageLocalization",
        "appStoreVersionExperimentTreatmentLocalization",
        "appPreviews",
    ]
    _Enum6 = Literal["appStoreVersionExperimentTreatment", "appScreenshotSets", "appPreviewSets"]


class AppStoreVersionExperimentTreatments(SyncAPIResource):
    """``client.app_store_version_experiment_treatments``: /v1/appStoreVersionExperimentTreatments"""

    @cached_property
    def app_store_version_experiment_treatment_localizations(
        self,
    ) -> AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizations:
        return AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizations(
            self._client
        )

    def create(
        self,
        *,
        body: AppStoreVersionExperimentTreatmentCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        app_icon_name: str | None | UnsetType = UNSET,
        app_store_version_experiment: str | None | UnsetType = UNSET,
        app_store_version_experiment_v2: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentTreatmentResponse:
        """appStoreVersionExperimentTreatments_createInstance

        POST /v1/appStoreVersionExperimentTreatments

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionexperimenttreatments
        """
        from ascapi.models.app_store_version_experiment_treatment_response import (
            AppStoreVersionExperimentTreatmentResponse,
        )

        body = _support.document(
            body,
            name is not UNSET
            or app_icon_name is not UNSET
            or app_store_version_experiment is not UNSET
            or app_store_version_experiment_v2 is not UNSET,
            "appStoreVersionExperimentTreatments",
            None,
            {"name": name, "appIconName": app_icon_name},
            {
                "appStoreVersionExperiment": (
                    "appStoreVersionExperiments",
                    False,
                    app_store_version_experiment,
                ),
                "appStoreVersionExperimentV2": (
                    "appStoreVersionExperiments",
                    False,
                    app_store_version_experiment_v2,
                ),
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/appStoreVersionExperimentTreatments",
            body=body,
            response_type=AppStoreVersionExperimentTreatmentResponse,
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
        """appStoreVersionExperimentTreatments_deleteInstance

        DELETE /v1/appStoreVersionExperimentTreatments/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionexperimenttreatments-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appStoreVersionExperimentTreatments/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_store_version_experiment_treatments: Sequence[_Enum0] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum1] | None = None,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_app_store_version_experiment_treatment_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentTreatmentResponse:
        """appStoreVersionExperimentTreatments_getInstance

        GET /v1/appStoreVersionExperimentTreatments/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_
        """
        from ascapi.models.app_store_version_experiment_treatment_response import (
            AppStoreVersionExperimentTreatmentResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appStoreVersionExperimentTreatments/{id}", id=id),
            params={
                "fields[appStoreVersionExperimentTreatments]": fields_app_store_version_experiment_treatments,
                "fields[appStoreVersionExperiments]": fields_app_store_version_experiments,
                "fields[appStoreVersionExperimentTreatmentLocalizations]": fields_app_store_version_experiment_treatment_localizations,
                "include": include,
                "limit[appStoreVersionExperimentTreatmentLocalizations]": limit_app_store_version_experiment_treatment_localizations,
            },
            maxima={"limit[appStoreVersionExperimentTreatmentLocalizations]": 50},
            response_type=AppStoreVersionExperimentTreatmentResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppStoreVersionExperimentTreatmentUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        app_icon_name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentTreatmentResponse:
        """appStoreVersionExperimentTreatments_updateInstance

        PATCH /v1/appStoreVersionExperimentTreatments/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversionexperimenttreatments-_id_
        """
        from ascapi.models.app_store_version_experiment_treatment_response import (
            AppStoreVersionExperimentTreatmentResponse,
        )

        body = _support.document(
            body,
            name is not UNSET or app_icon_name is not UNSET,
            "appStoreVersionExperimentTreatments",
            id,
            {"name": name, "appIconName": app_icon_name},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appStoreVersionExperimentTreatments/{id}", id=id),
            body=body,
            response_type=AppStoreVersionExperimentTreatmentResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizations(
    SyncAPIResource
):
    """``client.app_store_version_experiment_treatments.app_store_version_experiment_treatment_localizations``: /v1/appStoreVersionExperimentTreatments"""

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
        AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponse,
        AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponseData,
    ]:
        """appStoreVersionExperimentTreatments_appStoreVersionExperimentTreatmentLocalizations_getToManyRelationship

        GET /v1/appStoreVersionExperimentTreatments/{id}/relationships/appStoreVersionExperimentTreatmentLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_-relationships-appstoreversionexperimenttreatmentlocalizations
        """
        from ascapi.models.app_store_version_experiment_treatment_app_store_version_experiment_treatment_localizations_linkages_response import (
            AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path(
                "/v1/appStoreVersionExperimentTreatments/{id}/relationships/appStoreVersionExperimentTreatmentLocalizations",
                id=id,
            ),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_locale: Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum2] | None = None,
        fields_app_store_version_experiment_treatments: Sequence[_Enum0] | None = None,
        fields_app_screenshot_sets: Sequence[_Enum4] | None = None,
        fields_app_preview_sets: Sequence[_Enum5] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_app_preview_sets: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        AppStoreVersionExperimentTreatmentLocalizationsResponse,
        AppStoreVersionExperimentTreatmentLocalization,
    ]:
        """appStoreVersionExperimentTreatments_appStoreVersionExperimentTreatmentLocalizations_getToManyRelated

        GET /v1/appStoreVersionExperimentTreatments/{id}/appStoreVersionExperimentTreatmentLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_-appstoreversionexperimenttreatmentlocalizations
        """
        from ascapi.models.app_store_version_experiment_treatment_localizations_response import (
            AppStoreVersionExperimentTreatmentLocalizationsResponse,
        )

        return self._client._get_page(
            path(
                "/v1/appStoreVersionExperimentTreatments/{id}/appStoreVersionExperimentTreatmentLocalizations",
                id=id,
            ),
            params={
                "filter[locale]": filter_locale,
                "fields[appStoreVersionExperimentTreatmentLocalizations]": fields_app_store_version_experiment_treatment_localizations,
                "fields[appStoreVersionExperimentTreatments]": fields_app_store_version_experiment_treatments,
                "fields[appScreenshotSets]": fields_app_screenshot_sets,
                "fields[appPreviewSets]": fields_app_preview_sets,
                "limit": limit,
                "include": include,
                "limit[appScreenshotSets]": limit_app_screenshot_sets,
                "limit[appPreviewSets]": limit_app_preview_sets,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[appScreenshotSets]": 50, "limit[appPreviewSets]": 50},
            response_type=AppStoreVersionExperimentTreatmentLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionExperimentTreatments(AsyncAPIResource):
    """``client.app_store_version_experiment_treatments``: /v1/appStoreVersionExperimentTreatments"""

    @cached_property
    def app_store_version_experiment_treatment_localizations(
        self,
    ) -> AsyncAppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizations:
        return (
            AsyncAppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizations(
                self._client
            )
        )

    async def create(
        self,
        *,
        body: AppStoreVersionExperimentTreatmentCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        app_icon_name: str | None | UnsetType = UNSET,
        app_store_version_experiment: str | None | UnsetType = UNSET,
        app_store_version_experiment_v2: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentTreatmentResponse:
        """appStoreVersionExperimentTreatments_createInstance

        POST /v1/appStoreVersionExperimentTreatments

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionexperimenttreatments
        """
        from ascapi.models.app_store_version_experiment_treatment_response import (
            AppStoreVersionExperimentTreatmentResponse,
        )

        body = _support.document(
            body,
            name is not UNSET
            or app_icon_name is not UNSET
            or app_store_version_experiment is not UNSET
            or app_store_version_experiment_v2 is not UNSET,
            "appStoreVersionExperimentTreatments",
            None,
            {"name": name, "appIconName": app_icon_name},
            {
                "appStoreVersionExperiment": (
                    "appStoreVersionExperiments",
                    False,
                    app_store_version_experiment,
                ),
                "appStoreVersionExperimentV2": (
                    "appStoreVersionExperiments",
                    False,
                    app_store_version_experiment_v2,
                ),
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/appStoreVersionExperimentTreatments",
            body=body,
            response_type=AppStoreVersionExperimentTreatmentResponse,
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
        """appStoreVersionExperimentTreatments_deleteInstance

        DELETE /v1/appStoreVersionExperimentTreatments/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionexperimenttreatments-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appStoreVersionExperimentTreatments/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_store_version_experiment_treatments: Sequence[_Enum0] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum1] | None = None,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_app_store_version_experiment_treatment_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentTreatmentResponse:
        """appStoreVersionExperimentTreatments_getInstance

        GET /v1/appStoreVersionExperimentTreatments/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_
        """
        from ascapi.models.app_store_version_experiment_treatment_response import (
            AppStoreVersionExperimentTreatmentResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appStoreVersionExperimentTreatments/{id}", id=id),
            params={
                "fields[appStoreVersionExperimentTreatments]": fields_app_store_version_experiment_treatments,
                "fields[appStoreVersionExperiments]": fields_app_store_version_experiments,
                "fields[appStoreVersionExperimentTreatmentLocalizations]": fields_app_store_version_experiment_treatment_localizations,
                "include": include,
                "limit[appStoreVersionExperimentTreatmentLocalizations]": limit_app_store_version_experiment_treatment_localizations,
            },
            maxima={"limit[appStoreVersionExperimentTreatmentLocalizations]": 50},
            response_type=AppStoreVersionExperimentTreatmentResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppStoreVersionExperimentTreatmentUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        app_icon_name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionExperimentTreatmentResponse:
        """appStoreVersionExperimentTreatments_updateInstance

        PATCH /v1/appStoreVersionExperimentTreatments/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversionexperimenttreatments-_id_
        """
        from ascapi.models.app_store_version_experiment_treatment_response import (
            AppStoreVersionExperimentTreatmentResponse,
        )

        body = _support.document(
            body,
            name is not UNSET or app_icon_name is not UNSET,
            "appStoreVersionExperimentTreatments",
            id,
            {"name": name, "appIconName": app_icon_name},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appStoreVersionExperimentTreatments/{id}", id=id),
            body=body,
            response_type=AppStoreVersionExperimentTreatmentResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizations(
    AsyncAPIResource
):
    """``client.app_store_version_experiment_treatments.app_store_version_experiment_treatment_localizations``: /v1/appStoreVersionExperimentTreatments"""

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
        AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponse,
        AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponseData,
    ]:
        """appStoreVersionExperimentTreatments_appStoreVersionExperimentTreatmentLocalizations_getToManyRelationship

        GET /v1/appStoreVersionExperimentTreatments/{id}/relationships/appStoreVersionExperimentTreatmentLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_-relationships-appstoreversionexperimenttreatmentlocalizations
        """
        from ascapi.models.app_store_version_experiment_treatment_app_store_version_experiment_treatment_localizations_linkages_response import (
            AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path(
                "/v1/appStoreVersionExperimentTreatments/{id}/relationships/appStoreVersionExperimentTreatmentLocalizations",
                id=id,
            ),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppStoreVersionExperimentTreatmentAppStoreVersionExperimentTreatmentLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_locale: Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: Sequence[_Enum2] | None = None,
        fields_app_store_version_experiment_treatments: Sequence[_Enum0] | None = None,
        fields_app_screenshot_sets: Sequence[_Enum4] | None = None,
        fields_app_preview_sets: Sequence[_Enum5] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_app_preview_sets: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        AppStoreVersionExperimentTreatmentLocalizationsResponse,
        AppStoreVersionExperimentTreatmentLocalization,
    ]:
        """appStoreVersionExperimentTreatments_appStoreVersionExperimentTreatmentLocalizations_getToManyRelated

        GET /v1/appStoreVersionExperimentTreatments/{id}/appStoreVersionExperimentTreatmentLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_-appstoreversionexperimenttreatmentlocalizations
        """
        from ascapi.models.app_store_version_experiment_treatment_localizations_response import (
            AppStoreVersionExperimentTreatmentLocalizationsResponse,
        )

        return self._client._get_page(
            path(
                "/v1/appStoreVersionExperimentTreatments/{id}/appStoreVersionExperimentTreatmentLocalizations",
                id=id,
            ),
            params={
                "filter[locale]": filter_locale,
                "fields[appStoreVersionExperimentTreatmentLocalizations]": fields_app_store_version_experiment_treatment_localizations,
                "fields[appStoreVersionExperimentTreatments]": fields_app_store_version_experiment_treatments,
                "fields[appScreenshotSets]": fields_app_screenshot_sets,
                "fields[appPreviewSets]": fields_app_preview_sets,
                "limit": limit,
                "include": include,
                "limit[appScreenshotSets]": limit_app_screenshot_sets,
                "limit[appPreviewSets]": limit_app_preview_sets,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[appScreenshotSets]": 50, "limit[appPreviewSets]": 50},
            response_type=AppStoreVersionExperimentTreatmentLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
