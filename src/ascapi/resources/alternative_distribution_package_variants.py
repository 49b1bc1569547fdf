# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``alternative_distribution_package_variants`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._types import NOT_GIVEN

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.alternative_distribution_package_variant_response import (
        AlternativeDistributionPackageVariantResponse,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["url", "urlExpirationDate", "alternativeDistributionKeyBlob", "fileChecksum"]


class AlternativeDistributionPackageVariants(SyncAPIResource):
    """``client.alternative_distribution_package_variants``: /v1/alternativeDistributionPackageVariants"""

    def get(
        self,
        id: str,
        *,
        fields_alternative_distribution_package_variants: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AlternativeDistributionPackageVariantResponse:
        """alternativeDistributionPackageVariants_getInstance

        GET /v1/alternativeDistributionPackageVariants/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackagevariants-_id_
        """
        from ascapi.models.alternative_distribution_package_variant_response import (
            AlternativeDistributionPackageVariantResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/alternativeDistributionPackageVariants/{id}", id=id),
            params={
                "fields[alternativeDistributionPackageVariants]": fields_alternative_distribution_package_variants
            },
            response_type=AlternativeDistributionPackageVariantResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAlternativeDistributionPackageVariants(AsyncAPIResource):
    """``client.alternative_distribution_package_variants``: /v1/alternativeDistributionPackageVariants"""

    async def get(
        self,
        id: str,
        *,
        fields_alternative_distribution_package_variants: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AlternativeDistributionPackageVariantResponse:
        """alternativeDistributionPackageVariants_getInstance

        GET /v1/alternativeDistributionPackageVariants/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackagevariants-_id_
        """
        from ascapi.models.alternative_distribution_package_variant_response import (
            AlternativeDistributionPackageVariantResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/alternativeDistributionPackageVariants/{id}", id=id),
            params={
                "fields[alternativeDistributionPackageVariants]": fields_alternative_distribution_package_variants
            },
            response_type=AlternativeDistributionPackageVariantResponse,
            options=options(extra_headers, extra_query, timeout),
        )
