# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``beta_app_review_details`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse
    from ascapi.models.beta_app_review_detail import BetaAppReviewDetail
    from ascapi.models.beta_app_review_detail_app_linkage_response import (
        BetaAppReviewDetailAppLinkageResponse,
    )
    from ascapi.models.beta_app_review_detail_response import BetaAppReviewDetailResponse
    from ascapi.models.beta_app_review_detail_update_request import BetaAppReviewDetailUpdateRequest
    from ascapi.models.beta_app_review_details_response import BetaAppReviewDetailsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "contactFirstName",
        "contactLastName",
        "contactPhone",
        "contactEmail",
        "demoAccountName",
        "demoAccountPassword",
        "demoAccountRequired",
        "notes",
        "app",
    ]
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
    _Enum2 = Literal["app"]


class BetaAppReviewDetails(SyncAPIResource):
    """``client.beta_app_review_details``: /v1/betaAppReviewDetails"""

    @cached_property
    def app(self) -> BetaAppReviewDetailsApp:
        return BetaAppReviewDetailsApp(self._client)

    def get(
        self,
        id: str,
        *,
        fields_beta_app_review_details: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppReviewDetailResponse:
        """betaAppReviewDetails_getInstance

        GET /v1/betaAppReviewDetails/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails-_id_
        """
        from ascapi.models.beta_app_review_detail_response import BetaAppReviewDetailResponse

        return self._client._call(
            "GET",
            path("/v1/betaAppReviewDetails/{id}", id=id),
            params={
                "fields[betaAppReviewDetails]": fields_beta_app_review_details,
                "fields[apps]": fields_apps,
                "include": include,
            },
            response_type=BetaAppReviewDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_app: Sequence[str],
        fields_beta_app_review_details: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaAppReviewDetailsResponse, BetaAppReviewDetail]:
        """betaAppReviewDetails_getCollection

        GET /v1/betaAppReviewDetails

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails
        """
        from ascapi.models.beta_app_review_details_response import BetaAppReviewDetailsResponse

        return self._client._get_page(
            "/v1/betaAppReviewDetails",
            params={
                "filter[app]": filter_app,
                "fields[betaAppReviewDetails]": fields_beta_app_review_details,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaAppReviewDetailsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: BetaAppReviewDetailUpdateRequest | Mapping[str, Any] | None = None,
        contact_first_name: str | None | UnsetType = UNSET,
        contact_last_name: str | None | UnsetType = UNSET,
        contact_phone: str | None | UnsetType = UNSET,
        contact_email: str | None | UnsetType = UNSET,
        demo_account_name: str | None | UnsetType = UNSET,
        demo_account_password: str | None | UnsetType = UNSET,
        demo_account_required: bool | None | UnsetType = UNSET,
        notes: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppReviewDetailResponse:
        """betaAppReviewDetails_updateInstance

        PATCH /v1/betaAppReviewDetails/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betaappreviewdetails-_id_
        """
        from ascapi.models.beta_app_review_detail_response import BetaAppReviewDetailResponse

        body = _support.document(
            body,
            contact_first_name is not UNSET
            or contact_last_name is not UNSET
            or contact_phone is not UNSET
            or contact_email is not UNSET
            or demo_account_name is not UNSET
            or demo_account_password is not UNSET
            or demo_account_required is not UNSET
            or notes is not UNSET,
            "betaAppReviewDetails",
            id,
            {
                "contactFirstName": contact_first_name,
                "contactLastName": contact_last_name,
                "contactPhone": contact_phone,
                "contactEmail": contact_email,
                "demoAccountName": demo_account_name,
                "demoAccountPassword": demo_account_password,
                "demoAccountRequired": demo_account_required,
                "notes": notes,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/betaAppReviewDetails/{id}", id=id),
            body=body,
            response_type=BetaAppReviewDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BetaAppReviewDetailsApp(SyncAPIResource):
    """``client.beta_app_review_details.app``: /v1/betaAppReviewDetails"""

    def get(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppWithoutIncludesResponse:
        """betaAppReviewDetails_app_getToOneRelated

        GET /v1/betaAppReviewDetails/{id}/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails-_id_-app
        """
        from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse

        return self._client._call(
            "GET",
            path("/v1/betaAppReviewDetails/{id}/app", id=id),
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
    ) -> BetaAppReviewDetailAppLinkageResponse:
        """betaAppReviewDetails_app_getToOneRelationship

        GET /v1/betaAppReviewDetails/{id}/relationships/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails-_id_-relationships-app
        """
        from ascapi.models.beta_app_review_detail_app_linkage_response import (
            BetaAppReviewDetailAppLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/betaAppReviewDetails/{id}/relationships/app", id=id),
            response_type=BetaAppReviewDetailAppLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaAppReviewDetails(AsyncAPIResource):
    """``client.beta_app_review_details``: /v1/betaAppReviewDetails"""

    @cached_property
    def app(self) -> AsyncBetaAppReviewDetailsApp:
        return AsyncBetaAppReviewDetailsApp(self._client)

    async def get(
        self,
        id: str,
        *,
        fields_beta_app_review_details: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppReviewDetailResponse:
        """betaAppReviewDetails_getInstance

        GET /v1/betaAppReviewDetails/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails-_id_
        """
        from ascapi.models.beta_app_review_detail_response import BetaAppReviewDetailResponse

        return await self._client._call(
            "GET",
            path("/v1/betaAppReviewDetails/{id}", id=id),
            params={
                "fields[betaAppReviewDetails]": fields_beta_app_review_details,
                "fields[apps]": fields_apps,
                "include": include,
            },
            response_type=BetaAppReviewDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_app: Sequence[str],
        fields_beta_app_review_details: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaAppReviewDetailsResponse, BetaAppReviewDetail]:
        """betaAppReviewDetails_getCollection

        GET /v1/betaAppReviewDetails

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails
        """
        from ascapi.models.beta_app_review_details_response import BetaAppReviewDetailsResponse

        return self._client._get_page(
            "/v1/betaAppReviewDetails",
            params={
                "filter[app]": filter_app,
                "fields[betaAppReviewDetails]": fields_beta_app_review_details,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaAppReviewDetailsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: BetaAppReviewDetailUpdateRequest | Mapping[str, Any] | None = None,
        contact_first_name: str | None | UnsetType = UNSET,
        contact_last_name: str | None | UnsetType = UNSET,
        contact_phone: str | None | UnsetType = UNSET,
        contact_email: str | None | UnsetType = UNSET,
        demo_account_name: str | None | UnsetType = UNSET,
        demo_account_password: str | None | UnsetType = UNSET,
        demo_account_required: bool | None | UnsetType = UNSET,
        notes: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppReviewDetailResponse:
        """betaAppReviewDetails_updateInstance

        PATCH /v1/betaAppReviewDetails/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betaappreviewdetails-_id_
        """
        from ascapi.models.beta_app_review_detail_response import BetaAppReviewDetailResponse

        body = _support.document(
            body,
            contact_first_name is not UNSET
            or contact_last_name is not UNSET
            or contact_phone is not UNSET
            or contact_email is not UNSET
            or demo_account_name is not UNSET
            or demo_account_password is not UNSET
            or demo_account_required is not UNSET
            or notes is not UNSET,
            "betaAppReviewDetails",
            id,
            {
                "contactFirstName": contact_first_name,
                "contactLastName": contact_last_name,
                "contactPhone": contact_phone,
                "contactEmail": contact_email,
                "demoAccountName": demo_account_name,
                "demoAccountPassword": demo_account_password,
                "demoAccountRequired": demo_account_required,
                "notes": notes,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/betaAppReviewDetails/{id}", id=id),
            body=body,
            response_type=BetaAppReviewDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaAppReviewDetailsApp(AsyncAPIResource):
    """``client.beta_app_review_details.app``: /v1/betaAppReviewDetails"""

    async def get(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppWithoutIncludesResponse:
        """betaAppReviewDetails_app_getToOneRelated

        GET /v1/betaAppReviewDetails/{id}/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails-_id_-app
        """
        from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse

        return await self._client._call(
            "GET",
            path("/v1/betaAppReviewDetails/{id}/app", id=id),
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
    ) -> BetaAppReviewDetailAppLinkageResponse:
        """betaAppReviewDetails_app_getToOneRelationship

        GET /v1/betaAppReviewDetails/{id}/relationships/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails-_id_-relationships-app
        """
        from ascapi.models.beta_app_review_detail_app_linkage_response import (
            BetaAppReviewDetailAppLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/betaAppReviewDetails/{id}/relationships/app", id=id),
            response_type=BetaAppReviewDetailAppLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
