# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``scm_git_references`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.scm_git_reference_response import ScmGitReferenceResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["name", "canonicalName", "isDeleted", "kind", "repository"]
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


class ScmGitReferences(SyncAPIResource):
    """``client.scm_git_references``: /v1/scmGitReferences"""

    def get(
        self,
        id: str,
        *,
        fields_scm_git_references: Sequence[_Enum0] | None = None,
        fields_scm_repositories: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ScmGitReferenceResponse:
        """scmGitReferences_getInstance

        GET /v1/scmGitReferences/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmgitreferences-_id_
        """
        from ascapi.models.scm_git_reference_response import ScmGitReferenceResponse

        return self._client._call(
            "GET",
            path("/v1/scmGitReferences/{id}", id=id),
            params={
                "fields[scmGitReferences]": fields_scm_git_references,
                "fields[scmRepositories]": fields_scm_repositories,
                "include": include,
            },
            response_type=ScmGitReferenceResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncScmGitReferences(AsyncAPIResource):
    """``client.scm_git_references``: /v1/scmGitReferences"""

    async def get(
        self,
        id: str,
        *,
        fields_scm_git_references: Sequence[_Enum0] | None = None,
        fields_scm_repositories: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ScmGitReferenceResponse:
        """scmGitReferences_getInstance

        GET /v1/scmGitReferences/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmgitreferences-_id_
        """
        from ascapi.models.scm_git_reference_response import ScmGitReferenceResponse

        return await self._client._call(
            "GET",
            path("/v1/scmGitReferences/{id}", id=id),
            params={
                "fields[scmGitReferences]": fields_scm_git_references,
                "fields[scmRepositories]": fields_scm_repositories,
                "include": include,
            },
            response_type=ScmGitReferenceResponse,
            options=options(extra_headers, extra_query, timeout),
        )
