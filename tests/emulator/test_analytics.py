"""The emulator's analytics chain: seed, duplicate rule, filters, signed segment downloads."""

from __future__ import annotations

import gzip
import hashlib
from typing import Any

import httpx
import pytest

from ascapi.emulator import Emulator

from .conftest import first_error


def _app(emu: Emulator, n: int = 0) -> str:
    return str(sorted(emu.store.all("apps"))[n][0])


def _create(api: httpx.Client, app: str, access: str) -> httpx.Response:
    return api.post("/v1/analyticsReportRequests", json={"data": {
        "type": "analyticsReportRequests", "attributes": {"accessType": access},
        "relationships": {"app": {"data": {"type": "apps", "id": app}}}}})


def _segments(api: httpx.Client, app: str, name: str = "App Crashes") -> list[dict[str, Any]]:
    request = api.get(f"/v1/apps/{app}/analyticsReportRequests").json()["data"][0]["id"]
    report = api.get(f"/v1/analyticsReportRequests/{request}/reports",
                     params={"filter[name]": name}).json()["data"][0]["id"]
    instance = api.get(f"/v1/analyticsReports/{report}/instances").json()["data"][0]["id"]
    data: list[dict[str, Any]] = api.get(f"/v1/analyticsReportInstances/{instance}/segments").json()["data"]
    return data


def test_every_app_has_an_ongoing_request_with_reports_in_three_categories(shared_api: httpx.Client,
                                                                            shared_emu: Emulator) -> None:
    for app, _ in shared_emu.store.all("apps"):
        requests = shared_api.get(f"/v1/apps/{app}/analyticsReportRequests",
                                  params={"filter[accessType]": "ONGOING", "include": "reports"}).json()
        assert [r["attributes"]["accessType"] for r in requests["data"]] == ["ONGOING"]
        categories = {r["attributes"]["category"] for r in requests["included"]}
        assert categories == {"APP_USAGE", "COMMERCE", "APP_STORE_ENGAGEMENT"}


def test_instances_are_recent_and_filterable(shared_api: httpx.Client, shared_emu: Emulator) -> None:
    request = shared_emu.store.linked("apps", _app(shared_emu), "analyticsReportRequests")[0]
    report = shared_emu.store.linked("analyticsReportRequests", request, "reports")[0]
    daily = shared_api.get(f"/v1/analyticsReports/{report}/instances",
                           params={"filter[granularity]": "DAILY"}).json()["data"]
    dates = [i["attributes"]["processingDate"] for i in daily]
    yesterday = shared_emu._today().toordinal() - 1
    assert len(dates) == 7 and max(dates) == shared_emu._today().fromordinal(yesterday).isoformat()
    one = shared_api.get(f"/v1/analyticsReports/{report}/instances",
                         params={"filter[processingDate]": dates[3], "filter[granularity]": "DAILY"}).json()["data"]
    assert [i["attributes"]["processingDate"] for i in one] == [dates[3]]
    # A weekly or monthly instance may share a daily one's processing date; the filter keeps them all.
    same_day = shared_api.get(f"/v1/analyticsReports/{report}/instances",
                              params={"filter[processingDate]": dates[3]}).json()["data"]
    assert {i["attributes"]["processingDate"] for i in same_day} == {dates[3]}
    assert "DAILY" in {i["attributes"]["granularity"] for i in same_day}


def test_a_second_ongoing_request_is_refused_but_snapshots_are_not(api: httpx.Client, emu: Emulator) -> None:
    app = _app(emu)
    refused = _create(api, app, "ONGOING")
    assert refused.status_code == 409
    assert first_error(refused)["code"].startswith("ENTITY_ERROR")
    snapshot = _create(api, app, "ONE_TIME_SNAPSHOT")
    assert snapshot.status_code == 201
    new_id = snapshot.json()["data"]["id"]
    reports = api.get(f"/v1/analyticsReportRequests/{new_id}/reports").json()["data"]
    assert len(reports) >= 6
    listed = api.get(f"/v1/apps/{app}/analyticsReportRequests").json()["data"]
    assert {r["id"] for r in listed} >= {new_id}


def test_segment_checksum_and_size_match_the_download(api: httpx.Client, emu: Emulator) -> None:
    segment = _segments(api, _app(emu))[0]["attributes"]
    assert segment["url"].startswith(emu.upload_origin + "/")
    with httpx.Client(transport=emu.transport()) as anonymous:
        body = anonymous.get(segment["url"]).content
    assert hashlib.md5(body).hexdigest() == segment["checksum"]
    assert len(body) == segment["sizeInBytes"]
    header = gzip.decompress(body).decode().splitlines()[0].split("\t")
    assert header[:3] == ["Date", "App Name", "App Apple Identifier"] and "Crashes" in header


def test_segment_host_refuses_tokens_and_forged_urls(api: httpx.Client, emu: Emulator) -> None:
    url = _segments(api, _app(emu))[0]["attributes"]["url"]
    with_token = api.get(url)  # the API client carries the bearer token
    assert with_token.status_code == 403 and "Authorization" in with_token.text
    with httpx.Client(transport=emu.transport()) as anonymous:
        forged = anonymous.get(url.replace("sig=", "sig=0"))
        other = anonymous.get(url.replace("expires=", "expires=9"))
    assert forged.status_code == 403 and other.status_code == 403


def test_segment_content_is_deterministic_per_seed() -> None:
    def checksums(seed: int) -> list[str]:
        emu = Emulator(seed=seed)
        key = emu.add_key()
        from .conftest import API, mint

        with httpx.Client(transport=emu.transport(), base_url=API,
                          headers={"Authorization": f"Bearer {mint(key)}"}) as client:
            return [s["attributes"]["checksum"] for s in _segments(client, _app(emu), "App Sessions Standard")]

    assert checksums(0) == checksums(0)
    assert checksums(0) != checksums(1)


@pytest.mark.parametrize("seed", [0])
def test_segments_survive_a_restart_from_the_state_file(tmp_path: Any, seed: int) -> None:
    state = tmp_path / "state.json"
    first = Emulator(seed=seed, state_file=state)
    first.add_key()  # writes the state file
    again = Emulator(seed=seed, state_file=state)
    ids = [i for i, _ in first.store.all("analyticsReportSegments")][:3]
    assert [first.analytics.content(i) for i in ids] == [again.analytics.content(i) for i in ids]
    assert all(again.analytics.content(i) for i in ids)
