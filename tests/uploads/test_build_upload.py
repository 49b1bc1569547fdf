"""Build uploads: buildUploads + buildUploadFiles (DeliveryFileUploadOperation parts)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest

import ascapi
from ascapi.uploads import AssetProcessingError, async_upload_build, upload_build

emulator = pytest.importorskip("ascapi.emulator")


def test_build_file_uploaded_and_committed_with_checksums(tmp_path: Path) -> None:
    emu = emulator.Emulator(seed=0, upload_part_size=64 * 1024)
    ipa = tmp_path / "App.ipa"
    ipa.write_bytes(os.urandom(200_000))
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        app = client.apps.list(filter_bundle_id=["com.example.notes"]).data[0]
        result = upload_build(
            client, app.id, ipa, version="1.2.0", build_number="42", poll_interval=0.01
        )
        record = client._call("GET", f"/v1/buildUploadFiles/{result.file.id}", response_type=dict)[
            "data"
        ]
    assert result.file.state == "COMPLETE" and result.file.type == "buildUploadFiles"
    assert result.file.upload is not None
    assert [p.part_number for p in result.file.upload.parts] == [1, 2, 3, 4]
    assert record["attributes"]["sourceFileChecksums"]["file"] == {
        "hash": hashlib.md5(ipa.read_bytes()).hexdigest(),
        "algorithm": "MD5",
    }
    assert record["attributes"]["uti"] == "com.apple.ipa"


class BuildServer:
    """buildUploads that go PROCESSING, then the given final state."""

    def __init__(self, final: dict[str, Any]) -> None:
        self.final = final
        self.build_gets = 0
        self.bodies: list[Any] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.content and request.method != "PUT":
            self.bodies.append(json.loads(request.content))
        if request.method == "PUT":
            return httpx.Response(200, headers={"ETag": '"e"'})
        if path == "/v1/buildUploads" and request.method == "POST":
            return httpx.Response(
                201,
                json={
                    "data": {
                        "type": "buildUploads",
                        "id": "b1",
                        "attributes": {"state": {"state": "AWAITING_UPLOAD"}},
                    }
                },
            )
        if path == "/v1/buildUploads/b1":
            self.build_gets += 1
            state = {"state": "PROCESSING"} if self.build_gets < 3 else self.final
            return httpx.Response(
                200,
                json={"data": {"type": "buildUploads", "id": "b1", "attributes": {"state": state}}},
            )
        attrs: dict[str, Any] = {"assetDeliveryState": {"state": "COMPLETE"}}
        if request.method == "POST":
            attrs = {
                "uploadOperations": [
                    {
                        "method": "PUT",
                        "url": "https://uploads.example.net/f1?p=1",
                        "offset": 0,
                        "length": 3,
                        "partNumber": 1,
                        "expiration": "2999-01-01T00:00:00Z",
                        "requestHeaders": [
                            {"name": "Content-Type", "value": "application/octet-stream"}
                        ],
                    }
                ],
                "assetDeliveryState": {"state": "AWAITING_UPLOAD"},
            }
        return httpx.Response(
            200, json={"data": {"type": "buildUploadFiles", "id": "f1", "attributes": attrs}}
        )


def client_for(server: BuildServer) -> ascapi.Client:
    creds = emulator.Emulator(seed=None).credentials()
    return ascapi.Client(creds, transport=httpx.MockTransport(server))


def test_waiting_for_the_build_reports_apples_failure(tmp_path: Path) -> None:
    pkg = tmp_path / "App.pkg"
    pkg.write_bytes(b"PKG")
    server = BuildServer(
        {"state": "FAILED", "errors": [{"code": "90062", "description": "This bundle is invalid."}]}
    )
    sleeps: list[float] = []
    with client_for(server) as client, pytest.raises(AssetProcessingError) as info:
        upload_build(
            client,
            "app1",
            pkg,
            version="2.0",
            build_number="7",
            platform="MAC_OS",
            wait_for_build=True,
            poll_interval=10,
            sleep=sleeps.append,
        )
    assert info.value.codes == ["90062"] and info.value.resource_type == "buildUploads"
    assert server.build_gets == 3 and sleeps == [10, 10]
    create, file_create, commit = server.bodies
    assert create["data"]["attributes"] == {
        "cfBundleShortVersionString": "2.0",
        "cfBundleVersion": "7",
        "platform": "MAC_OS",
    }
    assert file_create["data"]["attributes"]["uti"] == "com.apple.pkg"
    assert commit["data"]["attributes"] == {
        "uploaded": True,
        "sourceFileChecksums": {
            "file": {"hash": hashlib.md5(b"PKG").hexdigest(), "algorithm": "MD5"}
        },
    }


async def test_async_build_until_complete(tmp_path: Path) -> None:
    ipa = tmp_path / "App.ipa"
    ipa.write_bytes(b"IPA")
    server = BuildServer({"state": "COMPLETE"})
    creds = emulator.Emulator(seed=None).credentials()

    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        return server(request)

    async def no_wait(_: float) -> None:
        return None

    async with ascapi.AsyncClient(creds, transport=httpx.MockTransport(handler)) as client:
        result = await async_upload_build(
            client, "app1", ipa, version="2.0", build_number="8", wait_for_build=True, sleep=no_wait
        )
    assert result.state == "COMPLETE" and result.file.state == "COMPLETE"


def test_unknown_file_type_needs_a_uti(tmp_path: Path) -> None:
    odd = tmp_path / "App.bin"
    odd.write_bytes(b"x")
    with client_for(BuildServer({})) as client, pytest.raises(ValueError, match="uti="):
        upload_build(client, "app1", odd, version="1", build_number="1")
