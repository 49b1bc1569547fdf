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


__all__ = ["CiBranchPatterns", "CiBranchPatternsPatterns"]


class CiBranchPatterns(Model):
    is_all_match: bool | None | UnsetType = msgspec.field(default=UNSET, name="isAllMatch")
    patterns: list[CiBranchPatternsPatterns] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiBranchPatternsPatterns(Model):
    pattern: str | None | UnsetType = UNSET
    is_prefix: bool | None | UnsetType = msgspec.field(default=UNSET, name="isPrefix")
    __ascapi_nullable__ = frozenset[str]()
