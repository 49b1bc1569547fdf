"""Report downloads against the emulator: sales, finance, no-data dates, local date checks."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

import ascapi
from ascapi.reports import (
    ReportNotAvailable,
    async_download_finance_report,
    async_download_sales_report,
    download_finance_report,
    download_sales_report,
)

emulator = pytest.importorskip("ascapi.emulator")
VENDOR = emulator.VENDOR_NUMBER


@pytest.fixture
def emu() -> object:
    return emulator.Emulator(seed=0)


def test_daily_and_monthly_sales(emu: emulator.Emulator) -> None:
    day = dt.datetime.now(dt.timezone.utc).date() - dt.timedelta(days=3)
    if (day.month, day.day) == (12, 25):  # the emulator, like Apple, has no sales on Christmas Day
        day -= dt.timedelta(days=1)
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        daily = download_sales_report(client, vendor_number=VENDOR, report_date=day)
        month = (day.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
        monthly = download_sales_report(
            client, vendor_number=VENDOR, frequency="MONTHLY", report_date=month
        )
    assert daily.available and len(daily) > 0
    assert daily.filters["filter[reportDate]"] == day.isoformat()
    assert {"SKU", "Units", "Developer Proceeds", "Title"} <= set(daily.columns)
    assert daily.total("Units") > 0
    assert daily.filename and daily.filename.endswith(".txt.gz")
    assert monthly.total("Units") > daily.total("Units")


def test_no_sales_on_christmas_is_its_own_error(emu: emulator.Emulator) -> None:
    christmas = dt.date(dt.date.today().year - 1, 12, 25)
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        with pytest.raises(ReportNotAvailable) as info:
            download_sales_report(client, vendor_number=VENDOR, report_date=christmas)
        empty = download_sales_report(
            client, vendor_number=VENDOR, report_date=christmas, allow_empty=True
        )
    assert isinstance(info.value, ascapi.NotFoundError)
    assert "no sales" in str(info.value)
    assert len(empty) == 0 and not empty.available


def test_other_errors_are_not_mistaken_for_no_data(emu: emulator.Emulator) -> None:
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        with pytest.raises(ascapi.PermissionDeniedError):
            download_sales_report(client, vendor_number="99999999", report_date="2025-10-14")


def test_bad_dates_never_reach_the_server() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing should be sent")

    creds = emulator.Emulator(seed=None).credentials()
    with ascapi.Client(creds, transport=httpx.MockTransport(refuse)) as client:
        with pytest.raises(ValueError, match="YYYY-MM-DD"):
            download_sales_report(client, vendor_number=VENDOR, report_date="2025-10")
        with pytest.raises(ValueError, match="YYYY-MM"):
            download_finance_report(
                client, vendor_number=VENDOR, region_code="US", report_date="2025-10-01"
            )


async def test_async_sales_and_finance(emu: emulator.Emulator) -> None:
    day = dt.date.today() - dt.timedelta(days=2)
    month = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    async with ascapi.AsyncClient(emu.credentials(), transport=emu.async_transport()) as client:
        sales = await async_download_sales_report(client, vendor_number=VENDOR, report_date=day)
        finance = await async_download_finance_report(
            client, vendor_number=VENDOR, region_code="US", report_date=month
        )
        with pytest.raises(ReportNotAvailable):
            await async_download_finance_report(
                client, vendor_number=VENDOR, region_code="US", report_date="2001-01"
            )
    assert len(sales) > 0
    assert len(finance) > 0 and {row["Country Of Sale"] for row in finance} == {"US"}
    assert finance.rate_limit is not None and finance.rate_limit.remaining < 3600
