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


__all__ = ["DeviceCreateRequest", "DeviceCreateRequestData", "DeviceCreateRequestDataAttributes"]

_E0 = frozenset({"devices"})
_E1 = frozenset({"IOS", "MAC_OS", "UNIVERSAL", "SERVICES"})


class DeviceCreateRequest(Model):
    data: DeviceCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class DeviceCreateRequestData(Model):
    type: _L["devices"] | str | None | UnsetType = UNSET
    attributes: DeviceCreateRequestDataAttributes | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class DeviceCreateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    platform: _L["IOS", "MAC_OS", "UNIVERSAL", "SERVICES"] | str | None | UnsetType = UNSET
    udid: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"name", "platform", "udid"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"platform": _E1}
