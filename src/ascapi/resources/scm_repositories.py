# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``scm_repositories`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.scm_git_reference import ScmGitReference
    from ascapi.models.scm_git_references_response import ScmGitReferencesResponse
    from ascapi.models.scm_pull_request import ScmPullRequest
    from ascapi.models.scm_pull_requests_response import ScmPullRequestsResponse
    from ascapi.models.scm_repositories_response import ScmRepositoriesResponse
    from ascapi.models.scm_repository import ScmRepository
    from ascapi.models.scm_repository_git_references_linkages_response import (
        ScmRepositoryGitReferencesLinkagesResponse,
        ScmRepositoryGitReferencesLinkagesResponseData,
    )
    from ascapi.models.scm_repository_pull_requests_linkages_response import (
        ScmRepositoryPullRequestsLinkagesResponse,
        ScmRepositoryPullRequestsLinkagesResponseData,
    )
    from ascapi.models.scm_repository_response import ScmRepositoryResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
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
    _Enum1 = Literal["scmProviderType", "url", "repositories"]
    _Enum2 = Literal["name", "canonicalName", "isDeleted", "kind", "repository"]
    _Enum3 = Literal["scmProvider", "defaultBranch"]
    _Enum4 = Literal["repository"]
    _Enum5 = Literal[
        "title",
        "number",
        "webUrl",
        "sourceRepositoryOwner",
        "sourceRepositoryName",
        "sourceBranchName",
        "destinationRepositoryOwner",
        "destinationRepositoryName",
        "destinationBranchName",
        "isClosed",
        "isCrossRepository",
        "repository",
    ]


class ScmRepositories(SyncAPIResource):
    """``client.scm_repositories``: /v1/scmRepositories"""

    @cached_property
    def git_references(self) -> ScmRepositoriesGitReferences:
        return ScmRepositoriesGitReferences(self._client)

    @cached_property
    def pull_requests(self) -> ScmRepositoriesPullRequests:
        return ScmRepositoriesPullRequests(self._client)

    def get(
        self,
        id: str,
        *,
        fields_scm_repositories: Sequence[_Enum0] | None = None,
        fields_scm_providers: Sequence[_Enum1] | None = None,
        fields_scm_git_references: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ScmRepositoryResponse:
        """scmRepositories_getInstance

        GET /v1/scmRepositories/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_
        """
        from ascapi.models.scm_repository_response import ScmRepositoryResponse

        return self._client._call(
            "GET",
            path("/v1/scmRepositories/{id}", id=id),
            params={
                "fields[scmRepositories]": fields_scm_repositories,
                "fields[scmProviders]": fields_scm_providers,
                "fields[scmGitReferences]": fields_scm_git_references,
                "include": include,
            },
            response_type=ScmRepositoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_id: Sequence[str] | None = None,
        fields_scm_repositories: Sequence[_Enum0] | None = None,
        fields_scm_providers: Sequence[_Enum1] | None = None,
        fields_scm_git_references: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[ScmRepositoriesResponse, ScmRepository]:
        """scmRepositories_getCollection

        GET /v1/scmRepositories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories
        """
        from ascapi.models.scm_repositories_response import ScmRepositoriesResponse

        return self._client._get_page(
            "/v1/scmRepositories",
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


class ScmRepositoriesGitReferences(SyncAPIResource):
    """``client.scm_repositories.git_references``: /v1/scmRepositories"""

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
        ScmRepositoryGitReferencesLinkagesResponse, ScmRepositoryGitReferencesLinkagesResponseData
    ]:
        """scmRepositories_gitReferences_getToManyRelationship

        GET /v1/scmRepositories/{id}/relationships/gitReferences

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-relationships-gitreferences
        """
        from ascapi.models.scm_repository_git_references_linkages_response import (
            ScmRepositoryGitReferencesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/scmRepositories/{id}/relationships/gitReferences", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=ScmRepositoryGitReferencesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_scm_git_references: Sequence[_Enum2] | None = None,
        fields_scm_repositories: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[ScmGitReferencesResponse, ScmGitReference]:
        """scmRepositories_gitReferences_getToManyRelated

        GET /v1/scmRepositories/{id}/gitReferences

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-gitreferences
        """
        from ascapi.models.scm_git_references_response import ScmGitReferencesResponse

        return self._client._get_page(
            path("/v1/scmRepositories/{id}/gitReferences", id=id),
            params={
                "fields[scmGitReferences]": fields_scm_git_references,
                "fields[scmRepositories]": fields_scm_repositories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=ScmGitReferencesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class ScmRepositoriesPullRequests(SyncAPIResource):
    """``client.scm_repositories.pull_requests``: /v1/scmRepositories"""

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
        ScmRepositoryPullRequestsLinkagesResponse, ScmRepositoryPullRequestsLinkagesResponseData
    ]:
        """scmRepositories_pullRequests_getToManyRelationship

        GET /v1/scmRepositories/{id}/relationships/pullRequests

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-relationships-pullrequests
        """
        from ascapi.models.scm_repository_pull_requests_linkages_response import (
            ScmRepositoryPullRequestsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/scmRepositories/{id}/relationships/pullRequests", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=ScmRepositoryPullRequestsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_scm_pull_requests: Sequence[_Enum5] | None = None,
        fields_scm_repositories: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[ScmPullRequestsResponse, ScmPullRequest]:
        """scmRepositories_pullRequests_getToManyRelated

        GET /v1/scmRepositories/{id}/pullRequests

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-pullrequests
        """
        from ascapi.models.scm_pull_requests_response import ScmPullRequestsResponse

        return self._client._get_page(
            path("/v1/scmRepositories/{id}/pullRequests", id=id),
            params={
                "fields[scmPullRequests]": fields_scm_pull_requests,
                "fields[scmRepositories]": fields_scm_repositories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=ScmPullRequestsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncScmRepositories(AsyncAPIResource):
    """``client.scm_repositories``: /v1/scmRepositories"""

    @cached_property
    def git_references(self) -> AsyncScmRepositoriesGitReferences:
        return AsyncScmRepositoriesGitReferences(self._client)

    @cached_property
    def pull_requests(self) -> AsyncScmRepositoriesPullRequests:
        return AsyncScmRepositoriesPullRequests(self._client)

    async def get(
        self,
        id: str,
        *,
        fields_scm_repositories: Sequence[_Enum0] | None = None,
        fields_scm_providers: Sequence[_Enum1] | None = None,
        fields_scm_git_references: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ScmRepositoryResponse:
        """scmRepositories_getInstance

        GET /v1/scmRepositories/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_
        """
        from ascapi.models.scm_repository_response import ScmRepositoryResponse

        return await self._client._call(
            "GET",
            path("/v1/scmRepositories/{id}", id=id),
            params={
                "fields[scmRepositories]": fields_scm_repositories,
                "fields[scmProviders]": fields_scm_providers,
                "fields[scmGitReferences]": fields_scm_git_references,
                "include": include,
            },
            response_type=ScmRepositoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_id: Sequence[str] | None = None,
        fields_scm_repositories: Sequence[_Enum0] | None = None,
        fields_scm_providers: Sequence[_Enum1] | None = None,
        fields_scm_git_references: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ScmRepositoriesResponse, ScmRepository]:
        """scmRepositories_getCollection

        GET /v1/scmRepositories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories
        """
        from ascapi.models.scm_repositories_response import ScmRepositoriesResponse

        return self._client._get_page(
            "/v1/scmRepositories",
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


class AsyncScmRepositoriesGitReferences(AsyncAPIResource):
    """``client.scm_repositories.git_references``: /v1/scmRepositories"""

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
        ScmRepositoryGitReferencesLinkagesResponse, ScmRepositoryGitReferencesLinkagesResponseData
    ]:
        """scmRepositories_gitReferences_getToManyRelationship

        GET /v1/scmRepositories/{id}/relationships/gitReferences

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-relationships-gitreferences
        """
        from ascapi.models.scm_repository_git_references_linkages_response import (
            ScmRepositoryGitReferencesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/scmRepositories/{id}/relationships/gitReferences", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=ScmRepositoryGitReferencesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_scm_git_references: Sequence[_Enum2] | None = None,
        fields_scm_repositories: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ScmGitReferencesResponse, ScmGitReference]:
        """scmRepositories_gitReferences_getToManyRelated

        GET /v1/scmRepositories/{id}/gitReferences

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-gitreferences
        """
        from ascapi.models.scm_git_references_response import ScmGitReferencesResponse

        return self._client._get_page(
            path("/v1/scmRepositories/{id}/gitReferences", id=id),
            params={
                "fields[scmGitReferences]": fields_scm_git_references,
                "fields[scmRepositories]": fields_scm_repositories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=ScmGitReferencesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncScmRepositoriesPullRequests(AsyncAPIResource):
    """``client.scm_repositories.pull_requests``: /v1/scmRepositories"""

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
        ScmRepositoryPullRequestsLinkagesResponse, ScmRepositoryPullRequestsLinkagesResponseData
    ]:
        """scmRepositories_pullRequests_getToManyRelationship

        GET /v1/scmRepositories/{id}/relationships/pullRequests

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-relationships-pullrequests
        """
        from ascapi.models.scm_repository_pull_requests_linkages_response import (
            ScmRepositoryPullRequestsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/scmRepositories/{id}/relationships/pullRequests", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=ScmRepositoryPullRequestsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_scm_pull_requests: Sequence[_Enum5] | None = None,
        fields_scm_repositories: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ScmPullRequestsResponse, ScmPullRequest]:
        """scmRepositories_pullRequests_getToManyRelated

        GET /v1/scmRepositories/{id}/pullRequests

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories-_id_-pullrequests
        """
        from ascapi.models.scm_pull_requests_response import ScmPullRequestsResponse

        return self._client._get_page(
            path("/v1/scmRepositories/{id}/pullRequests", id=id),
            params={
                "fields[scmPullRequests]": fields_scm_pull_requests,
                "fields[scmRepositories]": fields_scm_repositories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=ScmPullRequestsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
