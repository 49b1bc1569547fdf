# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.capability_option import CapabilityOption

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["CapabilitySetting"]

_E0 = frozenset({"ICLOUD_VERSION", "DATA_PROTECTION_PERMISSION_LEVEL", "APPLE_ID_AUTH_APP_CONSENT"})
_E1 = frozenset({"ENTRY", "SINGLE", "MULTIPLE"})


class CapabilitySetting(Model):
    key: (
        _L["ICLOUD_VERSION", "DATA_PROTECTION_PERMISSION_LEVEL", "APPLE_ID_AUTH_APP_CONSENT"]
        | str
        | None
        | UnsetType
    ) = UNSET
    name: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    enabled_by_default: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="enabledByDefault"
    )
    visible: bool | None | UnsetType = UNSET
    allowed_instances: _L["ENTRY", "SINGLE", "MULTIPLE"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="allowedInstances"
    )
    min_instances: int | None | UnsetType = msgspec.field(default=UNSET, name="minInstances")
    options: list[CapabilityOption] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"key": _E0, "allowed_instances": _E1}
