# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.http_header import HttpHeader

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["DeliveryFileUploadOperation"]


class DeliveryFileUploadOperation(Model):
    method: str | None | UnsetType = UNSET
    url: str | None | UnsetType = UNSET
    length: int | None | UnsetType = UNSET
    offset: int | None | UnsetType = UNSET
    request_headers: list[HttpHeader] | None | UnsetType = msgspec.field(
        default=UNSET, name="requestHeaders"
    )
    expiration: _dt.datetime | None | UnsetType = UNSET
    part_number: int | None | UnsetType = msgspec.field(default=UNSET, name="partNumber")
    entity_tag: str | None | UnsetType = msgspec.field(default=UNSET, name="entityTag")
    __ascapi_nullable__ = frozenset[str]()
