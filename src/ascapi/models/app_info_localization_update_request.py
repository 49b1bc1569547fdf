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
    "AppInfoLocalizationUpdateRequest",
    "AppInfoLocalizationUpdateRequestData",
    "AppInfoLocalizationUpdateRequestDataAttributes",
]

_E0 = frozenset({"appInfoLocalizations"})


class AppInfoLocalizationUpdateRequest(Model):
    data: AppInfoLocalizationUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppInfoLocalizationUpdateRequestData(Model):
    type: _L["appInfoLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: AppInfoLocalizationUpdateRequestDataAttributes | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppInfoLocalizationUpdateRequestDataAttributes(Model):
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
    __ascapi_nullable__ = frozenset(
        {"name", "privacy_choices_url", "privacy_policy_text", "privacy_policy_url", "subtitle"}
    )
