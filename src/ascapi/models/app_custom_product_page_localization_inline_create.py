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
    "AppCustomProductPageLocalizationInlineCreate",
    "AppCustomProductPageLocalizationInlineCreateAttributes",
    "AppCustomProductPageLocalizationInlineCreateRelationships",
    "AppCustomProductPageLocalizationInlineCreateRelationshipsAppCustomProductPageVersion",
    "AppCustomProductPageLocalizationInlineCreateRelationshipsAppCustomProductPageVersionData",
]

_E0 = frozenset({"appCustomProductPageLocalizations"})
_E1 = frozenset({"appCustomProductPageVersions"})


class AppCustomProductPageLocalizationInlineCreate(Model):
    type: _L["appCustomProductPageLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: AppCustomProductPageLocalizationInlineCreateAttributes | None | UnsetType = UNSET
    relationships: AppCustomProductPageLocalizationInlineCreateRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"attributes", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppCustomProductPageLocalizationInlineCreateAttributes(Model):
    locale: str | None | UnsetType = UNSET
    promotional_text: str | None | UnsetType = msgspec.field(default=UNSET, name="promotionalText")
    __ascapi_required__ = frozenset({"locale"})
    __ascapi_nullable__ = frozenset({"promotional_text"})


class AppCustomProductPageLocalizationInlineCreateRelationships(Model):
    app_custom_product_page_version: (
        AppCustomProductPageLocalizationInlineCreateRelationshipsAppCustomProductPageVersion
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appCustomProductPageVersion")
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageLocalizationInlineCreateRelationshipsAppCustomProductPageVersion(Model):
    data: (
        AppCustomProductPageLocalizationInlineCreateRelationshipsAppCustomProductPageVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageLocalizationInlineCreateRelationshipsAppCustomProductPageVersionData(
    Model
):
    type: _L["appCustomProductPageVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
