# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``in_app_purchases`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._types import NOT_GIVEN

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.in_app_purchase_response import InAppPurchaseResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["referenceName", "productId", "inAppPurchaseType", "state", "apps"]
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
    _Enum2 = Literal["apps"]


class InAppPurchases(SyncAPIResource):
    """``client.in_app_purchases``: /v1/inAppPurchases"""

    def get(
        self,
        id: str,
        *,
        fields_in_app_purchases: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_apps: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseResponse:
        """inAppPurchases_getInstance

        GET /v1/inAppPurchases/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchases-_id_
        """
        from ascapi.models.in_app_purchase_response import InAppPurchaseResponse

        return self._client._call(
            "GET",
            path("/v1/inAppPurchases/{id}", id=id),
            params={
                "fields[inAppPurchases]": fields_in_app_purchases,
                "fields[apps]": fields_apps,
                "include": include,
                "limit[apps]": limit_apps,
            },
            maxima={"limit[apps]": 50},
            deprecated="inAppPurchases_getInstance",
            response_type=InAppPurchaseResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchases(AsyncAPIResource):
    """``client.in_app_purchases``: /v1/inAppPurchases"""

    async def get(
        self,
        id: str,
        *,
        fields_in_app_purchases: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_apps: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseResponse:
        """inAppPurchases_getInstance

        GET /v1/inAppPurchases/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchases-_id_
        """
        from ascapi.models.in_app_purchase_response import InAppPurchaseResponse

        return await self._client._call(
            "GET",
            path("/v1/inAppPurchases/{id}", id=id),
            params={
                "fields[inAppPurchases]": fields_in_app_purchases,
                "fields[apps]": fields_apps,
                "include": include,
                "limit[apps]": limit_apps,
            },
            maxima={"limit[apps]": 50},
            deprecated="inAppPurchases_getInstance",
            response_type=InAppPurchaseResponse,
            options=options(extra_headers, extra_query, timeout),
        )
