"""Task commands (`ascapi upload ...`, `ascapi reports ...`) against the in-process emulator.

The CLI builds its emulator with ``ascapi.emulator.Emulator(...)``; these tests hand it one they
keep, so they can inject processing failures and check the results through the API.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import ascapi
from ascapi.cli import USAGE, main

emulator = pytest.importorskip("ascapi.emulator")

VENDOR = emulator.VENDOR_NUMBER
SALES_DAY = "2025-06-02"  # a day the emulator has sales for
NO_SALES_DAY = "2019-06-01"  # before the demo team's first day


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def emu(monkeypatch: pytest.MonkeyPatch) -> Any:
    """The emulator `ascapi --emulator` runs against in this test."""
    instance = emulator.Emulator(seed=0, upload_part_size=64 * 1024)
    monkeypatch.setattr("ascapi.emulator.Emulator", lambda *args, **kwargs: instance)
    return instance


@pytest.fixture
def client(emu: Any) -> Iterator[Any]:
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as api:
        yield api


def app_id(client: Any) -> str:
    return str(client.apps.list(filter_bundle_id=["com.example.notes"]).data[0].id)


def new_version(client: Any, version_string: str) -> tuple[str, str]:
    """(version id, en-US localization id) of a new App Store version of the demo app."""
    version = client.app_store_versions.create(
        platform="IOS", version_string=version_string, app=app_id(client)
    )
    locs = client.app_store_versions.app_store_version_localizations.list(version.data.id).data
    return str(version.data.id), next(
        str(loc.id) for loc in locs if loc.attributes.locale == "en-US"
    )


def screenshot_set(client: Any) -> str:
    _, loc_id = new_version(client, "8.0.0")
    created = client.app_screenshot_sets.create(
        screenshot_display_type="APP_IPHONE_67", app_store_version_localization=loc_id
    )
    return str(created.data.id)


def lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


# --------------------------------------------------------------------------- uploads


def test_screenshots_upload_and_reach_complete(
    capsys: pytest.CaptureFixture[str], client: Any, tmp_path: Path
) -> None:
    set_id = screenshot_set(client)
    files = [tmp_path / "one.png", tmp_path / "two.png"]
    for path in files:
        path.write_bytes(os.urandom(150_000))
    code, out, err = run(
        capsys,
        "--emulator",
        "upload",
        "screenshot",
        set_id,
        *map(str, files),
        "--poll-interval",
        "0",
    )
    assert code == 0, err
    rows = lines(out)  # piped: one NDJSON line per file
    assert [row["file"] for row in rows] == [str(p) for p in files]
    assert all(row["state"] == "COMPLETE" for row in rows)
    # piped stderr: plain progress lines, ending at 100%
    assert "one.png: uploading 150000 bytes" in err
    assert "one.png: 100% (150000 of 150000 bytes)" in err and "two.png: COMPLETE" in err
    for row, path in zip(rows, files, strict=True):
        attrs = client.app_screenshots.get(row["id"]).data.attributes
        assert attrs.asset_delivery_state is not None
        assert attrs.asset_delivery_state.state == "COMPLETE"
        assert attrs.source_file_checksum == hashlib.md5(path.read_bytes()).hexdigest()
    listed = client.app_screenshot_sets.app_screenshots.list(set_id).data
    assert {s.id for s in listed} == {row["id"] for row in rows}


def test_processing_failure_exits_1_with_apples_reasons(
    capsys: pytest.CaptureFixture[str], emu: Any, client: Any, tmp_path: Path
) -> None:
    set_id = screenshot_set(client)
    bad, good = tmp_path / "bad.png", tmp_path / "good.png"
    bad.write_bytes(b"\x89PNG too small")
    good.write_bytes(b"\x89PNG fine")
    emu.reject_next_asset("IMAGE_INCORRECT_DIMENSIONS", "The dimensions are wrong.")
    code, out, err = run(
        capsys, "--emulator", "upload", "screenshot", set_id, str(bad), str(good),
        "--poll-interval", "0",
    )  # fmt: skip
    assert code == 1
    failed, passed = lines(out)
    assert failed["state"] == "FAILED" and passed["state"] == "COMPLETE"  # the next one still went
    assert failed["errors"] == ["IMAGE_INCORRECT_DIMENSIONS: The dimensions are wrong."]
    assert f"bad.png: appScreenshots {failed['id']} failed" in err
    assert "IMAGE_INCORRECT_DIMENSIONS: The dimensions are wrong." in err
    state = client.app_screenshots.get(failed["id"]).data.attributes.asset_delivery_state
    assert state is not None and state.state == "FAILED"


def test_local_file_errors_exit_2_before_anything_is_sent(
    capsys: pytest.CaptureFixture[str], emu: Any, client: Any, tmp_path: Path
) -> None:
    set_id = screenshot_set(client)
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    before = emu.requests
    code, out, err = run(capsys, "--emulator", "upload", "screenshot", set_id, str(empty))
    assert (code, out) == (2, "") and "empty.png: the file is empty" in err
    code, out, err = run(
        capsys, "--emulator", "upload", "screenshot", set_id, str(tmp_path / "nope.png")
    )
    assert (code, out) == (2, "") and "nope.png: no such file" in err
    odd = tmp_path / "App.bin"
    odd.write_bytes(b"x")
    code, _, err = run(
        capsys, "--emulator", "upload", "build", "1", str(odd), "--version", "1",
        "--build-number", "1",
    )  # fmt: skip
    assert code == 2 and "pass --uti" in err
    assert emu.requests == before


def test_review_attachment_without_waiting(
    capsys: pytest.CaptureFixture[str], client: Any, tmp_path: Path
) -> None:
    version_id, _ = new_version(client, "8.1.0")
    detail = client.app_store_review_details.create(
        contact_email="review@example.com", app_store_version=version_id
    ).data
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"%PDF-1.4 demo account\n" * 50)
    code, out, err = run(
        capsys, "--emulator", "upload", "review-attachment", detail.id, str(notes), "--no-wait"
    )
    assert code == 0, err
    (row,) = lines(out)
    assert row["resource"] == "appStoreReviewAttachments" and row["state"] == "UPLOAD_COMPLETE"
    fetched = client.app_store_review_attachments.get(row["id"]).data.attributes
    assert fetched.file_name == "notes.pdf"


def test_build_upload(capsys: pytest.CaptureFixture[str], client: Any, tmp_path: Path) -> None:
    ipa = tmp_path / "App.ipa"
    ipa.write_bytes(os.urandom(100_000))
    code, out, err = run(
        capsys, "--emulator", "upload", "build", app_id(client), str(ipa),
        "--version", "8.0", "--build-number", "12", "--poll-interval", "0",
    )  # fmt: skip
    assert code == 0, err
    (row,) = lines(out)
    assert row["resource"] == "buildUploadFiles" and row["state"] == "COMPLETE"
    upload = client.build_uploads.get(row["buildUpload"]).data.attributes
    assert (upload.cf_bundle_short_version_string, upload.cf_bundle_version) == ("8.0", "12")
    assert upload.platform == "IOS"


def test_build_upload_waits_for_processing_and_reports_a_redundant_binary(
    capsys: pytest.CaptureFixture[str], client: Any, tmp_path: Path
) -> None:
    ipa = tmp_path / "App.ipa"
    ipa.write_bytes(os.urandom(10_000))
    argv = (
        "--emulator", "upload", "build", app_id(client), str(ipa),
        "--version", "2.0.0", "--build-number", "200", "--poll-interval", "0",
    )  # fmt: skip
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    (row,) = lines(out)
    assert (row["state"], row["buildUploadState"]) == ("COMPLETE", "COMPLETE")
    upload = client.build_uploads.get(row["buildUpload"]).data.attributes
    assert upload.state is not None and upload.state.state == "COMPLETE"
    code, out, err = run(capsys, *argv)  # the same build number again: Apple refuses it
    assert code == 1
    (row,) = lines(out)
    assert row["state"] == "FAILED" and row["resource"] == "buildUploads"
    assert row["errors"][0].startswith("90189: Redundant Binary Upload.")
    assert f"App.ipa: buildUploads {row['id']} failed" in err
    assert "90189: Redundant Binary Upload." in err


def test_build_upload_no_wait_prints_the_state_last_read(
    capsys: pytest.CaptureFixture[str], client: Any, tmp_path: Path
) -> None:
    ipa = tmp_path / "App.ipa"
    ipa.write_bytes(os.urandom(10_000))
    code, out, err = run(
        capsys, "--emulator", "upload", "build", app_id(client), str(ipa),
        "--version", "2.0.0", "--build-number", "201", "--no-wait",
    )  # fmt: skip
    assert code == 0, err
    (row,) = lines(out)
    assert row["state"] == "UPLOAD_COMPLETE"  # committed, not waited for
    assert row["buildUploadState"] == "PROCESSING"  # not the AWAITING_UPLOAD of creation


# --------------------------------------------------------------------------- reports


def test_sales_report_piped_is_tsv_with_a_summary(
    capsys: pytest.CaptureFixture[str], emu: Any
) -> None:
    code, out, err = run(
        capsys, "--emulator", "reports", "sales", "--vendor", VENDOR, "--date", SALES_DAY
    )
    assert code == 0, err
    header, *body = out.splitlines()
    assert header.split("\t")[:3] == ["Provider", "Provider Country", "SKU"]
    assert body and all(len(line.split("\t")) == len(header.split("\t")) for line in body)
    units = sum(int(line.split("\t")[header.split("\t").index("Units")]) for line in body)
    assert err.startswith(f"{len(body)} rows · {units} units · proceeds ")
    assert " USD" in err and " EUR" in err


def test_finance_report_as_ndjson(capsys: pytest.CaptureFixture[str], emu: Any) -> None:
    code, out, err = run(
        capsys, "--emulator", "reports", "finance", "--vendor", VENDOR, "--region", "ZZ",
        "--date", "2025-05", "--output", "ndjson",
    )  # fmt: skip
    assert code == 0, err
    rows = lines(out)
    assert rows and {"Quantity", "Partner Share Currency"} <= set(rows[0])
    assert err.startswith(f"{len(rows)} rows · ")


def test_finance_date_errors_speak_of_finance_reports(
    capsys: pytest.CaptureFixture[str], emu: Any
) -> None:
    before = emu.requests
    argv = ("--emulator", "reports", "finance", "--vendor", VENDOR, "--region", "ZZ", "--date")
    code, out, err = run(capsys, *argv, "2026-10-01")
    assert (code, out) == (2, "")
    assert "finance reports are per fiscal month: --date needs YYYY-MM (e.g. 2026-10)" in err
    assert "MONTHLY" not in err and "'2026-10-01'" in err
    code, _, err = run(capsys, *argv, "2026")
    assert code == 2 and "needs YYYY-MM" in err and "MONTHLY" not in err
    code, _, err = run(capsys, *argv, "2026-13")
    assert code == 2 and "not a real date" in err and "MONTHLY" not in err
    assert emu.requests == before


def test_save_writes_the_gzip_as_received(
    capsys: pytest.CaptureFixture[str], emu: Any, tmp_path: Path
) -> None:
    saved = tmp_path / "sales.txt.gz"
    code, out, err = run(
        capsys, "--emulator", "reports", "sales", "--vendor", VENDOR, "--date", SALES_DAY,
        "--save", str(saved),
    )  # fmt: skip
    assert code == 0, err
    data = saved.read_bytes()
    assert data[:2] == b"\x1f\x8b"
    assert gzip.decompress(data).decode("utf-8") == out
    assert f"saved to {saved}" in err


def test_no_report_for_that_date_exits_3(capsys: pytest.CaptureFixture[str], emu: Any) -> None:
    code, out, err = run(
        capsys, "--emulator", "reports", "sales", "--vendor", VENDOR, "--date", NO_SALES_DAY
    )
    assert (code, out) == (3, "")
    assert err.startswith(f"ascapi: no sales report for vendor {VENDOR}, DAILY SALES/SUMMARY")
    assert "There were no sales for the date specified." in err
    assert "Traceback" not in err
    code, _, err = run(
        capsys, "--emulator", "reports", "finance", "--vendor", VENDOR, "--region", "ZZ",
        "--date", "2019-01",
    )  # fmt: skip
    assert code == 3 and "no finance report" in err
    code, _, err = run(
        capsys, "--emulator", "reports", "sales", "--vendor", VENDOR, "--date", "2025-13-01"
    )
    assert code == 2 and "not a real date" in err


def test_analytics_report_and_save(
    capsys: pytest.CaptureFixture[str], client: Any, tmp_path: Path
) -> None:
    saved = tmp_path / "downloads.tsv.gz"
    code, out, err = run(
        capsys, "--emulator", "reports", "analytics", app_id(client),
        "--report", "App Downloads Standard", "--save", str(saved),
    )  # fmt: skip
    assert code == 0, err
    header, *body = out.splitlines()
    assert "Counts" in header.split("\t") and body
    assert gzip.decompress(saved.read_bytes()).decode("utf-8") == out
    assert err.startswith(f"{len(body)} rows · App Downloads Standard · DAILY")
    code, _, err = run(
        capsys, "--emulator", "reports", "analytics", app_id(client),
        "--report", "App Downloads Standard", "--date", "2001-01-01",
    )  # fmt: skip
    assert code == 3 and "no analytics report" in err


# --------------------------------------------------------------------------- names and help


def test_task_commands_are_in_the_help_and_leave_resources_alone(
    capsys: pytest.CaptureFixture[str], emu: Any
) -> None:
    assert "ascapi upload screenshot|preview SET_ID FILE..." in USAGE
    assert "ascapi reports sales --vendor N" in USAGE and "3 no report" in USAGE
    code, out, _ = run(capsys, "upload", "--help")
    assert code == 0 and "review-attachment" in out and "build" in out
    code, out, _ = run(capsys, "reports", "sales", "--help")
    assert code == 0 and "--save FILE" in out
    code, out, err = run(
        capsys, "--emulator", "sales-reports", "list", "--filter-vendor-number", VENDOR,
        "--filter-report-type", "SALES", "--filter-report-sub-type", "SUMMARY",
        "--filter-frequency", "DAILY", "--filter-report-date", SALES_DAY,
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith("Provider\tProvider Country")
