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
    "AppCustomProductPageVersion",
    "AppCustomProductPageVersionAttributes",
    "AppCustomProductPageVersionRelationships",
    "AppCustomProductPageVersionRelationshipsAppCustomProductPage",
    "AppCustomProductPageVersionRelationshipsAppCustomProductPageData",
    "AppCustomProductPageVersionRelationshipsAppCustomProductPageLocalizations",
    "AppCustomProductPageVersionRelationshipsAppCustomProductPageLocalizationsData",
]

_E0 = frozenset({"appCustomProductPageVersions"})
_E1 = frozenset(
    {
        "PREPARE_FOR_SUBMISSION",
        "READY_FOR_REVIEW",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "ACCEPTED",
        "APPROVED",
        "REPLACED_WITH_NEW_VERSION",
        "REJECTED",
    }
)
_E2 = frozenset({"appCustomProductPages"})
_E3 = frozenset({"appCustomProductPageLocalizations"})


class AppCustomProductPageVersion(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appCustomProductPageVersions"] | str
        id: str
    else:
        type: _L["appCustomProductPageVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppCustomProductPageVersionAttributes | None | UnsetType = UNSET
    relationships: AppCustomProductPageVersionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppCustomProductPageVersionAttributes(Model):
    version: str | None | UnsetType = UNSET
    state: (
        _L[
            "PREPARE_FOR_SUBMISSION",
            "READY_FOR_REVIEW",
            "WAITING_FOR_REVIEW",
            "IN_REVIEW",
            "ACCEPTED",
            "APPROVED",
            "REPLACED_WITH_NEW_VERSION",
            "REJECTED",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    deep_link: str | None | UnsetType = msgspec.field(default=UNSET, name="deepLink")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"state": _E1}


class AppCustomProductPageVersionRelationships(Model):
    app_custom_product_page: (
        AppCustomProductPageVersionRelationshipsAppCustomProductPage | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appCustomProductPage")
    app_custom_product_page_localizations: (
        AppCustomProductPageVersionRelationshipsAppCustomProductPageLocalizations | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appCustomProductPageLocalizations")
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageVersionRelationshipsAppCustomProductPage(Model):
    data: AppCustomProductPageVersionRelationshipsAppCustomProductPageData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageVersionRelationshipsAppCustomProductPageData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appCustomProductPages"] | str
        id: str
    else:
        type: _L["appCustomProductPages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class AppCustomProductPageVersionRelationshipsAppCustomProductPageLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[AppCustomProductPageVersionRelationshipsAppCustomProductPageLocalizationsData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageVersionRelationshipsAppCustomProductPageLocalizationsData(
    Model, kw_only=True
):
    if TYPE_CHECKING:
        type: _L["appCustomProductPageLocalizations"] | str
        id: str
    else:
        type: _L["appCustomProductPageLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
