# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``beta_app_localizations`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.beta_app_localization import BetaAppLocalization
    from ascapi.models.beta_app_localization_app_linkage_response import (
        BetaAppLocalizationAppLinkageResponse,
    )
    from ascapi.models.beta_app_localization_create_request import BetaAppLocalizationCreateRequest
    from ascapi.models.beta_app_localization_response import BetaAppLocalizationResponse
    from ascapi.models.beta_app_localization_update_request import BetaAppLocalizationUpdateRequest
    from ascapi.models.beta_app_localizations_response import BetaAppLocalizationsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "feedbackEmail",
        "marketingUrl",
        "privacyPolicyUrl",
        "tvOsPrivacyPolicy",
        "description",
        "locale",
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


class BetaAppLocalizations(SyncAPIResource):
    """``client.beta_app_localizations``: /v1/betaAppLocalizations"""

    @cached_property
    def app(self) -> BetaAppLocalizationsApp:
        return BetaAppLocalizationsApp(self._client)

    def create(
        self,
        *,
        body: BetaAppLocalizationCreateRequest | Mapping[str, Any] | None = None,
        feedback_email: str | None | UnsetType = UNSET,
        marketing_url: str | None | UnsetType = UNSET,
        privacy_policy_url: str | None | UnsetType = UNSET,
        tv_os_privacy_policy: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        locale: str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppLocalizationResponse:
        """betaAppLocalizations_createInstance

        POST /v1/betaAppLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betaapplocalizations
        """
        from ascapi.models.beta_app_localization_response import BetaAppLocalizationResponse

        body = _support.document(
            body,
            feedback_email is not UNSET
            or marketing_url is not UNSET
            or privacy_policy_url is not UNSET
            or tv_os_privacy_policy is not UNSET
            or description is not UNSET
            or locale is not UNSET
            or app is not UNSET,
            "betaAppLocalizations",
            None,
            {
                "feedbackEmail": feedback_email,
                "marketingUrl": marketing_url,
                "privacyPolicyUrl": privacy_policy_url,
                "tvOsPrivacyPolicy": tv_os_privacy_policy,
                "description": description,
                "locale": locale,
            },
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/betaAppLocalizations",
            body=body,
            response_type=BetaAppLocalizationResponse,
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
        """betaAppLocalizations_deleteInstance

        DELETE /v1/betaAppLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betaapplocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/betaAppLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_beta_app_localizations: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppLocalizationResponse:
        """betaAppLocalizations_getInstance

        GET /v1/betaAppLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaapplocalizations-_id_
        """
        from ascapi.models.beta_app_localization_response import BetaAppLocalizationResponse

        return self._client._call(
            "GET",
            path("/v1/betaAppLocalizations/{id}", id=id),
            params={
                "fields[betaAppLocalizations]": fields_beta_app_localizations,
                "fields[apps]": fields_apps,
                "include": include,
            },
            response_type=BetaAppLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_locale: Sequence[str] | None = None,
        filter_app: Sequence[str] | None = None,
        fields_beta_app_localizations: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaAppLocalizationsResponse, BetaAppLocalization]:
        """betaAppLocalizations_getCollection

        GET /v1/betaAppLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaapplocalizations
        """
        from ascapi.models.beta_app_localizations_response import BetaAppLocalizationsResponse

        return self._client._get_page(
            "/v1/betaAppLocalizations",
            params={
                "filter[locale]": filter_locale,
                "filter[app]": filter_app,
                "fields[betaAppLocalizations]": fields_beta_app_localizations,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaAppLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: BetaAppLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        feedback_email: str | None | UnsetType = UNSET,
        marketing_url: str | None | UnsetType = UNSET,
        privacy_policy_url: str | None | UnsetType = UNSET,
        tv_os_privacy_policy: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppLocalizationResponse:
        """betaAppLocalizations_updateInstance

        PATCH /v1/betaAppLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betaapplocalizations-_id_
        """
        from ascapi.models.beta_app_localization_response import BetaAppLocalizationResponse

        body = _support.document(
            body,
            feedback_email is not UNSET
            or marketing_url is not UNSET
            or privacy_policy_url is not UNSET
            or tv_os_privacy_policy is not UNSET
            or description is not UNSET,
            "betaAppLocalizations",
            id,
            {
                "feedbackEmail": feedback_email,
                "marketingUrl": marketing_url,
                "privacyPolicyUrl": privacy_policy_url,
                "tvOsPrivacyPolicy": tv_os_privacy_policy,
                "description": description,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/betaAppLocalizations/{id}", id=id),
            body=body,
            response_type=BetaAppLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BetaAppLocalizationsApp(SyncAPIResource):
    """``client.beta_app_localizations.app``: /v1/betaAppLocalizations"""

    def get(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppWithoutIncludesResponse:
        """betaAppLocalizations_app_getToOneRelated

        GET /v1/betaAppLocalizations/{id}/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaapplocalizations-_id_-app
        """
        from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse

        return self._client._call(
            "GET",
            path("/v1/betaAppLocalizations/{id}/app", id=id),
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
    ) -> BetaAppLocalizationAppLinkageResponse:
        """betaAppLocalizations_app_getToOneRelationship

        GET /v1/betaAppLocalizations/{id}/relationships/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaapplocalizations-_id_-relationships-app
        """
        from ascapi.models.beta_app_localization_app_linkage_response import (
            BetaAppLocalizationAppLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/betaAppLocalizations/{id}/relationships/app", id=id),
            response_type=BetaAppLocalizationAppLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaAppLocalizations(AsyncAPIResource):
    """``client.beta_app_localizations``: /v1/betaAppLocalizations"""

    @cached_property
    def app(self) -> AsyncBetaAppLocalizationsApp:
        return AsyncBetaAppLocalizationsApp(self._client)

    async def create(
        self,
        *,
        body: BetaAppLocalizationCreateRequest | Mapping[str, Any] | None = None,
        feedback_email: str | None | UnsetType = UNSET,
        marketing_url: str | None | UnsetType = UNSET,
        privacy_policy_url: str | None | UnsetType = UNSET,
        tv_os_privacy_policy: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        locale: str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppLocalizationResponse:
        """betaAppLocalizations_createInstance

        POST /v1/betaAppLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betaapplocalizations
        """
        from ascapi.models.beta_app_localization_response import BetaAppLocalizationResponse

        body = _support.document(
            body,
            feedback_email is not UNSET
            or marketing_url is not UNSET
            or privacy_policy_url is not UNSET
            or tv_os_privacy_policy is not UNSET
            or description is not UNSET
            or locale is not UNSET
            or app is not UNSET,
            "betaAppLocalizations",
            None,
            {
                "feedbackEmail": feedback_email,
                "marketingUrl": marketing_url,
                "privacyPolicyUrl": privacy_policy_url,
                "tvOsPrivacyPolicy": tv_os_privacy_policy,
                "description": description,
                "locale": locale,
            },
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/betaAppLocalizations",
            body=body,
            response_type=BetaAppLocalizationResponse,
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
        """betaAppLocalizations_deleteInstance

        DELETE /v1/betaAppLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betaapplocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/betaAppLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_beta_app_localizations: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppLocalizationResponse:
        """betaAppLocalizations_getInstance

        GET /v1/betaAppLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaapplocalizations-_id_
        """
        from ascapi.models.beta_app_localization_response import BetaAppLocalizationResponse

        return await self._client._call(
            "GET",
            path("/v1/betaAppLocalizations/{id}", id=id),
            params={
                "fields[betaAppLocalizations]": fields_beta_app_localizations,
                "fields[apps]": fields_apps,
                "include": include,
            },
            response_type=BetaAppLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_locale: Sequence[str] | None = None,
        filter_app: Sequence[str] | None = None,
        fields_beta_app_localizations: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaAppLocalizationsResponse, BetaAppLocalization]:
        """betaAppLocalizations_getCollection

        GET /v1/betaAppLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaapplocalizations
        """
        from ascapi.models.beta_app_localizations_response import BetaAppLocalizationsResponse

        return self._client._get_page(
            "/v1/betaAppLocalizations",
            params={
                "filter[locale]": filter_locale,
                "filter[app]": filter_app,
                "fields[betaAppLocalizations]": fields_beta_app_localizations,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaAppLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: BetaAppLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        feedback_email: str | None | UnsetType = UNSET,
        marketing_url: str | None | UnsetType = UNSET,
        privacy_policy_url: str | None | UnsetType = UNSET,
        tv_os_privacy_policy: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppLocalizationResponse:
        """betaAppLocalizations_updateInstance

        PATCH /v1/betaAppLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betaapplocalizations-_id_
        """
        from ascapi.models.beta_app_localization_response import BetaAppLocalizationResponse

        body = _support.document(
            body,
            feedback_email is not UNSET
            or marketing_url is not UNSET
            or privacy_policy_url is not UNSET
            or tv_os_privacy_policy is not UNSET
            or description is not UNSET,
            "betaAppLocalizations",
            id,
            {
                "feedbackEmail": feedback_email,
                "marketingUrl": marketing_url,
                "privacyPolicyUrl": privacy_policy_url,
                "tvOsPrivacyPolicy": tv_os_privacy_policy,
                "description": description,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/betaAppLocalizations/{id}", id=id),
            body=body,
            response_type=BetaAppLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaAppLocalizationsApp(AsyncAPIResource):
    """``client.beta_app_localizations.app``: /v1/betaAppLocalizations"""

    async def get(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppWithoutIncludesResponse:
        """betaAppLocalizations_app_getToOneRelated

        GET /v1/betaAppLocalizations/{id}/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaapplocalizations-_id_-app
        """
        from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse

        return await self._client._call(
            "GET",
            path("/v1/betaAppLocalizations/{id}/app", id=id),
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
    ) -> BetaAppLocalizationAppLinkageResponse:
        """betaAppLocalizations_app_getToOneRelationship

        GET /v1/betaAppLocalizations/{id}/relationships/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaapplocalizations-_id_-relationships-app
        """
        from ascapi.models.beta_app_localization_app_linkage_response import (
            BetaAppLocalizationAppLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/betaAppLocalizations/{id}/relationships/app", id=id),
            response_type=BetaAppLocalizationAppLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
