# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``bundle_ids`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse
    from ascapi.models.bundle_id import BundleId
    from ascapi.models.bundle_id_app_linkage_response import BundleIdAppLinkageResponse
    from ascapi.models.bundle_id_bundle_id_capabilities_linkages_response import (
        BundleIdBundleIdCapabilitiesLinkagesResponse,
        BundleIdBundleIdCapabilitiesLinkagesResponseData,
    )
    from ascapi.models.bundle_id_capabilities_without_includes_response import (
        BundleIdCapabilitiesWithoutIncludesResponse,
    )
    from ascapi.models.bundle_id_capability import BundleIdCapability
    from ascapi.models.bundle_id_create_request import BundleIdCreateRequest
    from ascapi.models.bundle_id_profiles_linkages_response import (
        BundleIdProfilesLinkagesResponse,
        BundleIdProfilesLinkagesResponseData,
    )
    from ascapi.models.bundle_id_response import BundleIdResponse
    from ascapi.models.bundle_id_update_request import BundleIdUpdateRequest
    from ascapi.models.bundle_ids_response import BundleIdsResponse
    from ascapi.models.profile import Profile
    from ascapi.models.profiles_without_includes_response import ProfilesWithoutIncludesResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["IOS", "MAC_OS", "UNIVERSAL", "SERVICES"]
    _Enum1 = Literal[
        "name", "platform", "identifier", "seedId", "profiles", "bundleIdCapabilities", "app"
    ]
    _Enum2 = Literal[
        "name",
        "platform",
        "profileType",
        "profileState",
        "profileContent",
        "uuid",
        "createdDate",
        "expirationDate",
        "bundleId",
        "devices",
        "certificates",
    ]
    _Enum3 = Literal["capabilityType", "settings"]
    _Enum4 = Literal[
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
    _Enum5 = Literal["profiles", "bundleIdCapabilities", "app"]
    _Enum6 = Literal["IOS", "MAC_OS", "UNIVERSAL"]
    _Enum7 = Literal[
        "name",
        "-name",
        "platform",
        "-platform",
        "identifier",
        "-identifier",
        "seedId",
        "-seedId",
        "id",
        "-id",
    ]


class BundleIds(SyncAPIResource):
    """``client.bundle_ids``: /v1/bundleIds"""

    @cached_property
    def app(self) -> BundleIdsApp:
        return BundleIdsApp(self._client)

    @cached_property
    def bundle_id_capabilities(self) -> BundleIdsBundleIdCapabilities:
        return BundleIdsBundleIdCapabilities(self._client)

    @cached_property
    def profiles(self) -> BundleIdsProfiles:
        return BundleIdsProfiles(self._client)

    def create(
        self,
        *,
        body: BundleIdCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        platform: _Enum0 | str | None | UnsetType = UNSET,
        identifier: str | None | UnsetType = UNSET,
        seed_id: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BundleIdResponse:
        """bundleIds_createInstance

        POST /v1/bundleIds

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-bundleids
        """
        from ascapi.models.bundle_id_response import BundleIdResponse

        body = _support.document(
            body,
            name is not UNSET
            or platform is not UNSET
            or identifier is not UNSET
            or seed_id is not UNSET,
            "bundleIds",
            None,
            {"name": name, "platform": platform, "identifier": identifier, "seedId": seed_id},
            {},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/bundleIds",
            body=body,
            response_type=BundleIdResponse,
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
        """bundleIds_deleteInstance

        DELETE /v1/bundleIds/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-bundleids-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/bundleIds/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_bundle_ids: Sequence[_Enum1] | None = None,
        fields_profiles: Sequence[_Enum2] | None = None,
        fields_bundle_id_capabilities: Sequence[_Enum3] | None = None,
        fields_apps: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_bundle_id_capabilities: int | None = None,
        limit_profiles: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BundleIdResponse:
        """bundleIds_getInstance

        GET /v1/bundleIds/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_
        """
        from ascapi.models.bundle_id_response import BundleIdResponse

        return self._client._call(
            "GET",
            path("/v1/bundleIds/{id}", id=id),
            params={
                "fields[bundleIds]": fields_bundle_ids,
                "fields[profiles]": fields_profiles,
                "fields[bundleIdCapabilities]": fields_bundle_id_capabilities,
                "fields[apps]": fields_apps,
                "include": include,
                "limit[bundleIdCapabilities]": limit_bundle_id_capabilities,
                "limit[profiles]": limit_profiles,
            },
            maxima={"limit[bundleIdCapabilities]": 50, "limit[profiles]": 50},
            response_type=BundleIdResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_name: Sequence[str] | None = None,
        filter_platform: Sequence[_Enum6] | None = None,
        filter_identifier: Sequence[str] | None = None,
        filter_seed_id: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        sort: Sequence[_Enum7] | None = None,
        fields_bundle_ids: Sequence[_Enum1] | None = None,
        fields_profiles: Sequence[_Enum2] | None = None,
        fields_bundle_id_capabilities: Sequence[_Enum3] | None = None,
        fields_apps: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_bundle_id_capabilities: int | None = None,
        limit_profiles: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BundleIdsResponse, BundleId]:
        """bundleIds_getCollection

        GET /v1/bundleIds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids
        """
        from ascapi.models.bundle_ids_response import BundleIdsResponse

        return self._client._get_page(
            "/v1/bundleIds",
            params={
                "filter[name]": filter_name,
                "filter[platform]": filter_platform,
                "filter[identifier]": filter_identifier,
                "filter[seedId]": filter_seed_id,
                "filter[id]": filter_id,
                "sort": sort,
                "fields[bundleIds]": fields_bundle_ids,
                "fields[profiles]": fields_profiles,
                "fields[bundleIdCapabilities]": fields_bundle_id_capabilities,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "limit[bundleIdCapabilities]": limit_bundle_id_capabilities,
                "limit[profiles]": limit_profiles,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[bundleIdCapabilities]": 50, "limit[profiles]": 50},
            response_type=BundleIdsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: BundleIdUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BundleIdResponse:
        """bundleIds_updateInstance

        PATCH /v1/bundleIds/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-bundleids-_id_
        """
        from ascapi.models.bundle_id_response import BundleIdResponse

        body = _support.document(
            body,
            name is not UNSET,
            "bundleIds",
            id,
            {"name": name},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/bundleIds/{id}", id=id),
            body=body,
            response_type=BundleIdResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BundleIdsApp(SyncAPIResource):
    """``client.bundle_ids.app``: /v1/bundleIds"""

    def get(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppWithoutIncludesResponse:
        """bundleIds_app_getToOneRelated

        GET /v1/bundleIds/{id}/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-app
        """
        from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse

        return self._client._call(
            "GET",
            path("/v1/bundleIds/{id}/app", id=id),
            params={"fields[apps]": fields_apps},
            response_type=AppWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BundleIdAppLinkageResponse:
        """bundleIds_app_getToOneRelationship

        GET /v1/bundleIds/{id}/relationships/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-relationships-app
        """
        from ascapi.models.bundle_id_app_linkage_response import BundleIdAppLinkageResponse

        return self._client._call(
            "GET",
            path("/v1/bundleIds/{id}/relationships/app", id=id),
            response_type=BundleIdAppLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BundleIdsBundleIdCapabilities(SyncAPIResource):
    """``client.bundle_ids.bundle_id_capabilities``: /v1/bundleIds"""

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
        BundleIdBundleIdCapabilitiesLinkagesResponse,
        BundleIdBundleIdCapabilitiesLinkagesResponseData,
    ]:
        """bundleIds_bundleIdCapabilities_getToManyRelationship

        GET /v1/bundleIds/{id}/relationships/bundleIdCapabilities

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-relationships-bundleidcapabilities
        """
        from ascapi.models.bundle_id_bundle_id_capabilities_linkages_response import (
            BundleIdBundleIdCapabilitiesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/bundleIds/{id}/relationships/bundleIdCapabilities", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BundleIdBundleIdCapabilitiesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_bundle_id_capabilities: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BundleIdCapabilitiesWithoutIncludesResponse, BundleIdCapability]:
        """bundleIds_bundleIdCapabilities_getToManyRelated

        GET /v1/bundleIds/{id}/bundleIdCapabilities

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-bundleidcapabilities
        """
        from ascapi.models.bundle_id_capabilities_without_includes_response import (
            BundleIdCapabilitiesWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/bundleIds/{id}/bundleIdCapabilities", id=id),
            params={
                "fields[bundleIdCapabilities]": fields_bundle_id_capabilities,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BundleIdCapabilitiesWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BundleIdsProfiles(SyncAPIResource):
    """``client.bundle_ids.profiles``: /v1/bundleIds"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BundleIdProfilesLinkagesResponse, BundleIdProfilesLinkagesResponseData]:
        """bundleIds_profiles_getToManyRelationship

        GET /v1/bundleIds/{id}/relationships/profiles

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-relationships-profiles
        """
        from ascapi.models.bundle_id_profiles_linkages_response import (
            BundleIdProfilesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/bundleIds/{id}/relationships/profiles", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BundleIdProfilesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_profiles: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[ProfilesWithoutIncludesResponse, Profile]:
        """bundleIds_profiles_getToManyRelated

        GET /v1/bundleIds/{id}/profiles

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-profiles
        """
        from ascapi.models.profiles_without_includes_response import ProfilesWithoutIncludesResponse

        return self._client._get_page(
            path("/v1/bundleIds/{id}/profiles", id=id),
            params={"fields[profiles]": fields_profiles, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=ProfilesWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBundleIds(AsyncAPIResource):
    """``client.bundle_ids``: /v1/bundleIds"""

    @cached_property
    def app(self) -> AsyncBundleIdsApp:
        return AsyncBundleIdsApp(self._client)

    @cached_property
    def bundle_id_capabilities(self) -> AsyncBundleIdsBundleIdCapabilities:
        return AsyncBundleIdsBundleIdCapabilities(self._client)

    @cached_property
    def profiles(self) -> AsyncBundleIdsProfiles:
        return AsyncBundleIdsProfiles(self._client)

    async def create(
        self,
        *,
        body: BundleIdCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        platform: _Enum0 | str | None | UnsetType = UNSET,
        identifier: str | None | UnsetType = UNSET,
        seed_id: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BundleIdResponse:
        """bundleIds_createInstance

        POST /v1/bundleIds

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-bundleids
        """
        from ascapi.models.bundle_id_response import BundleIdResponse

        body = _support.document(
            body,
            name is not UNSET
            or platform is not UNSET
            or identifier is not UNSET
            or seed_id is not UNSET,
            "bundleIds",
            None,
            {"name": name, "platform": platform, "identifier": identifier, "seedId": seed_id},
            {},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/bundleIds",
            body=body,
            response_type=BundleIdResponse,
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
        """bundleIds_deleteInstance

        DELETE /v1/bundleIds/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-bundleids-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/bundleIds/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_bundle_ids: Sequence[_Enum1] | None = None,
        fields_profiles: Sequence[_Enum2] | None = None,
        fields_bundle_id_capabilities: Sequence[_Enum3] | None = None,
        fields_apps: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_bundle_id_capabilities: int | None = None,
        limit_profiles: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BundleIdResponse:
        """bundleIds_getInstance

        GET /v1/bundleIds/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_
        """
        from ascapi.models.bundle_id_response import BundleIdResponse

        return await self._client._call(
            "GET",
            path("/v1/bundleIds/{id}", id=id),
            params={
                "fields[bundleIds]": fields_bundle_ids,
                "fields[profiles]": fields_profiles,
                "fields[bundleIdCapabilities]": fields_bundle_id_capabilities,
                "fields[apps]": fields_apps,
                "include": include,
                "limit[bundleIdCapabilities]": limit_bundle_id_capabilities,
                "limit[profiles]": limit_profiles,
            },
            maxima={"limit[bundleIdCapabilities]": 50, "limit[profiles]": 50},
            response_type=BundleIdResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_name: Sequence[str] | None = None,
        filter_platform: Sequence[_Enum6] | None = None,
        filter_identifier: Sequence[str] | None = None,
        filter_seed_id: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        sort: Sequence[_Enum7] | None = None,
        fields_bundle_ids: Sequence[_Enum1] | None = None,
        fields_profiles: Sequence[_Enum2] | None = None,
        fields_bundle_id_capabilities: Sequence[_Enum3] | None = None,
        fields_apps: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_bundle_id_capabilities: int | None = None,
        limit_profiles: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BundleIdsResponse, BundleId]:
        """bundleIds_getCollection

        GET /v1/bundleIds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids
        """
        from ascapi.models.bundle_ids_response import BundleIdsResponse

        return self._client._get_page(
            "/v1/bundleIds",
            params={
                "filter[name]": filter_name,
                "filter[platform]": filter_platform,
                "filter[identifier]": filter_identifier,
                "filter[seedId]": filter_seed_id,
                "filter[id]": filter_id,
                "sort": sort,
                "fields[bundleIds]": fields_bundle_ids,
                "fields[profiles]": fields_profiles,
                "fields[bundleIdCapabilities]": fields_bundle_id_capabilities,
                "fields[apps]": fields_apps,
                "limit": limit,
                "include": include,
                "limit[bundleIdCapabilities]": limit_bundle_id_capabilities,
                "limit[profiles]": limit_profiles,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[bundleIdCapabilities]": 50, "limit[profiles]": 50},
            response_type=BundleIdsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: BundleIdUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BundleIdResponse:
        """bundleIds_updateInstance

        PATCH /v1/bundleIds/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-bundleids-_id_
        """
        from ascapi.models.bundle_id_response import BundleIdResponse

        body = _support.document(
            body,
            name is not UNSET,
            "bundleIds",
            id,
            {"name": name},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/bundleIds/{id}", id=id),
            body=body,
            response_type=BundleIdResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBundleIdsApp(AsyncAPIResource):
    """``client.bundle_ids.app``: /v1/bundleIds"""

    async def get(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppWithoutIncludesResponse:
        """bundleIds_app_getToOneRelated

        GET /v1/bundleIds/{id}/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-app
        """
        from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse

        return await self._client._call(
            "GET",
            path("/v1/bundleIds/{id}/app", id=id),
            params={"fields[apps]": fields_apps},
            response_type=AppWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BundleIdAppLinkageResponse:
        """bundleIds_app_getToOneRelationship

        GET /v1/bundleIds/{id}/relationships/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-relationships-app
        """
        from ascapi.models.bundle_id_app_linkage_response import BundleIdAppLinkageResponse

        return await self._client._call(
            "GET",
            path("/v1/bundleIds/{id}/relationships/app", id=id),
            response_type=BundleIdAppLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBundleIdsBundleIdCapabilities(AsyncAPIResource):
    """``client.bundle_ids.bundle_id_capabilities``: /v1/bundleIds"""

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
        BundleIdBundleIdCapabilitiesLinkagesResponse,
        BundleIdBundleIdCapabilitiesLinkagesResponseData,
    ]:
        """bundleIds_bundleIdCapabilities_getToManyRelationship

        GET /v1/bundleIds/{id}/relationships/bundleIdCapabilities

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-relationships-bundleidcapabilities
        """
        from ascapi.models.bundle_id_bundle_id_capabilities_linkages_response import (
            BundleIdBundleIdCapabilitiesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/bundleIds/{id}/relationships/bundleIdCapabilities", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BundleIdBundleIdCapabilitiesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_bundle_id_capabilities: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BundleIdCapabilitiesWithoutIncludesResponse, BundleIdCapability]:
        """bundleIds_bundleIdCapabilities_getToManyRelated

        GET /v1/bundleIds/{id}/bundleIdCapabilities

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-bundleidcapabilities
        """
        from ascapi.models.bundle_id_capabilities_without_includes_response import (
            BundleIdCapabilitiesWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/bundleIds/{id}/bundleIdCapabilities", id=id),
            params={
                "fields[bundleIdCapabilities]": fields_bundle_id_capabilities,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BundleIdCapabilitiesWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBundleIdsProfiles(AsyncAPIResource):
    """``client.bundle_ids.profiles``: /v1/bundleIds"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BundleIdProfilesLinkagesResponse, BundleIdProfilesLinkagesResponseData]:
        """bundleIds_profiles_getToManyRelationship

        GET /v1/bundleIds/{id}/relationships/profiles

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-relationships-profiles
        """
        from ascapi.models.bundle_id_profiles_linkages_response import (
            BundleIdProfilesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/bundleIds/{id}/relationships/profiles", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BundleIdProfilesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_profiles: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ProfilesWithoutIncludesResponse, Profile]:
        """bundleIds_profiles_getToManyRelated

        GET /v1/bundleIds/{id}/profiles

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_-profiles
        """
        from ascapi.models.profiles_without_includes_response import ProfilesWithoutIncludesResponse

        return self._client._get_page(
            path("/v1/bundleIds/{id}/profiles", id=id),
            params={"fields[profiles]": fields_profiles, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=ProfilesWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
