"""Download a week of daily sales reports into one CSV, and sum up units and proceeds.

    python examples/sales_to_csv.py --emulator
    python examples/sales_to_csv.py --vendor 80012345 --out sales.csv --end 2025-06-30
    (against Apple: ASC_KEY_ID, ASC_ISSUER_ID, ASC_PRIVATE_KEY_PATH in the environment)

Takes the 7 days up to --end (default: yesterday). A day without a report (no sales, or not
published yet) is skipped. The CSV has a Date column followed by the report's own columns.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

from _common import connect, console, start_emulator
from rich.markup import escape
from rich.table import Table

import ascapi
from ascapi.reports import Report, ReportNotAvailable, download_sales_report

VENDOR_NUMBER = "80012345"  # Sales and Trends > Reports > vendor number


def download_days(client: ascapi.Client, vendor: str, end: dt.date,
                  days: int) -> list[tuple[dt.date, Report]]:
    reports = []
    for n in reversed(range(days)):
        day = end - dt.timedelta(days=n)
        try:
            report = download_sales_report(client, vendor_number=vendor, frequency="DAILY",
                                           report_date=day)
        except ReportNotAvailable:
            console.print(f"[yellow]-[/yellow] {day}: no report")
            continue
        console.print(f"[green]✓[/green] {day}: {len(report)} rows")
        reports.append((day, report))
    return reports


def write_csv(path: Path, reports: list[tuple[dt.date, Report]]) -> int:
    """One CSV for all days; returns the number of rows written."""
    columns = ["Date"]
    for _, report in reports:  # Apple adds columns over time: keep every one seen
        columns += [c for c in report.columns if c not in columns]
    rows = 0
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=columns, restval="")
        writer.writeheader()
        for day, report in reports:
            for row in report:
                writer.writerow({"Date": day.isoformat(), **row})
                rows += 1
    return rows


def add(totals: dict[str, Decimal], more: dict[str, Decimal]) -> None:
    for key, value in more.items():
        totals[key] = totals.get(key, Decimal(0)) + value


def proceeds_by_currency(report: Report) -> dict[str, Decimal]:
    """"Developer Proceeds" is an amount per unit: a row earned Units x Developer Proceeds."""
    totals: dict[str, Decimal] = {}
    for row in report:
        amount = Decimal(row["Units"] or 0) * Decimal(row["Developer Proceeds"] or 0)
        currency = row["Currency of Proceeds"]
        totals[currency] = totals.get(currency, Decimal(0)) + amount
    return totals


def print_totals(title: str, column: str, totals: dict[str, Decimal]) -> None:
    table = Table(title=title)
    table.add_column(column)
    table.add_column("total", justify="right")
    for key, value in sorted(totals.items()):
        table.add_row(escape(key), f"{value:,}")
    console.print(table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--emulator", action="store_true", help="run on the built-in emulator")
    parser.add_argument("--vendor", default=VENDOR_NUMBER, help="your vendor number")
    parser.add_argument("--end", type=dt.date.fromisoformat, help="last day (default: yesterday)")
    parser.add_argument("--days", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("sales.csv"))
    args = parser.parse_args(argv)
    end = args.end or dt.date.today() - dt.timedelta(days=1)
    try:
        with connect(start_emulator(args.emulator)) as client:
            reports = download_days(client, args.vendor, end, args.days)
    except ascapi.AscError as exc:
        console.print(f"[red]failed:[/red] {type(exc).__name__}: {escape(str(exc))}")
        return 1
    rows = write_csv(args.out, reports)
    console.print(f"{rows} rows from {len(reports)} day(s) written to {args.out}")

    units: dict[str, Decimal] = {}
    proceeds: dict[str, Decimal] = {}
    for _, report in reports:
        add(units, report.total_by("Units", by="Title"))
        add(proceeds, proceeds_by_currency(report))
    print_totals("Units per app", "app", units)
    print_totals("Proceeds per currency", "currency", proceeds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
