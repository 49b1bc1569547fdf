"""The small response object returned by ``client.request()``."""

from __future__ import annotations

from typing import Any, TypeVar

import httpx
import msgspec

from ._jsonapi import decode
from ._ratelimit import RateLimit, rate_limit_from_headers
from .errors import ResponseDecodeError

T = TypeVar("T")

__all__ = ["APIResponse"]


class APIResponse:
    """A successful answer: status, headers, body, and the parsed ``X-Rate-Limit``."""

    __slots__ = ("_rate_limit", "http_response")

    def __init__(self, http_response: httpx.Response) -> None:
        self.http_response = http_response
        self._rate_limit = rate_limit_from_headers(http_response.headers)

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    @property
    def url(self) -> str:
        return str(self.http_response.request.url)

    @property
    def rate_limit(self) -> RateLimit | None:
        return self._rate_limit

    def json(self) -> Any:
        """The body as plain JSON; ``None`` for an empty body (204).

        A body that is not JSON raises :class:`~ascapi.ResponseDecodeError`.
        """
        content = self.http_response.content
        try:
            return msgspec.json.decode(content) if content.strip() else None
        except msgspec.DecodeError as exc:
            ctype = self.headers.get("content-type", "no content type")
            raise ResponseDecodeError(f"the body is not JSON ({ctype}): {exc}",
                                      response=self.http_response) from None

    def parse(self, type_: type[T], *, strict: bool = False) -> T:
        """Decode the body into a model."""
        return decode(self.http_response.content, type_, strict=strict)

    def __repr__(self) -> str:
        return f"<APIResponse {self.http_response.request.method} {self.url} {self.status_code}>"
