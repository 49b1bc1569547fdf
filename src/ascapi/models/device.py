# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["Device", "DeviceAttributes"]

_E0 = frozenset({"devices"})
_E1 = frozenset({"IOS", "MAC_OS", "UNIVERSAL", "SERVICES"})
_E2 = frozenset({"APPLE_VISION_PRO", "APPLE_WATCH", "IPAD", "IPHONE", "IPOD", "APPLE_TV", "MAC"})
_E3 = frozenset({"ENABLED", "DISABLED"})


class Device(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["devices"] | str
        id: str
    else:
        type: _L["devices"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: DeviceAttributes | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class DeviceAttributes(Model):
    name: str | None | UnsetType = UNSET
    platform: _L["IOS", "MAC_OS", "UNIVERSAL", "SERVICES"] | str | None | UnsetType = UNSET
    udid: str | None | UnsetType = UNSET
    device_class: (
        _L["APPLE_VISION_PRO", "APPLE_WATCH", "IPAD", "IPHONE", "IPOD", "APPLE_TV", "MAC"]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="deviceClass")
    status: _L["ENABLED", "DISABLED"] | str | None | UnsetType = UNSET
    model: str | None | UnsetType = UNSET
    added_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="addedDate")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"platform": _E1, "device_class": _E2, "status": _E3}
