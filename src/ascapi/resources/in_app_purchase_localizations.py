# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``in_app_purchase_localizations`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.in_app_purchase_localization_create_request import (
        InAppPurchaseLocalizationCreateRequest,
    )
    from ascapi.models.in_app_purchase_localization_response import (
        InAppPurchaseLocalizationResponse,
    )
    from ascapi.models.in_app_purchase_localization_update_request import (
        InAppPurchaseLocalizationUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["name", "locale", "description", "state", "inAppPurchaseV2"]
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


class InAppPurchaseLocalizations(SyncAPIResource):
    """``client.in_app_purchase_localizations``: /v1/inAppPurchaseLocalizations"""

    def create(
        self,
        *,
        body: InAppPurchaseLocalizationCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        locale: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        in_app_purchase_v2: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseLocalizationResponse:
        """inAppPurchaseLocalizations_createInstance

        POST /v1/inAppPurchaseLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaselocalizations
        """
        from ascapi.models.in_app_purchase_localization_response import (
            InAppPurchaseLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET
            or locale is not UNSET
            or description is not UNSET
            or in_app_purchase_v2 is not UNSET,
            "inAppPurchaseLocalizations",
            None,
            {"name": name, "locale": locale, "description": description},
            {"inAppPurchaseV2": ("inAppPurchases", False, in_app_purchase_v2)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/inAppPurchaseLocalizations",
            body=body,
            response_type=InAppPurchaseLocalizationResponse,
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
        """inAppPurchaseLocalizations_deleteInstance

        DELETE /v1/inAppPurchaseLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-inapppurchaselocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/inAppPurchaseLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_localizations: Sequence[_Enum0] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseLocalizationResponse:
        """inAppPurchaseLocalizations_getInstance

        GET /v1/inAppPurchaseLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaselocalizations-_id_
        """
        from ascapi.models.in_app_purchase_localization_response import (
            InAppPurchaseLocalizationResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/inAppPurchaseLocalizations/{id}", id=id),
            params={
                "fields[inAppPurchaseLocalizations]": fields_in_app_purchase_localizations,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "include": include,
            },
            response_type=InAppPurchaseLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: InAppPurchaseLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseLocalizationResponse:
        """inAppPurchaseLocalizations_updateInstance

        PATCH /v1/inAppPurchaseLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaselocalizations-_id_
        """
        from ascapi.models.in_app_purchase_localization_response import (
            InAppPurchaseLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET or description is not UNSET,
            "inAppPurchaseLocalizations",
            id,
            {"name": name, "description": description},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/inAppPurchaseLocalizations/{id}", id=id),
            body=body,
            response_type=InAppPurchaseLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchaseLocalizations(AsyncAPIResource):
    """``client.in_app_purchase_localizations``: /v1/inAppPurchaseLocalizations"""

    async def create(
        self,
        *,
        body: InAppPurchaseLocalizationCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        locale: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        in_app_purchase_v2: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseLocalizationResponse:
        """inAppPurchaseLocalizations_createInstance

        POST /v1/inAppPurchaseLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaselocalizations
        """
        from ascapi.models.in_app_purchase_localization_response import (
            InAppPurchaseLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET
            or locale is not UNSET
            or description is not UNSET
            or in_app_purchase_v2 is not UNSET,
            "inAppPurchaseLocalizations",
            None,
            {"name": name, "locale": locale, "description": description},
            {"inAppPurchaseV2": ("inAppPurchases", False, in_app_purchase_v2)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/inAppPurchaseLocalizations",
            body=body,
            response_type=InAppPurchaseLocalizationResponse,
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
        """inAppPurchaseLocalizations_deleteInstance

        DELETE /v1/inAppPurchaseLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-inapppurchaselocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/inAppPurchaseLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_localizations: Sequence[_Enum0] | None = None,
        fields_in_app_purchases: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseLocalizationResponse:
        """inAppPurchaseLocalizations_getInstance

        GET /v1/inAppPurchaseLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaselocalizations-_id_
        """
        from ascapi.models.in_app_purchase_localization_response import (
            InAppPurchaseLocalizationResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/inAppPurchaseLocalizations/{id}", id=id),
            params={
                "fields[inAppPurchaseLocalizations]": fields_in_app_purchase_localizations,
                "fields[inAppPurchases]": fields_in_app_purchases,
                "include": include,
            },
            response_type=InAppPurchaseLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: InAppPurchaseLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseLocalizationResponse:
        """inAppPurchaseLocalizations_updateInstance

        PATCH /v1/inAppPurchaseLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaselocalizations-_id_
        """
        from ascapi.models.in_app_purchase_localization_response import (
            InAppPurchaseLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET or description is not UNSET,
            "inAppPurchaseLocalizations",
            id,
            {"name": name, "description": description},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/inAppPurchaseLocalizations/{id}", id=id),
            body=body,
            response_type=InAppPurchaseLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )
