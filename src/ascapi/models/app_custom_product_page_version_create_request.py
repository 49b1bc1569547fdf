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
    "AppCustomProductPageVersionCreateRequest",
    "AppCustomProductPageVersionCreateRequestData",
    "AppCustomProductPageVersionCreateRequestDataAttributes",
    "AppCustomProductPageVersionCreateRequestDataRelationships",
    "AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPage",
    "AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageData",
    "AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageLocalizations",
    "AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageLocalizationsData",
]

_E0 = frozenset({"appCustomProductPageVersions"})
_E1 = frozenset({"appCustomProductPages"})
_E2 = frozenset({"appCustomProductPageLocalizations"})


class AppCustomProductPageVersionCreateRequest(Model):
    data: AppCustomProductPageVersionCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageVersionCreateRequestData(Model):
    type: _L["appCustomProductPageVersions"] | str | None | UnsetType = UNSET
    attributes: AppCustomProductPageVersionCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppCustomProductPageVersionCreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppCustomProductPageVersionCreateRequestDataAttributes(Model):
    deep_link: str | None | UnsetType = msgspec.field(default=UNSET, name="deepLink")
    __ascapi_nullable__ = frozenset({"deep_link"})


class AppCustomProductPageVersionCreateRequestDataRelationships(Model):
    app_custom_product_page: (
        AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPage
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appCustomProductPage")
    app_custom_product_page_localizations: (
        AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageLocalizations
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appCustomProductPageLocalizations")
    __ascapi_required__ = frozenset({"app_custom_product_page"})
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPage(Model):
    data: (
        AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageData(Model):
    type: _L["appCustomProductPages"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageLocalizations(
    Model
):
    data: (
        list[
            AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageLocalizationsData
        ]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageLocalizationsData(
    Model
):
    type: _L["appCustomProductPageLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
