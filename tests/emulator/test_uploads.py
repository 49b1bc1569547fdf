from __future__ import annotations

import hashlib
import struct
import zlib
from typing import Any

import httpx
import pytest

from ascapi.emulator import Emulator

from .conftest import first_error


def png(width: int, height: int) -> bytes:
    """A valid PNG header (IHDR) followed by filler, so the emulator can read the dimensions."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk
            + struct.pack(">I", zlib.crc32(chunk)) + bytes(range(256)) * 700)


def _screenshot_set(api: httpx.Client) -> str:
    sets = api.get("/v1/appScreenshotSets", params={"limit": "1"})
    if sets.status_code == 200:  # not a top-level collection in the spec; fall back below
        return str(sets.json()["data"][0]["id"])
    loc = api.get("/v1/apps").json()["data"][0]["id"]
    versions = api.get(f"/v1/apps/{loc}/appStoreVersions").json()["data"]
    locs = api.get(f"/v1/appStoreVersions/{versions[0]['id']}/appStoreVersionLocalizations").json()["data"]
    sets_ = api.get(f"/v1/appStoreVersionLocalizations/{locs[0]['id']}/appScreenshotSets").json()["data"]
    return str(sets_[0]["id"])


def reserve(api: httpx.Client, content: bytes, name: str = "home.png") -> dict[str, Any]:
    response = api.post("/v1/appScreenshots", json={"data": {
        "type": "appScreenshots", "attributes": {"fileName": name, "fileSize": len(content)},
        "relationships": {"appScreenshotSet": {"data": {"type": "appScreenshotSets", "id": _screenshot_set(api)}}},
    }})
    assert response.status_code == 201, response.text
    return dict(response.json()["data"])


def put_parts(upload: httpx.Client, ops: list[dict[str, Any]], content: bytes) -> None:
    for op in reversed(ops):  # any order is allowed
        headers = {h["name"]: h["value"] for h in op["requestHeaders"]}
        part = content[op["offset"] : op["offset"] + op["length"]]
        response = upload.request(op["method"], op["url"], headers=headers, content=part)
        assert response.status_code == 200, response.text


def commit(api: httpx.Client, asset_id: str, checksum: str) -> httpx.Response:
    return api.patch(f"/v1/appScreenshots/{asset_id}", json={"data": {
        "type": "appScreenshots", "id": asset_id,
        "attributes": {"uploaded": True, "sourceFileChecksum": checksum}}})


@pytest.fixture
def upload(emu: Emulator) -> httpx.Client:
    return httpx.Client(transport=emu.transport())


def test_screenshot_upload_happy_path(api: httpx.Client, upload: httpx.Client) -> None:
    content = png(1290, 2796)
    asset = reserve(api, content)
    ops = asset["attributes"]["uploadOperations"]
    assert len(ops) >= 3 and asset["attributes"]["assetDeliveryState"]["state"] == "AWAITING_UPLOAD"
    assert [op["offset"] for op in ops] == sorted(op["offset"] for op in ops)
    assert sum(op["length"] for op in ops) == len(content)
    assert all(not op["url"].startswith(str(api.base_url)) for op in ops)  # a different host
    put_parts(upload, ops, content)
    committed = commit(api, asset["id"], hashlib.md5(content).hexdigest())
    assert committed.status_code == 200
    assert committed.json()["data"]["attributes"]["assetDeliveryState"]["state"] == "UPLOAD_COMPLETE"
    states = [api.get(f"/v1/appScreenshots/{asset['id']}").json()["data"]["attributes"] for _ in range(2)]
    assert states[-1]["assetDeliveryState"] == {"errors": [], "warnings": [], "state": "COMPLETE"}
    assert states[-1]["imageAsset"]["width"] == 1290 and states[-1]["imageAsset"]["height"] == 2796
    assert "uploadOperations" not in states[-1]


def test_upload_host_refuses_bearer_token_and_bad_parts(api: httpx.Client, upload: httpx.Client) -> None:
    content = png(100, 100)
    ops = reserve(api, content)["attributes"]["uploadOperations"]
    op = ops[0]
    headers = {h["name"]: h["value"] for h in op["requestHeaders"]}
    part = content[op["offset"] : op["offset"] + op["length"]]
    with_token = upload.put(op["url"], headers={**headers, "Authorization": "Bearer x"}, content=part)
    assert with_token.status_code == 403
    short = upload.put(op["url"], headers=headers, content=part[:-1])
    assert short.status_code == 400
    wrong_type = upload.put(op["url"], headers={"Content-Type": "application/json"}, content=part)
    assert wrong_type.status_code == 400
    forged = upload.put(op["url"].replace("sig=", "sig=0"), headers=headers, content=part)
    assert forged.status_code == 403


def test_checksum_mismatch_fails_processing(api: httpx.Client, upload: httpx.Client) -> None:
    content = b"ABCDEFGHIJ" * 20000
    asset = reserve(api, content)
    put_parts(upload, asset["attributes"]["uploadOperations"], content)
    assert commit(api, asset["id"], hashlib.md5(b"other").hexdigest()).status_code == 200
    for _ in range(2):
        state = api.get(f"/v1/appScreenshots/{asset['id']}").json()["data"]["attributes"]["assetDeliveryState"]
    assert state["state"] == "FAILED"
    assert state["errors"][0]["code"] == "CHECKSUM_MISMATCH"


def test_commit_before_all_parts_fails_and_parts_after_commit_refused(
    api: httpx.Client, upload: httpx.Client
) -> None:
    content = bytes(300_000)
    asset = reserve(api, content, "clip.png")
    ops = asset["attributes"]["uploadOperations"]
    put_parts(upload, ops[1:], content)
    incomplete = commit(api, asset["id"], hashlib.md5(content).hexdigest())
    assert incomplete.status_code == 409
    assert "received" in first_error(incomplete)["detail"]
    put_parts(upload, ops[:1], content)
    assert commit(api, asset["id"], hashlib.md5(content).hexdigest()).status_code == 200
    op = ops[0]
    late = upload.put(op["url"], headers={"Content-Type": "image/png"}, content=content[: op["length"]])
    assert late.status_code == 409


def test_processing_rejection_like_apple(emu: Emulator, api: httpx.Client, upload: httpx.Client) -> None:
    emu.reject_next_asset("IMAGE_INCORRECT_DIMENSIONS", "The dimensions are wrong.")
    content = png(10, 10)
    asset = reserve(api, content)
    put_parts(upload, asset["attributes"]["uploadOperations"], content)
    commit(api, asset["id"], hashlib.md5(content).hexdigest())
    for _ in range(2):
        state = api.get(f"/v1/appScreenshots/{asset['id']}").json()["data"]["attributes"]["assetDeliveryState"]
    assert state == {"errors": [{"code": "IMAGE_INCORRECT_DIMENSIONS", "description": "The dimensions are wrong."}],
                     "warnings": [], "state": "FAILED"}


def test_build_upload_files_use_delivery_operations(api: httpx.Client, upload: httpx.Client) -> None:
    app = api.get("/v1/apps").json()["data"][0]["id"]
    build_upload = api.post("/v1/buildUploads", json={"data": {
        "type": "buildUploads",
        "attributes": {"cfBundleShortVersionString": "3.0", "cfBundleVersion": "300", "platform": "IOS"},
        "relationships": {"app": {"data": {"type": "apps", "id": app}}}}})
    assert build_upload.status_code == 201, build_upload.text
    content = bytes(range(256)) * 1000
    made = api.post("/v1/buildUploadFiles", json={"data": {
        "type": "buildUploadFiles",
        "attributes": {"fileName": "App.ipa", "fileSize": len(content), "uti": "com.apple.ipa", "assetType": "ASSET"},
        "relationships": {"buildUpload": {"data": {"type": "buildUploads", "id": build_upload.json()["data"]["id"]}}}}})
    assert made.status_code == 201, made.text
    ops = made.json()["data"]["attributes"]["uploadOperations"]
    assert [op["partNumber"] for op in ops] == list(range(1, len(ops) + 1))
    put_parts(upload, ops, content)
    asset_id = made.json()["data"]["id"]
    done = api.patch(f"/v1/buildUploadFiles/{asset_id}", json={"data": {
        "type": "buildUploadFiles", "id": asset_id, "attributes": {
            "uploaded": True, "sourceFileChecksums": {"file": {"hash": hashlib.md5(content).hexdigest(), "algorithm": "MD5"}}}}})
    assert done.status_code == 200, done.text
    for _ in range(2):
        state = api.get(f"/v1/buildUploadFiles/{asset_id}").json()["data"]["attributes"]["assetDeliveryState"]
    assert state["state"] == "COMPLETE"


def test_empty_file_cannot_be_reserved(api: httpx.Client) -> None:
    response = api.post("/v1/appScreenshots", json={"data": {
        "type": "appScreenshots", "attributes": {"fileName": "empty.png", "fileSize": 0},
        "relationships": {"appScreenshotSet": {"data": {"type": "appScreenshotSets", "id": _screenshot_set(api)}}},
    }})
    assert response.status_code == 409
    assert first_error(response)["source"] == {"pointer": "/data/attributes/fileSize"}
