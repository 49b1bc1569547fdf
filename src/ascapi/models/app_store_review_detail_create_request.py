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
    "AppStoreReviewDetailCreateRequest",
    "AppStoreReviewDetailCreateRequestData",
    "AppStoreReviewDetailCreateRequestDataAttributes",
    "AppStoreReviewDetailCreateRequestDataRelationships",
    "AppStoreReviewDetailCreateRequestDataRelationshipsAppStoreVersion",
    "AppStoreReviewDetailCreateRequestDataRelationshipsAppStoreVersionData",
]

_E0 = frozenset({"appStoreReviewDetails"})
_E1 = frozenset({"appStoreVersions"})


class AppStoreReviewDetailCreateRequest(Model):
    data: AppStoreReviewDetailCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreReviewDetailCreateRequestData(Model):
    type: _L["appStoreReviewDetails"] | str | None | UnsetType = UNSET
    attributes: AppStoreReviewDetailCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppStoreReviewDetailCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppStoreReviewDetailCreateRequestDataAttributes(Model):
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
    __ascapi_nullable__ = frozenset(
        {
            "contact_email",
            "contact_first_name",
            "contact_last_name",
            "contact_phone",
            "demo_account_name",
            "demo_account_password",
            "demo_account_required",
            "notes",
        }
    )


class AppStoreReviewDetailCreateRequestDataRelationships(Model):
    app_store_version: (
        AppStoreReviewDetailCreateRequestDataRelationshipsAppStoreVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersion")
    __ascapi_required__ = frozenset({"app_store_version"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreReviewDetailCreateRequestDataRelationshipsAppStoreVersion(Model):
    data: (
        AppStoreReviewDetailCreateRequestDataRelationshipsAppStoreVersionData | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreReviewDetailCreateRequestDataRelationshipsAppStoreVersionData(Model):
    type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
