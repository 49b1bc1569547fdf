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
    "AppCustomProductPageLocalizationCreateRequest",
    "AppCustomProductPageLocalizationCreateRequestData",
    "AppCustomProductPageLocalizationCreateRequestDataAttributes",
    "AppCustomProductPageLocalizationCreateRequestDataRelationships",
    "AppCustomProductPageLocalizationCreateRequestDataRelationshipsAppCustomProductPageVersion",
    "AppCustomProductPageLocalizationCreateRequestDataRelationshipsAppCustomProductPageVersionData",
]

_E0 = frozenset({"appCustomProductPageLocalizations"})
_E1 = frozenset({"appCustomProductPageVersions"})


class AppCustomProductPageLocalizationCreateRequest(Model):
    data: AppCustomProductPageLocalizationCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageLocalizationCreateRequestData(Model):
    type: _L["appCustomProductPageLocalizations"] | str | None | UnsetType = UNSET
    attributes: AppCustomProductPageLocalizationCreateRequestDataAttributes | None | UnsetType = (
        UNSET
    )
    relationships: (
        AppCustomProductPageLocalizationCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppCustomProductPageLocalizationCreateRequestDataAttributes(Model):
    locale: str | None | UnsetType = UNSET
    promotional_text: str | None | UnsetType = msgspec.field(default=UNSET, name="promotionalText")
    __ascapi_required__ = frozenset({"locale"})
    __ascapi_nullable__ = frozenset({"promotional_text"})


class AppCustomProductPageLocalizationCreateRequestDataRelationships(Model):
    app_custom_product_page_version: (
        AppCustomProductPageLocalizationCreateRequestDataRelationshipsAppCustomProductPageVersion
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appCustomProductPageVersion")
    __ascapi_required__ = frozenset({"app_custom_product_page_version"})
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageLocalizationCreateRequestDataRelationshipsAppCustomProductPageVersion(
    Model
):
    data: (
        AppCustomProductPageLocalizationCreateRequestDataRelationshipsAppCustomProductPageVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageLocalizationCreateRequestDataRelationshipsAppCustomProductPageVersionData(
    Model
):
    type: _L["appCustomProductPageVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
