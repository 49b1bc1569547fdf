# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``in_app_purchase_contents`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.in_app_purchase_content_response import InAppPurchaseContentResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["fileName", "fileSize", "url", "lastModifiedDate", "inAppPurchaseV2"]
    _Enum1 = Literal[
        "name",
        "productId",
        "inAppPurchaseType",
        "state",
        "reviewNote",
        "familySharable",
        "contentHosting",
        "inAppPurchaseLocalizations",
        "pricePoints",
        "content",
        "appStoreReviewScreenshot",
        "promotedPurchase",
        "iapPriceSchedule",
        "inAppPurchaseAvailability",
        "images",
        "offerCodes",
        "versions",
    ]
    _Enum2 = Literal["inAppPurchaseV2"]


class InAppPurchaseContents(SyncAPIResource):
    """``client.in_app_purchase_contents``: /v1/inAppPurchaseContents"""

    def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_contents: Sequence[_Enum0] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseContentResponse:
        """inAppPurchaseContents_getInstance

        GET /v1/inAppPurchaseContents/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasecontents-_id_
        """
        from ascapi.models.in_app_purchase_content_response import InAppPurchaseContentResponse

        return self._client._call(
            "GET",
            path("/v1/inAppPurchaseContents/{id}", id=id),
            params={
                "fields[inAppPurchaseContents]": fields_in_app_purchase_contents,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "include": include,
            },
            response_type=InAppPurchaseContentResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchaseContents(AsyncAPIResource):
    """``client.in_app_purchase_contents``: /v1/inAppPurchaseContents"""

    async def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_contents: Sequence[_Enum0] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseContentResponse:
        """inAppPurchaseContents_getInstance

        GET /v1/inAppPurchaseContents/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasecontents-_id_
        """
        from ascapi.models.in_app_purchase_content_response import InAppPurchaseContentResponse

        return await self._client._call(
            "GET",
            path("/v1/inAppPurchaseContents/{id}", id=id),
            params={
                "fields[inAppPurchaseContents]": fields_in_app_purchase_contents,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "include": include,
            },
            response_type=InAppPurchaseContentResponse,
            options=options(extra_headers, extra_query, timeout),
        )
