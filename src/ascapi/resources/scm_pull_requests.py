# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``scm_pull_requests`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.scm_pull_request_response import ScmPullRequestResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
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
    _Enum2 = Literal["repository"]


class ScmPullRequests(SyncAPIResource):
    """``client.scm_pull_requests``: /v1/scmPullRequests"""

    def get(
        self,
        id: str,
        *,
        fields_scm_pull_requests: Sequence[_Enum0] | None = None,
        fields_scm_repositories: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ScmPullRequestResponse:
        """scmPullRequests_getInstance

        GET /v1/scmPullRequests/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmpullrequests-_id_
        """
        from ascapi.models.scm_pull_request_response import ScmPullRequestResponse

        return self._client._call(
            "GET",
            path("/v1/scmPullRequests/{id}", id=id),
            params={
                "fields[scmPullRequests]": fields_scm_pull_requests,
                "fields[scmRepositories]": fields_scm_repositories,
                "include": include,
            },
            response_type=ScmPullRequestResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncScmPullRequests(AsyncAPIResource):
    """``client.scm_pull_requests``: /v1/scmPullRequests"""

    async def get(
        self,
        id: str,
        *,
        fields_scm_pull_requests: Sequence[_Enum0] | None = None,
        fields_scm_repositories: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ScmPullRequestResponse:
        """scmPullRequests_getInstance

        GET /v1/scmPullRequests/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmpullrequests-_id_
        """
        from ascapi.models.scm_pull_request_response import ScmPullRequestResponse

        return await self._client._call(
            "GET",
            path("/v1/scmPullRequests/{id}", id=id),
            params={
                "fields[scmPullRequests]": fields_scm_pull_requests,
                "fields[scmRepositories]": fields_scm_repositories,
                "include": include,
            },
            response_type=ScmPullRequestResponse,
            options=options(extra_headers, extra_query, timeout),
        )
