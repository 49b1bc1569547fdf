"""What generated resource classes build on: the resource bases, per-call options and ``path()``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict
from urllib.parse import quote

import httpx

from ._types import NOT_GIVEN, NotGiven
from .errors import InvalidArgumentError

if TYPE_CHECKING:
    from ._client import AsyncClient, Client

__all__ = ["NOT_GIVEN", "AsyncAPIResource", "NotGiven", "RequestOptions", "SyncAPIResource",
           "options", "path"]


class SyncAPIResource:
    def __init__(self, client: Client) -> None:
        self._client = client


class AsyncAPIResource:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client


class RequestOptions(TypedDict, total=False):
    """Per-call options every generated method forwards."""

    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    timeout: float | httpx.Timeout | None
    max_retries: int


def path(template: str, **ids: Any) -> str:
    """Fill ``{name}`` placeholders with percent-encoded ids; refuse empty ids.

    ``path("/v1/apps/{id}", id="123")`` -> ``"/v1/apps/123"``. An empty, ``None``, ``.`` or ``..``
    id would silently address another resource, so it raises :class:`~ascapi.InvalidArgumentError`.
    """
    values: dict[str, str] = {}
    for name, value in ids.items():
        text = "" if value is None else str(value)
        if not text.strip() or text in (".", ".."):
            raise InvalidArgumentError(f"{name} must be a non-empty resource id, got {value!r}")
        values[name] = quote(text, safe="")
    try:
        return template.format_map(values)
    except KeyError as exc:
        raise InvalidArgumentError(f"missing path parameter {exc.args[0]!r} for {template}"
                                   ) from None


def options(
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """Collect the per-call options, dropping those not given (``timeout=None`` is kept: no timeout)."""
    opts: RequestOptions = {}
    if extra_headers:
        opts["extra_headers"] = extra_headers
    if extra_query:
        opts["extra_query"] = extra_query
    if not isinstance(timeout, NotGiven):
        opts["timeout"] = timeout
    if not isinstance(max_retries, NotGiven):
        opts["max_retries"] = max_retries
    return opts
