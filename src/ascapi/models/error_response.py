# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec

from ascapi._jsonapi import UNSET, Document, Model, UnsetType
from ascapi.models.error_links import ErrorLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["ErrorResponse", "ErrorResponseErrors"]


class ErrorResponse(Document):
    errors: list[ErrorResponseErrors] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ErrorResponseErrors(Model, kw_only=True):
    id: str | None | UnsetType = UNSET
    if TYPE_CHECKING:
        status: str
        code: str
        title: str
        detail: str
    else:
        status: str | None | UnsetType = UNSET
        code: str | None | UnsetType = UNSET
        title: str | None | UnsetType = UNSET
        detail: str | None | UnsetType = UNSET
    source: dict[str, Any] | None | UnsetType = UNSET
    links: ErrorLinks | None | UnsetType = UNSET
    meta: dict[str, Any] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"code", "detail", "status", "title"})
    __ascapi_nullable__ = frozenset[str]()
