"""Upload helpers against the emulator: real HTTP (API and upload host on different ports)
and in-process async; processing failures and timeouts."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import httpx
import pytest

import ascapi
from ascapi.uploads import (
    AssetProcessingError,
    AssetProcessingTimeout,
    async_upload_preview,
    async_upload_screenshot,
    upload_asset,
    upload_review_attachment,
    upload_screenshot,
)

emulator = pytest.importorskip("ascapi.emulator")


def screenshot_set(client: Any, version_string: str = "7.0.0") -> tuple[str, str]:
    """(screenshot set id, localization id) under a new version of the demo app."""
    app = client.apps.list(filter_bundle_id=["com.example.notes"]).data[0]
    version = client.app_store_versions.create(
        platform="IOS", version_string=version_string, app=app.id
    )
    # Apple creates the localization of the app's primary locale with the version.
    locs = client.app_store_versions.app_store_version_localizations.list(version.data.id).data
    loc_id = next(loc.id for loc in locs if loc.attributes.locale == "en-US")
    shot_set = client.app_screenshot_sets.create(
        screenshot_display_type="APP_IPHONE_67", app_store_version_localization=loc_id
    )
    return str(shot_set.data.id), str(loc_id)


def test_upload_over_real_http_never_sends_the_token_to_the_upload_host(tmp_path: Path) -> None:
    emu = emulator.Emulator(seed=0, upload_part_size=64 * 1024)
    path = tmp_path / "shot.png"
    path.write_bytes(os.urandom(300_000))
    seen: list[tuple[str, str, bool]] = []

    def record(request: httpx.Request) -> None:
        seen.append(
            (
                request.method,
                f"{request.url.host}:{request.url.port}",
                "authorization" in request.headers,
            )
        )

    with emu.serve(port=0) as base_url:
        http = httpx.Client(event_hooks={"request": [record]})
        with ascapi.Client(emu.credentials(), base_url=base_url, http_client=http) as client:
            set_id, _ = screenshot_set(client)
            progress: list[tuple[int, int]] = []
            asset = upload_screenshot(
                client,
                set_id,
                path,
                progress=lambda d, t: progress.append((d, t)),
                poll_interval=0.01,
            )
            fetched = client.app_screenshots.get(asset.id).data.attributes
    api = base_url.split("//", 1)[1]
    puts = [s for s in seen if s[0] == "PUT"]
    assert len(puts) == 5 and all(host != api and not auth for _, host, auth in puts)
    assert all(auth for method, host, auth in seen if host == api)
    assert asset.state == "COMPLETE"
    assert fetched.source_file_checksum == hashlib.md5(path.read_bytes()).hexdigest()
    assert progress[-1] == (300_000, 300_000) and len(progress) == 5


def test_processing_failure_carries_apples_reasons(tmp_path: Path) -> None:
    emu = emulator.Emulator(seed=0)
    path = tmp_path / "tiny.png"
    path.write_bytes(b"\x89PNG not really")
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        set_id, _ = screenshot_set(client)
        emu.reject_next_asset("IMAGE_INCORRECT_DIMENSIONS")
        with pytest.raises(AssetProcessingError) as info:
            upload_screenshot(client, set_id, path, sleep=lambda s: None)
    assert info.value.codes == ["IMAGE_INCORRECT_DIMENSIONS"]
    assert info.value.resource_type == "appScreenshots" and info.value.state == "FAILED"


def test_review_attachment_and_no_wait(tmp_path: Path) -> None:
    emu = emulator.Emulator(seed=0)
    path = tmp_path / "notes.pdf"
    path.write_bytes(b"%PDF-1.4 demo account notes\n" * 100)
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        app = client.apps.list(filter_bundle_id=["com.example.notes"]).data[0]
        version = client.app_store_versions.create(
            platform="IOS", version_string="7.1.0", app=app.id
        ).data
        detail = client.app_store_review_details.create(
            contact_email="review@example.com", app_store_version=version.id
        ).data
        asset = upload_review_attachment(client, detail.id, path, wait=False)
    assert asset.type == "appStoreReviewAttachments"
    assert asset.state == "UPLOAD_COMPLETE"


class Stuck:
    """An API whose asset never finishes processing."""

    def __init__(self) -> None:
        self.gets = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        doc: dict[str, Any] = {
            "data": {
                "type": "appScreenshots",
                "id": "a1",
                "attributes": {"assetDeliveryState": {"state": "UPLOAD_COMPLETE", "errors": []}},
            }
        }
        if request.method == "POST":
            doc["data"]["attributes"]["uploadOperations"] = [
                {
                    "method": "PUT",
                    "url": "https://uploads.example.net/p1",
                    "offset": 0,
                    "length": 4,
                    "requestHeaders": [],
                }
            ]
        if request.method == "PUT":
            return httpx.Response(200)
        if request.method == "GET":
            self.gets += 1
        return httpx.Response(200, json=doc)


def test_processing_timeout_is_bounded_with_an_injected_sleep(tmp_path: Path) -> None:
    path = tmp_path / "x.png"
    path.write_bytes(b"ABCD")
    stuck = Stuck()
    creds = emulator.Emulator(seed=None).credentials()
    sleeps: list[float] = []
    with ascapi.Client(creds, transport=httpx.MockTransport(stuck)) as client:
        with pytest.raises(AssetProcessingTimeout) as info:
            upload_asset(
                client,
                "appScreenshots",
                parent=("appScreenshotSet", "appScreenshotSets", "s1"),
                path=path,
                poll_interval=5,
                poll_timeout=12,
                sleep=sleeps.append,
            )
    assert sleeps == [5, 5, 2] and stuck.gets == 4
    assert info.value.asset_id == "a1" and info.value.state == "UPLOAD_COMPLETE"


async def test_async_screenshot_and_preview(tmp_path: Path) -> None:
    emu = emulator.Emulator(seed=0, upload_part_size=64 * 1024)
    shot, video = tmp_path / "a.png", tmp_path / "p.mp4"
    shot.write_bytes(os.urandom(150_000))
    video.write_bytes(os.urandom(70_000))
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as sync_client:
        set_id, loc_id = screenshot_set(sync_client)
    async with ascapi.AsyncClient(emu.credentials(), transport=emu.async_transport()) as client:
        asset = await async_upload_screenshot(client, set_id, shot, poll_interval=0.01)
        assert asset.state == "COMPLETE"
        assert asset.checksum == hashlib.md5(shot.read_bytes()).hexdigest()
        assert asset.upload is not None and len(asset.upload.parts) == 3
        preview_set = await client.app_preview_sets.create(
            preview_type="IPHONE_67", app_store_version_localization=loc_id
        )
        preview = await async_upload_preview(
            client,
            preview_set.data.id,
            video,
            mime_type="video/mp4",
            preview_frame_time_code="00:00:05:00",
            poll_interval=0.01,
        )
        assert preview.state == "COMPLETE"
        assert preview.attributes.get("mimeType") == "video/mp4"
