# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``nominations`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._jsonapi import UNSET
from ascapi._types import NOT_GIVEN
from ascapi.resources import _support

if TYPE_CHECKING:
    import datetime as _dt
    from collections.abc import Awaitable, Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.nomination import Nomination
    from ascapi.models.nomination_create_request import NominationCreateRequest
    from ascapi.models.nomination_response import NominationResponse
    from ascapi.models.nomination_update_request import NominationUpdateRequest
    from ascapi.models.nominations_response import NominationsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["APP_LAUNCH", "APP_ENHANCEMENTS", "NEW_CONTENT"]
    _Enum1 = Literal["IPHONE", "IPAD", "APPLE_TV", "APPLE_WATCH", "MAC", "VISION"]
    _Enum2 = Literal[
        "name",
        "type",
        "description",
        "createdDate",
        "lastModifiedDate",
        "submittedDate",
        "state",
        "publishStartDate",
        "publishEndDate",
        "deviceFamilies",
        "locales",
        "supplementalMaterialsUris",
        "hasInAppEvents",
        "launchInSelectMarketsFirst",
        "notes",
        "preOrderEnabled",
        "relatedApps",
        "createdByActor",
        "lastModifiedByActor",
        "submittedByActor",
        "inAppEvents",
        "supportedTerritories",
    ]
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
    _Enum4 = Literal["actorType", "userFirstName", "userLastName", "userEmail", "apiKeyId"]
    _Enum5 = Literal[
        "referenceName",
        "badge",
        "eventState",
        "deepLink",
        "purchaseRequirement",
        "primaryLocale",
        "priority",
        "purpose",
        "territorySchedules",
        "archivedTerritorySchedules",
        "localizations",
    ]
    _Enum6 = Literal["currency"]
    _Enum7 = Literal[
        "relatedApps",
        "createdByActor",
        "lastModifiedByActor",
        "submittedByActor",
        "inAppEvents",
        "supportedTerritories",
    ]
    _Enum8 = Literal["DRAFT", "SUBMITTED", "ARCHIVED"]
    _Enum9 = Literal[
        "lastModifiedDate",
        "-lastModifiedDate",
        "publishStartDate",
        "-publishStartDate",
        "publishEndDate",
        "-publishEndDate",
        "name",
        "-name",
        "type",
        "-type",
    ]


class Nominations(SyncAPIResource):
    """``client.nominations``: /v1/nominations"""

    def create(
        self,
        *,
        body: NominationCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        type: _Enum0 | str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        submitted: bool | None | UnsetType = UNSET,
        publish_start_date: _dt.datetime | str | None | UnsetType = UNSET,
        publish_end_date: _dt.datetime | str | None | UnsetType = UNSET,
        device_families: Sequence[_Enum1 | str] | None | UnsetType = UNSET,
        locales: Sequence[str] | None | UnsetType = UNSET,
        supplemental_materials_uris: Sequence[str] | None | UnsetType = UNSET,
        has_in_app_events: bool | None | UnsetType = UNSET,
        launch_in_select_markets_first: bool | None | UnsetType = UNSET,
        notes: str | None | UnsetType = UNSET,
        pre_order_enabled: bool | None | UnsetType = UNSET,
        related_apps: Sequence[str] | str | None | UnsetType = UNSET,
        in_app_events: Sequence[str] | str | None | UnsetType = UNSET,
        supported_territories: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> NominationResponse:
        """nominations_createInstance

        POST /v1/nominations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-nominations
        """
        from ascapi.models.nomination_response import NominationResponse

        body = _support.document(
            body,
            name is not UNSET
            or type is not UNSET
            or description is not UNSET
            or submitted is not UNSET
            or publish_start_date is not UNSET
            or publish_end_date is not UNSET
            or device_families is not UNSET
            or locales is not UNSET
            or supplemental_materials_uris is not UNSET
            or has_in_app_events is not UNSET
            or launch_in_select_markets_first is not UNSET
            or notes is not UNSET
            or pre_order_enabled is not UNSET
            or related_apps is not UNSET
            or in_app_events is not UNSET
            or supported_territories is not UNSET,
            "nominations",
            None,
            {
                "name": name,
                "type": type,
                "description": description,
                "submitted": submitted,
                "publishStartDate": _support.instant(publish_start_date, "publish_start_date"),
                "publishEndDate": _support.instant(publish_end_date, "publish_end_date"),
                "deviceFamilies": device_families,
                "locales": locales,
                "supplementalMaterialsUris": supplemental_materials_uris,
                "hasInAppEvents": has_in_app_events,
                "launchInSelectMarketsFirst": launch_in_select_markets_first,
                "notes": notes,
                "preOrderEnabled": pre_order_enabled,
            },
            {
                "relatedApps": ("apps", True, related_apps),
                "inAppEvents": ("appEvents", True, in_app_events),
                "supportedTerritories": ("territories", True, supported_territories),
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/nominations",
            body=body,
            response_type=NominationResponse,
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
        """nominations_deleteInstance

        DELETE /v1/nominations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-nominations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/nominations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_nominations: Sequence[_Enum2] | None = None,
        fields_apps: Sequence[_Enum3] | None = None,
        fields_actors: Sequence[_Enum4] | None = None,
        fields_app_events: Sequence[_Enum5] | None = None,
        fields_territories: Sequence[_Enum6] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_in_app_events: int | None = None,
        limit_related_apps: int | None = None,
        limit_supported_territories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> NominationResponse:
        """nominations_getInstance

        GET /v1/nominations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-nominations-_id_
        """
        from ascapi.models.nomination_response import NominationResponse

        return self._client._call(
            "GET",
            path("/v1/nominations/{id}", id=id),
            params={
                "fields[nominations]": fields_nominations,
                "fields[apps]": fields_apps,
                "fields[actors]": fields_actors,
                "fields[appEvents]": fields_app_events,
                "fields[territories]": fields_territories,
                "include": include,
                "limit[inAppEvents]": limit_in_app_events,
                "limit[relatedApps]": limit_related_apps,
                "limit[supportedTerritories]": limit_supported_territories,
            },
            maxima={
                "limit[inAppEvents]": 50,
                "limit[relatedApps]": 50,
                "limit[supportedTerritories]": 200,
            },
            response_type=NominationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    @overload
    def list(
        self,
        *,
        filter_state: Sequence[_Enum8],
        filter_type: Sequence[_Enum0] | None = None,
        filter_has_in_app_events: Sequence[str] | None = None,
        filter_related_apps: Sequence[str] | None = None,
        sort: Sequence[_Enum9] | None = None,
        fields_nominations: Sequence[_Enum2] | None = None,
        fields_apps: Sequence[_Enum3] | None = None,
        fields_actors: Sequence[_Enum4] | None = None,
        fields_app_events: Sequence[_Enum5] | None = None,
        fields_territories: Sequence[_Enum6] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_in_app_events: int | None = None,
        limit_related_apps: int | None = None,
        limit_supported_territories: int | None = None,
        cursor: str | None = None,
        accept: Literal["text/csv"],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str: ...

    @overload
    def list(
        self,
        *,
        filter_state: Sequence[_Enum8],
        filter_type: Sequence[_Enum0] | None = None,
        filter_has_in_app_events: Sequence[str] | None = None,
        filter_related_apps: Sequence[str] | None = None,
        sort: Sequence[_Enum9] | None = None,
        fields_nominations: Sequence[_Enum2] | None = None,
        fields_apps: Sequence[_Enum3] | None = None,
        fields_actors: Sequence[_Enum4] | None = None,
        fields_app_events: Sequence[_Enum5] | None = None,
        fields_territories: Sequence[_Enum6] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_in_app_events: int | None = None,
        limit_related_apps: int | None = None,
        limit_supported_territories: int | None = None,
        cursor: str | None = None,
        accept: Literal["application/json"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[NominationsResponse, Nomination]: ...

    def list(
        self,
        *,
        filter_state: Sequence[_Enum8],
        filter_type: Sequence[_Enum0] | None = None,
        filter_has_in_app_events: Sequence[str] | None = None,
        filter_related_apps: Sequence[str] | None = None,
        sort: Sequence[_Enum9] | None = None,
        fields_nominations: Sequence[_Enum2] | None = None,
        fields_apps: Sequence[_Enum3] | None = None,
        fields_actors: Sequence[_Enum4] | None = None,
        fields_app_events: Sequence[_Enum5] | None = None,
        fields_territories: Sequence[_Enum6] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_in_app_events: int | None = None,
        limit_related_apps: int | None = None,
        limit_supported_territories: int | None = None,
        cursor: str | None = None,
        accept: Literal["application/json", "text/csv"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[NominationsResponse, Nomination] | str:
        """nominations_getCollection

        GET /v1/nominations

        ``accept="text/csv"`` returns the CSV text instead of a page of JSON.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-nominations
        """
        from ascapi.models.nominations_response import NominationsResponse

        if accept == "text/csv":
            return self._client._call(
                "GET",
                "/v1/nominations",
                params={
                    "filter[type]": filter_type,
                    "filter[state]": filter_state,
                    "filter[hasInAppEvents]": filter_has_in_app_events,
                    "filter[relatedApps]": filter_related_apps,
                    "sort": sort,
                    "fields[nominations]": fields_nominations,
                    "fields[apps]": fields_apps,
                    "fields[actors]": fields_actors,
                    "fields[appEvents]": fields_app_events,
                    "fields[territories]": fields_territories,
                    "limit": limit,
                    "include": include,
                    "limit[inAppEvents]": limit_in_app_events,
                    "limit[relatedApps]": limit_related_apps,
                    "limit[supportedTerritories]": limit_supported_territories,
                    "cursor": cursor,
                },
                maxima={
                    "limit": 200,
                    "limit[inAppEvents]": 50,
                    "limit[relatedApps]": 50,
                    "limit[supportedTerritories]": 200,
                },
                result="text",
                accept="text/csv",
                options=options(extra_headers, extra_query, timeout),
            )
        return self._client._get_page(
            "/v1/nominations",
            params={
                "filter[type]": filter_type,
                "filter[state]": filter_state,
                "filter[hasInAppEvents]": filter_has_in_app_events,
                "filter[relatedApps]": filter_related_apps,
                "sort": sort,
                "fields[nominations]": fields_nominations,
                "fields[apps]": fields_apps,
                "fields[actors]": fields_actors,
                "fields[appEvents]": fields_app_events,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "limit[inAppEvents]": limit_in_app_events,
                "limit[relatedApps]": limit_related_apps,
                "limit[supportedTerritories]": limit_supported_territories,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[inAppEvents]": 50,
                "limit[relatedApps]": 50,
                "limit[supportedTerritories]": 200,
            },
            response_type=NominationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: NominationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        type: _Enum0 | str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        submitted: bool | None | UnsetType = UNSET,
        archived: bool | None | UnsetType = UNSET,
        publish_start_date: _dt.datetime | str | None | UnsetType = UNSET,
        publish_end_date: _dt.datetime | str | None | UnsetType = UNSET,
        device_families: Sequence[_Enum1 | str] | None | UnsetType = UNSET,
        locales: Sequence[str] | None | UnsetType = UNSET,
        supplemental_materials_uris: Sequence[str] | None | UnsetType = UNSET,
        has_in_app_events: bool | None | UnsetType = UNSET,
        launch_in_select_markets_first: bool | None | UnsetType = UNSET,
        notes: str | None | UnsetType = UNSET,
        pre_order_enabled: bool | None | UnsetType = UNSET,
        related_apps: Sequence[str] | str | None | UnsetType = UNSET,
        in_app_events: Sequence[str] | str | None | UnsetType = UNSET,
        supported_territories: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> NominationResponse:
        """nominations_updateInstance

        PATCH /v1/nominations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-nominations-_id_
        """
        from ascapi.models.nomination_response import NominationResponse

        body = _support.document(
            body,
            name is not UNSET
            or type is not UNSET
            or description is not UNSET
            or submitted is not UNSET
            or archived is not UNSET
            or publish_start_date is not UNSET
            or publish_end_date is not UNSET
            or device_families is not UNSET
            or locales is not UNSET
            or supplemental_materials_uris is not UNSET
            or has_in_app_events is not UNSET
            or launch_in_select_markets_first is not UNSET
            or notes is not UNSET
            or pre_order_enabled is not UNSET
            or related_apps is not UNSET
            or in_app_events is not UNSET
            or supported_territories is not UNSET,
            "nominations",
            id,
            {
                "name": name,
                "type": type,
                "description": description,
                "submitted": submitted,
                "archived": archived,
                "publishStartDate": _support.instant(publish_start_date, "publish_start_date"),
                "publishEndDate": _support.instant(publish_end_date, "publish_end_date"),
                "deviceFamilies": device_families,
                "locales": locales,
                "supplementalMaterialsUris": supplemental_materials_uris,
                "hasInAppEvents": has_in_app_events,
                "launchInSelectMarketsFirst": launch_in_select_markets_first,
                "notes": notes,
                "preOrderEnabled": pre_order_enabled,
            },
            {
                "relatedApps": ("apps", True, related_apps),
                "inAppEvents": ("appEvents", True, in_app_events),
                "supportedTerritories": ("territories", True, supported_territories),
            },
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/nominations/{id}", id=id),
            body=body,
            response_type=NominationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncNominations(AsyncAPIResource):
    """``client.nominations``: /v1/nominations"""

    async def create(
        self,
        *,
        body: NominationCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        type: _Enum0 | str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        submitted: bool | None | UnsetType = UNSET,
        publish_start_date: _dt.datetime | str | None | UnsetType = UNSET,
        publish_end_date: _dt.datetime | str | None | UnsetType = UNSET,
        device_families: Sequence[_Enum1 | str] | None | UnsetType = UNSET,
        locales: Sequence[str] | None | UnsetType = UNSET,
        supplemental_materials_uris: Sequence[str] | None | UnsetType = UNSET,
        has_in_app_events: bool | None | UnsetType = UNSET,
        launch_in_select_markets_first: bool | None | UnsetType = UNSET,
        notes: str | None | UnsetType = UNSET,
        pre_order_enabled: bool | None | UnsetType = UNSET,
        related_apps: Sequence[str] | str | None | UnsetType = UNSET,
        in_app_events: Sequence[str] | str | None | UnsetType = UNSET,
        supported_territories: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> NominationResponse:
        """nominations_createInstance

        POST /v1/nominations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-nominations
        """
        from ascapi.models.nomination_response import NominationResponse

        body = _support.document(
            body,
            name is not UNSET
            or type is not UNSET
            or description is not UNSET
            or submitted is not UNSET
            or publish_start_date is not UNSET
            or publish_end_date is not UNSET
            or device_families is not UNSET
            or locales is not UNSET
            or supplemental_materials_uris is not UNSET
            or has_in_app_events is not UNSET
            or launch_in_select_markets_first is not UNSET
            or notes is not UNSET
            or pre_order_enabled is not UNSET
            or related_apps is not UNSET
            or in_app_events is not UNSET
            or supported_territories is not UNSET,
            "nominations",
            None,
            {
                "name": name,
                "type": type,
                "description": description,
                "submitted": submitted,
                "publishStartDate": _support.instant(publish_start_date, "publish_start_date"),
                "publishEndDate": _support.instant(publish_end_date, "publish_end_date"),
                "deviceFamilies": device_families,
                "locales": locales,
                "supplementalMaterialsUris": supplemental_materials_uris,
                "hasInAppEvents": has_in_app_events,
                "launchInSelectMarketsFirst": launch_in_select_markets_first,
                "notes": notes,
                "preOrderEnabled": pre_order_enabled,
            },
            {
                "relatedApps": ("apps", True, related_apps),
                "inAppEvents": ("appEvents", True, in_app_events),
                "supportedTerritories": ("territories", True, supported_territories),
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/nominations",
            body=body,
            response_type=NominationResponse,
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
        """nominations_deleteInstance

        DELETE /v1/nominations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-nominations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/nominations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_nominations: Sequence[_Enum2] | None = None,
        fields_apps: Sequence[_Enum3] | None = None,
        fields_actors: Sequence[_Enum4] | None = None,
        fields_app_events: Sequence[_Enum5] | None = None,
        fields_territories: Sequence[_Enum6] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_in_app_events: int | None = None,
        limit_related_apps: int | None = None,
        limit_supported_territories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> NominationResponse:
        """nominations_getInstance

        GET /v1/nominations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-nominations-_id_
        """
        from ascapi.models.nomination_response import NominationResponse

        return await self._client._call(
            "GET",
            path("/v1/nominations/{id}", id=id),
            params={
                "fields[nominations]": fields_nominations,
                "fields[apps]": fields_apps,
                "fields[actors]": fields_actors,
                "fields[appEvents]": fields_app_events,
                "fields[territories]": fields_territories,
                "include": include,
                "limit[inAppEvents]": limit_in_app_events,
                "limit[relatedApps]": limit_related_apps,
                "limit[supportedTerritories]": limit_supported_territories,
            },
            maxima={
                "limit[inAppEvents]": 50,
                "limit[relatedApps]": 50,
                "limit[supportedTerritories]": 200,
            },
            response_type=NominationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    @overload
    def list(
        self,
        *,
        filter_state: Sequence[_Enum8],
        filter_type: Sequence[_Enum0] | None = None,
        filter_has_in_app_events: Sequence[str] | None = None,
        filter_related_apps: Sequence[str] | None = None,
        sort: Sequence[_Enum9] | None = None,
        fields_nominations: Sequence[_Enum2] | None = None,
        fields_apps: Sequence[_Enum3] | None = None,
        fields_actors: Sequence[_Enum4] | None = None,
        fields_app_events: Sequence[_Enum5] | None = None,
        fields_territories: Sequence[_Enum6] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_in_app_events: int | None = None,
        limit_related_apps: int | None = None,
        limit_supported_territories: int | None = None,
        cursor: str | None = None,
        accept: Literal["text/csv"],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Awaitable[str]: ...

    @overload
    def list(
        self,
        *,
        filter_state: Sequence[_Enum8],
        filter_type: Sequence[_Enum0] | None = None,
        filter_has_in_app_events: Sequence[str] | None = None,
        filter_related_apps: Sequence[str] | None = None,
        sort: Sequence[_Enum9] | None = None,
        fields_nominations: Sequence[_Enum2] | None = None,
        fields_apps: Sequence[_Enum3] | None = None,
        fields_actors: Sequence[_Enum4] | None = None,
        fields_app_events: Sequence[_Enum5] | None = None,
        fields_territories: Sequence[_Enum6] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_in_app_events: int | None = None,
        limit_related_apps: int | None = None,
        limit_supported_territories: int | None = None,
        cursor: str | None = None,
        accept: Literal["application/json"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[NominationsResponse, Nomination]: ...

    def list(
        self,
        *,
        filter_state: Sequence[_Enum8],
        filter_type: Sequence[_Enum0] | None = None,
        filter_has_in_app_events: Sequence[str] | None = None,
        filter_related_apps: Sequence[str] | None = None,
        sort: Sequence[_Enum9] | None = None,
        fields_nominations: Sequence[_Enum2] | None = None,
        fields_apps: Sequence[_Enum3] | None = None,
        fields_actors: Sequence[_Enum4] | None = None,
        fields_app_events: Sequence[_Enum5] | None = None,
        fields_territories: Sequence[_Enum6] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_in_app_events: int | None = None,
        limit_related_apps: int | None = None,
        limit_supported_territories: int | None = None,
        cursor: str | None = None,
        accept: Literal["application/json", "text/csv"] = "application/json",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[NominationsResponse, Nomination] | Awaitable[str]:
        """nominations_getCollection

        GET /v1/nominations

        ``accept="text/csv"`` returns the CSV text instead of a page of JSON.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-nominations
        """
        from ascapi.models.nominations_response import NominationsResponse

        if accept == "text/csv":
            return self._client._call(
                "GET",
                "/v1/nominations",
                params={
                    "filter[type]": filter_type,
                    "filter[state]": filter_state,
                    "filter[hasInAppEvents]": filter_has_in_app_events,
                    "filter[relatedApps]": filter_related_apps,
                    "sort": sort,
                    "fields[nominations]": fields_nominations,
                    "fields[apps]": fields_apps,
                    "fields[actors]": fields_actors,
                    "fields[appEvents]": fields_app_events,
                    "fields[territories]": fields_territories,
                    "limit": limit,
                    "include": include,
                    "limit[inAppEvents]": limit_in_app_events,
                    "limit[relatedApps]": limit_related_apps,
                    "limit[supportedTerritories]": limit_supported_territories,
                    "cursor": cursor,
                },
                maxima={
                    "limit": 200,
                    "limit[inAppEvents]": 50,
                    "limit[relatedApps]": 50,
                    "limit[supportedTerritories]": 200,
                },
                result="text",
                accept="text/csv",
                options=options(extra_headers, extra_query, timeout),
            )
        return self._client._get_page(
            "/v1/nominations",
            params={
                "filter[type]": filter_type,
                "filter[state]": filter_state,
                "filter[hasInAppEvents]": filter_has_in_app_events,
                "filter[relatedApps]": filter_related_apps,
                "sort": sort,
                "fields[nominations]": fields_nominations,
                "fields[apps]": fields_apps,
                "fields[actors]": fields_actors,
                "fields[appEvents]": fields_app_events,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "limit[inAppEvents]": limit_in_app_events,
                "limit[relatedApps]": limit_related_apps,
                "limit[supportedTerritories]": limit_supported_territories,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[inAppEvents]": 50,
                "limit[relatedApps]": 50,
                "limit[supportedTerritories]": 200,
            },
            response_type=NominationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: NominationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        type: _Enum0 | str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        submitted: bool | None | UnsetType = UNSET,
        archived: bool | None | UnsetType = UNSET,
        publish_start_date: _dt.datetime | str | None | UnsetType = UNSET,
        publish_end_date: _dt.datetime | str | None | UnsetType = UNSET,
        device_families: Sequence[_Enum1 | str] | None | UnsetType = UNSET,
        locales: Sequence[str] | None | UnsetType = UNSET,
        supplemental_materials_uris: Sequence[str] | None | UnsetType = UNSET,
        has_in_app_events: bool | None | UnsetType = UNSET,
        launch_in_select_markets_first: bool | None | UnsetType = UNSET,
        notes: str | None | UnsetType = UNSET,
        pre_order_enabled: bool | None | UnsetType = UNSET,
        related_apps: Sequence[str] | str | None | UnsetType = UNSET,
        in_app_events: Sequence[str] | str | None | UnsetType = UNSET,
        supported_territories: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> NominationResponse:
        """nominations_updateInstance

        PATCH /v1/nominations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-nominations-_id_
        """
        from ascapi.models.nomination_response import NominationResponse

        body = _support.document(
            body,
            name is not UNSET
            or type is not UNSET
            or description is not UNSET
            or submitted is not UNSET
            or archived is not UNSET
            or publish_start_date is not UNSET
            or publish_end_date is not UNSET
            or device_families is not UNSET
            or locales is not UNSET
            or supplemental_materials_uris is not UNSET
            or has_in_app_events is not UNSET
            or launch_in_select_markets_first is not UNSET
            or notes is not UNSET
            or pre_order_enabled is not UNSET
            or related_apps is not UNSET
            or in_app_events is not UNSET
            or supported_territories is not UNSET,
            "nominations",
            id,
            {
                "name": name,
                "type": type,
                "description": description,
                "submitted": submitted,
                "archived": archived,
                "publishStartDate": _support.instant(publish_start_date, "publish_start_date"),
                "publishEndDate": _support.instant(publish_end_date, "publish_end_date"),
                "deviceFamilies": device_families,
                "locales": locales,
                "supplementalMaterialsUris": supplemental_materials_uris,
                "hasInAppEvents": has_in_app_events,
                "launchInSelectMarketsFirst": launch_in_select_markets_first,
                "notes": notes,
                "preOrderEnabled": pre_order_enabled,
            },
            {
                "relatedApps": ("apps", True, related_apps),
                "inAppEvents": ("appEvents", True, in_app_events),
                "supportedTerritories": ("territories", True, supported_territories),
            },
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/nominations/{id}", id=id),
            body=body,
            response_type=NominationResponse,
            options=options(extra_headers, extra_query, timeout),
        )
