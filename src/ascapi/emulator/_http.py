"""The pure request/response pair the handler works on, independent of any server."""

from __future__ import annotations

from dataclasses import dataclass, field

import msgspec


@dataclass
class Request:
    method: str
    url: str  # absolute: scheme://host[:port]/path?query
    headers: dict[str, str]  # lower-case names
    body: bytes = b""


@dataclass
class Response:
    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    delay: float = 0.0  # seconds the adapter waits before answering (latency fault)
    drop: bool = False  # the adapter breaks the connection mid-body (dropped-connection fault)


def text_response(status: int, message: str) -> Response:
    return Response(status, [("content-type", "text/plain; charset=utf-8")], message.encode())


def ascii_digits(text: str) -> bool:
    """Only 0-9: str.isdigit() also takes '²' and '٣', which int() then refuses or misreads."""
    return text.isascii() and text.isdigit()


def signed_expiry(query: dict[str, str]) -> int:
    """The ``expires`` of a pre-signed upload or download URL; 0 (long past) when malformed."""
    raw = query.get("expires", "")
    return int(raw) if ascii_digits(raw) else 0


def json_response(status: int, doc: object, headers: list[tuple[str, str]] | None = None) -> Response:
    out = [("content-type", "application/json"), *(headers or [])]
    return Response(status, out, msgspec.json.encode(doc))
