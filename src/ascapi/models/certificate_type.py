# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["CertificateType"]

CertificateType = _L[
    "APPLE_PAY",
    "APPLE_PAY_MERCHANT_IDENTITY",
    "APPLE_PAY_PSP_IDENTITY",
    "APPLE_PAY_RSA",
    "DEVELOPER_ID_KEXT",
    "DEVELOPER_ID_KEXT_G2",
    "DEVELOPER_ID_APPLICATION",
    "DEVELOPER_ID_APPLICATION_G2",
    "DEVELOPMENT",
    "DISTRIBUTION",
    "IDENTITY_ACCESS",
    "IOS_DEVELOPMENT",
    "IOS_DISTRIBUTION",
    "MAC_APP_DISTRIBUTION",
    "MAC_INSTALLER_DISTRIBUTION",
    "MAC_APP_DEVELOPMENT",
    "PASS_TYPE_ID",
    "PASS_TYPE_ID_WITH_NFC",
]
"""Open enum: values Apple adds later decode as plain strings."""
