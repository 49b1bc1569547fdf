"""The part executor: parallel PUTs straight from the file, per-part retries, MD5, memory."""

from __future__ import annotations

import hashlib
import os
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

import httpx
import pytest

from ascapi.uploads import (
    UploadPartError,
    async_upload_parts,
    plan_upload,
    upload_parts,
)


class PartServer:
    """Records every part received; can fail chosen attempts and measure concurrency."""

    def __init__(self, fail: dict[str, list[int]] | None = None, delay: float = 0.0) -> None:
        self.fail = fail or {}
        self.delay = delay
        self.received: dict[str, bytes] = {}
        self.attempts: dict[str, int] = {}
        self.headers: list[httpx.Headers] = []
        self.active = 0
        self.max_active = 0
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        name = request.url.path.rsplit("/", 1)[-1]
        with self.lock:
            self.active += 1
            self.max_active = max(self.max_active, self.active)
            attempt = self.attempts[name] = self.attempts.get(name, 0) + 1
            self.headers.append(request.headers)
        try:
            if self.delay:
                time.sleep(self.delay)
            body = request.read()
            statuses = self.fail.get(name, [])
            if attempt <= len(statuses):
                if statuses[attempt - 1] == 0:
                    raise httpx.ConnectError("connection reset", request=request)
                return httpx.Response(statuses[attempt - 1])
            self.received[name] = body
            return httpx.Response(200, headers={"ETag": f'"{name}"'})
        finally:
            with self.lock:
                self.active -= 1


class FakeClient:
    """Only the one method the executor needs from a client."""

    def __init__(self, handler: Any) -> None:
        self.http = httpx.Client(transport=httpx.MockTransport(handler))

    def _send_unauthenticated(self, method: str, url: str, **kw: Any) -> httpx.Response:
        return self.http.request(method, url, **kw)


class AsyncFakeClient:
    def __init__(self, handler: Any) -> None:
        async def ahandler(request: httpx.Request) -> httpx.Response:
            await request.aread()
            return handler(request)

        self.http = httpx.AsyncClient(transport=httpx.MockTransport(ahandler))

    async def _send_unauthenticated(self, method: str, url: str, **kw: Any) -> httpx.Response:
        return await self.http.request(method, url, **kw)


def ops_for(size: int, part: int) -> list[dict[str, Any]]:
    return [
        {
            "method": "PUT",
            "url": f"https://uploads.example.net/x/part-{i}?sig=s",
            "offset": off,
            "length": min(part, size - off),
            "requestHeaders": [{"name": "Content-Type", "value": "application/octet-stream"}],
        }
        for i, off in enumerate(range(0, size, part))
    ]


@pytest.fixture
def blob(tmp_path: Path) -> Path:
    path = tmp_path / "blob.bin"
    path.write_bytes(os.urandom(1_000_003))
    return path


def test_parts_sent_in_parallel_with_whole_file_md5(blob: Path) -> None:
    data = blob.read_bytes()
    server = PartServer(delay=0.02)
    parts = plan_upload(ops_for(len(data), 100_000), len(data))
    seen: list[tuple[int, int]] = []
    result = upload_parts(
        FakeClient(server),
        parts,
        blob,
        max_concurrency=4,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert result.md5 == hashlib.md5(data).hexdigest()
    assert b"".join(server.received[f"part-{i}"] for i in range(len(parts))) == data
    assert 1 < server.max_active <= 4
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1] == (len(data), len(data))
    assert [r.etag for r in result.parts] == [f'"part-{i}"' for i in range(len(parts))]
    assert all("authorization" not in h for h in server.headers)
    assert sorted(int(h["content-length"]) for h in server.headers) == sorted(
        p.length for p in parts
    )


def test_failed_part_is_retried_alone(blob: Path) -> None:
    server = PartServer(fail={"part-3": [503, 0]})  # a 503, then a dropped connection
    sleeps: list[float] = []
    parts = plan_upload(ops_for(blob.stat().st_size, 250_000), blob.stat().st_size)
    result = upload_parts(FakeClient(server), parts, blob, sleep=sleeps.append)
    assert server.attempts == {"part-0": 1, "part-1": 1, "part-2": 1, "part-3": 3, "part-4": 1}
    assert len(sleeps) == 2 and all(0 < s <= 8 for s in sleeps)
    assert result.parts[3].attempts == 3


def test_part_that_keeps_failing_raises_with_its_index(blob: Path) -> None:
    server = PartServer(fail={"part-1": [500] * 10})
    parts = plan_upload(ops_for(blob.stat().st_size, 500_000), blob.stat().st_size)
    with pytest.raises(UploadPartError) as info:
        upload_parts(FakeClient(server), parts, blob, part_retries=2, sleep=lambda s: None)
    assert info.value.part.index == 1 and info.value.attempts == 3
    assert info.value.status_code == 500
    assert "sig=" not in str(info.value)


def test_client_error_is_not_retried(blob: Path) -> None:
    server = PartServer(fail={"part-0": [403]})
    parts = plan_upload(ops_for(blob.stat().st_size, 2_000_000), blob.stat().st_size)
    with pytest.raises(UploadPartError):
        upload_parts(FakeClient(server), parts, blob, sleep=lambda s: None)
    assert server.attempts["part-0"] == 1


def test_file_shrinking_underneath_is_detected(blob: Path) -> None:
    size = blob.stat().st_size
    parts = plan_upload(ops_for(size, 100_000), size)
    with blob.open("r+b") as f:
        f.truncate(size - 10)
    with pytest.raises(Exception, match="file changed"):
        upload_parts(FakeClient(PartServer()), parts, blob)


async def test_async_parts(blob: Path) -> None:
    data = blob.read_bytes()
    server = PartServer(fail={"part-2": [502]})
    sleeps: list[float] = []

    async def sleep(s: float) -> None:
        sleeps.append(s)

    parts = plan_upload(ops_for(len(data), 300_000), len(data))
    result = await async_upload_parts(AsyncFakeClient(server), parts, blob, sleep=sleep)
    assert result.md5 == hashlib.md5(data).hexdigest()
    assert b"".join(server.received[f"part-{i}"] for i in range(len(parts))) == data
    assert server.attempts["part-2"] == 2 and len(sleeps) == 1


def test_memory_stays_bounded_on_a_large_file(tmp_path: Path) -> None:
    size, part = 48 * 1024 * 1024, 2 * 1024 * 1024
    path = tmp_path / "big.bin"
    with path.open("wb") as f:
        chunk = os.urandom(1024 * 1024)
        for _ in range(size // len(chunk)):
            f.write(chunk)

    class Sink(httpx.BaseTransport):
        """Consumes bodies like a network transport does, without keeping them."""

        received = 0

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            for chunk in request.stream:  # type: ignore[union-attr]
                Sink.received += len(chunk)
            return httpx.Response(200)

    client = FakeClient(None)
    client.http = httpx.Client(transport=Sink())
    parts = plan_upload(ops_for(size, part), size)
    tracemalloc.start()
    try:
        upload_parts(client, parts, path, max_concurrency=4)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # In flight: at most 4 parts (+ one being read, + transport copies); never the whole file.
    assert peak < 8 * part < size
    assert Sink.received == size
