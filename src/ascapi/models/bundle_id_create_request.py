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


__all__ = [
    "BundleIdCreateRequest",
    "BundleIdCreateRequestData",
    "BundleIdCreateRequestDataAttributes",
]

_E0 = frozenset({"bundleIds"})
_E1 = frozenset({"IOS", "MAC_OS", "UNIVERSAL", "SERVICES"})


class BundleIdCreateRequest(Model):
    data: BundleIdCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BundleIdCreateRequestData(Model):
    type: _L["bundleIds"] | str | None | UnsetType = UNSET
    attributes: BundleIdCreateRequestDataAttributes | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BundleIdCreateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    platform: _L["IOS", "MAC_OS", "UNIVERSAL", "SERVICES"] | str | None | UnsetType = UNSET
    identifier: str | None | UnsetType = UNSET
    seed_id: str | None | UnsetType = msgspec.field(default=UNSET, name="seedId")
    __ascapi_required__ = frozenset({"identifier", "name", "platform"})
    __ascapi_nullable__ = frozenset({"seed_id"})
    __ascapi_enums__ = {"platform": _E1}
