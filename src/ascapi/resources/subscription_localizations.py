# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_localizations`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.subscription_localization_create_request import (
        SubscriptionLocalizationCreateRequest,
    )
    from ascapi.models.subscription_localization_response import SubscriptionLocalizationResponse
    from ascapi.models.subscription_localization_update_request import (
        SubscriptionLocalizationUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["name", "locale", "description", "state", "subscription"]
    _Enum1 = Literal[
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
    _Enum2 = Literal["subscription"]


class SubscriptionLocalizations(SyncAPIResource):
    """``client.subscription_localizations``: /v1/subscriptionLocalizations"""

    def create(
        self,
        *,
        body: SubscriptionLocalizationCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        locale: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionLocalizationResponse:
        """subscriptionLocalizations_createInstance

        POST /v1/subscriptionLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionlocalizations
        """
        from ascapi.models.subscription_localization_response import (
            SubscriptionLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET
            or locale is not UNSET
            or description is not UNSET
            or subscription is not UNSET,
            "subscriptionLocalizations",
            None,
            {"name": name, "locale": locale, "description": description},
            {"subscription": ("subscriptions", False, subscription)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/subscriptionLocalizations",
            body=body,
            response_type=SubscriptionLocalizationResponse,
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
        """subscriptionLocalizations_deleteInstance

        DELETE /v1/subscriptionLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionlocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/subscriptionLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_subscription_localizations: Sequence[_Enum0] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionLocalizationResponse:
        """subscriptionLocalizations_getInstance

        GET /v1/subscriptionLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionlocalizations-_id_
        """
        from ascapi.models.subscription_localization_response import (
            SubscriptionLocalizationResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/subscriptionLocalizations/{id}", id=id),
            params={
                "fields[subscriptionLocalizations]": fields_subscription_localizations,
                "fields[subscriptions]": fields_subscriptions,
                "include": include,
            },
            response_type=SubscriptionLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: SubscriptionLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionLocalizationResponse:
        """subscriptionLocalizations_updateInstance

        PATCH /v1/subscriptionLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionlocalizations-_id_
        """
        from ascapi.models.subscription_localization_response import (
            SubscriptionLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET or description is not UNSET,
            "subscriptionLocalizations",
            id,
            {"name": name, "description": description},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/subscriptionLocalizations/{id}", id=id),
            body=body,
            response_type=SubscriptionLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionLocalizations(AsyncAPIResource):
    """``client.subscription_localizations``: /v1/subscriptionLocalizations"""

    async def create(
        self,
        *,
        body: SubscriptionLocalizationCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        locale: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        subscription: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionLocalizationResponse:
        """subscriptionLocalizations_createInstance

        POST /v1/subscriptionLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionlocalizations
        """
        from ascapi.models.subscription_localization_response import (
            SubscriptionLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET
            or locale is not UNSET
            or description is not UNSET
            or subscription is not UNSET,
            "subscriptionLocalizations",
            None,
            {"name": name, "locale": locale, "description": description},
            {"subscription": ("subscriptions", False, subscription)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/subscriptionLocalizations",
            body=body,
            response_type=SubscriptionLocalizationResponse,
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
        """subscriptionLocalizations_deleteInstance

        DELETE /v1/subscriptionLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionlocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/subscriptionLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_subscription_localizations: Sequence[_Enum0] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionLocalizationResponse:
        """subscriptionLocalizations_getInstance

        GET /v1/subscriptionLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionlocalizations-_id_
        """
        from ascapi.models.subscription_localization_response import (
            SubscriptionLocalizationResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/subscriptionLocalizations/{id}", id=id),
            params={
                "fields[subscriptionLocalizations]": fields_subscription_localizations,
                "fields[subscriptions]": fields_subscriptions,
                "include": include,
            },
            response_type=SubscriptionLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: SubscriptionLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionLocalizationResponse:
        """subscriptionLocalizations_updateInstance

        PATCH /v1/subscriptionLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionlocalizations-_id_
        """
        from ascapi.models.subscription_localization_response import (
            SubscriptionLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET or description is not UNSET,
            "subscriptionLocalizations",
            id,
            {"name": name, "description": description},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/subscriptionLocalizations/{id}", id=id),
            body=body,
            response_type=SubscriptionLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )
