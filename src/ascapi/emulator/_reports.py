"""Sales and finance reports: gzipped TSV with Apple's summary columns, from the apps in state."""

from __future__ import annotations

import datetime as dt
import gzip
import random
import re
from collections.abc import Callable
from typing import Any

from ._errors import ApiError, param_invalid
from ._http import Response
from ._store import Store

SALES_COLUMNS = (
    "Provider", "Provider Country", "SKU", "Developer", "Title", "Version", "Product Type Identifier",
    "Units", "Developer Proceeds", "Begin Date", "End Date", "Customer Currency", "Country Code",
    "Currency of Proceeds", "Apple Identifier", "Customer Price", "Promo Code", "Parent Identifier",
    "Subscription", "Period", "Category", "CMB", "Device", "Supported Platforms", "Proceeds Reason",
    "Preserved Pricing", "Client",
)
FINANCE_COLUMNS = (
    "Start Date", "End Date", "UPC", "ISRC/ISBN", "Vendor Identifier", "Quantity", "Partner Share",
    "Extended Partner Share", "Partner Share Currency", "Sales or Return", "Apple Identifier",
    "Artist/Show/Developer/Author", "Title", "Label/Studio/Network/Developer/Publisher", "Grid",
    "Product Type Identifier", "ISAN/Other Identifier", "Country Of Sale", "Pre-order Flag",
    "Promo Code", "Customer Price", "Customer Currency",
)
DATE_FORMATS = {
    "DAILY": (r"\d{4}-\d{2}-\d{2}", "%Y-%m-%d"),
    "WEEKLY": (r"\d{4}-\d{2}-\d{2}", "%Y-%m-%d"),
    "MONTHLY": (r"\d{4}-\d{2}", "%Y-%m"),
    "YEARLY": (r"\d{4}", "%Y"),
}
MARKETS = (("US", "USD", 0.99, 0.70), ("DE", "EUR", 0.99, 0.59), ("GB", "GBP", 0.89, 0.62),
           ("JP", "JPY", 160, 112), ("AU", "AUD", 1.49, 1.04), ("CA", "CAD", 1.39, 0.97))
FIRST_DAY = dt.date(2020, 1, 1)


def no_sales() -> ApiError:
    return ApiError(404, "NOT_FOUND", "The specified resource does not exist",
                    "There were no sales for the date specified.")


class Reports:
    def __init__(self, store: Store, vendor_number: str, seed: int, today: Callable[[], dt.date]) -> None:
        self.store = store
        self.vendor_number = vendor_number
        self.seed = seed
        self.today = today

    def _check_vendor(self, vendor: str) -> None:
        if vendor != self.vendor_number:
            raise ApiError(403, "FORBIDDEN_ERROR", "This request is forbidden for security reasons",
                           f"You are not permitted to view reports for vendor number '{vendor}'.")

    def _period(self, frequency: str, raw: str | None) -> tuple[dt.date, dt.date]:
        pattern, fmt = DATE_FORMATS[frequency]
        if raw is None:  # Apple serves the latest available report when no date is given
            end = self.today() - dt.timedelta(days=1)
            return end, end
        if not re.fullmatch(pattern, raw):
            raise param_invalid("filter[reportDate]", f"'{raw}' is not a valid date for frequency {frequency}")
        try:
            start = dt.datetime.strptime(raw, fmt).date()
        except ValueError:
            raise param_invalid("filter[reportDate]", f"'{raw}' is not a valid date") from None
        if frequency == "WEEKLY":
            return start - dt.timedelta(days=6), start
        if frequency == "MONTHLY":
            nxt = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return start, nxt - dt.timedelta(days=1)
        if frequency == "YEARLY":
            return start, start.replace(month=12, day=31)
        return start, start

    def _has_sales(self, day: dt.date) -> bool:
        # no data before the team's first day, for days not yet processed, nor on Christmas Day
        return FIRST_DAY <= day < self.today() and (day.month, day.day) != (12, 25)

    def _apps(self) -> list[tuple[str, dict[str, Any]]]:
        return sorted(self.store.all("apps"), key=lambda p: p[0])

    def sales(self, filters: dict[str, str]) -> Response:
        self._check_vendor(filters["filter[vendorNumber]"])
        kind = (filters["filter[reportType]"], filters["filter[reportSubType]"])
        if kind != ("SALES", "SUMMARY"):
            raise param_invalid("filter[reportSubType]", f"The report {kind[0]}/{kind[1]} is not available from this server")
        version = filters.get("filter[version]", "1_0")
        if version not in ("1_0", "1_1"):
            raise param_invalid("filter[version]", f"Version {version} is not valid for SALES/SUMMARY")
        frequency = filters["filter[frequency]"]
        start, end = self._period(frequency, filters.get("filter[reportDate]"))
        days = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
        days = [d for d in days if self._has_sales(d)]
        if not days:
            raise no_sales()
        rows = self._sales_rows(start, end, days)
        if not rows:
            raise no_sales()
        letter = frequency[0]
        stamp = (filters.get("filter[reportDate]") or end.isoformat()).replace("-", "")
        return _gzip_tsv(SALES_COLUMNS, rows, f"S_{letter}_{self.vendor_number}_{stamp}.txt.gz")

    def _sales_rows(self, start: dt.date, end: dt.date, days: list[dt.date]) -> list[list[str]]:
        rng = random.Random(f"{self.seed}:{start}:{end}")
        rows = []
        for app_id, rec in self._apps():
            attrs = rec["attributes"]
            for country, currency, price, proceeds in MARKETS:
                units = sum(rng.randrange(0, 9) for _ in days)
                if units == 0:
                    continue
                paid = rng.random() < 0.3
                rows.append([
                    "APPLE", "US", str(attrs.get("sku", app_id)), "Example Developer",
                    str(attrs.get("name", "")), "1.0", "1F", str(units),
                    f"{proceeds:.2f}" if paid else "0", start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y"),
                    currency, country, currency, app_id, f"{price:.2f}" if paid else "0", "", "", "", "",
                    "Productivity", "", rng.choice(("iPhone", "iPad", "Desktop")), "iOS", "", "", "",
                ])
        return rows

    def finance(self, filters: dict[str, str]) -> Response:
        self._check_vendor(filters["filter[vendorNumber]"])
        if filters["filter[reportType]"] not in ("FINANCIAL", "FINANCE_DETAIL"):
            raise param_invalid("filter[reportType]", "Unknown finance report type")
        raw = filters["filter[reportDate]"]
        if not re.fullmatch(r"\d{4}-\d{2}", raw):
            raise param_invalid("filter[reportDate]", f"'{raw}' is not a valid fiscal month (YYYY-MM)")
        start, end = self._period("MONTHLY", raw)
        if not (FIRST_DAY <= start and end < self.today()):
            raise ApiError(404, "NOT_FOUND", "The specified resource does not exist",
                           "There is no finance report for the date specified.")
        region = filters["filter[regionCode]"]
        rng = random.Random(f"{self.seed}:finance:{raw}:{region}")
        rows = []
        for app_id, rec in self._apps():
            attrs = rec["attributes"]
            for country, currency, price, proceeds in MARKETS:
                if region not in ("ZZ", "WW") and country != region:
                    continue
                qty = rng.randrange(1, 400)
                rows.append([
                    start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y"), "", "", str(attrs.get("sku", app_id)),
                    str(qty), f"{proceeds:.2f}", f"{proceeds * qty:.2f}", currency, "S", app_id,
                    "Example Developer", str(attrs.get("name", "")), "", "", "1F", "", country, "", "",
                    f"{price:.2f}", currency,
                ])
        if not rows:
            raise ApiError(404, "NOT_FOUND", "The specified resource does not exist",
                           "There is no finance report for the region specified.")
        name = f"{self.vendor_number}_{raw.replace('-', '')[2:]}_{region}.txt.gz"
        return _gzip_tsv(FINANCE_COLUMNS, rows, name)


def _gzip_tsv(columns: tuple[str, ...], rows: list[list[str]], filename: str) -> Response:
    text = "\t".join(columns) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    body = gzip.compress(text.encode("utf-8"), mtime=0)
    headers = [("content-type", "application/a-gzip"),
               ("content-disposition", f"attachment; filename={filename}")]
    return Response(200, headers, body)
