"""The one exception hierarchy of ascapi.

``AscError`` → ``APIConnectionError`` (→ ``APITimeoutError``), ``APIStatusError`` (one subclass per
status Apple documents, ``InternalServerError`` for any 5xx), ``ResponseDecodeError``,
``PaginationError`` (→ ``PaginationLoopError``), ``NoMatchError`` (→ ``MultipleMatchesError``),
``CredentialsError`` (→ ``InvalidPrivateKeyError``), ``InvalidArgumentError`` and
``ClientClosedError``.
No raw httpx exception reaches the caller: it is chained as ``__cause__``.

Errors travel (logs, error trackers, other processes), so none of them holds a credential: the
request an error keeps (``.request``, ``.response.request``) is a copy whose ``Authorization``
header reads ``Bearer [redacted]``. Every error pickles and unpickles with its attributes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
import msgspec

from ._ratelimit import RateLimit, rate_limit_from_headers

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AscError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "CredentialsError",
    "ErrorItem",
    "ErrorSource",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidPrivateKeyError",
    "MultipleMatchesError",
    "NoMatchError",
    "NotFoundError",
    "PaginationError",
    "PaginationLoopError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "UnprocessableEntityError",
]


REDACTED = "[redacted]"
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
_KNOWN_SCHEMES = frozenset({"bearer", "basic", "digest"})


def _redacted_value(value: str) -> str:
    scheme = value.split(" ", 1)[0]
    return f"{scheme} {REDACTED}" if scheme.lower() in _KNOWN_SCHEMES else REDACTED


def redact_request(request: httpx.Request) -> httpx.Request:
    """``request`` itself when it carries no credential, else a copy with them redacted.

    ``Authorization`` keeps its scheme (``Bearer [redacted]``); method, URL, the other headers
    and the body (when it was read) are kept.
    """
    items = request.headers.multi_items()
    if not any(name.lower() in _SECRET_HEADERS for name, _ in items):
        return request
    headers = httpx.Headers([
        (name, _redacted_value(value) if name.lower() in _SECRET_HEADERS else value)
        for name, value in items
    ])
    try:
        content: bytes | None = request.content
    except httpx.RequestNotRead:  # a streamed body: it is not kept
        content = None
    copy = httpx.Request(request.method, request.url, headers=headers, content=content,
                         extensions=dict(request.extensions))
    if content is None:
        copy.headers = headers  # keep the original Content-Length / Transfer-Encoding as sent
    return copy


def redact_response(response: httpx.Response) -> httpx.Response:
    """``response`` itself when its request carries no credential, else a new response with the
    same status, headers and content whose ``.request`` is the redacted copy."""
    try:
        request = response.request
    except RuntimeError:  # a response built without a request
        return response
    safe = redact_request(request)
    if safe is request:
        return response
    try:
        content = response.content
    except httpx.ResponseNotRead:
        copy = httpx.Response(response.status_code, headers=response.headers,
                              stream=response.stream, request=safe,
                              extensions=dict(response.extensions))
    else:
        copy = httpx.Response(response.status_code, headers=response.headers, content=content,
                              request=safe, extensions=dict(response.extensions))
        # `content=` sets Content-Length; what the server sent is the truth.
        copy.headers = httpx.Headers(response.headers)
    copy.default_encoding = response.default_encoding
    copy.history = [redact_response(r) for r in response.history]
    try:
        copy.elapsed = response.elapsed
    except RuntimeError:  # not closed yet: nothing to copy
        pass
    return copy


def _restore(cls: type[AscError], args: tuple[Any, ...], state: dict[str, Any]) -> AscError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class AscError(Exception):
    """Base of every exception ascapi raises on purpose."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The subclasses' keyword-only constructors cannot be called with ``args`` alone, so an
        # error is rebuilt from its message and attributes (multiprocessing, task queues).
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class CredentialsError(AscError, ValueError):
    """The credentials are incomplete or invalid (raised when they are built, never later)."""


class InvalidPrivateKeyError(CredentialsError):
    """The private key is not a usable EC P-256 key. The message says why; it never holds key text."""


class InvalidArgumentError(AscError, ValueError, TypeError):
    """An argument was refused before anything was sent: a value out of range (``limit=201``),
    of the wrong type (``limit="5"``), an empty resource id, a URL that cannot be used.

    Also a ``ValueError`` and a ``TypeError``, so code that caught either before keeps working.
    """


class ClientClosedError(AscError, RuntimeError):
    """A call was made on a client that is closed (``close()`` was called or its ``with`` block
    ended). A closed client stays closed: create a new one. Also a ``RuntimeError``."""


class ResponseDecodeError(AscError):
    """A response body could not be decoded into the expected model.

    ``path`` is the JSON path of the offending member when known (``$.data[0].attributes.platform``).
    """

    def __init__(self, message: str, *, path: str | None = None,
                 response: httpx.Response | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.response = response

    @property
    def response(self) -> httpx.Response | None:
        """The response that could not be decoded (its request's credentials redacted)."""
        return self._response

    @response.setter
    def response(self, value: httpx.Response | None) -> None:
        self._response = None if value is None else redact_response(value)


class PaginationError(AscError):
    """A page's ``links.next`` cannot be followed safely (another host, a loop, a bad URL)."""

    def __init__(self, message: str, *, url: str | None = None) -> None:
        super().__init__(message)
        self.url = url


class PaginationLoopError(PaginationError):
    """A ``links.next`` repeats a URL that this iteration already requested."""


class NoMatchError(AscError, LookupError):
    """``Page.one()`` found no item with the wanted attributes (see ``MultipleMatchesError``).

    Also a ``LookupError``. ``matches`` is how many items matched (0 here), ``criteria`` the
    attributes that were asked for.
    """

    def __init__(self, message: str, *, matches: int = 0,
                 criteria: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.matches = matches
        self.criteria = dict(criteria or {})


class MultipleMatchesError(NoMatchError):
    """``Page.one()`` found more than one item with the wanted attributes (``matches`` of them)."""


class APIConnectionError(AscError):
    """The request did not get an HTTP answer (DNS, refused connection, reset, protocol error)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request

    @property
    def request(self) -> httpx.Request | None:
        """The request that got no answer (its credentials redacted)."""
        return self._request

    @request.setter
    def request(self, value: httpx.Request | None) -> None:
        self._request = None if value is None else redact_request(value)


class APITimeoutError(APIConnectionError):
    """The request timed out."""


@dataclass(frozen=True)
class ErrorSource:
    """Where an error points: a JSON pointer into the request body or a query parameter name."""

    pointer: str | None = None
    parameter: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class ErrorItem:
    """One member of a JSON:API ``errors`` array, every field kept (unknown ones in ``raw``)."""

    id: str | None = None
    status: str | None = None
    code: str | None = None
    title: str | None = None
    detail: str | None = None
    source: ErrorSource | None = None
    links: Mapping[str, Any] = field(default_factory=dict)
    meta: Mapping[str, Any] = field(default_factory=dict)
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_json(cls, obj: Any) -> ErrorItem:
        if not isinstance(obj, Mapping):
            return cls(detail=str(obj), raw={"detail": obj})
        source = obj.get("source")
        links = obj.get("links")
        meta = obj.get("meta")
        return cls(
            id=_opt_str(obj.get("id")),
            status=_opt_str(obj.get("status")),
            code=_opt_str(obj.get("code")),
            title=_opt_str(obj.get("title")),
            detail=_opt_str(obj.get("detail")),
            source=ErrorSource(
                pointer=_opt_str(source.get("pointer")),
                parameter=_opt_str(source.get("parameter")),
                raw=dict(source),
            ) if isinstance(source, Mapping) else None,
            links=dict(links) if isinstance(links, Mapping) else {},
            meta=dict(meta) if isinstance(meta, Mapping) else {},
            raw=dict(obj),
        )

    @property
    def associated_errors(self) -> dict[str, list[ErrorItem]]:
        """``meta.associatedErrors``: nested errors keyed by the resource path they belong to."""
        assoc = self.meta.get("associatedErrors")
        if not isinstance(assoc, Mapping):
            return {}
        return {
            str(key): [ErrorItem.from_json(e) for e in items]
            for key, items in assoc.items()
            if isinstance(items, Sequence) and not isinstance(items, str)
        }

    def has_code(self, prefix: str) -> bool:
        """True when ``code``, or the code of one of its ``associated_errors``, is ``prefix`` or
        lies under it (``ENTITY_ERROR`` ⊃ ``ENTITY_ERROR.ATTRIBUTE``)."""
        return _code_matches(self.code, prefix) or any(
            e.has_code(prefix) for items in self.associated_errors.values() for e in items)

    def describe(self) -> str:
        """``CODE: detail [source]``, then the associated errors, where Apple puts the reasons
        (``… (associated: /v1/appStoreVersions/1: CODE: detail; …)``)."""
        parts = [p for p in (self.code, self.detail or self.title) if p]
        text = ": ".join(parts) if parts else "(no code or detail)"
        if self.source and (self.source.pointer or self.source.parameter):
            text += f" [{self.source.pointer or self.source.parameter}]"
        groups = [f"{where}: " + "; ".join(e.describe() for e in items)
                  for where, items in self.associated_errors.items() if items]
        if groups:
            text += f" (associated: {'; '.join(groups)})"
        return text


_TOKEN = re.compile(r"\beyJ[\w-]*\.[\w-]+\.[\w-]*")  # a JWT (its header starts with '{"')
_TITLE = re.compile(r"<title[^>]*>(.*?)</title", re.I | re.S)
_GIST_CHARS = 200


def _body_gist(body: str, content_type: str | None) -> str | None:
    """What a non-JSON:API error body says, in short: an HTML page's ``<title>``, or plain text
    (collapsed, cut at about 200 characters). JSON without ``errors`` gives ``None``."""
    if "html" in (content_type or "").lower() or body.lstrip()[:1] == "<":
        match = _TITLE.search(body)
        text = html.unescape(match.group(1)) if match else ""
    elif _looks_like_json(content_type, body.encode()):
        return None
    else:
        text = body
    text = " ".join(_TOKEN.sub(REDACTED, text).split())  # before cutting: no half token stays
    if len(text) > _GIST_CHARS:
        text = text[:_GIST_CHARS].rstrip() + "…"
    return text or None


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _code_matches(code: str | None, prefix: str) -> bool:
    if not code:
        return False
    prefix = prefix.rstrip(".")
    return code == prefix or code.startswith(prefix + ".")


class APIStatusError(AscError):
    """App Store Connect answered with a non-success status.

    Keeps every item of ``errors[]`` (``.errors``), the first code (``.code``), the request method
    and URL, the response (whose ``.request`` has its credentials redacted), its content type, its raw text (``.body``; useful when it is not JSON,
    e.g. a gateway's HTML page), the parsed ``X-Rate-Limit`` (``.rate_limit``) and ``Retry-After``
    in seconds (``.retry_after``, ``None`` when the server gave no hint).
    """

    status_code: int

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: str,
        errors: Sequence[ErrorItem] = (),
        response: httpx.Response | None = None,
        body: str = "",
        content_type: str | None = None,
        rate_limit: RateLimit | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.status_code = status_code
        self.method = method
        self.url = url
        self.errors: list[ErrorItem] = list(errors)
        self.response = response
        self.body = body
        self.content_type = content_type
        self.rate_limit = rate_limit
        self.retry_after = retry_after
        super().__init__(self._message())

    @property
    def code(self) -> str | None:
        """The first error's code (Apple: "use only the code property" for handling)."""
        return next((e.code for e in self.errors if e.code), None)

    @property
    def codes(self) -> list[str]:
        return [e.code for e in self.errors if e.code]

    @property
    def response(self) -> httpx.Response | None:
        return self._response

    @response.setter
    def response(self, value: httpx.Response | None) -> None:
        self._response = None if value is None else redact_response(value)

    @property
    def request(self) -> httpx.Request | None:
        """The request that was answered, its ``Authorization`` header redacted."""
        if self._response is None:
            return None
        try:
            return self._response.request
        except RuntimeError:
            return None

    def has_code(self, prefix: str) -> bool:
        """True when any error's code, or an associated error's, is ``prefix`` or lies under it
        (dot-separated hierarchy)."""
        return any(e.has_code(prefix) for e in self.errors)

    def _message(self) -> str:
        from urllib.parse import urlsplit

        path = urlsplit(self.url).path or self.url
        text = f"{self.method} {path} -> {self.status_code}"
        if self.errors:
            text += ": " + "; ".join(e.describe() for e in self.errors)
        elif self.body.strip():
            kind = self.content_type or "unknown content type"
            text += f" (non-JSON:API body, {kind}, {len(self.body)} chars)"
            gist = _body_gist(self.body, self.content_type)
            if gist:
                text += f": {gist}"
        else:
            text += " (empty body)"
        # One line, whatever the details hold; a token a proxy echoed back is not repeated.
        return _TOKEN.sub(REDACTED, " ".join(text.split()))


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class ConflictError(APIStatusError):
    status_code = 409


class UnprocessableEntityError(APIStatusError):
    status_code = 422


class RateLimitError(APIStatusError):
    status_code = 429


class InternalServerError(APIStatusError):
    """Any 5xx."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    return _BY_STATUS.get(status, APIStatusError)


def status_error_from_response(response: httpx.Response, *,
                               retry_after: float | None = None) -> APIStatusError:
    """Build the typed error for a non-success response; never raises while doing so."""
    request = response.request
    content_type = response.headers.get("content-type")
    raw = response.content
    body = raw.decode("utf-8", errors="replace")
    errors: list[ErrorItem] = []
    if raw.strip() and _looks_like_json(content_type, raw):
        try:
            doc = msgspec.json.decode(raw)
        except msgspec.DecodeError:
            doc = None
        if isinstance(doc, Mapping) and isinstance(doc.get("errors"), list):
            errors = [ErrorItem.from_json(e) for e in doc["errors"]]
    cls = error_class_for(response.status_code)
    return cls(
        status_code=response.status_code,
        method=request.method,
        url=str(request.url),
        errors=errors,
        response=response,
        body=body,
        content_type=content_type,
        rate_limit=rate_limit_from_headers(response.headers),
        retry_after=retry_after,
    )


def _looks_like_json(content_type: str | None, raw: bytes) -> bool:
    if content_type and "json" in content_type.lower():
        return True
    return raw.lstrip()[:1] in (b"{", b"[")
