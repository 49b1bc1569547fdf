# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``scm_providers`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.scm_provider import ScmProvider
    from ascapi.models.scm_provider_repositories_linkages_response import (
        ScmProviderRepositoriesLinkagesResponse,
        ScmProviderRepositoriesLinkagesResponseData,
    )
    from ascapi.models.scm_provider_response import ScmProviderResponse
    from ascapi.models.scm_providers_response import ScmProvidersResponse
    from ascapi.models.scm_repositories_response import ScmRepositoriesResponse
    from ascapi.models.scm_repository import ScmRepository
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["scmProviderType", "url", "repositories"]
    _Enum1 = Literal[
        "lastAccessedDate",
        "httpCloneUrl",
        "sshCloneUrl",
        "ownerName",
        "repositoryName",
        "scmProvider",
        "defaultBranch",
        "gitReferences",
        "pullRequests",
    ]
    _Enum2 = Literal["name", "canonicalName", "isDeleted", "kind", "repository"]
    _Enum3 = Literal["scmProvider", "defaultBranch"]


class ScmProviders(SyncAPIResource):
    """``client.scm_providers``: /v1/scmProviders"""

    @cached_property
    def repositories(self) -> ScmProvidersRepositories:
        return ScmProvidersRepositories(self._client)

    def get(
        self,
        id: str,
        *,
        fields_scm_providers: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ScmProviderResponse:
        """scmProviders_getInstance

        GET /v1/scmProviders/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders-_id_
        """
        from ascapi.models.scm_provider_response import ScmProviderResponse

        return self._client._call(
            "GET",
            path("/v1/scmProviders/{id}", id=id),
            params={"fields[scmProviders]": fields_scm_providers},
            response_type=ScmProviderResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        fields_scm_providers: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[ScmProvidersResponse, ScmProvider]:
        """scmProviders_getCollection

        GET /v1/scmProviders

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders
        """
        from ascapi.models.scm_providers_response import ScmProvidersResponse

        return self._client._get_page(
            "/v1/scmProviders",
            params={"fields[scmProviders]": fields_scm_providers, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=ScmProvidersResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class ScmProvidersRepositories(SyncAPIResource):
    """``client.scm_providers.repositories``: /v1/scmProviders"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[ScmProviderRepositoriesLinkagesResponse, ScmProviderRepositoriesLinkagesResponseData]:
        """scmProviders_repositories_getToManyRelationship

        GET /v1/scmProviders/{id}/relationships/repositories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders-_id_-relationships-repositories
        """
        from ascapi.models.scm_provider_repositories_linkages_response import (
            ScmProviderRepositoriesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/scmProviders/{id}/relationships/repositories", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=ScmProviderRepositoriesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_id: Sequence[str] | None = None,
        fields_scm_repositories: Sequence[_Enum1] | None = None,
        fields_scm_providers: Sequence[_Enum0] | None = None,
        fields_scm_git_references: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[ScmRepositoriesResponse, ScmRepository]:
        """scmProviders_repositories_getToManyRelated

        GET /v1/scmProviders/{id}/repositories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders-_id_-repositories
        """
        from ascapi.models.scm_repositories_response import ScmRepositoriesResponse

        return self._client._get_page(
            path("/v1/scmProviders/{id}/repositories", id=id),
            params={
                "filter[id]": filter_id,
                "fields[scmRepositories]": fields_scm_repositories,
                "fields[scmProviders]": fields_scm_providers,
                "fields[scmGitReferences]": fields_scm_git_references,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=ScmRepositoriesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncScmProviders(AsyncAPIResource):
    """``client.scm_providers``: /v1/scmProviders"""

    @cached_property
    def repositories(self) -> AsyncScmProvidersRepositories:
        return AsyncScmProvidersRepositories(self._client)

    async def get(
        self,
        id: str,
        *,
        fields_scm_providers: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ScmProviderResponse:
        """scmProviders_getInstance

        GET /v1/scmProviders/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders-_id_
        """
        from ascapi.models.scm_provider_response import ScmProviderResponse

        return await self._client._call(
            "GET",
            path("/v1/scmProviders/{id}", id=id),
            params={"fields[scmProviders]": fields_scm_providers},
            response_type=ScmProviderResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        fields_scm_providers: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ScmProvidersResponse, ScmProvider]:
        """scmProviders_getCollection

        GET /v1/scmProviders

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders
        """
        from ascapi.models.scm_providers_response import ScmProvidersResponse

        return self._client._get_page(
            "/v1/scmProviders",
            params={"fields[scmProviders]": fields_scm_providers, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=ScmProvidersResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncScmProvidersRepositories(AsyncAPIResource):
    """``client.scm_providers.repositories``: /v1/scmProviders"""

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
        ScmProviderRepositoriesLinkagesResponse, ScmProviderRepositoriesLinkagesResponseData
    ]:
        """scmProviders_repositories_getToManyRelationship

        GET /v1/scmProviders/{id}/relationships/repositories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders-_id_-relationships-repositories
        """
        from ascapi.models.scm_provider_repositories_linkages_response import (
            ScmProviderRepositoriesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/scmProviders/{id}/relationships/repositories", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=ScmProviderRepositoriesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_id: Sequence[str] | None = None,
        fields_scm_repositories: Sequence[_Enum1] | None = None,
        fields_scm_providers: Sequence[_Enum0] | None = None,
        fields_scm_git_references: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ScmRepositoriesResponse, ScmRepository]:
        """scmProviders_repositories_getToManyRelated

        GET /v1/scmProviders/{id}/repositories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmproviders-_id_-repositories
        """
        from ascapi.models.scm_repositories_response import ScmRepositoriesResponse

        return self._client._get_page(
            path("/v1/scmProviders/{id}/repositories", id=id),
            params={
                "filter[id]": filter_id,
                "fields[scmRepositories]": fields_scm_repositories,
                "fields[scmProviders]": fields_scm_providers,
                "fields[scmGitReferences]": fields_scm_git_references,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=ScmRepositoriesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
