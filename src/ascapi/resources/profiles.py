# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``profiles`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.bundle_id_without_includes_response import BundleIdWithoutIncludesResponse
    from ascapi.models.certificate import Certificate
    from ascapi.models.certificates_without_includes_response import (
        CertificatesWithoutIncludesResponse,
    )
    from ascapi.models.device import Device
    from ascapi.models.devices_without_includes_response import DevicesWithoutIncludesResponse
    from ascapi.models.profile import Profile
    from ascapi.models.profile_bundle_id_linkage_response import ProfileBundleIdLinkageResponse
    from ascapi.models.profile_certificates_linkages_response import (
        ProfileCertificatesLinkagesResponse,
        ProfileCertificatesLinkagesResponseData,
    )
    from ascapi.models.profile_create_request import ProfileCreateRequest
    from ascapi.models.profile_devices_linkages_response import (
        ProfileDevicesLinkagesResponse,
        ProfileDevicesLinkagesResponseData,
    )
    from ascapi.models.profile_response import ProfileResponse
    from ascapi.models.profiles_response import ProfilesResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "IOS_APP_DEVELOPMENT",
        "IOS_APP_STORE",
        "IOS_APP_ADHOC",
        "IOS_APP_INHOUSE",
        "MAC_APP_DEVELOPMENT",
        "MAC_APP_STORE",
        "MAC_APP_DIRECT",
        "TVOS_APP_DEVELOPMENT",
        "TVOS_APP_STORE",
        "TVOS_APP_ADHOC",
        "TVOS_APP_INHOUSE",
        "MAC_CATALYST_APP_DEVELOPMENT",
        "MAC_CATALYST_APP_STORE",
        "MAC_CATALYST_APP_DIRECT",
    ]
    _Enum1 = Literal[
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
    _Enum2 = Literal[
        "name", "platform", "identifier", "seedId", "profiles", "bundleIdCapabilities", "app"
    ]
    _Enum3 = Literal["name", "platform", "udid", "deviceClass", "status", "model", "addedDate"]
    _Enum4 = Literal[
        "name",
        "certificateType",
        "displayName",
        "serialNumber",
        "platform",
        "expirationDate",
        "certificateContent",
        "activated",
        "passTypeId",
    ]
    _Enum5 = Literal["bundleId", "devices", "certificates"]
    _Enum6 = Literal["ACTIVE", "INVALID"]
    _Enum7 = Literal[
        "name", "-name", "profileType", "-profileType", "profileState", "-profileState", "id", "-id"
    ]


class Profiles(SyncAPIResource):
    """``client.profiles``: /v1/profiles"""

    @cached_property
    def bundle_id(self) -> ProfilesBundleId:
        return ProfilesBundleId(self._client)

    @cached_property
    def certificates(self) -> ProfilesCertificates:
        return ProfilesCertificates(self._client)

    @cached_property
    def devices(self) -> ProfilesDevices:
        return ProfilesDevices(self._client)

    def create(
        self,
        *,
        body: ProfileCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        profile_type: _Enum0 | str | None | UnsetType = UNSET,
        bundle_id: str | None | UnsetType = UNSET,
        devices: Sequence[str] | str | None | UnsetType = UNSET,
        certificates: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ProfileResponse:
        """profiles_createInstance

        POST /v1/profiles

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-profiles
        """
        from ascapi.models.profile_response import ProfileResponse

        body = _support.document(
            body,
            name is not UNSET
            or profile_type is not UNSET
            or bundle_id is not UNSET
            or devices is not UNSET
            or certificates is not UNSET,
            "profiles",
            None,
            {"name": name, "profileType": profile_type},
            {
                "bundleId": ("bundleIds", False, bundle_id),
                "devices": ("devices", True, devices),
                "certificates": ("certificates", True, certificates),
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/profiles",
            body=body,
            response_type=ProfileResponse,
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
        """profiles_deleteInstance

        DELETE /v1/profiles/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-profiles-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/profiles/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_profiles: Sequence[_Enum1] | None = None,
        fields_bundle_ids: Sequence[_Enum2] | None = None,
        fields_devices: Sequence[_Enum3] | None = None,
        fields_certificates: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_certificates: int | None = None,
        limit_devices: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ProfileResponse:
        """profiles_getInstance

        GET /v1/profiles/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_
        """
        from ascapi.models.profile_response import ProfileResponse

        return self._client._call(
            "GET",
            path("/v1/profiles/{id}", id=id),
            params={
                "fields[profiles]": fields_profiles,
                "fields[bundleIds]": fields_bundle_ids,
                "fields[devices]": fields_devices,
                "fields[certificates]": fields_certificates,
                "include": include,
                "limit[certificates]": limit_certificates,
                "limit[devices]": limit_devices,
            },
            maxima={"limit[certificates]": 50, "limit[devices]": 50},
            response_type=ProfileResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_name: Sequence[str] | None = None,
        filter_profile_type: Sequence[_Enum0] | None = None,
        filter_profile_state: Sequence[_Enum6] | None = None,
        filter_id: Sequence[str] | None = None,
        sort: Sequence[_Enum7] | None = None,
        fields_profiles: Sequence[_Enum1] | None = None,
        fields_bundle_ids: Sequence[_Enum2] | None = None,
        fields_devices: Sequence[_Enum3] | None = None,
        fields_certificates: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_certificates: int | None = None,
        limit_devices: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[ProfilesResponse, Profile]:
        """profiles_getCollection

        GET /v1/profiles

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles
        """
        from ascapi.models.profiles_response import ProfilesResponse

        return self._client._get_page(
            "/v1/profiles",
            params={
                "filter[name]": filter_name,
                "filter[profileType]": filter_profile_type,
                "filter[profileState]": filter_profile_state,
                "filter[id]": filter_id,
                "sort": sort,
                "fields[profiles]": fields_profiles,
                "fields[bundleIds]": fields_bundle_ids,
                "fields[devices]": fields_devices,
                "fields[certificates]": fields_certificates,
                "limit": limit,
                "include": include,
                "limit[certificates]": limit_certificates,
                "limit[devices]": limit_devices,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[certificates]": 50, "limit[devices]": 50},
            response_type=ProfilesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class ProfilesBundleId(SyncAPIResource):
    """``client.profiles.bundle_id``: /v1/profiles"""

    def get(
        self,
        id: str,
        *,
        fields_bundle_ids: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BundleIdWithoutIncludesResponse:
        """profiles_bundleId_getToOneRelated

        GET /v1/profiles/{id}/bundleId

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-bundleid
        """
        from ascapi.models.bundle_id_without_includes_response import (
            BundleIdWithoutIncludesResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/profiles/{id}/bundleId", id=id),
            params={"fields[bundleIds]": fields_bundle_ids},
            response_type=BundleIdWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ProfileBundleIdLinkageResponse:
        """profiles_bundleId_getToOneRelationship

        GET /v1/profiles/{id}/relationships/bundleId

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-relationships-bundleid
        """
        from ascapi.models.profile_bundle_id_linkage_response import ProfileBundleIdLinkageResponse

        return self._client._call(
            "GET",
            path("/v1/profiles/{id}/relationships/bundleId", id=id),
            response_type=ProfileBundleIdLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class ProfilesCertificates(SyncAPIResource):
    """``client.profiles.certificates``: /v1/profiles"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[ProfileCertificatesLinkagesResponse, ProfileCertificatesLinkagesResponseData]:
        """profiles_certificates_getToManyRelationship

        GET /v1/profiles/{id}/relationships/certificates

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-relationships-certificates
        """
        from ascapi.models.profile_certificates_linkages_response import (
            ProfileCertificatesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/profiles/{id}/relationships/certificates", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=ProfileCertificatesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_certificates: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CertificatesWithoutIncludesResponse, Certificate]:
        """profiles_certificates_getToManyRelated

        GET /v1/profiles/{id}/certificates

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-certificates
        """
        from ascapi.models.certificates_without_includes_response import (
            CertificatesWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/profiles/{id}/certificates", id=id),
            params={"fields[certificates]": fields_certificates, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CertificatesWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class ProfilesDevices(SyncAPIResource):
    """``client.profiles.devices``: /v1/profiles"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[ProfileDevicesLinkagesResponse, ProfileDevicesLinkagesResponseData]:
        """profiles_devices_getToManyRelationship

        GET /v1/profiles/{id}/relationships/devices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-relationships-devices
        """
        from ascapi.models.profile_devices_linkages_response import ProfileDevicesLinkagesResponse

        return self._client._get_page(
            path("/v1/profiles/{id}/relationships/devices", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=ProfileDevicesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_devices: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[DevicesWithoutIncludesResponse, Device]:
        """profiles_devices_getToManyRelated

        GET /v1/profiles/{id}/devices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-devices
        """
        from ascapi.models.devices_without_includes_response import DevicesWithoutIncludesResponse

        return self._client._get_page(
            path("/v1/profiles/{id}/devices", id=id),
            params={"fields[devices]": fields_devices, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=DevicesWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncProfiles(AsyncAPIResource):
    """``client.profiles``: /v1/profiles"""

    @cached_property
    def bundle_id(self) -> AsyncProfilesBundleId:
        return AsyncProfilesBundleId(self._client)

    @cached_property
    def certificates(self) -> AsyncProfilesCertificates:
        return AsyncProfilesCertificates(self._client)

    @cached_property
    def devices(self) -> AsyncProfilesDevices:
        return AsyncProfilesDevices(self._client)

    async def create(
        self,
        *,
        body: ProfileCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        profile_type: _Enum0 | str | None | UnsetType = UNSET,
        bundle_id: str | None | UnsetType = UNSET,
        devices: Sequence[str] | str | None | UnsetType = UNSET,
        certificates: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ProfileResponse:
        """profiles_createInstance

        POST /v1/profiles

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-profiles
        """
        from ascapi.models.profile_response import ProfileResponse

        body = _support.document(
            body,
            name is not UNSET
            or profile_type is not UNSET
            or bundle_id is not UNSET
            or devices is not UNSET
            or certificates is not UNSET,
            "profiles",
            None,
            {"name": name, "profileType": profile_type},
            {
                "bundleId": ("bundleIds", False, bundle_id),
                "devices": ("devices", True, devices),
                "certificates": ("certificates", True, certificates),
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/profiles",
            body=body,
            response_type=ProfileResponse,
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
        """profiles_deleteInstance

        DELETE /v1/profiles/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-profiles-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/profiles/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_profiles: Sequence[_Enum1] | None = None,
        fields_bundle_ids: Sequence[_Enum2] | None = None,
        fields_devices: Sequence[_Enum3] | None = None,
        fields_certificates: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_certificates: int | None = None,
        limit_devices: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ProfileResponse:
        """profiles_getInstance

        GET /v1/profiles/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_
        """
        from ascapi.models.profile_response import ProfileResponse

        return await self._client._call(
            "GET",
            path("/v1/profiles/{id}", id=id),
            params={
                "fields[profiles]": fields_profiles,
                "fields[bundleIds]": fields_bundle_ids,
                "fields[devices]": fields_devices,
                "fields[certificates]": fields_certificates,
                "include": include,
                "limit[certificates]": limit_certificates,
                "limit[devices]": limit_devices,
            },
            maxima={"limit[certificates]": 50, "limit[devices]": 50},
            response_type=ProfileResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_name: Sequence[str] | None = None,
        filter_profile_type: Sequence[_Enum0] | None = None,
        filter_profile_state: Sequence[_Enum6] | None = None,
        filter_id: Sequence[str] | None = None,
        sort: Sequence[_Enum7] | None = None,
        fields_profiles: Sequence[_Enum1] | None = None,
        fields_bundle_ids: Sequence[_Enum2] | None = None,
        fields_devices: Sequence[_Enum3] | None = None,
        fields_certificates: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_certificates: int | None = None,
        limit_devices: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ProfilesResponse, Profile]:
        """profiles_getCollection

        GET /v1/profiles

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles
        """
        from ascapi.models.profiles_response import ProfilesResponse

        return self._client._get_page(
            "/v1/profiles",
            params={
                "filter[name]": filter_name,
                "filter[profileType]": filter_profile_type,
                "filter[profileState]": filter_profile_state,
                "filter[id]": filter_id,
                "sort": sort,
                "fields[profiles]": fields_profiles,
                "fields[bundleIds]": fields_bundle_ids,
                "fields[devices]": fields_devices,
                "fields[certificates]": fields_certificates,
                "limit": limit,
                "include": include,
                "limit[certificates]": limit_certificates,
                "limit[devices]": limit_devices,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[certificates]": 50, "limit[devices]": 50},
            response_type=ProfilesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncProfilesBundleId(AsyncAPIResource):
    """``client.profiles.bundle_id``: /v1/profiles"""

    async def get(
        self,
        id: str,
        *,
        fields_bundle_ids: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BundleIdWithoutIncludesResponse:
        """profiles_bundleId_getToOneRelated

        GET /v1/profiles/{id}/bundleId

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-bundleid
        """
        from ascapi.models.bundle_id_without_includes_response import (
            BundleIdWithoutIncludesResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/profiles/{id}/bundleId", id=id),
            params={"fields[bundleIds]": fields_bundle_ids},
            response_type=BundleIdWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ProfileBundleIdLinkageResponse:
        """profiles_bundleId_getToOneRelationship

        GET /v1/profiles/{id}/relationships/bundleId

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-relationships-bundleid
        """
        from ascapi.models.profile_bundle_id_linkage_response import ProfileBundleIdLinkageResponse

        return await self._client._call(
            "GET",
            path("/v1/profiles/{id}/relationships/bundleId", id=id),
            response_type=ProfileBundleIdLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncProfilesCertificates(AsyncAPIResource):
    """``client.profiles.certificates``: /v1/profiles"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ProfileCertificatesLinkagesResponse, ProfileCertificatesLinkagesResponseData]:
        """profiles_certificates_getToManyRelationship

        GET /v1/profiles/{id}/relationships/certificates

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-relationships-certificates
        """
        from ascapi.models.profile_certificates_linkages_response import (
            ProfileCertificatesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/profiles/{id}/relationships/certificates", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=ProfileCertificatesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_certificates: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CertificatesWithoutIncludesResponse, Certificate]:
        """profiles_certificates_getToManyRelated

        GET /v1/profiles/{id}/certificates

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-certificates
        """
        from ascapi.models.certificates_without_includes_response import (
            CertificatesWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/profiles/{id}/certificates", id=id),
            params={"fields[certificates]": fields_certificates, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CertificatesWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncProfilesDevices(AsyncAPIResource):
    """``client.profiles.devices``: /v1/profiles"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ProfileDevicesLinkagesResponse, ProfileDevicesLinkagesResponseData]:
        """profiles_devices_getToManyRelationship

        GET /v1/profiles/{id}/relationships/devices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-relationships-devices
        """
        from ascapi.models.profile_devices_linkages_response import ProfileDevicesLinkagesResponse

        return self._client._get_page(
            path("/v1/profiles/{id}/relationships/devices", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=ProfileDevicesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_devices: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[DevicesWithoutIncludesResponse, Device]:
        """profiles_devices_getToManyRelated

        GET /v1/profiles/{id}/devices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_-devices
        """
        from ascapi.models.devices_without_includes_response import DevicesWithoutIncludesResponse

        return self._client._get_page(
            path("/v1/profiles/{id}/devices", id=id),
            params={"fields[devices]": fields_devices, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=DevicesWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
