# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.app_media_state_error import AppMediaStateError

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["AppMediaPreviewFrameImageState"]

_E0 = frozenset({"PROCESSING", "COMPLETE", "FAILED"})


class AppMediaPreviewFrameImageState(Model):
    errors: list[AppMediaStateError] | None | UnsetType = UNSET
    warnings: list[AppMediaStateError] | None | UnsetType = UNSET
    state: _L["PROCESSING", "COMPLETE", "FAILED"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"state": _E0}
