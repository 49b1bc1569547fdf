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


def json_response(status: int, doc: object, headers: list[tuple[str, str]] | None = None) -> Response:
    out = [("content-type", "application/json"), *(headers or [])]
    return Response(status, out, msgspec.json.encode(doc))
