"""Asset uploads: reserve, send the parts, commit with the file's MD5, wait for processing.

Apple's flow (https://developer.apple.com/documentation/appstoreconnectapi/uploading-assets-to-app-store-connect)
is the same for every asset kind: ``POST`` the asset with its file name and size, ``PUT`` each
byte range of the returned ``uploadOperations`` to its presigned URL (no API token there),
``PATCH`` ``uploaded=true`` with the MD5 of the whole file, then poll ``assetDeliveryState``
until ``COMPLETE`` or ``FAILED``. One executor serves both operation shapes
(``UploadOperation`` and ``DeliveryFileUploadOperation``).

The source is a path, a binary file object (seekable, opened ``"rb"``) or bytes in memory
(``bytes``, ``bytearray``, ``memoryview``); bytes and unnamed file objects need ``file_name=``.

Memory stays bounded: the file is read once, in offset order, one part at a time, with at most
``max_concurrency`` parts in flight; the MD5 is updated as each part is read.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as _dt
import hashlib
import inspect
import io
import os
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import msgspec

from .errors import APIConnectionError, AscError, InvalidArgumentError

if TYPE_CHECKING:
    from ._base import RequestOptions
    from ._client import AsyncClient, Client

__all__ = [
    "AssetProcessingError",
    "AssetProcessingTimeout",
    "BuildUploadResult",
    "PartResult",
    "UploadError",
    "UploadPart",
    "UploadPartError",
    "UploadResult",
    "UploadValidationError",
    "UploadedAsset",
    "async_upload_asset",
    "async_upload_build",
    "async_upload_parts",
    "async_upload_preview",
    "async_upload_review_attachment",
    "async_upload_screenshot",
    "plan_upload",
    "upload_asset",
    "upload_build",
    "upload_parts",
    "upload_preview",
    "upload_review_attachment",
    "upload_screenshot",
]

Progress = Callable[[int, int], None]
"""Called as ``progress(bytes_done, bytes_total)`` after each part is accepted."""
Source = str | os.PathLike[str] | IO[bytes] | bytes | bytearray | memoryview
"""A path, a seekable binary file object, or the file's bytes."""

DEFAULT_CONCURRENCY = 4
DEFAULT_PART_RETRIES = 3
DEFAULT_POLL_INTERVAL = 2.0
DEFAULT_POLL_TIMEOUT = 900.0
BUILD_POLL_INTERVAL = 30.0
BUILD_POLL_TIMEOUT = 3600.0
INTERRUPTED_CLEANUP_TIMEOUT = 5.0
"""How long deleting a reservation may hold up a ``KeyboardInterrupt`` or a cancellation."""
_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
_DONE_STATES = frozenset({"COMPLETE"})
_FAILED_STATES = frozenset({"FAILED"})

# Kinds whose commit carries `sourceFileChecksums: {file: {hash, algorithm}}` (delivery files),
# and kinds whose update request has no checksum member at all (spec 4.4.1).
_CHECKSUMS_OBJECT = frozenset({"buildUploadFiles", "backgroundAssetUploadFiles"})
_NO_CHECKSUM = frozenset(
    {
        "appEventScreenshots",
        "appEventVideoClips",
        "gameCenterAchievementImages",
        "gameCenterActivityImages",
        "gameCenterChallengeImages",
        "gameCenterLeaderboardImages",
        "gameCenterLeaderboardSetImages",
    }
)
# Kinds without a DELETE endpoint: a rejected reservation cannot be cleaned up.
_NO_DELETE = frozenset(
    {
        "appClipAdvancedExperienceImages",
        "appEncryptionDeclarationDocuments",
        "backgroundAssetUploadFiles",
        "buildUploadFiles",
    }
)


# --------------------------------------------------------------------------- errors


def _unsigned(url: str) -> str:
    """``url`` without its query, fragment and user info (where presigned URLs keep secrets)."""
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


class UploadError(AscError):
    """Base of upload-specific errors."""


def _unsigned_operation(operation: Any) -> Any:
    """A copy of an upload operation whose ``url`` has no query string (the presigned signature).

    Mappings become a dict, structs and dataclasses are copied with the new URL; anything else
    becomes a dict of the members an upload operation has.
    """
    url = _get(operation, "url")
    if operation is None or not isinstance(url, str):
        return operation
    if isinstance(operation, Mapping):
        return {**operation, "url": _unsigned(url)}
    if isinstance(operation, msgspec.Struct):
        return msgspec.structs.replace(operation, url=_unsigned(url))
    if dataclasses.is_dataclass(operation) and not isinstance(operation, type):
        return dataclasses.replace(operation, url=_unsigned(url))
    members = ("method", "url", "offset", "length", "partNumber", "expiration", "requestHeaders")
    kept = {name: _get(operation, name) for name in members}
    return {name: value for name, value in {**kept, "url": _unsigned(url)}.items()
            if value is not None}


class UploadValidationError(UploadError, ValueError):
    """The reservation's upload plan is unusable; nothing was sent.

    ``operation`` is the offending upload operation with the query string of its URL (the
    presigned signature) removed, as in :class:`UploadPartError`.
    """

    def __init__(self, message: str, *, index: int | None = None, operation: Any = None) -> None:
        super().__init__(message)
        self.index = index
        self.operation = _unsigned_operation(operation)


class UploadPartError(UploadError):
    """A part could not be sent after its retries.

    ``part`` is the failed part with the query string of its URL (the presigned signature)
    removed: errors end up in logs and other processes, and that URL grants write access.
    """

    def __init__(self, message: str, *, part: UploadPart, status_code: int | None, attempts: int):
        super().__init__(message)
        self.part = dataclasses.replace(part, url=_unsigned(part.url))
        self.status_code = status_code
        self.attempts = attempts


class AssetProcessingError(UploadError):
    """Apple received the file but processing ended in ``FAILED``.

    ``FAILED`` is final: the asset record cannot be uploaded again. ``deleted`` tells whether the
    upload helper deleted it (``delete_on_failure``), so the same name can be reserved anew.
    """

    deleted: bool = False

    def __init__(
        self,
        message: str,
        *,
        asset_id: str,
        resource_type: str,
        state: str | None,
        errors: Sequence[Mapping[str, Any]] = (),
        warnings: Sequence[Mapping[str, Any]] = (),
    ) -> None:
        super().__init__(message)
        self.asset_id = asset_id
        self.resource_type = resource_type
        self.state = state
        self.errors = [dict(e) for e in errors]
        self.warnings = [dict(w) for w in warnings]

    @property
    def codes(self) -> list[str]:
        return [str(e.get("code")) for e in self.errors if e.get("code")]


class AssetProcessingTimeout(UploadError, TimeoutError):
    """Processing had not finished when the poll timeout ran out."""

    def __init__(self, message: str, *, asset_id: str, state: str | None) -> None:
        super().__init__(message)
        self.asset_id = asset_id
        self.state = state


# --------------------------------------------------------------------------- plan


@dataclass(frozen=True, slots=True)
class UploadPart:
    """One validated upload operation."""

    index: int  # position in Apple's list, for error messages
    method: str
    url: str
    offset: int
    length: int
    headers: tuple[tuple[str, str], ...] = ()
    part_number: int | None = None  # DeliveryFileUploadOperation only
    expiration: str | None = None

    def __repr__(self) -> str:  # the URL is a credential: keep it out of logs
        return (
            f"UploadPart(index={self.index}, method={self.method!r}, offset={self.offset}, "
            f"length={self.length})"
        )


def _get(op: Any, name: str) -> Any:
    if isinstance(op, Mapping):
        return op.get(name)
    snake = "".join("_" + c.lower() if c.isupper() else c for c in name)
    value = getattr(op, snake, getattr(op, name, None))
    return None if type(value).__name__ == "UnsetType" else value


def _headers(raw: Any) -> tuple[tuple[str, str], ...]:
    out = []
    for h in raw or ():
        name, value = _get(h, "name"), _get(h, "value")
        if not name or value is None:
            continue
        if str(name).lower() == "authorization":
            continue  # never forward credentials to the presigned host, whoever asks
        out.append((str(name), str(value)))
    return tuple(out)


def plan_upload(
    operations: Sequence[Any] | None, file_size: int, *, now: _dt.datetime | None = None
) -> list[UploadPart]:
    """Check Apple's upload operations against the file and return them sorted by offset.

    Every operation needs a method, an absolute http(s) URL, ``offset >= 0`` and ``length > 0``;
    together they must cover ``[0, file_size)`` exactly once. A violation raises
    :class:`UploadValidationError` naming the operation, before any byte is sent.
    """
    if not operations:
        raise UploadValidationError("the reservation returned no upload operations")
    parts: list[UploadPart] = []
    for i, op in enumerate(operations):
        method, url = _get(op, "method"), _get(op, "url")
        offset, length = _get(op, "offset"), _get(op, "length")
        if not method or not isinstance(method, str):
            raise UploadValidationError(
                f"upload operation {i} has no method", index=i, operation=op
            )
        if not isinstance(url, str) or not url.startswith(("https://", "http://")):
            raise UploadValidationError(
                f"upload operation {i} has no absolute URL", index=i, operation=op
            )
        if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
            raise UploadValidationError(
                f"upload operation {i} has invalid offset {offset!r}", index=i, operation=op
            )
        if not isinstance(length, int) or isinstance(length, bool) or length <= 0:
            raise UploadValidationError(
                f"upload operation {i} has invalid length {length!r} (offset {offset})",
                index=i,
                operation=op,
            )
        expiration = _get(op, "expiration")
        if expiration is not None and now is not None:
            exp = (
                expiration
                if isinstance(expiration, _dt.datetime)
                else _dt.datetime.fromisoformat(str(expiration).replace("Z", "+00:00"))
            )
            if exp <= now:
                raise UploadValidationError(
                    f"upload operation {i} expired at {expiration}", index=i, operation=op
                )
        part_number = _get(op, "partNumber")
        parts.append(
            UploadPart(
                index=i,
                method=method.upper(),
                url=url,
                offset=offset,
                length=length,
                headers=_headers(_get(op, "requestHeaders")),
                part_number=part_number if isinstance(part_number, int) else None,
                expiration=None if expiration is None else str(expiration),
            )
        )
    parts.sort(key=lambda p: p.offset)
    position = 0
    for p in parts:
        if p.offset > position:
            raise UploadValidationError(
                f"upload operations leave bytes {position}-{p.offset - 1} unsent "
                f"(next is operation {p.index} at offset {p.offset})",
                index=p.index,
            )
        if p.offset < position:
            raise UploadValidationError(
                f"upload operation {p.index} (offset {p.offset}, length {p.length}) overlaps "
                f"bytes already covered up to {position}",
                index=p.index,
            )
        position = p.offset + p.length
        if position > file_size:
            raise UploadValidationError(
                f"upload operation {p.index} (offset {p.offset}, length {p.length}) runs past "
                f"the end of the {file_size}-byte file",
                index=p.index,
            )
    if position != file_size:
        raise UploadValidationError(
            f"upload operations cover {position} of {file_size} bytes", index=None
        )
    return parts


# --------------------------------------------------------------------------- executor


@dataclass(frozen=True, slots=True)
class PartResult:
    index: int
    part_number: int | None
    status_code: int
    etag: str | None
    attempts: int


@dataclass(frozen=True, slots=True)
class UploadResult:
    md5: str  # lower-case hex digest of the whole file
    size: int
    parts: tuple[PartResult, ...]

    def __repr__(self) -> str:  # a large file has hundreds of parts
        return f"UploadResult(md5={self.md5!r}, size={self.size}, parts={len(self.parts)})"


def _file_name(source: object) -> str | None:
    """The base name a source carries (a path, or a file object's ``name``), else ``None``."""
    if isinstance(source, (str, os.PathLike)):
        raw: object = os.fspath(source)
    else:
        raw = getattr(source, "name", None)
    if isinstance(raw, bytes):
        raw = os.fsdecode(raw)
    if not isinstance(raw, str):  # e.g. the descriptor number of os.fdopen()
        return None
    return os.path.basename(raw) or None


def _open_path(path: str | os.PathLike[str]) -> IO[bytes]:
    """``open(path, "rb")``; a missing file or a directory is an :class:`InvalidArgumentError`."""
    try:
        return open(path, "rb")
    except FileNotFoundError as exc:
        raise InvalidArgumentError(f"no such file: {os.fspath(path)}") from exc
    except IsADirectoryError as exc:
        raise InvalidArgumentError(f"{os.fspath(path)} is a directory, not a file") from exc


class _Source:
    """A file (or bytes in memory) read part by part in offset order."""

    def __init__(self, source: Source) -> None:
        self._buffer: memoryview | None = None
        self.file: IO[bytes] | None = None
        self._owned = False
        self.name: str | None = None  # bytes carry no name
        if isinstance(source, (bytes, bytearray, memoryview)):
            try:
                self._buffer = memoryview(source).cast("B")
            except TypeError:
                raise InvalidArgumentError("a memoryview source must be C-contiguous bytes") from None
            self.size = self._buffer.nbytes
            return
        self.name = _file_name(source)
        if isinstance(source, (str, os.PathLike)):
            self.file = _open_path(source)  # closed in close()
            self._owned = True
        elif isinstance(source, io.TextIOBase):
            raise InvalidArgumentError(
                "the upload source is a text-mode file; open it in binary mode "
                "(open(path, 'rb'))")
        elif callable(getattr(source, "read", None)) and callable(getattr(source, "seek", None)):
            seekable = getattr(source, "seekable", None)
            if callable(seekable) and not seekable():
                raise InvalidArgumentError(
                    "the upload source is a file object that cannot seek (a pipe or "
                    "socket?); pass a path, a seekable file or the bytes")
            self.file = source
        else:
            raise InvalidArgumentError(
                f"cannot upload a {type(source).__name__}: expected a path, a "
                "binary file object or bytes")
        self.file.seek(0, os.SEEK_END)
        self.size = self.file.tell()
        self.file.seek(0)

    def read(self, part: UploadPart) -> bytes:
        if self._buffer is not None:
            data = bytes(self._buffer[part.offset:part.offset + part.length])
        else:
            assert self.file is not None
            self.file.seek(part.offset)
            data = self.file.read(part.length)
            if isinstance(data, str):
                raise InvalidArgumentError(
                    "the upload source returned text, not bytes; open it in binary "
                    "mode (open(path, 'rb'))")
        if len(data) != part.length:
            raise UploadError(
                f"file changed while uploading: part {part.index} read {len(data)} of "
                f"{part.length} bytes"
            )
        return data

    def close(self) -> None:
        if self._owned and self.file is not None:
            self.file.close()


def _backoff(attempt: int) -> float:
    return float(min(8.0, 0.5 * 2**attempt) * (0.5 + random.random() / 2))


def _retryable(response: httpx.Response | None) -> bool:
    return response is None or response.status_code in _RETRY_STATUSES


def _part_failed(
    part: UploadPart, response: httpx.Response | None, attempts: int
) -> UploadPartError:
    status = None if response is None else response.status_code
    what = "a connection error" if response is None else f"HTTP {status}"
    return UploadPartError(
        f"upload part {part.index} (offset {part.offset}, length {part.length}) failed with "
        f"{what} after {attempts} attempt(s)",
        part=part,
        status_code=status,
        attempts=attempts,
    )


def _result(part: UploadPart, response: httpx.Response, attempts: int) -> PartResult:
    return PartResult(
        index=part.index,
        part_number=part.part_number,
        status_code=response.status_code,
        etag=response.headers.get("etag"),
        attempts=attempts,
    )


def _part_headers(part: UploadPart) -> dict[str, str]:
    headers = dict(part.headers)
    # Streamed bodies would otherwise go chunked; presigned URLs want the exact length.
    headers["Content-Length"] = str(part.length)
    return headers


def _once(data: bytes) -> Iterator[bytes]:
    # A generator body: httpx keeps a bytes body alive in a request/response reference cycle
    # until the garbage collector runs, which would let memory grow with the file size.
    yield data


async def _aonce(data: bytes) -> AsyncIterator[bytes]:
    yield data


def _send_part(
    client: Client, part: UploadPart, data: bytes, retries: int, sleep: Callable[[float], None]
) -> PartResult:
    response: httpx.Response | None = None
    for attempt in range(retries + 1):
        try:
            response = client._send_unauthenticated(
                part.method, part.url, content=_once(data), headers=_part_headers(part)
            )
        except (httpx.TransportError, APIConnectionError):
            response = None
        if response is not None and response.is_success:
            return _result(part, response, attempt + 1)
        if not _retryable(response) or attempt == retries:
            break
        sleep(_backoff(attempt))
    raise _part_failed(part, response, attempt + 1)


async def _async_send_part(
    client: AsyncClient,
    part: UploadPart,
    data: bytes,
    retries: int,
    sleep: Callable[[float], Awaitable[Any]],
) -> PartResult:
    response: httpx.Response | None = None
    for attempt in range(retries + 1):
        try:
            response = await client._send_unauthenticated(
                part.method, part.url, content=_aonce(data), headers=_part_headers(part)
            )
        except (httpx.TransportError, APIConnectionError):
            response = None
        if response is not None and response.is_success:
            return _result(part, response, attempt + 1)
        if not _retryable(response) or attempt == retries:
            break
        await sleep(_backoff(attempt))
    raise _part_failed(part, response, attempt + 1)


def upload_parts(
    client: Client,
    parts: Sequence[UploadPart],
    source: Source,
    *,
    max_concurrency: int = DEFAULT_CONCURRENCY,
    part_retries: int = DEFAULT_PART_RETRIES,
    progress: Progress | None = None,
    sleep: Callable[[float], None] | None = None,
) -> UploadResult:
    """Send validated parts in parallel, straight from the file; return the file's MD5.

    ``sleep`` (default: the client's) waits between attempts of a failed part.
    """
    src = _Source(source)
    try:
        return _send_parts(client, parts, src, max_concurrency=max_concurrency,
                           part_retries=part_retries, progress=progress,
                           pause=_client_sleep(client, sleep))
    finally:
        src.close()


def _send_parts(
    client: Client,
    parts: Sequence[UploadPart],
    src: _Source,
    *,
    max_concurrency: int,
    part_retries: int,
    progress: Progress | None,
    pause: Callable[[float], None],
) -> UploadResult:
    total = sum(p.length for p in parts)
    md5 = hashlib.md5(usedforsecurity=False)
    results: list[PartResult] = []
    done = 0

    def collect(finished: set[Future[PartResult]]) -> None:
        nonlocal done
        for fut in finished:
            res = fut.result()  # re-raises UploadPartError
            results.append(res)
            done += next(p.length for p in parts if p.index == res.index)
            if progress is not None:
                progress(done, total)

    pool = ThreadPoolExecutor(max_workers=max(1, max_concurrency), thread_name_prefix="ascapi-up")
    pending: set[Future[PartResult]] = set()
    try:
        for part in sorted(parts, key=lambda p: p.offset):
            while len(pending) >= max(1, max_concurrency):
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                collect(finished)
            data = src.read(part)
            md5.update(data)
            pending.add(pool.submit(_send_part, client, part, data, part_retries, pause))
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            collect(finished)
    except BaseException as exc:
        # An interrupt (KeyboardInterrupt, SystemExit) does not wait for the parts in flight.
        pool.shutdown(wait=isinstance(exc, Exception), cancel_futures=True)
        raise
    else:
        pool.shutdown(wait=True)
    results.sort(key=lambda r: r.index)
    return UploadResult(md5=md5.hexdigest(), size=src.size, parts=tuple(results))


async def async_upload_parts(
    client: AsyncClient,
    parts: Sequence[UploadPart],
    source: Source,
    *,
    max_concurrency: int = DEFAULT_CONCURRENCY,
    part_retries: int = DEFAULT_PART_RETRIES,
    progress: Progress | None = None,
    sleep: Callable[[float], Any] | None = None,
) -> UploadResult:
    """Async twin of :func:`upload_parts` (file reads happen in a worker thread)."""
    src = _Source(source)
    try:
        return await _async_send_parts(
            client, parts, src, max_concurrency=max_concurrency, part_retries=part_retries,
            progress=progress, wait_for=_async_sleep(_client_sleep(client, sleep, asyncio.sleep)))
    finally:
        src.close()


async def _async_send_parts(
    client: AsyncClient,
    parts: Sequence[UploadPart],
    src: _Source,
    *,
    max_concurrency: int,
    part_retries: int,
    progress: Progress | None,
    wait_for: Callable[[float], Awaitable[None]],
) -> UploadResult:
    total = sum(p.length for p in parts)
    md5 = hashlib.md5(usedforsecurity=False)
    results: list[PartResult] = []
    done = 0
    lengths = {p.index: p.length for p in parts}
    pending: set[asyncio.Task[PartResult]] = set()

    def collect(finished: set[asyncio.Task[PartResult]]) -> None:
        nonlocal done
        for task in finished:
            res = task.result()
            results.append(res)
            done += lengths[res.index]
            if progress is not None:
                progress(done, total)

    try:
        for part in sorted(parts, key=lambda p: p.offset):
            while len(pending) >= max(1, max_concurrency):
                finished, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                collect(finished)
            data = await asyncio.to_thread(src.read, part)
            md5.update(data)
            pending.add(
                asyncio.ensure_future(_async_send_part(client, part, data, part_retries, wait_for))
            )
        while pending:
            finished, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            collect(finished)
    finally:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
    results.sort(key=lambda r: r.index)
    return UploadResult(md5=md5.hexdigest(), size=src.size, parts=tuple(results))


# --------------------------------------------------------------------------- asset flow


@dataclass
class UploadedAsset:
    """The asset after commit (and after processing when waited for)."""

    id: str
    type: str
    state: str | None
    checksum: str
    attributes: dict[str, Any] = field(default_factory=dict)
    document: dict[str, Any] = field(default_factory=dict)
    upload: UploadResult | None = None

    @property
    def warnings(self) -> list[dict[str, Any]]:
        return list(_delivery(self.attributes).get("warnings") or [])

    def __repr__(self) -> str:
        # Short: the document is long (and may hold presigned URLs), the parts are many.
        sent = ""
        if self.upload is not None:
            sent = f", size={self.upload.size}, parts={len(self.upload.parts)}"
        return (f"UploadedAsset(id={self.id!r}, type={self.type!r}, state={self.state!r}"
                f"{sent}, checksum={self.checksum!r})")


def _collection(resource: str) -> tuple[str, str]:
    """``"appScreenshots"`` or ``"/v2/subscriptionImages"`` -> (collection path, JSON:API type)."""
    path = resource if resource.startswith("/") else f"/v1/{resource}"
    return path.rstrip("/"), path.rstrip("/").rsplit("/", 1)[-1]


def _reservation_body(
    rtype: str, parent: tuple[str, str, str], name: str, size: int, extra: Mapping[str, Any] | None
) -> dict[str, Any]:
    relationship, parent_type, parent_id = parent
    return {
        "data": {
            "type": rtype,
            "attributes": {"fileName": name, "fileSize": size, **(extra or {})},
            "relationships": {relationship: {"data": {"type": parent_type, "id": parent_id}}},
        }
    }


def _commit_body(rtype: str, asset_id: str, md5: str) -> dict[str, Any]:
    attributes: dict[str, Any] = {"uploaded": True}
    if rtype in _CHECKSUMS_OBJECT:
        attributes["sourceFileChecksums"] = {"file": {"hash": md5, "algorithm": "MD5"}}
    elif rtype not in _NO_CHECKSUM:
        attributes["sourceFileChecksum"] = md5
    return {"data": {"type": rtype, "id": asset_id, "attributes": attributes}}


def _delivery(attributes: Mapping[str, Any]) -> dict[str, Any]:
    return dict(attributes.get("assetDeliveryState") or {})


def _data(document: Any) -> dict[str, Any]:
    if not isinstance(document, Mapping) or not isinstance(document.get("data"), Mapping):
        raise UploadError("unexpected response: no resource in the document")
    return dict(document["data"])


def _asset(document: Mapping[str, Any], md5: str, upload: UploadResult | None) -> UploadedAsset:
    data = _data(document)
    attributes = dict(data.get("attributes") or {})
    return UploadedAsset(
        id=str(data.get("id")),
        type=str(data.get("type")),
        state=_delivery(attributes).get("state"),
        checksum=md5,
        attributes=attributes,
        document=dict(document),
        upload=upload,
    )


def _error_summary(errors: Sequence[Mapping[str, Any]]) -> str:
    """Every error item as ``code: description`` (Apple's words), ``; ``-separated."""
    texts = []
    for e in errors:
        words = e.get("description") or e.get("message")
        parts = [str(part) for part in (e.get("code"), words) if part]
        texts.append(": ".join(parts) if parts else str(dict(e)))
    return "; ".join(texts)


def _check_state(asset: UploadedAsset) -> bool:
    """True when processing finished well; raises on FAILED; False while still going."""
    if asset.state in _DONE_STATES:
        return True
    if asset.state in _FAILED_STATES:
        delivery = _delivery(asset.attributes)
        errors = list(delivery.get("errors") or [])
        summary = _error_summary(errors)
        raise AssetProcessingError(
            f"{asset.type} {asset.id} failed processing" + (f": {summary}" if summary else ""),
            asset_id=asset.id,
            resource_type=asset.type,
            state=asset.state,
            errors=errors,
            warnings=list(delivery.get("warnings") or []),
        )
    return False


@dataclass
class _Poll:
    interval: float
    timeout: float
    started: float = field(default_factory=time.monotonic)
    waited: float = 0.0

    def next_delay(self, asset: UploadedAsset) -> float:
        # Counting the slept time as well keeps an injected (instant) sleep bounded.
        elapsed = max(time.monotonic() - self.started, self.waited)
        if elapsed >= self.timeout:
            raise AssetProcessingTimeout(
                f"{asset.type} {asset.id} still {asset.state} after {self.timeout:g} s",
                asset_id=asset.id,
                state=asset.state,
            )
        delay = min(self.interval, self.timeout - elapsed)
        self.waited += delay
        return delay


def upload_asset(
    client: Client,
    resource: str,
    *,
    parent: tuple[str, str, str],
    path: Source,
    file_name: str | None = None,
    attributes: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
    wait: bool = True,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    poll_timeout: float = DEFAULT_POLL_TIMEOUT,
    sleep: Callable[[float], None] | None = None,
    max_concurrency: int = DEFAULT_CONCURRENCY,
    part_retries: int = DEFAULT_PART_RETRIES,
    cleanup: bool = True,
    delete_on_failure: bool = False,
) -> UploadedAsset:
    """Upload one file as an asset of kind ``resource`` and (by default) wait for processing.

    ``resource`` is the collection (``"appScreenshots"``, or a path such as
    ``"/v2/subscriptionImages"``); ``parent`` is ``(relationship, type, id)``, e.g.
    ``("appScreenshotSet", "appScreenshotSets", set_id)``. ``attributes`` adds reservation
    attributes (``mimeType``, ``previewFrameTimeCode``, ``assetType``, ...).

    ``path`` is a path, a seekable binary file object or the bytes themselves; ``file_name``
    (required for bytes and unnamed file objects) is the name Apple records.

    Raises :class:`UploadValidationError` for an unusable plan, :class:`UploadPartError`,
    :class:`AssetProcessingError` on ``FAILED`` and :class:`AssetProcessingTimeout`.

    With ``cleanup`` (the default), an upload stopped by anything before the commit (an
    unusable plan, a part that cannot be sent, an exception from ``progress``, a
    ``KeyboardInterrupt``, the task being cancelled) deletes its reservation, best effort,
    then re-raises what stopped it. After an interrupt that delete is a single attempt of at
    most :data:`INTERRUPTED_CLEANUP_TIMEOUT` seconds (async: shielded from the cancellation),
    so the interrupt is not held up; parts still in flight are not waited for. Kinds that
    cannot be deleted (``buildUploadFiles``, ...) keep their reservation.

    ``FAILED`` is final for an asset record (Apple: delete it and reserve again). The failed
    record is kept by default, so its errors can still be looked at; with
    ``delete_on_failure=True`` it is deleted before :class:`AssetProcessingError` is raised,
    and the error's ``deleted`` and message say so.
    """
    collection, rtype = _collection(resource)
    pause = _client_sleep(client, sleep)
    src = _Source(path)
    try:
        name = _upload_name(file_name, src)
        reserved = client._call(
            "POST",
            collection,
            body=_reservation_body(rtype, parent, name, src.size, attributes),
            response_type=dict,
        )
        data = _data(reserved)
        asset_id = str(data["id"])
        ops = (data.get("attributes") or {}).get("uploadOperations")
        try:
            parts = plan_upload(ops, src.size, now=_dt.datetime.now(_dt.timezone.utc))
            sent = _send_parts(
                client,
                parts,
                src,
                max_concurrency=max_concurrency,
                part_retries=part_retries,
                progress=progress,
                pause=pause,
            )
        except BaseException as exc:
            if cleanup and rtype not in _NO_DELETE:
                _delete_reservation(client, f"{collection}/{asset_id}", exc)
            raise
    finally:
        src.close()
    committed = client._call(
        "PATCH",
        f"{collection}/{asset_id}",
        body=_commit_body(rtype, asset_id, sent.md5),
        response_type=dict,
    )
    asset = _asset(committed, sent.md5, sent)
    if not wait:
        return asset
    poll = _Poll(poll_interval, poll_timeout)
    try:
        while not _check_state(asset):
            asset = _asset(
                client._call("GET", f"{collection}/{asset_id}", response_type=dict),
                sent.md5,
                sent,
            )
            if _check_state(asset):
                break
            pause(poll.next_delay(asset))
    except AssetProcessingError as err:
        if delete_on_failure:
            if rtype in _NO_DELETE:
                _note_deletion(err, None)
            else:
                try:
                    client._call("DELETE", f"{collection}/{asset_id}")
                except AscError as exc:
                    _note_deletion(err, exc)
                else:
                    _note_deletion(err, True)
        raise
    return asset


async def async_upload_asset(
    client: AsyncClient,
    resource: str,
    *,
    parent: tuple[str, str, str],
    path: Source,
    file_name: str | None = None,
    attributes: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
    wait: bool = True,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    poll_timeout: float = DEFAULT_POLL_TIMEOUT,
    sleep: Callable[[float], Any] | None = None,
    max_concurrency: int = DEFAULT_CONCURRENCY,
    part_retries: int = DEFAULT_PART_RETRIES,
    cleanup: bool = True,
    delete_on_failure: bool = False,
) -> UploadedAsset:
    """Async twin of :func:`upload_asset`."""
    collection, rtype = _collection(resource)
    wait_for = _async_sleep(_client_sleep(client, sleep, asyncio.sleep))
    src = _Source(path)
    try:
        name = _upload_name(file_name, src)
        reserved = await client._call(
            "POST",
            collection,
            body=_reservation_body(rtype, parent, name, src.size, attributes),
            response_type=dict,
        )
        data = _data(reserved)
        asset_id = str(data["id"])
        ops = (data.get("attributes") or {}).get("uploadOperations")
        try:
            parts = plan_upload(ops, src.size, now=_dt.datetime.now(_dt.timezone.utc))
            sent = await _async_send_parts(
                client,
                parts,
                src,
                max_concurrency=max_concurrency,
                part_retries=part_retries,
                progress=progress,
                wait_for=wait_for,
            )
        except BaseException as exc:
            if cleanup and rtype not in _NO_DELETE:
                await _async_delete_reservation(client, f"{collection}/{asset_id}", exc)
            raise
    finally:
        src.close()
    committed = await client._call(
        "PATCH",
        f"{collection}/{asset_id}",
        body=_commit_body(rtype, asset_id, sent.md5),
        response_type=dict,
    )
    asset = _asset(committed, sent.md5, sent)
    if not wait:
        return asset
    poll = _Poll(poll_interval, poll_timeout)
    try:
        while not _check_state(asset):
            got = await client._call("GET", f"{collection}/{asset_id}", response_type=dict)
            asset = _asset(got, sent.md5, sent)
            if _check_state(asset):
                break
            await wait_for(poll.next_delay(asset))
    except AssetProcessingError as err:
        if delete_on_failure:
            if rtype in _NO_DELETE:
                _note_deletion(err, None)
            else:
                try:
                    await client._call("DELETE", f"{collection}/{asset_id}")
                except AscError as exc:
                    _note_deletion(err, exc)
                else:
                    _note_deletion(err, True)
        raise
    return asset


def _upload_name(file_name: str | None, src: _Source) -> str:
    name = file_name or src.name
    if not name:
        what = "bytes" if src.file is None else "a file object without a name"
        raise InvalidArgumentError(
            f"uploading {what} needs file_name= (the name Apple records, e.g. "
            "'shot.png')")
    return name


def _note_deletion(err: AssetProcessingError, outcome: bool | AscError | None) -> None:
    """Record in ``err`` (attribute and message) what became of the failed asset record."""
    if outcome is True:
        err.deleted = True
        note = "the failed asset was deleted; reserve it again to retry"
    elif outcome is None:
        note = f"{err.resource_type} cannot be deleted through the API; the failed asset remains"
    else:
        note = f"deleting the failed asset failed too ({outcome})"
    err.args = (f"{err.args[0]} ({note})", *err.args[1:])


def _client_sleep(
    client: Any, sleep: Callable[[float], Any] | None, default: Callable[[float], Any] = time.sleep
) -> Callable[[float], Any]:
    """The caller's sleep, else the client's (tests inject one there), else ``default``."""
    if sleep is not None:
        return sleep
    found = getattr(client, "_sleep", None)
    return found if callable(found) else default


def _async_sleep(fn: Callable[[float], Any]) -> Callable[[float], Awaitable[None]]:
    """Accept a plain or a coroutine sleep function (the client's may be either)."""

    async def sleep(delay: float) -> None:
        outcome = fn(delay)
        if inspect.isawaitable(outcome):
            await outcome

    return sleep


# One quick attempt: what an interrupted upload may spend on deleting its reservation.
_QUICK: RequestOptions = {"timeout": INTERRUPTED_CLEANUP_TIMEOUT, "max_retries": 0}


def _delete_reservation(client: Client, url: str, reason: BaseException) -> None:
    """Best effort: delete a reservation whose upload ``reason`` stopped before the commit."""
    interrupted = not isinstance(reason, Exception)
    try:
        client._call("DELETE", url, options=_QUICK if interrupted else None)
    except Exception:
        pass  # the original error matters more


async def _async_delete_reservation(client: AsyncClient, url: str, reason: BaseException) -> None:
    """Async :func:`_delete_reservation`. After a cancellation the delete is shielded (a
    second cancellation leaves it running on its own, bounded by its timeout)."""
    if isinstance(reason, Exception):
        try:
            await client._call("DELETE", url)
        except Exception:
            pass  # the original error matters more
        return
    task = asyncio.ensure_future(client._call("DELETE", url, options=_QUICK))
    task.add_done_callback(_outcome_seen)
    try:
        await asyncio.wait_for(asyncio.shield(task), INTERRUPTED_CLEANUP_TIMEOUT)
    except Exception:  # a failure or a timeout: best effort
        task.cancel()


def _outcome_seen(task: asyncio.Future[Any]) -> None:
    """Retrieve a background delete's outcome, so a failure is not logged as never retrieved."""
    if not task.cancelled():
        task.exception()


# --------------------------------------------------------------------------- named helpers


def upload_screenshot(
    client: Client, screenshot_set_id: str, path: Source, **kwargs: Any
) -> UploadedAsset:
    """Upload an App Store screenshot into an ``appScreenshotSets`` set."""
    return upload_asset(
        client,
        "appScreenshots",
        parent=("appScreenshotSet", "appScreenshotSets", screenshot_set_id),
        path=path,
        **kwargs,
    )


def upload_preview(
    client: Client,
    preview_set_id: str,
    path: Source,
    *,
    mime_type: str | None = None,
    preview_frame_time_code: str | None = None,
    **kwargs: Any,
) -> UploadedAsset:
    """Upload an App Preview video into an ``appPreviewSets`` set."""
    return upload_asset(
        client,
        "appPreviews",
        parent=("appPreviewSet", "appPreviewSets", preview_set_id),
        path=path,
        attributes=_preview_attributes(mime_type, preview_frame_time_code, kwargs),
        **kwargs,
    )


def upload_review_attachment(
    client: Client, review_detail_id: str, path: Source, **kwargs: Any
) -> UploadedAsset:
    """Attach a file to an App Store review detail (``appStoreReviewDetails``)."""
    return upload_asset(
        client,
        "appStoreReviewAttachments",
        parent=("appStoreReviewDetail", "appStoreReviewDetails", review_detail_id),
        path=path,
        **kwargs,
    )


async def async_upload_screenshot(
    client: AsyncClient, screenshot_set_id: str, path: Source, **kwargs: Any
) -> UploadedAsset:
    return await async_upload_asset(
        client,
        "appScreenshots",
        parent=("appScreenshotSet", "appScreenshotSets", screenshot_set_id),
        path=path,
        **kwargs,
    )


async def async_upload_preview(
    client: AsyncClient,
    preview_set_id: str,
    path: Source,
    *,
    mime_type: str | None = None,
    preview_frame_time_code: str | None = None,
    **kwargs: Any,
) -> UploadedAsset:
    return await async_upload_asset(
        client,
        "appPreviews",
        parent=("appPreviewSet", "appPreviewSets", preview_set_id),
        path=path,
        attributes=_preview_attributes(mime_type, preview_frame_time_code, kwargs),
        **kwargs,
    )


async def async_upload_review_attachment(
    client: AsyncClient, review_detail_id: str, path: Source, **kwargs: Any
) -> UploadedAsset:
    return await async_upload_asset(
        client,
        "appStoreReviewAttachments",
        parent=("appStoreReviewDetail", "appStoreReviewDetails", review_detail_id),
        path=path,
        **kwargs,
    )


def _preview_attributes(
    mime_type: str | None, time_code: str | None, kwargs: dict[str, Any]
) -> dict[str, Any]:
    attributes = dict(kwargs.pop("attributes", None) or {})
    if mime_type is not None:
        attributes["mimeType"] = mime_type
    if time_code is not None:
        attributes["previewFrameTimeCode"] = time_code
    return attributes


# --------------------------------------------------------------------------- builds


_UTI = {".ipa": "com.apple.ipa", ".pkg": "com.apple.pkg", ".zip": "com.pkware.zip-archive"}


@dataclass
class BuildUploadResult:
    """A build upload (``buildUploads``) and its uploaded file (``buildUploadFiles``)."""

    build_upload_id: str
    state: str | None  # BuildUploadState as last read (after the commit, or the end of the wait)
    file: UploadedAsset
    errors: list[dict[str, Any]] = field(default_factory=list)

    def __repr__(self) -> str:
        codes = [str(e.get("code")) for e in self.errors]
        return (f"BuildUploadResult(build_upload_id={self.build_upload_id!r}, "
                f"state={self.state!r}, file={self.file!r}, errors={codes!r})")


def _build_upload_body(
    app_id: str, version: str, build_number: str, platform: str
) -> dict[str, Any]:
    return {
        "data": {
            "type": "buildUploads",
            "attributes": {
                "cfBundleShortVersionString": version,
                "cfBundleVersion": build_number,
                "platform": platform,
            },
            "relationships": {"app": {"data": {"type": "apps", "id": app_id}}},
        }
    }


def _build_state(document: Any) -> tuple[str | None, list[dict[str, Any]]]:
    state = dict((_data(document).get("attributes") or {}).get("state") or {})
    return state.get("state"), list(state.get("errors") or [])


def _build_file_attributes(path: Source, uti: str | None, file_name: Any) -> dict[str, Any]:
    name = file_name if isinstance(file_name, str) else None
    if name is None and not isinstance(path, (bytes, bytearray, memoryview)):
        name = _file_name(path)
    kind = uti or _UTI.get(os.path.splitext(name or "")[1].lower())
    if kind is None:
        what = repr(name) if name else "the build (no file name)"
        raise InvalidArgumentError(f"cannot tell the UTI of {what}; pass uti= or file_name=")
    return {"assetType": "ASSET", "uti": kind}


def upload_build(
    client: Client,
    app_id: str,
    path: Source,
    *,
    version: str,
    build_number: str,
    platform: str = "IOS",
    uti: str | None = None,
    wait_for_build: bool = False,
    poll_interval: float | None = None,
    poll_timeout: float | None = None,
    sleep: Callable[[float], None] | None = None,
    **kwargs: Any,
) -> BuildUploadResult:
    """Upload an ``.ipa``/``.pkg`` through ``buildUploads`` + ``buildUploadFiles``.

    The file is reserved, sent in parts, committed with its MD5 and waited for like any asset;
    the build upload is then read once, and with ``wait_for_build`` polled until ``COMPLETE``
    (``FAILED`` raises :class:`AssetProcessingError` with Apple's reasons). The result's
    ``state`` is the build upload's state as last read.

    ``poll_interval`` and ``poll_timeout`` (seconds), when given, apply to both waits: the
    file's processing, then the build's. Left out, the file is polled every
    :data:`DEFAULT_POLL_INTERVAL` s for up to :data:`DEFAULT_POLL_TIMEOUT` s and the build every
    :data:`BUILD_POLL_INTERVAL` s for up to :data:`BUILD_POLL_TIMEOUT` s.

    ``buildUploadFiles`` cannot be deleted, so ``delete_on_failure=True`` deletes the parent
    ``buildUploads`` record instead when the file or the build fails (a rejected plan, a part
    that cannot be sent, ``FAILED`` processing); an :class:`AssetProcessingError`'s ``deleted``
    and message say whether that worked. By default the record is kept.
    """
    delete_on_failure = bool(kwargs.pop("delete_on_failure", False))
    pause = _client_sleep(client, sleep)
    attributes = _build_file_attributes(path, uti, kwargs.get("file_name"))
    _Source(path).close()  # an unreadable source fails before a build upload is created
    created = client._call(
        "POST",
        "/v1/buildUploads",
        body=_build_upload_body(app_id, version, build_number, platform),
        response_type=dict,
    )
    upload_id = str(_data(created)["id"])
    try:
        asset = upload_asset(
            client,
            "buildUploadFiles",
            parent=("buildUpload", "buildUploads", upload_id),
            path=path,
            attributes=attributes,
            sleep=pause,
            poll_interval=_or(poll_interval, DEFAULT_POLL_INTERVAL),
            poll_timeout=_or(poll_timeout, DEFAULT_POLL_TIMEOUT),
            **kwargs,
        )
        poll = _Poll(_or(poll_interval, BUILD_POLL_INTERVAL), _or(poll_timeout, BUILD_POLL_TIMEOUT))
        while True:  # read the build upload at least once: its state at creation is stale now
            state, errors = _build_state(
                client._call("GET", f"/v1/buildUploads/{upload_id}", response_type=dict)
            )
            if _build_done(upload_id, state, errors) or not wait_for_build:
                break
            pause(poll.next_delay(_pending_asset(upload_id, state)))
    except _BUILD_FAILURES as err:
        if delete_on_failure:
            try:
                client._call("DELETE", f"/v1/buildUploads/{upload_id}")
            except AscError as exc:
                _note_build_deletion(err, upload_id, exc)
            else:
                _note_build_deletion(err, upload_id, True)
        raise
    return BuildUploadResult(upload_id, state, asset, errors)


async def async_upload_build(
    client: AsyncClient,
    app_id: str,
    path: Source,
    *,
    version: str,
    build_number: str,
    platform: str = "IOS",
    uti: str | None = None,
    wait_for_build: bool = False,
    poll_interval: float | None = None,
    poll_timeout: float | None = None,
    sleep: Callable[[float], Any] | None = None,
    **kwargs: Any,
) -> BuildUploadResult:
    """Async twin of :func:`upload_build`."""
    delete_on_failure = bool(kwargs.pop("delete_on_failure", False))
    wait_for = _async_sleep(_client_sleep(client, sleep, asyncio.sleep))
    attributes = _build_file_attributes(path, uti, kwargs.get("file_name"))
    _Source(path).close()  # an unreadable source fails before a build upload is created
    created = await client._call(
        "POST",
        "/v1/buildUploads",
        body=_build_upload_body(app_id, version, build_number, platform),
        response_type=dict,
    )
    upload_id = str(_data(created)["id"])
    try:
        asset = await async_upload_asset(
            client,
            "buildUploadFiles",
            parent=("buildUpload", "buildUploads", upload_id),
            path=path,
            attributes=attributes,
            sleep=wait_for,
            poll_interval=_or(poll_interval, DEFAULT_POLL_INTERVAL),
            poll_timeout=_or(poll_timeout, DEFAULT_POLL_TIMEOUT),
            **kwargs,
        )
        poll = _Poll(_or(poll_interval, BUILD_POLL_INTERVAL), _or(poll_timeout, BUILD_POLL_TIMEOUT))
        while True:  # read the build upload at least once: its state at creation is stale now
            got = await client._call("GET", f"/v1/buildUploads/{upload_id}", response_type=dict)
            state, errors = _build_state(got)
            if _build_done(upload_id, state, errors) or not wait_for_build:
                break
            await wait_for(poll.next_delay(_pending_asset(upload_id, state)))
    except _BUILD_FAILURES as err:
        if delete_on_failure:
            try:
                await client._call("DELETE", f"/v1/buildUploads/{upload_id}")
            except AscError as exc:
                _note_build_deletion(err, upload_id, exc)
            else:
                _note_build_deletion(err, upload_id, True)
        raise
    return BuildUploadResult(upload_id, state, asset, errors)


def _or(given: float | None, default: float) -> float:
    return default if given is None else given


# What makes a build upload fail for good (a processing timeout may still end well).
_BUILD_FAILURES = (AssetProcessingError, UploadValidationError, UploadPartError)


def _note_build_deletion(err: UploadError, upload_id: str, outcome: bool | AscError) -> None:
    """Record in a processing error (attribute and message) what became of the build upload."""
    if not isinstance(err, AssetProcessingError):
        return  # nothing was processed: the plan or a part failed, and says so itself
    if outcome is True:
        err.deleted = True
        note = f"the build upload {upload_id} was deleted; create a new one to retry"
    else:
        note = f"deleting the build upload {upload_id} failed too ({outcome})"
    err.args = (f"{err.args[0]} ({note})", *err.args[1:])


def _build_done(upload_id: str, state: str | None, errors: list[dict[str, Any]]) -> bool:
    if state == "FAILED":
        summary = _error_summary(errors)
        raise AssetProcessingError(
            f"build upload {upload_id} failed" + (f": {summary}" if summary else ""),
            asset_id=upload_id,
            resource_type="buildUploads",
            state=state,
            errors=errors,
        )
    return state == "COMPLETE"


def _pending_asset(upload_id: str, state: str | None) -> UploadedAsset:
    return UploadedAsset(id=upload_id, type="buildUploads", state=state, checksum="")
