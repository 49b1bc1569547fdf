"""Report objects: a short repr, exact per-currency totals, unknown columns named; WEEKLY
report dates are the Sunday that ends the week."""

from __future__ import annotations

import datetime as dt
import gzip
from decimal import Decimal

import pytest

from ascapi.reports import (
    AnalyticsReportData,
    Report,
    ReportDataError,
    check_report_date,
    summarize,
)

HEADER = "Title\tUnits\tDeveloper Proceeds\tCurrency of Proceeds"
ROWS = [
    ("Example Notes", "3", "0.70", "EUR"),
    ("Example Notes", "1", "100", "JPY"),
    ("Notes Pro", "2", "13.48", "EUR"),
    ("Notes Pro", "", "", "EUR"),
]


def report(rows: int = 0) -> Report:
    lines = [HEADER] + ["\t".join(r) for r in ROWS]
    lines += [f"Filler {i}\t1\t0.10\tUSD" for i in range(rows)]
    return Report.from_bytes(gzip.compress(("\n".join(lines) + "\n").encode()),
                             filters={"filter[frequency]": "DAILY"},
                             filename="S_D_80000000_20251014.txt.gz")


def test_repr_is_short_and_says_what_the_report_is() -> None:
    big = report(rows=2000)
    text = repr(big)
    assert len(text) < 400
    assert "2004 rows" in text and "Currency of Proceeds" in text
    assert "S_D_80000000_20251014.txt.gz" in text and "'filter[frequency]': 'DAILY'" in text
    assert "Filler" not in text and "\\x1f\\x8b" not in text
    empty = Report(raw=b"", available=False)
    assert repr(empty) == "Report(0 rows, columns=[], filters={}, available=False)"
    analytics = AnalyticsReportData(name="App Sessions", category="APP_USAGE",
                                    granularity="DAILY", processing_date="2025-10-14",
                                    columns=["Date", "Sessions"],
                                    rows=[{"Date": "2025-10-14", "Sessions": "1"}] * 5000)
    assert len(repr(analytics)) < 300 and "5000 rows" in repr(analytics)


def test_total_is_an_exact_decimal() -> None:
    many = Report.from_bytes(gzip.compress(("Units\tProceeds\n" + "1\t0.1\n" * 10).encode()))
    assert many.total("Proceeds") == Decimal("1.0")  # float addition gives 0.9999999999999999
    assert isinstance(report().total("Units"), Decimal) and report().total("Units") == 6


def test_total_of_an_unknown_column_names_the_columns() -> None:
    with pytest.raises(KeyError, match="no column 'Nope'") as info:
        report().total("Nope")
    assert "'Currency of Proceeds'" in str(info.value) and "'Units'" in str(info.value)
    with pytest.raises(KeyError, match="'Country'"):
        report().total_by("Units", by="Country")
    with pytest.raises(KeyError, match="'Nope'"):
        summarize(report(), value="Nope")
    analytics = AnalyticsReportData(name="x", category=None, granularity="DAILY",
                                    processing_date="2025-10-14", columns=["Counts"],
                                    rows=[{"Counts": "2"}, {"Counts": "3"}])
    assert analytics.total("Counts") == Decimal(5)
    with pytest.raises(KeyError, match="Counts"):
        analytics.total("Count")
    # An empty report (allow_empty, no file at all) adds up to nothing rather than failing.
    assert Report(raw=b"", available=False).total("Units") == 0


def test_total_by_keeps_currencies_apart() -> None:
    by_currency = report().total_by("Developer Proceeds")
    assert by_currency == {"EUR": Decimal("29.06"), "JPY": Decimal("100")}  # units × per-unit amount
    assert report().total_by("Units", by="Title") == {"Example Notes": 4, "Notes Pro": 2}
    assert summarize(report(), by="Currency of Proceeds", value="Developer Proceeds") == [
        ("JPY", Decimal("100")), ("EUR", Decimal("29.06"))]


def test_bad_number_is_named() -> None:
    broken = Report.from_bytes(gzip.compress(b"Units\n1\nmany\n"))
    with pytest.raises(ReportDataError, match=r"column 'Units', row 2: 'many' is not a number"):
        broken.total("Units")


@pytest.mark.parametrize("value", ["2025-10-12", dt.date(2025, 10, 12)])
def test_weekly_report_date_is_a_sunday(value: str | dt.date) -> None:
    assert check_report_date("WEEKLY", value) == "2025-10-12"


@pytest.mark.parametrize("value", ["2025-10-13", dt.date(2025, 10, 18), "2025-10-14"])
def test_weekly_report_date_other_days_refused(value: str | dt.date) -> None:
    with pytest.raises(ValueError, match=r"WEEKLY reports are named by the Sunday that ends the "
                                         r"week; .* ends on Sunday 2025-10-19"):
        check_report_date("WEEKLY", value)
    check_report_date("DAILY", value)  # any day is fine for a daily report


def test_proceeds_are_units_times_the_per_unit_amount_per_currency() -> None:
    text = (
        "Title\tUnits\tDeveloper Proceeds\tCurrency of Proceeds\n"
        "Notes\t3\t0.70\tEUR\n"
        "Notes\t2\t0.70\tEUR\n"
        "Lens\t4\t120\tJPY\n"
        "Free app\t9\t0\tUSD\n"
    )
    report = Report.from_bytes(gzip.compress(text.encode()))
    assert report.proceeds() == {"EUR": Decimal("3.50"), "JPY": Decimal("480"), "USD": Decimal(0)}
    assert report.total_by("Units") == {"EUR": Decimal(5), "JPY": Decimal(4), "USD": Decimal(9)}
    with pytest.raises(KeyError, match="Currency of Proceeds"):
        Report.from_bytes(gzip.compress(b"Title\tUnits\tDeveloper Proceeds\nA\t1\t1\n")).proceeds()
