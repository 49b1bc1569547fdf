# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "AppStoreVersionCreateRequest",
    "AppStoreVersionCreateRequestData",
    "AppStoreVersionCreateRequestDataAttributes",
    "AppStoreVersionCreateRequestDataRelationships",
    "AppStoreVersionCreateRequestDataRelationshipsApp",
    "AppStoreVersionCreateRequestDataRelationshipsAppData",
    "AppStoreVersionCreateRequestDataRelationshipsAppStoreVersionLocalizations",
    "AppStoreVersionCreateRequestDataRelationshipsAppStoreVersionLocalizationsData",
    "AppStoreVersionCreateRequestDataRelationshipsBuild",
    "AppStoreVersionCreateRequestDataRelationshipsBuildData",
]

_E0 = frozenset({"appStoreVersions"})
_E1 = frozenset({"IOS", "MAC_OS", "TV_OS", "VISION_OS"})
_E2 = frozenset({"APP_STORE", "NOTARIZATION"})
_E3 = frozenset({"MANUAL", "AFTER_APPROVAL", "SCHEDULED"})
_E4 = frozenset({"apps"})
_E5 = frozenset({"appStoreVersionLocalizations"})
_E6 = frozenset({"builds"})


class AppStoreVersionCreateRequest(Model):
    data: AppStoreVersionCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionCreateRequestData(Model):
    type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
    attributes: AppStoreVersionCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppStoreVersionCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppStoreVersionCreateRequestDataAttributes(Model):
    platform: _L["IOS", "MAC_OS", "TV_OS", "VISION_OS"] | str | None | UnsetType = UNSET
    version_string: str | None | UnsetType = msgspec.field(default=UNSET, name="versionString")
    copyright: str | None | UnsetType = UNSET
    review_type: _L["APP_STORE", "NOTARIZATION"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="reviewType"
    )
    release_type: _L["MANUAL", "AFTER_APPROVAL", "SCHEDULED"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="releaseType")
    )
    earliest_release_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="earliestReleaseDate"
    )
    uses_idfa: bool | None | UnsetType = msgspec.field(default=UNSET, name="usesIdfa")
    __ascapi_required__ = frozenset({"platform", "version_string"})
    __ascapi_nullable__ = frozenset(
        {"copyright", "earliest_release_date", "release_type", "review_type", "uses_idfa"}
    )
    __ascapi_enums__ = {"platform": _E1, "review_type": _E2, "release_type": _E3}


class AppStoreVersionCreateRequestDataRelationships(Model):
    app: AppStoreVersionCreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    app_store_version_localizations: (
        AppStoreVersionCreateRequestDataRelationshipsAppStoreVersionLocalizations | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionLocalizations")
    build: AppStoreVersionCreateRequestDataRelationshipsBuild | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"app"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionCreateRequestDataRelationshipsApp(Model):
    data: AppStoreVersionCreateRequestDataRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionCreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class AppStoreVersionCreateRequestDataRelationshipsAppStoreVersionLocalizations(Model):
    data: (
        list[AppStoreVersionCreateRequestDataRelationshipsAppStoreVersionLocalizationsData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionCreateRequestDataRelationshipsAppStoreVersionLocalizationsData(Model):
    type: _L["appStoreVersionLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class AppStoreVersionCreateRequestDataRelationshipsBuild(Model):
    data: AppStoreVersionCreateRequestDataRelationshipsBuildData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionCreateRequestDataRelationshipsBuildData(Model):
    type: _L["builds"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}
