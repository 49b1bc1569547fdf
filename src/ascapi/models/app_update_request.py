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


__all__ = ["AppUpdateRequest", "AppUpdateRequestData", "AppUpdateRequestDataAttributes"]

_E0 = frozenset({"apps"})
_E1 = frozenset({"V1", "V2"})
_E2 = frozenset({"DOES_NOT_USE_THIRD_PARTY_CONTENT", "USES_THIRD_PARTY_CONTENT"})


class AppUpdateRequest(Model):
    data: AppUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppUpdateRequestData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: AppUpdateRequestDataAttributes | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppUpdateRequestDataAttributes(Model):
    accessibility_url: str | None | UnsetType = msgspec.field(
        default=UNSET, name="accessibilityUrl"
    )
    bundle_id: str | None | UnsetType = msgspec.field(default=UNSET, name="bundleId")
    primary_locale: str | None | UnsetType = msgspec.field(default=UNSET, name="primaryLocale")
    subscription_status_url: str | None | UnsetType = msgspec.field(
        default=UNSET, name="subscriptionStatusUrl"
    )
    subscription_status_url_version: _L["V1", "V2"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="subscriptionStatusUrlVersion"
    )
    subscription_status_url_for_sandbox: str | None | UnsetType = msgspec.field(
        default=UNSET, name="subscriptionStatusUrlForSandbox"
    )
    subscription_status_url_version_for_sandbox: _L["V1", "V2"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="subscriptionStatusUrlVersionForSandbox")
    )
    content_rights_declaration: (
        _L["DOES_NOT_USE_THIRD_PARTY_CONTENT", "USES_THIRD_PARTY_CONTENT"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="contentRightsDeclaration")
    streamlined_purchasing_enabled: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="streamlinedPurchasingEnabled"
    )
    __ascapi_nullable__ = frozenset(
        {
            "accessibility_url",
            "bundle_id",
            "content_rights_declaration",
            "primary_locale",
            "streamlined_purchasing_enabled",
            "subscription_status_url",
            "subscription_status_url_for_sandbox",
            "subscription_status_url_version",
            "subscription_status_url_version_for_sandbox",
        }
    )
    __ascapi_enums__ = {
        "subscription_status_url_version": _E1,
        "subscription_status_url_version_for_sandbox": _E1,
        "content_rights_declaration": _E2,
    }
