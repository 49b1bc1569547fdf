# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``alternative_distribution_packages`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.alternative_distribution_package_create_request import (
        AlternativeDistributionPackageCreateRequest,
    )
    from ascapi.models.alternative_distribution_package_response import (
        AlternativeDistributionPackageResponse,
    )
    from ascapi.models.alternative_distribution_package_version import (
        AlternativeDistributionPackageVersion,
    )
    from ascapi.models.alternative_distribution_package_versions_linkages_response import (
        AlternativeDistributionPackageVersionsLinkagesResponse,
        AlternativeDistributionPackageVersionsLinkagesResponseData,
    )
    from ascapi.models.alternative_distribution_package_versions_response import (
        AlternativeDistributionPackageVersionsResponse,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["sourceFileChecksum", "versions"]
    _Enum1 = Literal[
        "url",
        "urlExpirationDate",
        "version",
        "fileChecksum",
        "state",
        "variants",
        "deltas",
        "alternativeDistributionPackage",
    ]
    _Enum2 = Literal["versions"]
    _Enum3 = Literal["COMPLETED", "REPLACED"]
    _Enum4 = Literal["url", "urlExpirationDate", "alternativeDistributionKeyBlob", "fileChecksum"]
    _Enum5 = Literal["variants", "deltas", "alternativeDistributionPackage"]


class AlternativeDistributionPackages(SyncAPIResource):
    """``client.alternative_distribution_packages``: /v1/alternativeDistributionPackages"""

    @cached_property
    def versions(self) -> AlternativeDistributionPackagesVersions:
        return AlternativeDistributionPackagesVersions(self._client)

    def create(
        self,
        *,
        body: AlternativeDistributionPackageCreateRequest | Mapping[str, Any] | None = None,
        app_store_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AlternativeDistributionPackageResponse:
        """alternativeDistributionPackages_createInstance

        POST /v1/alternativeDistributionPackages

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-alternativedistributionpackages
        """
        from ascapi.models.alternative_distribution_package_response import (
            AlternativeDistributionPackageResponse,
        )

        body = _support.document(
            body,
            app_store_version is not UNSET,
            "alternativeDistributionPackages",
            None,
            {},
            {"appStoreVersion": ("appStoreVersions", False, app_store_version)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/alternativeDistributionPackages",
            body=body,
            response_type=AlternativeDistributionPackageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_alternative_distribution_packages: Sequence[_Enum0] | None = None,
        fields_alternative_distribution_package_versions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AlternativeDistributionPackageResponse:
        """alternativeDistributionPackages_getInstance

        GET /v1/alternativeDistributionPackages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackages-_id_
        """
        from ascapi.models.alternative_distribution_package_response import (
            AlternativeDistributionPackageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/alternativeDistributionPackages/{id}", id=id),
            params={
                "fields[alternativeDistributionPackages]": fields_alternative_distribution_packages,
                "fields[alternativeDistributionPackageVersions]": fields_alternative_distribution_package_versions,
                "include": include,
                "limit[versions]": limit_versions,
            },
            maxima={"limit[versions]": 50},
            response_type=AlternativeDistributionPackageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AlternativeDistributionPackagesVersions(SyncAPIResource):
    """``client.alternative_distribution_packages.versions``: /v1/alternativeDistributionPackages"""

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
        AlternativeDistributionPackageVersionsLinkagesResponse,
        AlternativeDistributionPackageVersionsLinkagesResponseData,
    ]:
        """alternativeDistributionPackages_versions_getToManyRelationship

        GET /v1/alternativeDistributionPackages/{id}/relationships/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackages-_id_-relationships-versions
        """
        from ascapi.models.alternative_distribution_package_versions_linkages_response import (
            AlternativeDistributionPackageVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/alternativeDistributionPackages/{id}/relationships/versions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AlternativeDistributionPackageVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_state: Sequence[_Enum3] | None = None,
        fields_alternative_distribution_package_versions: Sequence[_Enum1] | None = None,
        fields_alternative_distribution_package_variants: Sequence[_Enum4] | None = None,
        fields_alternative_distribution_package_deltas: Sequence[_Enum4] | None = None,
        fields_alternative_distribution_packages: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_variants: int | None = None,
        limit_deltas: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        AlternativeDistributionPackageVersionsResponse, AlternativeDistributionPackageVersion
    ]:
        """alternativeDistributionPackages_versions_getToManyRelated

        GET /v1/alternativeDistributionPackages/{id}/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackages-_id_-versions
        """
        from ascapi.models.alternative_distribution_package_versions_response import (
            AlternativeDistributionPackageVersionsResponse,
        )

        return self._client._get_page(
            path("/v1/alternativeDistributionPackages/{id}/versions", id=id),
            params={
                "filter[state]": filter_state,
                "fields[alternativeDistributionPackageVersions]": fields_alternative_distribution_package_versions,
                "fields[alternativeDistributionPackageVariants]": fields_alternative_distribution_package_variants,
                "fields[alternativeDistributionPackageDeltas]": fields_alternative_distribution_package_deltas,
                "fields[alternativeDistributionPackages]": fields_alternative_distribution_packages,
                "limit": limit,
                "include": include,
                "limit[variants]": limit_variants,
                "limit[deltas]": limit_deltas,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[variants]": 50, "limit[deltas]": 50},
            response_type=AlternativeDistributionPackageVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAlternativeDistributionPackages(AsyncAPIResource):
    """``client.alternative_distribution_packages``: /v1/alternativeDistributionPackages"""

    @cached_property
    def versions(self) -> AsyncAlternativeDistributionPackagesVersions:
        return AsyncAlternativeDistributionPackagesVersions(self._client)

    async def create(
        self,
        *,
        body: AlternativeDistributionPackageCreateRequest | Mapping[str, Any] | None = None,
        app_store_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AlternativeDistributionPackageResponse:
        """alternativeDistributionPackages_createInstance

        POST /v1/alternativeDistributionPackages

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-alternativedistributionpackages
        """
        from ascapi.models.alternative_distribution_package_response import (
            AlternativeDistributionPackageResponse,
        )

        body = _support.document(
            body,
            app_store_version is not UNSET,
            "alternativeDistributionPackages",
            None,
            {},
            {"appStoreVersion": ("appStoreVersions", False, app_store_version)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/alternativeDistributionPackages",
            body=body,
            response_type=AlternativeDistributionPackageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_alternative_distribution_packages: Sequence[_Enum0] | None = None,
        fields_alternative_distribution_package_versions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AlternativeDistributionPackageResponse:
        """alternativeDistributionPackages_getInstance

        GET /v1/alternativeDistributionPackages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackages-_id_
        """
        from ascapi.models.alternative_distribution_package_response import (
            AlternativeDistributionPackageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/alternativeDistributionPackages/{id}", id=id),
            params={
                "fields[alternativeDistributionPackages]": fields_alternative_distribution_packages,
                "fields[alternativeDistributionPackageVersions]": fields_alternative_distribution_package_versions,
                "include": include,
                "limit[versions]": limit_versions,
            },
            maxima={"limit[versions]": 50},
            response_type=AlternativeDistributionPackageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAlternativeDistributionPackagesVersions(AsyncAPIResource):
    """``client.alternative_distribution_packages.versions``: /v1/alternativeDistributionPackages"""

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
        AlternativeDistributionPackageVersionsLinkagesResponse,
        AlternativeDistributionPackageVersionsLinkagesResponseData,
    ]:
        """alternativeDistributionPackages_versions_getToManyRelationship

        GET /v1/alternativeDistributionPackages/{id}/relationships/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackages-_id_-relationships-versions
        """
        from ascapi.models.alternative_distribution_package_versions_linkages_response import (
            AlternativeDistributionPackageVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/alternativeDistributionPackages/{id}/relationships/versions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AlternativeDistributionPackageVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_state: Sequence[_Enum3] | None = None,
        fields_alternative_distribution_package_versions: Sequence[_Enum1] | None = None,
        fields_alternative_distribution_package_variants: Sequence[_Enum4] | None = None,
        fields_alternative_distribution_package_deltas: Sequence[_Enum4] | None = None,
        fields_alternative_distribution_packages: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_variants: int | None = None,
        limit_deltas: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        AlternativeDistributionPackageVersionsResponse, AlternativeDistributionPackageVersion
    ]:
        """alternativeDistributionPackages_versions_getToManyRelated

        GET /v1/alternativeDistributionPackages/{id}/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackages-_id_-versions
        """
        from ascapi.models.alternative_distribution_package_versions_response import (
            AlternativeDistributionPackageVersionsResponse,
        )

        return self._client._get_page(
            path("/v1/alternativeDistributionPackages/{id}/versions", id=id),
            params={
                "filter[state]": filter_state,
                "fields[alternativeDistributionPackageVersions]": fields_alternative_distribution_package_versions,
                "fields[alternativeDistributionPackageVariants]": fields_alternative_distribution_package_variants,
                "fields[alternativeDistributionPackageDeltas]": fields_alternative_distribution_package_deltas,
                "fields[alternativeDistributionPackages]": fields_alternative_distribution_packages,
                "limit": limit,
                "include": include,
                "limit[variants]": limit_variants,
                "limit[deltas]": limit_deltas,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[variants]": 50, "limit[deltas]": 50},
            response_type=AlternativeDistributionPackageVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
