from __future__ import annotations

import csv
import gzip
import io
import time

import httpx
import pytest

from ascapi.emulator import VENDOR_NUMBER, Emulator

from .conftest import API, first_error, mint

SALES = {"filter[frequency]": "DAILY", "filter[reportSubType]": "SUMMARY", "filter[reportType]": "SALES",
         "filter[vendorNumber]": VENDOR_NUMBER, "filter[version]": "1_0"}


def rows(response: httpx.Response) -> list[dict[str, str]]:
    text = gzip.decompress(response.content).decode()
    return list(csv.DictReader(io.StringIO(text), delimiter="\t"))


def test_daily_sales_report_is_gzipped_tsv(shared_api: httpx.Client) -> None:
    response = shared_api.get("/v1/salesReports", params={**SALES, "filter[reportDate]": "2025-10-14"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/a-gzip"
    assert response.content[:2] == b"\x1f\x8b"
    assert "S_D_80012345_20251014.txt.gz" in response.headers["content-disposition"]
    table = rows(response)
    assert table and list(table[0])[:3] == ["Provider", "Provider Country", "SKU"]
    assert {r["SKU"] for r in table} <= {"EXAMPLE-NOTES-001", "EXAMPLE-TRAIL-002", "EXAMPLE-BUDGET-003", "EXAMPLE-SKY-004"}
    assert all(r["Begin Date"] == "10/14/2025" and int(r["Units"]) > 0 for r in table)
    again = shared_api.get("/v1/salesReports", params={**SALES, "filter[reportDate]": "2025-10-14"})
    assert rows(again) == table  # deterministic


def test_monthly_report_and_date_format_checked(shared_api: httpx.Client) -> None:
    monthly = shared_api.get("/v1/salesReports", params={**SALES, "filter[frequency]": "MONTHLY",
                                                         "filter[reportDate]": "2025-09"})
    assert monthly.status_code == 200
    assert {r["End Date"] for r in rows(monthly)} == {"09/30/2025"}
    bad = shared_api.get("/v1/salesReports", params={**SALES, "filter[reportDate]": "2025-09"})
    assert bad.status_code == 400 and first_error(bad)["source"] == {"parameter": "filter[reportDate]"}


@pytest.mark.parametrize("date", ["2025-12-25", "2099-01-01", "2019-06-01"])
def test_no_sales_for_the_date(shared_api: httpx.Client, date: str) -> None:
    response = shared_api.get("/v1/salesReports", params={**SALES, "filter[reportDate]": date})
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    err = first_error(response)
    assert err["code"] == "NOT_FOUND" and err["detail"] == "There were no sales for the date specified."


def test_report_requires_filters_and_known_vendor(shared_api: httpx.Client) -> None:
    missing = shared_api.get("/v1/salesReports", params={k: v for k, v in SALES.items() if k != "filter[reportType]"})
    assert missing.status_code == 400 and first_error(missing)["source"] == {"parameter": "filter[reportType]"}
    other = shared_api.get("/v1/salesReports", params={**SALES, "filter[vendorNumber]": "1", "filter[reportDate]": "2025-10-14"})
    assert other.status_code == 403


def test_finance_report(shared_api: httpx.Client) -> None:
    response = shared_api.get("/v1/financeReports", params={
        "filter[regionCode]": "US", "filter[reportDate]": "2025-09", "filter[reportType]": "FINANCIAL",
        "filter[vendorNumber]": VENDOR_NUMBER})
    assert response.status_code == 200 and response.headers["content-type"] == "application/a-gzip"
    table = rows(response)
    assert len(table) == 4 and {r["Country Of Sale"] for r in table} == {"US"}
    assert all(r["Partner Share Currency"] == "USD" for r in table)


def test_rate_limit_header_counts_down_then_429() -> None:
    emu = Emulator(seed=0, rate_limit=3)
    key = emu.add_key()
    with httpx.Client(transport=emu.transport(), base_url=API,
                      headers={"Authorization": f"Bearer {mint(key)}"}) as api:
        seen = [api.get("/v1/apps").headers["x-rate-limit"] for _ in range(3)]
        assert seen == [f"user-hour-lim:3;user-hour-rem:{n};" for n in (2, 1, 0)]
        spent = api.get("/v1/apps")
    assert spent.status_code == 429
    assert first_error(spent)["code"] == "RATE_LIMIT_EXCEEDED"
    assert spent.headers["x-rate-limit"] == "user-hour-lim:3;user-hour-rem:0;"
    other = emu.add_key()  # the budget is per key
    with httpx.Client(transport=emu.transport(), base_url=API,
                      headers={"Authorization": f"Bearer {mint(other)}"}) as api:
        assert api.get("/v1/apps").status_code == 200


def test_rate_limit_window_rolls() -> None:
    now = [1_000_000.0]
    emu = Emulator(seed=None, rate_limit=1, clock=lambda: now[0])
    emu.rate.consume("K")
    assert emu.rate.remaining("K") == 0
    now[0] += 3601
    assert emu.rate.remaining("K") == 1


def test_faults_by_route_and_rate(emu: Emulator, api: httpx.Client) -> None:
    emu.inject_fault("/v1/apps", status=502, times=1)
    emu.inject_fault("/v1/builds*", status=503, method="GET", times=1)
    emu.inject_fault("/v1/devices", status=500, times=1)
    bad_gateway = api.get("/v1/apps")
    assert bad_gateway.status_code == 502 and bad_gateway.text.startswith("<html>")
    assert bad_gateway.headers["content-type"] == "text/html"
    assert api.get("/v1/apps").status_code == 200  # times=1
    unavailable = api.get("/v1/builds")
    assert unavailable.status_code == 503 and unavailable.headers["retry-after"] == "1"
    server = api.get("/v1/devices")
    assert server.status_code == 500 and first_error(server)["code"] == "UNEXPECTED_ERROR"
    emu.clear_faults()
    emu.inject_fault("/v1/territories", status=500, rate=0.5)
    codes = [api.get("/v1/territories").status_code for _ in range(200)]
    assert 60 < codes.count(500) < 140 and codes.count(200) == 200 - codes.count(500)


def test_dropped_connection_in_process(emu: Emulator, api: httpx.Client) -> None:
    emu.inject_fault("/v1/apps", drop=True, times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        api.get("/v1/apps")
    assert api.get("/v1/apps").status_code == 200


async def test_async_transport_and_latency(emu: Emulator) -> None:
    key = emu.add_key()
    emu.inject_fault("/v1/apps", latency=0.05, times=1)
    async with httpx.AsyncClient(transport=emu.async_transport(), base_url=API,
                                 headers={"Authorization": f"Bearer {mint(key)}"}) as client:
        started = time.perf_counter()
        response = await client.get("/v1/apps")
        assert time.perf_counter() - started >= 0.05
    assert response.status_code == 200
