"""Build uploads: buildUploads + buildUploadFiles (DeliveryFileUploadOperation parts)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import ascapi
from ascapi.uploads import AssetProcessingError, async_upload_build, upload_build

emulator = pytest.importorskip("ascapi.emulator")


def _ipa(tmp_path: Path, size: int) -> Path:
    ipa = tmp_path / "App.ipa"
    ipa.write_bytes(os.urandom(size))
    return ipa


@contextlib.contextmanager
def _notes_team() -> Iterator[tuple[ascapi.Client, Any]]:
    """A client on a fresh seeded emulator, and its app "com.example.notes"."""
    emu = emulator.Emulator(seed=0, upload_part_size=64 * 1024)
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        yield client, client.apps.list(filter_bundle_id=["com.example.notes"]).data[0]


def test_build_file_uploaded_and_committed_with_checksums(tmp_path: Path) -> None:
    ipa = _ipa(tmp_path, 200_000)
    with _notes_team() as (client, app):
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


def _failing_build(tmp_path: Path, emu: Any, **kwargs: Any) -> tuple[AssetProcessingError, str]:
    ipa = tmp_path / "App.ipa"
    ipa.write_bytes(os.urandom(1000))
    emu.reject_next_asset("90062", "This bundle is invalid.")
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        app = client.apps.list(filter_bundle_id=["com.example.notes"]).data[0]
        with pytest.raises(AssetProcessingError) as info:
            upload_build(client, app.id, ipa, version="1.0", build_number="9",
                         poll_interval=0.01, **kwargs)
    return info.value, ",".join(ident for ident, _ in emu.store.all("buildUploads"))


def test_failed_build_deletes_its_build_upload_when_asked(tmp_path: Path) -> None:
    emu = emulator.Emulator(seed=0)
    error, left = _failing_build(tmp_path, emu, delete_on_failure=True)
    assert error.codes == ["90062"] and error.resource_type == "buildUploadFiles"
    assert error.deleted and "was deleted" in str(error)
    assert left == ""
    kept, left = _failing_build(tmp_path, emulator.Emulator(seed=0))
    assert not kept.deleted and left != ""


def test_failed_build_state_deletes_the_build_upload(tmp_path: Path) -> None:
    server = BuildServer({"state": "FAILED", "errors": [{"code": "90062"}]})
    deletes: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "DELETE":
            deletes.append(request.url.path)
            return httpx.Response(204)
        return server(request)

    creds = emulator.Emulator(seed=None).credentials()
    with ascapi.Client(creds, transport=httpx.MockTransport(handler)) as client, \
            pytest.raises(AssetProcessingError) as info:
        upload_build(client, "app1", b"IPA", file_name="App.ipa", version="2.0",
                     build_number="7", wait_for_build=True, sleep=lambda _: None,
                     delete_on_failure=True)
    assert deletes == ["/v1/buildUploads/b1"] and info.value.deleted


async def test_async_failed_build_deletion_failure_is_reported(tmp_path: Path) -> None:
    server = BuildServer({"state": "FAILED", "errors": [{"code": "90062"}]})

    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        if request.method == "DELETE":
            return httpx.Response(409, json={"errors": [{"code": "STATE_ERROR"}]})
        return server(request)

    async def no_wait(_: float) -> None:
        return None

    creds = emulator.Emulator(seed=None).credentials()
    async with ascapi.AsyncClient(creds, transport=httpx.MockTransport(handler),
                                  max_retries=0) as client:
        with pytest.raises(AssetProcessingError) as info:
            await async_upload_build(client, "app1", b"IPA", file_name="App.ipa", version="2.0",
                                     build_number="8", wait_for_build=True, sleep=no_wait,
                                     delete_on_failure=True)
    assert not info.value.deleted and "deleting the build upload b1 failed too" in str(info.value)


def test_build_state_is_the_state_last_read_without_waiting(tmp_path: Path) -> None:
    ipa = _ipa(tmp_path, 1000)
    with _notes_team() as (client, app):
        result = upload_build(
            client, app.id, ipa, version="2.0.0", build_number="200", poll_interval=0.01
        )
    assert result.file.state == "COMPLETE"
    assert result.state == "PROCESSING"  # the file is in; not the AWAITING_UPLOAD of creation


def test_redundant_build_fails_with_apples_code_and_description(tmp_path: Path) -> None:
    ipa = _ipa(tmp_path, 1000)
    with _notes_team() as (client, app):
        args: dict[str, Any] = {"version": "2.0.0", "build_number": "200", "poll_interval": 0.01}
        first = upload_build(client, app.id, ipa, wait_for_build=True, **args)
        assert first.state == "COMPLETE"
        with pytest.raises(AssetProcessingError) as info:
            upload_build(client, app.id, ipa, wait_for_build=True, **args)
    assert info.value.codes == ["90189"]
    assert "failed: 90189: Redundant Binary Upload. You've already uploaded" in str(info.value)


def test_build_failure_message_names_every_error_item(tmp_path: Path) -> None:
    pkg = tmp_path / "App.pkg"
    pkg.write_bytes(b"PKG")
    errors = [
        {"code": "90062", "description": "This bundle is invalid."},
        {"code": "90035", "description": "Invalid signature."},
        {"code": "90999"},
    ]
    server = BuildServer({"state": "FAILED", "errors": errors})
    with client_for(server) as client, pytest.raises(AssetProcessingError) as info:
        upload_build(
            client, "app1", pkg, version="2.0", build_number="7", wait_for_build=True,
            sleep=lambda _: None,
        )  # fmt: skip
    assert str(info.value) == (
        "build upload b1 failed: 90062: This bundle is invalid.; 90035: Invalid signature.; 90999"
    )
