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
    "AppCategory",
    "AppCategoryAttributes",
    "AppCategoryRelationships",
    "AppCategoryRelationshipsSubcategories",
    "AppCategoryRelationshipsSubcategoriesData",
    "AppCategoryRelationshipsParent",
]

_E0 = frozenset({"appCategories"})
_E1 = frozenset({"IOS", "MAC_OS", "TV_OS", "VISION_OS"})


class AppCategory(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appCategories"] | str
        id: str
    else:
        type: _L["appCategories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppCategoryAttributes | None | UnsetType = UNSET
    relationships: AppCategoryRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppCategoryAttributes(Model):
    platforms: list[_L["IOS", "MAC_OS", "TV_OS", "VISION_OS"] | str] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"platforms": _E1}


class AppCategoryRelationships(Model):
    subcategories: AppCategoryRelationshipsSubcategories | None | UnsetType = UNSET
    parent: AppCategoryRelationshipsParent | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppCategoryRelationshipsSubcategories(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppCategoryRelationshipsSubcategoriesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppCategoryRelationshipsSubcategoriesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appCategories"] | str
        id: str
    else:
        type: _L["appCategories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppCategoryRelationshipsParent(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: AppCategoryRelationshipsSubcategoriesData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
