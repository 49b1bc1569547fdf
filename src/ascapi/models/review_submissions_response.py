# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation
from ascapi.models.review_submission import ReviewSubmission

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.actor import Actor
    from ascapi.models.app import App
    from ascapi.models.app_store_version import AppStoreVersion
    from ascapi.models.review_submission_item import ReviewSubmissionItem

    _Included = Actor | App | AppStoreVersion | ReviewSubmissionItem | Resource
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "actors": "ascapi.models.actor:Actor",
            "appStoreVersions": "ascapi.models.app_store_version:AppStoreVersion",
            "apps": "ascapi.models.app:App",
            "reviewSubmissionItems": "ascapi.models.review_submission_item:ReviewSubmissionItem",
        }
    )

__all__ = ["ReviewSubmissionsResponse"]


class ReviewSubmissionsResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[ReviewSubmission]
    else:
        data: list[ReviewSubmission] | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: PagedDocumentLinks
    else:
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
