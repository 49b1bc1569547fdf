# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``alternative_distribution_package_versions`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.alternative_distribution_package_delta import (
        AlternativeDistributionPackageDelta,
    )
    from ascapi.models.alternative_distribution_package_deltas_response import (
        AlternativeDistributionPackageDeltasResponse,
    )
    from ascapi.models.alternative_distribution_package_variant import (
        AlternativeDistributionPackageVariant,
    )
    from ascapi.models.alternative_distribution_package_variants_response import (
        AlternativeDistributionPackageVariantsResponse,
    )
    from ascapi.models.alternative_distribution_package_version_deltas_linkages_response import (
        AlternativeDistributionPackageVersionDeltasLinkagesResponse,
        AlternativeDistributionPackageVersionDeltasLinkagesResponseData,
    )
    from ascapi.models.alternative_distribution_package_version_response import (
        AlternativeDistributionPackageVersionResponse,
    )
    from ascapi.models.alternative_distribution_package_version_variants_linkages_response import (
        AlternativeDistributionPackageVersionVariantsLinkagesResponse,
        AlternativeDistributionPackageVersionVariantsLinkagesResponseData,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "url",
        "urlExpirationDate",
        "version",
        "fileChecksum",
        "state",
        "variants",
        "deltas",
        "alternativeDistributionPackage",
    ]
    _Enum1 = Literal["url", "urlExpirationDate", "alternativeDistributionKeyBlob", "fileChecksum"]
    _Enum2 = Literal["sourceFileChecksum", "versions"]
    _Enum3 = Literal["variants", "deltas", "alternativeDistributionPackage"]


class AlternativeDistributionPackageVersions(SyncAPIResource):
    """``client.alternative_distribution_package_versions``: /v1/alternativeDistributionPackageVersions"""

    @cached_property
    def deltas(self) -> AlternativeDistributionPackageVersionsDeltas:
        return AlternativeDistributionPackageVersionsDeltas(self._client)

    @cached_property
    def variants(self) -> AlternativeDistributionPackageVersionsVariants:
        return AlternativeDistributionPackageVersionsVariants(self._client)

    def get(
        self,
        id: str,
        *,
        fields_alternative_distribution_package_versions: Sequence[_Enum0] | None = None,
        fields_alternative_distribution_package_variants: Sequence[_Enum1] | None = None,
        fields_alternative_distribution_package_deltas: Sequence[_Enum1] | None = None,
        fields_alternative_distribution_packages: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_deltas: int | None = None,
        limit_variants: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AlternativeDistributionPackageVersionResponse:
        """alternativeDistributionPackageVersions_getInstance

        GET /v1/alternativeDistributionPackageVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_
        """
        from ascapi.models.alternative_distribution_package_version_response import (
            AlternativeDistributionPackageVersionResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/alternativeDistributionPackageVersions/{id}", id=id),
            params={
                "fields[alternativeDistributionPackageVersions]": fields_alternative_distribution_package_versions,
                "fields[alternativeDistributionPackageVariants]": fields_alternative_distribution_package_variants,
                "fields[alternativeDistributionPackageDeltas]": fields_alternative_distribution_package_deltas,
                "fields[alternativeDistributionPackages]": fields_alternative_distribution_packages,
                "include": include,
                "limit[deltas]": limit_deltas,
                "limit[variants]": limit_variants,
            },
            maxima={"limit[deltas]": 50, "limit[variants]": 50},
            response_type=AlternativeDistributionPackageVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AlternativeDistributionPackageVersionsDeltas(SyncAPIResource):
    """``client.alternative_distribution_package_versions.deltas``: /v1/alternativeDistributionPackageVersions"""

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
        AlternativeDistributionPackageVersionDeltasLinkagesResponse,
        AlternativeDistributionPackageVersionDeltasLinkagesResponseData,
    ]:
        """alternativeDistributionPackageVersions_deltas_getToManyRelationship

        GET /v1/alternativeDistributionPackageVersions/{id}/relationships/deltas

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-relationships-deltas
        """
        from ascapi.models.alternative_distribution_package_version_deltas_linkages_response import (
            AlternativeDistributionPackageVersionDeltasLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/alternativeDistributionPackageVersions/{id}/relationships/deltas", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AlternativeDistributionPackageVersionDeltasLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_alternative_distribution_package_deltas: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AlternativeDistributionPackageDeltasResponse, AlternativeDistributionPackageDelta]:
        """alternativeDistributionPackageVersions_deltas_getToManyRelated

        GET /v1/alternativeDistributionPackageVersions/{id}/deltas

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-deltas
        """
        from ascapi.models.alternative_distribution_package_deltas_response import (
            AlternativeDistributionPackageDeltasResponse,
        )

        return self._client._get_page(
            path("/v1/alternativeDistributionPackageVersions/{id}/deltas", id=id),
            params={
                "fields[alternativeDistributionPackageDeltas]": fields_alternative_distribution_package_deltas,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AlternativeDistributionPackageDeltasResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AlternativeDistributionPackageVersionsVariants(SyncAPIResource):
    """``client.alternative_distribution_package_versions.variants``: /v1/alternativeDistributionPackageVersions"""

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
        AlternativeDistributionPackageVersionVariantsLinkagesResponse,
        AlternativeDistributionPackageVersionVariantsLinkagesResponseData,
    ]:
        """alternativeDistributionPackageVersions_variants_getToManyRelationship

        GET /v1/alternativeDistributionPackageVersions/{id}/relationships/variants

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-relationships-variants
        """
        from ascapi.models.alternative_distribution_package_version_variants_linkages_response import (
            AlternativeDistributionPackageVersionVariantsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/alternativeDistributionPackageVersions/{id}/relationships/variants", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AlternativeDistributionPackageVersionVariantsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_alternative_distribution_package_variants: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        AlternativeDistributionPackageVariantsResponse, AlternativeDistributionPackageVariant
    ]:
        """alternativeDistributionPackageVersions_variants_getToManyRelated

        GET /v1/alternativeDistributionPackageVersions/{id}/variants

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-variants
        """
        from ascapi.models.alternative_distribution_package_variants_response import (
            AlternativeDistributionPackageVariantsResponse,
        )

        return self._client._get_page(
            path("/v1/alternativeDistributionPackageVersions/{id}/variants", id=id),
            params={
                "fields[alternativeDistributionPackageVariants]": fields_alternative_distribution_package_variants,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AlternativeDistributionPackageVariantsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAlternativeDistributionPackageVersions(AsyncAPIResource):
    """``client.alternative_distribution_package_versions``: /v1/alternativeDistributionPackageVersions"""

    @cached_property
    def deltas(self) -> AsyncAlternativeDistributionPackageVersionsDeltas:
        return AsyncAlternativeDistributionPackageVersionsDeltas(self._client)

    @cached_property
    def variants(self) -> AsyncAlternativeDistributionPackageVersionsVariants:
        return AsyncAlternativeDistributionPackageVersionsVariants(self._client)

    async def get(
        self,
        id: str,
        *,
        fields_alternative_distribution_package_versions: Sequence[_Enum0] | None = None,
        fields_alternative_distribution_package_variants: Sequence[_Enum1] | None = None,
        fields_alternative_distribution_package_deltas: Sequence[_Enum1] | None = None,
        fields_alternative_distribution_packages: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_deltas: int | None = None,
        limit_variants: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AlternativeDistributionPackageVersionResponse:
        """alternativeDistributionPackageVersions_getInstance

        GET /v1/alternativeDistributionPackageVersions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_
        """
        from ascapi.models.alternative_distribution_package_version_response import (
            AlternativeDistributionPackageVersionResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/alternativeDistributionPackageVersions/{id}", id=id),
            params={
                "fields[alternativeDistributionPackageVersions]": fields_alternative_distribution_package_versions,
                "fields[alternativeDistributionPackageVariants]": fields_alternative_distribution_package_variants,
                "fields[alternativeDistributionPackageDeltas]": fields_alternative_distribution_package_deltas,
                "fields[alternativeDistributionPackages]": fields_alternative_distribution_packages,
                "include": include,
                "limit[deltas]": limit_deltas,
                "limit[variants]": limit_variants,
            },
            maxima={"limit[deltas]": 50, "limit[variants]": 50},
            response_type=AlternativeDistributionPackageVersionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAlternativeDistributionPackageVersionsDeltas(AsyncAPIResource):
    """``client.alternative_distribution_package_versions.deltas``: /v1/alternativeDistributionPackageVersions"""

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
        AlternativeDistributionPackageVersionDeltasLinkagesResponse,
        AlternativeDistributionPackageVersionDeltasLinkagesResponseData,
    ]:
        """alternativeDistributionPackageVersions_deltas_getToManyRelationship

        GET /v1/alternativeDistributionPackageVersions/{id}/relationships/deltas

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-relationships-deltas
        """
        from ascapi.models.alternative_distribution_package_version_deltas_linkages_response import (
            AlternativeDistributionPackageVersionDeltasLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/alternativeDistributionPackageVersions/{id}/relationships/deltas", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AlternativeDistributionPackageVersionDeltasLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_alternative_distribution_package_deltas: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        AlternativeDistributionPackageDeltasResponse, AlternativeDistributionPackageDelta
    ]:
        """alternativeDistributionPackageVersions_deltas_getToManyRelated

        GET /v1/alternativeDistributionPackageVersions/{id}/deltas

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-deltas
        """
        from ascapi.models.alternative_distribution_package_deltas_response import (
            AlternativeDistributionPackageDeltasResponse,
        )

        return self._client._get_page(
            path("/v1/alternativeDistributionPackageVersions/{id}/deltas", id=id),
            params={
                "fields[alternativeDistributionPackageDeltas]": fields_alternative_distribution_package_deltas,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AlternativeDistributionPackageDeltasResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAlternativeDistributionPackageVersionsVariants(AsyncAPIResource):
    """``client.alternative_distribution_package_versions.variants``: /v1/alternativeDistributionPackageVersions"""

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
        AlternativeDistributionPackageVersionVariantsLinkagesResponse,
        AlternativeDistributionPackageVersionVariantsLinkagesResponseData,
    ]:
        """alternativeDistributionPackageVersions_variants_getToManyRelationship

        GET /v1/alternativeDistributionPackageVersions/{id}/relationships/variants

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-relationships-variants
        """
        from ascapi.models.alternative_distribution_package_version_variants_linkages_response import (
            AlternativeDistributionPackageVersionVariantsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/alternativeDistributionPackageVersions/{id}/relationships/variants", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AlternativeDistributionPackageVersionVariantsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_alternative_distribution_package_variants: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        AlternativeDistributionPackageVariantsResponse, AlternativeDistributionPackageVariant
    ]:
        """alternativeDistributionPackageVersions_variants_getToManyRelated

        GET /v1/alternativeDistributionPackageVersions/{id}/variants

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_-variants
        """
        from ascapi.models.alternative_distribution_package_variants_response import (
            AlternativeDistributionPackageVariantsResponse,
        )

        return self._client._get_page(
            path("/v1/alternativeDistributionPackageVersions/{id}/variants", id=id),
            params={
                "fields[alternativeDistributionPackageVariants]": fields_alternative_distribution_package_variants,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AlternativeDistributionPackageVariantsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
