"""Cases C22-C27 (uploads and reports) replayed over httpx.MockTransport.

Each test loads ../shared/cases/<id>.json, serves its responses by its match rules, and turns
the case's checks into assertions.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

import ascapi
from ascapi.reports import ReportNotAvailable, download_sales_report
from ascapi.uploads import AssetProcessingError, UploadValidationError, upload_asset
from tests.cases.replay import API_HOST, ReplayTransport, SleepRecorder, load_case, make_key

API = API_HOST


def load(case_id: str) -> dict[str, Any]:
    return load_case(case_id)


class Replay(ReplayTransport):
    """The shared replay server, plus the counts these cases check."""

    @property
    def requests(self) -> list[httpx.Request]:
        return [s.request for s in self.sent]

    def count(self, method: str) -> int:
        return sum(1 for r in self.requests if r.method == method)


def make_client(replay: Replay, sleeps: SleepRecorder, max_retries: int = 2) -> ascapi.Client:
    pem, _ = make_key({"private_key_form": "pem"})
    creds = ascapi.Credentials("2X9R4HXF34", "69a6de70-0000-47e3-e053-5b8c7c11a4d1", pem)
    return ascapi.Client(creds, transport=replay.transport(), sleep=sleeps, max_retries=max_retries)


def write_file(tmp_path: Path, spec: dict[str, Any]) -> Path:
    path = tmp_path / spec["name"]
    path.write_bytes(spec["content_ascii"].encode("ascii"))
    assert path.stat().st_size == spec["size"]
    return path


def api_requests(replay: Replay) -> list[httpx.Request]:
    return [r for r in replay.requests if r.url.host == API]


def test_C22(tmp_path: Path) -> None:
    case = load("C22")
    replay, sleeps = Replay(case), SleepRecorder()
    client = make_client(replay, sleeps)
    path = write_file(tmp_path, case["given"]["file"])
    asset = upload_asset(
        client,
        "appScreenshots",
        parent=("appScreenshotSet", "appScreenshotSets", "3c8e1f5a-7b2d-4a9c-8e6f-0d1c2b3a4f5e"),
        path=path,
        poll_interval=case["given"]["client_options"]["poll_interval_s"],
        poll_timeout=case["given"]["client_options"]["poll_timeout_s"],
    )
    replay.assert_all_used()
    expected = case["request"]
    post = next(r for r in replay.requests if r.method == "POST")
    assert json.loads(post.content) == expected[0]["json"]
    puts = {str(r.url): r for r in replay.requests if r.method == "PUT"}
    for want in expected[1:3]:
        got = puts[want["url"]]
        assert got.content == want["body_ascii"].encode()
        assert got.headers["Content-Type"] == "image/png"
        assert "authorization" not in got.headers
    patch = next(r for r in replay.requests if r.method == "PATCH")
    assert json.loads(patch.content) == expected[3]["json"]
    assert all(r.headers["authorization"].startswith("Bearer ") for r in api_requests(replay))
    assert asset.state == "COMPLETE" and asset.id == "8f3e2c1a-6b4d-4e2f-9a7c-5d3b1f9e7c2a"
    assert asset.checksum == case["given"]["file"]["md5"]
    counts = {m: replay.count(m) for m in ("POST", "PUT", "PATCH", "GET", "DELETE")}
    assert counts == {"POST": 1, "PUT": 2, "PATCH": 1, "GET": 2, "DELETE": 0}
    assert sleeps.calls == [1]  # one wait between the two polls, through the injected sleep


def test_C23(tmp_path: Path) -> None:
    case = load("C23")
    replay, sleeps = Replay(case), SleepRecorder()
    client = make_client(replay, sleeps)
    path = write_file(tmp_path, case["given"]["file"])
    with pytest.raises(AssetProcessingError) as info:
        upload_asset(
            client,
            "subscriptionAppStoreReviewScreenshots",
            parent=("subscription", "subscriptions", "6450001234"),
            path=path,
            poll_interval=1,
            poll_timeout=60,
        )
    replay.assert_all_used()
    err = info.value
    assert not isinstance(err, ascapi.APIStatusError)
    assert err.asset_id == "2d4f6a8c-0e1b-4c3d-9f5a-7b9d1e3f5a7c"
    assert err.codes == ["IMAGE_INCORRECT_DIMENSIONS"]
    assert "IMAGE_INCORRECT_DIMENSIONS" in str(err)
    counts = {m: replay.count(m) for m in ("POST", "PUT", "PATCH", "GET", "DELETE")}
    assert counts == {"POST": 1, "PUT": 1, "PATCH": 1, "GET": 2, "DELETE": 0}
    (put,) = [r for r in replay.requests if r.method == "PUT"]
    assert put.content == b"REVIEW01" and "authorization" not in put.headers
    assert (
        json.loads(next(r for r in replay.requests if r.method == "PATCH").content)
        == (case["request"][2]["json"])
    )


def test_C24(tmp_path: Path) -> None:
    case = load("C24")
    replay, sleeps = Replay(case), SleepRecorder()
    client = make_client(replay, sleeps)
    path = write_file(tmp_path, case["given"]["file"])
    with pytest.raises(UploadValidationError) as info:
        upload_asset(
            client,
            "appScreenshots",
            parent=(
                "appScreenshotSet",
                "appScreenshotSets",
                "3c8e1f5a-7b2d-4a9c-8e6f-0d1c2b3a4f5e",
            ),
            path=path,
        )
    assert isinstance(info.value, ValueError)
    assert info.value.index == 2 and "operation 2" in str(info.value)
    assert "length 0" in str(info.value)
    replay.assert_all_used()
    assert not any(r.url.host == "uploads.example.net" for r in replay.requests)
    assert replay.count("PATCH") == 0
    assert replay.count("POST") == 1 and replay.count("DELETE") <= 1
    assert len(replay.requests) <= 2


def sales(client: ascapi.Client, date: str, **kw: Any) -> Any:
    return download_sales_report(
        client, vendor_number="80012345", frequency="DAILY", report_date=date, version="1_0", **kw
    )


def test_C25() -> None:
    case = load("C25")
    replay, sleeps = Replay(case), SleepRecorder()
    report = sales(make_client(replay, sleeps), "2025-10-14")
    replay.assert_all_used()
    (request,) = replay.requests
    assert dict(parse_qsl(urlsplit(str(request.url)).query)) == case["request"]["query"]
    assert "content-type" not in request.headers
    accept = request.headers.get("accept", "*/*")
    assert accept == "*/*" or "application/a-gzip" in accept or "*/*" in accept
    assert report.raw[:2] == b"\x1f\x8b"
    assert report.text.startswith("Provider\tProvider Country\tSKU")
    assert len(report.rows) == 2
    first, second = report.rows
    assert (first["SKU"], first["Units"], first["Apple Identifier"]) == (
        "EXAMPLE-NOTES-001",
        "3",
        "6450000001",
    )
    assert (second["Customer Price"], second["Country Code"], second["Parent Identifier"]) == (
        "0.99",
        "DE",
        "EXAMPLE-NOTES-001",
    )
    assert first["Promo Code"] == "" and first["Client"] == ""
    assert report.filename == "S_D_80012345_20251014.txt.gz"
    assert report.rate_limit is not None and report.rate_limit.remaining == 3380


def test_C26(recwarn: pytest.WarningsRecorder) -> None:
    case = load("C26")
    replay, sleeps = Replay(case), SleepRecorder()
    report = sales(make_client(replay, sleeps), "2025-10-15")
    replay.assert_all_used()
    assert len(report.rows) == 2
    first, second = report.rows
    assert first["Units"] == "5" and first["Product Type Identifier"] == "1F"
    assert second["Units"] == "1" and second["Developer Proceeds"] == "0.70"
    assert second["Purchase Channel"] == "WEB"
    assert all(row["Order Type"] == "" for row in report.rows)
    assert len(recwarn) == 0


def test_C27() -> None:
    case = load("C27")
    replay, sleeps = Replay(case), SleepRecorder()
    client = make_client(replay, sleeps, max_retries=case["given"]["client_options"]["max_retries"])
    with pytest.raises(ReportNotAvailable) as info:
        sales(client, "2025-12-25")
    err = info.value
    assert isinstance(err, ascapi.NotFoundError)
    assert err.code == "NOT_FOUND"
    assert err.errors[0].detail == "There were no sales for the date specified."
    assert err.status_code == 404 and err.rate_limit is not None
    assert len(replay.requests) == 1 and sleeps.calls == []
    empty = sales(client, "2025-12-25", allow_empty=True)
    assert len(empty.rows) == 0 and not empty.available
    assert len(replay.requests) == 2
    replay.assert_all_used()
