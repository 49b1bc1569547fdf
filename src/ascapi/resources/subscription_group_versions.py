# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_group_versions`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.subscription_group_localization_v2 import SubscriptionGroupLocalizationV2
    from ascapi.models.subscription_group_localizations_v2_response import (
        SubscriptionGroupLocalizationsV2Response,
    )
    from ascapi.models.subscription_group_version_create_request import (
        SubscriptionGroupVersionCreateRequest,
    )
    from ascapi.models.subscription_group_version_localizations_linkages_response import (
        SubscriptionGroupVersionLocalizationsLinkagesResponse,
        SubscriptionGroupVersionLocalizationsLinkagesResponseData,
    )
    from ascapi.models.subscription_group_version_response import SubscriptionGroupVersionResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["version", "state", "subscriptionGroup", "localizations"]
    _Enum1 = Literal["referenceName", "subscriptions", "subscriptionGroupLocalizations", "versions"]
    _Enum2 = Literal["name", "customAppName", "locale", "version"]
    _Enum3 = Literal["subscriptionGroup", "localizations"]
    _Enum4 = Literal["version"]


class SubscriptionGroupVersions(SyncAPIResource):
    """``client.subscription_group_versions``: /v1/subscriptionGroupVersions"""

    @cached_property
    def localizations(self) -> SubscriptionGroupVersionsLocalizations:
        return SubscriptionGroupVersionsLocalizations(self._client)

    def create(
        self,
        *,
        body: SubscriptionGroupVersionCreateRequest | Mapping[str, Any] | None = None,
        subscription_group: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupVersionResponse:
        """subscriptionGroupVersions_createInstance

        POST /v1/subscriptionGroupVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptiongroupversions
        """
        from ascapi.models.subscription_group_version_response import (
            SubscriptionGroupVersionResponse,
        )

        body = _support.document(
            body,
            subscription_group is not UNSET,
            "subscriptionGroupVersions",
            None,
            {},
            {"subscriptionGroup": ("subscriptionGroups", False, subscription_group)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/subscriptionGroupVersions",
            body=body,
            response_type=SubscriptionGroupVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_subscription_group_versions: Sequence[_Enum0] | None = None,
        fields_subscription_groups: Sequence[_Enum1] | None = None,
        fields_subscription_group_localizations: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupVersionResponse:
        """subscriptionGroupVersions_getInstance

        GET /v1/subscriptionGroupVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroupversions-_id_
        """
        from ascapi.models.subscription_group_version_response import (
            SubscriptionGroupVersionResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/subscriptionGroupVersions/{id}", id=id),
            params={
                "fields[subscriptionGroupVersions]": fields_subscription_group_versions,
                "fields[subscriptionGroups]": fields_subscription_groups,
                "fields[subscriptionGroupLocalizations]": fields_subscription_group_localizations,
                "include": include,
                "limit[localizations]": limit_localizations,
            },
            maxima={"limit[localizations]": 50},
            response_type=SubscriptionGroupVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionGroupVersionsLocalizations(SyncAPIResource):
    """``client.subscription_group_versions.localizations``: /v1/subscriptionGroupVersions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        SubscriptionGroupVersionLocalizationsLinkagesResponse,
        SubscriptionGroupVersionLocalizationsLinkagesResponseData,
    ]:
        """subscriptionGroupVersions_localizations_getToManyRelationship

        GET /v1/subscriptionGroupVersions/{id}/relationships/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroupversions-_id_-relationships-localizations
        """
        from ascapi.models.subscription_group_version_localizations_linkages_response import (
            SubscriptionGroupVersionLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionGroupVersions/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionGroupVersionLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_subscription_group_localizations: Sequence[_Enum2] | None = None,
        fields_subscription_group_versions: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionGroupLocalizationsV2Response, SubscriptionGroupLocalizationV2]:
        """subscriptionGroupVersions_localizations_getToManyRelated

        GET /v1/subscriptionGroupVersions/{id}/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroupversions-_id_-localizations
        """
        from ascapi.models.subscription_group_localizations_v2_response import (
            SubscriptionGroupLocalizationsV2Response,
        )

        return self._client._get_page(
            path("/v1/subscriptionGroupVersions/{id}/localizations", id=id),
            params={
                "fields[subscriptionGroupLocalizations]": fields_subscription_group_localizations,
                "fields[subscriptionGroupVersions]": fields_subscription_group_versions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionGroupLocalizationsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionGroupVersions(AsyncAPIResource):
    """``client.subscription_group_versions``: /v1/subscriptionGroupVersions"""

    @cached_property
    def localizations(self) -> AsyncSubscriptionGroupVersionsLocalizations:
        return AsyncSubscriptionGroupVersionsLocalizations(self._client)

    async def create(
        self,
        *,
        body: SubscriptionGroupVersionCreateRequest | Mapping[str, Any] | None = None,
        subscription_group: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupVersionResponse:
        """subscriptionGroupVersions_createInstance

        POST /v1/subscriptionGroupVersions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptiongroupversions
        """
        from ascapi.models.subscription_group_version_response import (
            SubscriptionGroupVersionResponse,
        )

        body = _support.document(
            body,
            subscription_group is not UNSET,
            "subscriptionGroupVersions",
            None,
            {},
            {"subscriptionGroup": ("subscriptionGroups", False, subscription_group)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/subscriptionGroupVersions",
            body=body,
            response_type=SubscriptionGroupVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_subscription_group_versions: Sequence[_Enum0] | None = None,
        fields_subscription_groups: Sequence[_Enum1] | None = None,
        fields_subscription_group_localizations: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupVersionResponse:
        """subscriptionGroupVersions_getInstance

        GET /v1/subscriptionGroupVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroupversions-_id_
        """
        from ascapi.models.subscription_group_version_response import (
            SubscriptionGroupVersionResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/subscriptionGroupVersions/{id}", id=id),
            params={
                "fields[subscriptionGroupVersions]": fields_subscription_group_versions,
                "fields[subscriptionGroups]": fields_subscription_groups,
                "fields[subscriptionGroupLocalizations]": fields_subscription_group_localizations,
                "include": include,
                "limit[localizations]": limit_localizations,
            },
            maxima={"limit[localizations]": 50},
            response_type=SubscriptionGroupVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionGroupVersionsLocalizations(AsyncAPIResource):
    """``client.subscription_group_versions.localizations``: /v1/subscriptionGroupVersions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        SubscriptionGroupVersionLocalizationsLinkagesResponse,
        SubscriptionGroupVersionLocalizationsLinkagesResponseData,
    ]:
        """subscriptionGroupVersions_localizations_getToManyRelationship

        GET /v1/subscriptionGroupVersions/{id}/relationships/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroupversions-_id_-relationships-localizations
        """
        from ascapi.models.subscription_group_version_localizations_linkages_response import (
            SubscriptionGroupVersionLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionGroupVersions/{id}/relationships/localizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionGroupVersionLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_subscription_group_localizations: Sequence[_Enum2] | None = None,
        fields_subscription_group_versions: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionGroupLocalizationsV2Response, SubscriptionGroupLocalizationV2]:
        """subscriptionGroupVersions_localizations_getToManyRelated

        GET /v1/subscriptionGroupVersions/{id}/localizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroupversions-_id_-localizations
        """
        from ascapi.models.subscription_group_localizations_v2_response import (
            SubscriptionGroupLocalizationsV2Response,
        )

        return self._client._get_page(
            path("/v1/subscriptionGroupVersions/{id}/localizations", id=id),
            params={
                "fields[subscriptionGroupLocalizations]": fields_subscription_group_localizations,
                "fields[subscriptionGroupVersions]": fields_subscription_group_versions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionGroupLocalizationsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )
