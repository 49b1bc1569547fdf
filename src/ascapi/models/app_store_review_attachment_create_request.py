# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "AppStoreReviewAttachmentCreateRequest",
    "AppStoreReviewAttachmentCreateRequestData",
    "AppStoreReviewAttachmentCreateRequestDataAttributes",
    "AppStoreReviewAttachmentCreateRequestDataRelationships",
    "AppStoreReviewAttachmentCreateRequestDataRelationshipsAppStoreReviewDetail",
    "AppStoreReviewAttachmentCreateRequestDataRelationshipsAppStoreReviewDetailData",
]

_E0 = frozenset({"appStoreReviewAttachments"})
_E1 = frozenset({"appStoreReviewDetails"})


class AppStoreReviewAttachmentCreateRequest(Model):
    data: AppStoreReviewAttachmentCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreReviewAttachmentCreateRequestData(Model):
    type: _L["appStoreReviewAttachments"] | str | None | UnsetType = UNSET
    attributes: AppStoreReviewAttachmentCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppStoreReviewAttachmentCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppStoreReviewAttachmentCreateRequestDataAttributes(Model):
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    __ascapi_required__ = frozenset({"file_name", "file_size"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreReviewAttachmentCreateRequestDataRelationships(Model):
    app_store_review_detail: (
        AppStoreReviewAttachmentCreateRequestDataRelationshipsAppStoreReviewDetail
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreReviewDetail")
    __ascapi_required__ = frozenset({"app_store_review_detail"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreReviewAttachmentCreateRequestDataRelationshipsAppStoreReviewDetail(Model):
    data: (
        AppStoreReviewAttachmentCreateRequestDataRelationshipsAppStoreReviewDetailData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreReviewAttachmentCreateRequestDataRelationshipsAppStoreReviewDetailData(Model):
    type: _L["appStoreReviewDetails"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
