# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.ci_build_run import CiBuildRun
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.build import Build
    from ascapi.models.ci_product import CiProduct
    from ascapi.models.ci_workflow import CiWorkflow
    from ascapi.models.scm_git_reference import ScmGitReference
    from ascapi.models.scm_pull_request import ScmPullRequest

    _Included = Build | CiProduct | CiWorkflow | ScmGitReference | ScmPullRequest | Resource
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "builds": "ascapi.models.build:Build",
            "ciProducts": "ascapi.models.ci_product:CiProduct",
            "ciWorkflows": "ascapi.models.ci_workflow:CiWorkflow",
            "scmGitReferences": "ascapi.models.scm_git_reference:ScmGitReference",
            "scmPullRequests": "ascapi.models.scm_pull_request:ScmPullRequest",
        }
    )

__all__ = ["CiBuildRunsResponse"]


class CiBuildRunsResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[CiBuildRun]
    else:
        data: list[CiBuildRun] | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: PagedDocumentLinks
    else:
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
