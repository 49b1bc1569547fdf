"""Analytics reports end to end against the emulator: request (reused on 409), reports, instances,
segments downloaded without the API token, checked (MD5, size) and parsed by header name."""

from __future__ import annotations

import datetime as dt
import gzip
from typing import Any

import httpx
import pytest

import ascapi
from ascapi.reports import (
    AnalyticsReportNotFound,
    AnalyticsSegment,
    SegmentDownloadError,
    SegmentIntegrityError,
    async_download_analytics_report,
    download_analytics_report,
    download_analytics_segment,
    list_analytics_instances,
    list_analytics_reports,
    list_analytics_segments,
    parse_segment,
    request_analytics_report,
    verify_segment,
)

emulator = pytest.importorskip("ascapi.emulator")
SEGMENT_PATH = "/analytics-segments/"


class Recording(httpx.BaseTransport):
    """The emulator in-process, remembering each request's headers; can corrupt segment bodies."""

    def __init__(self, emu: Any, corrupt: bool = False) -> None:
        self.inner = emu.transport()
        self.corrupt = corrupt
        self.seen: list[tuple[str, dict[str, str]]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((str(request.url), {k.lower(): v for k, v in request.headers.items()}))
        response: httpx.Response = self.inner.handle_request(request)
        if self.corrupt and request.url.path.startswith(SEGMENT_PATH):
            body = bytearray(response.read())
            body[-9] ^= 0xFF  # inside the gzip trailer's CRC: same size, different MD5
            return httpx.Response(response.status_code, headers=response.headers, content=bytes(body))
        return response


@pytest.fixture
def emu() -> Any:
    return emulator.Emulator(seed=0)


def _app(emu: Any, n: int = 0) -> str:
    return str(sorted(emu.store.all("apps"))[n][0])


def _yesterday(emu: Any) -> str:
    return str((emu._today() - dt.timedelta(days=1)).isoformat())


def test_download_reuses_the_ongoing_request_and_merges_rows(emu: Any) -> None:
    app = _app(emu)
    seeded = emu.store.linked("apps", app, "analyticsReportRequests")
    transport = Recording(emu)
    with ascapi.Client(emu.credentials(), transport=transport) as client:
        report = download_analytics_report(client, app, report_name="App Sessions Standard")
    assert report.request_id == seeded[0]  # 409 on the duplicate, then the existing one found
    assert emu.store.linked("apps", app, "analyticsReportRequests") == seeded
    assert report.category == "APP_USAGE" and report.granularity == "DAILY"
    assert report.processing_date == _yesterday(emu)
    assert len(report) > 0 and report.segments
    assert {"Date", "App Apple Identifier", "Sessions", "Unique Devices"} <= set(report.columns)
    assert set(report.column("App Apple Identifier")) == {app}
    assert set(report.column("Date")) == {report.processing_date}
    assert report.total("Sessions") > 0
    # the API saw the token on every call; the segment host never did
    segment_calls = [h for url, h in transport.seen if SEGMENT_PATH in url]
    api_calls = [h for url, h in transport.seen if SEGMENT_PATH not in url]
    assert len(segment_calls) == len(report.segments)
    assert all("authorization" not in h for h in segment_calls)
    assert all(h["authorization"].startswith("Bearer ") for h in api_calls)


def test_rows_of_several_segments_are_all_kept(emu: Any) -> None:
    app = _app(emu)
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        request_id = request_analytics_report(client, app)
        for report in list_analytics_reports(client, request_id):
            for instance in list_analytics_instances(client, report.id, granularity="DAILY"):
                segments = list_analytics_segments(client, instance.id)
                if len(segments) < 2:
                    continue
                parsed = [parse_segment(download_analytics_segment(client, s)) for s in segments]
                whole = download_analytics_report(
                    client, app, report_name=report.attributes.name,
                    processing_date=instance.attributes.processing_date)
                assert len(whole) == sum(len(rows) for _, rows in parsed) > 0
                assert whole.rows == [row for _, rows in parsed for row in rows]
                return
    pytest.fail("the seed has no instance split into several segments")


def test_filters_by_category_granularity_and_date(emu: Any) -> None:
    app = _app(emu, 1)
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        request_id = request_analytics_report(client, app)
        commerce = list_analytics_reports(client, request_id, category="COMMERCE")
        named = list_analytics_reports(client, request_id, name="App Crashes")
        weekly = list_analytics_instances(client, named[0].id, granularity="WEEKLY")
        weekly_report = download_analytics_report(
            client, app, report_name="App Crashes", granularity="WEEKLY",
            processing_date=weekly[-1].attributes.processing_date)
        with pytest.raises(AnalyticsReportNotFound):
            download_analytics_report(client, app, report_name="App Crashes",
                                      processing_date=dt.date(2001, 1, 1))
        with pytest.raises(AnalyticsReportNotFound):
            download_analytics_report(client, app, report_name="No Such Report")
    assert {r.attributes.category for r in commerce} == {"COMMERCE"} and len(commerce) >= 2
    assert [r.attributes.name for r in named] == ["App Crashes"]
    assert len(weekly) >= 2 and {i.attributes.granularity for i in weekly} == {"WEEKLY"}
    assert weekly_report.processing_date == weekly[-1].attributes.processing_date.isoformat()
    assert weekly_report.granularity == "WEEKLY" and len(weekly_report) > 0


def test_one_time_snapshots_are_new_requests(emu: Any) -> None:
    app = _app(emu, 2)
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        first = request_analytics_report(client, app, access_type="ONE_TIME_SNAPSHOT")
        second = request_analytics_report(client, app, access_type="ONE_TIME_SNAPSHOT")
        snapshot = download_analytics_report(client, app, report_name="App Downloads Standard",
                                             access_type="ONE_TIME_SNAPSHOT")
    assert len({first, second, snapshot.request_id}) == 3
    assert snapshot.total("Counts") > 0


def test_a_corrupted_segment_is_detected(emu: Any) -> None:
    with ascapi.Client(emu.credentials(), transport=Recording(emu, corrupt=True)) as client:
        with pytest.raises(SegmentIntegrityError, match="MD5"):
            download_analytics_report(client, _app(emu), report_name="App Crashes")


def test_size_and_checksum_are_both_checked() -> None:
    data = gzip.compress(b"Date\tCounts\n2025-06-01\t3\n")
    verify_segment(AnalyticsSegment("s", "u", None, None), data)
    with pytest.raises(SegmentIntegrityError, match="sizeInBytes"):
        verify_segment(AnalyticsSegment("s", "u", None, len(data) + 1), data)
    with pytest.raises(SegmentIntegrityError, match="checksum"):
        verify_segment(AnalyticsSegment("s", "u", "0" * 32, len(data)), data)


def test_an_expired_segment_url_is_a_download_error() -> None:
    now = [dt.datetime.now(dt.timezone.utc).timestamp()]
    emu = emulator.Emulator(seed=0, clock=lambda: now[0])
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        request_id = request_analytics_report(client, _app(emu))
        report = list_analytics_reports(client, request_id, name="App Crashes")[0]
        instance = list_analytics_instances(client, report.id, granularity="DAILY")[0]
        segment = list_analytics_segments(client, instance.id)[0]
        now[0] += 2 * 3600
        with pytest.raises(SegmentDownloadError) as info:
            download_analytics_segment(client, segment)
    assert info.value.status_code == 403


def test_segments_parse_tsv_and_csv_by_header() -> None:
    tsv = gzip.compress(b"Date\tTerritory\tCounts\n2025-06-01\tUS\t3\n2025-06-01\tDE\n")
    csv = gzip.compress(b'Date,Territory,Counts\n2025-06-01,"US",3\n') + gzip.compress(b"2025-06-02,JP,5\n")
    columns, rows = parse_segment(tsv)
    assert columns == ["Date", "Territory", "Counts"]
    assert rows[1] == {"Date": "2025-06-01", "Territory": "DE", "Counts": ""}
    assert [r["Counts"] for r in parse_segment(csv)[1]] == ["3", "5"]  # two gzip members


def test_over_real_http_with_a_separate_download_host(emu: Any) -> None:
    app = _app(emu, 3)
    with emu.serve() as base_url:
        with ascapi.Client(emu.credentials(), base_url=base_url) as client:
            report = download_analytics_report(client, app, report_name="App Store Purchases Standard")
    api_port = httpx.URL(base_url).port
    assert all(httpx.URL(s.url).port not in (None, api_port) for s in report.segments)
    assert report.total("Purchases") > 0 and set(report.column("App Apple Identifier")) == {app}


async def test_async_download(emu: Any) -> None:
    app = _app(emu)
    async with ascapi.AsyncClient(emu.credentials(), transport=emu.async_transport()) as client:
        report = await async_download_analytics_report(
            client, app, report_name="App Store Discovery and Engagement Standard")
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        again = download_analytics_report(client, app,
                                          report_name="App Store Discovery and Engagement Standard")
    assert report.category == "APP_STORE_ENGAGEMENT" and len(report) > 0
    assert report.rows == again.rows  # the same instance, the same bytes


def test_to_pandas(emu: Any) -> None:
    pytest.importorskip("pandas")
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        report = download_analytics_report(client, _app(emu), report_name="App Crashes")
    frame = report.to_pandas()
    assert list(frame.columns) == report.columns and len(frame) == len(report)
