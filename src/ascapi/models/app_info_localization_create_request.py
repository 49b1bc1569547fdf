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
    "AppInfoLocalizationCreateRequest",
    "AppInfoLocalizationCreateRequestData",
    "AppInfoLocalizationCreateRequestDataAttributes",
    "AppInfoLocalizationCreateRequestDataRelationships",
    "AppInfoLocalizationCreateRequestDataRelationshipsAppInfo",
    "AppInfoLocalizationCreateRequestDataRelationshipsAppInfoData",
]

_E0 = frozenset({"appInfoLocalizations"})
_E1 = frozenset({"appInfos"})


class AppInfoLocalizationCreateRequest(Model):
    data: AppInfoLocalizationCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppInfoLocalizationCreateRequestData(Model):
    type: _L["appInfoLocalizations"] | str | None | UnsetType = UNSET
    attributes: AppInfoLocalizationCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppInfoLocalizationCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppInfoLocalizationCreateRequestDataAttributes(Model):
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
    __ascapi_required__ = frozenset({"locale", "name"})
    __ascapi_nullable__ = frozenset(
        {"privacy_choices_url", "privacy_policy_text", "privacy_policy_url", "subtitle"}
    )


class AppInfoLocalizationCreateRequestDataRelationships(Model):
    app_info: AppInfoLocalizationCreateRequestDataRelationshipsAppInfo | None | UnsetType = (
        msgspec.field(default=UNSET, name="appInfo")
    )
    __ascapi_required__ = frozenset({"app_info"})
    __ascapi_nullable__ = frozenset[str]()


class AppInfoLocalizationCreateRequestDataRelationshipsAppInfo(Model):
    data: AppInfoLocalizationCreateRequestDataRelationshipsAppInfoData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppInfoLocalizationCreateRequestDataRelationshipsAppInfoData(Model):
    type: _L["appInfos"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
