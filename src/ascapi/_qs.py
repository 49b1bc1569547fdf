"""Query-string encoding for App Store Connect.

Wire names are kept exactly (``filter[preReleaseVersion.version]``, ``fields[apps]``); lists are
sent once, comma-joined (the spec's ``form`` / ``explode: false``); booleans are ``true``/``false``;
enums by value; ``None`` and empty lists are dropped. Keys and values are percent-encoded the way
Apple's own links are (``%5B``, ``%5D``, ``%2C``; a space as ``%20``).
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

from .errors import InvalidArgumentError

__all__ = ["build_query", "check_maxima", "encode_value", "merge_params"]


def encode_value(value: Any) -> str | None:
    """One parameter value as its wire text, or ``None`` when it should not be sent."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return encode_value(value.value)
    if isinstance(value, (str, int, float)):
        return str(value)
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    if isinstance(value, Iterable) and not isinstance(value, (bytes, Mapping)):
        parts = [p for p in (encode_value(v) for v in value) if p is not None]
        return ",".join(parts) if parts else None
    raise InvalidArgumentError(f"cannot send a value of type {type(value).__name__} as a query "
                               "parameter")


def check_maxima(params: Mapping[str, Any], maxima: Mapping[str, int] | None) -> None:
    """Refuse, before anything is sent, a value above the spec's documented maximum.

    A parameter with a maximum is an integer (``limit``, ``limit[builds]``): any other value,
    ``True`` included (it would go out as ``limit=true``), is refused too. Raises
    :class:`~ascapi.InvalidArgumentError` (a ``ValueError`` and a ``TypeError``).
    """
    if not maxima:
        return
    for wire, maximum in maxima.items():
        value = params.get(wire)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidArgumentError(f"{wire} must be an integer from 1 to {maximum}, got "
                                       f"{type(value).__name__} {value!r}")
        if value > maximum:
            raise InvalidArgumentError(f"{wire}={value} is above the documented maximum of "
                                       f"{maximum} for this operation; page through the results "
                                       "instead")
        if value < 1 and (wire == "limit" or wire.startswith("limit[")):
            raise InvalidArgumentError(f"{wire}={value} must be at least 1")


def merge_params(params: Mapping[str, Any] | None,
                 extra: Mapping[str, Any] | None) -> dict[str, Any]:
    merged = dict(params or {})
    if extra:
        merged.update(extra)
    return merged


def build_query(params: Mapping[str, Any] | None) -> str:
    """The encoded query string (no leading ``?``), in the order the parameters were given."""
    if not params:
        return ""
    pairs = []
    for key, value in params.items():
        try:
            text = encode_value(value)
        except InvalidArgumentError as exc:
            raise InvalidArgumentError(f"{key}: {exc}") from None
        if text is None:
            continue
        pairs.append(f"{quote(str(key), safe='')}={quote(text, safe='')}")
    return "&".join(pairs)
