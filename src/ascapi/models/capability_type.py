# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["CapabilityType"]

CapabilityType = _L[
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
"""Open enum: values Apple adds later decode as plain strings."""
