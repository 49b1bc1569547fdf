# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.capability_setting import CapabilitySetting
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["BundleIdCapability", "BundleIdCapabilityAttributes"]

_E0 = frozenset({"bundleIdCapabilities"})
_E1 = frozenset(
    {
        "ICLOUD",
        "IN_APP_PURCHASE",
        "GAME_CENTER",
        "PUSH_NOTIFICATIONS",
        "WALLET",
        "INTER_APP_AUDIO",
        "MAPS",
        "ASSOCIATED_DOMAINS",
        "PERSONAL_VPN",
        "APP_GROUPS",
        "HEALTHKIT",
        "HOMEKIT",
        "WIRELESS_ACCESSORY_CONFIGURATION",
        "APPLE_PAY",
        "DATA_PROTECTION",
        "SIRIKIT",
        "NETWORK_EXTENSIONS",
        "MULTIPATH",
        "HOT_SPOT",
        "NFC_TAG_READING",
        "CLASSKIT",
        "AUTOFILL_CREDENTIAL_PROVIDER",
        "ACCESS_WIFI_INFORMATION",
        "NETWORK_CUSTOM_PROTOCOL",
        "COREMEDIA_HLS_LOW_LATENCY",
        "SYSTEM_EXTENSION_INSTALL",
        "USER_MANAGEMENT",
        "APPLE_ID_AUTH",
    }
)


class BundleIdCapability(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["bundleIdCapabilities"] | str
        id: str
    else:
        type: _L["bundleIdCapabilities"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BundleIdCapabilityAttributes | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BundleIdCapabilityAttributes(Model):
    capability_type: (
        _L[
            "ICLOUD",
            "IN_APP_PURCHASE",
            "GAME_CENTER",
            "PUSH_NOTIFICATIONS",
            "WALLET",
            "INTER_APP_AUDIO",
            "MAPS",
            "ASSOCIATED_DOMAINS",
            "PERSONAL_VPN",
            "APP_GROUPS",
            "HEALTHKIT",
            "HOMEKIT",
            "WIRELESS_ACCESSORY_CONFIGURATION",
            "APPLE_PAY",
            "DATA_PROTECTION",
            "SIRIKIT",
            "NETWORK_EXTENSIONS",
            "MULTIPATH",
            "HOT_SPOT",
            "NFC_TAG_READING",
            "CLASSKIT",
            "AUTOFILL_CREDENTIAL_PROVIDER",
            "ACCESS_WIFI_INFORMATION",
            "NETWORK_CUSTOM_PROTOCOL",
            "COREMEDIA_HLS_LOW_LATENCY",
            "SYSTEM_EXTENSION_INSTALL",
            "USER_MANAGEMENT",
            "APPLE_ID_AUTH",
        ]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="capabilityType")
    settings: list[CapabilitySetting] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"capability_type": _E1}
