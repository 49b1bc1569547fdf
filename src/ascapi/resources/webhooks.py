# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``webhooks`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.webhook_create_request import WebhookCreateRequest
    from ascapi.models.webhook_deliveries_linkages_response import (
        WebhookDeliveriesLinkagesResponse,
        WebhookDeliveriesLinkagesResponseData,
    )
    from ascapi.models.webhook_deliveries_response import WebhookDeliveriesResponse
    from ascapi.models.webhook_delivery import WebhookDelivery
    from ascapi.models.webhook_response import WebhookResponse
    from ascapi.models.webhook_update_request import WebhookUpdateRequest
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "ALTERNATIVE_DISTRIBUTION_PACKAGE_AVAILABLE_UPDATED",
        "ALTERNATIVE_DISTRIBUTION_PACKAGE_VERSION_CREATED",
        "ALTERNATIVE_DISTRIBUTION_TERRITORY_AVAILABILITY_UPDATED",
        "APP_STORE_VERSION_APP_VERSION_STATE_UPDATED",
        "BACKGROUND_ASSET_VERSION_APP_STORE_RELEASE_STATE_UPDATED",
        "BACKGROUND_ASSET_VERSION_EXTERNAL_BETA_RELEASE_STATE_UPDATED",
        "BACKGROUND_ASSET_VERSION_INTERNAL_BETA_RELEASE_CREATED",
        "BACKGROUND_ASSET_VERSION_STATE_UPDATED",
        "BETA_FEEDBACK_CRASH_SUBMISSION_CREATED",
        "BETA_FEEDBACK_SCREENSHOT_SUBMISSION_CREATED",
        "BUILD_BETA_DETAIL_EXTERNAL_BUILD_STATE_UPDATED",
        "BUILD_UPLOAD_STATE_UPDATED",
    ]
    _Enum1 = Literal["enabled", "eventTypes", "name", "url", "app", "deliveries"]
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
    _Enum3 = Literal["app"]
    _Enum4 = Literal["SUCCEEDED", "FAILED", "PENDING"]
    _Enum5 = Literal[
        "createdDate",
        "deliveryState",
        "errorMessage",
        "redelivery",
        "sentDate",
        "request",
        "response",
        "event",
    ]
    _Enum6 = Literal["eventType", "payload", "ping", "createdDate"]
    _Enum7 = Literal["event"]


class Webhooks(SyncAPIResource):
    """``client.webhooks``: /v1/webhooks"""

    @cached_property
    def deliveries(self) -> WebhooksDeliveries:
        return WebhooksDeliveries(self._client)

    def create(
        self,
        *,
        body: WebhookCreateRequest | Mapping[str, Any] | None = None,
        enabled: bool | None | UnsetType = UNSET,
        event_types: Sequence[_Enum0 | str] | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        secret: str | None | UnsetType = UNSET,
        url: str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WebhookResponse:
        """webhooks_createInstance

        POST /v1/webhooks

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-webhooks
        """
        from ascapi.models.webhook_response import WebhookResponse

        body = _support.document(
            body,
            enabled is not UNSET
            or event_types is not UNSET
            or name is not UNSET
            or secret is not UNSET
            or url is not UNSET
            or app is not UNSET,
            "webhooks",
            None,
            {
                "enabled": enabled,
                "eventTypes": event_types,
                "name": name,
                "secret": secret,
                "url": url,
            },
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/webhooks",
            body=body,
            response_type=WebhookResponse,
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
        """webhooks_deleteInstance

        DELETE /v1/webhooks/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-webhooks-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/webhooks/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_webhooks: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WebhookResponse:
        """webhooks_getInstance

        GET /v1/webhooks/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-webhooks-_id_
        """
        from ascapi.models.webhook_response import WebhookResponse

        return self._client._call(
            "GET",
            path("/v1/webhooks/{id}", id=id),
            params={
                "fields[webhooks]": fields_webhooks,
                "fields[apps]": fields_apps,
                "include": include,
            },
            response_type=WebhookResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: WebhookUpdateRequest | Mapping[str, Any] | None = None,
        enabled: bool | None | UnsetType = UNSET,
        event_types: Sequence[_Enum0 | str] | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        secret: str | None | UnsetType = UNSET,
        url: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WebhookResponse:
        """webhooks_updateInstance

        PATCH /v1/webhooks/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-webhooks-_id_
        """
        from ascapi.models.webhook_response import WebhookResponse

        body = _support.document(
            body,
            enabled is not UNSET
            or event_types is not UNSET
            or name is not UNSET
            or secret is not UNSET
            or url is not UNSET,
            "webhooks",
            id,
            {
                "enabled": enabled,
                "eventTypes": event_types,
                "name": name,
                "secret": secret,
                "url": url,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/webhooks/{id}", id=id),
            body=body,
            response_type=WebhookResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class WebhooksDeliveries(SyncAPIResource):
    """``client.webhooks.deliveries``: /v1/webhooks"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[WebhookDeliveriesLinkagesResponse, WebhookDeliveriesLinkagesResponseData]:
        """webhooks_deliveries_getToManyRelationship

        GET /v1/webhooks/{id}/relationships/deliveries

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-webhooks-_id_-relationships-deliveries
        """
        from ascapi.models.webhook_deliveries_linkages_response import (
            WebhookDeliveriesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/webhooks/{id}/relationships/deliveries", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=WebhookDeliveriesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_delivery_state: Sequence[_Enum4] | None = None,
        filter_created_date_greater_than_or_equal_to: Sequence[str] | None = None,
        filter_created_date_less_than: Sequence[str] | None = None,
        fields_webhook_deliveries: Sequence[_Enum5] | None = None,
        fields_webhook_events: Sequence[_Enum6] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum7] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[WebhookDeliveriesResponse, WebhookDelivery]:
        """webhooks_deliveries_getToManyRelated

        GET /v1/webhooks/{id}/deliveries

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-webhooks-_id_-deliveries
        """
        from ascapi.models.webhook_deliveries_response import WebhookDeliveriesResponse

        return self._client._get_page(
            path("/v1/webhooks/{id}/deliveries", id=id),
            params={
                "filter[deliveryState]": filter_delivery_state,
                "filter[createdDateGreaterThanOrEqualTo]": filter_created_date_greater_than_or_equal_to,
                "filter[createdDateLessThan]": filter_created_date_less_than,
                "fields[webhookDeliveries]": fields_webhook_deliveries,
                "fields[webhookEvents]": fields_webhook_events,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=WebhookDeliveriesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncWebhooks(AsyncAPIResource):
    """``client.webhooks``: /v1/webhooks"""

    @cached_property
    def deliveries(self) -> AsyncWebhooksDeliveries:
        return AsyncWebhooksDeliveries(self._client)

    async def create(
        self,
        *,
        body: WebhookCreateRequest | Mapping[str, Any] | None = None,
        enabled: bool | None | UnsetType = UNSET,
        event_types: Sequence[_Enum0 | str] | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        secret: str | None | UnsetType = UNSET,
        url: str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WebhookResponse:
        """webhooks_createInstance

        POST /v1/webhooks

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-webhooks
        """
        from ascapi.models.webhook_response import WebhookResponse

        body = _support.document(
            body,
            enabled is not UNSET
            or event_types is not UNSET
            or name is not UNSET
            or secret is not UNSET
            or url is not UNSET
            or app is not UNSET,
            "webhooks",
            None,
            {
                "enabled": enabled,
                "eventTypes": event_types,
                "name": name,
                "secret": secret,
                "url": url,
            },
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/webhooks",
            body=body,
            response_type=WebhookResponse,
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
        """webhooks_deleteInstance

        DELETE /v1/webhooks/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-webhooks-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/webhooks/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_webhooks: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WebhookResponse:
        """webhooks_getInstance

        GET /v1/webhooks/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-webhooks-_id_
        """
        from ascapi.models.webhook_response import WebhookResponse

        return await self._client._call(
            "GET",
            path("/v1/webhooks/{id}", id=id),
            params={
                "fields[webhooks]": fields_webhooks,
                "fields[apps]": fields_apps,
                "include": include,
            },
            response_type=WebhookResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: WebhookUpdateRequest | Mapping[str, Any] | None = None,
        enabled: bool | None | UnsetType = UNSET,
        event_types: Sequence[_Enum0 | str] | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        secret: str | None | UnsetType = UNSET,
        url: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WebhookResponse:
        """webhooks_updateInstance

        PATCH /v1/webhooks/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-webhooks-_id_
        """
        from ascapi.models.webhook_response import WebhookResponse

        body = _support.document(
            body,
            enabled is not UNSET
            or event_types is not UNSET
            or name is not UNSET
            or secret is not UNSET
            or url is not UNSET,
            "webhooks",
            id,
            {
                "enabled": enabled,
                "eventTypes": event_types,
                "name": name,
                "secret": secret,
                "url": url,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/webhooks/{id}", id=id),
            body=body,
            response_type=WebhookResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncWebhooksDeliveries(AsyncAPIResource):
    """``client.webhooks.deliveries``: /v1/webhooks"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[WebhookDeliveriesLinkagesResponse, WebhookDeliveriesLinkagesResponseData]:
        """webhooks_deliveries_getToManyRelationship

        GET /v1/webhooks/{id}/relationships/deliveries

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-webhooks-_id_-relationships-deliveries
        """
        from ascapi.models.webhook_deliveries_linkages_response import (
            WebhookDeliveriesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/webhooks/{id}/relationships/deliveries", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=WebhookDeliveriesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_delivery_state: Sequence[_Enum4] | None = None,
        filter_created_date_greater_than_or_equal_to: Sequence[str] | None = None,
        filter_created_date_less_than: Sequence[str] | None = None,
        fields_webhook_deliveries: Sequence[_Enum5] | None = None,
        fields_webhook_events: Sequence[_Enum6] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum7] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[WebhookDeliveriesResponse, WebhookDelivery]:
        """webhooks_deliveries_getToManyRelated

        GET /v1/webhooks/{id}/deliveries

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-webhooks-_id_-deliveries
        """
        from ascapi.models.webhook_deliveries_response import WebhookDeliveriesResponse

        return self._client._get_page(
            path("/v1/webhooks/{id}/deliveries", id=id),
            params={
                "filter[deliveryState]": filter_delivery_state,
                "filter[createdDateGreaterThanOrEqualTo]": filter_created_date_greater_than_or_equal_to,
                "filter[createdDateLessThan]": filter_created_date_less_than,
                "fields[webhookDeliveries]": fields_webhook_deliveries,
                "fields[webhookEvents]": fields_webhook_events,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=WebhookDeliveriesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
