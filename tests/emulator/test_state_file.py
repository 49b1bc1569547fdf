"""The state file: what a restart keeps, and one clear error for a file that can not be used."""

from __future__ import annotations

import hashlib
import pathlib
from collections.abc import Iterator

import httpx
import pytest

import ascapi
from ascapi.emulator import Emulator, KeyCredentials, StateFileError
from ascapi.uploads import upload_build

from .conftest import API, first_error, mint
from .test_uploads import commit, png, put_parts, reserve

IMAGE = png(1290, 2796)


def _client(emu: Emulator, key: KeyCredentials) -> httpx.Client:
    return httpx.Client(transport=emu.transport(), base_url=API, headers={"Authorization": f"Bearer {mint(key)}"})


@pytest.fixture
def state(tmp_path: pathlib.Path) -> pathlib.Path:
    return tmp_path / "state.json"


@pytest.fixture
def first(state: pathlib.Path) -> Emulator:
    return Emulator(seed=0, state_file=state)


@pytest.fixture
def key(first: Emulator) -> KeyCredentials:
    return first.add_key()


@pytest.fixture
def api(first: Emulator, key: KeyCredentials) -> Iterator[httpx.Client]:
    with _client(first, key) as client:
        yield client


def restarted(state: pathlib.Path, key: KeyCredentials) -> httpx.Client:
    return _client(Emulator(seed=0, state_file=state), key)


def delivery(api: httpx.Client, asset: str) -> dict[str, object]:
    return dict(api.get(f"/v1/appScreenshots/{asset}").json()["data"]["attributes"])


# ---- what is reached by polling is saved ----------------------------------------------------
def test_a_build_made_while_polling_survives_a_restart(first: Emulator, state: pathlib.Path) -> None:
    creds = first.credentials()
    with ascapi.Client(creds, transport=first.transport()) as client:
        app = client.apps.list(filter_bundle_id=["com.example.notes"]).data[0]
        result = upload_build(client, app.id, bytes(range(256)) * 300, file_name="App.ipa", version="3.2",
                              build_number="320", wait_for_build=True, poll_interval=0.01, sleep=lambda _: None)
    assert result.state == "COMPLETE"
    again = Emulator(seed=0, state_file=state)
    with ascapi.Client(creds, transport=again.transport()) as client:
        builds = client._call("GET", "/v1/builds", params={"filter[version]": "320"}, response_type=dict)["data"]
        upload = client._call("GET", f"/v1/buildUploads/{result.build_upload_id}", response_type=dict)["data"]
    assert len(builds) == 1
    assert upload["attributes"]["state"]["state"] == "COMPLETE"


def test_a_processed_screenshot_stays_complete_after_a_restart(
        api: httpx.Client, upload: httpx.Client, state: pathlib.Path, key: KeyCredentials) -> None:
    asset = reserve(api, IMAGE)
    put_parts(upload, asset["attributes"]["uploadOperations"], IMAGE)
    assert commit(api, asset["id"], hashlib.md5(IMAGE).hexdigest()).status_code == 200
    delivery(api, asset["id"])
    assert delivery(api, asset["id"])["assetDeliveryState"]["state"] == "COMPLETE"  # type: ignore[index]
    with restarted(state, key) as again:
        assert delivery(again, asset["id"])["assetDeliveryState"]["state"] == "COMPLETE"  # type: ignore[index]


def test_a_get_that_changes_nothing_does_not_write(api: httpx.Client, state: pathlib.Path) -> None:
    api.get("/v1/apps")
    written = state.stat().st_mtime_ns
    state.write_bytes(state.read_bytes())  # same content, new time: a later save would change it again
    marker = state.stat().st_mtime_ns
    api.get("/v1/apps")
    assert state.stat().st_mtime_ns == marker and written <= marker


# ---- uploads across a restart ---------------------------------------------------------------
@pytest.mark.parametrize(("checksum", "state_after", "codes"), [
    (hashlib.md5(IMAGE).hexdigest(), "COMPLETE", []),
    ("0" * 32, "FAILED", ["CHECKSUM_MISMATCH"]),
])
def test_an_asset_committed_before_a_restart_finishes_processing(
        api: httpx.Client, upload: httpx.Client, state: pathlib.Path, key: KeyCredentials,
        checksum: str, state_after: str, codes: list[str]) -> None:
    asset = reserve(api, IMAGE)
    put_parts(upload, asset["attributes"]["uploadOperations"], IMAGE)
    assert commit(api, asset["id"], checksum).status_code == 200
    with restarted(state, key) as again:
        assert delivery(again, asset["id"])["assetDeliveryState"]["state"] == "UPLOAD_COMPLETE"  # type: ignore[index]
        shown = delivery(again, asset["id"])["assetDeliveryState"]
    assert shown["state"] == state_after  # type: ignore[index]
    assert [e["code"] for e in shown["errors"]] == codes  # type: ignore[index]


def test_a_reservation_open_at_a_restart_fails_clearly(
        api: httpx.Client, state: pathlib.Path, key: KeyCredentials) -> None:
    asset = reserve(api, IMAGE)
    with restarted(state, key) as again:
        attrs = delivery(again, asset["id"])
        refused = commit(again, asset["id"], hashlib.md5(IMAGE).hexdigest())
    assert "uploadOperations" not in attrs  # its URLs went with the old upload host
    assert attrs["assetDeliveryState"]["state"] == "FAILED"  # type: ignore[index]
    assert [e["code"] for e in attrs["assetDeliveryState"]["errors"]] == ["UPLOAD_RESERVATION_EXPIRED"]  # type: ignore[index]
    assert refused.status_code == 409
    assert "reserve it again" in first_error(refused)["detail"]


@pytest.fixture
def upload(first: Emulator) -> httpx.Client:
    return httpx.Client(transport=first.transport())


# ---- files that can not be used -------------------------------------------------------------
@pytest.mark.parametrize(("content", "reason"), [
    (b"", "is empty"),
    (b'{"version": 1, "resources": {"apps": {', "is not valid JSON"),
    (b'{"hello": 1}', "missing required field `version`"),
    (b"[]", "Expected `object`, got `array`"),
    (b'{"version": 1, "resources": {"apps": []}}', "at `$.resources[...]`"),
    (b'{"version": 1, "resources": {}, "keys": [{"key_id": "K", "issuer_id": null, "public_key": "x"}]}',
     "key K is not an EC P-256 key"),
    (b'{"version": 7, "resources": {}}', "has version 7"),
])
def test_a_bad_state_file_is_one_clear_error(state: pathlib.Path, content: bytes, reason: str) -> None:
    state.write_bytes(content)
    with pytest.raises(StateFileError) as info:
        Emulator(seed=0, state_file=state)
    assert str(state) in str(info.value) and reason in str(info.value)
    assert "\n" not in str(info.value)


def test_a_state_file_in_a_missing_directory_is_refused_at_start(tmp_path: pathlib.Path) -> None:
    with pytest.raises(StateFileError, match="does not exist"):
        Emulator(seed=0, state_file=tmp_path / "nodir" / "x.json")


def test_cli_serve_with_a_bad_state_file_prints_one_line(
        state: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    from ascapi.cli import main

    state.write_bytes(b'{"version": 1, "resou')
    assert main(["emulator", "serve", "--port", "0", "--state", str(state)]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(state) in err and "Traceback" not in err
