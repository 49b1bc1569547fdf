# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "AppInfoLocalization",
    "AppInfoLocalizationAttributes",
    "AppInfoLocalizationRelationships",
    "AppInfoLocalizationRelationshipsAppInfo",
    "AppInfoLocalizationRelationshipsAppInfoData",
]

_E0 = frozenset({"appInfoLocalizations"})
_E1 = frozenset({"appInfos"})


class AppInfoLocalization(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appInfoLocalizations"] | str
        id: str
    else:
        type: _L["appInfoLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppInfoLocalizationAttributes | None | UnsetType = UNSET
    relationships: AppInfoLocalizationRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppInfoLocalizationAttributes(Model):
    locale: str | None | UnsetType = UNSET
    name: str | None | UnsetType = UNSET
    subtitle: str | None | UnsetType = UNSET
    privacy_policy_url: str | None | UnsetType = msgspec.field(
        default=UNSET, name="privacyPolicyUrl"
    )
    privacy_choices_url: str | None | UnsetType = msgspec.field(
        default=UNSET, name="privacyChoicesUrl"
    )
    privacy_policy_text: str | None | UnsetType = msgspec.field(
        default=UNSET, name="privacyPolicyText"
    )
    __ascapi_nullable__ = frozenset[str]()


class AppInfoLocalizationRelationships(Model):
    app_info: AppInfoLocalizationRelationshipsAppInfo | None | UnsetType = msgspec.field(
        default=UNSET, name="appInfo"
    )
    __ascapi_nullable__ = frozenset[str]()


class AppInfoLocalizationRelationshipsAppInfo(Model):
    data: AppInfoLocalizationRelationshipsAppInfoData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppInfoLocalizationRelationshipsAppInfoData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appInfos"] | str
        id: str
    else:
        type: _L["appInfos"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
