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
    "AppCustomProductPageLocalization",
    "AppCustomProductPageLocalizationAttributes",
    "AppCustomProductPageLocalizationRelationships",
    "AppCustomProductPageLocalizationRelationshipsAppCustomProductPageVersion",
    "AppCustomProductPageLocalizationRelationshipsAppCustomProductPageVersionData",
    "AppCustomProductPageLocalizationRelationshipsAppScreenshotSets",
    "AppCustomProductPageLocalizationRelationshipsAppScreenshotSetsData",
    "AppCustomProductPageLocalizationRelationshipsAppPreviewSets",
    "AppCustomProductPageLocalizationRelationshipsAppPreviewSetsData",
    "AppCustomProductPageLocalizationRelationshipsSearchKeywords",
    "AppCustomProductPageLocalizationRelationshipsSearchKeywordsData",
]

_E0 = frozenset({"appCustomProductPageLocalizations"})
_E1 = frozenset({"appCustomProductPageVersions"})
_E2 = frozenset({"appScreenshotSets"})
_E3 = frozenset({"appPreviewSets"})
_E4 = frozenset({"appKeywords"})


class AppCustomProductPageLocalization(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appCustomProductPageLocalizations"] | str
        id: str
    else:
        type: _L["appCustomProductPageLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppCustomProductPageLocalizationAttributes | None | UnsetType = UNSET
    relationships: AppCustomProductPageLocalizationRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppCustomProductPageLocalizationAttributes(Model):
    locale: str | None | UnsetType = UNSET
    promotional_text: str | None | UnsetType = msgspec.field(default=UNSET, name="promotionalText")
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageLocalizationRelationships(Model):
    app_custom_product_page_version: (
        AppCustomProductPageLocalizationRelationshipsAppCustomProductPageVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appCustomProductPageVersion")
    app_screenshot_sets: (
        AppCustomProductPageLocalizationRelationshipsAppScreenshotSets | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appScreenshotSets")
    app_preview_sets: (
        AppCustomProductPageLocalizationRelationshipsAppPreviewSets | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appPreviewSets")
    search_keywords: (
        AppCustomProductPageLocalizationRelationshipsSearchKeywords | None | UnsetType
    ) = msgspec.field(default=UNSET, name="searchKeywords")
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageLocalizationRelationshipsAppCustomProductPageVersion(Model):
    data: (
        AppCustomProductPageLocalizationRelationshipsAppCustomProductPageVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageLocalizationRelationshipsAppCustomProductPageVersionData(
    Model, kw_only=True
):
    if TYPE_CHECKING:
        type: _L["appCustomProductPageVersions"] | str
        id: str
    else:
        type: _L["appCustomProductPageVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class AppCustomProductPageLocalizationRelationshipsAppScreenshotSets(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[AppCustomProductPageLocalizationRelationshipsAppScreenshotSetsData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageLocalizationRelationshipsAppScreenshotSetsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appScreenshotSets"] | str
        id: str
    else:
        type: _L["appScreenshotSets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class AppCustomProductPageLocalizationRelationshipsAppPreviewSets(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[AppCustomProductPageLocalizationRelationshipsAppPreviewSetsData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageLocalizationRelationshipsAppPreviewSetsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appPreviewSets"] | str
        id: str
    else:
        type: _L["appPreviewSets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class AppCustomProductPageLocalizationRelationshipsSearchKeywords(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[AppCustomProductPageLocalizationRelationshipsSearchKeywordsData] | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppCustomProductPageLocalizationRelationshipsSearchKeywordsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appKeywords"] | str
        id: str
    else:
        type: _L["appKeywords"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
