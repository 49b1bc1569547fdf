# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``ci_xcode_versions`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._types import NOT_GIVEN

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.ci_mac_os_version import CiMacOsVersion
    from ascapi.models.ci_mac_os_versions_response import CiMacOsVersionsResponse
    from ascapi.models.ci_xcode_version import CiXcodeVersion
    from ascapi.models.ci_xcode_version_mac_os_versions_linkages_response import (
        CiXcodeVersionMacOsVersionsLinkagesResponse,
        CiXcodeVersionMacOsVersionsLinkagesResponseData,
    )
    from ascapi.models.ci_xcode_version_response import CiXcodeVersionResponse
    from ascapi.models.ci_xcode_versions_response import CiXcodeVersionsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["version", "name", "testDestinations", "macOsVersions"]
    _Enum1 = Literal["version", "name", "xcodeVersions"]
    _Enum2 = Literal["macOsVersions"]
    _Enum3 = Literal["xcodeVersions"]


class CiXcodeVersions(SyncAPIResource):
    """``client.ci_xcode_versions``: /v1/ciXcodeVersions"""

    @cached_property
    def mac_os_versions(self) -> CiXcodeVersionsMacOsVersions:
        return CiXcodeVersionsMacOsVersions(self._client)

    def get(
        self,
        id: str,
        *,
        fields_ci_xcode_versions: Sequence[_Enum0] | None = None,
        fields_ci_mac_os_versions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_mac_os_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiXcodeVersionResponse:
        """ciXcodeVersions_getInstance

        GET /v1/ciXcodeVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cixcodeversions-_id_
        """
        from ascapi.models.ci_xcode_version_response import CiXcodeVersionResponse

        return self._client._call(
            "GET",
            path("/v1/ciXcodeVersions/{id}", id=id),
            params={
                "fields[ciXcodeVersions]": fields_ci_xcode_versions,
                "fields[ciMacOsVersions]": fields_ci_mac_os_versions,
                "include": include,
                "limit[macOsVersions]": limit_mac_os_versions,
            },
            maxima={"limit[macOsVersions]": 50},
            response_type=CiXcodeVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        fields_ci_xcode_versions: Sequence[_Enum0] | None = None,
        fields_ci_mac_os_versions: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_mac_os_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CiXcodeVersionsResponse, CiXcodeVersion]:
        """ciXcodeVersions_getCollection

        GET /v1/ciXcodeVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cixcodeversions
        """
        from ascapi.models.ci_xcode_versions_response import CiXcodeVersionsResponse

        return self._client._get_page(
            "/v1/ciXcodeVersions",
            params={
                "fields[ciXcodeVersions]": fields_ci_xcode_versions,
                "fields[ciMacOsVersions]": fields_ci_mac_os_versions,
                "limit": limit,
                "include": include,
                "limit[macOsVersions]": limit_mac_os_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[macOsVersions]": 50},
            response_type=CiXcodeVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class CiXcodeVersionsMacOsVersions(SyncAPIResource):
    """``client.ci_xcode_versions.mac_os_versions``: /v1/ciXcodeVersions"""

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
        CiXcodeVersionMacOsVersionsLinkagesResponse, CiXcodeVersionMacOsVersionsLinkagesResponseData
    ]:
        """ciXcodeVersions_macOsVersions_getToManyRelationship

        GET /v1/ciXcodeVersions/{id}/relationships/macOsVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cixcodeversions-_id_-relationships-macosversions
        """
        from ascapi.models.ci_xcode_version_mac_os_versions_linkages_response import (
            CiXcodeVersionMacOsVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciXcodeVersions/{id}/relationships/macOsVersions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiXcodeVersionMacOsVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_ci_mac_os_versions: Sequence[_Enum1] | None = None,
        fields_ci_xcode_versions: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_xcode_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CiMacOsVersionsResponse, CiMacOsVersion]:
        """ciXcodeVersions_macOsVersions_getToManyRelated

        GET /v1/ciXcodeVersions/{id}/macOsVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cixcodeversions-_id_-macosversions
        """
        from ascapi.models.ci_mac_os_versions_response import CiMacOsVersionsResponse

        return self._client._get_page(
            path("/v1/ciXcodeVersions/{id}/macOsVersions", id=id),
            params={
                "fields[ciMacOsVersions]": fields_ci_mac_os_versions,
                "fields[ciXcodeVersions]": fields_ci_xcode_versions,
                "limit": limit,
                "include": include,
                "limit[xcodeVersions]": limit_xcode_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[xcodeVersions]": 50},
            response_type=CiMacOsVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCiXcodeVersions(AsyncAPIResource):
    """``client.ci_xcode_versions``: /v1/ciXcodeVersions"""

    @cached_property
    def mac_os_versions(self) -> AsyncCiXcodeVersionsMacOsVersions:
        return AsyncCiXcodeVersionsMacOsVersions(self._client)

    async def get(
        self,
        id: str,
        *,
        fields_ci_xcode_versions: Sequence[_Enum0] | None = None,
        fields_ci_mac_os_versions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_mac_os_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiXcodeVersionResponse:
        """ciXcodeVersions_getInstance

        GET /v1/ciXcodeVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cixcodeversions-_id_
        """
        from ascapi.models.ci_xcode_version_response import CiXcodeVersionResponse

        return await self._client._call(
            "GET",
            path("/v1/ciXcodeVersions/{id}", id=id),
            params={
                "fields[ciXcodeVersions]": fields_ci_xcode_versions,
                "fields[ciMacOsVersions]": fields_ci_mac_os_versions,
                "include": include,
                "limit[macOsVersions]": limit_mac_os_versions,
            },
            maxima={"limit[macOsVersions]": 50},
            response_type=CiXcodeVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        fields_ci_xcode_versions: Sequence[_Enum0] | None = None,
        fields_ci_mac_os_versions: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_mac_os_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CiXcodeVersionsResponse, CiXcodeVersion]:
        """ciXcodeVersions_getCollection

        GET /v1/ciXcodeVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cixcodeversions
        """
        from ascapi.models.ci_xcode_versions_response import CiXcodeVersionsResponse

        return self._client._get_page(
            "/v1/ciXcodeVersions",
            params={
                "fields[ciXcodeVersions]": fields_ci_xcode_versions,
                "fields[ciMacOsVersions]": fields_ci_mac_os_versions,
                "limit": limit,
                "include": include,
                "limit[macOsVersions]": limit_mac_os_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[macOsVersions]": 50},
            response_type=CiXcodeVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCiXcodeVersionsMacOsVersions(AsyncAPIResource):
    """``client.ci_xcode_versions.mac_os_versions``: /v1/ciXcodeVersions"""

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
        CiXcodeVersionMacOsVersionsLinkagesResponse, CiXcodeVersionMacOsVersionsLinkagesResponseData
    ]:
        """ciXcodeVersions_macOsVersions_getToManyRelationship

        GET /v1/ciXcodeVersions/{id}/relationships/macOsVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cixcodeversions-_id_-relationships-macosversions
        """
        from ascapi.models.ci_xcode_version_mac_os_versions_linkages_response import (
            CiXcodeVersionMacOsVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/ciXcodeVersions/{id}/relationships/macOsVersions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=CiXcodeVersionMacOsVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_ci_mac_os_versions: Sequence[_Enum1] | None = None,
        fields_ci_xcode_versions: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_xcode_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CiMacOsVersionsResponse, CiMacOsVersion]:
        """ciXcodeVersions_macOsVersions_getToManyRelated

        GET /v1/ciXcodeVersions/{id}/macOsVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cixcodeversions-_id_-macosversions
        """
        from ascapi.models.ci_mac_os_versions_response import CiMacOsVersionsResponse

        return self._client._get_page(
            path("/v1/ciXcodeVersions/{id}/macOsVersions", id=id),
            params={
                "fields[ciMacOsVersions]": fields_ci_mac_os_versions,
                "fields[ciXcodeVersions]": fields_ci_xcode_versions,
                "limit": limit,
                "include": include,
                "limit[xcodeVersions]": limit_xcode_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[xcodeVersions]": 50},
            response_type=CiMacOsVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
