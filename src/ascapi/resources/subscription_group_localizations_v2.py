# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_group_localizations_v2`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.subscription_group_localization_v2_create_request import (
        SubscriptionGroupLocalizationV2CreateRequest,
    )
    from ascapi.models.subscription_group_localization_v2_response import (
        SubscriptionGroupLocalizationV2Response,
    )
    from ascapi.models.subscription_group_localization_v2_update_request import (
        SubscriptionGroupLocalizationV2UpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["name", "customAppName", "locale", "version"]
    _Enum1 = Literal["version", "state", "subscriptionGroup", "localizations"]
    _Enum2 = Literal["version"]


class SubscriptionGroupLocalizationsV2(SyncAPIResource):
    """``client.subscription_group_localizations_v2``: /v2/subscriptionGroupLocalizations"""

    def create(
        self,
        *,
        body: SubscriptionGroupLocalizationV2CreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        custom_app_name: str | None | UnsetType = UNSET,
        locale: str | None | UnsetType = UNSET,
        version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupLocalizationV2Response:
        """subscriptionGroupLocalizationsV2_createInstance

        POST /v2/subscriptionGroupLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-subscriptiongrouplocalizations
        """
        from ascapi.models.subscription_group_localization_v2_response import (
            SubscriptionGroupLocalizationV2Response,
        )

        body = _support.document(
            body,
            name is not UNSET
            or custom_app_name is not UNSET
            or locale is not UNSET
            or version is not UNSET,
            "subscriptionGroupLocalizations",
            None,
            {"name": name, "customAppName": custom_app_name, "locale": locale},
            {"version": ("subscriptionGroupVersions", False, version)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v2/subscriptionGroupLocalizations",
            body=body,
            response_type=SubscriptionGroupLocalizationV2Response,
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
        """subscriptionGroupLocalizationsV2_deleteInstance

        DELETE /v2/subscriptionGroupLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-subscriptiongrouplocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v2/subscriptionGroupLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_subscription_group_localizations: Sequence[_Enum0] | None = None,
        fields_subscription_group_versions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupLocalizationV2Response:
        """subscriptionGroupLocalizationsV2_getInstance

        GET /v2/subscriptionGroupLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-subscriptiongrouplocalizations-_id_
        """
        from ascapi.models.subscription_group_localization_v2_response import (
            SubscriptionGroupLocalizationV2Response,
        )

        return self._client._call(
            "GET",
            path("/v2/subscriptionGroupLocalizations/{id}", id=id),
            params={
                "fields[subscriptionGroupLocalizations]": fields_subscription_group_localizations,
                "fields[subscriptionGroupVersions]": fields_subscription_group_versions,
                "include": include,
            },
            response_type=SubscriptionGroupLocalizationV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: SubscriptionGroupLocalizationV2UpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        custom_app_name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupLocalizationV2Response:
        """subscriptionGroupLocalizationsV2_updateInstance

        PATCH /v2/subscriptionGroupLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-subscriptiongrouplocalizations-_id_
        """
        from ascapi.models.subscription_group_localization_v2_response import (
            SubscriptionGroupLocalizationV2Response,
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
            path("/v2/subscriptionGroupLocalizations/{id}", id=id),
            body=body,
            response_type=SubscriptionGroupLocalizationV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionGroupLocalizationsV2(AsyncAPIResource):
    """``client.subscription_group_localizations_v2``: /v2/subscriptionGroupLocalizations"""

    async def create(
        self,
        *,
        body: SubscriptionGroupLocalizationV2CreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        custom_app_name: str | None | UnsetType = UNSET,
        locale: str | None | UnsetType = UNSET,
        version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupLocalizationV2Response:
        """subscriptionGroupLocalizationsV2_createInstance

        POST /v2/subscriptionGroupLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-subscriptiongrouplocalizations
        """
        from ascapi.models.subscription_group_localization_v2_response import (
            SubscriptionGroupLocalizationV2Response,
        )

        body = _support.document(
            body,
            name is not UNSET
            or custom_app_name is not UNSET
            or locale is not UNSET
            or version is not UNSET,
            "subscriptionGroupLocalizations",
            None,
            {"name": name, "customAppName": custom_app_name, "locale": locale},
            {"version": ("subscriptionGroupVersions", False, version)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v2/subscriptionGroupLocalizations",
            body=body,
            response_type=SubscriptionGroupLocalizationV2Response,
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
        """subscriptionGroupLocalizationsV2_deleteInstance

        DELETE /v2/subscriptionGroupLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-subscriptiongrouplocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v2/subscriptionGroupLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_subscription_group_localizations: Sequence[_Enum0] | None = None,
        fields_subscription_group_versions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupLocalizationV2Response:
        """subscriptionGroupLocalizationsV2_getInstance

        GET /v2/subscriptionGroupLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-subscriptiongrouplocalizations-_id_
        """
        from ascapi.models.subscription_group_localization_v2_response import (
            SubscriptionGroupLocalizationV2Response,
        )

        return await self._client._call(
            "GET",
            path("/v2/subscriptionGroupLocalizations/{id}", id=id),
            params={
                "fields[subscriptionGroupLocalizations]": fields_subscription_group_localizations,
                "fields[subscriptionGroupVersions]": fields_subscription_group_versions,
                "include": include,
            },
            response_type=SubscriptionGroupLocalizationV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: SubscriptionGroupLocalizationV2UpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        custom_app_name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupLocalizationV2Response:
        """subscriptionGroupLocalizationsV2_updateInstance

        PATCH /v2/subscriptionGroupLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-subscriptiongrouplocalizations-_id_
        """
        from ascapi.models.subscription_group_localization_v2_response import (
            SubscriptionGroupLocalizationV2Response,
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
            path("/v2/subscriptionGroupLocalizations/{id}", id=id),
            body=body,
            response_type=SubscriptionGroupLocalizationV2Response,
            options=options(extra_headers, extra_query, timeout),
        )
