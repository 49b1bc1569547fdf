# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``user_invitations`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.user_invitation import UserInvitation
    from ascapi.models.user_invitation_create_request import UserInvitationCreateRequest
    from ascapi.models.user_invitation_response import UserInvitationResponse
    from ascapi.models.user_invitation_visible_apps_linkages_response import (
        UserInvitationVisibleAppsLinkagesResponse,
        UserInvitationVisibleAppsLinkagesResponseData,
    )
    from ascapi.models.user_invitations_response import UserInvitationsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
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
    _Enum1 = Literal[
        "email",
        "firstName",
        "lastName",
        "expirationDate",
        "roles",
        "allAppsVisible",
        "provisioningAllowed",
        "visibleApps",
    ]
    _Enum2 = Literal[
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
    _Enum3 = Literal["visibleApps"]
    _Enum4 = Literal["email", "-email", "lastName", "-lastName"]


class UserInvitations(SyncAPIResource):
    """``client.user_invitations``: /v1/userInvitations"""

    @cached_property
    def visible_apps(self) -> UserInvitationsVisibleApps:
        return UserInvitationsVisibleApps(self._client)

    def create(
        self,
        *,
        body: UserInvitationCreateRequest | Mapping[str, Any] | None = None,
        email: str | None | UnsetType = UNSET,
        first_name: str | None | UnsetType = UNSET,
        last_name: str | None | UnsetType = UNSET,
        roles: Sequence[_Enum0 | str] | None | UnsetType = UNSET,
        all_apps_visible: bool | None | UnsetType = UNSET,
        provisioning_allowed: bool | None | UnsetType = UNSET,
        visible_apps: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserInvitationResponse:
        """userInvitations_createInstance

        POST /v1/userInvitations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-userinvitations
        """
        from ascapi.models.user_invitation_response import UserInvitationResponse

        body = _support.document(
            body,
            email is not UNSET
            or first_name is not UNSET
            or last_name is not UNSET
            or roles is not UNSET
            or all_apps_visible is not UNSET
            or provisioning_allowed is not UNSET
            or visible_apps is not UNSET,
            "userInvitations",
            None,
            {
                "email": email,
                "firstName": first_name,
                "lastName": last_name,
                "roles": roles,
                "allAppsVisible": all_apps_visible,
                "provisioningAllowed": provisioning_allowed,
            },
            {"visibleApps": ("apps", True, visible_apps)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/userInvitations",
            body=body,
            response_type=UserInvitationResponse,
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
        """userInvitations_deleteInstance

        DELETE /v1/userInvitations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-userinvitations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/userInvitations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_user_invitations: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_visible_apps: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserInvitationResponse:
        """userInvitations_getInstance

        GET /v1/userInvitations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations-_id_
        """
        from ascapi.models.user_invitation_response import UserInvitationResponse

        return self._client._call(
            "GET",
            path("/v1/userInvitations/{id}", id=id),
            params={
                "fields[userInvitations]": fields_user_invitations,
                "fields[apps]": fields_apps,
                "include": include,
                "limit[visibleApps]": limit_visible_apps,
            },
            maxima={"limit[visibleApps]": 50},
            response_type=UserInvitationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_email: Sequence[str] | None = None,
        filter_roles: Sequence[_Enum0] | None = None,
        filter_visible_apps: Sequence[str] | None = None,
        sort: Sequence[_Enum4] | None = None,
        fields_user_invitations: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_visible_apps: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[UserInvitationsResponse, UserInvitation]:
        """userInvitations_getCollection

        GET /v1/userInvitations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations
        """
        from ascapi.models.user_invitations_response import UserInvitationsResponse

        return self._client._get_page(
            "/v1/userInvitations",
            params={
                "filter[email]": filter_email,
                "filter[roles]": filter_roles,
                "filter[visibleApps]": filter_visible_apps,
                "sort": sort,
                "fields[userInvitations]": fields_user_invitations,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "limit[visibleApps]": limit_visible_apps,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[visibleApps]": 50},
            response_type=UserInvitationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class UserInvitationsVisibleApps(SyncAPIResource):
    """``client.user_invitations.visible_apps``: /v1/userInvitations"""

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
        UserInvitationVisibleAppsLinkagesResponse, UserInvitationVisibleAppsLinkagesResponseData
    ]:
        """userInvitations_visibleApps_getToManyRelationship

        GET /v1/userInvitations/{id}/relationships/visibleApps

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations-_id_-relationships-visibleapps
        """
        from ascapi.models.user_invitation_visible_apps_linkages_response import (
            UserInvitationVisibleAppsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/userInvitations/{id}/relationships/visibleApps", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=UserInvitationVisibleAppsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppsWithoutIncludesResponse, App]:
        """userInvitations_visibleApps_getToManyRelated

        GET /v1/userInvitations/{id}/visibleApps

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations-_id_-visibleapps
        """
        from ascapi.models.apps_without_includes_response import AppsWithoutIncludesResponse

        return self._client._get_page(
            path("/v1/userInvitations/{id}/visibleApps", id=id),
            params={"fields[apps]": fields_apps, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncUserInvitations(AsyncAPIResource):
    """``client.user_invitations``: /v1/userInvitations"""

    @cached_property
    def visible_apps(self) -> AsyncUserInvitationsVisibleApps:
        return AsyncUserInvitationsVisibleApps(self._client)

    async def create(
        self,
        *,
        body: UserInvitationCreateRequest | Mapping[str, Any] | None = None,
        email: str | None | UnsetType = UNSET,
        first_name: str | None | UnsetType = UNSET,
        last_name: str | None | UnsetType = UNSET,
        roles: Sequence[_Enum0 | str] | None | UnsetType = UNSET,
        all_apps_visible: bool | None | UnsetType = UNSET,
        provisioning_allowed: bool | None | UnsetType = UNSET,
        visible_apps: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserInvitationResponse:
        """userInvitations_createInstance

        POST /v1/userInvitations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-userinvitations
        """
        from ascapi.models.user_invitation_response import UserInvitationResponse

        body = _support.document(
            body,
            email is not UNSET
            or first_name is not UNSET
            or last_name is not UNSET
            or roles is not UNSET
            or all_apps_visible is not UNSET
            or provisioning_allowed is not UNSET
            or visible_apps is not UNSET,
            "userInvitations",
            None,
            {
                "email": email,
                "firstName": first_name,
                "lastName": last_name,
                "roles": roles,
                "allAppsVisible": all_apps_visible,
                "provisioningAllowed": provisioning_allowed,
            },
            {"visibleApps": ("apps", True, visible_apps)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/userInvitations",
            body=body,
            response_type=UserInvitationResponse,
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
        """userInvitations_deleteInstance

        DELETE /v1/userInvitations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-userinvitations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/userInvitations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_user_invitations: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_visible_apps: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserInvitationResponse:
        """userInvitations_getInstance

        GET /v1/userInvitations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations-_id_
        """
        from ascapi.models.user_invitation_response import UserInvitationResponse

        return await self._client._call(
            "GET",
            path("/v1/userInvitations/{id}", id=id),
            params={
                "fields[userInvitations]": fields_user_invitations,
                "fields[apps]": fields_apps,
                "include": include,
                "limit[visibleApps]": limit_visible_apps,
            },
            maxima={"limit[visibleApps]": 50},
            response_type=UserInvitationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_email: Sequence[str] | None = None,
        filter_roles: Sequence[_Enum0] | None = None,
        filter_visible_apps: Sequence[str] | None = None,
        sort: Sequence[_Enum4] | None = None,
        fields_user_invitations: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_visible_apps: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[UserInvitationsResponse, UserInvitation]:
        """userInvitations_getCollection

        GET /v1/userInvitations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations
        """
        from ascapi.models.user_invitations_response import UserInvitationsResponse

        return self._client._get_page(
            "/v1/userInvitations",
            params={
                "filter[email]": filter_email,
                "filter[roles]": filter_roles,
                "filter[visibleApps]": filter_visible_apps,
                "sort": sort,
                "fields[userInvitations]": fields_user_invitations,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "limit[visibleApps]": limit_visible_apps,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[visibleApps]": 50},
            response_type=UserInvitationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncUserInvitationsVisibleApps(AsyncAPIResource):
    """``client.user_invitations.visible_apps``: /v1/userInvitations"""

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
        UserInvitationVisibleAppsLinkagesResponse, UserInvitationVisibleAppsLinkagesResponseData
    ]:
        """userInvitations_visibleApps_getToManyRelationship

        GET /v1/userInvitations/{id}/relationships/visibleApps

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations-_id_-relationships-visibleapps
        """
        from ascapi.models.user_invitation_visible_apps_linkages_response import (
            UserInvitationVisibleAppsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/userInvitations/{id}/relationships/visibleApps", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=UserInvitationVisibleAppsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppsWithoutIncludesResponse, App]:
        """userInvitations_visibleApps_getToManyRelated

        GET /v1/userInvitations/{id}/visibleApps

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations-_id_-visibleapps
        """
        from ascapi.models.apps_without_includes_response import AppsWithoutIncludesResponse

        return self._client._get_page(
            path("/v1/userInvitations/{id}/visibleApps", id=id),
            params={"fields[apps]": fields_apps, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
