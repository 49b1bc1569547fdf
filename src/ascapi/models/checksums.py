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


__all__ = ["Checksums", "ChecksumsFile", "ChecksumsComposite"]

_E0 = frozenset({"MD5", "SHA_256"})
_E1 = frozenset({"MD5"})


class Checksums(Model):
    file: ChecksumsFile | None | UnsetType = UNSET
    composite: ChecksumsComposite | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ChecksumsFile(Model):
    hash: str | None | UnsetType = UNSET
    algorithm: _L["MD5", "SHA_256"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"algorithm": _E0}


class ChecksumsComposite(Model):
    hash: str | None | UnsetType = UNSET
    algorithm: _L["MD5"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"algorithm": _E1}
