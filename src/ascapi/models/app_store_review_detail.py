# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "AppStoreReviewDetail",
    "AppStoreReviewDetailAttributes",
    "AppStoreReviewDetailRelationships",
    "AppStoreReviewDetailRelationshipsAppStoreVersion",
    "AppStoreReviewDetailRelationshipsAppStoreVersionData",
    "AppStoreReviewDetailRelationshipsAppStoreReviewAttachments",
    "AppStoreReviewDetailRelationshipsAppStoreReviewAttachmentsData",
]

_E0 = frozenset({"appStoreReviewDetails"})
_E1 = frozenset({"appStoreVersions"})
_E2 = frozenset({"appStoreReviewAttachments"})


class AppStoreReviewDetail(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreReviewDetails"] | str
        id: str
    else:
        type: _L["appStoreReviewDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppStoreReviewDetailAttributes | None | UnsetType = UNSET
    relationships: AppStoreReviewDetailRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppStoreReviewDetailAttributes(Model):
    contact_first_name: str | None | UnsetType = msgspec.field(
        default=UNSET, name="contactFirstName"
    )
    contact_last_name: str | None | UnsetType = msgspec.field(default=UNSET, name="contactLastName")
    contact_phone: str | None | UnsetType = msgspec.field(default=UNSET, name="contactPhone")
    contact_email: str | None | UnsetType = msgspec.field(default=UNSET, name="contactEmail")
    demo_account_name: str | None | UnsetType = msgspec.field(default=UNSET, name="demoAccountName")
    demo_account_password: str | None | UnsetType = msgspec.field(
        default=UNSET, name="demoAccountPassword"
    )
    demo_account_required: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="demoAccountRequired"
    )
    notes: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreReviewDetailRelationships(Model):
    app_store_version: AppStoreReviewDetailRelationshipsAppStoreVersion | None | UnsetType = (
        msgspec.field(default=UNSET, name="appStoreVersion")
    )
    app_store_review_attachments: (
        AppStoreReviewDetailRelationshipsAppStoreReviewAttachments | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreReviewAttachments")
    __ascapi_nullable__ = frozenset[str]()


class AppStoreReviewDetailRelationshipsAppStoreVersion(Model):
    data: AppStoreReviewDetailRelationshipsAppStoreVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreReviewDetailRelationshipsAppStoreVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersions"] | str
        id: str
    else:
        type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class AppStoreReviewDetailRelationshipsAppStoreReviewAttachments(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[AppStoreReviewDetailRelationshipsAppStoreReviewAttachmentsData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreReviewDetailRelationshipsAppStoreReviewAttachmentsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreReviewAttachments"] | str
        id: str
    else:
        type: _L["appStoreReviewAttachments"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
