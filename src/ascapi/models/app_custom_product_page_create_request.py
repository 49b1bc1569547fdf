# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "AppCustomProductPageCreateRequest",
    "AppCustomProductPageCreateRequestData",
    "AppCustomProductPageCreateRequestDataAttributes",
    "AppCustomProductPageCreateRequestDataRelationships",
    "AppCustomProductPageCreateRequestDataRelationshipsApp",
    "AppCustomProductPageCreateRequestDataRelationshipsAppData",
    "AppCustomProductPageCreateRequestDataRelationshipsAppCustomProductPageVersions",
    "AppCustomProductPageCreateRequestDataRelationshipsAppCustomProductPageVersionsData",
    "AppCustomProductPageCreateRequestDataRelationshipsAppStoreVersionTemplate",
    "AppCustomProductPageCreateRequestDataRelationshipsAppStoreVersionTemplateData",
    "AppCustomProductPageCreateRequestDataRelationshipsCustomProductPageTemplate",
    "AppCustomProductPageCreateRequestDataRelationshipsCustomProductPageTemplateData",
]

_E0 = frozenset({"appCustomProductPages"})
_E1 = frozenset({"apps"})
_E2 = frozenset({"appCustomProductPageVersions"})
_E3 = frozenset({"appStoreVersions"})


class AppCustomProductPageCreateRequest(Model):
    data: AppCustomProductPageCreateRequestData | None | UnsetType = UNSET
    included: list[dict[str, Any]] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageCreateRequestData(Model):
    type: _L["appCustomProductPages"] | str | None | UnsetType = UNSET
    attributes: AppCustomProductPageCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppCustomProductPageCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppCustomProductPageCreateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"name"})
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageCreateRequestDataRelationships(Model):
    app: AppCustomProductPageCreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    app_custom_product_page_versions: (
        AppCustomProductPageCreateRequestDataRelationshipsAppCustomProductPageVersions
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appCustomProductPageVersions")
    app_store_version_template: (
        AppCustomProductPageCreateRequestDataRelationshipsAppStoreVersionTemplate | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionTemplate")
    custom_product_page_template: (
        AppCustomProductPageCreateRequestDataRelationshipsCustomProductPageTemplate
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="customProductPageTemplate")
    __ascapi_required__ = frozenset({"app"})
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageCreateRequestDataRelationshipsApp(Model):
    data: AppCustomProductPageCreateRequestDataRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageCreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class AppCustomProductPageCreateRequestDataRelationshipsAppCustomProductPageVersions(Model):
    data: (
        list[AppCustomProductPageCreateRequestDataRelationshipsAppCustomProductPageVersionsData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageCreateRequestDataRelationshipsAppCustomProductPageVersionsData(Model):
    type: _L["appCustomProductPageVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class AppCustomProductPageCreateRequestDataRelationshipsAppStoreVersionTemplate(Model):
    data: (
        AppCustomProductPageCreateRequestDataRelationshipsAppStoreVersionTemplateData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageCreateRequestDataRelationshipsAppStoreVersionTemplateData(Model):
    type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class AppCustomProductPageCreateRequestDataRelationshipsCustomProductPageTemplate(Model):
    data: (
        AppCustomProductPageCreateRequestDataRelationshipsCustomProductPageTemplateData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageCreateRequestDataRelationshipsCustomProductPageTemplateData(Model):
    type: _L["appCustomProductPages"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}
