"""The same handler over real HTTP: uvicorn on 127.0.0.1, uploads on a second port."""

from __future__ import annotations

import hashlib
import pathlib
import subprocess
import sys
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

from ascapi.emulator import Emulator, KeyCredentials

from .conftest import mint
from .test_uploads import png


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[Emulator, str, KeyCredentials]]:
    emu = Emulator(seed=0)
    key = emu.add_key()
    with emu.serve(port=0) as base_url:
        yield emu, base_url, key


@pytest.fixture
def api(served: tuple[Emulator, str, KeyCredentials]) -> Iterator[httpx.Client]:
    emu, base_url, key = served
    emu.clear_faults()
    with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {mint(key)}"}) as client:
        yield client


def test_serves_on_loopback_with_links_on_its_own_base(api: httpx.Client) -> None:
    assert urlsplit(str(api.base_url)).hostname == "127.0.0.1"
    body = api.get("/v1/devices", params={"limit": "100", "filter[platform]": "IOS"}).json()
    assert body["links"]["next"].startswith(f"{api.base_url}".rstrip("/") + "/v1/devices?cursor=")
    total, url, seen = body["meta"]["paging"]["total"], body["links"]["next"], len(body["data"])
    while url:
        page = api.get(url).json()
        seen += len(page["data"])
        url = page["links"].get("next")
    assert seen == total == 900


def test_upload_over_http_goes_to_another_port(api: httpx.Client) -> None:
    content = png(1242, 2688)
    app = api.get("/v1/apps").json()["data"][0]["id"]
    version = api.get(f"/v1/apps/{app}/appStoreVersions").json()["data"][0]["id"]
    loc = api.get(f"/v1/appStoreVersions/{version}/appStoreVersionLocalizations").json()["data"][0]["id"]
    sset = api.get(f"/v1/appStoreVersionLocalizations/{loc}/appScreenshotSets").json()["data"][0]["id"]
    asset = api.post("/v1/appScreenshots", json={"data": {
        "type": "appScreenshots", "attributes": {"fileName": "shot.png", "fileSize": len(content)},
        "relationships": {"appScreenshotSet": {"data": {"type": "appScreenshotSets", "id": sset}}}}}).json()["data"]
    ops = asset["attributes"]["uploadOperations"]
    api_port = urlsplit(str(api.base_url)).port
    assert {urlsplit(op["url"]).port for op in ops} != {api_port}
    with httpx.Client() as plain:  # no Authorization header
        for op in ops:
            part = content[op["offset"] : op["offset"] + op["length"]]
            refused = plain.put(op["url"], content=part, headers={"Content-Type": "image/png",
                                                                    "Authorization": "Bearer leaked"})
            assert refused.status_code == 403
            assert plain.put(op["url"], content=part, headers={"Content-Type": "image/png"}).status_code == 200
        # the API itself is not reachable through the upload port
        upload_base = "http://" + urlsplit(ops[0]["url"]).netloc
        assert plain.get(f"{upload_base}/v1/apps").status_code == 404
    done = api.patch(f"/v1/appScreenshots/{asset['id']}", json={"data": {
        "type": "appScreenshots", "id": asset["id"],
        "attributes": {"uploaded": True, "sourceFileChecksum": hashlib.md5(content).hexdigest()}}})
    assert done.status_code == 200
    for _ in range(2):
        state = api.get(f"/v1/appScreenshots/{asset['id']}").json()["data"]["attributes"]["assetDeliveryState"]
    assert state["state"] == "COMPLETE"


def test_all_interfaces_advertise_upload_urls_on_the_host_the_client_used() -> None:
    content = png(1242, 2688)
    emu = Emulator(seed=0)
    key = emu.add_key()
    with emu.serve(host="0.0.0.0") as base_url:
        port = urlsplit(base_url).port
        assert urlsplit(base_url).hostname == "127.0.0.1"
        for host in ("127.0.0.1", "localhost"):
            with httpx.Client(base_url=f"http://{host}:{port}",
                              headers={"Authorization": f"Bearer {mint(key)}"}) as api:
                loc = api.get("/v1/appStoreVersionLocalizations/" + _any_localization(emu)).json()["data"]["id"]
                sset = api.get(f"/v1/appStoreVersionLocalizations/{loc}/appScreenshotSets").json()["data"][0]["id"]
                asset = api.post("/v1/appScreenshots", json={"data": {
                    "type": "appScreenshots", "attributes": {"fileName": "shot.png", "fileSize": len(content)},
                    "relationships": {"appScreenshotSet": {"data": {"type": "appScreenshotSets", "id": sset}}}}})
                ops = asset.json()["data"]["attributes"]["uploadOperations"]
                assert {urlsplit(op["url"]).hostname for op in ops} == {host}
                op = ops[0]
                sent = httpx.put(op["url"], content=content[op["offset"] : op["offset"] + op["length"]],
                                 headers={"Content-Type": "image/png"})
                assert sent.status_code == 200


def _any_localization(emu: Emulator) -> str:
    return emu.store.all("appStoreVersionLocalizations")[0][0]


def test_dropped_connection_over_http(served: tuple[Emulator, str, KeyCredentials], api: httpx.Client) -> None:
    emu = served[0]
    emu.inject_fault("/v1/apps", drop=True, times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        api.get("/v1/apps")
    assert api.get("/v1/apps").status_code == 200


def test_html_502_and_latency_over_http(served: tuple[Emulator, str, KeyCredentials], api: httpx.Client) -> None:
    emu = served[0]
    emu.inject_fault("/v1/apps", status=502, times=1)
    bad = api.get("/v1/apps")
    assert bad.status_code == 502 and "<h1>502 Bad Gateway</h1>" in bad.text
    emu.inject_fault("/v1/users", latency=0.2, times=1)
    started = time.perf_counter()
    assert api.get("/v1/users").status_code == 200
    assert time.perf_counter() - started >= 0.2


def test_sales_report_over_http(api: httpx.Client) -> None:
    response = api.get("/v1/salesReports", params={
        "filter[frequency]": "DAILY", "filter[reportDate]": "2025-10-14", "filter[reportSubType]": "SUMMARY",
        "filter[reportType]": "SALES", "filter[vendorNumber]": "80012345", "filter[version]": "1_0"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/a-gzip"
    assert response.headers["x-rate-limit"].startswith("user-hour-lim:3600;user-hour-rem:")


def test_serve_context_stops_the_server() -> None:
    emu = Emulator(seed=None)
    with emu.serve(port=0) as base_url:
        assert httpx.get(f"{base_url}/v1/apps").status_code == 401
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{base_url}/v1/apps", timeout=1)


def test_small_answers_are_not_held_back_by_nagle(api: httpx.Client) -> None:
    # headers and body go out as two writes; without TCP_NODELAY each small answer waits ~40 ms
    timings = []
    for _ in range(15):
        started = time.perf_counter()
        assert api.get("/v1/users").status_code == 200
        timings.append(time.perf_counter() - started)
    assert sorted(timings)[len(timings) // 2] < 0.02


def test_command_line_serves_and_writes_a_key(tmp_path: pathlib.Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "ascapi.emulator", "--port", "0", "--key-dir", str(tmp_path),
         "--state", str(tmp_path / "state.json"), "--log-level", "warning"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(4)]
        info = dict(line.strip().split(": ", 1) for line in lines[:3])
        base_url = lines[3].split(" on ", 1)[1].split(" ", 1)[0]
        key = KeyCredentials(info["key id"], info["issuer id"], pathlib.Path(info["key file"]).read_text())
        assert pathlib.Path(info["key file"]).name == f"AuthKey_{key.key_id}.p8"
        response = httpx.get(f"{base_url}/v1/apps", headers={"Authorization": f"Bearer {mint(key)}"})
        assert response.status_code == 200 and len(response.json()["data"]) == 4
    finally:
        proc.terminate()
        proc.wait(10)
