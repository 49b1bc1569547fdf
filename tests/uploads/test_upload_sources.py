"""Upload sources other than paths (bytes, memoryview, file objects), the cleanup of an asset
whose processing FAILED, and part errors that travel without the presigned URL."""

from __future__ import annotations

import hashlib
import io
import json
import pickle
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

import ascapi
from ascapi.uploads import (
    AssetProcessingError,
    UploadPartError,
    async_upload_screenshot,
    plan_upload,
    upload_build,
    upload_parts,
    upload_screenshot,
)
from tests.core._helpers import creds

API = "https://api.appstoreconnect.apple.com"
UPLOAD = "https://upload.example"
DATA = bytes(range(256)) * 40  # 10240 bytes, three parts


class AssetServer:
    """Apple's asset flow for appScreenshots: reserve, parts, commit, poll, delete."""

    def __init__(self, *, fail_with: str | None = None, delete_status: int = 204) -> None:
        self.fail_with = fail_with
        self.delete_status = delete_status
        self.requests: list[httpx.Request] = []
        self.received: dict[int, bytes] = {}
        self.reserved: dict[str, Any] = {}

    def methods(self) -> list[str]:
        return [r.method for r in self.requests if r.url.host != "upload.example"]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        self.requests.append(request)
        if request.url.host == "upload.example":
            self.received[int(request.url.path.rsplit("/", 1)[-1])] = body
            return httpx.Response(200)
        if request.method == "POST":
            self.reserved = json.loads(body)["data"]["attributes"]
            size = self.reserved["fileSize"]
            ops = [{"method": "PUT", "url": f"{UPLOAD}/part/{off}?X-Amz-Signature=SIGNED",
                    "offset": off, "length": min(4096, size - off)}
                   for off in range(0, size, 4096)]
            return self.doc(201, {"uploadOperations": ops,
                                  "assetDeliveryState": {"state": "AWAITING_UPLOAD"}})
        if request.method == "PATCH":
            return self.doc(200, {"assetDeliveryState": {"state": "UPLOAD_COMPLETE"}})
        if request.method == "GET":
            if self.fail_with:
                state = {"state": "FAILED", "errors": [{"code": self.fail_with,
                                                        "description": "wrong size"}]}
            else:
                state = {"state": "COMPLETE", "errors": []}
            return self.doc(200, {"assetDeliveryState": state})
        if request.method == "DELETE":
            if self.delete_status == 204:
                return httpx.Response(204)
            return httpx.Response(self.delete_status, json={"errors": [{"code": "NOPE"}]})
        raise AssertionError(f"unexpected {request.method} {request.url}")

    @staticmethod
    def doc(status: int, attributes: dict[str, Any]) -> httpx.Response:
        return httpx.Response(status, json={"data": {"type": "appScreenshots", "id": "shot-1",
                                                     "attributes": attributes}})


def client_for(server: AssetServer) -> ascapi.Client:
    return ascapi.Client(creds(), transport=httpx.MockTransport(server), sleep=lambda s: None)


@pytest.mark.parametrize("source", [DATA, bytearray(DATA), memoryview(DATA), io.BytesIO(DATA)])
def test_bytes_and_file_objects_are_uploaded(source: Any) -> None:
    server = AssetServer()
    asset = upload_screenshot(client_for(server), "set-1", source, file_name="shot.png")
    assert asset.state == "COMPLETE" and asset.checksum == hashlib.md5(DATA).hexdigest()
    assert b"".join(server.received[k] for k in sorted(server.received)) == DATA
    assert server.reserved == {"fileName": "shot.png", "fileSize": len(DATA)}


def test_named_file_object_gives_its_name(tmp_path: Path) -> None:
    path = tmp_path / "named.png"
    path.write_bytes(DATA)
    server = AssetServer()
    with path.open("rb") as handle:
        upload_screenshot(client_for(server), "set-1", handle)
        assert not handle.closed  # the caller's file stays the caller's
    assert server.reserved["fileName"] == "named.png"


@pytest.mark.parametrize("source", [DATA, memoryview(DATA), io.BytesIO(DATA)])
def test_bytes_without_a_file_name_are_refused_before_anything_is_sent(source: Any) -> None:
    server = AssetServer()
    with pytest.raises(ValueError, match="needs file_name="):
        upload_screenshot(client_for(server), "set-1", source)
    assert server.requests == []


def test_unusable_sources_are_named(tmp_path: Path) -> None:
    server = AssetServer()
    path = tmp_path / "t.png"
    path.write_bytes(DATA)
    with path.open("r") as text, pytest.raises(TypeError, match="binary mode"):
        upload_screenshot(client_for(server), "set-1", text)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="cannot upload a int"):
        upload_screenshot(client_for(server), "set-1", 42, file_name="x.png")  # type: ignore[arg-type]
    assert server.requests == []


def test_upload_parts_reads_bytes() -> None:
    sent: dict[int, bytes] = {}

    class Fake:
        def _send_unauthenticated(self, method: str, url: str, **kw: Any) -> httpx.Response:
            sent[int(url.rsplit("/", 1)[-1])] = b"".join(kw["content"])
            return httpx.Response(200)

    ops = [{"method": "PUT", "url": f"{UPLOAD}/{o}", "offset": o, "length": min(4096, len(DATA) - o)}
           for o in range(0, len(DATA), 4096)]
    result = upload_parts(Fake(), plan_upload(ops, len(DATA)), DATA)  # type: ignore[arg-type]
    assert result.md5 == hashlib.md5(DATA).hexdigest() and result.size == len(DATA)
    assert b"".join(sent[k] for k in sorted(sent)) == DATA


def test_build_from_bytes_takes_its_type_from_file_name() -> None:
    with pytest.raises(ValueError, match="pass uti= or file_name="):
        upload_build(client_for(AssetServer()), "app-1", DATA, version="1.0", build_number="1")


def test_failed_processing_deletes_the_asset_and_says_so() -> None:
    server = AssetServer(fail_with="IMAGE_INCORRECT_DIMENSIONS")
    with pytest.raises(AssetProcessingError) as info:
        upload_screenshot(client_for(server), "set-1", DATA, file_name="shot.png",
                          delete_on_failure=True)
    assert server.methods() == ["POST", "PATCH", "GET", "DELETE"]
    assert server.requests[-1].url.path == "/v1/appScreenshots/shot-1"
    error = info.value
    assert error.deleted and error.codes == ["IMAGE_INCORRECT_DIMENSIONS"]
    assert "IMAGE_INCORRECT_DIMENSIONS" in str(error) and "was deleted" in str(error)


def test_failed_processing_kept_by_default() -> None:
    server = AssetServer(fail_with="IMAGE_INCORRECT_DIMENSIONS")
    with pytest.raises(AssetProcessingError) as info:
        upload_screenshot(client_for(server), "set-1", DATA, file_name="shot.png")
    assert "DELETE" not in server.methods() and not info.value.deleted
    assert "deleted" not in str(info.value)


def test_failed_deletion_keeps_the_processing_error() -> None:
    server = AssetServer(fail_with="IMAGE_INCORRECT_DIMENSIONS", delete_status=409)
    with pytest.raises(AssetProcessingError) as info:
        upload_screenshot(client_for(server), "set-1", DATA, file_name="shot.png",
                          delete_on_failure=True)
    assert server.methods()[-1] == "DELETE" and not info.value.deleted
    assert "deleting the failed asset failed too" in str(info.value)
    assert info.value.codes == ["IMAGE_INCORRECT_DIMENSIONS"]


async def test_async_bytes_and_failed_processing_cleanup() -> None:
    server = AssetServer(fail_with="IMAGE_INCORRECT_DIMENSIONS")

    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        return server(request)

    async with ascapi.AsyncClient(creds(), transport=httpx.MockTransport(handler),
                                  sleep=lambda s: None) as client:
        with pytest.raises(AssetProcessingError) as info:
            await async_upload_screenshot(client, "set-1", memoryview(DATA), file_name="a.png",
                                          delete_on_failure=True)
    assert server.methods() == ["POST", "PATCH", "GET", "DELETE"] and info.value.deleted
    assert b"".join(server.received[k] for k in sorted(server.received)) == DATA


def test_part_error_travels_without_the_presigned_signature() -> None:
    class Failing:
        def _send_unauthenticated(self, method: str, url: str, **kw: Any) -> httpx.Response:
            return httpx.Response(403)

    ops = [{"method": "PUT", "url": f"{UPLOAD}/part/0?X-Amz-Signature=SIGNED", "offset": 0,
            "length": len(DATA)}]
    with pytest.raises(UploadPartError) as info:
        upload_parts(Failing(), plan_upload(ops, len(DATA)), DATA)  # type: ignore[arg-type]
    error = info.value
    assert error.part.url == f"{UPLOAD}/part/0" and error.status_code == 403
    blob = pickle.dumps(error)
    assert b"SIGNED" not in blob and "SIGNED" not in repr(error.__dict__)
    again = pickle.loads(blob)
    assert isinstance(again, UploadPartError) and str(again) == str(error)
    assert again.part.offset == 0 and again.attempts == error.attempts
    processing = AssetProcessingError("failed", asset_id="a", resource_type="appScreenshots",
                                      state="FAILED", errors=[{"code": "X"}])
    assert pickle.loads(pickle.dumps(processing)).codes == ["X"]


def test_missing_file_or_directory_is_an_invalid_argument_naming_the_path(tmp_path: Path) -> None:
    server = AssetServer()
    missing = tmp_path / "missing.png"
    with pytest.raises(ascapi.InvalidArgumentError, match=re.escape(f"no such file: {missing}")) as info:
        upload_screenshot(client_for(server), "set-1", missing)
    assert isinstance(info.value.__cause__, FileNotFoundError)
    assert isinstance(info.value, ascapi.AscError) and isinstance(info.value, ValueError)
    with pytest.raises(ascapi.InvalidArgumentError, match="is a directory, not a file") as info:
        upload_screenshot(client_for(server), "set-1", str(tmp_path))
    assert str(tmp_path) in str(info.value)
    assert isinstance(info.value.__cause__, IsADirectoryError)
    assert server.requests == []


def test_missing_build_file_is_refused_before_a_build_upload_is_created(tmp_path: Path) -> None:
    server = AssetServer()
    with pytest.raises(ascapi.InvalidArgumentError, match=r"no such file: .*App\.ipa"):
        upload_build(
            client_for(server), "app-1", tmp_path / "App.ipa", version="1", build_number="1"
        )
    assert server.requests == []
