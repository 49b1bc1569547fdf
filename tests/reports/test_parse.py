"""Report decoding and parsing, on bytes only."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
from decimal import Decimal

import pytest

import ascapi
from ascapi.reports import Report, check_report_date, gunzip, iter_gunzip, parse_report, summarize

HEADER = "Provider\tSKU\tTitle\tUnits\tDeveloper Proceeds\tCountry Code"
TSV = (
    HEADER + "\n"
    "APPLE\tNOTES-1\tExample Notes\t3\t0\tUS\n"
    "APPLE\tNOTES-PRO\tNotes Pro\t2\t0.70\tDE\n"
    "APPLE\tNOTES-1\tExample Notes\t4\t0\tFR\n"
)


def test_multi_member_gzip_is_read_to_the_end() -> None:
    lines = TSV.splitlines(keepends=True)
    raw = gzip.compress("".join(lines[:2]).encode()) + gzip.compress("".join(lines[2:]).encode())
    columns, rows, _ = parse_report(raw)
    assert columns == HEADER.split("\t")
    assert [r["SKU"] for r in rows] == ["NOTES-1", "NOTES-PRO", "NOTES-1"]
    assert gunzip(raw).decode() == TSV


def test_streamed_in_tiny_chunks_gives_same_rows() -> None:
    raw = gzip.compress(TSV.encode()) + gzip.compress(b"")
    chunks = [raw[i : i + 3] for i in range(0, len(raw), 3)]
    assert parse_report(chunks) == parse_report(raw)
    assert b"".join(iter_gunzip(chunks)) == TSV.encode()


def test_plain_text_passes_through_and_crlf_and_bom_are_handled() -> None:
    text = "\ufeff" + TSV.replace("\n", "\r\n")
    columns, rows, _ = parse_report(text.encode())
    assert columns[0] == "Provider"
    assert rows[1]["Country Code"] == "DE"


def test_truncated_gzip_is_an_error_not_a_short_report() -> None:
    raw = gzip.compress(TSV.encode() * 50)
    with pytest.raises(ascapi.ResponseDecodeError, match="truncated"):
        parse_report(raw[: len(raw) // 2])


def test_short_row_is_padded_not_shifted_and_utf8_kept() -> None:
    raw = gzip.compress((HEADER + "\nAPPLE\tX-1\tCafé ☕\t1\n").encode())
    _, rows, _ = parse_report(raw)
    assert rows == [
        {
            "Provider": "APPLE",
            "SKU": "X-1",
            "Title": "Café ☕",
            "Units": "1",
            "Developer Proceeds": "",
            "Country Code": "",
        }
    ]


def test_finance_footer_is_kept_apart() -> None:
    text = "Start Date\tQuantity\n01/01/2026\t3\n\nTotal_Rows\t1\nTotal_Amount\t2.10\n"
    columns, rows, footer = parse_report(gzip.compress(text.encode()))
    assert columns == ["Start Date", "Quantity"]
    assert rows == [{"Start Date": "01/01/2026", "Quantity": "3"}]
    assert footer == {"Total_Rows": "1", "Total_Amount": "2.10"}


def test_report_object_helpers() -> None:
    report = Report.from_bytes(gzip.compress(TSV.encode()))
    assert len(report) == 3
    assert report.text == TSV
    assert report.total("Units") == 9
    assert report.total("Developer Proceeds") == Decimal("1.40")  # per unit: 2 × 0.70
    assert summarize(report) == [("Example Notes", 7.0), ("Notes Pro", 2.0)]


def test_to_pandas_when_available() -> None:
    pd = pytest.importorskip("pandas")
    frame = Report.from_bytes(gzip.compress(TSV.encode())).to_pandas()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == HEADER.split("\t")
    assert frame["Units"].tolist() == ["3", "2", "4"]


@pytest.mark.parametrize(
    ("frequency", "value", "wire"),
    [
        ("DAILY", "2025-10-14", "2025-10-14"),
        ("weekly", "2025-10-12", "2025-10-12"),
        ("MONTHLY", "2025-10", "2025-10"),
        ("YEARLY", "2025", "2025"),
        ("DAILY", dt.date(2025, 1, 2), "2025-01-02"),
        ("MONTHLY", dt.date(2025, 1, 2), "2025-01"),
        ("DAILY", None, None),
    ],
)
def test_report_date_accepted(frequency: str, value: object, wire: str | None) -> None:
    assert check_report_date(frequency, value) == wire  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("frequency", "value", "message"),
    [
        ("DAILY", "2025-10", "YYYY-MM-DD"),
        ("DAILY", "14/10/2025", "YYYY-MM-DD"),
        ("DAILY", "2025-02-30", "not a real date"),
        ("MONTHLY", "2025-10-01", "YYYY-MM"),
        ("MONTHLY", "2025-13", "not a real date"),
        ("YEARLY", "25", "YYYY"),
        ("HOURLY", "2025", "unknown report frequency"),
    ],
)
def test_report_date_refused(frequency: str, value: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check_report_date(frequency, value)


def test_parse_matches_csv_module_on_a_large_report() -> None:
    row = "APPLE\tSKU-{i}\tTitle {i}\t{i}\t1.5\tUS\n"
    text = HEADER + "\n" + "".join(row.format(i=i) for i in range(20_000))
    _, rows, _ = parse_report(gzip.compress(text.encode()))
    expected = list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    assert rows == expected


def test_quotes_are_plain_characters_in_apple_tsv() -> None:
    raw = gzip.compress((HEADER + '\nAPPLE\tQ-1\t"Quoted" Title\t1\t0\tUS\n').encode())
    _, rows, _ = parse_report(raw)
    assert rows[0]["Title"] == '"Quoted" Title'
    assert rows[0]["Units"] == "1"
