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
    "AppCustomProductPageVersionInlineCreate",
    "AppCustomProductPageVersionInlineCreateAttributes",
    "AppCustomProductPageVersionInlineCreateRelationships",
    "AppCustomProductPageVersionInlineCreateRelationshipsAppCustomProductPage",
    "AppCustomProductPageVersionInlineCreateRelationshipsAppCustomProductPageData",
    "AppCustomProductPageVersionInlineCreateRelationshipsAppCustomProductPageLocalizations",
    "AppCustomProductPageVersionInlineCreateRelationshipsAppCustomProductPageLocalizationsData",
]

_E0 = frozenset({"appCustomProductPageVersions"})
_E1 = frozenset({"appCustomProductPages"})
_E2 = frozenset({"appCustomProductPageLocalizations"})


class AppCustomProductPageVersionInlineCreate(Model):
    type: _L["appCustomProductPageVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: AppCustomProductPageVersionInlineCreateAttributes | None | UnsetType = UNSET
    relationships: AppCustomProductPageVersionInlineCreateRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppCustomProductPageVersionInlineCreateAttributes(Model):
    deep_link: str | None | UnsetType = msgspec.field(default=UNSET, name="deepLink")
    __ascapi_nullable__ = frozenset({"deep_link"})


class AppCustomProductPageVersionInlineCreateRelationships(Model):
    app_custom_product_page: (
        AppCustomProductPageVersionInlineCreateRelationshipsAppCustomProductPage | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appCustomProductPage")
    app_custom_product_page_localizations: (
        AppCustomProductPageVersionInlineCreateRelationshipsAppCustomProductPageLocalizations
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appCustomProductPageLocalizations")
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageVersionInlineCreateRelationshipsAppCustomProductPage(Model):
    data: (
        AppCustomProductPageVersionInlineCreateRelationshipsAppCustomProductPageData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageVersionInlineCreateRelationshipsAppCustomProductPageData(Model):
    type: _L["appCustomProductPages"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class AppCustomProductPageVersionInlineCreateRelationshipsAppCustomProductPageLocalizations(Model):
    data: (
        list[
            AppCustomProductPageVersionInlineCreateRelationshipsAppCustomProductPageLocalizationsData
        ]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageVersionInlineCreateRelationshipsAppCustomProductPageLocalizationsData(
    Model
):
    type: _L["appCustomProductPageLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
