"""Sales and finance reports: gzipped TSV with Apple's columns, from the apps in state.

Sales reports come in the kinds of `_sales_kinds.py` (type, sub-type, frequencies, versions,
columns). Without `reportDate` Apple serves the latest report of the frequency: yesterday,
the last complete week (Monday to Sunday, named by its Sunday), the previous month or year.
Finance reports are per fiscal month and region: FINANCIAL by region code (ZZ: all regions,
consolidated), FINANCE_DETAIL only with Z1 (all regions, in detail).
"""

from __future__ import annotations

import datetime as dt
import gzip
import random
import re
from collections.abc import Callable
from typing import Any

from ._errors import ApiError, param_invalid
from ._http import Response
from ._sales_kinds import MARKETS, find_kind
from ._store import Store

FINANCE_COLUMNS = (
    "Start Date", "End Date", "UPC", "ISRC/ISBN", "Vendor Identifier", "Quantity", "Partner Share",
    "Extended Partner Share", "Partner Share Currency", "Sales or Return", "Apple Identifier",
    "Artist/Show/Developer/Author", "Title", "Label/Studio/Network/Developer/Publisher", "Grid",
    "Product Type Identifier", "ISAN/Other Identifier", "Country Of Sale", "Pre-order Flag",
    "Promo Code", "Customer Price", "Customer Currency",
)
DATE_FORMATS = {
    "DAILY": (r"[0-9]{4}-[0-9]{2}-[0-9]{2}", "%Y-%m-%d"),
    "WEEKLY": (r"[0-9]{4}-[0-9]{2}-[0-9]{2}", "%Y-%m-%d"),
    "MONTHLY": (r"[0-9]{4}-[0-9]{2}", "%Y-%m"),
    "YEARLY": (r"[0-9]{4}", "%Y"),
}
FINANCE_DETAIL_COLUMNS = (
    "Transaction Date", "Settlement Date", "Apple Identifier", "SKU", "Title", "Developer Name",
    "Product Type Identifier", "Country of Sale", "Quantity", "Partner Share", "Extended Partner Share",
    "Partner Share Currency", "Customer Price", "Customer Currency", "Sale or Return", "Promo Code",
    "Order Type", "Region",
)
# Apple's financial report regions (filter[regionCode]); ZZ: all regions consolidated
FINANCE_REGIONS = frozenset({
    "AE", "AU", "BG", "BR", "CA", "CH", "CL", "CN", "CO", "CZ", "DK", "EG", "EU", "GB", "HK", "HU", "ID",
    "IL", "IN", "JP", "KR", "KZ", "LL", "MX", "MY", "NG", "NO", "NZ", "PE", "PH", "PK", "PL", "QA", "RO",
    "RU", "SA", "SE", "SG", "TH", "TR", "TW", "TZ", "US", "VN", "WW", "ZA", "ZZ",
})
CONSOLIDATED, DETAIL_REGION = "ZZ", "Z1"
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

    # ---- periods ------------------------------------------------------------------------
    def _latest(self, frequency: str) -> tuple[dt.date, dt.date]:
        """The latest report Apple has when no date is given."""
        yesterday = self.today() - dt.timedelta(days=1)
        if frequency == "WEEKLY":
            sunday = yesterday - dt.timedelta(days=(yesterday.weekday() + 1) % 7)
            return sunday - dt.timedelta(days=6), sunday
        if frequency == "MONTHLY":
            end = self.today().replace(day=1) - dt.timedelta(days=1)
            return end.replace(day=1), end
        if frequency == "YEARLY":
            year = self.today().year - 1
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        return yesterday, yesterday

    def _period(self, frequency: str, raw: str | None) -> tuple[dt.date, dt.date]:
        if raw is None:
            return self._latest(frequency)
        pattern, fmt = DATE_FORMATS[frequency]
        if not re.fullmatch(pattern, raw):
            raise param_invalid("filter[reportDate]", f"'{raw}' is not a valid date for frequency {frequency}")
        try:
            start = dt.datetime.strptime(raw, fmt).date()
        except ValueError:
            raise param_invalid("filter[reportDate]", f"'{raw}' is not a valid date") from None
        if frequency == "WEEKLY":
            if start.weekday() != 6:
                raise param_invalid("filter[reportDate]", f"'{raw}' is not a Sunday: weekly reports run from "
                                    "Monday to Sunday and are named by the Sunday that ends the week")
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

    # ---- sales ----------------------------------------------------------------------------
    def sales(self, filters: dict[str, str]) -> Response:
        self._check_vendor(filters["filter[vendorNumber]"])
        kind = find_kind(filters["filter[reportType]"], filters["filter[reportSubType]"])
        frequency = filters["filter[frequency]"]
        version = kind.check(frequency, filters.get("filter[version]"))
        start, end = self._period(frequency, filters.get("filter[reportDate]"))
        if end >= self.today():  # the day, week, month or year is not over: no report for it yet
            raise no_sales()
        days = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
        days = [d for d in days if self._has_sales(d)]
        if not days:
            raise no_sales()
        salt = "" if kind.report_type == "SALES" else f"{kind.report_type}:{kind.sub_type}:"
        rng = random.Random(f"{self.seed}:{salt}{start}:{end}")
        rows = [row for app_id, rec in self._apps()
                for row in kind.rows(rng, app_id, rec["attributes"], start, end, len(days))]
        if not rows:
            raise no_sales()
        return _gzip_tsv(kind.columns, rows, kind.file_name(self.vendor_number, frequency, _stamp(frequency, end),
                                                            version))

    # ---- finance --------------------------------------------------------------------------
    def finance(self, filters: dict[str, str]) -> Response:
        self._check_vendor(filters["filter[vendorNumber]"])
        report_type, region = filters["filter[reportType]"], filters["filter[regionCode]"]
        if report_type not in ("FINANCIAL", "FINANCE_DETAIL"):
            raise param_invalid("filter[reportType]", "Unknown finance report type")
        _check_region(report_type, region)
        raw = filters["filter[reportDate]"]
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}", raw):
            raise param_invalid("filter[reportDate]", f"'{raw}' is not a valid fiscal month (YYYY-MM)")
        start, end = self._period("MONTHLY", raw)
        if not (FIRST_DAY <= start and end < self.today()):
            raise ApiError(404, "NOT_FOUND", "The specified resource does not exist",
                           "There is no finance report for the date specified.")
        rng = random.Random(f"{self.seed}:finance:{raw}:{region}")
        detail = report_type == "FINANCE_DETAIL"
        rows = [self._finance_row(rng, app_id, rec["attributes"], market, start, end, detail)
                for app_id, rec in self._apps() for market in MARKETS
                if region in (CONSOLIDATED, DETAIL_REGION) or market[4] == region]
        if not rows:
            raise ApiError(404, "NOT_FOUND", "The specified resource does not exist",
                           "There is no finance report for the region specified.")
        name = f"{self.vendor_number}_{raw.replace('-', '')[2:]}_{region}.txt.gz"
        return _gzip_tsv(FINANCE_DETAIL_COLUMNS if detail else FINANCE_COLUMNS, rows, name)

    @staticmethod
    def _finance_row(rng: random.Random, app_id: str, attrs: dict[str, Any], market: tuple[Any, ...],
                     start: dt.date, end: dt.date, detail: bool) -> list[str]:
        country, currency, price, proceeds, region = market
        qty = rng.randrange(1, 400)
        sku, title = str(attrs.get("sku", app_id)), str(attrs.get("name", ""))
        if detail:
            day = start + dt.timedelta(days=rng.randrange((end - start).days + 1))
            settled = end + dt.timedelta(days=rng.randrange(1, 10))
            return [day.strftime("%m/%d/%Y"), settled.strftime("%m/%d/%Y"), app_id, sku, title, "Example Developer",
                    "1F", country, str(qty), f"{proceeds:.2f}", f"{proceeds * qty:.2f}", currency, f"{price:.2f}",
                    currency, "S", "", "", region]
        return [start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y"), "", "", sku, str(qty), f"{proceeds:.2f}",
                f"{proceeds * qty:.2f}", currency, "S", app_id, "Example Developer", title, "", "", "1F", "",
                country, "", "", f"{price:.2f}", currency]


def _check_region(report_type: str, region: str) -> None:
    """FINANCE_DETAIL is only for Z1; FINANCIAL takes a region code, or ZZ for all of them."""
    if report_type == "FINANCE_DETAIL" and region != DETAIL_REGION:
        raise param_invalid("filter[regionCode]", f"'{region}' is not valid for FINANCE_DETAIL reports: "
                            f"request them with the region code {DETAIL_REGION}")
    if report_type == "FINANCIAL" and region not in FINANCE_REGIONS:
        raise param_invalid("filter[regionCode]", f"'{region}' is not a valid region code for FINANCIAL reports")


def _stamp(frequency: str, end: dt.date) -> str:
    """The date part of a sales report's file name: the day (a week's Sunday), month or year."""
    return end.strftime({"MONTHLY": "%Y%m", "YEARLY": "%Y"}.get(frequency, "%Y%m%d"))


def _gzip_tsv(columns: tuple[str, ...], rows: list[list[str]], filename: str) -> Response:
    text = "\t".join(columns) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    body = gzip.compress(text.encode("utf-8"), mtime=0)
    headers = [("content-type", "application/a-gzip"),
               ("content-disposition", f"attachment; filename={filename}")]
    return Response(200, headers, body)
