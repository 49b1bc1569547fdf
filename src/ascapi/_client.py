"""``Client`` and ``AsyncClient``: transport, auth, retries, errors and decoding for every call."""

from __future__ import annotations

import inspect
import logging
import math
import os
import platform
import re
import time
import warnings
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar
from urllib.parse import urlsplit

import httpx

from ._auth import Credentials
from ._base import RequestOptions
from ._jsonapi import Document, UnsetType, decode, encode
from ._namespaces import AsyncNamespaces, SyncNamespaces
from ._qs import build_query, check_maxima, merge_params
from ._ratelimit import rate_limit_from_headers
from ._response import APIResponse
from ._retry import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_DELAY,
    RetryPolicy,
    RetryPolicyFn,
    parse_retry_after,
)
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    InvalidArgumentError,
    PaginationError,
    PaginationLoopError,
    ResponseDecodeError,
    redact_request,
    status_error_from_response,
)

if TYPE_CHECKING:
    from .pagination import AsyncPager, Page

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "AsyncClient", "Client", "value"]

__version__ = "0.1.0"

DEFAULT_BASE_URL = "https://api.appstoreconnect.apple.com"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)

log = logging.getLogger("ascapi")

T = TypeVar("T")
Result = Literal["json", "bytes", "text"]
SleepFn = Callable[[float], Awaitable[None] | None]


async def _asyncio_sleep(delay: float) -> None:
    # asyncio is imported on first use: `import ascapi` stays cheaper for sync-only users.
    import asyncio

    await asyncio.sleep(delay)


def value(member: T | UnsetType | None) -> T | None:
    """``member``, or ``None`` when it is ``ascapi.UNSET`` (absent from the response document).

    Members Apple may leave out are typed ``X | None | UnsetType`` (``UNSET``: not sent,
    ``None``: sent as null). Where that difference does not matter, this folds both into
    ``None``, typed ``X | None``::

        attributes = ascapi.value(app.attributes)        # AppAttributes | None
        name: str | None = ascapi.value(attributes.name)
        bundle_id: str = ascapi.value(attributes.bundle_id) or ""
    """
    return None if isinstance(member, UnsetType) else member


def _default_user_agent() -> str:
    return (f"ascapi/{__version__} python/{platform.python_version()} "
            f"httpx/{httpx.__version__}")


def _without_token(
    holder: httpx.Response | httpx.HTTPError, request: httpx.Request | None, token: str | None
) -> None:
    """Point what the caller may keep (a response, or an httpx error chained as ``__cause__``)
    at a copy of the request whose token is redacted; the request object sent is left as is."""
    if token is not None and request is not None:
        holder.request = redact_request(request)


_VERSION_SEGMENT = re.compile(r"/v[0-9]+$")


def _parse_base_url(base_url: Any) -> httpx.URL:
    text = str(base_url).strip()
    try:
        base = httpx.URL(text)
    except httpx.InvalidURL:
        base = None
    if base is None or base.scheme not in ("http", "https") or not base.host:
        raise InvalidArgumentError(f"base_url must be an absolute http(s) URL, got {base_url!r}")
    if "?" in text or "#" in text:
        # Every request builds its own query; one on the base would be dropped without a word.
        raise InvalidArgumentError(f"base_url must not have a query or fragment, got {base_url!r}; "
                                   "pass query parameters with each call (extra_query=)")
    return base


def _check_max_retries(value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidArgumentError(f"max_retries must be a non-negative integer, got {value!r}")


def _check_timeout(value: Any) -> None:
    if value is None or isinstance(value, httpx.Timeout):
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not (
            0 < value < math.inf):
        raise InvalidArgumentError(f"timeout must be a positive number of seconds, an "
                                   f"httpx.Timeout or None (no timeout), got {value!r}")


def _check_headers(headers: Mapping[Any, Any]) -> None:
    for name, text in headers.items():
        if not isinstance(name, (str, bytes)) or not isinstance(text, (str, bytes)):
            # the value is not shown: it may be a credential
            raise InvalidArgumentError(f"header {name!r} must have a string value, got a "
                                       f"{type(text).__name__}")


def _base_url_from_env(kwargs: dict[str, Any]) -> dict[str, Any]:
    """``kwargs`` with ``base_url`` from ``ASC_BASE_URL`` (trimmed) unless given or blank."""
    env = os.environ.get("ASC_BASE_URL", "").strip()
    if "base_url" not in kwargs and env:
        kwargs["base_url"] = env
    return kwargs


def _path_of(url: str) -> str:
    return urlsplit(url).path or url


class _Prepared:
    __slots__ = ("content", "headers", "max_retries", "method", "timeout", "url")

    def __init__(self, method: str, url: str, content: bytes | None, headers: dict[str, str],
                 timeout: TimeoutTypes, max_retries: int) -> None:
        self.method = method
        self.url = url
        self.content = content
        self.headers = headers
        self.timeout = timeout
        self.max_retries = max_retries


class _BaseClient:
    """Configuration and everything about a request that does not wait on I/O."""

    def __init__(
        self,
        credentials: Credentials,
        *,
        base_url: str,
        timeout: TimeoutTypes,
        max_retries: int,
        user_agent: str | None,
        strict: bool,
        retry_policy: RetryPolicyFn | None,
        max_retry_delay: float,
    ) -> None:
        if not isinstance(credentials, Credentials):
            raise InvalidArgumentError("credentials must be an ascapi.Credentials")
        _check_max_retries(max_retries)
        _check_timeout(timeout)
        if (isinstance(max_retry_delay, bool) or not isinstance(max_retry_delay, (int, float))
                or not 0 <= max_retry_delay < math.inf):
            raise InvalidArgumentError(f"max_retry_delay must be a non-negative number of "
                                       f"seconds, got {max_retry_delay!r}")
        self.credentials = credentials
        base = _parse_base_url(base_url)
        self._origin = (base.scheme, base.host, base.port)
        host, port = base.host, base.port
        netloc = f"[{host}]" if ":" in host and not host.startswith("[") else host
        if port is not None:
            netloc = f"{netloc}:{port}"
        self._origin_prefix = f"{base.scheme}://{netloc}"  # what _url writes before the path
        # Every operation's path names its version (/v1, /v2, /v3): a base ending in one, as
        # Apple's docs often write it, would turn /v2/inAppPurchases into /v1/v2/inAppPurchases.
        self._base_path = _VERSION_SEGMENT.sub("", base.raw_path.decode("ascii").rstrip("/"))
        self.base_url = self._origin_prefix + self._base_path
        self.timeout = timeout
        self.max_retries = max_retries
        self.user_agent = user_agent or _default_user_agent()
        self.strict = strict
        self.max_retry_delay = max_retry_delay
        self._custom_policy = retry_policy
        self.retry_policy: RetryPolicyFn = retry_policy or RetryPolicy(max_delay=max_retry_delay)

    # --- URLs ------------------------------------------------------------------------------

    def _url(self, path: str) -> str:
        """Absolute URL for ``path``; never ``//v1`` nor ``/v1/v1`` whichever side has slashes."""
        if path.startswith(("http://", "https://")):
            return path
        rel = "/" + path.lstrip("/")
        prefix = self._base_path
        if prefix and (rel == prefix or rel.startswith(prefix + "/")):
            prefix = ""  # the path already carries the base's path (e.g. both say /v1)
        return f"{self._origin_prefix}{prefix}{rel}"

    def _is_api_url(self, url: str | httpx.URL) -> bool:
        """Only the configured API origin ever receives the Authorization header."""
        if isinstance(url, str):
            # What _url builds: the exact origin, then the path, query or fragment begins (so
            # no userinfo, port or longer host can follow). Any other spelling is parsed.
            prefix = self._origin_prefix
            if url.startswith(prefix) and url[len(prefix):len(prefix) + 1] in ("", "/", "?", "#"):
                return True
            try:
                url = httpx.URL(url)
            except httpx.InvalidURL:
                return False  # sending it fails with a clear error; no token goes with it
        return (url.scheme, url.host, url.port) == self._origin

    def _next_url(self, link: str, requested: frozenset[str]) -> str:
        """Validate a ``links.next`` before following it verbatim."""
        url = link if link.startswith(("http://", "https://")) else self._url(link)
        try:
            target = httpx.URL(url)
        except httpx.InvalidURL:
            raise PaginationError(f"links.next is not a valid URL: {link!r}", url=link) from None
        if not self._is_api_url(target):
            raise PaginationError(
                f"links.next points to another host ({target.host}), not the API at "
                f"{self.base_url}; refusing to follow it (it would receive the API token): {link}",
                url=link)
        if url in requested:
            raise PaginationLoopError(
                f"links.next repeats a page already requested in this iteration: {url}", url=url)
        return url

    # --- requests ----------------------------------------------------------------------------

    def _prepare(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        maxima: Mapping[str, int] | None = None,
        body: Any = None,
        content: bytes | None = None,
        accept: str | None = None,
        headers: Mapping[str, str] | None = None,
        options: RequestOptions | None = None,
    ) -> _Prepared:
        opts: RequestOptions = options or {}
        check_maxima(params or {}, maxima)  # extra_query is the raw escape hatch: sent as given
        url = self._url(path)
        query = build_query(merge_params(params, opts.get("extra_query")))
        if query:
            url += ("&" if "?" in url else "?") + query
        all_headers = {"Accept": accept or "application/json", "User-Agent": self.user_agent}
        if body is not None:
            content = encode(body)
            all_headers["Content-Type"] = "application/json"
        for given in (headers, opts.get("extra_headers")):
            if given:
                _check_headers(given)
                all_headers.update(given)
        # The client's own settings were checked when it was made; only per-call ones here.
        timeout = self.timeout
        if "timeout" in opts:
            timeout = opts["timeout"]
            _check_timeout(timeout)
        max_retries = self.max_retries
        if "max_retries" in opts:
            max_retries = opts["max_retries"]
            _check_max_retries(max_retries)
        return _Prepared(method.upper(), url, content, all_headers, timeout, max_retries)

    def _retry_delay(self, attempt: int, max_retries: int, method: str,
                     outcome: int | BaseException, headers: Mapping[str, str],
                     nothing_sent: bool) -> float | None:
        if attempt >= max_retries:
            return None
        delay = self.retry_policy(attempt, method, outcome, headers, nothing_sent)
        if delay is None:
            return None
        # max_retry_delay bounds every wait, whichever policy chose it (NaN waits nothing).
        return min(max(0.0, float(delay)), self.max_retry_delay)

    @staticmethod
    def _transport_error(exc: httpx.HTTPError, method: str, url: str,
                         request: httpx.Request | None) -> tuple[APIConnectionError, bool]:
        """Map an httpx exception; the flag says whether nothing can have reached the server."""
        where = f"{method} {_path_of(url)}"
        if isinstance(exc, httpx.TimeoutException):
            nothing_sent = isinstance(exc, (httpx.ConnectTimeout, httpx.PoolTimeout))
            return APITimeoutError(f"{where}: timed out ({type(exc).__name__})",
                                   request=request), nothing_sent
        nothing_sent = isinstance(exc, (httpx.ConnectError, httpx.UnsupportedProtocol))
        return APIConnectionError(f"{where}: connection failed ({type(exc).__name__}: {exc})",
                                  request=request), nothing_sent

    def _log_retry(self, method: str, url: str, delay: float, attempt: int, max_retries: int,
                   outcome: int | BaseException) -> None:
        if log.isEnabledFor(logging.DEBUG):
            what = outcome if isinstance(outcome, int) else type(outcome).__name__
            log.debug("retrying %s %s in %.2f s (retry %d of %d) after %s",
                      method, _path_of(url), delay, attempt + 1, max_retries, what)

    def _status_error(self, response: httpx.Response) -> Exception:
        return status_error_from_response(response,
                                          retry_after=parse_retry_after(response.headers))

    def _process(self, response: httpx.Response, response_type: type[Any] | None,
                 result: Result) -> Any:
        if result == "bytes":
            return response.content
        if result == "text":
            return response.text
        if response.status_code == 204 or response_type is None:
            return None  # no body declared or sent: never hand one to the JSON parser
        content = response.content
        try:
            if not content.strip():
                # A truncated or proxy-emptied answer must not pass for a document with no data.
                name = getattr(response_type, "__name__", repr(response_type))
                raise ResponseDecodeError(f"the body was empty where {name} was expected")
            document = decode(content, response_type, strict=self.strict)
        except ResponseDecodeError as exc:
            exc.response = response
            ctype = response.headers.get("content-type", "no content type")
            exc.args = (f"{response.request.method} {_path_of(str(response.request.url))} "
                        f"({ctype}): {exc.args[0]}",)
            raise
        if isinstance(document, Document):
            document._attach(response, rate_limit_from_headers(response.headers))
        return document

    @staticmethod
    def _warn_deprecated(operation_id: str | None) -> None:
        if operation_id:
            warnings.warn(f"{operation_id} is deprecated in App Store Connect API",
                          DeprecationWarning, stacklevel=4)

    def _closed_error(self) -> ClientClosedError:
        """For the ``RuntimeError`` httpx raises when its connection pool is closed."""
        name = "AsyncClient" if isinstance(self, AsyncClient) else "Client"
        with_ = "async with" if name == "AsyncClient" else "with"
        return ClientClosedError(
            f"this ascapi.{name} is closed (close() was called, or its `{with_}` block ended); "
            f"create a new {name}, or make the calls inside `{with_} ascapi.{name}(...) as "
            "client:`")

    def _settings(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "user_agent": self.user_agent,
            "strict": self.strict,
            "retry_policy": self._custom_policy,
            "max_retry_delay": self.max_retry_delay,
        }


class Client(SyncNamespaces, _BaseClient):
    """Synchronous App Store Connect client.

    ``sleep`` (default ``time.sleep``) is what retries wait with; tests pass a recorder.
    ``strict=True`` decodes every response strictly (required members, nullability, enum values).
    """

    def __init__(
        self,
        credentials: Credentials,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        user_agent: str | None = None,
        strict: bool = False,
        retry_policy: RetryPolicyFn | None = None,
        max_retry_delay: float = DEFAULT_MAX_RETRY_DELAY,
        sleep: Callable[[float], None] | None = None,
        http2: bool = False,
    ) -> None:
        _BaseClient.__init__(self, credentials, base_url=base_url, timeout=timeout,
                             max_retries=max_retries, user_agent=user_agent, strict=strict,
                             retry_policy=retry_policy, max_retry_delay=max_retry_delay)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(transport=transport, timeout=timeout,
                                                 follow_redirects=False, http2=http2)
        self._sleep = sleep or time.sleep

    @classmethod
    def from_env(cls, **kwargs: Any) -> Client:
        """Credentials from ``ASC_*`` variables; ``ASC_BASE_URL`` (trimmed) overrides the API base
        if set and not blank."""
        return cls(Credentials.from_env(), **_base_url_from_env(kwargs))

    def with_options(self, **changes: Any) -> Client:
        """A copy with some settings changed, sharing the connection pool and the token cache."""
        settings = self._settings()
        credentials = changes.pop("credentials", self.credentials)
        sleep = changes.pop("sleep", self._sleep)
        unknown = set(changes) - set(settings)
        if unknown:
            raise InvalidArgumentError(f"unknown option(s): {', '.join(sorted(unknown))}")
        settings.update(changes)
        return type(self)(credentials, http_client=self._http, sleep=sleep, **settings)

    # --- lifecycle -----------------------------------------------------------------------------

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<ascapi.Client base_url={self.base_url!r} key_id={self.credentials.key_id!r}>"

    # --- sending ---------------------------------------------------------------------------------

    def _send(self, prepared: _Prepared, *, authenticated: bool = True) -> httpx.Response:
        method, url = prepared.method, prepared.url
        attempt = 0
        reauthenticated = False
        while True:
            headers = dict(prepared.headers)
            token = None
            if authenticated and self._is_api_url(url):
                token = self.credentials.token()
                headers["Authorization"] = f"Bearer {token}"
            request = None
            try:
                request = self._http.build_request(method, url, content=prepared.content,
                                                   headers=headers, timeout=prepared.timeout)
                response = self._http.send(request)
            except RuntimeError as exc:
                if self._http.is_closed:
                    raise self._closed_error() from exc
                raise
            except httpx.InvalidURL as exc:
                raise InvalidArgumentError(f"invalid URL {url!r}: {exc}") from None
            except httpx.HTTPError as exc:
                _without_token(exc, request, token)
                error, nothing_sent = self._transport_error(exc, method, url, request)
                delay = self._retry_delay(attempt, prepared.max_retries, method, exc, {},
                                          nothing_sent)
                if delay is None:
                    raise error from exc
                self._log_retry(method, url, delay, attempt, prepared.max_retries, exc)
                self._sleep(delay)
                attempt += 1
                continue
            _without_token(response, request, token)
            if response.is_success:
                return response
            if response.status_code == 401 and token is not None and not reauthenticated:
                # A 401 for a token we still think valid: re-mint once and repeat the request.
                reauthenticated = True
                self.credentials.invalidate(token)
                log.debug("%s %s answered 401; retrying once with a new token",
                          method, _path_of(url))
                continue
            delay = self._retry_delay(attempt, prepared.max_retries, method,
                                      response.status_code, response.headers, False)
            if delay is None:
                raise self._status_error(response)
            self._log_retry(method, url, delay, attempt, prepared.max_retries,
                            response.status_code)
            response.close()
            self._sleep(delay)
            attempt += 1

    def _send_unauthenticated(
        self,
        method: str,
        url: str,
        *,
        content: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> httpx.Response:
        """One request without the Authorization header (presigned upload/download URLs).

        No retry and no status check: the caller decides. Transport errors are mapped.
        """
        request = None
        try:
            request = self._http.build_request(
                method, url, content=content, headers=dict(headers or {}),
                timeout=self.timeout if isinstance(timeout, NotGiven) else timeout)
            return self._http.send(request)
        except RuntimeError as exc:
            if self._http.is_closed:
                raise self._closed_error() from exc
            raise
        except httpx.InvalidURL as exc:
            raise InvalidArgumentError(f"invalid URL {url!r}: {exc}") from None
        except httpx.HTTPError as exc:
            raise self._transport_error(exc, method, url, request)[0] from exc

    # --- public low-level call -----------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse:
        """Call any endpoint: ``client.request("GET", "/v1/apps", params={"limit": 5})``.

        ``params`` are encoded like the generated methods' (lists comma-joined); ``json`` is a
        model or plain data. Raises the typed errors for non-2xx answers.
        """
        opts: RequestOptions = {}
        if not isinstance(timeout, NotGiven):
            opts["timeout"] = timeout
        if not isinstance(max_retries, NotGiven):
            opts["max_retries"] = max_retries
        prepared = self._prepare(method, path, params=params, body=json, content=content,
                                 accept="*/*", headers=headers, options=opts)
        return APIResponse(self._send(prepared))

    # --- what generated resources call ---------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        maxima: Mapping[str, int] | None = None,
        body: Any = None,
        response_type: type[Any] | None = None,
        result: Result = "json",
        accept: str | None = None,
        deprecated: str | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        self._warn_deprecated(deprecated)
        prepared = self._prepare(method, path, params=params, maxima=maxima, body=body,
                                 accept=accept or (None if result == "json" else "*/*"),
                                 options=options)
        return self._process(self._send(prepared), response_type, result)

    def _get_page(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        maxima: Mapping[str, int] | None = None,
        response_type: type[Any],
        deprecated: str | None = None,
        options: RequestOptions | None = None,
        cursor: str | None = None,
    ) -> Page[Any, Any]:
        from .pagination import Page

        self._warn_deprecated(deprecated)
        if cursor is not None:
            params = {**(params or {}), "cursor": cursor}
        prepared = self._prepare("GET", path, params=params, maxima=maxima, options=options)
        return Page._first(self, prepared, response_type, options)

    def _fetch(self, prepared: _Prepared, response_type: type[Any]) -> Any:
        return self._process(self._send(prepared), response_type, "json")


class AsyncClient(AsyncNamespaces, _BaseClient):
    """Asynchronous App Store Connect client: the same names as :class:`Client`, awaited.

    ``sleep`` may be a coroutine function (default ``asyncio.sleep``) or a plain function.
    """

    def __init__(
        self,
        credentials: Credentials,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        user_agent: str | None = None,
        strict: bool = False,
        retry_policy: RetryPolicyFn | None = None,
        max_retry_delay: float = DEFAULT_MAX_RETRY_DELAY,
        sleep: SleepFn | None = None,
        http2: bool = False,
    ) -> None:
        _BaseClient.__init__(self, credentials, base_url=base_url, timeout=timeout,
                             max_retries=max_retries, user_agent=user_agent, strict=strict,
                             retry_policy=retry_policy, max_retry_delay=max_retry_delay)
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(transport=transport, timeout=timeout,
                                                      follow_redirects=False, http2=http2)
        self._sleep: SleepFn = sleep or _asyncio_sleep

    @classmethod
    def from_env(cls, **kwargs: Any) -> AsyncClient:
        """Credentials from ``ASC_*`` variables; ``ASC_BASE_URL`` (trimmed) overrides the API base
        if set and not blank."""
        return cls(Credentials.from_env(), **_base_url_from_env(kwargs))

    def with_options(self, **changes: Any) -> AsyncClient:
        """A copy with some settings changed, sharing the connection pool and the token cache."""
        settings = self._settings()
        credentials = changes.pop("credentials", self.credentials)
        sleep = changes.pop("sleep", self._sleep)
        unknown = set(changes) - set(settings)
        if unknown:
            raise InvalidArgumentError(f"unknown option(s): {', '.join(sorted(unknown))}")
        settings.update(changes)
        return type(self)(credentials, http_client=self._http, sleep=sleep, **settings)

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    aclose = close

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"<ascapi.AsyncClient base_url={self.base_url!r} key_id={self.credentials.key_id!r}>"

    async def _wait(self, delay: float) -> None:
        outcome = self._sleep(delay)
        if inspect.isawaitable(outcome):
            await outcome

    async def _send(self, prepared: _Prepared, *, authenticated: bool = True) -> httpx.Response:
        method, url = prepared.method, prepared.url
        attempt = 0
        reauthenticated = False
        while True:
            headers = dict(prepared.headers)
            token = None
            if authenticated and self._is_api_url(url):
                token = self.credentials.token()
                headers["Authorization"] = f"Bearer {token}"
            request = None
            try:
                request = self._http.build_request(method, url, content=prepared.content,
                                                   headers=headers, timeout=prepared.timeout)
                response = await self._http.send(request)
            except RuntimeError as exc:
                if self._http.is_closed:
                    raise self._closed_error() from exc
                raise
            except httpx.InvalidURL as exc:
                raise InvalidArgumentError(f"invalid URL {url!r}: {exc}") from None
            except httpx.HTTPError as exc:
                _without_token(exc, request, token)
                error, nothing_sent = self._transport_error(exc, method, url, request)
                delay = self._retry_delay(attempt, prepared.max_retries, method, exc, {},
                                          nothing_sent)
                if delay is None:
                    raise error from exc
                self._log_retry(method, url, delay, attempt, prepared.max_retries, exc)
                await self._wait(delay)
                attempt += 1
                continue
            _without_token(response, request, token)
            if response.is_success:
                return response
            if response.status_code == 401 and token is not None and not reauthenticated:
                reauthenticated = True
                self.credentials.invalidate(token)
                log.debug("%s %s answered 401; retrying once with a new token",
                          method, _path_of(url))
                continue
            delay = self._retry_delay(attempt, prepared.max_retries, method,
                                      response.status_code, response.headers, False)
            if delay is None:
                raise self._status_error(response)
            self._log_retry(method, url, delay, attempt, prepared.max_retries,
                            response.status_code)
            await response.aclose()
            await self._wait(delay)
            attempt += 1

    async def _send_unauthenticated(
        self,
        method: str,
        url: str,
        *,
        content: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> httpx.Response:
        """One request without the Authorization header (presigned upload/download URLs).

        No retry and no status check: the caller decides. Transport errors are mapped.
        """
        request = None
        try:
            request = self._http.build_request(
                method, url, content=content, headers=dict(headers or {}),
                timeout=self.timeout if isinstance(timeout, NotGiven) else timeout)
            return await self._http.send(request)
        except RuntimeError as exc:
            if self._http.is_closed:
                raise self._closed_error() from exc
            raise
        except httpx.InvalidURL as exc:
            raise InvalidArgumentError(f"invalid URL {url!r}: {exc}") from None
        except httpx.HTTPError as exc:
            raise self._transport_error(exc, method, url, request)[0] from exc

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse:
        """Call any endpoint; see :meth:`Client.request`."""
        opts: RequestOptions = {}
        if not isinstance(timeout, NotGiven):
            opts["timeout"] = timeout
        if not isinstance(max_retries, NotGiven):
            opts["max_retries"] = max_retries
        prepared = self._prepare(method, path, params=params, body=json, content=content,
                                 accept="*/*", headers=headers, options=opts)
        return APIResponse(await self._send(prepared))

    async def _call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        maxima: Mapping[str, int] | None = None,
        body: Any = None,
        response_type: type[Any] | None = None,
        result: Result = "json",
        accept: str | None = None,
        deprecated: str | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        self._warn_deprecated(deprecated)
        prepared = self._prepare(method, path, params=params, maxima=maxima, body=body,
                                 accept=accept or (None if result == "json" else "*/*"),
                                 options=options)
        return self._process(await self._send(prepared), response_type, result)

    def _get_page(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        maxima: Mapping[str, int] | None = None,
        response_type: type[Any],
        deprecated: str | None = None,
        options: RequestOptions | None = None,
        cursor: str | None = None,
    ) -> AsyncPager[Any, Any]:
        """Not a coroutine: ``await`` the pager for page 1, or ``async for`` over every item."""
        from .pagination import AsyncPager

        self._warn_deprecated(deprecated)
        if cursor is not None:
            params = {**(params or {}), "cursor": cursor}
        prepared = self._prepare("GET", path, params=params, maxima=maxima, options=options)
        return AsyncPager(self, prepared, response_type, options)

    async def _fetch(self, prepared: _Prepared, response_type: type[Any]) -> Any:
        return self._process(await self._send(prepared), response_type, "json")

