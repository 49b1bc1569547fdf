"""The same fixtures replayed through the generated methods and models (``client.devices.list``
…), so the runtime and the generated surface are proven together on real-world traffic."""

from __future__ import annotations

import datetime as dt
from typing import Any

import msgspec
import pytest

from ascapi._jsonapi import UNSET
from tests.cases.replay import check_requests, decoded_query
from tests.cases.test_cases_core import MODES, collect, resolve, setup

pytest.importorskip("ascapi.resources.devices", reason="generated resources not present")


@pytest.mark.parametrize("mode", MODES)
async def test_C19_generated_devices_list(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C19", mode, monkeypatch)
    devices = await collect(run.client().devices.list(filter_platform=["IOS"], sort=["name"],
                                                      limit=2))
    assert [d.id for d in devices] == ["D4N8R2T6VW", "D5P9S3U7XA", "D6Q0T4V8YB", "D7R1U5W9ZC",
                                       "D8S2V6X0AD"]
    check_requests(run.case, run.server.sent)


@pytest.mark.parametrize("mode", MODES)
async def test_C11_generated_builds_list(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C11", mode, monkeypatch)
    page = await resolve(run.client().builds.list(
        filter_app=["6450000001"], filter_pre_release_version_version=["2.4.0"],
        filter_processing_state=["PROCESSING", "VALID"],
        fields_builds=["version", "processingState", "minOsVersion", "preReleaseVersion"],
        include=["preReleaseVersion"], sort=["-version"], limit=50))
    check_requests(run.case, run.server.sent)
    for build in page.data:
        version = page.resolve(build.relationships.pre_release_version)
        assert type(version).__name__ == "PrereleaseVersion"
        assert version.attributes.version == "2.4.0"


@pytest.mark.parametrize("mode", MODES)
async def test_C12_generated_limit_maximum(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C12", mode, monkeypatch)
    client = run.client()
    with pytest.raises(ValueError, match="200"):
        await resolve(client.apps.list(limit=201))
    assert run.server.sent == []
    assert len((await resolve(client.apps.list(limit=200))).data) == 1
    assert decoded_query(run.server.sent[0].url) == [("limit", "200")]


@pytest.mark.parametrize("mode", MODES)
async def test_C13_generated_create_sends_no_nulls(mode: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    run = setup("C13", mode, monkeypatch)
    doc = await resolve(run.client().app_store_versions.create(
        platform="IOS", version_string="2.5.0", app="6450000001"))
    assert run.server.answers("fallback") == 0
    check_requests(run.case, run.server.sent)
    assert doc.data.attributes.app_version_state == "PREPARE_FOR_SUBMISSION"


@pytest.mark.parametrize("mode", MODES)
async def test_C06_to_C10_generated_models_decode_leniently(
        mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    results: dict[str, Any] = {}
    calls = {
        "C06": lambda c: c.apps.beta_groups.list("6450000001"),
        "C07": lambda c: c.bundle_ids.list(sort=["name"]),
        "C08": lambda c: c.builds.get("b1d0c2a4-3e5f-4a6b-8c7d-9e0f1a2b3c4d"),
        "C09": lambda c: c.app_screenshot_sets.app_screenshots.list(
            "3c8e1f5a-7b2d-4a9c-8e6f-0d1c2b3a4f5e"),
        "C10": lambda c: c.app_store_versions.get("e3a1f7c2-4b5d-4c6e-9f80-1a2b3c4d5e6f"),
    }
    for case_id, call in calls.items():
        with monkeypatch.context() as patch:
            run = setup(case_id, mode, patch)
            results[case_id] = await resolve(call(run.client()))
    groups = {g.id: g.attributes for g in results["C06"].data}
    assert groups["0c4f6a2e-8d1b-4f7a-9e3c-5b2d1a0f9e8d"].created_date == dt.datetime(
        2025, 11, 3, 14, 22, 7, 412000, tzinfo=dt.timezone.utc)
    assert groups["0c4f6a2e-8d1b-4f7a-9e3c-5b2d1a0f9e8d"].public_link is None
    platforms = {b.id: b.attributes.platform for b in results["C07"].data}
    assert platforms == {"X7K2M9Q4LP": "IOS", "R5T8W1Y4ZQ": "SERVICES"}
    build_doc = results["C08"]
    assert build_doc.data.attributes.version == "1024"
    assert build_doc.raw_for(build_doc.data)["attributes"]["hypotheticalNewFlag"] is True
    shots = {s.id: s for s in results["C09"].data}
    bare = shots["a4c2e6f8-1b3d-4f5a-9c7e-2d4b6f8a0c1e"]
    assert bare.attributes.file_size is None and bare.attributes.asset_token is UNSET
    assert shots["b5d3f7a9-2c4e-4a6b-8d0f-3e5c7a9b1d2f"].attributes.image_asset.width == 1290
    rels = results["C10"].data.relationships
    assert rels.app.data is UNSET and rels.build.data is UNSET
    assert rels.app_store_version_localizations.data is UNSET
    assert msgspec.json.decode(msgspec.json.encode(results["C07"].data[1].attributes))[
        "platform"] == "SERVICES"
