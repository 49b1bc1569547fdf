# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``users`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app import App
    from ascapi.models.apps_without_includes_response import AppsWithoutIncludesResponse
    from ascapi.models.user import User
    from ascapi.models.user_response import UserResponse
    from ascapi.models.user_update_request import UserUpdateRequest
    from ascapi.models.user_visible_apps_linkages_request import UserVisibleAppsLinkagesRequest
    from ascapi.models.user_visible_apps_linkages_response import (
        UserVisibleAppsLinkagesResponse,
        UserVisibleAppsLinkagesResponseData,
    )
    from ascapi.models.users_response import UsersResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "username",
        "firstName",
        "lastName",
        "roles",
        "allAppsVisible",
        "provisioningAllowed",
        "visibleApps",
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
    _Enum2 = Literal["visibleApps"]
    _Enum3 = Literal[
        "ADMIN",
        "FINANCE",
        "ACCOUNT_HOLDER",
        "SALES",
        "MARKETING",
        "APP_MANAGER",
        "DEVELOPER",
        "ACCESS_TO_REPORTS",
        "CUSTOMER_SUPPORT",
        "CREATE_APPS",
        "CLOUD_MANAGED_DEVELOPER_ID",
        "CLOUD_MANAGED_APP_DISTRIBUTION",
        "GENERATE_INDIVIDUAL_KEYS",
    ]
    _Enum4 = Literal["username", "-username", "lastName", "-lastName"]


class Users(SyncAPIResource):
    """``client.users``: /v1/users"""

    @cached_property
    def visible_apps(self) -> UsersVisibleApps:
        return UsersVisibleApps(self._client)

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """users_deleteInstance

        DELETE /v1/users/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-users-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/users/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_users: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_visible_apps: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserResponse:
        """users_getInstance

        GET /v1/users/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users-_id_
        """
        from ascapi.models.user_response import UserResponse

        return self._client._call(
            "GET",
            path("/v1/users/{id}", id=id),
            params={
                "fields[users]": fields_users,
                "fields[apps]": fields_apps,
                "include": include,
                "limit[visibleApps]": limit_visible_apps,
            },
            maxima={"limit[visibleApps]": 50},
            response_type=UserResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_username: Sequence[str] | None = None,
        filter_roles: Sequence[_Enum3] | None = None,
        filter_visible_apps: Sequence[str] | None = None,
        sort: Sequence[_Enum4] | None = None,
        fields_users: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_visible_apps: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[UsersResponse, User]:
        """users_getCollection

        GET /v1/users

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users
        """
        from ascapi.models.users_response import UsersResponse

        return self._client._get_page(
            "/v1/users",
            params={
                "filter[username]": filter_username,
                "filter[roles]": filter_roles,
                "filter[visibleApps]": filter_visible_apps,
                "sort": sort,
                "fields[users]": fields_users,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "limit[visibleApps]": limit_visible_apps,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[visibleApps]": 50},
            response_type=UsersResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: UserUpdateRequest | Mapping[str, Any] | None = None,
        roles: Sequence[_Enum3 | str] | None | UnsetType = UNSET,
        all_apps_visible: bool | None | UnsetType = UNSET,
        provisioning_allowed: bool | None | UnsetType = UNSET,
        visible_apps: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserResponse:
        """users_updateInstance

        PATCH /v1/users/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-users-_id_
        """
        from ascapi.models.user_response import UserResponse

        body = _support.document(
            body,
            roles is not UNSET
            or all_apps_visible is not UNSET
            or provisioning_allowed is not UNSET
            or visible_apps is not UNSET,
            "users",
            id,
            {
                "roles": roles,
                "allAppsVisible": all_apps_visible,
                "provisioningAllowed": provisioning_allowed,
            },
            {"visibleApps": ("apps", True, visible_apps)},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/users/{id}", id=id),
            body=body,
            response_type=UserResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class UsersVisibleApps(SyncAPIResource):
    """``client.users.visible_apps``: /v1/users"""

    def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: UserVisibleAppsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """users_visibleApps_createToManyRelationship

        POST /v1/users/{id}/relationships/visibleApps

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-users-_id_-relationships-visibleapps
        """
        if body is None:
            body = _support.linkages("apps", ids)
        return self._client._call(
            "POST",
            path("/v1/users/{id}/relationships/visibleApps", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[UserVisibleAppsLinkagesResponse, UserVisibleAppsLinkagesResponseData]:
        """users_visibleApps_getToManyRelationship

        GET /v1/users/{id}/relationships/visibleApps

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users-_id_-relationships-visibleapps
        """
        from ascapi.models.user_visible_apps_linkages_response import (
            UserVisibleAppsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/users/{id}/relationships/visibleApps", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=UserVisibleAppsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppsWithoutIncludesResponse, App]:
        """users_visibleApps_getToManyRelated

        GET /v1/users/{id}/visibleApps

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users-_id_-visibleapps
        """
        from ascapi.models.apps_without_includes_response import AppsWithoutIncludesResponse

        return self._client._get_page(
            path("/v1/users/{id}/visibleApps", id=id),
            params={"fields[apps]": fields_apps, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: UserVisibleAppsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """users_visibleApps_deleteToManyRelationship

        DELETE /v1/users/{id}/relationships/visibleApps

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-users-_id_-relationships-visibleapps
        """
        if body is None:
            body = _support.linkages("apps", ids)
        return self._client._call(
            "DELETE",
            path("/v1/users/{id}/relationships/visibleApps", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

    def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: UserVisibleAppsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """users_visibleApps_replaceToManyRelationship

        PATCH /v1/users/{id}/relationships/visibleApps

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-users-_id_-relationships-visibleapps
        """
        if body is None:
            body = _support.linkages("apps", ids)
        return self._client._call(
            "PATCH",
            path("/v1/users/{id}/relationships/visibleApps", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncUsers(AsyncAPIResource):
    """``client.users``: /v1/users"""

    @cached_property
    def visible_apps(self) -> AsyncUsersVisibleApps:
        return AsyncUsersVisibleApps(self._client)

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """users_deleteInstance

        DELETE /v1/users/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-users-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/users/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_users: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_visible_apps: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserResponse:
        """users_getInstance

        GET /v1/users/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users-_id_
        """
        from ascapi.models.user_response import UserResponse

        return await self._client._call(
            "GET",
            path("/v1/users/{id}", id=id),
            params={
                "fields[users]": fields_users,
                "fields[apps]": fields_apps,
                "include": include,
                "limit[visibleApps]": limit_visible_apps,
            },
            maxima={"limit[visibleApps]": 50},
            response_type=UserResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_username: Sequence[str] | None = None,
        filter_roles: Sequence[_Enum3] | None = None,
        filter_visible_apps: Sequence[str] | None = None,
        sort: Sequence[_Enum4] | None = None,
        fields_users: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_visible_apps: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[UsersResponse, User]:
        """users_getCollection

        GET /v1/users

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users
        """
        from ascapi.models.users_response import UsersResponse

        return self._client._get_page(
            "/v1/users",
            params={
                "filter[username]": filter_username,
                "filter[roles]": filter_roles,
                "filter[visibleApps]": filter_visible_apps,
                "sort": sort,
                "fields[users]": fields_users,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "limit[visibleApps]": limit_visible_apps,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[visibleApps]": 50},
            response_type=UsersResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: UserUpdateRequest | Mapping[str, Any] | None = None,
        roles: Sequence[_Enum3 | str] | None | UnsetType = UNSET,
        all_apps_visible: bool | None | UnsetType = UNSET,
        provisioning_allowed: bool | None | UnsetType = UNSET,
        visible_apps: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserResponse:
        """users_updateInstance

        PATCH /v1/users/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-users-_id_
        """
        from ascapi.models.user_response import UserResponse

        body = _support.document(
            body,
            roles is not UNSET
            or all_apps_visible is not UNSET
            or provisioning_allowed is not UNSET
            or visible_apps is not UNSET,
            "users",
            id,
            {
                "roles": roles,
                "allAppsVisible": all_apps_visible,
                "provisioningAllowed": provisioning_allowed,
            },
            {"visibleApps": ("apps", True, visible_apps)},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/users/{id}", id=id),
            body=body,
            response_type=UserResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncUsersVisibleApps(AsyncAPIResource):
    """``client.users.visible_apps``: /v1/users"""

    async def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: UserVisibleAppsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """users_visibleApps_createToManyRelationship

        POST /v1/users/{id}/relationships/visibleApps

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-users-_id_-relationships-visibleapps
        """
        if body is None:
            body = _support.linkages("apps", ids)
        return await self._client._call(
            "POST",
            path("/v1/users/{id}/relationships/visibleApps", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[UserVisibleAppsLinkagesResponse, UserVisibleAppsLinkagesResponseData]:
        """users_visibleApps_getToManyRelationship

        GET /v1/users/{id}/relationships/visibleApps

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users-_id_-relationships-visibleapps
        """
        from ascapi.models.user_visible_apps_linkages_response import (
            UserVisibleAppsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/users/{id}/relationships/visibleApps", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=UserVisibleAppsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppsWithoutIncludesResponse, App]:
        """users_visibleApps_getToManyRelated

        GET /v1/users/{id}/visibleApps

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users-_id_-visibleapps
        """
        from ascapi.models.apps_without_includes_response import AppsWithoutIncludesResponse

        return self._client._get_page(
            path("/v1/users/{id}/visibleApps", id=id),
            params={"fields[apps]": fields_apps, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: UserVisibleAppsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """users_visibleApps_deleteToManyRelationship

        DELETE /v1/users/{id}/relationships/visibleApps

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-users-_id_-relationships-visibleapps
        """
        if body is None:
            body = _support.linkages("apps", ids)
        return await self._client._call(
            "DELETE",
            path("/v1/users/{id}/relationships/visibleApps", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

    async def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: UserVisibleAppsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """users_visibleApps_replaceToManyRelationship

        PATCH /v1/users/{id}/relationships/visibleApps

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-users-_id_-relationships-visibleapps
        """
        if body is None:
            body = _support.linkages("apps", ids)
        return await self._client._call(
            "PATCH",
            path("/v1/users/{id}/relationships/visibleApps", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )
