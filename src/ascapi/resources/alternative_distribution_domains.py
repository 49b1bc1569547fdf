# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``alternative_distribution_domains`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.alternative_distribution_domain import AlternativeDistributionDomain
    from ascapi.models.alternative_distribution_domain_create_request import (
        AlternativeDistributionDomainCreateRequest,
    )
    from ascapi.models.alternative_distribution_domain_response import (
        AlternativeDistributionDomainResponse,
    )
    from ascapi.models.alternative_distribution_domains_response import (
        AlternativeDistributionDomainsResponse,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["domain", "referenceName", "createdDate"]


class AlternativeDistributionDomains(SyncAPIResource):
    """``client.alternative_distribution_domains``: /v1/alternativeDistributionDomains"""

    def create(
        self,
        *,
        body: AlternativeDistributionDomainCreateRequest | Mapping[str, Any] | None = None,
        domain: str | None | UnsetType = UNSET,
        reference_name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AlternativeDistributionDomainResponse:
        """alternativeDistributionDomains_createInstance

        POST /v1/alternativeDistributionDomains

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-alternativedistributiondomains
        """
        from ascapi.models.alternative_distribution_domain_response import (
            AlternativeDistributionDomainResponse,
        )

        body = _support.document(
            body,
            domain is not UNSET or reference_name is not UNSET,
            "alternativeDistributionDomains",
            None,
            {"domain": domain, "referenceName": reference_name},
            {},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/alternativeDistributionDomains",
            body=body,
            response_type=AlternativeDistributionDomainResponse,
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
        """alternativeDistributionDomains_deleteInstance

        DELETE /v1/alternativeDistributionDomains/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-alternativedistributiondomains-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/alternativeDistributionDomains/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_alternative_distribution_domains: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AlternativeDistributionDomainResponse:
        """alternativeDistributionDomains_getInstance

        GET /v1/alternativeDistributionDomains/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributiondomains-_id_
        """
        from ascapi.models.alternative_distribution_domain_response import (
            AlternativeDistributionDomainResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/alternativeDistributionDomains/{id}", id=id),
            params={
                "fields[alternativeDistributionDomains]": fields_alternative_distribution_domains
            },
            response_type=AlternativeDistributionDomainResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        fields_alternative_distribution_domains: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AlternativeDistributionDomainsResponse, AlternativeDistributionDomain]:
        """alternativeDistributionDomains_getCollection

        GET /v1/alternativeDistributionDomains

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributiondomains
        """
        from ascapi.models.alternative_distribution_domains_response import (
            AlternativeDistributionDomainsResponse,
        )

        return self._client._get_page(
            "/v1/alternativeDistributionDomains",
            params={
                "fields[alternativeDistributionDomains]": fields_alternative_distribution_domains,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AlternativeDistributionDomainsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAlternativeDistributionDomains(AsyncAPIResource):
    """``client.alternative_distribution_domains``: /v1/alternativeDistributionDomains"""

    async def create(
        self,
        *,
        body: AlternativeDistributionDomainCreateRequest | Mapping[str, Any] | None = None,
        domain: str | None | UnsetType = UNSET,
        reference_name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AlternativeDistributionDomainResponse:
        """alternativeDistributionDomains_createInstance

        POST /v1/alternativeDistributionDomains

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-alternativedistributiondomains
        """
        from ascapi.models.alternative_distribution_domain_response import (
            AlternativeDistributionDomainResponse,
        )

        body = _support.document(
            body,
            domain is not UNSET or reference_name is not UNSET,
            "alternativeDistributionDomains",
            None,
            {"domain": domain, "referenceName": reference_name},
            {},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/alternativeDistributionDomains",
            body=body,
            response_type=AlternativeDistributionDomainResponse,
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
        """alternativeDistributionDomains_deleteInstance

        DELETE /v1/alternativeDistributionDomains/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-alternativedistributiondomains-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/alternativeDistributionDomains/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_alternative_distribution_domains: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AlternativeDistributionDomainResponse:
        """alternativeDistributionDomains_getInstance

        GET /v1/alternativeDistributionDomains/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributiondomains-_id_
        """
        from ascapi.models.alternative_distribution_domain_response import (
            AlternativeDistributionDomainResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/alternativeDistributionDomains/{id}", id=id),
            params={
                "fields[alternativeDistributionDomains]": fields_alternative_distribution_domains
            },
            response_type=AlternativeDistributionDomainResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        fields_alternative_distribution_domains: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AlternativeDistributionDomainsResponse, AlternativeDistributionDomain]:
        """alternativeDistributionDomains_getCollection

        GET /v1/alternativeDistributionDomains

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributiondomains
        """
        from ascapi.models.alternative_distribution_domains_response import (
            AlternativeDistributionDomainsResponse,
        )

        return self._client._get_page(
            "/v1/alternativeDistributionDomains",
            params={
                "fields[alternativeDistributionDomains]": fields_alternative_distribution_domains,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AlternativeDistributionDomainsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
