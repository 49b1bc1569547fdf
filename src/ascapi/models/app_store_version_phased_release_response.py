# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Model, UnsetType
from ascapi.models.app_store_version_phased_release import AppStoreVersionPhasedRelease
from ascapi.models.document_links import DocumentLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["AppStoreVersionPhasedReleaseResponse"]


class AppStoreVersionPhasedReleaseResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: AppStoreVersionPhasedRelease
        links: DocumentLinks
    else:
        data: AppStoreVersionPhasedRelease | None | UnsetType = UNSET
        links: DocumentLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
