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
    "AppCustomProductPage",
    "AppCustomProductPageAttributes",
    "AppCustomProductPageRelationships",
    "AppCustomProductPageRelationshipsApp",
    "AppCustomProductPageRelationshipsAppData",
    "AppCustomProductPageRelationshipsAppCustomProductPageVersions",
    "AppCustomProductPageRelationshipsAppCustomProductPageVersionsData",
]

_E0 = frozenset({"appCustomProductPages"})
_E1 = frozenset({"apps"})
_E2 = frozenset({"appCustomProductPageVersions"})


class AppCustomProductPage(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appCustomProductPages"] | str
        id: str
    else:
        type: _L["appCustomProductPages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppCustomProductPageAttributes | None | UnsetType = UNSET
    relationships: AppCustomProductPageRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppCustomProductPageAttributes(Model):
    name: str | None | UnsetType = UNSET
    url: str | None | UnsetType = UNSET
    visible: bool | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageRelationships(Model):
    app: AppCustomProductPageRelationshipsApp | None | UnsetType = UNSET
    app_custom_product_page_versions: (
        AppCustomProductPageRelationshipsAppCustomProductPageVersions | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appCustomProductPageVersions")
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageRelationshipsApp(Model):
    data: AppCustomProductPageRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageRelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class AppCustomProductPageRelationshipsAppCustomProductPageVersions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[AppCustomProductPageRelationshipsAppCustomProductPageVersionsData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageRelationshipsAppCustomProductPageVersionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appCustomProductPageVersions"] | str
        id: str
    else:
        type: _L["appCustomProductPageVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
