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
    "AppStoreVersionLocalizationCreateRequest",
    "AppStoreVersionLocalizationCreateRequestData",
    "AppStoreVersionLocalizationCreateRequestDataAttributes",
    "AppStoreVersionLocalizationCreateRequestDataRelationships",
    "AppStoreVersionLocalizationCreateRequestDataRelationshipsAppStoreVersion",
    "AppStoreVersionLocalizationCreateRequestDataRelationshipsAppStoreVersionData",
]

_E0 = frozenset({"appStoreVersionLocalizations"})
_E1 = frozenset({"appStoreVersions"})


class AppStoreVersionLocalizationCreateRequest(Model):
    data: AppStoreVersionLocalizationCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionLocalizationCreateRequestData(Model):
    type: _L["appStoreVersionLocalizations"] | str | None | UnsetType = UNSET
    attributes: AppStoreVersionLocalizationCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppStoreVersionLocalizationCreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppStoreVersionLocalizationCreateRequestDataAttributes(Model):
    description: str | None | UnsetType = UNSET
    locale: str | None | UnsetType = UNSET
    keywords: str | None | UnsetType = UNSET
    marketing_url: str | None | UnsetType = msgspec.field(default=UNSET, name="marketingUrl")
    promotional_text: str | None | UnsetType = msgspec.field(default=UNSET, name="promotionalText")
    support_url: str | None | UnsetType = msgspec.field(default=UNSET, name="supportUrl")
    whats_new: str | None | UnsetType = msgspec.field(default=UNSET, name="whatsNew")
    __ascapi_required__ = frozenset({"locale"})
    __ascapi_nullable__ = frozenset(
        {"description", "keywords", "marketing_url", "promotional_text", "support_url", "whats_new"}
    )


class AppStoreVersionLocalizationCreateRequestDataRelationships(Model):
    app_store_version: (
        AppStoreVersionLocalizationCreateRequestDataRelationshipsAppStoreVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersion")
    __ascapi_required__ = frozenset({"app_store_version"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionLocalizationCreateRequestDataRelationshipsAppStoreVersion(Model):
    data: (
        AppStoreVersionLocalizationCreateRequestDataRelationshipsAppStoreVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionLocalizationCreateRequestDataRelationshipsAppStoreVersionData(Model):
    type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
