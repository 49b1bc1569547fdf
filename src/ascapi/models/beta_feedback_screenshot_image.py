# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["BetaFeedbackScreenshotImage"]


class BetaFeedbackScreenshotImage(Model):
    url: str | None | UnsetType = UNSET
    width: int | None | UnsetType = UNSET
    height: int | None | UnsetType = UNSET
    expiration_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="expirationDate"
    )
    __ascapi_nullable__ = frozenset[str]()
