# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_group_localizations`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.subscription_group_localization_create_request import (
        SubscriptionGroupLocalizationCreateRequest,
    )
    from ascapi.models.subscription_group_localization_response import (
        SubscriptionGroupLocalizationResponse,
    )
    from ascapi.models.subscription_group_localization_update_request import (
        SubscriptionGroupLocalizationUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["name", "customAppName", "locale", "state", "subscriptionGroup"]
    _Enum1 = Literal["referenceName", "subscriptions", "subscriptionGroupLocalizations", "versions"]
    _Enum2 = Literal["subscriptionGroup"]


class SubscriptionGroupLocalizations(SyncAPIResource):
    """``client.subscription_group_localizations``: /v1/subscriptionGroupLocalizations"""

    def create(
        self,
        *,
        body: SubscriptionGroupLocalizationCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        custom_app_name: str | None | UnsetType = UNSET,
        locale: str | None | UnsetType = UNSET,
        subscription_group: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupLocalizationResponse:
        """subscriptionGroupLocalizations_createInstance

        POST /v1/subscriptionGroupLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptiongrouplocalizations
        """
        from ascapi.models.subscription_group_localization_response import (
            SubscriptionGroupLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET
            or custom_app_name is not UNSET
            or locale is not UNSET
            or subscription_group is not UNSET,
            "subscriptionGroupLocalizations",
            None,
            {"name": name, "customAppName": custom_app_name, "locale": locale},
            {"subscriptionGroup": ("subscriptionGroups", False, subscription_group)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/subscriptionGroupLocalizations",
            body=body,
            response_type=SubscriptionGroupLocalizationResponse,
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
        """subscriptionGroupLocalizations_deleteInstance

        DELETE /v1/subscriptionGroupLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptiongrouplocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/subscriptionGroupLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_subscription_group_localizations: Sequence[_Enum0] | None = None,
        fields_subscription_groups: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupLocalizationResponse:
        """subscriptionGroupLocalizations_getInstance

        GET /v1/subscriptionGroupLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongrouplocalizations-_id_
        """
        from ascapi.models.subscription_group_localization_response import (
            SubscriptionGroupLocalizationResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/subscriptionGroupLocalizations/{id}", id=id),
            params={
                "fields[subscriptionGroupLocalizations]": fields_subscription_group_localizations,
                "fields[subscriptionGroups]": fields_subscription_groups,
                "include": include,
            },
            response_type=SubscriptionGroupLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: SubscriptionGroupLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        custom_app_name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupLocalizationResponse:
        """subscriptionGroupLocalizations_updateInstance

        PATCH /v1/subscriptionGroupLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptiongrouplocalizations-_id_
        """
        from ascapi.models.subscription_group_localization_response import (
            SubscriptionGroupLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET or custom_app_name is not UNSET,
            "subscriptionGroupLocalizations",
            id,
            {"name": name, "customAppName": custom_app_name},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/subscriptionGroupLocalizations/{id}", id=id),
            body=body,
            response_type=SubscriptionGroupLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionGroupLocalizations(AsyncAPIResource):
    """``client.subscription_group_localizations``: /v1/subscriptionGroupLocalizations"""

    async def create(
        self,
        *,
        body: SubscriptionGroupLocalizationCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        custom_app_name: str | None | UnsetType = UNSET,
        locale: str | None | UnsetType = UNSET,
        subscription_group: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupLocalizationResponse:
        """subscriptionGroupLocalizations_createInstance

        POST /v1/subscriptionGroupLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptiongrouplocalizations
        """
        from ascapi.models.subscription_group_localization_response import (
            SubscriptionGroupLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET
            or custom_app_name is not UNSET
            or locale is not UNSET
            or subscription_group is not UNSET,
            "subscriptionGroupLocalizations",
            None,
            {"name": name, "customAppName": custom_app_name, "locale": locale},
            {"subscriptionGroup": ("subscriptionGroups", False, subscription_group)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/subscriptionGroupLocalizations",
            body=body,
            response_type=SubscriptionGroupLocalizationResponse,
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
        """subscriptionGroupLocalizations_deleteInstance

        DELETE /v1/subscriptionGroupLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptiongrouplocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/subscriptionGroupLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_subscription_group_localizations: Sequence[_Enum0] | None = None,
        fields_subscription_groups: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupLocalizationResponse:
        """subscriptionGroupLocalizations_getInstance

        GET /v1/subscriptionGroupLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongrouplocalizations-_id_
        """
        from ascapi.models.subscription_group_localization_response import (
            SubscriptionGroupLocalizationResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/subscriptionGroupLocalizations/{id}", id=id),
            params={
                "fields[subscriptionGroupLocalizations]": fields_subscription_group_localizations,
                "fields[subscriptionGroups]": fields_subscription_groups,
                "include": include,
            },
            response_type=SubscriptionGroupLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: SubscriptionGroupLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        custom_app_name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupLocalizationResponse:
        """subscriptionGroupLocalizations_updateInstance

        PATCH /v1/subscriptionGroupLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptiongrouplocalizations-_id_
        """
        from ascapi.models.subscription_group_localization_response import (
            SubscriptionGroupLocalizationResponse,
        )

        body = _support.document(
            body,
            name is not UNSET or custom_app_name is not UNSET,
            "subscriptionGroupLocalizations",
            id,
            {"name": name, "customAppName": custom_app_name},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/subscriptionGroupLocalizations/{id}", id=id),
            body=body,
            response_type=SubscriptionGroupLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )
