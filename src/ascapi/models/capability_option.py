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


__all__ = ["CapabilityOption"]

_E0 = frozenset(
    {
        "XCODE_5",
        "XCODE_6",
        "COMPLETE_PROTECTION",
        "PROTECTED_UNLESS_OPEN",
        "PROTECTED_UNTIL_FIRST_USER_AUTH",
        "PRIMARY_APP_CONSENT",
    }
)


class CapabilityOption(Model):
    key: (
        _L[
            "XCODE_5",
            "XCODE_6",
            "COMPLETE_PROTECTION",
            "PROTECTED_UNLESS_OPEN",
            "PROTECTED_UNTIL_FIRST_USER_AUTH",
            "PRIMARY_APP_CONSENT",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    name: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    enabled_by_default: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="enabledByDefault"
    )
    enabled: bool | None | UnsetType = UNSET
    supports_wildcard: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="supportsWildcard"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"key": _E0}
