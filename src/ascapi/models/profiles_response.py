# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation
from ascapi.models.profile import Profile

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.bundle_id import BundleId
    from ascapi.models.certificate import Certificate
    from ascapi.models.device import Device

    _Included = BundleId | Certificate | Device | Resource
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "bundleIds": "ascapi.models.bundle_id:BundleId",
            "certificates": "ascapi.models.certificate:Certificate",
            "devices": "ascapi.models.device:Device",
        }
    )

__all__ = ["ProfilesResponse"]


class ProfilesResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[Profile]
    else:
        data: list[Profile] | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: PagedDocumentLinks
    else:
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
