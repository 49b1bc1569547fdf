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
    "AppStoreVersionLocalization",
    "AppStoreVersionLocalizationAttributes",
    "AppStoreVersionLocalizationRelationships",
    "AppStoreVersionLocalizationRelationshipsAppStoreVersion",
    "AppStoreVersionLocalizationRelationshipsAppStoreVersionData",
    "AppStoreVersionLocalizationRelationshipsAppScreenshotSets",
    "AppStoreVersionLocalizationRelationshipsAppScreenshotSetsData",
    "AppStoreVersionLocalizationRelationshipsAppPreviewSets",
    "AppStoreVersionLocalizationRelationshipsAppPreviewSetsData",
    "AppStoreVersionLocalizationRelationshipsSearchKeywords",
    "AppStoreVersionLocalizationRelationshipsSearchKeywordsData",
]

_E0 = frozenset({"appStoreVersionLocalizations"})
_E1 = frozenset({"appStoreVersions"})
_E2 = frozenset({"appScreenshotSets"})
_E3 = frozenset({"appPreviewSets"})
_E4 = frozenset({"appKeywords"})


class AppStoreVersionLocalization(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersionLocalizations"] | str
        id: str
    else:
        type: _L["appStoreVersionLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppStoreVersionLocalizationAttributes | None | UnsetType = UNSET
    relationships: AppStoreVersionLocalizationRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppStoreVersionLocalizationAttributes(Model):
    description: str | None | UnsetType = UNSET
    locale: str | None | UnsetType = UNSET
    keywords: str | None | UnsetType = UNSET
    marketing_url: str | None | UnsetType = msgspec.field(default=UNSET, name="marketingUrl")
    promotional_text: str | None | UnsetType = msgspec.field(default=UNSET, name="promotionalText")
    support_url: str | None | UnsetType = msgspec.field(default=UNSET, name="supportUrl")
    whats_new: str | None | UnsetType = msgspec.field(default=UNSET, name="whatsNew")
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionLocalizationRelationships(Model):
    app_store_version: (
        AppStoreVersionLocalizationRelationshipsAppStoreVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersion")
    app_screenshot_sets: (
        AppStoreVersionLocalizationRelationshipsAppScreenshotSets | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appScreenshotSets")
    app_preview_sets: AppStoreVersionLocalizationRelationshipsAppPreviewSets | None | UnsetType = (
        msgspec.field(default=UNSET, name="appPreviewSets")
    )
    search_keywords: AppStoreVersionLocalizationRelationshipsSearchKeywords | None | UnsetType = (
        msgspec.field(default=UNSET, name="searchKeywords")
    )
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionLocalizationRelationshipsAppStoreVersion(Model):
    data: AppStoreVersionLocalizationRelationshipsAppStoreVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionLocalizationRelationshipsAppStoreVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersions"] | str
        id: str
    else:
        type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class AppStoreVersionLocalizationRelationshipsAppScreenshotSets(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppStoreVersionLocalizationRelationshipsAppScreenshotSetsData] | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionLocalizationRelationshipsAppScreenshotSetsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appScreenshotSets"] | str
        id: str
    else:
        type: _L["appScreenshotSets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class AppStoreVersionLocalizationRelationshipsAppPreviewSets(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppStoreVersionLocalizationRelationshipsAppPreviewSetsData] | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionLocalizationRelationshipsAppPreviewSetsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appPreviewSets"] | str
        id: str
    else:
        type: _L["appPreviewSets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class AppStoreVersionLocalizationRelationshipsSearchKeywords(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[AppStoreVersionLocalizationRelationshipsSearchKeywordsData] | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionLocalizationRelationshipsSearchKeywordsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appKeywords"] | str
        id: str
    else:
        type: _L["appKeywords"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
