# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``beta_license_agreements`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.beta_license_agreement import BetaLicenseAgreement
    from ascapi.models.beta_license_agreement_app_linkage_response import (
        BetaLicenseAgreementAppLinkageResponse,
    )
    from ascapi.models.beta_license_agreement_response import BetaLicenseAgreementResponse
    from ascapi.models.beta_license_agreement_update_request import (
        BetaLicenseAgreementUpdateRequest,
    )
    from ascapi.models.beta_license_agreements_response import BetaLicenseAgreementsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["agreementText", "app"]
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


class BetaLicenseAgreements(SyncAPIResource):
    """``client.beta_license_agreements``: /v1/betaLicenseAgreements"""

    @cached_property
    def app(self) -> BetaLicenseAgreementsApp:
        return BetaLicenseAgreementsApp(self._client)

    def get(
        self,
        id: str,
        *,
        fields_beta_license_agreements: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaLicenseAgreementResponse:
        """betaLicenseAgreements_getInstance

        GET /v1/betaLicenseAgreements/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betalicenseagreements-_id_
        """
        from ascapi.models.beta_license_agreement_response import BetaLicenseAgreementResponse

        return self._client._call(
            "GET",
            path("/v1/betaLicenseAgreements/{id}", id=id),
            params={
                "fields[betaLicenseAgreements]": fields_beta_license_agreements,
                "fields[apps]": fields_apps,
                "include": include,
            },
            response_type=BetaLicenseAgreementResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_app: Sequence[str] | None = None,
        fields_beta_license_agreements: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaLicenseAgreementsResponse, BetaLicenseAgreement]:
        """betaLicenseAgreements_getCollection

        GET /v1/betaLicenseAgreements

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betalicenseagreements
        """
        from ascapi.models.beta_license_agreements_response import BetaLicenseAgreementsResponse

        return self._client._get_page(
            "/v1/betaLicenseAgreements",
            params={
                "filter[app]": filter_app,
                "fields[betaLicenseAgreements]": fields_beta_license_agreements,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaLicenseAgreementsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: BetaLicenseAgreementUpdateRequest | Mapping[str, Any] | None = None,
        agreement_text: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaLicenseAgreementResponse:
        """betaLicenseAgreements_updateInstance

        PATCH /v1/betaLicenseAgreements/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betalicenseagreements-_id_
        """
        from ascapi.models.beta_license_agreement_response import BetaLicenseAgreementResponse

        body = _support.document(
            body,
            agreement_text is not UNSET,
            "betaLicenseAgreements",
            id,
            {"agreementText": agreement_text},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/betaLicenseAgreements/{id}", id=id),
            body=body,
            response_type=BetaLicenseAgreementResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BetaLicenseAgreementsApp(SyncAPIResource):
    """``client.beta_license_agreements.app``: /v1/betaLicenseAgreements"""

    def get(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppWithoutIncludesResponse:
        """betaLicenseAgreements_app_getToOneRelated

        GET /v1/betaLicenseAgreements/{id}/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betalicenseagreements-_id_-app
        """
        from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse

        return self._client._call(
            "GET",
            path("/v1/betaLicenseAgreements/{id}/app", id=id),
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
    ) -> BetaLicenseAgreementAppLinkageResponse:
        """betaLicenseAgreements_app_getToOneRelationship

        GET /v1/betaLicenseAgreements/{id}/relationships/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betalicenseagreements-_id_-relationships-app
        """
        from ascapi.models.beta_license_agreement_app_linkage_response import (
            BetaLicenseAgreementAppLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/betaLicenseAgreements/{id}/relationships/app", id=id),
            response_type=BetaLicenseAgreementAppLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaLicenseAgreements(AsyncAPIResource):
    """``client.beta_license_agreements``: /v1/betaLicenseAgreements"""

    @cached_property
    def app(self) -> AsyncBetaLicenseAgreementsApp:
        return AsyncBetaLicenseAgreementsApp(self._client)

    async def get(
        self,
        id: str,
        *,
        fields_beta_license_agreements: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaLicenseAgreementResponse:
        """betaLicenseAgreements_getInstance

        GET /v1/betaLicenseAgreements/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betalicenseagreements-_id_
        """
        from ascapi.models.beta_license_agreement_response import BetaLicenseAgreementResponse

        return await self._client._call(
            "GET",
            path("/v1/betaLicenseAgreements/{id}", id=id),
            params={
                "fields[betaLicenseAgreements]": fields_beta_license_agreements,
                "fields[apps]": fields_apps,
                "include": include,
            },
            response_type=BetaLicenseAgreementResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_app: Sequence[str] | None = None,
        fields_beta_license_agreements: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaLicenseAgreementsResponse, BetaLicenseAgreement]:
        """betaLicenseAgreements_getCollection

        GET /v1/betaLicenseAgreements

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betalicenseagreements
        """
        from ascapi.models.beta_license_agreements_response import BetaLicenseAgreementsResponse

        return self._client._get_page(
            "/v1/betaLicenseAgreements",
            params={
                "filter[app]": filter_app,
                "fields[betaLicenseAgreements]": fields_beta_license_agreements,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaLicenseAgreementsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: BetaLicenseAgreementUpdateRequest | Mapping[str, Any] | None = None,
        agreement_text: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaLicenseAgreementResponse:
        """betaLicenseAgreements_updateInstance

        PATCH /v1/betaLicenseAgreements/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betalicenseagreements-_id_
        """
        from ascapi.models.beta_license_agreement_response import BetaLicenseAgreementResponse

        body = _support.document(
            body,
            agreement_text is not UNSET,
            "betaLicenseAgreements",
            id,
            {"agreementText": agreement_text},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/betaLicenseAgreements/{id}", id=id),
            body=body,
            response_type=BetaLicenseAgreementResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaLicenseAgreementsApp(AsyncAPIResource):
    """``client.beta_license_agreements.app``: /v1/betaLicenseAgreements"""

    async def get(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppWithoutIncludesResponse:
        """betaLicenseAgreements_app_getToOneRelated

        GET /v1/betaLicenseAgreements/{id}/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betalicenseagreements-_id_-app
        """
        from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse

        return await self._client._call(
            "GET",
            path("/v1/betaLicenseAgreements/{id}/app", id=id),
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
    ) -> BetaLicenseAgreementAppLinkageResponse:
        """betaLicenseAgreements_app_getToOneRelationship

        GET /v1/betaLicenseAgreements/{id}/relationships/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betalicenseagreements-_id_-relationships-app
        """
        from ascapi.models.beta_license_agreement_app_linkage_response import (
            BetaLicenseAgreementAppLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/betaLicenseAgreements/{id}/relationships/app", id=id),
            response_type=BetaLicenseAgreementAppLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
