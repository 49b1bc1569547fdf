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


__all__ = ["DeviceFamilyOsVersionFilter"]

_E0 = frozenset({"IPHONE", "IPAD", "APPLE_TV", "APPLE_WATCH", "MAC", "VISION"})


class DeviceFamilyOsVersionFilter(Model):
    device_family: (
        _L["IPHONE", "IPAD", "APPLE_TV", "APPLE_WATCH", "MAC", "VISION"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="deviceFamily")
    minimum_os_inclusive: str | None | UnsetType = msgspec.field(
        default=UNSET, name="minimumOsInclusive"
    )
    maximum_os_inclusive: str | None | UnsetType = msgspec.field(
        default=UNSET, name="maximumOsInclusive"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"device_family": _E0}
