# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``promoted_purchases`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

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
    from ascapi.models.promoted_purchase_create_request import PromotedPurchaseCreateRequest
    from ascapi.models.promoted_purchase_response import PromotedPurchaseResponse
    from ascapi.models.promoted_purchase_update_request import PromotedPurchaseUpdateRequest
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["visibleForAllUsers", "enabled", "state", "inAppPurchaseV2", "subscription"]
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
    _Enum2 = Literal[
        "name",
        "productId",
        "familySharable",
        "state",
        "subscriptionPeriod",
        "reviewNote",
        "groupLevel",
        "subscriptionLocalizations",
        "appStoreReviewScreenshot",
        "group",
        "introductoryOffers",
        "promotionalOffers",
        "offerCodes",
        "prices",
        "pricePoints",
        "promotedPurchase",
        "subscriptionAvailability",
        "winBackOffers",
        "images",
        "planAvailabilities",
        "versions",
    ]
    _Enum3 = Literal["inAppPurchaseV2", "subscription"]


class PromotedPurchases(SyncAPIResource):
    """``client.promoted_purchases``: /v1/promotedPurchases"""

    def create(
        self,
        *,
        body: PromotedPurchaseCreateRequest | Mapping[str, Any] | None = None,
        visible_for_all_users: bool | None | UnsetType = UNSET,
        enabled: bool | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        in_app_purchase_v2: str | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PromotedPurchaseResponse:
        """promotedPurchases_createInstance

        POST /v1/promotedPurchases

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-promotedpurchases
        """
        from ascapi.models.promoted_purchase_response import PromotedPurchaseResponse

        body = _support.document(
            body,
            visible_for_all_users is not UNSET
            or enabled is not UNSET
            or app is not UNSET
            or in_app_purchase_v2 is not UNSET
            or subscription is not UNSET,
            "promotedPurchases",
            None,
            {"visibleForAllUsers": visible_for_all_users, "enabled": enabled},
            {
                "app": ("apps", False, app),
                "inAppPurchaseV2": ("inAppPurchases", False, in_app_purchase_v2),
                "subscription": ("subscriptions", False, subscription),
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/promotedPurchases",
            body=body,
            response_type=PromotedPurchaseResponse,
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
        """promotedPurchases_deleteInstance

        DELETE /v1/promotedPurchases/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-promotedpurchases-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/promotedPurchases/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_promoted_purchases: Sequence[_Enum0] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        fields_subscriptions: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PromotedPurchaseResponse:
        """promotedPurchases_getInstance

        GET /v1/promotedPurchases/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-promotedpurchases-_id_
        """
        from ascapi.models.promoted_purchase_response import PromotedPurchaseResponse

        return self._client._call(
            "GET",
            path("/v1/promotedPurchases/{id}", id=id),
            params={
                "fields[promotedPurchases]": fields_promoted_purchases,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "fields[subscriptions]": fields_subscriptions,
                "include": include,
            },
            response_type=PromotedPurchaseResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: PromotedPurchaseUpdateRequest | Mapping[str, Any] | None = None,
        visible_for_all_users: bool | None | UnsetType = UNSET,
        enabled: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PromotedPurchaseResponse:
        """promotedPurchases_updateInstance

        PATCH /v1/promotedPurchases/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-promotedpurchases-_id_
        """
        from ascapi.models.promoted_purchase_response import PromotedPurchaseResponse

        body = _support.document(
            body,
            visible_for_all_users is not UNSET or enabled is not UNSET,
            "promotedPurchases",
            id,
            {"visibleForAllUsers": visible_for_all_users, "enabled": enabled},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/promotedPurchases/{id}", id=id),
            body=body,
            response_type=PromotedPurchaseResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncPromotedPurchases(AsyncAPIResource):
    """``client.promoted_purchases``: /v1/promotedPurchases"""

    async def create(
        self,
        *,
        body: PromotedPurchaseCreateRequest | Mapping[str, Any] | None = None,
        visible_for_all_users: bool | None | UnsetType = UNSET,
        enabled: bool | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        in_app_purchase_v2: str | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PromotedPurchaseResponse:
        """promotedPurchases_createInstance

        POST /v1/promotedPurchases

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-promotedpurchases
        """
        from ascapi.models.promoted_purchase_response import PromotedPurchaseResponse

        body = _support.document(
            body,
            visible_for_all_users is not UNSET
            or enabled is not UNSET
            or app is not UNSET
            or in_app_purchase_v2 is not UNSET
            or subscription is not UNSET,
            "promotedPurchases",
            None,
            {"visibleForAllUsers": visible_for_all_users, "enabled": enabled},
            {
                "app": ("apps", False, app),
                "inAppPurchaseV2": ("inAppPurchases", False, in_app_purchase_v2),
                "subscription": ("subscriptions", False, subscription),
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/promotedPurchases",
            body=body,
            response_type=PromotedPurchaseResponse,
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
        """promotedPurchases_deleteInstance

        DELETE /v1/promotedPurchases/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-promotedpurchases-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/promotedPurchases/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_promoted_purchases: Sequence[_Enum0] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        fields_subscriptions: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PromotedPurchaseResponse:
        """promotedPurchases_getInstance

        GET /v1/promotedPurchases/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-promotedpurchases-_id_
        """
        from ascapi.models.promoted_purchase_response import PromotedPurchaseResponse

        return await self._client._call(
            "GET",
            path("/v1/promotedPurchases/{id}", id=id),
            params={
                "fields[promotedPurchases]": fields_promoted_purchases,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "fields[subscriptions]": fields_subscriptions,
                "include": include,
            },
            response_type=PromotedPurchaseResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: PromotedPurchaseUpdateRequest | Mapping[str, Any] | None = None,
        visible_for_all_users: bool | None | UnsetType = UNSET,
        enabled: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PromotedPurchaseResponse:
        """promotedPurchases_updateInstance

        PATCH /v1/promotedPurchases/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-promotedpurchases-_id_
        """
        from ascapi.models.promoted_purchase_response import PromotedPurchaseResponse

        body = _support.document(
            body,
            visible_for_all_users is not UNSET or enabled is not UNSET,
            "promotedPurchases",
            id,
            {"visibleForAllUsers": visible_for_all_users, "enabled": enabled},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/promotedPurchases/{id}", id=id),
            body=body,
            response_type=PromotedPurchaseResponse,
            options=options(extra_headers, extra_query, timeout),
        )
