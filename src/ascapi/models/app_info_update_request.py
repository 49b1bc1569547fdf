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
    "AppInfoUpdateRequest",
    "AppInfoUpdateRequestData",
    "AppInfoUpdateRequestDataRelationships",
    "AppInfoUpdateRequestDataRelationshipsPrimaryCategory",
    "AppInfoUpdateRequestDataRelationshipsPrimaryCategoryData",
]

_E0 = frozenset({"appInfos"})
_E1 = frozenset({"appCategories"})


class AppInfoUpdateRequest(Model):
    data: AppInfoUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppInfoUpdateRequestData(Model):
    type: _L["appInfos"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    relationships: AppInfoUpdateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppInfoUpdateRequestDataRelationships(Model):
    primary_category: AppInfoUpdateRequestDataRelationshipsPrimaryCategory | None | UnsetType = (
        msgspec.field(default=UNSET, name="primaryCategory")
    )
    primary_subcategory_one: (
        AppInfoUpdateRequestDataRelationshipsPrimaryCategory | None | UnsetType
    ) = msgspec.field(default=UNSET, name="primarySubcategoryOne")
    primary_subcategory_two: (
        AppInfoUpdateRequestDataRelationshipsPrimaryCategory | None | UnsetType
    ) = msgspec.field(default=UNSET, name="primarySubcategoryTwo")
    secondary_category: AppInfoUpdateRequestDataRelationshipsPrimaryCategory | None | UnsetType = (
        msgspec.field(default=UNSET, name="secondaryCategory")
    )
    secondary_subcategory_one: (
        AppInfoUpdateRequestDataRelationshipsPrimaryCategory | None | UnsetType
    ) = msgspec.field(default=UNSET, name="secondarySubcategoryOne")
    secondary_subcategory_two: (
        AppInfoUpdateRequestDataRelationshipsPrimaryCategory | None | UnsetType
    ) = msgspec.field(default=UNSET, name="secondarySubcategoryTwo")
    __ascapi_nullable__ = frozenset[str]()


class AppInfoUpdateRequestDataRelationshipsPrimaryCategory(Model):
    data: AppInfoUpdateRequestDataRelationshipsPrimaryCategoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppInfoUpdateRequestDataRelationshipsPrimaryCategoryData(Model):
    type: _L["appCategories"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
