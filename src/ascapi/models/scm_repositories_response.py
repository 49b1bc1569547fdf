# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation
from ascapi.models.scm_repository import ScmRepository

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.scm_git_reference import ScmGitReference
    from ascapi.models.scm_provider import ScmProvider

    _Included = ScmGitReference | ScmProvider | Resource
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "scmGitReferences": "ascapi.models.scm_git_reference:ScmGitReference",
            "scmProviders": "ascapi.models.scm_provider:ScmProvider",
        }
    )

__all__ = ["ScmRepositoriesResponse"]


class ScmRepositoriesResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[ScmRepository]
    else:
        data: list[ScmRepository] | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: PagedDocumentLinks
    else:
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
