"""Sales report periods, kinds and versions; finance regions; monthly analytics instances."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import re
from collections.abc import Iterator

import httpx
import pytest

import ascapi
from ascapi.emulator import VENDOR_NUMBER, Emulator
from ascapi.reports import download_finance_report, download_sales_report

from .conftest import API, first_error, mint

TODAY = dt.date(2025, 10, 15)  # a Wednesday
BASE = {"filter[vendorNumber]": VENDOR_NUMBER, "filter[reportType]": "SALES", "filter[reportSubType]": "SUMMARY"}


@pytest.fixture(scope="module")
def fixed_api() -> Iterator[httpx.Client]:
    """An emulator whose today is Wednesday 2025-10-15."""
    noon = dt.datetime.combine(TODAY, dt.time(12), dt.timezone.utc).timestamp()
    emu = Emulator(seed=0, clock=lambda: noon)
    key = emu.add_key()
    token = mint(key, lifetime=1200, iat_offset=int(noon - dt.datetime.now(dt.timezone.utc).timestamp()))
    with httpx.Client(transport=emu.transport(), base_url=API, headers={"Authorization": f"Bearer {token}"}) as api:
        yield api


def table(response: httpx.Response) -> list[dict[str, str]]:
    assert response.status_code == 200, response.text
    return list(csv.DictReader(io.StringIO(gzip.decompress(response.content).decode()), delimiter="\t"))


def file_name(response: httpx.Response) -> str:
    match = re.search(r"filename=(\S+)", response.headers["content-disposition"])
    assert match
    return match.group(1)


@pytest.mark.parametrize(("frequency", "name", "begin", "end"), [
    ("DAILY", "S_D_80012345_20251014.txt.gz", "10/14/2025", "10/14/2025"),
    ("WEEKLY", "S_W_80012345_20251012.txt.gz", "10/06/2025", "10/12/2025"),
    ("MONTHLY", "S_M_80012345_202509.txt.gz", "09/01/2025", "09/30/2025"),
    ("YEARLY", "S_Y_80012345_2024.txt.gz", "01/01/2024", "12/31/2024"),
])
def test_latest_report_of_each_frequency(fixed_api: httpx.Client, frequency: str, name: str, begin: str,
                                         end: str) -> None:
    response = fixed_api.get("/v1/salesReports", params={**BASE, "filter[frequency]": frequency})
    rows = table(response)
    assert file_name(response) == name
    assert {(r["Begin Date"], r["End Date"]) for r in rows} == {(begin, end)}


def test_dated_reports_are_named_by_their_period(fixed_api: httpx.Client) -> None:
    weekly = fixed_api.get("/v1/salesReports", params={**BASE, "filter[frequency]": "WEEKLY",
                                                       "filter[reportDate]": "2025-09-28"})
    assert file_name(weekly) == "S_W_80012345_20250928.txt.gz"
    assert {r["Begin Date"] for r in table(weekly)} == {"09/22/2025"}
    yearly = fixed_api.get("/v1/salesReports", params={**BASE, "filter[frequency]": "YEARLY",
                                                       "filter[reportDate]": "2023"})
    assert file_name(yearly) == "S_Y_80012345_2023.txt.gz"


def _api_on(today: dt.date, moment: dt.time = dt.time(12)) -> httpx.Client:
    instant = dt.datetime.combine(today, moment, dt.timezone.utc).timestamp()
    emu = Emulator(seed=0, clock=lambda: instant)
    token = mint(emu.add_key(), lifetime=1200, iat_offset=int(instant - dt.datetime.now(dt.timezone.utc).timestamp()))
    return httpx.Client(transport=emu.transport(), base_url=API, headers={"Authorization": f"Bearer {token}"})


@pytest.mark.parametrize(("today", "frequency", "date", "status"), [
    (TODAY, "DAILY", "2025-10-15", 404), (TODAY, "DAILY", "2025-10-14", 200),
    (TODAY, "WEEKLY", "2025-10-19", 404), (TODAY, "WEEKLY", "2025-10-12", 200),
    (TODAY, "MONTHLY", "2025-10", 404), (TODAY, "MONTHLY", "2025-09", 200),
    (TODAY, "YEARLY", "2025", 404), (TODAY, "YEARLY", "2024", 200),
    # on the day after a period ends, its report is there
    (dt.date(2025, 10, 13), "WEEKLY", "2025-10-12", 200), (dt.date(2025, 10, 12), "WEEKLY", "2025-10-12", 404),
    (dt.date(2025, 10, 1), "MONTHLY", "2025-09", 200), (dt.date(2025, 9, 30), "MONTHLY", "2025-09", 404),
    (dt.date(2026, 1, 1), "YEARLY", "2025", 200), (dt.date(2025, 12, 31), "YEARLY", "2025", 404),
])
def test_no_sales_report_before_its_period_is_over(today: dt.date, frequency: str, date: str, status: int) -> None:
    with _api_on(today, dt.time(0, 0, 30)) as api:
        response = api.get("/v1/salesReports", params={**BASE, "filter[frequency]": frequency,
                                                       "filter[reportDate]": date})
    assert response.status_code == status, response.text
    if status == 404:
        assert first_error(response)["code"] == "NOT_FOUND"


def test_weekly_report_date_must_be_a_sunday(fixed_api: httpx.Client) -> None:
    response = fixed_api.get("/v1/salesReports", params={**BASE, "filter[frequency]": "WEEKLY",
                                                         "filter[reportDate]": "2025-10-08"})
    assert response.status_code == 400
    error = first_error(response)
    assert error["code"] == "PARAMETER_ERROR.INVALID" and error["source"] == {"parameter": "filter[reportDate]"}


@pytest.mark.parametrize(("report_type", "sub_type", "version", "columns", "prefix"), [
    ("SUBSCRIPTION", "SUMMARY", "1_3", ("App Apple ID", "Subscription Apple ID", "Subscribers"), "Subscription_"),
    ("SUBSCRIPTION_EVENT", "SUMMARY", "1_3", ("Event Date", "Event", "Quantity"), "Subscription_Event_"),
    ("SUBSCRIBER", "DETAILED", "1_3", ("Subscriber ID", "Purchase Date", "Units"), "Subscriber_"),
    ("PRE_ORDER", "SUMMARY", "1_0", ("Ordered", "Canceled", "Pre-Order Start Date"), "O_D_"),
    ("INSTALLS", "SUMMARY_TERRITORY", "1_0", ("Territory", "Installs"), "Installs_D_"),
])
def test_more_sales_report_kinds(fixed_api: httpx.Client, report_type: str, sub_type: str, version: str,
                                 columns: tuple[str, ...], prefix: str) -> None:
    params = {**BASE, "filter[reportType]": report_type, "filter[reportSubType]": sub_type,
              "filter[frequency]": "DAILY", "filter[reportDate]": "2025-10-01", "filter[version]": version}
    response = fixed_api.get("/v1/salesReports", params=params)
    rows = table(response)
    assert rows and set(columns) <= set(rows[0])
    assert file_name(response).startswith(prefix) and "20251001" in file_name(response)
    assert table(fixed_api.get("/v1/salesReports", params=params)) == rows  # deterministic


def test_report_kinds_refuse_versions_and_frequencies_they_lack(fixed_api: httpx.Client) -> None:
    subscription = {**BASE, "filter[reportType]": "SUBSCRIPTION", "filter[reportDate]": "2025-10-01"}
    old = fixed_api.get("/v1/salesReports", params={**subscription, "filter[frequency]": "DAILY",
                                                    "filter[version]": "1_0"})
    assert old.status_code == 400 and first_error(old)["source"] == {"parameter": "filter[version]"}
    weekly = fixed_api.get("/v1/salesReports", params={**subscription, "filter[frequency]": "WEEKLY",
                                                       "filter[reportDate]": "2025-10-12"})
    assert weekly.status_code == 400 and first_error(weekly)["source"] == {"parameter": "filter[frequency]"}


@pytest.mark.parametrize(("report_type", "region", "status"), [
    ("FINANCE_DETAIL", "Z1", 200), ("FINANCE_DETAIL", "ZZ", 400), ("FINANCE_DETAIL", "US", 400),
    ("FINANCIAL", "ZZ", 200), ("FINANCIAL", "EU", 200), ("FINANCIAL", "Z1", 400), ("FINANCIAL", "XX", 400),
])
def test_finance_region_codes(fixed_api: httpx.Client, report_type: str, region: str, status: int) -> None:
    response = fixed_api.get("/v1/financeReports", params={
        "filter[vendorNumber]": VENDOR_NUMBER, "filter[reportType]": report_type, "filter[regionCode]": region,
        "filter[reportDate]": "2025-09"})
    assert response.status_code == status, response.text
    if status == 400:
        assert first_error(response)["source"] == {"parameter": "filter[regionCode]"}


def test_finance_detail_and_euro_region_through_the_client() -> None:
    emu = Emulator(seed=0)
    today = dt.datetime.now(dt.timezone.utc).date()  # the emulator's today is a UTC date
    month = (today.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        detail = download_finance_report(client, vendor_number=VENDOR_NUMBER, region_code="Z1",
                                         report_date=month, report_type="FINANCE_DETAIL")
        euro = download_finance_report(client, vendor_number=VENDOR_NUMBER, region_code="EU", report_date=month)
        latest_week = download_sales_report(client, vendor_number=VENDOR_NUMBER, frequency="WEEKLY")
    assert {"Transaction Date", "Settlement Date", "Region"} <= set(detail.columns) and len(detail) == 24
    assert {r["Country Of Sale"] for r in euro} == {"DE"}
    assert latest_week.filename and re.fullmatch(r"S_W_80012345_\d{8}\.txt\.gz", latest_week.filename)
    sunday = dt.datetime.strptime(latest_week.filename[13:21], "%Y%m%d").date()
    assert sunday.weekday() == 6 and today - dt.timedelta(days=7) <= sunday < today


def test_analytics_reports_have_monthly_instances(shared_api: httpx.Client, shared_emu: Emulator) -> None:
    app = sorted(shared_emu.store.all("apps"))[0][0]
    request = shared_api.get(f"/v1/apps/{app}/analyticsReportRequests").json()["data"][0]["id"]
    report = shared_api.get(f"/v1/analyticsReportRequests/{request}/reports").json()["data"][0]["id"]
    monthly = shared_api.get(f"/v1/analyticsReports/{report}/instances",
                             params={"filter[granularity]": "MONTHLY"}).json()["data"]
    first = dt.datetime.now(dt.timezone.utc).date().replace(day=1)
    previous = (first - dt.timedelta(days=1)).replace(day=1)
    before = (previous - dt.timedelta(days=1)).replace(day=1)
    assert [i["attributes"]["processingDate"] for i in monthly] == [previous.isoformat(), before.isoformat()]
    segments = shared_api.get(f"/v1/analyticsReportInstances/{monthly[0]['id']}/segments").json()["data"]
    assert segments and segments[0]["attributes"]["sizeInBytes"] > 0
