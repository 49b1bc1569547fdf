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


__all__ = ["CiTestDestination"]

_E0 = frozenset({"SIMULATOR", "MAC"})


class CiTestDestination(Model):
    device_type_name: str | None | UnsetType = msgspec.field(default=UNSET, name="deviceTypeName")
    device_type_identifier: str | None | UnsetType = msgspec.field(
        default=UNSET, name="deviceTypeIdentifier"
    )
    runtime_name: str | None | UnsetType = msgspec.field(default=UNSET, name="runtimeName")
    runtime_identifier: str | None | UnsetType = msgspec.field(
        default=UNSET, name="runtimeIdentifier"
    )
    kind: _L["SIMULATOR", "MAC"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"kind": _E0}
