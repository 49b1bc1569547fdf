"""Upload rough edges: ``upload_build`` passes its poll settings to the file's wait; any
interruption before the commit deletes the reservation (quickly after an interrupt); the
results have short reprs. Mock transports only: no emulator involved."""

from __future__ import annotations

import asyncio
import hashlib
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import ascapi
from ascapi import uploads
from ascapi.uploads import (
    AssetProcessingTimeout,
    BuildUploadResult,
    UploadedAsset,
    async_upload_build,
    async_upload_screenshot,
    upload_build,
    upload_screenshot,
)
from tests.core._helpers import creds

PART = 10


class AssetServer:
    """appScreenshots / buildUploads + buildUploadFiles, answering like App Store Connect.

    The file stays PROCESSING for ``processing`` GETs (forever when None), then COMPLETE.
    ``put`` and ``delete`` may replace the presigned PUT and the DELETE answers.
    """

    def __init__(self, size: int, *, processing: int | None = 0,
                 put: Callable[[httpx.Request], httpx.Response] | None = None,
                 delete: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.size = size
        self.processing = processing
        self.put = put or (lambda request: httpx.Response(200, headers={"ETag": '"e"'}))
        self.delete = delete or (lambda request: httpx.Response(204))
        self.requests: list[httpx.Request] = []
        self.file_gets = 0

    def calls(self, method: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method]

    def operations(self) -> list[dict[str, Any]]:
        return [{"method": "PUT", "url": f"https://uploads.example.net/p{i}?sig=SECRET",
                 "offset": offset, "length": min(PART, self.size - offset), "partNumber": i + 1}
                for i, offset in enumerate(range(0, self.size, PART))]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.method == "PUT":
            return self.put(request)
        if request.method == "DELETE":
            return self.delete(request)
        path = request.url.path
        if path == "/v1/buildUploads" and request.method == "POST":
            return doc("buildUploads", "b1", {"state": {"state": "AWAITING_UPLOAD"}}, 201)
        if path == "/v1/buildUploads/b1":
            return doc("buildUploads", "b1", {"state": {"state": "COMPLETE"}})
        rtype, _, ident = path.removeprefix("/v1/").partition("/")
        state = "AWAITING_UPLOAD"
        if request.method == "GET":
            self.file_gets += 1
            done = self.processing is not None and self.file_gets > self.processing
            state = "COMPLETE" if done else "PROCESSING"
        elif request.method == "PATCH":
            state = "UPLOAD_COMPLETE"
        attributes: dict[str, Any] = {"assetDeliveryState": {"state": state}}
        if request.method == "POST":
            attributes["uploadOperations"] = self.operations()
        return doc(rtype, ident or "s1", attributes, 201 if request.method == "POST" else 200)


def doc(rtype: str, ident: str, attributes: dict[str, Any], status: int = 200) -> httpx.Response:
    return httpx.Response(status, json={"data": {"type": rtype, "id": ident,
                                                 "attributes": attributes}})


def sync_client(server: AssetServer) -> ascapi.Client:
    return ascapi.Client(creds(), transport=httpx.MockTransport(server), sleep=lambda s: None)


def async_client(server: AssetServer) -> ascapi.AsyncClient:
    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        return server(request)

    async def no_sleep(_: float) -> None:
        return None

    return ascapi.AsyncClient(creds(), transport=httpx.MockTransport(handler), sleep=no_sleep)


# --------------------------------------------------------------------------- 1. build polling


def test_build_file_wait_uses_the_callers_poll_settings() -> None:
    server = AssetServer(25, processing=2)
    sleeps: list[float] = []
    with sync_client(server) as client:
        result = upload_build(client, "app1", b"x" * 25, file_name="App.ipa", version="1.0",
                              build_number="1", poll_interval=0.01, sleep=sleeps.append)
    assert result.file.state == "COMPLETE" and server.file_gets == 3
    assert sleeps == [0.01, 0.01]


def test_build_file_wait_uses_the_callers_poll_timeout() -> None:
    server = AssetServer(25, processing=None)  # never finishes
    sleeps: list[float] = []
    with sync_client(server) as client, pytest.raises(AssetProcessingTimeout) as info:
        upload_build(client, "app1", b"x" * 25, file_name="App.ipa", version="1.0",
                     build_number="1", poll_interval=0.01, poll_timeout=0.05,
                     sleep=sleeps.append)
    assert info.value.asset_id == "s1" and "after 0.05 s" in str(info.value)
    assert sum(sleeps) <= 0.05 + 1e-9 and len(sleeps) <= 5


def test_build_waits_keep_their_defaults_when_not_given() -> None:
    server = AssetServer(25, processing=1)
    sleeps: list[float] = []
    with sync_client(server) as client:
        upload_build(client, "app1", b"x" * 25, file_name="App.ipa", version="1.0",
                     build_number="1", sleep=sleeps.append)
    assert sleeps == [uploads.DEFAULT_POLL_INTERVAL]


async def test_async_build_file_wait_uses_the_callers_poll_settings() -> None:
    server = AssetServer(25, processing=2)
    sleeps: list[float] = []
    async with async_client(server) as client:
        result = await async_upload_build(client, "app1", b"x" * 25, file_name="App.ipa",
                                          version="1.0", build_number="1", poll_interval=0.01,
                                          sleep=sleeps.append)
    assert result.file.state == "COMPLETE" and sleeps == [0.01, 0.01]
    server = AssetServer(25, processing=None)
    async with async_client(server) as client:
        with pytest.raises(AssetProcessingTimeout):
            await async_upload_build(client, "app1", b"x" * 25, file_name="App.ipa",
                                     version="1.0", build_number="1", poll_interval=0.01,
                                     poll_timeout=0.05, sleep=lambda s: None)
    assert server.file_gets <= 6


# --------------------------------------------------------------------------- 3. cleanup


def test_an_exception_from_progress_deletes_the_reservation() -> None:
    server = AssetServer(35)

    def progress(done: int, total: int) -> None:
        raise ValueError("progress bar broke")

    with sync_client(server) as client, pytest.raises(ValueError, match="progress bar broke"):
        upload_screenshot(client, "set1", b"x" * 35, file_name="shot.png", progress=progress)
    assert [r.url.path for r in server.calls("DELETE")] == ["/v1/appScreenshots/s1"]
    assert server.calls("PATCH") == []


def test_keyboard_interrupt_deletes_the_reservation_once_and_quickly() -> None:
    server = AssetServer(35, delete=lambda request: httpx.Response(503))  # no retry for it

    def progress(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with sync_client(server) as client, pytest.raises(KeyboardInterrupt):
        upload_screenshot(client, "set1", b"x" * 35, file_name="shot.png", progress=progress)
    (delete,) = server.calls("DELETE")
    assert delete.url.path == "/v1/appScreenshots/s1"
    timeout = delete.extensions["timeout"]
    assert max(timeout.values()) <= uploads.INTERRUPTED_CLEANUP_TIMEOUT == 5.0
    assert server.calls("PATCH") == []


def test_keyboard_interrupt_does_not_wait_for_parts_in_flight() -> None:
    release = threading.Event()

    def put(request: httpx.Request) -> httpx.Response:
        if "/p1" in request.url.path:
            release.wait(10)  # a slow part
        return httpx.Response(200)

    def progress(done: int, total: int) -> None:
        raise KeyboardInterrupt

    server = AssetServer(20, put=put)
    try:
        with sync_client(server) as client:
            started = time.monotonic()
            with pytest.raises(KeyboardInterrupt):
                upload_screenshot(client, "set1", b"x" * 20, file_name="shot.png",
                                  progress=progress, max_concurrency=2)
            assert time.monotonic() - started < 5
            assert len(server.calls("DELETE")) == 1
    finally:
        release.set()


def test_without_cleanup_an_interrupt_leaves_the_reservation() -> None:
    server = AssetServer(35)

    def progress(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with sync_client(server) as client, pytest.raises(KeyboardInterrupt):
        upload_screenshot(client, "set1", b"x" * 35, file_name="shot.png", progress=progress,
                          cleanup=False)
    assert server.calls("DELETE") == []


async def test_async_exception_from_progress_deletes_the_reservation() -> None:
    server = AssetServer(35)

    def progress(done: int, total: int) -> None:
        raise RuntimeError("progress bar broke")

    async with async_client(server) as client:
        with pytest.raises(RuntimeError, match="progress bar broke"):
            await async_upload_screenshot(client, "set1", b"x" * 35, file_name="shot.png",
                                          progress=progress)
    assert len(server.calls("DELETE")) == 1 and server.calls("PATCH") == []


async def test_cancellation_deletes_the_reservation() -> None:
    started = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        if request.method == "PUT":
            started.set()
            await asyncio.sleep(30)  # a part that takes long: the task is cancelled meanwhile
        return server(request)

    server = AssetServer(35)
    async with ascapi.AsyncClient(creds(), transport=httpx.MockTransport(handler)) as client:
        task = asyncio.ensure_future(async_upload_screenshot(
            client, "set1", b"x" * 35, file_name="shot.png"))
        await started.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    (delete,) = server.calls("DELETE")
    assert delete.url.path == "/v1/appScreenshots/s1"
    assert max(delete.extensions["timeout"].values()) <= 5.0
    assert server.calls("PATCH") == []


async def test_cancellation_is_not_held_up_by_a_hanging_delete(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(uploads, "INTERRUPTED_CLEANUP_TIMEOUT", 0.2)
    started = asyncio.Event()
    deletes: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        if request.method == "DELETE":
            deletes.append(request.url.path)
            await asyncio.sleep(30)  # never answers in time
        if request.method == "PUT":
            started.set()
            await asyncio.sleep(30)
        return AssetServer(35)(request)

    async with ascapi.AsyncClient(creds(), transport=httpx.MockTransport(handler)) as client:
        task = asyncio.ensure_future(async_upload_screenshot(
            client, "set1", b"x" * 35, file_name="shot.png"))
        await started.wait()
        began = time.monotonic()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert time.monotonic() - began < 2
    assert deletes == ["/v1/appScreenshots/s1"]


# --------------------------------------------------------------------------- 4. reprs


def test_results_have_short_reprs() -> None:
    size = 100 * PART
    server = AssetServer(size)
    data = b"y" * size
    with sync_client(server) as client:
        asset = upload_screenshot(client, "set1", data, file_name="shot.png")
        build = upload_build(client, "app1", data, file_name="App.ipa", version="1.0",
                             build_number="1", poll_interval=0.01)
    md5 = hashlib.md5(data).hexdigest()
    assert asset.upload is not None and len(asset.upload.parts) == 100
    assert repr(asset) == (f"UploadedAsset(id='s1', type='appScreenshots', state='COMPLETE', "
                           f"size={size}, parts=100, checksum='{md5}')")
    assert repr(asset.upload) == f"UploadResult(md5='{md5}', size={size}, parts=100)"
    assert repr(build) == (f"BuildUploadResult(build_upload_id='b1', state='COMPLETE', "
                           f"file={build.file!r}, errors=[])")
    assert len(repr(build)) < 300 and "SECRET" not in repr(build) + repr(asset)
    failed = BuildUploadResult("b2", "FAILED", UploadedAsset(id="f", type="buildUploadFiles",
                                                             state=None, checksum=""),
                               errors=[{"code": "90062", "description": "invalid"}])
    assert repr(failed) == ("BuildUploadResult(build_upload_id='b2', state='FAILED', "
                            "file=UploadedAsset(id='f', type='buildUploadFiles', state=None, "
                            "checksum=''), errors=['90062'])")
