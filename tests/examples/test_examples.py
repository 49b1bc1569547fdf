"""The examples under examples/ against the emulator: each `main([..., "--emulator"])` runs over
real HTTP, and what it did is checked through the API (from its `--state` file) or its output."""

from __future__ import annotations

import asyncio
import csv
import importlib.util
import json
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

import ascapi

pytest.importorskip("rich")
emulator = pytest.importorskip("ascapi.emulator")
from ascapi.reports import ReportNotAvailable, download_sales_report  # noqa: E402

EXAMPLES = Path(__file__).parents[2] / "examples"
SECRETS = ("Bearer ", "PRIVATE KEY", "eyJ")  # no token or key may ever be printed


def load(name: str) -> ModuleType:
    if str(EXAMPLES) not in sys.path:
        sys.path.insert(0, str(EXAMPLES))  # as when run as a script: `_common` is importable
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(name: str, args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert load(name).main([*args, "--emulator"]) == 0
    out = capsys.readouterr().out
    assert "emulator listening on http://127.0.0.1:" in out
    assert not [s for s in SECRETS if s in out]
    return out


def reopen(state: Path) -> ascapi.Client:
    """A client on the state an example left behind."""
    emu = emulator.Emulator(seed=0, state_file=state)
    return ascapi.Client(emu.credentials(), transport=emu.transport())


def app_id(client: ascapi.Client, bundle_id: str) -> str:
    return client.apps.list(filter_bundle_id=[bundle_id]).one(bundle_id=bundle_id).id


# --------------------------------------------------------------------------- testflight


def test_testflight_distribute(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    state, testers = tmp_path / "team.json", tmp_path / "testers.csv"
    testers.write_text("email,first_name,last_name\n"
                       "new.tester@example.com,New,Tester\n"
                       "ada.lovelace0@example.com,Ada,Lovelace\n")  # a seeded tester
    args = ["--state", str(state), "--testers", str(testers), "--what-to-test", "Check sync."]
    out = run("testflight_distribute", args, capsys)
    assert "build 2.0.0 (105) is in 'Public Beta'" in out
    assert "2 tester(s) added, 1 of them already known" in out

    client = reopen(state)
    app = app_id(client, "com.example.notes")
    group = client.beta_groups.list(filter_app=[app], filter_name=["Public Beta"]).one(
        name="Public Beta")
    newest = client.builds.list(filter_app=[app], filter_pre_release_version_version=["2.0.0"]).one()
    assert newest.id in {b.id for b in client.beta_groups.builds.list(group.id)}
    notes = client.builds.beta_build_localizations.list(newest.id).data
    assert [(n.attributes.locale, n.attributes.whats_new) for n in notes if n.attributes] == [
        ("en-US", "Check sync.")]
    members = {t.attributes.email for t in client.beta_groups.beta_testers.list(group.id, limit=200)
               if t.attributes}
    assert {"new.tester@example.com", "ada.lovelace0@example.com"} <= members
    assert "new.tester@example.com" in out  # the group's testers are printed

    # A second run updates the notes in place and finds both testers already known.
    out = run("testflight_distribute", [*args[:4], "--what-to-test", "Check widgets."], capsys)
    assert "2 tester(s) added, 2 of them already known" in out
    client = reopen(state)
    notes = client.builds.beta_build_localizations.list(newest.id).data
    assert [n.attributes.whats_new for n in notes if n.attributes] == ["Check widgets."]


def test_testflight_latest_build_is_by_version_number() -> None:
    """2.10.0 is newer than 2.9.0; a build still PROCESSING is not taken."""
    tf = load("testflight_distribute")
    emu = emulator.Emulator(seed=0)
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        app = app_id(client, "com.example.notes")
        for version, state in (("2.10.0", "VALID"), ("2.9.0", "VALID"), ("2.11.0", "PROCESSING")):
            prv = emu.store.insert("preReleaseVersions", {"version": version, "platform": "IOS"},
                                   {"app": app})
            emu.store.insert("builds", {"version": f"b{version}", "processingState": state,
                                        "expired": False, "uploadedDate": "2026-01-01T00:00:00Z"},
                             {"app": app, "preReleaseVersion": prv})
        version, build = tf.latest_build(client, app)
        assert (version, build.attributes.version) == ("2.10.0", "b2.10.0")


# --------------------------------------------------------------------------- metadata


def localizations(client: ascapi.Client, bundle_id: str) -> dict[str, tuple[Any, Any]]:
    """(whatsNew, promotionalText) per locale of the version 2.0.0; None where there is none."""
    versions = client.apps.app_store_versions.list(
        app_id(client, bundle_id), filter_version_string=["2.0.0"]).data
    locs = client.app_store_versions.app_store_version_localizations.list(versions[0].id)
    return {loc.attributes.locale or "": (loc.attributes.whats_new or None,
                                          loc.attributes.promotional_text or None)
            for loc in locs if loc.attributes}


def test_metadata_sync(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    state = tmp_path / "team.json"
    md = load("metadata_sync")

    out = run("metadata_sync", ["--state", str(state), "--dry-run"], capsys)
    assert "4 field(s) would change" in out and "de-DE (new)" in out
    before = {"en-US": ("Improvements in 2.0.0.", "Try it today.")}  # as seeded
    assert localizations(reopen(state), "com.example.pocketbudget") == before

    out = run("metadata_sync", ["--state", str(state)], capsys)
    assert "4 field(s) changed" in out
    assert localizations(reopen(state), "com.example.pocketbudget") == {
        "en-US": (md.NOTES["en-US"]["whats_new"], md.NOTES["en-US"]["promotional_text"]),
        "de-DE": (md.NOTES["de-DE"]["whats_new"], None),
        "fr-FR": (md.NOTES["fr-FR"]["whats_new"], None),
    }

    out = run("metadata_sync", ["--state", str(state)], capsys)
    assert "already up to date" in out

    # Notes from a file: only the field that differs is sent; the other text stays.
    notes = tmp_path / "notes.json"
    notes.write_text(json.dumps({"en-US": {"promotional_text": "Now on iPad."}}))
    out = run("metadata_sync", ["--state", str(state), "--notes", str(notes)], capsys)
    assert "1 field(s) changed" in out
    assert localizations(reopen(state), "com.example.pocketbudget")["en-US"] == (
        md.NOTES["en-US"]["whats_new"], "Now on iPad.")


def test_metadata_sync_without_a_version_in_progress(capsys: pytest.CaptureFixture[str]) -> None:
    assert load("metadata_sync").main(["--emulator", "--app", "com.example.notes"]) == 1
    assert "has no App Store version being prepared" in capsys.readouterr().out


# --------------------------------------------------------------------------- sales


def test_sales_to_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "sales.csv"
    out = run("sales_to_csv", ["--end", "2024-12-28", "--out", str(out_file)], capsys)
    assert "2024-12-25: no report" in out  # the emulator, like Apple, has none on Christmas Day

    with out_file.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows and list(rows[0])[:2] == ["Date", "Provider"]
    days = sorted({row["Date"] for row in rows})
    assert days == ["2024-12-22", "2024-12-23", "2024-12-24", "2024-12-26", "2024-12-27",
                    "2024-12-28"]

    # The same reports, fetched independently, give the same rows and the printed totals.
    emu = emulator.Emulator(seed=0)
    units: dict[str, Decimal] = {}
    proceeds: dict[str, Decimal] = {}
    expected_rows = 0
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        for day in [*days, "2024-12-25"]:
            try:
                report = download_sales_report(client, vendor_number=emulator.VENDOR_NUMBER,
                                               report_date=day)
            except ReportNotAvailable:
                assert day == "2024-12-25"
                continue
            expected_rows += len(report)
            for row in report:
                units[row["Title"]] = units.get(row["Title"], Decimal(0)) + Decimal(row["Units"])
                money = Decimal(row["Units"]) * Decimal(row["Developer Proceeds"])
                currency = row["Currency of Proceeds"]
                proceeds[currency] = proceeds.get(currency, Decimal(0)) + money
    assert len(rows) == expected_rows
    assert f"{expected_rows} rows from 6 day(s)" in out
    lines = out.splitlines()
    for title, total in units.items():
        assert any(title in line and f" {total:,} " in line for line in lines), title
    for currency, total in proceeds.items():
        assert any(f" {currency} " in line and f" {total:,} " in line for line in lines), currency


# --------------------------------------------------------------------------- async


def expected_summary() -> list[tuple[str, int, int]]:
    emu = emulator.Emulator(seed=0)
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        return sorted(
            ((app.attributes.name if app.attributes else app.id) or app.id,
             len(client.apps.builds.list(app.id, limit=200).all()),
             len(client.apps.app_store_versions.list(app.id, limit=200).all()))
            for app in client.apps.list())


def test_async_bulk(capsys: pytest.CaptureFixture[str]) -> None:
    out = run("async_bulk", [], capsys)
    for name, builds, versions in expected_summary():
        assert any(name in line and f" {builds} " in line and f" {versions} " in line
                   for line in out.splitlines()), name
    assert "2.0.0 (PREPARE_FOR_SUBMISSION)" in out  # Pocket Budget's newest version
    assert "requests left this hour" in out


class InFlight(httpx.AsyncBaseTransport):
    """Counts requests waiting for an answer at the same time."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner, self.now, self.peak = inner, 0, 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.now += 1
        self.peak = max(self.peak, self.now)
        try:
            return await self.inner.handle_async_request(request)
        finally:
            self.now -= 1


@pytest.mark.parametrize("concurrency", [1, 3])
def test_async_bulk_is_bounded(concurrency: int, capsys: pytest.CaptureFixture[str]) -> None:
    bulk = load("async_bulk")
    emu = emulator.Emulator(seed=0)
    emu.inject_fault("/v1/apps/*", latency=0.02)  # slow answers, so listings overlap
    transport = InFlight(emu.async_transport())

    async def go() -> list[tuple[str, int, int, str]]:
        async with ascapi.AsyncClient(emu.credentials(), transport=transport) as client:
            rows: list[tuple[str, int, int, str]] = await bulk.run(client, concurrency)
            return rows

    rows = asyncio.run(go())
    assert [(name, b, v) for name, b, v, _ in sorted(rows)] == expected_summary()
    assert transport.peak == concurrency  # 4 apps x 2 listings: the semaphore is the bound


# --------------------------------------------------------------------------- errors


def test_handle_errors(capsys: pytest.CaptureFixture[str]) -> None:
    out = " ".join(run("handle_errors", [], capsys).split())  # unwrap the console's lines
    for text in (
        "NotFoundError 404 NOT_FOUND: There is no resource of type 'apps'",
        "ConflictError: version 1.0.0 exists already, edit it instead",
        "without retries: InternalServerError 503, retry_after=1.0",
        "with up to 4 retries: succeeded in",
        "APITimeoutError: GET /v1/apps: timed out",
        "call 2: ok, requests left this hour: 0",
        "call 3: RateLimitError, requests left this hour: 0",
    ):
        assert text in out
    assert "failed:" not in out


def test_readme_lists_every_example() -> None:
    readme = (EXAMPLES / "README.md").read_text()
    for script in EXAMPLES.glob("[!_]*.py"):
        assert f"python examples/{script.name} --emulator" in readme, script.name
