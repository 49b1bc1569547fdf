"""Behaviour pipelines meet on Apple and must meet here too: routing of escaped ids, key
permissions, metadata validation, version states, TestFlight versions, faults on the upload host."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import ascapi
from ascapi.emulator import VENDOR_NUMBER, Emulator
from ascapi.uploads import UploadPartError, upload_screenshot

from .conftest import API, first_error, mint
from .test_analytics import _app as analytics_app
from .test_analytics import _segments
from .test_uploads import png


def _app_id(api: httpx.Client, bundle: str) -> str:
    return str(api.get("/v1/apps", params={"filter[bundleId]": bundle}).json()["data"][0]["id"])


def _create(api: httpx.Client, rtype: str, attributes: dict[str, Any],
            relationships: dict[str, tuple[str, Any]] | None = None) -> httpx.Response:
    rels = {name: {"data": [{"type": t, "id": i} for i in ident] if isinstance(ident, list) else {"type": t, "id": ident}}
            for name, (t, ident) in (relationships or {}).items()}
    return api.post(f"/v1/{rtype}", json={"data": {"type": rtype, "attributes": attributes, "relationships": rels}})


def _new_version(api: httpx.Client, app: str, version: str, platform: str = "IOS") -> httpx.Response:
    return _create(api, "appStoreVersions", {"platform": platform, "versionString": version},
                   {"app": ("apps", app)})


# ---- routing -------------------------------------------------------------------------------
def test_an_escaped_slash_stays_inside_the_id(shared_api: httpx.Client) -> None:
    app = _app_id(shared_api, "com.example.notes")
    escaped = shared_api.get(f"/v1/apps/{app}%2Fbuilds")
    assert escaped.status_code == 404 and first_error(escaped)["code"] == "NOT_FOUND"
    assert shared_api.get(f"/v1/apps/{app}/builds").status_code == 200
    assert shared_api.get(f"/v1/apps/%3{app[0]}{app[1:]}").json()["data"]["id"] == app  # other escapes decode


# ---- key permissions -----------------------------------------------------------------------
TEAM_ONLY = [
    ("GET", "/v1/bundleIds", None),
    ("GET", "/v1/certificates", None),
    ("GET", "/v1/devices", None),
    ("GET", "/v1/profiles", None),
    ("POST", "/v1/bundleIdCapabilities", {"data": {"type": "bundleIdCapabilities"}}),
    ("GET", "/v1/salesReports", {"filter[frequency]": "DAILY", "filter[reportSubType]": "SUMMARY",
                                 "filter[reportType]": "SALES", "filter[vendorNumber]": VENDOR_NUMBER}),
    ("GET", "/v1/financeReports", {"filter[regionCode]": "US", "filter[reportDate]": "2025-09",
                                   "filter[reportType]": "FINANCIAL", "filter[vendorNumber]": VENDOR_NUMBER}),
]


@pytest.fixture(scope="module")
def individual_api(shared_emu: Emulator) -> Iterator[httpx.Client]:
    key = shared_emu.add_key(individual=True)
    with httpx.Client(transport=shared_emu.transport(), base_url=API,
                      headers={"Authorization": f"Bearer {mint(key)}"}) as client:
        yield client


@pytest.mark.parametrize(("method", "path", "extra"), TEAM_ONLY)
def test_individual_keys_have_no_provisioning_sales_or_finance(
    individual_api: httpx.Client, method: str, path: str, extra: dict[str, Any] | None
) -> None:
    if method == "GET":
        refused = individual_api.get(path, params=extra)
    else:
        refused = individual_api.request(method, path, json=extra)
    assert refused.status_code == 403
    assert first_error(refused)["code"] == "FORBIDDEN_ERROR"
    assert "x-rate-limit" in refused.headers


def test_individual_keys_keep_the_rest_and_team_keys_keep_everything(
    individual_api: httpx.Client, shared_api: httpx.Client
) -> None:
    assert individual_api.get("/v1/apps").status_code == 200
    app = _app_id(individual_api, "com.example.notes")
    assert individual_api.get(f"/v1/apps/{app}/builds").status_code == 200
    assert shared_api.get("/v1/devices", params={"limit": "1"}).status_code == 200
    assert shared_api.get("/v1/bundleIds").status_code == 200


# ---- localizations and metadata length -----------------------------------------------------
def _editable_version(api: httpx.Client) -> str:
    created = _new_version(api, _app_id(api, "com.example.notes"), "1.2.0")
    assert created.status_code == 201, created.text
    return str(created.json()["data"]["id"])


def test_one_localization_per_known_locale(api: httpx.Client) -> None:
    version = _editable_version(api)
    parent = {"appStoreVersion": ("appStoreVersions", version)}
    assert _create(api, "appStoreVersionLocalizations", {"locale": "fr-FR"}, parent).status_code == 201
    for locale in ("fr-FR", "en-US"):  # en-US came with the version
        twice = _create(api, "appStoreVersionLocalizations", {"locale": locale}, parent)
        assert twice.status_code == 409
        assert first_error(twice)["code"] == "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE"
        assert first_error(twice)["source"] == {"pointer": "/data/attributes/locale"}
    for locale in ("fr", "english", "en_US", "xx-YY"):
        unknown = _create(api, "appStoreVersionLocalizations", {"locale": locale}, parent)
        assert unknown.status_code == 409 and first_error(unknown)["code"] == "ENTITY_ERROR.ATTRIBUTE.INVALID"
        assert first_error(unknown)["source"] == {"pointer": "/data/attributes/locale"}
    for locale in ("zh-Hans", "ja", "pt-BR"):
        assert _create(api, "appStoreVersionLocalizations", {"locale": locale}, parent).status_code == 201


@pytest.mark.parametrize(("name", "limit"), [("whatsNew", 4000), ("description", 4000),
                                             ("promotionalText", 170), ("keywords", 100)])
def test_version_metadata_length_limits(api: httpx.Client, name: str, limit: int) -> None:
    version = _editable_version(api)
    parent = {"appStoreVersion": ("appStoreVersions", version)}
    too_long = _create(api, "appStoreVersionLocalizations", {"locale": "fr-FR", name: "x" * (limit + 1)}, parent)
    assert too_long.status_code == 409
    assert first_error(too_long)["code"] == "ENTITY_ERROR.ATTRIBUTE.INVALID.TOO_LONG"
    assert first_error(too_long)["source"] == {"pointer": f"/data/attributes/{name}"}
    made = _create(api, "appStoreVersionLocalizations", {"locale": "fr-FR", name: "x" * limit}, parent)
    assert made.status_code == 201
    ident = made.json()["data"]["id"]
    patched = api.patch(f"/v1/appStoreVersionLocalizations/{ident}", json={"data": {
        "type": "appStoreVersionLocalizations", "id": ident, "attributes": {name: "y" * (limit + 1)}}})
    assert patched.status_code == 409 and first_error(patched)["code"] == "ENTITY_ERROR.ATTRIBUTE.INVALID.TOO_LONG"
    assert api.get(f"/v1/appStoreVersionLocalizations/{ident}").json()["data"]["attributes"][name] == "x" * limit


@pytest.mark.parametrize("name", ["name", "subtitle"])
def test_app_info_name_and_subtitle_limits(api: httpx.Client, name: str) -> None:
    app = _app_id(api, "com.example.notes")
    info = api.get(f"/v1/apps/{app}/appInfos").json()["data"][0]["id"]
    attrs = {"locale": "fr-FR", "name": "Notes", name: "n" * 31}
    too_long = _create(api, "appInfoLocalizations", attrs, {"appInfo": ("appInfos", info)})
    assert too_long.status_code == 409 and first_error(too_long)["code"] == "ENTITY_ERROR.ATTRIBUTE.INVALID.TOO_LONG"
    attrs[name] = "n" * 30
    assert _create(api, "appInfoLocalizations", attrs, {"appInfo": ("appInfos", info)}).status_code == 201


# ---- beta testers --------------------------------------------------------------------------
def test_beta_tester_email_is_checked_and_not_added_twice(api: httpx.Client) -> None:
    app = _app_id(api, "com.example.notes")
    groups = api.get("/v1/betaGroups", params={"filter[app]": app}).json()["data"]
    first, second = groups[0]["id"], groups[1]["id"]
    for email in ("not-an-email", "a@b", "two@@example.com", "spaced out@example.com"):
        bad = _create(api, "betaTesters", {"email": email}, {"betaGroups": ("betaGroups", [first])})
        assert bad.status_code == 409 and first_error(bad)["code"] == "ENTITY_ERROR.ATTRIBUTE.INVALID"
        assert first_error(bad)["source"] == {"pointer": "/data/attributes/email"}
    made = _create(api, "betaTesters", {"email": "jane@example.com"}, {"betaGroups": ("betaGroups", [first])})
    assert made.status_code == 201, made.text
    tester = made.json()["data"]["id"]
    assert [a["id"] for a in api.get(f"/v1/betaTesters/{tester}/apps").json()["data"]] == [app]
    for email in ("jane@example.com", "Jane@Example.com"):
        again = _create(api, "betaTesters", {"email": email}, {"betaGroups": ("betaGroups", [first])})
        assert again.status_code == 409
        assert first_error(again)["code"] == "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE"
    builds = api.get(f"/v1/apps/{app}/builds").json()["data"]
    by_build = _create(api, "betaTesters", {"email": "jane@example.com"}, {"builds": ("builds", [builds[0]["id"]])})
    assert by_build.status_code == 409  # already a tester of the build's app
    other_app = _app_id(api, "com.example.skylens")
    elsewhere = api.get("/v1/betaGroups", params={"filter[app]": other_app}).json()["data"][0]["id"]
    assert _create(api, "betaTesters", {"email": "jane@example.com"},
                   {"betaGroups": ("betaGroups", [elsewhere])}).status_code == 201
    assert second != first


# ---- versions and review submissions -------------------------------------------------------
def test_one_in_flight_version_per_platform(api: httpx.Client) -> None:
    busy = _app_id(api, "com.example.trailtracker")  # 1.2.0 is waiting for review
    refused = _new_version(api, busy, "1.3.0")
    assert refused.status_code == 409
    err = first_error(refused)
    assert err["code"] == "ENTITY_ERROR.RELATIONSHIP.INVALID"
    assert err["source"] == {"pointer": "/data/relationships/app"}
    assert "cannot create a new version" in err["detail"] and "1.2.0" in err["detail"]
    assert _new_version(api, busy, "1.3.0", platform="MAC_OS").status_code == 201  # another platform

    released = _app_id(api, "com.example.notes")  # every version is on the store
    assert _new_version(api, released, "1.2.0").status_code == 201
    second = _new_version(api, released, "1.3.0")
    assert second.status_code == 409 and first_error(second)["code"] == "ENTITY_ERROR.RELATIONSHIP.INVALID"
    duplicate = _new_version(api, released, "1.1.0")
    assert first_error(duplicate)["code"] == "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE"


def _localization(api: httpx.Client) -> str:
    app = _app_id(api, "com.example.notes")
    version = api.get(f"/v1/apps/{app}/appStoreVersions").json()["data"][0]["id"]
    return str(api.get(f"/v1/appStoreVersions/{version}/appStoreVersionLocalizations").json()["data"][0]["id"])


@pytest.mark.parametrize(("rtype", "attr", "value"), [
    ("appScreenshotSets", "screenshotDisplayType", "APP_IPAD_PRO_3GEN_129"),
    ("appPreviewSets", "previewType", "IPHONE_67"),
])
def test_one_set_per_display_type_and_localization(api: httpx.Client, rtype: str, attr: str, value: str) -> None:
    loc = _localization(api)
    made = _create(api, rtype, {attr: value}, {"appStoreVersionLocalization": ("appStoreVersionLocalizations", loc)})
    assert made.status_code == 201, made.text
    again = _create(api, rtype, {attr: value}, {"appStoreVersionLocalization": ("appStoreVersionLocalizations", loc)})
    assert again.status_code == 409
    err = first_error(again)
    assert err["code"] == "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE"
    assert err["source"] == {"pointer": f"/data/attributes/{attr}"} and made.json()["data"]["id"] in err["detail"]
    other = api.get(f"/v1/appStoreVersionLocalizations/{loc}/{rtype}").json()["data"]
    assert [s["attributes"][attr] for s in other].count(value) == 1


@pytest.mark.parametrize(("asset", "set_type", "attr", "value", "cap"), [
    ("appScreenshots", "appScreenshotSets", "screenshotDisplayType", "APP_IPAD_PRO_3GEN_129", 10),
    ("appPreviews", "appPreviewSets", "previewType", "IPHONE_67", 3),
])
def test_a_set_holds_at_most_ten_screenshots_or_three_previews(
        api: httpx.Client, asset: str, set_type: str, attr: str, value: str, cap: int) -> None:
    loc = _localization(api)
    made = _create(api, set_type, {attr: value}, {"appStoreVersionLocalization": ("appStoreVersionLocalizations", loc)})
    rel = set_type[:-1]
    for n in range(cap + 1):
        reserved = _create(api, asset, {"fileName": f"shot{n}.png", "fileSize": 1000},
                           {rel: (set_type, made.json()["data"]["id"])})
        assert reserved.status_code == (201 if n < cap else 409), (n, reserved.text)
    err = first_error(reserved)
    assert err["code"] == "ENTITY_ERROR.RELATIONSHIP.INVALID" and err["source"] == {"pointer": f"/data/relationships/{rel}"}


def test_review_submission_starts_ready_for_review(api: httpx.Client) -> None:
    app = _app_id(api, "com.example.notes")
    made = _create(api, "reviewSubmissions", {"platform": "IOS"}, {"app": ("apps", app)})
    assert made.status_code == 201, made.text
    attrs = made.json()["data"]["attributes"]
    assert attrs["state"] == "READY_FOR_REVIEW" and attrs["platform"] == "IOS"
    assert attrs.get("submittedDate") is None
    again = api.get(f"/v1/reviewSubmissions/{made.json()['data']['id']}").json()["data"]["attributes"]
    assert again["state"] == "READY_FOR_REVIEW"


# ---- TestFlight versions -------------------------------------------------------------------
def test_builds_belong_to_pre_release_versions(emu: Emulator) -> None:
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        app = client.apps.list(filter_bundle_id=["com.example.notes"]).data[0].id
        versions = client.pre_release_versions.list(filter_app=[app])
        assert sorted(v.attributes.version or "" for v in versions) == ["1.0.0", "1.1.0", "1.2.0", "2.0.0"]
        assert {v.attributes.platform for v in versions} == {"IOS"}
        page = client.builds.list(filter_app=[app], include=["preReleaseVersion"])
        assert len(page.data) == 6 and page.included
        marketing = {r.id: r.attributes.version for r in page.included if r.type == "preReleaseVersions"}
        assert sorted(marketing.values()) == ["1.0.0", "1.1.0", "1.2.0", "2.0.0"]
        found = client.builds.list(filter_app=[app], filter_pre_release_version_version=["1.1.0"])
        assert [b.attributes.version for b in found] == ["103"]
        all_apps = client.builds.list(filter_pre_release_version_version=["1.1.0"], limit=200)
        assert len(all_apps.data) == 4  # one 1.1.0 build per demo app
        ios = client.builds.list(filter_app=[app], filter_pre_release_version_platform=["IOS"])
        assert len(ios.data) == 6


def test_pre_release_versions_do_not_move_other_seeded_ids() -> None:
    a, b = Emulator(seed=0), Emulator(seed=0)
    assert a.store.data == b.store.data
    assert len(a.store.all("preReleaseVersions")) == 16
    assert a.store.all("apps")[0][0] == "4618339112"  # the id the demo team always had


# ---- faults on the upload host -------------------------------------------------------------
@pytest.fixture
def shot(tmp_path: Path) -> Path:
    path = tmp_path / "home.png"
    path.write_bytes(png(1290, 2796))  # ~180 kB: three parts of 64 kB
    return path


def _screenshot_set(client: ascapi.Client) -> str:
    app = client.apps.list(filter_bundle_id=["com.example.notes"]).data[0].id
    version = client.apps.app_store_versions.list(app).data[0].id
    loc = client.app_store_versions.app_store_version_localizations.list(version).data[0].id
    return client.app_screenshot_sets.create(screenshot_display_type="APP_IPHONE_65",
                                             app_store_version_localization=loc).data.id


def test_a_failed_part_attempt_is_retried_by_the_client(emu: Emulator, shot: Path) -> None:
    fault = emu.inject_fault("*", status=500, method="PUT", times=1)
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        asset = upload_screenshot(client, _screenshot_set(client), shot, poll_interval=0, sleep=lambda _: None)
    assert fault.hits == 1
    assert asset.state == "COMPLETE"
    assert asset.upload is not None and sorted(p.attempts for p in asset.upload.parts)[-1] == 2


def test_a_part_that_keeps_failing_is_an_upload_part_error(emu: Emulator, shot: Path) -> None:
    emu.inject_fault("/asset-uploads/*/part-2", status=503, method="PUT")
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        with pytest.raises(UploadPartError) as info:
            upload_screenshot(client, _screenshot_set(client), shot, poll_interval=0, sleep=lambda _: None,
                              part_retries=2)
    assert info.value.status_code == 503 and info.value.attempts == 3


def test_segment_downloads_can_fail_too(api: httpx.Client, emu: Emulator) -> None:
    url = _segments(api, analytics_app(emu))[0]["attributes"]["url"]
    emu.inject_fault("/analytics-segments/*", status=500, times=1)
    with httpx.Client(transport=emu.transport()) as anonymous:
        assert anonymous.get(url).status_code == 500
        assert anonymous.get(url).status_code == 200


# ---- dropped connections over HTTP ---------------------------------------------------------
class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_a_dropped_connection_leaves_no_traceback_in_the_server_log() -> None:
    emu = Emulator(seed=0)
    key = emu.add_key()
    server_log = logging.getLogger("uvicorn.error")
    records = _Records()
    with emu.serve(port=0) as base_url, httpx.Client(
        base_url=base_url, headers={"Authorization": f"Bearer {mint(key)}"}
    ) as api:
        server_log.addHandler(records)  # once serving: the server's logging set-up resets handlers
        try:
            emu.inject_fault("/v1/apps", drop=True, times=1)
            with pytest.raises(httpx.RemoteProtocolError):
                api.get("/v1/apps")
            assert api.get("/v1/apps").status_code == 200
        finally:
            server_log.removeHandler(records)
    problems = [r for r in records.records if r.levelno >= logging.WARNING or r.exc_info]
    assert problems == [], [r.getMessage() for r in problems]
